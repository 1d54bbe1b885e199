// Order fragment: nearest first.
ORDER BY distanceMetres, a.id
