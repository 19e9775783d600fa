package vn.tochuc.danhgia.rating;

import java.util.List;

/** A rule set's reason as the API shows it: its code and arguments, and its Vietnamese text. */
public record ReasonView(String code, List<String> args, String text) {}
