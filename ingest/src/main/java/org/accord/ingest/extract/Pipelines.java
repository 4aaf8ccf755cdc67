package org.accord.ingest.extract;

/**
 * The one extractor per language, built on first use: dictionaries are loaded once per class loader (once per
 * executor in a distributed engine), never per article.
 */
final class Pipelines {
    private Pipelines() {
    }

    static Extractor english() {
        return EnglishHolder.INSTANCE;
    }

    static Extractor chinese() {
        return ChineseHolder.INSTANCE;
    }

    private static final class EnglishHolder {
        private static final SigningCues CUES = SigningCues.words("en");
        static final Extractor INSTANCE =
                new SigningPipeline(SentenceSplitter.english(), CUES, new EnglishRules(CUES));
    }

    private static final class ChineseHolder {
        private static final SigningCues CUES = SigningCues.substrings("zh");
        static final Extractor INSTANCE =
                new SigningPipeline(SentenceSplitter.chinese(), CUES, new ChineseRules(CUES));
    }
}
