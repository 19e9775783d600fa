package vn.tochuc.danhgia.it.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import vn.tochuc.danhgia.criteria.testkit.PluginSource;

/**
 * Plugin JARs built the way an agency outside this project builds them: compiled by the test kit against the SPI
 * JAR alone, then read as bytes to upload.
 */
final class PluginJars {

    private PluginJars() {}

    static byte[] bytes(PluginSource source) {
        try {
            Path dir = Files.createTempDirectory("it-plugin-");
            Path jar = source.build(dir.resolve(source.pluginId() + "-" + source.version() + ".jar"));
            byte[] bytes = Files.readAllBytes(jar);
            Files.delete(jar);
            Files.delete(dir);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The host's plugin store of this test run (the server's {@code app.data.dir} is shared with the tests). */
    static Path store() {
        return Path.of(System.getProperty("it.data.dir"), "plugins", "store");
    }

    static List<String> storedFiles() {
        if (!Files.isDirectory(store())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(store())) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CHIEF concretization of the sample frameworks (criterion 2: 3 targets adding up to 70). */
    static String chiefConcretization(String unit, int year) {
        String target = "{'title':'Chỉ tiêu %d','indicator':'Tỷ lệ hoàn thành','targetValue':100,'unit':'%%',"
                + "'output':'Báo cáo kết quả','deadline':'" + year + "-11-30','points':%s}";
        return ("{'unitCode':'" + unit + "','year':" + year + ",'subjectType':'CHIEF','targets':{'2':["
                + String.format(target, 1, "23.3") + "," + String.format(target, 2, "23.3") + ","
                + String.format(target, 3, "23.4") + "]}}").replace('\'', '"');
    }
}
