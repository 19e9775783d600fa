package vn.tochuc.danhgia.criteria.spi;

/**
 * The entry point of a criteria plugin, discovered by {@link java.util.ServiceLoader}.
 *
 * <p>Register exactly one implementation per JAR in
 * {@code META-INF/services/vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory}; it needs a public no-argument
 * constructor that does nothing expensive and cannot fail.
 *
 * <p><b>Lifecycle.</b> The host loads each plugin version in its own class loader and creates one factory instance
 * per loaded version. It calls {@link #descriptor()} (before {@code init}, to check what the plugin declares),
 * {@link #init(PluginConfig)} once, {@link #create()} once, and uses the returned {@link CriteriaPlugin} until it
 * calls {@link #close()} when the version is disabled, replaced or deleted. After {@code close()} the host closes the
 * class loader and expects it to be garbage-collected: do not start threads or keep static references to host
 * objects.
 *
 * <p><b>Threading.</b> {@code descriptor()} may be called from any thread at any time and must return the same value
 * every time. {@code init}, {@code create} and {@code close} are called by one thread, in that order. All calls run
 * under a time limit; a factory that throws or overruns is marked failed and not enabled.
 *
 * <p><b>Stability.</b> Part of SPI {@value SpiVersion#CURRENT}; within a major version this interface only gains
 * {@code default} methods.
 */
public interface CriteriaPluginFactory {

    /** What the plugin is and whom it serves; constant, and available before {@link #init(PluginConfig)}. */
    PluginDescriptor descriptor();

    /**
     * Receives the plugin's configuration once, before {@link #create()}. The default ignores it.
     *
     * @param config the host's {@code criteria.<plugin-id>.*} settings with that prefix removed
     */
    default void init(PluginConfig config) {}

    /** The plugin itself; called once after {@link #init(PluginConfig)}. */
    CriteriaPlugin create();

    /** Releases what {@code init} acquired; called once when the host unloads this version. Default: nothing. */
    default void close() {}
}
