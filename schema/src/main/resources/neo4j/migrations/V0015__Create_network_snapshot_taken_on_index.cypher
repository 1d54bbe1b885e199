// the trend is read by date
CREATE RANGE INDEX network_snapshot_taken_on IF NOT EXISTS FOR (s:NetworkSnapshot) ON (s.takenOn);
