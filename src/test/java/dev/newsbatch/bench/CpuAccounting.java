package dev.newsbatch.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Where the CPU of a benchmark run goes: the child JVM's threads by what they do, and the local PostgreSQL server's
 * processes, read from {@code /proc} while the run goes on (a process or thread that ends before the run keeps the
 * time it had at its last sample). Linux only; elsewhere {@link #available()} is false and nothing is read.
 *
 * <p>A run is CPU-bound when the machine's busy time is close to cores × wall time; then pages per second can only
 * grow by spending less CPU per page, and these figures say where.
 */
final class CpuAccounting {

    /** Linux reports CPU times in clock ticks of 1/100 s (USER_HZ) on every architecture it runs on. */
    private static final double TICKS_PER_MILLISECOND = 0.1;
    private static final Path PROC = Path.of("/proc");
    /** The group of the server's processes; the others are the JVM's threads (see {@link #jvmGroup}). */
    static final String SERVER = "PostgreSQL";

    private final Map<String, Long> startTicks = new HashMap<>();
    private final Map<String, Long> lastTicks = new HashMap<>();
    private final Map<String, String> groupOf = new HashMap<>();
    private final long machineBusyAtStart;
    private long machineBusy;

    /** Starts counting: what the server's processes and the machine have spent so far is not counted. */
    CpuAccounting() {
        boolean available = available();
        machineBusyAtStart = available ? machineBusyTicks() : 0;
        machineBusy = machineBusyAtStart;
        if (available) {
            forEachServerProcess(startTicks::put);
        }
    }

    static boolean available() {
        return Files.isReadable(PROC.resolve("stat"));
    }

    /** Reads the child's threads, the server's processes and the machine's busy time once more. */
    void sample(long childPid) {
        if (!available()) {
            return;
        }
        Path tasks = PROC.resolve(String.valueOf(childPid)).resolve("task");
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                String[] stat = stat(thread.resolve("stat"));
                if (stat != null) {
                    String key = "jvm/" + thread.getFileName();
                    lastTicks.put(key, ticks(stat));
                    groupOf.putIfAbsent(key, jvmGroup(stat[0]));
                }
            }
        } catch (IOException e) {
            // the child has just exited: its last sample stands
        }
        forEachServerProcess((key, ticks) -> {
            lastTicks.put(key, ticks);
            groupOf.putIfAbsent(key, SERVER);
        });
        machineBusy = machineBusyTicks();
    }

    /** CPU milliseconds per page by group (child JVM threads, then PostgreSQL), and the machine's busy time. */
    String report(int pages, double wallSeconds) {
        if (!available()) {
            return "CPU per page: not measured (no /proc on this system)";
        }
        Map<String, Double> jvmGroups = millisByGroup();
        double server = jvmGroups.remove(SERVER);
        double jvm = jvmGroups.values().stream().mapToDouble(Double::doubleValue).sum();
        StringJoiner groups = new StringJoiner(", ");
        jvmGroups.forEach((group, millis) -> groups.add(String.format("%s %.2f", group, millis / pages)));
        double machine = (machineBusy - machineBusyAtStart) / TICKS_PER_MILLISECOND;
        int cores = Runtime.getRuntime().availableProcessors();
        return String.format("CPU per page: newsbatch %.2f ms (%s), PostgreSQL on this machine %.2f ms; "
                + "machine busy %.2f ms of %.2f (%d cores x wall)", jvm / pages, groups, server / pages,
                machine / pages, cores * wallSeconds * 1000 / pages, cores);
    }

    /** CPU milliseconds counted so far: the JVM's threads by {@link #jvmGroup}, then the server's processes. */
    Map<String, Double> millisByGroup() {
        Map<String, Double> perGroup = new LinkedHashMap<>();
        for (String group : List.of("cleaning threads", "step threads", "compiler", "GC", "other JVM", SERVER)) {
            perGroup.put(group, 0.0);
        }
        lastTicks.forEach((key, ticks) -> perGroup.merge(groupOf.get(key),
                (ticks - startTicks.getOrDefault(key, 0L)) / TICKS_PER_MILLISECOND, Double::sum));
        return perGroup;
    }

    /** What a JVM thread does, by the name Linux shows (15 characters at most). */
    static String jvmGroup(String threadName) {
        if (threadName.startsWith("clean-")) {
            return "cleaning threads";
        }
        if (threadName.startsWith("import-") || threadName.startsWith("crawl-")) {
            return "step threads";
        }
        if (threadName.contains("CompilerThre")) {
            return "compiler";
        }
        if (threadName.startsWith("GC ") || threadName.startsWith("G1 ")) {
            return "GC";
        }
        return "other JVM";
    }

    private interface ProcessTicks {
        void accept(String key, long ticks);
    }

    private static void forEachServerProcess(ProcessTicks action) {
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, p -> p.getFileName().toString()
                .chars().allMatch(Character::isDigit))) {
            for (Path process : processes) {
                String[] stat = stat(process.resolve("stat"));
                if (stat != null && stat[0].equals("postgres")) {
                    action.accept("pg/" + process.getFileName(), ticks(stat));
                }
            }
        } catch (IOException e) {
            // nothing to count
        }
    }

    /**
     * The fields of a {@code stat} file: the name first (it may hold spaces, so it is read between its parentheses),
     * then the fields after it, from the state on; null if the process or thread is gone.
     */
    private static String[] stat(Path file) {
        try {
            String line = Files.readString(file);
            int open = line.indexOf('(');
            int close = line.lastIndexOf(')');
            String[] rest = line.substring(close + 2).trim().split(" ");
            String[] fields = new String[rest.length + 1];
            fields[0] = line.substring(open + 1, close);
            System.arraycopy(rest, 0, fields, 1, rest.length);
            return fields;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** utime + stime: fields 14 and 15 of stat(5), here 12 and 13 (the name at 0, the state at 1). */
    private static long ticks(String[] stat) {
        return Long.parseLong(stat[12]) + Long.parseLong(stat[13]);
    }

    /** The machine's busy time: the CPU time in /proc/stat but idle, I/O wait and what the hypervisor took (steal). */
    private static long machineBusyTicks() {
        try {
            String[] cpu = Files.readAllLines(PROC.resolve("stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length && i <= 7; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
