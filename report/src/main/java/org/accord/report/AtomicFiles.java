package org.accord.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that readers see either the old file or the complete new one, never a part: the content goes to a
 * temporary file beside the target, which is then renamed over it.
 */
final class AtomicFiles {

    /** Writes the content of a file to a stream; the stream is closed by the caller. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes the file, replacing any file of that name.
     *
     * @throws ReportException naming the file when it cannot be written; no temporary file is left behind
     */
    static void write(Path file, Content content) {
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        if (directory == null) {
            throw new ReportException(file, new IOException("a report file needs a name inside a directory"));
        }
        // Same directory, so that the final rename stays on one file system and can be atomic. A hidden random name
        // rather than Files.createTempFile, whose owner-only permissions would carry over to the report.
        Path temp = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            writeDurably(temp, content);
            moveIntoPlace(temp, target);
        } catch (IOException | RuntimeException e) {
            deleteAfterFailure(temp, e);
            throw new ReportException(file, e);
        } catch (Error e) {
            // Out of memory and the like: still leave no partial file, but do not disguise the error.
            deleteAfterFailure(temp, e);
            throw e;
        }
    }

    private static void writeDurably(Path temp, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
            content.writeTo(out);
            out.flush();
            // On disk before the rename: otherwise a crash just after it could leave an empty file under the name.
            channel.force(true);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteAfterFailure(Path temp, Throwable failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
