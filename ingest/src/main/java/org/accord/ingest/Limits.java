package org.accord.ingest;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The bounds that keep one hostile input from exhausting memory or time: a document larger than
 * {@link #maxDocumentBytes()} is refused, a container stops after {@link #maxEntries()} records, and containers nest
 * at most {@link #maxDepth()} deep (a ZIP in a ZIP...). Immutable.
 *
 * <pre>{@code
 * Readers readers = Readers.standard().withLimits(new Limits(1 << 20, 100, 2));
 * }</pre>
 *
 * @param maxDocumentBytes the most bytes one document (a file, a ZIP entry, a WARC record) may hold, uncompressed
 * @param maxEntries the most records one container may hold; the rest are reported, not read
 * @param maxDepth how deep containers may nest; 1 means a container's records may not be containers themselves
 */
public record Limits(long maxDocumentBytes, int maxEntries, int maxDepth) {
    private static final long MEGABYTE = 1_000_000L;

    /** Checks that every bound is positive. */
    public Limits {
        checkArgument(maxDocumentBytes > 0, "maxDocumentBytes (%s) must be positive", maxDocumentBytes);
        checkArgument(maxEntries > 0, "maxEntries (%s) must be positive", maxEntries);
        checkArgument(maxDepth > 0, "maxDepth (%s) must be positive", maxDepth);
    }

    /** 64 MB per document, 100,000 records per container, containers three deep. */
    public static Limits standard() {
        return new Limits(64 * MEGABYTE, 100_000, 3);
    }

    /** The document bound for a person to read, such as {@code 64 MB} or {@code 2048 bytes}. */
    public String describeMaxDocument() {
        return maxDocumentBytes % MEGABYTE == 0 ? maxDocumentBytes / MEGABYTE + " MB" : maxDocumentBytes + " bytes";
    }
}
