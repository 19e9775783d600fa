-- A second Board member confirms each proposal (as with the consolidation's dispositions); a new appraisal of the
-- subject clears the confirmation, so what is confirmed is always what was proposed last.
ALTER TABLE rt_appraisal
    ADD COLUMN confirmed_by VARCHAR(100) NULL,
    ADD COLUMN confirmed_at DATETIME(6)  NULL;
