/**
 * The criteria set of Sở Giáo dục và Đào tạo (unit {@code SGDDT}), plugin {@code so-giao-duc}.
 *
 * <p>Regulation basis {@code Quy định 366-QĐ/TW}, evaluation years 2025–2030, with the point splits of the
 * province's draft (Điều 3, 4, 5). Task results are education outcomes, most of which are known only at the end of
 * the school year (graduation results in July), which the agency check takes into account.
 *
 * <ul>
 *   <li>{@link vn.tochuc.danhgia.plugins.sogiaoduc.SoGiaoDucPluginFactory}: the entry point.</li>
 *   <li>{@link vn.tochuc.danhgia.plugins.sogiaoduc.CollectiveFramework},
 *       {@link vn.tochuc.danhgia.plugins.sogiaoduc.ChiefFramework},
 *       {@link vn.tochuc.danhgia.plugins.sogiaoduc.DeputyFramework}: the three frameworks.</li>
 *   <li>{@link vn.tochuc.danhgia.plugins.sogiaoduc.EducationCheck}: the agency-specific check. No scoring hint.</li>
 * </ul>
 */
package vn.tochuc.danhgia.plugins.sogiaoduc;
