package vn.tochuc.danhgia.identity;

/** A filter over users; null fields do not filter. {@code text} matches username, name or email. */
public record UserQuery(String text, Role role, String unitCode, Boolean active, int page, int size) {}
