-- A summary can be written as a bundle key with its arguments, so that the audit screen shows it in the reader's
-- language; summary keeps its Vietnamese text (the REST answer, and entries without a key). Entries written before
-- this, and summaries other modules pass as plain text, have no key and are shown as written.
-- V421: above every version applied before (V410), and after documents' V420 (the outline stored once).
ALTER TABLE audit_entry
    ADD COLUMN summary_key  VARCHAR(190) NULL,
    ADD COLUMN summary_args MEDIUMTEXT   NULL;
