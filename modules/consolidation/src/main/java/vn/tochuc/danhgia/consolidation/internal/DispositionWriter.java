package vn.tochuc.danhgia.consolidation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.consolidation.DispositionInput;
import vn.tochuc.danhgia.consolidation.DispositionsProposed;
import vn.tochuc.danhgia.consolidation.domain.ConsolidationRepository;
import vn.tochuc.danhgia.consolidation.domain.Disposition;
import vn.tochuc.danhgia.consolidation.domain.DispositionRules;
import vn.tochuc.danhgia.kernel.AppException;

/**
 * Writes proposed decisions: checks every row's version first, then sets each decision (and its group's), dissolves
 * groups left with one member, audits once for the request and announces it. The caller has validated the rows and
 * holds the consolidation's lock.
 */
@ApplicationScoped
public class DispositionWriter {

    @Inject
    ConsolidationRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    Event<DispositionsProposed> proposed;

    /** Records the rows; returns the comment ids whose decision (or group) changed. */
    public Set<Long> write(long consultationId, List<DispositionInput> rows, String by) {
        Set<Long> touched = new LinkedHashSet<>();
        rows.forEach(r -> touched.addAll(members(r)));
        Map<Long, Disposition> current = new LinkedHashMap<>();
        repository.withGroups(consultationId, touched).forEach(d -> current.put(d.commentId(), d));
        requireCurrentVersions(rows, current);
        Instant now = Instant.now();
        List<Map<String, Object>> before = new ArrayList<>();
        List<Map<String, Object>> after = new ArrayList<>();
        Set<Long> oldGroups = new HashSet<>();
        Set<Long> changed = new LinkedHashSet<>();
        for (DispositionInput row : rows) {
            List<Long> members = members(row);
            Long groupId = groupFor(consultationId, members, current, by);
            for (Long commentId : members) {
                Disposition d = current.computeIfAbsent(commentId, id -> new Disposition(consultationId, id));
                Map<String, Object> was = snapshot(d);
                Long oldGroup = d.groupId();
                if (d.decide(row.decision(), DispositionRules.response(row.response()), groupId, now, by)) {
                    if (d.isNew()) {
                        repository.add(d);
                    }
                    if (oldGroup != null) {
                        oldGroups.add(oldGroup);
                    }
                    before.add(was);
                    after.add(snapshot(d));
                    changed.add(commentId);
                }
            }
        }
        dissolveSingletons(oldGroups, current.values());
        repository.flush();
        if (!changed.isEmpty()) {
            audit.record(new AuditEvent("PROPOSE_DISPOSITIONS", "consultation", String.valueOf(consultationId), "",
                    before, after, AuditSummary.of("consolidation.audit.proposed", changed.size())));
            proposed.fire(new DispositionsProposed(consultationId, List.copyOf(changed)));
        }
        return changed;
    }

    /** The comment and the comments judged identical to it. */
    static List<Long> members(DispositionInput row) {
        Set<Long> out = new LinkedHashSet<>();
        out.add(row.commentId());
        row.group().stream().filter(Objects::nonNull).forEach(out::add);
        return List.copyOf(out);
    }

    /** Every existing decision must be changed from the version the caller read (409 naming the comment). */
    private static void requireCurrentVersions(List<DispositionInput> rows, Map<Long, Disposition> current) {
        for (DispositionInput row : rows) {
            Disposition d = current.get(row.commentId());
            if (d != null && (row.version() == null || d.version() != row.version())) {
                throw AppException.conflict("consolidation.error.stale", String.valueOf(row.commentId()),
                        String.valueOf(d.version()), row.version() == null ? "—" : String.valueOf(row.version()));
            }
        }
    }

    /**
     * The group the members form: none for a single comment; their present group when they are exactly its members
     * (so re-sending the same decision changes nothing); a new one otherwise.
     */
    private Long groupFor(long consultationId, List<Long> members, Map<Long, Disposition> current, String by) {
        if (members.size() < 2) {
            return null;
        }
        Set<Long> groups = members.stream().map(current::get).map(d -> d == null ? null : d.groupId())
                .collect(Collectors.toSet());
        if (groups.size() == 1 && !groups.contains(null)) {
            Long group = groups.iterator().next();
            Set<Long> inGroup = current.values().stream().filter(d -> group.equals(d.groupId()))
                    .map(Disposition::commentId).collect(Collectors.toSet());
            if (inGroup.equals(new HashSet<>(members))) {
                return group;
            }
        }
        return repository.newGroup(consultationId, by).id();
    }

    /** A group left with a single comment is no group: that comment is decided alone. */
    private static void dissolveSingletons(Set<Long> groups, java.util.Collection<Disposition> all) {
        for (Long group : groups) {
            List<Disposition> left = all.stream().filter(d -> group.equals(d.groupId())).toList();
            if (left.size() == 1) {
                left.get(0).ungroup();
            }
        }
    }

    private static Map<String, Object> snapshot(Disposition d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("commentId", d.commentId());
        out.put("decision", d.decision() == null ? "" : d.decision().name());
        out.put("response", d.response() == null ? "" : d.response());
        out.put("state", d.state() == null ? "" : d.state().name());
        out.put("group", d.groupId() == null ? "" : d.groupId());
        return out;
    }
}
