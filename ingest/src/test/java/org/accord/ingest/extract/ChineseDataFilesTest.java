package org.accord.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.HanLP;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Chinese data file lists each entry as simplified, traditional, Taiwan and Hong Kong script write it (HanLP's
 * conversion), so that articles from Macao, Hong Kong and Taiwan are read as mainland ones are. An entry the file
 * keeps in one form only is marked "# 不换写法：" with the reason.
 */
class ChineseDataFilesTest {
    private static final String AS_WRITTEN = "# 不换写法：";

    static Stream<Path> chineseDataFiles() throws Exception {
        Path folder = Path.of(Lexicon.class.getResource("zh/titles.txt").toURI()).getParent();
        return Files.list(folder).filter(f -> f.toString().endsWith(".txt")).sorted();
    }

    @ParameterizedTest
    @MethodSource("chineseDataFiles")
    void everyEntryIsListedInEveryScript(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file).stream().map(String::strip).toList();
        List<String> entries = lines.stream().filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        List<String> kept = lines.stream().filter(l -> l.startsWith(AS_WRITTEN))
                .map(l -> l.substring(AS_WRITTEN.length()).split("[（(\\s]")[0]).toList();
        List<String> missing = new ArrayList<>();
        for (String entry : entries) {
            for (String form : List.of(HanLP.convertToSimplifiedChinese(entry), HanLP.convertToTraditionalChinese(entry),
                    HanLP.s2tw(entry), HanLP.s2hk(entry))) {
                if (!entries.contains(form) && !kept.contains(entry) && !missing.contains(form)) {
                    missing.add(form);
                }
            }
        }

        assertThat(missing).as("forms missing from %s", file.getFileName()).isEmpty();
    }
}
