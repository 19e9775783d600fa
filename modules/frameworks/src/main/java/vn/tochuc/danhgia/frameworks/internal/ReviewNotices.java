package vn.tochuc.danhgia.frameworks.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import vn.tochuc.danhgia.frameworks.Decision;
import vn.tochuc.danhgia.frameworks.domain.UnitFramework;
import vn.tochuc.danhgia.kernel.Caller;
import vn.tochuc.danhgia.kernel.Messages;
import vn.tochuc.danhgia.notifications.Notice;
import vn.tochuc.danhgia.notifications.Notifier;

/**
 * Tells the unit's users (in the application and by e-mail) that the Board returned or approved a framework.
 *
 * <p>The notice is written from a one-shot timer that the decision's transaction creates, not in the Board's request
 * itself: a timer made inside a transaction only fires once it commits, so a rolled-back decision tells nobody, and
 * the Board's screen does not wait for the notices of a unit with many users.
 */
@Stateless
public class ReviewNotices {

    /** What the timer needs to write the notice; serializable, as timer information must be. */
    record Decided(long frameworkId, String unitCode, String subjectType, int year, Decision decision, int remarks)
            implements Serializable {}

    @Resource
    TimerService timers;

    @Inject
    Notifier notifier;

    /** Schedules the notice; it is sent after the caller's transaction commits. */
    public void decided(UnitFramework f, Decision decision, int remarks) {
        timers.createSingleActionTimer(1, new TimerConfig(new Decided(f.id(), f.unitCode(), f.subjectType().name(),
                f.year(), decision, remarks), false));
    }

    @Timeout
    public void send(Timer timer) {
        Decided d = (Decided) timer.getInfo();
        String subject = Messages.get(Messages.VIETNAMESE, "frameworks.subject." + d.subjectType());
        String key = d.decision() == Decision.APPROVE ? "frameworks.notice.approved" : "frameworks.notice.returned";
        String year = Integer.toString(d.year());
        Notice notice = new Notice("framework." + d.decision().name().toLowerCase(Locale.ROOT),
                Messages.get(Messages.VIETNAMESE, key, subject, year),
                Messages.get(Messages.VIETNAMESE, key + ".body", subject, year, d.remarks()),
                "/unit/framework-editor.xhtml?id=" + d.frameworkId(), "unit-framework:" + d.frameworkId());
        Caller.runAs("board-review", () -> notifier.notifyUnits(List.of(d.unitCode()), notice));
    }
}
