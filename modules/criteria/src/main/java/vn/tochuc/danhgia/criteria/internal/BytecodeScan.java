package vn.tochuc.danhgia.criteria.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.objectweb.asm.ClassReader;
import vn.tochuc.danhgia.criteria.check.Finding;

/**
 * The allowlist scan of a plugin's byte code, before any of its classes is loaded or initialized: every class file
 * of the JAR (also under {@code META-INF/versions/}) is read with ASM ({@link ClassReferences}) and every class,
 * method and field it refers to must be allowed ({@link BytecodeAllowlist} says what is). A manifest
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
            RefusedReferences check = new RefusedReferences(new BytecodeAllowlist(own), refused);
            for (JarEntry entry : readable) {
                try {
                    new ClassReader(bytes(jar, entry)).accept(new ClassReferences(check),
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
}
