/**
 * JUnit 5 helpers for criteria plugins. Add {@code vn.tochuc.danhgia:criteria-testkit} with scope {@code test}.
 *
 * <ul>
 *   <li>{@link vn.tochuc.danhgia.criteria.testkit.PluginAssertions}: runs the host's checks on a plugin factory
 *       (service registration, descriptor, {@code init}/{@code create}, frameworks, and the manifest entries the
 *       build will stamp), and reviews concretizations generic check first, plugin's check second, as the host
 *       does. Failures list the host's findings in Vietnamese and English.</li>
 *   <li>{@link vn.tochuc.danhgia.criteria.testkit.SampleConcretizations}: complete targets and concretizations
 *       that satisfy a framework's rules, to vary one thing at a time in tests.</li>
 *   <li>{@link vn.tochuc.danhgia.criteria.testkit.PluginJarBuilder} and
 *       {@link vn.tochuc.danhgia.criteria.testkit.SamplePlugins}: compile Java sources against the criteria SPI
 *       only and package them as plugin JARs, including deliberately broken ones, for the host's tests.</li>
 * </ul>
 */
package vn.tochuc.danhgia.criteria.testkit;
