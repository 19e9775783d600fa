package vn.tochuc.danhgia.rating.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.tochuc.danhgia.rating.Level;
import vn.tochuc.danhgia.rating.RatingOutcome;
import vn.tochuc.danhgia.rating.Reason;

/**
 * Collects what one subject's facts rule out, then gives the highest level nothing rules out. A condition of a level
 * is also one of every level above it (HTTNV's "100% on time" holds for HTXSNV too), so a failed condition blocks
 * "from" its level up. A case that forces KHTNV wins over everything; its reasons are then the only ones shown.
 * When every level from HTNV up is blocked without a forcing case, the subject is KHTNV with the blocking reasons.
 */
final class Ladder {

    private record Blocker(Level from, Reason reason) {}

    private final List<Blocker> blockers = new ArrayList<>();
    private final List<Reason> forcing = new ArrayList<>();

    /** The reason keeps the subject from {@code from} and every level above it. */
    void blockFrom(Level from, Reason reason) {
        blockers.add(new Blocker(from, reason));
    }

    /** The reason sends the subject to KHTNV whatever else holds. */
    void forceKhtnv(Reason reason) {
        forcing.add(reason);
    }

    RatingOutcome outcome() {
        if (!forcing.isEmpty()) {
            return new RatingOutcome(Level.KHTNV, forcing);
        }
        Level level = Stream.of(Level.HTXSNV, Level.HTTNV, Level.HTNV)
                .filter(candidate -> blockers.stream().allMatch(b -> b.from().isAbove(candidate)))
                .findFirst().orElse(Level.KHTNV);
        return new RatingOutcome(level, blockers.stream().map(Blocker::reason).toList());
    }
}
