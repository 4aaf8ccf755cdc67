package org.accord.app.bench;

import static java.util.Objects.requireNonNull;

/**
 * The JVM a benchmark ran on, without which its figures cannot be compared.
 *
 * @param java the Java version, virtual machine and vendor
 * @param processors the processors available to the JVM
 * @param maxHeapBytes the most heap the JVM may use ({@code -Xmx}), in bytes
 */
public record Environment(String java, int processors, long maxHeapBytes) {
    /** Bytes in a mebibyte, the unit of every heap figure: MiB = 2^20 bytes. */
    private static final double BYTES_PER_MIB = 1024 * 1024;

    /** Checks that the version is present. */
    public Environment {
        requireNonNull(java, "java");
    }

    /** The JVM this code runs on. */
    public static Environment current() {
        String java = Runtime.version() + " (" + System.getProperty("java.vm.name") + ", "
                + System.getProperty("java.vendor") + ")";
        Runtime runtime = Runtime.getRuntime();
        return new Environment(java, runtime.availableProcessors(), runtime.maxMemory());
    }

    /** A size in MiB (2^20 bytes). */
    public static double mebibytes(long bytes) {
        return bytes / BYTES_PER_MIB;
    }
}
