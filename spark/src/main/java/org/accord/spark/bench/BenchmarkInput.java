package org.accord.spark.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.core.model.Article;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.ingest.Accord;
import org.accord.ingest.IngestException;
import org.accord.ingest.Readers;
import org.accord.ingest.extract.Extractor;

/**
 * Generates the benchmark's input: the articles of a corpus replicated until there are as many as asked, each copy
 * with other dates and other party names, packed into JSON Lines or WARC.gz files.
 *
 * <p>Copy {@code c} of an article moves every year it states (four digits, 1950 to 2049) and its publication date
 * {@code c % 25} years on, and renames each party the extractor finds in the original with the variant
 * {@code (c / 25) % 8}: an English name gets a word after it ("Peng Cheng Laboratory Bravo"), a Chinese one a region
 * before it ("华南中国电信"). Variant 0 keeps the names. So each original gives 200 distinct articles, each repeated
 * about ten times per 200,000, as a crawl repeats syndicated news: the merge has many signings to keep apart and many
 * articles to join. A copy of an article without a publication date gets one, as a crawled page has.
 *
 * <pre>
 * java -cp ... org.accord.spark.bench.BenchmarkInput ../shared/corpus/articles /tmp/bench 200000 8 jsonl
 * </pre>
 */
public final class BenchmarkInput {
    private static final int YEARS = 25;
    private static final String[] WORDS = {"", "Bravo", "Delta", "Foxtrot", "Kilo", "Lima", "Sierra", "Tango"};
    private static final String[] REGIONS = {"", "华南", "华北", "华东", "西部", "东北", "中部", "沿海"};
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20[0-4]\\d)(?!\\d)");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private BenchmarkInput() {
    }

    /**
     * Writes the input.
     *
     * @param corpus the folders or files of the corpus
     * @param out the folder to write into
     * @param articles how many articles to write, at least
     * @param files how many files to spread them over
     * @param warc WARC.gz files when true, JSON Lines when false
     * @return the number of articles written
     */
    public static int write(List<Path> corpus, Path out, int articles, int files, boolean warc) throws IOException {
        Readers readers = Accord.reader();
        Extractor extractor = Accord.extractor();
        List<Article> originals = new ArrayList<>();
        List<List<String>> parties = new ArrayList<>();
        for (Path file : Readers.expand(corpus)) {
            try {
                for (Article article : readers.read(file)) {
                    originals.add(article);
                    parties.add(extractor.extract(article).stream().map(Mention::partyValues).flatMap(List::stream)
                            .map(Organisation::name).distinct().sorted(Comparator.comparingInt(String::length)
                                    .reversed()).toList());
                }
            } catch (IngestException e) {
                System.err.println("BenchmarkInput: skipped " + e.getMessage());
            }
        }
        Files.createDirectories(out);
        int perFile = (articles + files - 1) / files;
        int written = 0;
        for (int f = 0; f < files; f++) {
            Path file = out.resolve(String.format("part-%03d.%s", f, warc ? "warc.gz" : "jsonl"));
            try (OutputStream stream = Files.newOutputStream(file);
                    Writer writer = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
                for (int i = 0; i < perFile && written < articles; i++, written++) {
                    int original = written % originals.size();
                    int copy = written / originals.size();
                    Article article = copy(originals.get(original), parties.get(original), copy);
                    String url = "https://news.example.org/" + copy + "/" + original;
                    if (warc) {
                        Containers.warcRecord(stream, article, url);
                    } else {
                        Containers.jsonLine(writer, article, url);
                    }
                }
                writer.flush();
            }
        }
        return written;
    }

    /** Copy {@code copy} of an article: years moved, parties renamed. */
    static Article copy(Article article, List<String> parties, int copy) {
        int years = copy % YEARS;
        int variant = (copy / YEARS) % WORDS.length;
        Map<String, String> names = new LinkedHashMap<>();
        if (variant > 0) {
            for (String party : parties) {
                names.put(party, HAN.matcher(party).find() ? REGIONS[variant] + party : party + " " + WORDS[variant]);
            }
        }
        // A crawled page has a date: an original without one gets one, so that its 2,000 copies are not each
        // compatible with every date (an article with neither a signing date nor a publication date may be one
        // signing with any other of the same parties, which would join every copy into one component).
        LocalDate published = article.published() != null ? article.published().plusYears(years)
                : LocalDate.of(2000 + years, 1 + copy % 12, 1 + copy % 28);
        return new Article(article.source() + "~" + copy, article.url(), change(article.title(), names, years),
                article.language(), published, change(article.text(), names, years), article.mixedLanguage());
    }

    private static String change(String text, Map<String, String> names, int years) {
        // Longest names first, each through a placeholder, so that no name is renamed inside another's new name.
        String renamed = text;
        List<String> values = new ArrayList<>(names.values());
        int i = 0;
        for (String name : names.keySet()) {
            renamed = renamed.replace(name, "\u0000" + i++ + "\u0000");
        }
        for (i = 0; i < values.size(); i++) {
            renamed = renamed.replace("\u0000" + i + "\u0000", values.get(i));
        }
        if (years == 0) {
            return renamed;
        }
        Matcher year = YEAR.matcher(renamed);
        StringBuilder moved = new StringBuilder(renamed.length());
        while (year.find()) {
            year.appendReplacement(moved, Integer.toString(Integer.parseInt(year.group(1)) + years));
        }
        return year.appendTail(moved).toString();
    }

    /** {@code BenchmarkInput CORPUS... OUT ARTICLES FILES jsonl|warc}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 5 || !args[args.length - 1].matches("jsonl|warc")) {
            System.err.println("usage: BenchmarkInput CORPUS... OUT ARTICLES FILES jsonl|warc");
            System.exit(2);
        }
        List<Path> corpus = new ArrayList<>();
        for (int i = 0; i < args.length - 4; i++) {
            corpus.add(Path.of(args[i]));
        }
        int n = args.length;
        int written = write(corpus, Path.of(args[n - 4]), Integer.parseInt(args[n - 3]), Integer.parseInt(args[n - 2]),
                args[n - 1].equals("warc"));
        System.out.println("wrote " + written + " articles into " + args[n - 4]);
    }
}
