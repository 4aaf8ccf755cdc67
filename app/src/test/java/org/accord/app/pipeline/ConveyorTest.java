package org.accord.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.accord.core.model.Article;
import org.accord.core.model.Language;
import org.accord.ingest.Format;
import org.accord.ingest.IngestException;
import org.accord.ingest.ReadListener;
import org.accord.ingest.extract.Extractor;
import org.accord.ingest.extract.SigningFilter;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The conveyor on made-up inputs read at random speeds: the receiver hears the same records in the same order on any
 * number of threads, failures included, and the workers never get more than a bounded number of records ahead.
 */
@Timeout(60)
class ConveyorTest {
    /** Every third article has a signing verb; the filter lets only those through. */
    private static final SigningFilter FILTER = SigningFilter.standard();

    /**
     * Input {@code n}: a broken file when n % 7 == 3, a file whose reader crashes when n % 13 == 8, a container of
     * n % 5 + 2 articles with a skipped and a failed record when n % 4 == 1, else a document of one article.
     */
    private static final Conveyor.Source<Integer> MADE_UP = new Conveyor.Source<>() {
        @Override
        public @Nullable Format read(Integer n, ReadListener listener) throws IngestException {
            pause();
            if (n % 7 == 3) {
                throw new IngestException("in-" + n, "not readable as its format");
            }
            if (n % 13 == 8) {
                throw new IllegalStateException("reader bug " + n);
            }
            if (n % 4 == 1) {
                for (int i = 0; i < n % 5 + 2; i++) {
                    listener.article(article("in-" + n + "#" + i));
                    pause();
                }
                listener.skipped("in-" + n + "#skip", "no article");
                listener.failed("in-" + n + "#bad", "malformed");
                return Format.JSON;
            }
            listener.article(article("in-" + n));
            return Format.PLAIN_TEXT;
        }

        @Override
        public String name(Integer n) {
            return "in-" + n;
        }
    };

    /** Fails on the articles whose source ends in 5; refuses any article without a signing verb. */
    private static final Extractor EXTRACTOR = article -> {
        pause();
        if (!FILTER.mayReportSigning(article)) {
            throw new AssertionError("the filter let through " + article.source());
        }
        if (article.source().endsWith("5")) {
            throw new IllegalArgumentException("extractor bug on " + article.source());
        }
        return List.of();
    };

    @Test
    void run_oneThread_tellsEveryRecordOfEveryInputInOrder() throws IOException {
        Recorder recorder = new Recorder();

        StageTimes times = conveyor(1).run(inputs(30), recorder);

        assertThat(recorder.calls).startsWith("article in-0 0", "read in-0 PLAIN_TEXT", "article in-1#0 0",
                "article in-1#1 0", "article in-1#2 0", "skipped in-1#skip no article", "failed in-1#bad malformed",
                "read in-1 JSON", "article in-2 0", "read in-2 PLAIN_TEXT", "input failed in-3: not readable "
                        + "as its format");
        assertThat(recorder.calls).contains("input failed in-8: internal error (IllegalStateException): reader bug 8",
                "extraction failed in-15: internal error (IllegalArgumentException): extractor bug on in-15");
        assertThat(recorder.calls.stream().filter(c -> c.startsWith("read ") || c.startsWith("input failed ")))
                .hasSize(30);
        assertThat(times.passed()).isPositive().isLessThan(times.articles());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 8})
    void run_severalThreads_tellsTheSameCallsInTheSameOrderAsOneThread(int threads) throws IOException {
        Recorder one = new Recorder();
        conveyor(1).run(inputs(200), one);
        Recorder several = new Recorder();

        StageTimes times = conveyor(threads).run(inputs(200), several);

        assertThat(several.calls).containsExactlyElementsOf(one.calls);
        assertThat(times.articles()).isEqualTo(one.calls.stream().filter(c -> c.startsWith("article ")).count()
                + one.calls.stream().filter(c -> c.startsWith("extraction failed ")).count());
        assertThat(times.readNanos()).isPositive();
        assertThat(times.detectNanos()).isPositive();
        assertThat(times.extractNanos()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void run_slowReceiver_keepsTheWorkersABoundedNumberOfRecordsAhead(int threads) throws IOException {
        AtomicLong produced = new AtomicLong();
        Conveyor.Source<Integer> container = (n, listener) -> {
            int articles = n == 0 ? 5_000 : 1;
            for (int i = 0; i < articles; i++) {
                produced.incrementAndGet();
                listener.article(article("in-" + n + "#" + i));
            }
            return Format.JSON;
        };
        long bound = (long) Conveyor.INPUTS_AHEAD_PER_THREAD * threads * (Conveyor.RECORDS_AHEAD + 1) + threads;
        List<Long> ahead = new ArrayList<>();
        Recorder slow = new Recorder() {
            private long received;

            @Override
            public void article(ExtractedArticle article) {
                received++;
                ahead.add(produced.get() - received);
                if (received % 500 == 0) {
                    pause();
                }
            }
        };

        new Conveyor<>(container, FILTER, article -> List.of(), threads).run(inputs(2_000), slow);

        assertThat(ahead).hasSize(5_000 + 1_999);
        assertThat(ahead.stream().mapToLong(Long::longValue).max().orElseThrow()).isLessThanOrEqualTo(bound);
    }

    @Test
    void run_receiverFailsToWrite_stopsWithItsExceptionOnEveryThreadCount() {
        for (int threads : new int[] {1, 3}) {
            Recorder failing = new Recorder() {
                @Override
                public void article(ExtractedArticle article) throws IOException {
                    if (article.article().source().equals("in-40")) {
                        throw new IOException("disk full");
                    }
                    super.article(article);
                }
            };

            assertThatThrownBy(() -> conveyor(threads).run(inputs(100_000), failing))
                    .isInstanceOf(IOException.class).hasMessage("disk full");
            assertThat(failing.calls).last().isEqualTo("read in-39 PLAIN_TEXT");
        }
    }

    @Test
    void run_receiverBreaksInsideAContainer_stopsWithItsExceptionNotAFailedRecord() {
        for (int threads : new int[] {1, 2}) {
            Recorder breaking = new Recorder() {
                @Override
                public void article(ExtractedArticle article) {
                    if (article.article().source().equals("in-5#1")) {
                        throw new IllegalStateException("receiver bug");
                    }
                    calls.add("article " + article.article().source());
                }
            };

            assertThatThrownBy(() -> conveyor(threads).run(inputs(100), breaking))
                    .isInstanceOf(IllegalStateException.class).hasMessage("receiver bug");
            assertThat(breaking.calls).last().isEqualTo("article in-5#0");
        }
    }

    @Test
    void run_errorInAWorker_failsTheRunInsteadOfHangingIt() {
        Extractor crashing = article -> {
            throw new StackOverflowError("too deep in " + article.source());
        };

        assertThatThrownBy(() -> new Conveyor<>(MADE_UP, null, crashing, 3).run(inputs(50), new Recorder()))
                .isInstanceOf(StackOverflowError.class).hasMessageStartingWith("too deep in in-");
    }

    @Test
    void run_noExtractor_readsOnlyAndPassesNothing() throws IOException {
        Set<String> threadsSeen = ConcurrentHashMap.newKeySet();
        Conveyor.Source<Integer> recording = (n, listener) -> {
            threadsSeen.add(Thread.currentThread().getName());
            return MADE_UP.read(n, listener);
        };
        Recorder recorder = new Recorder();

        StageTimes times = new Conveyor<>(recording, FILTER, null, 2).run(inputs(40), recorder);

        assertThat(times.passed()).isZero();
        assertThat(times.extractNanos()).isZero();
        assertThat(recorder.calls).noneMatch(c -> c.startsWith("extraction failed"));
        assertThat(threadsSeen).allMatch(name -> name.startsWith("accord-worker-"));
    }

    @Test
    void run_twoLargeContainers_shareTheFirstOnesExtractionsWithTheWorkerWaitingOnTheSecond() throws IOException {
        Conveyor.Source<Integer> containers = (n, listener) -> {
            for (int i = 0; i < 200; i++) {
                listener.article(new Article("in-" + n + "#" + i, null, "t", Language.ENGLISH, null,
                        "The two universities signed an agreement."));
            }
            return Format.JSON;
        };
        Set<String> extractedFirst = ConcurrentHashMap.newKeySet();
        Extractor slow = article -> {
            if (article.source().startsWith("in-0#")) {
                extractedFirst.add(Thread.currentThread().getName());
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        };
        Recorder recorder = new Recorder();

        new Conveyor<>(containers, FILTER, slow, 2).run(inputs(2), recorder);

        // The worker reading the second container has it read ahead as far as allowed long before the first is done.
        assertThat(extractedFirst).hasSizeGreaterThanOrEqualTo(2);
        assertThat(recorder.calls.stream().filter(c -> c.startsWith("article "))).hasSize(400);
    }

    @Test
    void new_zeroThreads_isRefusedNamingTheValue() {
        assertThatThrownBy(() -> new Conveyor<>(MADE_UP, FILTER, EXTRACTOR, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("threads (0) must be at least 1");
    }

    private static Conveyor<Integer> conveyor(int threads) {
        return new Conveyor<>(MADE_UP, FILTER, EXTRACTOR, threads);
    }

    private static java.util.Iterator<Integer> inputs(int count) {
        return IntStream.range(0, count).boxed().iterator();
    }

    private static Article article(String source) {
        int n = source.hashCode() & 0xff;
        String text = n % 3 == 0 ? "The two universities signed an agreement." : "Rain is expected in the north.";
        return new Article(source, null, "Title " + source, Language.ENGLISH, null, text);
    }

    /** Sleeps up to a millisecond, so that threads finish their inputs out of order. */
    private static void pause() {
        if (ThreadLocalRandom.current().nextInt(4) == 0) {
            try {
                Thread.sleep(0, ThreadLocalRandom.current().nextInt(1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Writes down every call, as text. */
    private static class Recorder implements Conveyor.Receiver<Integer> {
        final List<String> calls = new ArrayList<>();

        @Override
        public void article(ExtractedArticle article) throws IOException {
            calls.add("article " + article.article().source() + " " + article.mentions().size());
        }

        @Override
        public void extractionFailed(Failure failure) {
            calls.add("extraction failed " + failure);
        }

        @Override
        public void skipped(String source, String reason) {
            calls.add("skipped " + source + " " + reason);
        }

        @Override
        public void failed(String source, String reason) {
            calls.add("failed " + source + " " + reason);
        }

        @Override
        public void inputRead(Integer input, @Nullable Format format) {
            calls.add("read in-" + input + " " + format);
        }

        @Override
        public void inputFailed(Integer input, Failure failure) {
            calls.add("input failed " + failure);
        }
    }
}
