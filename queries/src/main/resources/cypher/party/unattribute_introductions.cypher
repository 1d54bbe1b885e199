// Erasure, step 2: introductions of other people that name the erased person as the one who made them keep their
// date and outcome but lose the introducer.
// params: $id
MATCH ()-[i:INTRODUCED]->()
WHERE i.byPersonId = $id
REMOVE i.byPersonId
RETURN count(i) AS unattributed
