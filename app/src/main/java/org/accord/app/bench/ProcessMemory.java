package org.accord.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The memory the operating system gives this process, from {@code /proc/self/status} (Linux): the resident set now
 * ({@code VmRSS}) and its peak since the process started ({@code VmHWM}), heap, code, thread stacks and native
 * libraries together. Elsewhere both are unknown.
 *
 * @param residentBytes the resident set now, in bytes, or null when unknown
 * @param peakResidentBytes the peak resident set since the JVM started, in bytes, or null when unknown
 */
public record ProcessMemory(@Nullable Long residentBytes, @Nullable Long peakResidentBytes) {
    private static final Path STATUS = Path.of("/proc/self/status");

    /** The figures now. */
    public static ProcessMemory current() {
        try {
            return parse(Files.readAllLines(STATUS, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return new ProcessMemory(null, null);
        }
    }

    /** The figures of the lines of a {@code /proc/<pid>/status} file. */
    static ProcessMemory parse(List<String> lines) {
        return new ProcessMemory(kibibytes(lines, "VmRSS:"), kibibytes(lines, "VmHWM:"));
    }

    private static @Nullable Long kibibytes(List<String> lines, String key) {
        for (String line : lines) {
            if (line.startsWith(key)) {
                String[] parts = line.substring(key.length()).trim().split("\\s+");
                if (parts.length == 2 && parts[1].toLowerCase(Locale.ROOT).equals("kb")) {
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
        }
        return null;
    }
}
