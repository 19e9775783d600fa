package vn.tochuc.danhgia.criteria.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles in-memory Java sources into class files with the JDK's compiler, for {@link PluginJarBuilder}. */
final class SourceCompiler {

    private SourceCompiler() {}

    /** The class files, by JAR entry name, of the compiled sources. */
    static Map<String, byte[]> compile(Map<String, String> sources, List<Path> classpath, Path work)
            throws IOException {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        if (sources.isEmpty()) {
            return classes;
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("PluginJarBuilder needs a JDK, not a JRE: no system Java compiler");
        }
        Path out = Files.createDirectories(work.resolve("classes"));
        String path = classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-proc:none", "-d", out.toString(),
                "-classpath", path);
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, text) -> units.add(new StringSource(name, text)));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean ok = compiler.getTask(null, null, diagnostics, options, null, units).call();
        if (!ok) {
            throw new IllegalStateException("The plugin sources do not compile:\n" + describe(diagnostics));
        }
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                classes.put(out.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return classes;
    }

    private static String describe(DiagnosticCollector<JavaFileObject> diagnostics) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            String source = d.getSource() == null ? "" : d.getSource().getName();
            text.append(source).append(':').append(d.getLineNumber()).append(": ").append(d.getKind()).append(": ")
                    .append(d.getMessage(null)).append('\n');
        }
        return text.toString();
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A source file held in memory; its URI names the class so that the compiler's messages do too. */
    private static final class StringSource extends SimpleJavaFileObject {

        private final String text;

        StringSource(String className, String text) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
