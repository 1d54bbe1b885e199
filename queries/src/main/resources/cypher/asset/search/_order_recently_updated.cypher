// Order fragment: the most recently changed first.
ORDER BY a.updatedAt DESC, a.id
