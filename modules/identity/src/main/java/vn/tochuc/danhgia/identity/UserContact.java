package vn.tochuc.danhgia.identity;

/** Whom to notify: an active user's name, title, e-mail and unit. */
public record UserContact(String username, String fullName, String title, String email, String unitCode) {}
