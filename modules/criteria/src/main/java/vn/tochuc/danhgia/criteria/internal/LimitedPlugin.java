package vn.tochuc.danhgia.criteria.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tochuc.danhgia.criteria.spi.CheckMessage;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.ScoringHint;
import vn.tochuc.danhgia.criteria.spi.ScoringRequest;
import vn.tochuc.danhgia.criteria.spi.Severity;
import vn.tochuc.danhgia.kernel.Messages;

/**
 * A plugin whose {@link #check(Concretization)} answer is size-limited, so that a plugin cannot flood the host's
 * memory, database or pages through its messages. Its frameworks are limited elsewhere: {@link Trees#of} refuses a
 * framework of more than {@value Trees#MAX_NODES} criteria or deeper than {@value Trees#MAX_DEPTH} levels
 * ({@code FRAMEWORK_TOO_LARGE}, the plugin is refused), and there is one framework per subject type.
 *
 * <p><b>Choice: truncate, not fail.</b> A long answer is a plugin bug, not an attack on the host once it is cut, and
 * the unit still needs the first messages. So the host keeps the first {@value #MAX_MESSAGES} messages, cuts every
 * text to {@value #MAX_TEXT} characters (ids and criterion codes to {@value #MAX_ID}) ending in "…", and adds one
 * {@code WARNING} message (rule {@value #TRUNCATED_RULE}) in both languages saying so. The plugin stays enabled.
 * Runs on the plugin thread, under the time limit, like the call it wraps.
 */
final class LimitedPlugin implements CriteriaPlugin {

    static final int MAX_MESSAGES = 500;
    static final int MAX_TEXT = 2000;
    static final int MAX_ID = 200;
    static final String TRUNCATED_RULE = "host.check-truncated";

    private final CriteriaPlugin plugin;

    private LimitedPlugin(CriteriaPlugin plugin) {
        this.plugin = plugin;
    }

    static CriteriaPlugin of(CriteriaPlugin plugin) {
        return plugin == null || plugin instanceof LimitedPlugin ? plugin : new LimitedPlugin(plugin);
    }

    @Override
    public List<Framework> frameworks() {
        return plugin.frameworks();
    }

    @Override
    public Optional<Framework> framework(vn.tochuc.danhgia.criteria.spi.SubjectType subjectType) {
        return plugin.framework(subjectType);
    }

    @Override
    public Optional<ScoringHint> suggestScores(ScoringRequest request) {
        return plugin.suggestScores(request);
    }

    @Override
    public List<CheckMessage> check(Concretization concretization) {
        return limit(plugin.check(concretization));
    }

    /** The messages within the limits, with the host's warning when something was cut; {@code null} stays null. */
    static List<CheckMessage> limit(List<CheckMessage> messages) {
        if (messages == null) {
            return null;
        }
        List<CheckMessage> kept = new ArrayList<>();
        boolean cut = false;
        for (CheckMessage message : messages) {
            if (kept.size() == MAX_MESSAGES) {
                cut = true;
                break;
            }
            if (message == null) {
                kept.add(null);
                continue;
            }
            CheckMessage limited = new CheckMessage(message.severity(), cut(message.ruleId(), MAX_ID),
                    cut(message.criterionCode(), MAX_ID), message.targetIndex(), cut(message.text(), MAX_TEXT),
                    cut(message.textEn(), MAX_TEXT));
            cut |= !limited.equals(message);
            kept.add(limited);
        }
        if (cut) {
            String key = "criteria.check." + HostFindings.CHECK_TRUNCATED;
            String max = Integer.toString(MAX_MESSAGES);
            String text = Integer.toString(MAX_TEXT);
            kept.add(new CheckMessage(Severity.WARNING, TRUNCATED_RULE, "", null,
                    Messages.get(Messages.VIETNAMESE, key, max, text), Messages.get(Messages.ENGLISH, key, max, text)));
        }
        return kept;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
