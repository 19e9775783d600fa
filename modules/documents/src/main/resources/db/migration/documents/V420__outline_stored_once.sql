-- The outline is stored once: as the canonical JSON of document_version.outline_json, which screens, comment checks
-- and the diff read through an in-memory cache. document_node repeated its commentable nodes one row each and had to
-- be rewritten with every edit; the only thing it held that the JSON does not is each node's origin path (where the
-- node was in the version this one was revised from). That lineage moves to document_version.node_origins as a JSON
-- object {path: origin path}, nodes without an origin left out, and document_node goes. See docs/outline.md.
ALTER TABLE document_version ADD COLUMN node_origins LONGTEXT NULL AFTER outline_json;

UPDATE document_version v
   SET v.node_origins = (SELECT JSON_OBJECTAGG(n.path, n.origin_path)
                           FROM document_node n
                          WHERE n.version_id = v.id AND n.origin_path IS NOT NULL);

UPDATE document_version SET node_origins = '{}' WHERE node_origins IS NULL;

ALTER TABLE document_version MODIFY COLUMN node_origins LONGTEXT NOT NULL;

DROP TABLE document_node;
