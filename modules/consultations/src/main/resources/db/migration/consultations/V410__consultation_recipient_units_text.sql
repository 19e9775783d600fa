-- A consultation sent to many single units (a province's 1,000 generated units in the burst benchmark) overflowed
-- VARCHAR(4000) with a 500. Unit codes are checked to exist, so the list is bounded by the units table; TEXT holds
-- 65,535 bytes, some 3,000 codes of twenty characters.
ALTER TABLE consultation MODIFY recipient_units TEXT NOT NULL DEFAULT '';
