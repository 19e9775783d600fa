/**
 * The criteria set of Sở Tài chính (unit {@code STC}), plugin {@code so-tai-chinh}.
 *
 * <p>Regulation basis {@code Quy định 366-QĐ/TW}, evaluation years 2025–2030: Reg. 366 replaced Reg. 124 from
 * 30/8/2025 and made the 30 + 70 point split national, so the point splits of the province's draft (Điều 3, 4, 5)
 * carry over. Years 2023–2024 (Reg. 124) are not served by this plugin.
 *
 * <ul>
 *   <li>{@link vn.tochuc.danhgia.plugins.sotaichinh.SoTaiChinhPluginFactory}: the entry point registered in
 *       {@code META-INF/services}.</li>
 *   <li>{@link vn.tochuc.danhgia.plugins.sotaichinh.CollectiveFramework},
 *       {@link vn.tochuc.danhgia.plugins.sotaichinh.ChiefFramework},
 *       {@link vn.tochuc.danhgia.plugins.sotaichinh.DeputyFramework}: the three frameworks.</li>
 *   <li>{@link vn.tochuc.danhgia.plugins.sotaichinh.FinanceCheck}: the agency-specific check of targets.</li>
 *   <li>{@link vn.tochuc.danhgia.plugins.sotaichinh.ProportionalScoring}: the scoring hint.</li>
 * </ul>
 */
package vn.tochuc.danhgia.plugins.sotaichinh;
