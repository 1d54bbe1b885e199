// The skill catalogue by name.
// params: none
MATCH (s:Skill)
RETURN s.id AS id, s.name AS name
ORDER BY s.name, s.id
