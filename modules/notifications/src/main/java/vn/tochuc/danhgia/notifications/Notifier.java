package vn.tochuc.danhgia.notifications;

import java.util.Collection;
import java.util.List;

/** Tells users things, in the application and by e-mail; reads the current user's notices. */
public interface Notifier {

    /**
     * A notice for every active UNIT user of the given units and an e-mail to each of them who has an address,
     * written in the caller's transaction and mailed after it commits.
     *
     * @return how many users were notified
     */
    int notifyUnits(Collection<String> unitCodes, Notice notice);

    /** The current user's newest notices. */
    List<NoticeView> mine(int max);

    long unreadCount();

    /** Marks one of the current user's notices read; another user's notice is "not found". */
    void markRead(long id);

    void markAllRead();

    /** How many notices of this reference the unit's users have received (e.g. to check a publication). */
    long countFor(String reference, String unitCode);
}
