package vn.tochuc.danhgia.units;

/** What an import would do with one row. */
public enum ImportAction {
    CREATE,
    UPDATE,
    UNCHANGED
}
