// dated snapshots of the network-strength headline figures
CREATE CONSTRAINT network_snapshot_id IF NOT EXISTS FOR (s:NetworkSnapshot) REQUIRE s.id IS UNIQUE;
