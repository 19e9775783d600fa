package vn.tochuc.danhgia.audit;

import vn.tochuc.danhgia.kernel.Messages;
import vn.tochuc.danhgia.kernel.Page;

/** Records and finds audit entries. The actor, time and address are taken from the current request. */
public interface AuditLog {

    /** Records a change inside the caller's transaction (there must be one). */
    void record(AuditEvent event);

    /** Records a login attempt in a transaction of its own. */
    void recordLogin(String username, boolean success, String reason);

    /**
     * Records a login attempt in a transaction of its own, its reason as a bundle key (shown in the reader's
     * language). A log that keeps no keys stores the Vietnamese text.
     */
    default void recordLogin(String username, boolean success, AuditSummary reason) {
        recordLogin(username, success, reason.text(Messages.VIETNAMESE));
    }

    /** Records a logout in a transaction of its own. */
    void recordLogout(String username);

    /** Entries matching the query, newest first. */
    Page<AuditRecord> search(AuditQuery query);
}
