package org.accord.ingest.reader;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an HTML body as paragraphs: block elements become paragraph breaks, {@code <br>} a line
 * break, and elements a reader cannot see (scripts, styles, {@code display:none}, {@code hidden}) are dropped.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "blockquote", "pre", "dd", "dt",
            "figure", "figcaption", "address", "center", "td", "th");
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "svg", "canvas", "button", "select", "option", "input", "textarea", "head");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

    private HtmlText() {
    }

    /** Removes what a reader cannot see from the element, in place. */
    static void removeInvisible(Element root) {
        root.select(String.join(",", INVISIBLE)).remove();
        root.select("[hidden], [aria-hidden=true]").remove();
        root.select("[style]").stream().filter(e -> HIDDEN_STYLE.matcher(e.attr("style")).find())
                .forEach(Element::remove);
    }

    /** The element's visible text, paragraphs separated by blank lines. */
    static String text(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(WHITESPACE_RUN.matcher(text.getWholeText()).replaceAll(" "));
                } else if (node instanceof Element element && element.normalName().equals("br")) {
                    out.append('\n');
                } else if (isBlock(node)) {
                    out.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (isBlock(node)) {
                    out.append("\n\n");
                }
            }
        }, root);
        return Paragraphs.normalise(out.toString());
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && BLOCKS.contains(element.normalName());
    }
}
