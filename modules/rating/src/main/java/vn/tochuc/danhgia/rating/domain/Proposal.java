package vn.tochuc.danhgia.rating.domain;

import vn.tochuc.danhgia.rating.Level;
import vn.tochuc.danhgia.rating.SubjectKind;

/** One subject of a cycle with the level the Board proposed for it (or {@code null} before its appraisal). */
public record Proposal(long subjectId, String unitCode, String groupCode, String groupName, SubjectKind kind,
        Level level) {}
