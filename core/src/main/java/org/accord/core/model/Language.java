package org.accord.core.model;

import java.util.Locale;

/**
 * The main language of an article.
 *
 * <pre>{@code
 * Language language = Language.fromCode("zh-Hant");   // CHINESE
 * String code = article.language().code();            // "en", "zh" or "und"
 * }</pre>
 */
public enum Language {
    /** English. */
    ENGLISH("en"),
    /** Chinese, simplified or traditional. */
    CHINESE("zh"),
    /** Anything else, or too little text to tell. */
    OTHER("und");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The BCP 47 code: {@code en}, {@code zh} or {@code und}. */
    public String code() {
        return code;
    }

    /**
     * The language with the given BCP 47 code, {@link #OTHER} when it is none of ours.
     *
     * @param code a code such as {@code "en"}, {@code "zh-Hant"} or {@code "ZH"}
     */
    public static Language fromCode(String code) {
        String primary = code.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Language language : values()) {
            if (language.code.equals(primary)) {
                return language;
            }
        }
        return OTHER;
    }
}
