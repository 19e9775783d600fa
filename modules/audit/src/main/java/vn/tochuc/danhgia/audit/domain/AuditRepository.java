package vn.tochuc.danhgia.audit.domain;

import vn.tochuc.danhgia.audit.AuditQuery;
import vn.tochuc.danhgia.audit.AuditRecord;
import vn.tochuc.danhgia.kernel.Page;

/** Stores and finds audit entries. */
public interface AuditRepository {

    void add(AuditEntry entry);

    Page<AuditRecord> search(AuditQuery query);
}
