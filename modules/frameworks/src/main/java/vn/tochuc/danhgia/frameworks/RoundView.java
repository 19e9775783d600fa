package vn.tochuc.danhgia.frameworks;

import java.time.Instant;
import java.util.List;

/**
 * One review round: a submission, frozen, and the Board's decision on it (none yet while it is pending).
 *
 * @param number         1 for the first submission
 * @param submittedBy    who submitted
 * @param submittedAt    when
 * @param contentSha256  the SHA-256 of the submitted content (canonical JSON)
 * @param agencyCheckRan whether the plugin's own check ran on submission; when not (plugin disabled or failed), only
 *                       the generic check did, and the Board is warned
 * @param decision       the Board's decision, or {@code null}
 * @param decidedBy      who decided
 * @param decidedAt      when
 * @param comment        the Board's general remark
 * @param remarks        the Board's remarks on targets and criteria
 */
public record RoundView(int number, String submittedBy, Instant submittedAt, String contentSha256,
        boolean agencyCheckRan, Decision decision, String decidedBy, Instant decidedAt, String comment,
        List<RemarkView> remarks) {

    public RoundView {
        remarks = List.copyOf(remarks);
    }
}
