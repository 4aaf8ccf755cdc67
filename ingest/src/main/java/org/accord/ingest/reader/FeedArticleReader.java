package org.accord.ingest.reader;

import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.accord.ingest.ArticleReader;
import org.accord.ingest.ArticleSink;
import org.accord.ingest.Format;
import org.accord.ingest.IngestException;
import org.accord.ingest.Input;
import org.jspecify.annotations.Nullable;

/**
 * Reads RSS 2.0, RSS 1.0 and Atom feeds, one article per {@code <item>} or {@code <entry>} (named {@code feed.xml#3}
 * for the third): the text from {@code content:encoded}, Atom {@code <content>}, {@code <description>} or
 * {@code <summary>}; the item's title, date ({@code pubDate}, {@code dc:date}, {@code published}, {@code updated}) and
 * link. The feed is parsed as a stream, with DTDs and external entities off: a feed that declares entities is refused,
 * so neither XXE nor entity expansion ("billion laughs") can happen.
 *
 * <p>Not called directly: {@link org.accord.ingest.Readers#standard()}, which {@link org.accord.ingest.Accord#reader()}
 * returns, finds it through {@code META-INF/services} and hands it every input whose root element is {@code <rss>},
 * {@code <feed>} or {@code <rdf:RDF>}, whatever its name.
 *
 * <pre>{@code
 * Format format = Accord.reader().read(Path.of("news.rss"), listener);   // each item to the listener
 * }</pre>
 */
public final class FeedArticleReader implements ArticleReader {
    private static final Set<String> ROOTS = Set.of("rss", "feed", "RDF");
    private static final Set<String> ITEMS = Set.of("item", "entry");
    private static final String[] TEXT_FIELDS = {"encoded", "content", "description", "summary"};
    private static final String[] DATE_FIELDS = {"pubDate", "date", "published", "updated", "issued"};
    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("\\A\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([\\w.:-]+)[\"']");
    private static final Set<String> CHINESE_GB = Set.of("gb2312", "gbk", "gb18030", "x-gbk", "euc-cn");
    private static final XMLInputFactory XML = secureFactory();

    @Override
    public Format format() {
        return Format.FEED;
    }

    @Override
    public void read(Input input, ArticleSink sink) throws IngestException {
        XMLStreamReader xml = null;
        try {
            xml = open(input);
            readRoot(input, xml);
            readItems(input, xml, sink);
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
            throw new IngestException(input.source(), "malformed XML" + where + " (" + firstLine(e.getMessage())
                    + "); items after it are not read", e);
        } finally {
            close(xml);
        }
    }

    private static XMLInputFactory secureFactory() {
        // The JDK's own StAX parser, whatever else is on the class path, told never to read a DTD or an entity.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** Chinese feeds often declare gb2312 and use GBK characters: GB18030 reads both, the declared name does not. */
    private static XMLStreamReader open(Input input) throws XMLStreamException {
        Matcher declared = DECLARED_ENCODING.matcher(new String(input.head(), StandardCharsets.ISO_8859_1));
        if (declared.lookingAt() && CHINESE_GB.contains(declared.group(1).toLowerCase(Locale.ROOT))) {
            return XML.createXMLStreamReader(new InputStreamReader(input.stream(), Charset.forName("GB18030")));
        }
        return XML.createXMLStreamReader(input.stream());
    }

    private static void readRoot(Input input, XMLStreamReader xml) throws XMLStreamException, IngestException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD && xml.getText().contains("<!ENTITY")) {
                throw new IngestException(input.source(), "refused: the feed declares entities in a DOCTYPE; DTDs "
                        + "and entities are disabled, so that no external file is read (XXE) and no entity is "
                        + "expanded (billion laughs)");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!ROOTS.contains(xml.getLocalName())) {
                    throw new IngestException(input.source(), "not an RSS or Atom feed: the root element is <"
                            + xml.getLocalName() + ">");
                }
                return;
            }
        }
        throw new IngestException(input.source(), "not an RSS or Atom feed: there is no root element");
    }

    private static void readItems(Input input, XMLStreamReader xml, ArticleSink sink) throws XMLStreamException {
        int items = 0;
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && ITEMS.contains(xml.getLocalName())) {
                String source = input.source() + "#" + ++items;
                if (items > input.limits().maxEntries()) {
                    sink.failed(source, "more than " + input.limits().maxEntries() + " items; this one and the "
                            + "rest are not read");
                    return;
                }
                item(source, fields(xml), sink);
            }
        }
    }

    private static void item(String source, Map<String, String> fields, ArticleSink sink) {
        String text = first(fields, TEXT_FIELDS);
        if (text == null) {
            sink.failed(source, "the item has no text (no content:encoded, content, description or summary)");
            return;
        }
        try {
            sink.article(ArticleRecords.article(source, fields.get("title"), text, first(fields, DATE_FIELDS),
                    fields.get("link")));
        } catch (IngestException e) {
            sink.failed(e.source(), e.reason());
        }
    }

    /** The item's child elements by local name (the first of each), until the item ends. */
    private static Map<String, String> fields(XMLStreamReader xml) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            String href = name.equals("link") ? atomLink(xml) : null;
            String text = content(xml);
            String value = href != null ? href : text;
            if (!value.isBlank()) {
                fields.putIfAbsent(name, value);
            }
        }
        return fields;
    }

    /** An Atom link's address, when it points to the article itself. */
    private static @Nullable String atomLink(XMLStreamReader xml) {
        String href = xml.getAttributeValue(null, "href");
        String rel = xml.getAttributeValue(null, "rel");
        return href != null && (rel == null || rel.equals("alternate")) ? href : null;
    }

    /**
     * The content of the current element up to its end: its text, or, for Atom's {@code type="xhtml"}, its child
     * elements rebuilt as HTML tags (without attributes, so nothing of the markup but its structure is kept).
     */
    private static String content(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        boolean markup = false;
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                markup = true;
                out.append('<').append(xml.getLocalName()).append('>');
            } else if (event == XMLStreamConstants.END_ELEMENT && --depth > 0) {
                out.append("</").append(xml.getLocalName()).append('>');
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                out.append(markup ? escape(xml.getText()) : xml.getText());
            }
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }

    private static @Nullable String first(Map<String, String> fields, String... names) {
        for (String name : names) {
            String value = fields.get(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "no detail";
        }
        String[] lines = message.strip().split("\\R");
        return lines[lines.length - 1].replaceFirst("^Message:\\s*", "");
    }

    private static void close(@Nullable XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // Closing frees the parser only; the stream belongs to the caller and the items are already read.
            }
        }
    }
}
