package org.accord.app.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.accord.core.model.Article;
import org.accord.ingest.IngestException;
import org.accord.ingest.RawDocument;
import org.accord.ingest.Readers;
import org.accord.ingest.extract.Extractor;
import org.accord.ingest.extract.SigningFilter;
import org.jspecify.annotations.Nullable;

/**
 * What a benchmark reads: a sequence of documents made from the inputs, held in memory and handed out one at a time,
 * so that a run of any length needs no more memory than its first documents.
 *
 * <ul>
 *   <li>{@link #dense dense}: the inputs in order, again and again, as if the folder had been copied until it held
 *       enough files; most articles report a signing, as in the corpus.</li>
 *   <li>{@link #stream stream}: a newsroom's feed, where one article in 50 reports a signing. Of each 50 documents,
 *       the first is an input that reports a signing, the 26th an input that has a signing verb but reports none (a
 *       plan, a ceremony of another kind), and the other 48 are inputs rewritten to report none: their signing verbs
 *       replaced and their paragraphs shuffled, {@value #VARIANTS} variants made from a seed.</li>
 * </ul>
 */
public final class Workload {
    /** The articles of which one reports a signing in a stream. */
    public static final int STREAM_PERIOD = 50;
    /** The rewritten articles a stream cycles through. */
    static final int VARIANTS = 1_000;
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");

    private final String name;
    private final String description;
    private final List<RawDocument> documents;
    private final int[] articles;
    /** The order of the documents in the stream; empty for a dense workload, which cycles them in order. */
    private final int[] period;

    private Workload(String name, String description, List<RawDocument> documents, int[] articles, int[] period) {
        this.name = name;
        this.description = description;
        this.documents = List.copyOf(documents);
        this.articles = articles;
        this.period = period;
    }

    /**
     * The documents cycled in order.
     *
     * @param census what each document holds
     * @throws IllegalArgumentException when no document holds an article
     */
    public static Workload dense(Census census) {
        checkArgument(census.articles() > 0, "no document holds an article");
        return new Workload("dense", census.documents().size() + " files cycled in order", census.documents(),
                census.articleCounts(), new int[0]);
    }

    /**
     * A feed where one article in {@value #STREAM_PERIOD} reports a signing, made from the documents.
     *
     * @param census what each document holds
     * @param readers reads each rewritten document, to check it
     * @param filter the cascade's filter: its cues are the signing verbs replaced, and each rewritten document must
     *     hold none
     * @param seed the seed of the rewriting
     * @throws IllegalArgumentException when no document of one article reports a signing, or none can be rewritten
     */
    public static Workload stream(Census census, Readers readers, SigningFilter filter, long seed) {
        checkArgument(Arrays.stream(census.kinds()).noneMatch(kind -> kind == Census.Kind.READ),
                "the census only counted the articles; a stream needs to know which report a signing");
        List<Integer> signings = census.single(Census.Kind.SIGNING);
        checkArgument(!signings.isEmpty(), "no document of one article reports a signing");
        List<Integer> misses = census.single(Census.Kind.CUE_WITHOUT_SIGNING);
        List<RawDocument> documents = new ArrayList<>();
        signings.forEach(i -> documents.add(census.documents().get(i)));
        misses.forEach(i -> documents.add(census.documents().get(i)));
        List<RawDocument> variants = variants(census, readers, filter, new Random(seed));
        checkArgument(!variants.isEmpty(), "no document could be rewritten to report no signing");
        documents.addAll(variants);
        int[] counts = new int[documents.size()];
        Arrays.fill(counts, 1);
        int[] period = new int[STREAM_PERIOD * Math.max(signings.size(), variants.size() / (STREAM_PERIOD - 2) + 1)];
        int variant = 0;
        for (int k = 0; k < period.length; k++) {
            int block = k / STREAM_PERIOD;
            int place = k % STREAM_PERIOD;
            if (place == 0) {
                period[k] = block % signings.size();
            } else if (place == STREAM_PERIOD / 2 && !misses.isEmpty()) {
                period[k] = signings.size() + block % misses.size();
            } else {
                period[k] = signings.size() + misses.size() + variant++ % variants.size();
            }
        }
        String description = String.format(Locale.ROOT, "1 article in %d reports a signing (%d inputs), %s%d are "
                + "inputs rewritten to report none (%d variants, seed %d)", STREAM_PERIOD, signings.size(),
                misses.isEmpty() ? "" : "1 has a signing verb but reports none (" + misses.size() + " inputs), ",
                STREAM_PERIOD - (misses.isEmpty() ? 1 : 2), variants.size(), seed);
        return new Workload("stream", description, documents, counts, period);
    }

    /** {@code dense} or {@code stream}. */
    public String name() {
        return name;
    }

    /** What the workload is made of, for a person to read. */
    public String description() {
        return description;
    }

    /**
     * The documents of a run of at least the given number of articles, from the start of the workload: each is made
     * when it is asked for, so a long run holds no more than the workload's own documents.
     */
    public Iterator<RawDocument> documents(long atLeast) {
        return new Iterator<>() {
            private long given;
            private long position;

            @Override
            public boolean hasNext() {
                return given < atLeast;
            }

            @Override
            public RawDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("the run has its " + atLeast + " articles");
                }
                int index = period.length == 0 ? (int) (position % documents.size())
                        : period[(int) (position % period.length)];
                position++;
                given += Math.max(articles[index], 0);
                if (position >= documents.size() * 2L && given == 0) {
                    given = atLeast; // no document holds an article: stop after going round
                }
                return documents.get(index);
            }
        };
    }

    /**
     * Rewrites documents of one article that report no signing, or have their signing verbs replaced, with their
     * paragraphs shuffled, each checked to hold no signing verb once read.
     */
    private static List<RawDocument> variants(Census census, Readers readers, SigningFilter filter, Random random) {
        List<Integer> bases = new ArrayList<>();
        for (Census.Kind kind : Census.Kind.values()) {
            bases.addAll(census.single(kind));
        }
        Collections.sort(bases);
        List<String> texts = new ArrayList<>();
        for (int base : bases) {
            String text = utf8(census.documents().get(base).content());
            if (text != null) {
                texts.add(text);
            }
        }
        List<RawDocument> variants = new ArrayList<>();
        Replacer replacer = new Replacer(filter.cues());
        for (int attempt = 0; attempt < VARIANTS * 2 && variants.size() < VARIANTS && !texts.isEmpty(); attempt++) {
            int base = random.nextInt(texts.size());
            String text = shuffled(replacer.replace(texts.get(base)), random);
            RawDocument variant = new RawDocument(String.format(Locale.ROOT, "stream/%04d/%s", variants.size(),
                    fileName(census.documents().get(bases.get(base)).source())), text.getBytes(StandardCharsets.UTF_8));
            if (holdsNoCue(variant, readers, filter)) {
                variants.add(variant);
            }
        }
        return variants;
    }

    private static boolean holdsNoCue(RawDocument document, Readers readers, SigningFilter filter) {
        try {
            List<Article> read = readers.read(document);
            return read.size() == 1 && !filter.mayReportSigning(read.get(0));
        } catch (IngestException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The paragraphs after the head (the first two blocks, and any front matter) in a shuffled order; markup (HTML,
     * JSON) is left in order, where moving lines could break it.
     */
    static String shuffled(String text, Random random) {
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("<") || trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return text;
        }
        int bodyStart = 0;
        if (text.startsWith("---")) {
            int end = text.indexOf("\n---", 3);
            bodyStart = end < 0 ? 0 : end + 4;
        }
        String head = text.substring(0, bodyStart);
        List<String> blocks = new ArrayList<>(List.of(BLANK_LINE.split(text.substring(bodyStart), -1)));
        if (blocks.size() <= 3) {
            return text;
        }
        List<String> body = new ArrayList<>(blocks.subList(2, blocks.size()));
        Collections.shuffle(body, random);
        return head + String.join("\n\n", blocks.subList(0, 2)) + "\n\n" + String.join("\n\n", body);
    }

    private static String fileName(String source) {
        String name = source.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static @Nullable String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Replaces every signing verb: English ones as whole words, ignoring case, Chinese ones anywhere. */
    private static final class Replacer {
        private final Pattern words;
        private final List<String> anywhere;

        Replacer(List<String> cues) {
            List<String> sorted = cues.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
            this.words = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", sorted.stream()
                    .filter(Replacer::isLatin).map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            this.anywhere = sorted.stream().filter(cue -> !isLatin(cue)).toList();
        }

        String replace(String text) {
            String replaced = words.matcher(text).replaceAll(Matcher.quoteReplacement("discussed"));
            for (String cue : anywhere) {
                replaced = replaced.replace(cue, "讨论");
            }
            return replaced;
        }

        private static boolean isLatin(String cue) {
            return cue.chars().allMatch(c -> c < 0x250);
        }
    }

    /** Checks that a census and its documents agree; used by {@link Census}. */
    static void checkCounts(List<RawDocument> documents, int[] counts) {
        requireNonNull(documents, "documents");
        checkArgument(documents.size() == counts.length, "documents (%s) and counts (%s) must match",
                documents.size(), counts.length);
    }

    /**
     * What each document holds, found by reading it (and, for a stream, extracting it) once: how many articles, and
     * whether they report a signing.
     *
     * @param documents the documents, in order
     * @param articleCounts the articles of each, -1 when it cannot be read
     * @param kinds what each holds
     */
    public record Census(List<RawDocument> documents, int[] articleCounts, Kind[] kinds) {

        /** What a document holds. */
        public enum Kind {
            /** An article that reports a signing. */
            SIGNING,
            /** Articles with a signing verb, none of which reports a signing. */
            CUE_WITHOUT_SIGNING,
            /** Articles without a signing verb. */
            NO_CUE,
            /** Articles, read but not extracted: a census that only counts them (a dense workload needs no more). */
            READ,
            /** Nothing readable. */
            UNREADABLE
        }

        /** Copies the documents and checks the counts. */
        public Census {
            documents = List.copyOf(documents);
            checkCounts(documents, articleCounts);
            checkArgument(kinds.length == articleCounts.length, "kinds (%s) must match the documents (%s)",
                    kinds.length, articleCounts.length);
        }

        /**
         * Reads each document once, on the common pool's threads, and counts its articles; the kind of a readable one
         * is {@link Kind#READ}.
         *
         * @param documents the documents
         * @param readers reads them
         */
        public static Census counted(List<RawDocument> documents, Readers readers) {
            return taken(documents, readers, read -> Kind.READ);
        }

        /**
         * Reads and extracts each document once, with the full pipeline (no filter), on the common pool's threads.
         *
         * @param documents the documents
         * @param readers reads them
         * @param extractor extracts their articles
         * @param filter tells which articles have a signing verb
         */
        public static Census of(List<RawDocument> documents, Readers readers, Extractor extractor,
                SigningFilter filter) {
            return taken(documents, readers, read -> kindOf(read, extractor, filter));
        }

        /**
         * The census of the documents, each read on one of the common pool's threads: the documents are independent,
         * and each one's figures go to its own index. A document without articles is {@link Kind#UNREADABLE}.
         */
        private static Census taken(List<RawDocument> documents, Readers readers,
                Function<List<Article>, Kind> kindOfArticles) {
            int[] counts = new int[documents.size()];
            Kind[] kinds = new Kind[documents.size()];
            IntStream.range(0, documents.size()).parallel().forEach(i -> {
                try {
                    List<Article> read = readers.read(documents.get(i));
                    counts[i] = read.size();
                    kinds[i] = read.isEmpty() ? Kind.UNREADABLE : kindOfArticles.apply(read);
                } catch (IngestException | RuntimeException e) {
                    counts[i] = -1;
                    kinds[i] = Kind.UNREADABLE;
                }
            });
            return new Census(documents, counts, kinds);
        }

        private static Kind kindOf(List<Article> read, Extractor extractor, SigningFilter filter) {
            boolean signing = false;
            boolean cue = false;
            for (Article article : read) {
                cue |= filter.mayReportSigning(article);
                signing |= !extractor.extract(article).isEmpty();
            }
            return signing ? Kind.SIGNING : cue ? Kind.CUE_WITHOUT_SIGNING : Kind.NO_CUE;
        }

        /** The articles of all the readable documents. */
        public long articles() {
            return Arrays.stream(articleCounts).filter(c -> c > 0).asLongStream().sum();
        }

        /** The indexes of the documents of exactly one article, of the kind given. */
        List<Integer> single(Kind kind) {
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < kinds.length; i++) {
                if (kinds[i] == kind && articleCounts[i] == 1) {
                    indexes.add(i);
                }
            }
            return indexes;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Census census && documents.equals(census.documents)
                    && Arrays.equals(articleCounts, census.articleCounts) && Arrays.equals(kinds, census.kinds);
        }

        @Override
        public int hashCode() {
            return documents.hashCode() * 31 + Arrays.hashCode(articleCounts);
        }

        @Override
        public String toString() {
            return "Census[" + documents.size() + " documents, " + articles() + " articles]";
        }
    }
}
