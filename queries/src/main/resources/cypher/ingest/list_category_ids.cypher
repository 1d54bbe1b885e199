// Every category id: what an imported row's categories are checked against.
// params: none
MATCH (c:Category)
RETURN c.id AS id
