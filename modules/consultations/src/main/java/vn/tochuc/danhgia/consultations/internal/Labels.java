package vn.tochuc.danhgia.consultations.internal;

import vn.tochuc.danhgia.consultations.Stance;
import vn.tochuc.danhgia.consultations.UnitAnswerStatus;
import vn.tochuc.danhgia.kernel.Messages;

/** Vietnamese names of statuses and stances, for the workbook (screens use the bundles directly). */
final class Labels {

    private Labels() {}

    static String status(UnitAnswerStatus status) {
        return Messages.get(Messages.VIETNAMESE, "consultations.status." + status.name());
    }

    static String stance(Stance stance) {
        return stance == null ? "" : Messages.get(Messages.VIETNAMESE, "consultations.stance." + stance.name());
    }
}
