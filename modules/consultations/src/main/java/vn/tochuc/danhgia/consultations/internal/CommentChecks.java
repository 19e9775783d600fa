package vn.tochuc.danhgia.consultations.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.consultations.AnswerDraft;
import vn.tochuc.danhgia.consultations.CommentDraft;
import vn.tochuc.danhgia.documents.NodeRef;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.kernel.ErrorKind;
import vn.tochuc.danhgia.kernel.FieldError;

/**
 * Checks a saved answer before anything is written: lengths, a text for every comment, and every path a node of the
 * version asked about. Texts are kept exactly as typed (HTML included): screens escape them, nothing renders them.
 */
final class CommentChecks {

    static final int MAX_COMMENTS = 1000;
    static final int MAX_TEXT = 10_000;

    private CommentChecks() {}

    static void check(AnswerDraft draft, Map<String, NodeRef> nodes, String versionLabel) {
        List<CommentDraft> comments = draft.comments() == null ? List.of() : draft.comments();
        Checks checks = Checks.start().required("version", draft.version()).maxLength("general", draft.general(), 50_000);
        checks.when(comments.size() > MAX_COMMENTS, "comments", "consultations.error.too-many-comments", MAX_COMMENTS);
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < comments.size() && i < MAX_COMMENTS; i++) {
            CommentDraft c = comments.get(i);
            String field = "comments[" + i + "].";
            if (c == null) {
                checks.add(FieldError.of("comments[" + i + "]", "error.field.required"));
                continue;
            }
            checks.required(field + "path", c.path());
            checks.when(blank(c.text()) && blank(c.proposedText()), field + "text", "error.field.required");
            checks.maxLength(field + "text", c.text(), MAX_TEXT).maxLength(field + "proposedText", c.proposedText(),
                    MAX_TEXT).maxLength(field + "reason", c.reason(), MAX_TEXT);
            if (!blank(c.path()) && !nodes.containsKey(c.path().strip())) {
                unknown.add(FieldError.of(field + "path", "consultations.error.unknown-path", c.path(), versionLabel));
            }
        }
        if (!unknown.isEmpty()) {
            List<FieldError> all = new ArrayList<>(checks.errors());
            all.addAll(unknown);
            throw new AppException(ErrorKind.INVALID, "consultations.error.unknown-path",
                    List.of(unknown.get(0).args().get(0), versionLabel), all);
        }
        checks.throwIfAny();
    }

    static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
