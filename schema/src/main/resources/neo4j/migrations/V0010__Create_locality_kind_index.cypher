// localities(kind:) lists by kind
CREATE RANGE INDEX locality_kind IF NOT EXISTS FOR (l:Locality) ON (l.kind);
