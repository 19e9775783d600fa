package vn.tochuc.danhgia.notifications;

import java.time.Instant;

/** A notice as its user sees it. */
public record NoticeView(long id, String kind, String subject, String body, String link, String reference,
        Instant createdAt, boolean read) {}
