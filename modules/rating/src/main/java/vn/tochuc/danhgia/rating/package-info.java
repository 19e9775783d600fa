/**
 * Rating: the annual rating (đánh giá, xếp loại chất lượng) of each unit's collective, chief and deputies.
 *
 * <p>The {@link vn.tochuc.danhgia.rating.RuleSet} decides a {@link vn.tochuc.danhgia.rating.Level} from the
 * {@link vn.tochuc.danhgia.rating.RatingFacts} of one subject and says why
 * ({@link vn.tochuc.danhgia.rating.RatingOutcome}). Rule sets are host code, one per regulation and version; a
 * cycle keeps the one it opened with.
 */
package vn.tochuc.danhgia.rating;
