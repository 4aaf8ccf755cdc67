package org.accord.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.accord.core.model.Article;
import org.accord.ingest.IngestException;
import org.accord.ingest.ReadListener;
import org.accord.ingest.Readers;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.jspecify.annotations.Nullable;

/**
 * The records of one input file, read with the {@link Readers} of the command line and handed out one at a time: a
 * WARC or JSON Lines file of any size passes through a task with a few records in memory, never whole.
 *
 * <p>{@link Readers} pushes records to a {@link ReadListener}; a Spark task pulls them from an iterator. A reading
 * thread bridges the two through a small queue, and stops when the task is done with the iterator ({@link #close}).
 *
 * <p>A local file ({@code file:}) is read where it is. A file of another file system (HDFS, S3...) is first copied to
 * the task's local disk under its own name, since {@link Readers} reads paths; what it reports is then renamed from
 * the copy to the file's own name, so that sources are the same wherever the file was.
 */
final class FileRecords implements Iterator<FileRecords.Record>, AutoCloseable {
    private static final Object END = new Object();
    private static final int QUEUE = 64;

    /**
     * One record of the file: an article, or a record skipped or failed with the reason.
     *
     * @param ordinal the record's place among the file's records, from 0
     * @param source the record's name ({@code crawl.warc.gz#7})
     * @param article the article, or null when the record is not one
     * @param kind {@code article}, {@code skipped} or {@code failed}
     * @param reason why it was skipped or failed, or null
     */
    record Record(int ordinal, String kind, String source, @Nullable Article article, @Nullable String reason) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread reader;
    private volatile boolean closed;
    private @Nullable Object next;
    private boolean ended;

    private FileRecords(InputFile file, Readers readers, Configuration conf) {
        this.reader = new Thread(() -> read(file, readers, conf), "accord-read-" + file.index());
        reader.setDaemon(true);
    }

    /** Starts reading a file. */
    static FileRecords open(InputFile file, Readers readers, Configuration conf) {
        FileRecords records = new FileRecords(file, readers, conf);
        records.reader.start();
        return records;
    }

    private void read(InputFile file, Readers readers, Configuration conf) {
        try {
            readFile(file, readers, conf);
            put(END);
        } catch (CancellationException e) {
            // The task is gone: nobody reads the rest.
        } catch (Throwable e) {
            // Out of memory, say: the task fails with it rather than wait for a record that never comes.
            queue.clear();
            queue.offer(new Crash(e));
        }
    }

    /** What stopped the reading thread, for the task to throw. */
    private record Crash(Throwable cause) {
    }

    private void readFile(InputFile file, Readers readers, Configuration conf) {
        Renaming listener = new Renaming(file.source());
        java.nio.file.Path copy = null;
        try {
            URI uri = new Path(file.uri()).toUri();
            java.nio.file.Path local;
            if ("file".equals(uri.getScheme())) {
                local = java.nio.file.Path.of(uri.getPath());
            } else {
                Path path = new Path(file.uri());
                copy = Files.createTempDirectory("accord-spark-");
                local = copy.resolve(path.getName());
                try (InputStream in = path.getFileSystem(conf).open(path)) {
                    Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            listener.local = local.toString();
            readers.read(local, listener);
        } catch (IngestException e) {
            listener.failed(e.source(), e.reason());
        } catch (IOException e) {
            listener.failed(file.source(), "cannot read the file (" + e.getMessage() + ")");
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            listener.failed(file.source(), describe(e));
        } finally {
            if (copy != null) {
                deleteQuietly(copy);
            }
        }
    }

    /** How an unexpected error is reported, as the command line reports it. */
    static String describe(RuntimeException e) {
        String message = e.getMessage();
        String kind = "internal error (" + e.getClass().getSimpleName() + ")";
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }

    private void put(Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    // The task gave up on the records (it failed or was killed): stop reading the file.
                    throw new CancellationException("the task no longer reads " + item);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
            throw new CancellationException("interrupted");
        }
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (ended) {
            return false;
        }
        try {
            Object item = queue.take();
            if (item == END) {
                ended = true;
                return false;
            }
            if (item instanceof Crash crash) {
                ended = true;
                throw new IllegalStateException("reading failed: " + crash.cause(), crash.cause());
            }
            next = item;
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while reading", e);
        }
    }

    @Override
    public Record next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Record record = (Record) next;
        next = null;
        return record;
    }

    /** Stops the reading thread, if it still runs. */
    @Override
    public void close() {
        closed = true;
        reader.interrupt();
    }

    private static void deleteQuietly(java.nio.file.Path folder) {
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A temporary copy left behind is removed with the task's local folder.
        }
    }

    /** Queues each record, renamed from the path read to the file's own name. */
    private final class Renaming implements ReadListener {
        private final String source;
        private @Nullable String local;
        private int ordinal;

        Renaming(String source) {
            this.source = source;
        }

        private String rename(String name) {
            return local != null && name.startsWith(local) ? source + name.substring(local.length()) : name;
        }

        private String renameIn(String reason) {
            return local == null ? reason : reason.replace(local, source);
        }

        @Override
        public void article(Article article) {
            Article renamed = new Article(rename(article.source()), article.url(), article.title(),
                    article.language(), article.published(), article.text(), article.mixedLanguage());
            put(new Record(ordinal++, "article", renamed.source(), renamed, null));
        }

        @Override
        public void skipped(String record, String reason) {
            put(new Record(ordinal++, "skipped", rename(record), null, renameIn(reason)));
        }

        @Override
        public void failed(String record, String reason) {
            put(new Record(ordinal++, "failed", rename(record), null, renameIn(reason)));
        }
    }
}
