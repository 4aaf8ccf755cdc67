package org.accord.ingest.reader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The UTF-8 lines of a stream, one at a time, each bounded in length: a line longer than the bound is reported as too
 * long (its text dropped) instead of filling memory. A byte-order mark before the first line is dropped.
 */
final class BoundedLines {
    private final InputStream in;
    private final long maxLineBytes;
    private int lineNumber;
    private boolean atEnd;

    /**
     * One line.
     *
     * @param number its number, from 1
     * @param text its text without the line end; empty when too long
     * @param tooLong whether it was longer than the bound
     */
    record Line(int number, String text, boolean tooLong) {
    }

    BoundedLines(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    @Nullable Line next() throws IOException {
        if (atEnd) {
            return null;
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        int b = in.read();
        if (b < 0) {
            atEnd = true;
            return null;
        }
        for (; b >= 0 && b != '\n'; b = in.read()) {
            if (line.size() >= maxLineBytes) {
                tooLong = true;
            } else {
                line.write(b);
            }
        }
        atEnd = b < 0;
        lineNumber++;
        String text = tooLong ? "" : line.toString(StandardCharsets.UTF_8);
        return new Line(lineNumber, lineNumber == 1 ? text.replace("\uFEFF", "") : text, tooLong);
    }

    /** The number of the last line read. */
    int lineNumber() {
        return lineNumber;
    }
}
