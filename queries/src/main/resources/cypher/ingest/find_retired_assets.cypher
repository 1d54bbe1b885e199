// The assets an import's rows name that an editor has retired (an import does not bring them back).
// params: $ids (asset ids)
MATCH (r:RetiredAsset)
WHERE r.id IN $ids
RETURN r.id AS id
