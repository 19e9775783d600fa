package vn.tochuc.danhgia.frameworks;

import java.util.List;

/**
 * The Board's decision ({@code POST /api/v1/frameworks/{id}/review}). Returning needs at least one remark or a
 * comment, so that the unit knows what to fix.
 *
 * @param decision {@code RETURN} or {@code APPROVE}
 * @param remarks  remarks on targets or criteria
 * @param comment  a general remark, optional
 * @param version  the framework's version as read, optional
 */
public record ReviewDecision(Decision decision, List<Remark> remarks, String comment, Long version) {

    public ReviewDecision {
        remarks = remarks == null ? List.of() : List.copyOf(remarks);
        comment = comment == null ? "" : comment.strip();
    }
}
