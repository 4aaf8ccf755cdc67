package org.accord.ingest.reader;

import java.io.IOException;
import java.io.InputStream;

/**
 * A view of at most {@code limit} bytes of another stream: it ends there even when the stream goes on, so one record
 * of a container (a WARC block, a ZIP entry) can be handed to a reader without letting it read further. Closing it
 * leaves the underlying stream open.
 */
final class BoundedStream extends InputStream {
    private final InputStream in;
    private final long limit;
    private long count;

    BoundedStream(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        if (count >= limit) {
            return -1;
        }
        int b = in.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (count >= limit) {
            return -1;
        }
        int n = in.read(buffer, offset, (int) Math.min(length, limit - count));
        if (n > 0) {
            count += n;
        }
        return n;
    }

    /** How many bytes were read through this view. */
    long count() {
        return count;
    }

    /**
     * Reads what is left of the view and throws it away, so the underlying stream stands at its end.
     *
     * @return whether the underlying stream still had bytes when the view's limit was reached
     */
    boolean drain() throws IOException {
        byte[] discard = new byte[8192];
        while (read(discard, 0, discard.length) > 0) {
            // Reading is the only way through a compressed stream.
        }
        return count >= limit && in.read() >= 0;
    }

    @Override
    public void close() {
        // The underlying stream belongs to the container.
    }
}
