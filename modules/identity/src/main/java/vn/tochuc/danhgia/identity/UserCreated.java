package vn.tochuc.danhgia.identity;

/** An account was created. */
public record UserCreated(String username) {}
