/**
 * The criteria SPI: how an agency's criteria set (bộ tiêu chí) plugs into the evaluation host.
 *
 * <h2>What a plugin is</h2>
 * A plugin is one JAR that declares, for the units or unit groups it serves and for the years of one regulation
 * basis, three criteria {@link vn.tochuc.danhgia.criteria.spi.Framework frameworks} (one per
 * {@link vn.tochuc.danhgia.criteria.spi.SubjectType}: the collective, the chief, the deputies), which criteria the
 * unit must concretize into quantified targets (chỉ tiêu), an agency-specific check of a unit's concretization, and
 * optionally a scoring hint. The entry point is {@link vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory},
 * registered in {@code META-INF/services/vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory}.
 *
 * <h2>Lifecycle</h2>
 * <ol>
 *   <li>The host gives each plugin version its own {@code URLClassLoader}, whose parent holds this SPI, and discovers
 *       the factory with {@link java.util.ServiceLoader} in that loader. Exactly one provider per JAR.</li>
 *   <li>One factory instance exists per loaded plugin version. The host reads
 *       {@link vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory#descriptor()}, calls
 *       {@link vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory#init(PluginConfig)} once, then
 *       {@link vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory#create()} once, and keeps the plugin it got.</li>
 *   <li>When the version is disabled, replaced or deleted, the host calls
 *       {@link vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory#close()}, drops every reference and closes the
 *       class loader so that it can be garbage-collected. Plugins must therefore not start threads, register
 *       shutdown hooks, JDBC drivers or MBeans, or keep static references to host objects: any of these pins the
 *       loader and leaks the whole plugin.</li>
 * </ol>
 *
 * <h2>Threading and time</h2>
 * The host calls one plugin instance concurrently from many request threads. Every method must be thread-safe,
 * side-effect free (no files, network, database or global state), and fast: the host runs plugin calls under a time
 * limit and marks a plugin that throws or overruns as failed, without letting the failure reach the user's work.
 * Return immutable data only; the records of this package copy their lists and maps.
 *
 * <h2>Data, not behaviour</h2>
 * Everything a plugin returns is a record of this package. Record constructors never reject bad values: they turn
 * {@code null} texts and lists into empty ones so that the host's consistency check can report every problem of a
 * plugin at once, in Vietnamese, instead of the first exception. Points are
 * {@link vn.tochuc.danhgia.criteria.spi.Points} (tenths of a point in an {@code int}).
 *
 * <h2>Versioning and stability</h2>
 * The SPI has its own version, {@link vn.tochuc.danhgia.criteria.spi.SpiVersion#CURRENT} ({@code major.minor}),
 * which a plugin states in its manifest entry {@code Plugin-Spi-Version}. A plugin built for {@code 1.x} runs on a
 * host with the same major and an equal or higher minor.
 * <ul>
 *   <li>A <b>minor</b> version only adds: new types, new {@code default} interface methods, new static helpers, and
 *       record components whose absence means "as before". When a record gains a component, its previous canonical
 *       constructor stays as a secondary constructor so that plugins compiled against the older minor still link.
 *       Enum constants are not added in a minor version.</li>
 *   <li>A <b>major</b> version may remove or rename types, methods and record components, add abstract methods,
 *       add enum constants or change documented meaning. Plugins must be rebuilt.</li>
 * </ul>
 */
package vn.tochuc.danhgia.criteria.spi;
