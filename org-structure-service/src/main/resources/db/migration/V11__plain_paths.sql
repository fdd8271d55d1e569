-- Paths are stored with a full 4-byte length, not packed into a 1-byte one: ltree's comparison
-- unpacks a packed value into a copy before it compares, twice per comparison, and sorting the
-- country's 665k paths for the path index (as a bulk import does) spent a third of its time on it
-- (1.0 s → 0.65 s). A path is a few dozen bytes, far below where a value would need compressing or
-- moving out of line. The path index's column follows (PostgreSQL applies it to simple index columns);
-- rows already stored keep their packed values until they are next written.
alter table org_unit alter column path set storage plain;
