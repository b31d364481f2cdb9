package dev.newsbatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

class CpuAccountingTest {

    /** Where the busy loop's result goes, so that the compiler cannot drop the loop. */
    private static volatile long sink;

    @Test
    void threadsAreGroupedByWhatTheyDo() {
        assertThat(CpuAccounting.jvmGroup("clean-2")).isEqualTo("cleaning threads");
        assertThat(CpuAccounting.jvmGroup("import-1")).isEqualTo("step threads");
        assertThat(CpuAccounting.jvmGroup("C2 CompilerThre")).isEqualTo("compiler");
        assertThat(CpuAccounting.jvmGroup("GC Thread#0")).isEqualTo("GC");
        assertThat(CpuAccounting.jvmGroup("G1 Conc#0")).isEqualTo("GC");
        assertThat(CpuAccounting.jvmGroup("main")).isEqualTo("other JVM");
    }

    @Test
    void theCpuOfACleaningThreadIsCountedAsCleaning() throws Exception {
        assumeTrue(CpuAccounting.available(), "no /proc on this system");
        CpuAccounting cpu = new CpuAccounting();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] spentNanos = new long[1];
        // a name with spaces and parentheses, as Linux shows it in stat, must not shift the fields read after it
        Thread busy = new Thread(() -> {
            long sum = 0;
            while (threads.getCurrentThreadCpuTime() < 300_000_000L) {
                sum += System.nanoTime() % 7;
            }
            sink = sum;
            spentNanos[0] = threads.getCurrentThreadCpuTime();
            cpu.sample(ProcessHandle.current().pid()); // sampled while the thread lives: it is gone at the report
        }, "clean-1 (busy)");
        busy.start();
        busy.join();

        double cleaning = cpu.millisByGroup().get("cleaning threads");
        assertThat(cleaning).isBetween(spentNanos[0] / 1e6 - 50, spentNanos[0] / 1e6 + 50);
        assertThat(cpu.millisByGroup().get("step threads")).isZero();
    }
}
