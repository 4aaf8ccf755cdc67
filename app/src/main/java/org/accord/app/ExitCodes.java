package org.accord.app;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes of every {@code accord} command, so scripts can tell a complete run from a partial one.
 *
 * <pre>{@code
 * bin/accord run samples --out out; echo $?   # 0, or 1 when some inputs could not be read
 * }</pre>
 */
public final class ExitCodes {
    /** Every input was read and every output written. */
    public static final int OK = 0;
    /** Some inputs could not be read (each is named on stderr); the outputs were written for the others. */
    public static final int INPUTS_FAILED = 1;
    /** Bad usage: a missing or unknown option, an input that does not exist, an unusable output path. */
    public static final int USAGE = 2;
    /** The outputs could not be written (disk full, permissions, a bug); they are incomplete. */
    public static final int OUTPUT_FAILED = 3;
    /** The store is in use by another run: nothing was read or written; try again when that run has finished. */
    public static final int STORE_IN_USE = 4;

    private ExitCodes() {
    }

    /** Each code with its meaning, in code order, for the usage help. */
    static Map<String, String> descriptions() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(OK + "", "every input was read and every output written");
        codes.put(INPUTS_FAILED + "", "some inputs could not be read (named on stderr); outputs written for the rest");
        codes.put(USAGE + "", "bad usage: missing option, input that does not exist, unusable output path");
        codes.put(OUTPUT_FAILED + "", "the outputs could not be written; they are incomplete");
        codes.put(STORE_IN_USE + "", "the store is in use by another run; nothing was done, try again later");
        return codes;
    }
}
