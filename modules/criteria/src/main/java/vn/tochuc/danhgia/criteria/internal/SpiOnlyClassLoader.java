package vn.tochuc.danhgia.criteria.internal;

import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The parent of every plugin's class loader: it exposes the classes of the SPI package
 * {@code vn.tochuc.danhgia.criteria.spi} (loaded by the host's loader, so that host and plugin share one
 * {@code CriteriaPluginFactory} type) and the JDK's (through the platform loader), and nothing else: neither the web
 * application's classes nor its libraries. It exposes no resources either, so a plugin sees its own JAR's resources
 * only (and {@code ServiceLoader} only the plugin's own services file).
 */
final class SpiOnlyClassLoader extends ClassLoader {

    static final String SPI_PACKAGE = "vn.tochuc.danhgia.criteria.spi.";

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader spi;

    /** @param spi the loader that defined the SPI classes (the web application's, on the server) */
    SpiOnlyClassLoader(ClassLoader spi) {
        super("criteria-plugin-parent", ClassLoader.getPlatformClassLoader());
        this.spi = spi;
    }

    /** Whether {@code name} is a class of the SPI package itself (not of a sub-package). */
    static boolean isSpi(String name) {
        return name.startsWith(SPI_PACKAGE) && name.indexOf('.', SPI_PACKAGE.length()) < 0;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (isSpi(name)) {
            Class<?> c = spi.loadClass(name);
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
        // the platform loader, then findClass, which finds nothing
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return null;
    }

    @Override
    public Enumeration<URL> getResources(String name) {
        return Collections.emptyEnumeration();
    }
}
