package org.accord.app.pipeline;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.accord.core.model.Article;
import org.accord.core.model.Mention;
import org.accord.ingest.Format;
import org.accord.ingest.IngestException;
import org.accord.ingest.ReadListener;
import org.accord.ingest.extract.Extractor;
import org.accord.ingest.extract.SigningFilter;
import org.jspecify.annotations.Nullable;

/**
 * Carries inputs through reading, the cascade's filter and extraction on several threads, and hands every record of
 * every input to a {@link Receiver} on the calling thread, in input order: the same inputs give the same calls in the
 * same order whatever the number of threads.
 *
 * <p>Worker threads take the inputs in order and read them (a container record by record); each article goes
 * through the {@link SigningFilter}, and only those it lets through through the extractor, on the worker that read
 * them or, when a worker is idle, on that one. Memory is bounded whatever the inputs: at most {@code 16 × threads}
 * inputs are taken ahead of the one the receiver is on, and each holds at most {@value #RECORDS_AHEAD} records the
 * receiver has not taken yet; a worker that gets that far ahead waits (back-pressure), helping with pending
 * extractions meanwhile. With one thread everything runs on the calling thread.
 *
 * <pre>{@code
 * Conveyor<Path> conveyor = new Conveyor<>(readers::read, SigningFilter.standard(), Extractor.standard(), 2);
 * StageTimes times = conveyor.run(files.iterator(), receiver);
 * }</pre>
 *
 * @param <I> the kind of input: a file, a document in memory
 */
public final class Conveyor<I> {
    /** The records of one input a worker may read ahead of the receiver. */
    static final int RECORDS_AHEAD = 32;
    /**
     * The inputs per thread that may be taken ahead of the one the receiver is on. An article the filter lets through
     * takes twenty times as long as one it turns down: with a stream of small inputs the other workers read on past it
     * while it is extracted, and a narrow window would leave them waiting.
     */
    static final int INPUTS_AHEAD_PER_THREAD = 16;
    /** How long a waiting thread sleeps before it looks again for work to help with or for a failure. */
    private static final long POLL_MILLIS = 5;

    private final Source<I> source;
    private final @Nullable SigningFilter filter;
    private final @Nullable Extractor extractor;
    private final int threads;

    /**
     * @param source reads one input
     * @param filter the cascade's first test, or null to extract every article
     * @param extractor the full extraction, or null to read only (no filter, no extraction: every article is
     *     handed on with no mention)
     * @param threads the worker threads, at least 1
     * @throws IllegalArgumentException when threads is less than 1
     */
    public Conveyor(Source<I> source, @Nullable SigningFilter filter, @Nullable Extractor extractor, int threads) {
        checkArgument(threads >= 1, "threads (%s) must be at least 1", threads);
        this.source = requireNonNull(source, "source");
        this.filter = filter;
        this.extractor = extractor;
        this.threads = threads;
    }

    /** Reads one input, telling a listener of each record, on whichever thread calls it. */
    @FunctionalInterface
    public interface Source<I> {
        /**
         * Reads the input.
         *
         * @return the format it was read as, or null when the source does not tell
         * @throws IngestException when the input as a whole cannot be read
         */
        @Nullable Format read(I input, ReadListener listener) throws IngestException;

        /** The input's name, for a failure of the input as a whole that the reader did not name. */
        default String name(I input) {
            return String.valueOf(input);
        }
    }

    /** Told of every record of every input, in input order, on the thread that called {@link #run}. */
    public interface Receiver<I> {
        /**
         * An article, with the signings the extraction found (none when the filter turned it down).
         *
         * @throws IOException when the article cannot be written; the run stops
         */
        void article(ExtractedArticle article) throws IOException;

        /** The extractor failed on an article. */
        void extractionFailed(Failure failure);

        /** A record of a container held no article. */
        void skipped(String source, String reason);

        /** A record of a container could not be read. */
        void failed(String source, String reason);

        /** An input was read to its end, as the format given (null when the source does not tell). */
        void inputRead(I input, @Nullable Format format);

        /** An input could not be read as a whole; the records told before stay told. */
        void inputFailed(I input, Failure failure);
    }

    /**
     * Reads every input and hands its records to the receiver, in order.
     *
     * @param inputs the inputs, taken in order (by the worker threads, one at a time)
     * @param receiver told of every record, on this thread
     * @return where the time went
     * @throws IOException when the receiver fails to write; the workers stop
     */
    public StageTimes run(Iterator<? extends I> inputs, Receiver<I> receiver) throws IOException {
        Clock clock = new Clock();
        if (threads == 1) {
            new Inline(receiver, clock).run(inputs);
        } else {
            new Parallel(receiver, clock).run(inputs);
        }
        return clock.times();
    }

    /** The extraction of one article the filter let through, timed. */
    private Outcome extract(Article article, Clock clock) {
        long start = System.nanoTime();
        try {
            List<Mention> mentions = requireNonNull(extractor).extract(article);
            return new Outcome(new ExtractedArticle(article, mentions), null);
        } catch (RuntimeException e) {
            return new Outcome(null, new Failure(article.source(), Pipeline.describe(e)));
        } finally {
            clock.extract.add(System.nanoTime() - start);
        }
    }

    /** Whether the article goes to the full extraction; counted and timed. */
    private boolean passes(Article article, Clock clock) {
        clock.articles.increment();
        if (extractor == null) {
            return false;
        }
        if (filter != null) {
            long start = System.nanoTime();
            boolean passes = filter.mayReportSigning(article);
            clock.detect.add(System.nanoTime() - start);
            if (!passes) {
                return false;
            }
        }
        clock.passed.increment();
        return true;
    }

    /** An article extracted, or the failure of its extraction. */
    private record Outcome(@Nullable ExtractedArticle article, @Nullable Failure failure) {

        void tell(Receiver<?> receiver, Clock clock) throws IOException {
            if (article != null) {
                long start = System.nanoTime();
                receiver.article(article);
                clock.write.add(System.nanoTime() - start);
            } else {
                receiver.extractionFailed(requireNonNull(failure));
            }
        }
    }

    /** The stage times of one run, added to by every thread. */
    private static final class Clock {
        private final LongAdder read = new LongAdder();
        private final LongAdder detect = new LongAdder();
        private final LongAdder extract = new LongAdder();
        private final LongAdder write = new LongAdder();
        private final LongAdder articles = new LongAdder();
        private final LongAdder passed = new LongAdder();

        StageTimes times() {
            return new StageTimes(Math.max(0, read.sum()), detect.sum(), extract.sum(), write.sum(), articles.sum(),
                    passed.sum());
        }
    }

    /**
     * Reads one input and times it; the time spent in the listener (filter, extraction, handing on, waiting) is not
     * reading, and is taken out.
     */
    private @Nullable Format readTimed(I input, ReadListener listener, Clock clock, long[] inListener)
            throws IngestException {
        long start = System.nanoTime();
        long before = inListener[0];
        try {
            return source.read(input, listener);
        } finally {
            clock.read.add(System.nanoTime() - start - (inListener[0] - before));
        }
    }

    /** Thrown through the readers to stop a worker when the run has failed. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("the run has stopped", null, false, false);
        }
    }

    /** One thread: read, filter, extract and hand on, in turn. */
    private final class Inline {
        private final Receiver<I> receiver;
        private final Clock clock;
        private final long[] inListener = new long[1];
        /** What the receiver threw from inside a read, carried out of the readers, which catch what they can. */
        private @Nullable Exception receiverFailure;

        Inline(Receiver<I> receiver, Clock clock) {
            this.receiver = receiver;
            this.clock = clock;
        }

        void run(Iterator<? extends I> inputs) throws IOException {
            while (inputs.hasNext()) {
                I input = inputs.next();
                try {
                    Format format = readTimed(input, listener(), clock, inListener);
                    stopIfFailed();
                    receiver.inputRead(input, format);
                } catch (IngestException e) {
                    stopIfFailed();
                    receiver.inputFailed(input, new Failure(e.source(), e.reason()));
                } catch (RuntimeException e) {
                    stopIfFailed();
                    receiver.inputFailed(input, new Failure(source.name(input), Pipeline.describe(e)));
                }
            }
        }

        private void stopIfFailed() throws IOException {
            if (receiverFailure instanceof IOException io) {
                throw io;
            }
            if (receiverFailure != null) {
                throw (RuntimeException) receiverFailure;
            }
        }

        /** Hands a record to the receiver, or stops the read when the receiver failed (now or before). */
        private void tell(Telling telling) {
            if (receiverFailure != null) {
                throw new Stopped();
            }
            try {
                telling.tell();
            } catch (IOException | RuntimeException e) {
                receiverFailure = e;
                throw new Stopped();
            }
        }

        private ReadListener listener() {
            return new ReadListener() {
                @Override
                public void article(Article article) {
                    long start = System.nanoTime();
                    try {
                        if (receiverFailure != null) {
                            throw new Stopped();
                        }
                        Outcome outcome = passes(article, clock) ? extract(article, clock)
                                : new Outcome(new ExtractedArticle(article, List.of()), null);
                        tell(() -> outcome.tell(receiver, clock));
                    } finally {
                        inListener[0] += System.nanoTime() - start;
                    }
                }

                @Override
                public void skipped(String source, String reason) {
                    tell(() -> receiver.skipped(source, reason));
                }

                @Override
                public void failed(String source, String reason) {
                    tell(() -> receiver.failed(source, reason));
                }
            };
        }
    }

    /** A call to the receiver. */
    @FunctionalInterface
    private interface Telling {
        void tell() throws IOException;
    }

    /** One input taken by a worker: its records, queued for the receiver in the order they were read. */
    private final class Slot {
        private final @Nullable I input;
        private final BlockingQueue<Object> records = new ArrayBlockingQueue<>(RECORDS_AHEAD);

        /** @param input the input, or null for the mark after the last */
        Slot(@Nullable I input) {
            this.input = input;
        }

        I input() {
            return requireNonNull(input, "input");
        }
    }

    /** A record of a container that held no article. */
    private record Skipped(String source, String reason) {
    }

    /** A record of a container that could not be read. */
    private record RecordFailed(String source, String reason) {
    }

    /** The end of an input read to its end. */
    private record End(@Nullable Format format) {
    }

    /** The end of an input that could not be read as a whole. */
    private record Broken(Failure failure) {
    }

    /** Several worker threads and the receiver on the calling thread. */
    private final class Parallel {
        /** Marks the end of the inputs in the queue of slots. */
        private final Slot last = new Slot(null);
        private final Receiver<I> receiver;
        private final Clock clock;
        private final Semaphore window = new Semaphore(INPUTS_AHEAD_PER_THREAD * threads);
        private final BlockingQueue<Slot> slots = new LinkedBlockingQueue<>();
        private final LinkedBlockingDeque<FutureTask<Outcome>> pending = new LinkedBlockingDeque<>();
        private final AtomicInteger idle = new AtomicInteger();
        private final AtomicReference<@Nullable Throwable> fatal = new AtomicReference<>();
        private volatile boolean stopped;
        private @Nullable Iterator<? extends I> inputs;
        private boolean exhausted;

        Parallel(Receiver<I> receiver, Clock clock) {
            this.receiver = receiver;
            this.clock = clock;
        }

        void run(Iterator<? extends I> taken) throws IOException {
            this.inputs = taken;
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Thread worker = new Thread(this::work, "accord-worker-" + (i + 1));
                worker.setDaemon(true);
                workers.add(worker);
                worker.start();
            }
            boolean finished = false;
            try {
                receiveAll();
                finished = true;
            } finally {
                stopped = true;
                if (finished) {
                    joinAll(workers);
                }
            }
        }

        private void receiveAll() throws IOException {
            while (true) {
                Slot slot = next(slots);
                if (slot == last) {
                    return;
                }
                receive(slot);
                window.release();
            }
        }

        private void receive(Slot slot) throws IOException {
            while (true) {
                Object record = next(slot.records);
                if (record instanceof FutureTask<?> task) {
                    outcomeOf(task).tell(receiver, clock);
                } else if (record instanceof Outcome outcome) {
                    outcome.tell(receiver, clock);
                } else if (record instanceof Skipped skipped) {
                    receiver.skipped(skipped.source(), skipped.reason());
                } else if (record instanceof RecordFailed failed) {
                    receiver.failed(failed.source(), failed.reason());
                } else if (record instanceof End end) {
                    receiver.inputRead(slot.input(), end.format());
                    return;
                } else {
                    receiver.inputFailed(slot.input(), ((Broken) record).failure());
                    return;
                }
            }
        }

        /** The outcome of an extraction, run here when no worker has started it. */
        private Outcome outcomeOf(FutureTask<?> task) {
            task.run();
            try {
                return (Outcome) task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for an extraction", e);
            } catch (ExecutionException e) {
                throw rethrown(e.getCause());
            }
        }

        /** The next element of a queue, failing the run as soon as a worker has failed. */
        private <T> T next(BlockingQueue<T> queue) {
            try {
                while (true) {
                    Throwable failure = fatal.get();
                    if (failure != null) {
                        throw rethrown(failure);
                    }
                    T element = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (element != null) {
                        return element;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the workers", e);
            }
        }

        /** A worker: takes the inputs in order and reads them, then helps with the extractions left. */
        private void work() {
            long[] inListener = new long[1];
            try {
                while (!stopped) {
                    if (!awaitWindow()) {
                        return;
                    }
                    Slot slot = take();
                    if (slot == null) {
                        break;
                    }
                    read(slot, inListener);
                }
                idle.incrementAndGet();
                while (!stopped) {
                    FutureTask<Outcome> task = pending.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (task != null) {
                        task.run();
                    }
                }
            } catch (Stopped e) {
                // The run failed elsewhere; nothing more to do.
            } catch (InterruptedException e) {
                fatal.compareAndSet(null, e);
            } catch (Throwable e) { // NOPMD: an Error on a worker must fail the run, not hang it
                fatal.compareAndSet(null, e);
            }
        }

        /** Waits until fewer inputs are taken ahead of the receiver than the window allows, helping meanwhile. */
        private boolean awaitWindow() throws InterruptedException {
            idle.incrementAndGet();
            try {
                while (!window.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    if (stopped) {
                        return false;
                    }
                    helpOnce();
                }
                return true;
            } finally {
                idle.decrementAndGet();
            }
        }

        /** The next input, queued for the receiver in the order taken; null after the last. */
        private @Nullable Slot take() {
            synchronized (this) {
                Iterator<? extends I> iterator = requireNonNull(inputs);
                if (exhausted || !iterator.hasNext()) {
                    if (!exhausted) {
                        exhausted = true;
                        slots.add(last);
                    }
                    window.release();
                    return null;
                }
                Slot slot = new Slot(iterator.next());
                slots.add(slot);
                return slot;
            }
        }

        private void read(Slot slot, long[] inListener) throws InterruptedException {
            Object end;
            try {
                end = new End(readTimed(slot.input(), listener(slot, inListener), clock, inListener));
            } catch (IngestException e) {
                end = new Broken(new Failure(e.source(), e.reason()));
            } catch (Stopped e) {
                throw e;
            } catch (RuntimeException e) {
                end = new Broken(new Failure(source.name(slot.input()), Pipeline.describe(e)));
            }
            put(slot, end);
        }

        private ReadListener listener(Slot slot, long[] inListener) {
            return new ReadListener() {
                @Override
                public void article(Article article) {
                    long start = System.nanoTime();
                    try {
                        if (!passes(article, clock)) {
                            put(slot, new Outcome(new ExtractedArticle(article, List.of()), null));
                        } else if (idle.get() > pending.size()) {
                            // A worker has nothing to read: let it extract while this one reads on.
                            FutureTask<Outcome> task = new FutureTask<>(() -> extract(article, clock));
                            pending.add(task);
                            put(slot, task);
                        } else {
                            put(slot, extract(article, clock));
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new Stopped();
                    } finally {
                        inListener[0] += System.nanoTime() - start;
                    }
                }

                @Override
                public void skipped(String source, String reason) {
                    putQuietly(slot, new Skipped(source, reason));
                }

                @Override
                public void failed(String source, String reason) {
                    putQuietly(slot, new RecordFailed(source, reason));
                }
            };
        }

        private void putQuietly(Slot slot, Object record) {
            try {
                put(slot, record);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
        }

        /**
         * Queues a record for the receiver. While the queue is full the worker is idle: the receiver is on an earlier
         * input, often the container another worker is reading record by record (a JSON Lines or WARC file). So it
         * counts as idle, for that worker to hand it extractions, and runs them as soon as they are queued; without
         * this, one large container was read and extracted by one thread whatever their number.
         */
        private void put(Slot slot, Object record) throws InterruptedException {
            if (slot.records.offer(record)) {
                return;
            }
            idle.incrementAndGet();
            try {
                while (!slot.records.offer(record)) {
                    if (stopped) {
                        throw new Stopped();
                    }
                    FutureTask<Outcome> task = pending.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (task != null) {
                        task.run();
                    }
                }
            } finally {
                idle.decrementAndGet();
            }
        }

        /** Runs one pending extraction, if there is one; whether there was. */
        private boolean helpOnce() {
            FutureTask<Outcome> task = pending.poll();
            if (task == null) {
                return false;
            }
            task.run();
            return true;
        }

        private void joinAll(List<Thread> workers) {
            try {
                for (Thread worker : workers) {
                    worker.join();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return new IllegalStateException("a worker failed", failure);
    }
}
