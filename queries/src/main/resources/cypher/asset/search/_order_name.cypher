// Order fragment: by name, ignoring case.
ORDER BY toLower(a.name), a.id
