package org.accord.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A store that cannot be opened, read or written. The message names the file and says why; {@link #problem()} tells
 * callers what kind of failure it is, for instance to tell "try again later" from "this is not a store".
 *
 * <pre>{@code
 * int exitCode = 0;
 * try (AgreementStore store = AgreementStore.open(Path.of("out/accord.db"))) {
 *     store.add(batch);
 * } catch (StoreException e) {   // e.getMessage() names the file and the reason
 *     exitCode = switch (e.problem()) { case IN_USE -> 4; case UNUSABLE -> 2; case FAILED -> 3; };
 * }
 * }</pre>
 */
public final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Problem {
        /** Another process (or another open store in this one) holds the file: nothing was read or written. */
        IN_USE,
        /** The file is not a store this Accord can use: a folder, another kind of file, or a newer schema. */
        UNUSABLE,
        /** Reading or writing failed part way (disk, permissions); a write was rolled back. */
        FAILED
    }

    /** The store file, as {@link #file()} returns it. */
    private final Path file;
    /** What kind of failure this is, as {@link #problem()} returns it. */
    private final Problem problem;

    /**
     * @param file the store file
     * @param problem what kind of failure
     * @param message the whole message, naming the file
     * @param cause the underlying failure, if any
     */
    public StoreException(Path file, Problem problem, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.file = requireNonNull(file, "file");
        this.problem = requireNonNull(problem, "problem");
    }

    /** The store file. */
    public Path file() {
        return file;
    }

    /** What kind of failure this is. */
    public Problem problem() {
        return problem;
    }
}
