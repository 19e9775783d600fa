package vn.tochuc.danhgia.criteria.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import vn.tochuc.danhgia.criteria.check.Finding;

/**
 * The allowlist scan of a plugin's byte code, before any of its classes is loaded or initialized: every class file
 * of the JAR (also under {@code META-INF/versions/}) is read with ASM and every class, method and field it refers to
 * must be allowed. A plugin computes on strings, numbers, dates and collections and answers through the SPI; it has
 * no business with files, the network, threads, processes, reflection or the host's own classes.
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
 * {@code Class-Path} is refused too: the class loader would load classes from JARs this scan never saw.
 *
 * <p>The scan is a first layer, not the only one: the plugin's class loader sees only the SPI and the JDK
 * ({@link SpiOnlyClassLoader}), and its code runs under the time limit ({@link PluginCalls}).
 */
final class BytecodeScan {

    /** How many offending references the finding lists; more are summed up with "…". */
    static final int MAX_LISTED = 10;
    /** A class file larger than this is not read (the JVM's own limits make real ones far smaller). */
    static final int MAX_CLASS_BYTES = 4 * 1024 * 1024;
    /** All class files together: a JAR that unpacks to more is not scanned (a "ZIP bomb" costs time, not memory). */
    static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;

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

    private BytecodeScan() {}

    /** What the scan found: references it refuses ("from → to"), and class files it cannot read. */
    record Result(List<String> refused, List<String> unreadable) {

        boolean ok() {
            return refused.isEmpty() && unreadable.isEmpty();
        }

        /** The findings to report: {@code FORBIDDEN_REFERENCE} and {@code CLASS_UNREADABLE}, or none. */
        List<Finding> findings() {
            List<Finding> findings = new ArrayList<>();
            if (!refused.isEmpty()) {
                findings.add(HostFindings.error(HostFindings.FORBIDDEN_REFERENCE, Integer.toString(refused.size()),
                        listed(refused)));
            }
            if (!unreadable.isEmpty()) {
                findings.add(HostFindings.error(HostFindings.CLASS_UNREADABLE, listed(unreadable)));
            }
            return findings;
        }

        private static String listed(List<String> items) {
            String text = String.join("; ", items.subList(0, Math.min(MAX_LISTED, items.size())));
            return items.size() > MAX_LISTED ? text + "; …" : text;
        }
    }

    static List<Finding> check(JarFile jar) throws IOException {
        return scan(jar).findings();
    }

    /**
     * Reads every class file of the JAR twice (its own class names first, then what each refers to), holding one
     * class file at a time; nothing is loaded.
     */
    static Result scan(JarFile jar) throws IOException {
        List<JarEntry> entries = jar.stream()
                .filter(e -> !e.isDirectory() && e.getName().endsWith(".class")
                        && !e.getName().endsWith("module-info.class"))
                .toList();
        List<String> unreadable = new ArrayList<>();
        Set<String> own = new LinkedHashSet<>();
        List<JarEntry> readable = new ArrayList<>();
        long total = 0;
        for (JarEntry entry : entries) {
            byte[] bytes = bytes(jar, entry);
            total += bytes == null ? 0 : bytes.length;
            if (total > MAX_TOTAL_BYTES) {
                unreadable.add(entry.getName() + " (> " + JarReader.megabytes(MAX_TOTAL_BYTES) + " MB)");
                break;
            }
            try {
                own.add(new ClassReader(bytes).getClassName());
                readable.add(entry);
            } catch (RuntimeException e) {
                // too large (null), not a class file, or a class file version ASM does not know
                unreadable.add(entry.getName());
            }
        }
        Set<String> refused = new LinkedHashSet<>();
        Manifest manifest = jar.getManifest();
        String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
        if (classPath != null && !classPath.isBlank()) {
            refused.add(JarFile.MANIFEST_NAME + " → Class-Path: " + classPath.strip());
        }
        if (unreadable.isEmpty()) {
            Policy policy = new Policy(own);
            for (JarEntry entry : readable) {
                try {
                    new ClassReader(bytes(jar, entry)).accept(new Collector(policy, refused),
                            ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
                } catch (RuntimeException e) {
                    unreadable.add(entry.getName());
                }
            }
        }
        return new Result(List.copyOf(refused), List.copyOf(unreadable));
    }

    /** The entry's bytes, or {@code null} when it is larger than {@link #MAX_CLASS_BYTES}. */
    private static byte[] bytes(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(MAX_CLASS_BYTES + 1);
            return bytes.length > MAX_CLASS_BYTES ? null : bytes;
        }
    }

    /** The allowlist; internal names ({@code java/lang/String}). */
    static final class Policy {

        private final Set<String> own;

        Policy(Set<String> own) {
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

    /** Visits one class, adding what it refers to and may not to {@code refused}. */
    private static final class Collector extends ClassVisitor {

        private final Policy policy;
        private final Set<String> refused;
        private String className;

        Collector(Policy policy, Set<String> refused) {
            super(Opcodes.ASM9);
            this.policy = policy;
            this.refused = refused;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            className = name;
            if (superName != null) {
                type(dotted(name), superName);
            }
            if (interfaces != null) {
                for (String i : interfaces) {
                    type(dotted(name), i);
                }
            }
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            descriptorTypes(dotted(className) + "." + name, Type.getType(descriptor));
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            String from = dotted(className) + "." + name;
            descriptorTypes(from, Type.getMethodType(descriptor));
            if (exceptions != null) {
                for (String e : exceptions) {
                    type(from, e);
                }
            }
            return new MethodVisitor(Opcodes.ASM9) {

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    type(from, type);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String field, String fieldDescriptor) {
                    member(from, owner, field, fieldDescriptor);
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String method, String methodDescriptor,
                        boolean isInterface) {
                    member(from, owner, method, methodDescriptor);
                }

                @Override
                public void visitInvokeDynamicInsn(String indyName, String indyDescriptor, Handle bootstrap,
                        Object... arguments) {
                    bootstrap(from, bootstrap, arguments);
                }

                @Override
                public void visitLdcInsn(Object value) {
                    constant(from, value);
                }

                @Override
                public void visitMultiANewArrayInsn(String arrayDescriptor, int dimensions) {
                    type(from, arrayDescriptor);
                }

                @Override
                public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                    if (type != null) {
                        type(from, type);
                    }
                }
            };
        }

        private void bootstrap(String from, Handle bootstrap, Object[] arguments) {
            if (!policy.allowsBootstrap(bootstrap)) {
                refused.add(from + " → invokedynamic " + dotted(bootstrap.getOwner()) + "." + bootstrap.getName());
                return;
            }
            for (Object argument : arguments) {
                constant(from, argument);
            }
        }

        private void constant(String from, Object value) {
            if (value instanceof Type t) {
                descriptorTypes(from, t);
            } else if (value instanceof Handle h) {
                member(from, h.getOwner(), h.getName(), h.getDesc());
            } else if (value instanceof ConstantDynamic c) {
                bootstrap(from, c.getBootstrapMethod(), bootstrapArguments(c));
            }
        }

        private static Object[] bootstrapArguments(ConstantDynamic c) {
            Object[] arguments = new Object[c.getBootstrapMethodArgumentCount()];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = c.getBootstrapMethodArgument(i);
            }
            return arguments;
        }

        private void descriptorTypes(String from, Type type) {
            switch (type.getSort()) {
                case Type.METHOD -> {
                    for (Type argument : type.getArgumentTypes()) {
                        descriptorTypes(from, argument);
                    }
                    descriptorTypes(from, type.getReturnType());
                }
                case Type.ARRAY -> descriptorTypes(from, type.getElementType());
                case Type.OBJECT -> type(from, type.getInternalName());
                default -> {
                    // a primitive
                }
            }
        }

        private void type(String from, String internalName) {
            if (!policy.allowsType(internalName)) {
                refused.add(from + " → " + dotted(internalName));
            }
        }

        private void member(String from, String owner, String name, String descriptor) {
            if (!policy.allowsMember(owner, name, descriptor)) {
                refused.add(from + " → " + ("<init>".equals(name) ? "new " + dotted(owner)
                        : dotted(owner) + "." + name));
            }
        }

        private static String dotted(String internalName) {
            if (internalName.startsWith("[")) {
                return Type.getType(internalName).getClassName();
            }
            return internalName.replace('/', '.');
        }
    }
}
