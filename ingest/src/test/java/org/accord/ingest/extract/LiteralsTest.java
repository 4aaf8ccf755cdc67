package org.accord.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LiteralsTest {

    @Test
    void findsTheLeftmostEntryAndThereTheLongest() {
        Literals titles = Literals.substrings("董事", "董事长", "副董事长");

        Literals.Match m = titles.find("中国电信董事长柯瑞文与副董事长", 0);

        assertThat(m).isNotNull();
        assertThat(m.in("中国电信董事长柯瑞文与副董事长")).isEqualTo("董事长");
        assertThat(titles.find("中国电信董事长柯瑞文与副董事长", m.end()).in("中国电信董事长柯瑞文与副董事长")).isEqualTo("副董事长");
    }

    @Test
    void substringsAreMatchedAsWritten() {
        Literals cues = Literals.substrings("MoU");

        assertThat(cues.foundIn("an MoU")).isTrue();
        assertThat(cues.foundIn("an MOU")).isFalse();
    }

    @Test
    void wordsIgnoreCaseAndNeedNoLetterOrDigitAround() {
        Literals verbs = Literals.words("sign", "signed");

        assertThat(verbs.foundIn("They SIGNED it")).isTrue();
        assertThat(verbs.foundIn("a signpost")).isFalse();
        assertThat(verbs.foundIn("designed")).isFalse();
        assertThat(verbs.foundIn("sign2")).isFalse();
        assertThat(verbs.foundIn("(sign)")).isTrue();
    }

    @Test
    void aShorterWordIsTakenWhenTheLongerEndsInsideAWord() {
        Literals words = Literals.words("pointed", "pointed out");

        Literals.Match m = words.find("he pointed outward", 0);

        assertThat(m).isNotNull();
        assertThat(m.in("he pointed outward")).isEqualTo("pointed");
    }

    @Test
    void countStopsAtTheLimit() {
        Literals principles = Literals.substrings("互利共赢", "优势互补");

        assertThat(principles.count("优势互补、互利共赢、优势互补", 2)).isEqualTo(2);
        assertThat(principles.count("优势互补", 2)).isEqualTo(1);
        assertThat(principles.all("优势互补、互利共赢、优势互补")).hasSize(3);
    }

    @Test
    void isEntryComparesTheWholeText() {
        Literals attending = Literals.substrings("出席", "见证");

        assertThat(attending.isEntry("出席")).isTrue();
        assertThat(attending.isEntry("出席了")).isFalse();
        assertThat(attending.isEntry("")).isFalse();
    }

    @Test
    void anEmptyEntryIsRefused() {
        assertThatThrownBy(() -> Literals.words("said", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void findStartingFindsWhatFindFindsWhereAnEntryStarts() {
        Pattern titled = Pattern.compile("(?<!副)(?:校长|董事长)([\\p{IsHan}]{2,3}?)(?=[、，。]|$)");
        Literals titles = Literals.substrings("校长", "董事长");
        String text = "副校长王扬、董事长柯瑞文、校长张洪海";
        Matcher m = titled.matcher(text);

        List<String> found = new ArrayList<>();
        for (boolean more = titles.findStarting(m, text, 0); more; more = titles.findStarting(m, text, m.end())) {
            found.add(m.start() + ":" + m.group(1));
        }

        assertThat(found).isEqualTo(spans(titled, text).stream().map(s -> s.replaceFirst(":(校长|董事长)", ":"))
                .toList()).containsExactly("6:柯瑞文", "13:张洪海");
    }

    @Test
    void findStartingTriesThePatternWhereverAnOpenerStartsEvenInsideAWord() {
        Pattern heldIn = Pattern.compile("\\bheld in ([A-Z]\\w+)");
        Literals openers = Literals.substringsIgnoringCase(List.of("held"));
        String text = "The forum was ²held in Xiamen, not upheld in Fuzhou.";
        Matcher m = heldIn.matcher(text);

        List<String> found = new ArrayList<>();
        for (boolean more = openers.findStarting(m, text, 0); more; more = openers.findStarting(m, text, m.end())) {
            found.add(m.group(1));
        }

        assertThat(found).isEqualTo(List.of("Xiamen")).isEqualTo(spans(heldIn, text).stream()
                .map(span -> span.replaceFirst("^\\d+:held in ", "")).toList());
    }

    @Test
    void aWordNextToANumberSignIsNotAWholeWord() {
        Literals speech = Literals.words("said");

        assertThat(speech.foundIn("he said² that")).isFalse();
        assertThat(speech.foundIn("he said_ that")).isTrue();
    }

    /** The lists of a language, found as their regular expressions find them, in sentences of both languages. */
    @Test
    void findsWhatTheLexiconsRegularExpressionsFind() {
        List<String> texts = List.of(
                "The two universities signed a memorandum of understanding (MoU) on Monday, officials said.",
                "SIGNING CEREMONY: Tsinghua University and DUT inked a framework agreement at the forum; "
                        + "the co-signed MOU's terms were not disclosed.",
                "They have terminated the agreement, planned for 2024, and will sign a new contract next year.",
                "2021年12月15日，中国电信与上海人工智能实验室签署战略合作协议，双方将在发布会上举行签约仪式。",
                "雙方簽署合作備忘錄，出席簽約儀式的有董事長柯瑞文，並舉行揭牌儀式。");
        for (String language : List.of("en", "zh")) {
            for (String list : List.of("signing-verbs", "agreement-nouns", "negations", "headline-denials",
                    "further-signings", "ceremonies", "events", "principles")) {
                Lexicon lexicon = Lexicon.load(language + "/" + list + ".txt");
                boolean words = language.equals("en");
                Pattern pattern = words ? lexicon.wordPattern() : lexicon.substringPattern();
                Literals literals = lexicon.literals(words);
                for (String text : texts) {
                    assertThat(spans(literals, text)).as(language + "/" + list + " in " + text)
                            .isEqualTo(spans(pattern, text));
                }
            }
        }
    }

    private static List<String> spans(Literals literals, String text) {
        return literals.all(text).stream().map(m -> m.start() + ":" + m.in(text)).toList();
    }

    private static List<String> spans(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }
}
