// The categories and localities imported assets link to, with their element ids: the write matches them by element
// id (no index seek per relationship) and checks the number of relationships it created.
// params: none
MATCH (n)
WHERE n:Category OR n:Locality
RETURN n.id AS id, n:Category AS category, elementId(n) AS elementId
