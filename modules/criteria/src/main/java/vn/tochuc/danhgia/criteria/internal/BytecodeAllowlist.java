package vn.tochuc.danhgia.criteria.internal;

import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;

/**
 * The allowlist of the byte code scan ({@link BytecodeScan}): which classes, methods and fields a plugin's code may
 * refer to, by internal name ({@code java/lang/String}). A plugin computes on strings, numbers, dates and
 * collections and answers through the SPI; it has no business with files, the network, threads, processes,
 * reflection or the host's own classes.
 *
 * <p><b>Allowed</b> (a reference is checked by its owner class and member name; the descriptors of called methods
 * are not checked, those of the plugin's own fields and methods are):
 * <ul>
 * <li>the JAR's own classes, and the SPI package {@code vn.tochuc.danhgia.criteria.spi} (not its sub-packages);</li>
 * <li>{@code java.util} except {@code Timer}, {@code TimerTask} and {@code ServiceLoader}, the {@code Formatter}
 *     constructors that open a file by name, {@code Locale.setDefault}, {@code TimeZone.setDefault} and every
 *     {@code parallel*} member (parallel streams and sorts run on the shared fork-join pool, outside the time
 *     limit); {@code java.util.function}, {@code java.util.stream}, {@code java.util.regex};
 *     {@code java.util.concurrent.atomic}, and of {@code java.util.concurrent} only {@code ConcurrentHashMap} (not
 *     its parallel bulk operations), {@code ConcurrentMap} and {@code TimeUnit};</li>
 * <li>{@code java.math}, {@code java.text}, {@code java.time} and its sub-packages;
 *     {@code java.nio.charset.Charset} and {@code StandardCharsets}; {@code java.io.Serializable};
 *     {@code java.lang.annotation};</li>
 * <li>of {@code java.lang}: {@code Object} (also {@code wait}/{@code notify}), {@code String},
 *     {@code StringBuilder}, {@code StringBuffer}, {@code CharSequence}, {@code Character}, the boxed types (but not
 *     {@code Integer.getInteger}, {@code Long.getLong}, {@code Boolean.getBoolean}, which read system properties),
 *     {@code Number}, {@code Void}, {@code Math}, {@code StrictMath}, {@code Enum}, {@code Record},
 *     {@code Iterable}, {@code Comparable}, {@code AutoCloseable}, {@code Cloneable}, {@code Runnable}, the common
 *     exceptions and errors ({@link #LANG_THROWABLES}); of {@code System} only {@code currentTimeMillis},
 *     {@code nanoTime}, {@code arraycopy}, {@code identityHashCode} and {@code lineSeparator}; of {@code Class}
 *     only {@code getName}, {@code getSimpleName}, {@code isInstance}, {@code cast}, {@code desiredAssertionStatus}
 *     (what {@code assert} compiles to) and the {@code Object} methods;</li>
 * <li>as {@code invokedynamic} bootstrap methods only: {@code StringConcatFactory} (string concatenation),
 *     {@code LambdaMetafactory} (lambdas and method references, whose targets are checked like calls),
 *     {@code java.lang.runtime.ObjectMethods} (records) and {@code java.lang.runtime.SwitchBootstraps} (pattern
 *     switches).</li>
 * </ul>
 * Everything else is refused, in particular {@code System.exit}/{@code getenv}/{@code getProperty}/{@code load},
 * {@code System.out}/{@code err}, {@code Runtime}, {@code Thread}, {@code ProcessBuilder}, {@code ClassLoader},
 * {@code Class.forName} and the reflective members of {@code Class}, {@code java.lang.reflect},
 * {@code java.lang.invoke} (but for the bootstraps above), {@code java.io}, {@code java.nio}, {@code java.net},
 * {@code java.sql}, {@code java.security}, {@code java.util.concurrent} (executors, threads, futures),
 * {@code java.util.logging}, {@code java.util.zip}/{@code jar}/{@code prefs}, {@code javax}, {@code jakarta},
 * {@code sun}, {@code com.sun}, {@code jdk}, and every {@code vn.tochuc.danhgia} class outside the SPI. A manifest
 * {@code Class-Path} is refused too ({@link BytecodeScan}): the class loader would load classes from JARs the scan
 * never saw.
 */
final class BytecodeAllowlist {

    static final String SPI_PACKAGE = "vn/tochuc/danhgia/criteria/spi/";

    static final Set<String> LANG_TYPES = Set.of("Object", "String", "StringBuilder", "StringBuffer",
            "CharSequence", "Character", "Boolean", "Byte", "Short", "Integer", "Long", "Float", "Double", "Number",
            "Void", "Math", "StrictMath", "Enum", "Record", "Iterable", "Comparable", "AutoCloseable", "Cloneable",
            "Runnable", "Override", "Deprecated", "FunctionalInterface", "SafeVarargs", "SuppressWarnings",
            "System", "Class");

    static final Set<String> LANG_THROWABLES = Set.of("Throwable", "Exception", "RuntimeException", "Error",
            "ArithmeticException", "ArrayIndexOutOfBoundsException", "ArrayStoreException", "ClassCastException",
            "CloneNotSupportedException", "IllegalArgumentException", "IllegalStateException",
            "IndexOutOfBoundsException", "InterruptedException", "NegativeArraySizeException",
            "NullPointerException", "NumberFormatException", "StringIndexOutOfBoundsException",
            "UnsupportedOperationException", "AssertionError", "NoSuchFieldError", "IncompatibleClassChangeError",
            "MatchException", "OutOfMemoryError", "StackOverflowError");

    static final Set<String> SYSTEM_MEMBERS = Set.of("currentTimeMillis", "nanoTime", "arraycopy",
            "identityHashCode", "lineSeparator");

    static final Set<String> CLASS_MEMBERS = Set.of("getName", "getSimpleName", "isInstance", "cast",
            "desiredAssertionStatus", "hashCode", "equals", "toString");

    static final Set<String> UTIL_REFUSED = Set.of("Timer", "TimerTask", "ServiceLoader", "ServiceLoader$Provider");

    static final Set<String> CONCURRENT_ALLOWED = Set.of("ConcurrentHashMap", "ConcurrentHashMap$KeySetView",
            "ConcurrentMap", "TimeUnit");

    /** The {@code invokedynamic} bootstraps javac emits for ordinary code, by owner. */
    static final Map<String, Set<String>> BOOTSTRAPS = Map.of(
            "java/lang/invoke/StringConcatFactory", Set.of("makeConcatWithConstants", "makeConcat"),
            "java/lang/invoke/LambdaMetafactory", Set.of("metafactory", "altMetafactory"),
            "java/lang/runtime/ObjectMethods", Set.of("bootstrap"),
            "java/lang/runtime/SwitchBootstraps", Set.of("typeSwitch", "enumSwitch"));

    private final Set<String> own;

    /** @param own the internal names of the JAR's own classes, which are always allowed */
    BytecodeAllowlist(Set<String> own) {
        this.own = own;
    }

    boolean allowsType(String internalName) {
        String name = elementType(internalName);
        if (name == null || own.contains(name)) {
            return true;
        }
        if (name.startsWith(SPI_PACKAGE)) {
            return name.indexOf('/', SPI_PACKAGE.length()) < 0;
        }
        String pkg = name.lastIndexOf('/') < 0 ? "" : name.substring(0, name.lastIndexOf('/'));
        String simple = name.substring(name.lastIndexOf('/') + 1);
        return switch (pkg) {
            case "java/lang" -> LANG_TYPES.contains(simple) || LANG_THROWABLES.contains(simple)
                    || simple.startsWith("Character$");
            case "java/util" -> !UTIL_REFUSED.contains(simple);
            case "java/util/function", "java/util/stream", "java/util/regex", "java/util/concurrent/atomic",
                    "java/math", "java/text", "java/time", "java/time/chrono", "java/time/format",
                    "java/time/temporal", "java/time/zone", "java/lang/annotation" -> true;
            case "java/util/concurrent" -> CONCURRENT_ALLOWED.contains(simple);
            case "java/nio/charset" -> simple.equals("Charset") || simple.equals("StandardCharsets");
            case "java/io" -> simple.equals("Serializable");
            default -> false;
        };
    }

    boolean allowsMember(String owner, String name, String descriptor) {
        if (!allowsType(owner)) {
            return false;
        }
        String type = elementType(owner);
        if (type == null || own.contains(type) || owner.startsWith("[")) {
            return true; // a primitive array's clone(), or the plugin's own member
        }
        if (type.startsWith("java/util/") && name.startsWith("parallel")) {
            return false;
        }
        return switch (type) {
            case "java/lang/System" -> SYSTEM_MEMBERS.contains(name);
            case "java/lang/Class" -> CLASS_MEMBERS.contains(name);
            case "java/lang/Integer" -> !name.equals("getInteger");
            case "java/lang/Long" -> !name.equals("getLong");
            case "java/lang/Boolean" -> !name.equals("getBoolean");
            case "java/util/Locale", "java/util/TimeZone" -> !name.equals("setDefault");
            case "java/util/Formatter" -> !(name.equals("<init>") && descriptor != null
                    && descriptor.startsWith("(Ljava/lang/String;"));
            // forEach/search/reduce with a parallelism threshold run on the shared fork-join pool
            case "java/util/concurrent/ConcurrentHashMap" -> descriptor == null || !descriptor.startsWith("(J");
            default -> true;
        };
    }

    boolean allowsBootstrap(Handle bootstrap) {
        return BOOTSTRAPS.getOrDefault(bootstrap.getOwner(), Set.of()).contains(bootstrap.getName());
    }

    /** The class an internal name or array descriptor is about; {@code null} for primitives. */
    private static String elementType(String internalName) {
        if (!internalName.startsWith("[")) {
            return internalName;
        }
        Type element = Type.getType(internalName).getElementType();
        return element.getSort() == Type.OBJECT ? element.getInternalName() : null;
    }
}
