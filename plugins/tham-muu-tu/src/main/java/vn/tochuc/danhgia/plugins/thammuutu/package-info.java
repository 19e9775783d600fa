/**
 * The criteria set of the advisory bodies of the Provincial Party Committee (unit group {@code THAM_MUU_TU}: Văn
 * phòng, Ban Tổ chức, Ủy ban Kiểm tra, Ban Tuyên giáo, Ban Dân vận, Ban Nội chính Tỉnh ủy), plugin
 * {@code tham-muu-tu}.
 *
 * <p>A group plugin: it declares the group code, not unit codes, so a body joining the group is served without a
 * new release; a unit's own plugin, if one is ever published, takes precedence. Regulation basis
 * {@code Quy định 366-QĐ/TW}, evaluation years 2025–2030, with the point splits of the province's draft
 * (Điều 3, 4, 5). The agency check varies by unit where a body has a distinct mandate (the Inspection Committee).
 *
 * <ul>
 *   <li>{@link vn.tochuc.danhgia.plugins.thammuutu.ThamMuuTuPluginFactory}: the entry point.</li>
 *   <li>{@link vn.tochuc.danhgia.plugins.thammuutu.CollectiveFramework},
 *       {@link vn.tochuc.danhgia.plugins.thammuutu.ChiefFramework},
 *       {@link vn.tochuc.danhgia.plugins.thammuutu.DeputyFramework}: the three frameworks.</li>
 *   <li>{@link vn.tochuc.danhgia.plugins.thammuutu.AdvisoryCheck}: the agency-specific check. No scoring hint.</li>
 * </ul>
 */
package vn.tochuc.danhgia.plugins.thammuutu;
