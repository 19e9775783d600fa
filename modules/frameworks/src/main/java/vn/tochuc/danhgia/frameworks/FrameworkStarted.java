package vn.tochuc.danhgia.frameworks;

/** A unit framework was started; its plugin framework is frozen. */
public record FrameworkStarted(long id, String unitCode, int year, String subjectType) {}
