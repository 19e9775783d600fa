package vn.tochuc.danhgia.rating.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.tochuc.danhgia.kernel.CanonicalJson;
import vn.tochuc.danhgia.rating.domain.RatingCycle;
import vn.tochuc.danhgia.rating.domain.RatingSubject;

/**
 * What the audit log holds of the rating: entity names and short snapshots. A self-assessment's scores are logged as
 * their SHA-256 only; the scores themselves are kept with the self-assessment.
 */
final class RatingAudit {

    static final String CYCLE = "rating-cycle";
    static final String SELF_ASSESSMENT = "rating-self-assessment";
    static final String EVIDENCE = "rating-evidence";
    static final String EXTENSION = "rating-extension";
    static final String APPRAISAL = "rating-appraisal";

    private RatingAudit() {}

    static Map<String, Object> cycle(RatingCycle c, long subjects, long blocked) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", c.year());
        m.put("ruleSet", c.ruleSetId() + "@" + c.ruleSetVersion());
        m.put("selfAssessmentDue", c.selfAssessmentDue().toString());
        m.put("commentsDue", c.commentsDue().toString());
        m.put("appraisalDue", c.appraisalDue().toString());
        m.put("decisionDue", c.decisionDue().toString());
        m.put("subjects", subjects);
        m.put("blocked", blocked);
        return m;
    }

    static Map<String, Object> scores(RatingSubject s, String state, String scoresJson) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", s.unitCode());
        m.put("kind", s.kind().name());
        m.put("person", s.personId());
        m.put("state", state);
        m.put("scoresSha256", CanonicalJson.sha256(scoresJson));
        return m;
    }
}
