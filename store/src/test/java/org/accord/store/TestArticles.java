package org.accord.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.accord.core.model.Article;
import org.accord.core.model.Attendee;
import org.accord.core.model.Evidence;
import org.accord.core.model.Fact;
import org.accord.core.model.Language;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.core.model.Person;
import org.accord.core.model.SigningDate;
import org.jspecify.annotations.Nullable;

/** Articles, each with one mention, built by hand so store tests need no extractor. */
final class TestArticles {
    /** Peng Cheng Laboratory and Dalian University of Technology, 2019-03-22, in English. */
    static final ArticleMentions PCL_ENGLISH = signing("news/pcl-dut.txt", LocalDate.of(2019, 4, 2),
            LocalDate.of(2019, 3, 22), "Peng Cheng Laboratory", "Dalian University of Technology");
    /** The same signing, reported by the partner a day later, without a date of its own. */
    static final ArticleMentions PCL_PARTNER = signing("news/dut-news.txt", LocalDate.of(2019, 3, 23), null,
            "Dalian University of Technology", "Peng Cheng Laboratory");
    /** 中国电信 and 上海人工智能实验室, 2021-12-15, in Chinese. */
    static final ArticleMentions TELECOM = signing("news/telecom.txt", LocalDate.of(2021, 12, 17),
            LocalDate.of(2021, 12, 15), "中国电信", "上海人工智能实验室");
    /** An article that reports no signing. */
    static final ArticleMentions NOTHING = new ArticleMentions(new Article("news/weather.txt", null, "Rain",
            Language.ENGLISH, LocalDate.of(2021, 12, 1), "It rained."), List.of());

    private TestArticles() {
    }

    /**
     * An article of one sentence naming the parties, with one mention of every kind of value: kind, parties (the
     * second with an alias), date, place, an attendee, a field, a principle and a commitment.
     */
    static ArticleMentions signing(String source, LocalDate published, @Nullable LocalDate signed, String first,
            String second) {
        String sentence = first + " and " + second + " signed a strategic cooperation agreement"
                + (signed == null ? "" : " on " + signed) + " in Shenzhen, to train talent in artificial intelligence.";
        Article article = new Article(source, "https://example.org/" + source, "Signing: " + first, Language.ENGLISH,
                published, "Headline\n\n" + sentence);
        Evidence evidence = new Evidence(sentence, 10, 10 + sentence.length());
        List<Fact<Organisation>> parties = new ArrayList<>();
        parties.add(new Fact<>(Organisation.named(first), evidence));
        parties.add(new Fact<>(new Organisation(second, List.of(initials(second))), evidence));
        Mention mention = new Mention(article.toSource(),
                new Fact<>("strategic cooperation agreement", evidence),
                parties,
                signed == null ? null : new Fact<>(SigningDate.ofDay(signed), evidence),
                new Fact<>("Shenzhen", evidence),
                List.of(new Fact<>(new Attendee(new Person("Gao Wen", "Director", first), true), evidence)),
                List.of(new Fact<>("artificial intelligence", evidence)),
                List.of(new Fact<>("mutual benefit", evidence)),
                List.of(new Fact<>("train talent", evidence)));
        return new ArticleMentions(article, List.of(mention));
    }

    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split(" ")) {
            initials.appendCodePoint(word.codePointAt(0));
        }
        return initials.toString();
    }

    /** The mentions of the articles, in order. */
    static List<Mention> mentions(ArticleMentions... articles) {
        return java.util.Arrays.stream(articles).flatMap(a -> a.mentions().stream()).toList();
    }
}
