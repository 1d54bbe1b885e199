// params: none
MATCH (o:Organisation)
RETURN count(o) AS total
