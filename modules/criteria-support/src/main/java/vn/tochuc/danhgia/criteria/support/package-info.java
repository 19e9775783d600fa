/**
 * Helpers for writing criteria plugins: the criteria of the province's draft that every agency's framework starts
 * from, the grading scale, keyword rules on targets typed with or without diacritics, per-target checks and a ready
 * {@link vn.tochuc.danhgia.criteria.spi.CriteriaPlugin}.
 *
 * <h2>What it is for</h2>
 * <ul>
 *   <li>{@link vn.tochuc.danhgia.criteria.support.CollectiveCriteria},
 *       {@link vn.tochuc.danhgia.criteria.support.ChiefCriteria},
 *       {@link vn.tochuc.danhgia.criteria.support.DeputyCriteria}: the draft's Điều 3, 4 and 5 (codes, titles, points,
 *       guidance), to which a plugin adds its own guidance, evidence and concretization rules;</li>
 *   <li>{@link vn.tochuc.danhgia.criteria.support.Grading}: the four grades as scoring guidance;
 *       {@link vn.tochuc.danhgia.criteria.support.Criteria}: adding to a criterion's guidance, changing one
 *       sub-criterion;</li>
 *   <li>{@link vn.tochuc.danhgia.criteria.support.Keywords}: "Giải ngân", "giai ngan" and "GIẢI NGÂN" all match;
 *       {@link vn.tochuc.danhgia.criteria.support.TopicRule}: "at least one target about …", with its severity by
 *       subject type; {@link vn.tochuc.danhgia.criteria.support.TargetChecks}: a check run on every target;</li>
 *   <li>{@link vn.tochuc.danhgia.criteria.support.CriteriaPlugins}: a plugin made of its frameworks and its check.</li>
 * </ul>
 *
 * <h2>Packaged inside the plugin</h2>
 * The host does not supply this library: the parent of a plugin's class loader exposes the SPI and the JDK only. A
 * plugin therefore carries these classes in its own JAR (the plugins' parent POM and {@code docs/plugin-template}
 * do it with the {@code maven-shade-plugin}), and the host's byte-code scan reads them like the plugin's own code.
 * Every class here depends on the SPI package and on JDK classes of the scan's allowlist only
 * ({@code docs/plugin-sandbox.md}), so a plugin that bundles it passes the scan as before.
 *
 * <h2>What it promises</h2>
 * <ul>
 *   <li>Everything is stateless or immutable and safe for the host's concurrent calls; nothing throws on incomplete
 *       targets (missing values, titles, deadlines, deputy's field), which the host passes to a plugin's check.</li>
 *   <li>It is released with the SPI, under the same version ({@code criteria.spi.release}). Release {@code 1.1.x}
 *       uses nothing the SPI added after 1.0 (a message's English text is the plugin's to add), so a plugin that
 *       declares {@code Plugin-Spi-Version: 1.0} may bundle it. Within major version 1 a minor version only adds. <b>A patch release never changes what a
 *       helper returns</b> (titles, points, guidance texts, messages): the host stores each plugin version's
 *       frameworks and refuses a stored version whose frameworks changed. The draft's texts change only in a new
 *       minor version, and since each plugin JAR carries its own copy, such a change reaches a plugin only when it
 *       is rebuilt and released as a new plugin version.</li>
 * </ul>
 */
package vn.tochuc.danhgia.criteria.support;
