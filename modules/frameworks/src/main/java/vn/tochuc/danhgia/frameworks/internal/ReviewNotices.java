package vn.tochuc.danhgia.frameworks.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.tochuc.danhgia.frameworks.Decision;
import vn.tochuc.danhgia.frameworks.domain.UnitFramework;
import vn.tochuc.danhgia.kernel.Messages;
import vn.tochuc.danhgia.notifications.Notice;
import vn.tochuc.danhgia.notifications.Notifier;

/** Tells the unit's users (in the application and by e-mail) that the Board returned or approved a framework. */
@ApplicationScoped
public class ReviewNotices {

    @Inject
    Notifier notifier;

    public void decided(UnitFramework f, Decision decision, int remarks) {
        String subject = Messages.get(Messages.VIETNAMESE, "frameworks.subject." + f.subjectType().name());
        String key = decision == Decision.APPROVE ? "frameworks.notice.approved" : "frameworks.notice.returned";
        String title = Messages.get(Messages.VIETNAMESE, key, subject, Integer.toString(f.year()));
        String body = Messages.get(Messages.VIETNAMESE, key + ".body", subject, Integer.toString(f.year()), remarks);
        notifier.notifyUnits(List.of(f.unitCode()), new Notice("framework." + decision.name().toLowerCase(java.util.Locale.ROOT), title,
                body, "/unit/framework-editor.xhtml?id=" + f.id(), "unit-framework:" + f.id()));
    }
}
