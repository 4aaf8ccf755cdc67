package org.accord.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parts of a page that link to other articles: a list under a heading such as "Related news" or "相关新闻"
 * ({@code en/link-lists.txt}, {@code zh/link-lists.txt}), and the "上一条：… 下一条：…", "Previous: … Next: …" line.
 * Their lines are other articles' headlines ("Peking University signs MoU with Siemens AG"), whose signings the
 * article does not report. A list ends at the first line of prose after it.
 */
final class LinkLists {
    /** "上一条:我校两个项目被认定为… 下一条:…", "Previous: … Next: …": a line of links to the next and previous items. */
    private static final Pattern NEIGHBOURS = Pattern.compile("^(?:上一条|下一条|上一篇|下一篇|上一則|下一則|上一篇文章|"
            + "下一篇文章|(?i:previous|next|prev)(?:\\s+(?:article|post|story))?)\\s*[:：]");
    /** The heading's decoration: "Related news:", "相关新闻>>", "More News »". */
    private static final Pattern HEADING_DECORATION = Pattern.compile("[\\s:：>»›|]+$");
    /** The longest heading line: a longer line is no heading. */
    private static final int MAX_HEADING = 30;
    /** A headline in a list is no longer than this; a longer line is prose. */
    private static final int MAX_HEADLINE = 120;
    /** How a sentence of prose ends; a headline does not. */
    private static final Pattern PROSE_END = Pattern.compile("[.。!！?？;；]$");

    private final Set<String> headings = new HashSet<>();

    /** What every heading and line of neighbours holds, found in one pass: the pages without any are left as they are. */
    private final Literals cues;

    LinkLists() {
        List<String> words = new ArrayList<>(List.of("上一", "下一", "previous", "next", "prev"));
        for (String language : List.of("en", "zh")) {
            for (String heading : Lexicon.load(language + "/link-lists.txt").entries()) {
                headings.add(heading.toLowerCase(Locale.ROOT));
                words.add(heading);
            }
        }
        cues = Literals.substringsIgnoringCase(words);
    }

    /** The sentences that lie in a list of links, or on a line of links to the neighbouring items. */
    Set<Sentence> in(String text, List<Sentence> sentences) {
        if (!cues.foundIn(text)) {
            return Set.of(); // most pages have no list of links: spare them the walk through their lines
        }
        Set<Integer> linkLines = new HashSet<>();
        boolean inList = false;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, lineEnd).strip();
            if (isHeading(line)) {
                inList = true;
                linkLines.add(lineStart);
            } else if (!line.isEmpty()) {
                inList = inList && line.length() <= MAX_HEADLINE && !PROSE_END.matcher(line).find();
                if (inList || NEIGHBOURS.matcher(line).find()) {
                    linkLines.add(lineStart);
                }
            }
            lineStart = lineEnd + 1;
        }
        Set<Sentence> links = new HashSet<>();
        if (linkLines.isEmpty()) {
            return links;
        }
        for (Sentence sentence : sentences) {
            if (linkLines.contains(text.lastIndexOf('\n', sentence.start()) + 1)) {
                links.add(sentence);
            }
        }
        return links;
    }

    /** The text with these sentences written over in spaces: what the article itself says, at the same offsets. */
    static String blanked(String text, Set<Sentence> sentences) {
        char[] chars = text.toCharArray();
        for (Sentence sentence : sentences) {
            Arrays.fill(chars, sentence.start(), sentence.end(), ' ');
        }
        return new String(chars);
    }

    private boolean isHeading(String line) {
        return line.length() <= MAX_HEADING && headings.contains(
                HEADING_DECORATION.matcher(line).replaceFirst("").toLowerCase(Locale.ROOT));
    }
}
