package vn.tochuc.danhgia.criteria.spi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of this SPI and its compatibility rule.
 *
 * <p>Versions are {@code major.minor}. A plugin built for SPI {@code P} runs on a host with SPI {@code H} when both
 * have the same major and {@code H}'s minor is equal or higher: a minor version only adds (see the package
 * documentation), so a newer host still offers everything an older plugin calls, while an older host may lack
 * something a newer plugin calls.
 *
 * <p>History: 1.0, the first; 1.1 adds {@link CheckMessage#textEn()} (an English text per message).
 *
 * <p>{@link #CURRENT} is a compile-time constant, so {@code javac} copies its value into any class that reads it:
 * in plugin code it is the version the plugin was compiled against. {@link #current()} is a method and returns the
 * version of the SPI actually loaded, which on a server is the host's.
 */
public final class SpiVersion {

    /** The version of this SPI. */
    public static final String CURRENT = "1.1";

    private static final Pattern FORMAT = Pattern.compile("(0|[1-9]\\d{0,3})\\.(0|[1-9]\\d{0,3})");

    private SpiVersion() {}

    /** The version of the SPI loaded at run time (not inlined, unlike {@link #CURRENT}). */
    public static String current() {
        return CURRENT;
    }

    /** Whether the text is a {@code major.minor} version such as {@code 1.0}. */
    public static boolean isWellFormed(String version) {
        return version != null && FORMAT.matcher(version.strip()).matches();
    }

    /** Whether a plugin built for {@code pluginVersion} runs on a host offering {@code hostVersion}. */
    public static boolean isCompatible(String pluginVersion, String hostVersion) {
        if (!isWellFormed(pluginVersion) || !isWellFormed(hostVersion)) {
            return false;
        }
        int[] plugin = parse(pluginVersion);
        int[] host = parse(hostVersion);
        return plugin[0] == host[0] && plugin[1] <= host[1];
    }

    /** Whether a plugin built for {@code pluginVersion} runs on this SPI. */
    public static boolean isSupported(String pluginVersion) {
        return isCompatible(pluginVersion, current());
    }

    private static int[] parse(String version) {
        Matcher m = FORMAT.matcher(version.strip());
        m.matches();
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }
}
