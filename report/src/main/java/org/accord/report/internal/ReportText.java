package org.accord.report.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.accord.core.model.Attendee;
import org.accord.core.model.Disagreement;
import org.accord.core.model.Person;
import org.accord.core.model.Source;
import org.accord.core.model.StatedValue;
import org.jspecify.annotations.Nullable;

/**
 * How both reports put values into words: attendees, sources, and which addresses may become links.
 *
 * <p>Internal to the report module and not part of its API: public only because the workbook and the briefings, in
 * other packages, share it. Callers use {@link org.accord.report.Reports} or {@link org.accord.report.Briefing}.
 * The writers use it so:
 *
 * <pre>{@code
 * String attendee = ReportText.attendee(agreement.attendees().get(0), labels);  // "邵广禄 (党组副书记, 中国电信) [签约]"
 * String url = agreement.sources().get(0).url();
 * boolean linked = ReportText.isWebUrl(url);  // false for javascript:, file: or a bare path
 * }</pre>
 */
public final class ReportText {
    /** Marks an attendee the article says signed the agreement, in English. */
    static final String SIGNED_MARK = " [signed]";

    private ReportText() {
    }

    /**
     * An attendee as {@code Name (Title, Organisation)}, leaving out what is not stated, followed by
     * {@value #SIGNED_MARK} for a signatory:
     * {@code "Guo Dongming (Principal, Dalian University of Technology) [signed]"}.
     */
    static String attendee(Attendee attendee) {
        return attendee(attendee, Labels.ENGLISH);
    }

    /**
     * An attendee as {@code Name (Title, Organisation)}, leaving out what is not stated, marked as a signatory in the
     * report's language: {@code "邵广禄 (党组副书记, 中国电信) [签约]"}.
     */
    public static String attendee(Attendee attendee, Labels labels) {
        Person person = attendee.person();
        List<String> details = new ArrayList<>(2);
        addIfStated(details, person.title());
        addIfStated(details, person.organisation());
        String text = details.isEmpty() ? person.name() : person.name() + " (" + String.join(", ", details) + ")";
        return attendee.signatory() ? text + labels.sheets().signedMark() : text;
    }

    /**
     * A disagreement in one line: the field, the value kept and why, then each value the articles state with where
     * they were read from: {@code Location: Jinan, stated by most articles (b.txt, c.txt); Shanghai (a.txt)}.
     */
    public static String disagreement(Disagreement disagreement, Labels labels) {
        boolean zh = labels.language() == org.accord.report.ReportLanguage.ZH;
        StringBuilder text = new StringBuilder(labels.field(disagreement.field())).append(zh ? "：" : ": ")
                .append(disagreement.chosen()).append(zh ? "，" : ", ").append(labels.rule(disagreement.rule()));
        for (StatedValue value : disagreement.values()) {
            boolean chosen = value == disagreement.values().get(0);
            if (!chosen) {
                text.append(zh ? "；" : "; ").append(value.value());
            }
            text.append(zh ? "（" : " (")
                    .append(value.sources().stream().map(Source::source).collect(java.util.stream.Collectors.joining(
                            zh ? "、" : ", ")))
                    .append(zh ? "）" : ")");
        }
        return text.toString();
    }

    /** A source as its headline followed by where it was read from, or just the latter when there is no headline. */
    public static String source(Source source) {
        return source.title().isBlank() ? source.source() : source.title() + " (" + source.source() + ")";
    }

    /**
     * Whether an address may be made a clickable link: only {@code http} and {@code https} addresses that parse as
     * URIs with an authority. Anything else ({@code javascript:}, {@code file:}, {@code data:}, a bare path) would
     * let an article choose what a click on the report does.
     */
    public static boolean isWebUrl(@Nullable String url) {
        if (url == null) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return false;
        }
        try {
            return new URI(url).getRawAuthority() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void addIfStated(List<String> details, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            details.add(value);
        }
    }
}
