package vn.tochuc.danhgia.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One line naming the machine a figure was measured on: CPU, cores, memory, JDK. */
final class Machine {

    private Machine() {}

    static String describe() {
        String cpu = "unknown CPU";
        String memory = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> (Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024) + " GiB")
                    .orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux: the JVM's view is enough
        }
        return "Machine: " + cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + memory
                + " RAM, Java " + System.getProperty("java.version");
    }
}
