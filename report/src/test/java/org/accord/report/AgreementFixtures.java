package org.accord.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.accord.core.model.Agreement;
import org.accord.core.model.Attendee;
import org.accord.core.model.Evidence;
import org.accord.core.model.Fact;
import org.accord.core.model.Language;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.core.model.Person;
import org.accord.core.model.SigningDate;
import org.accord.core.model.Source;
import org.jspecify.annotations.Nullable;

/** Realistic agreements as the extraction would produce them, each value with its evidence sentence. */
public final class AgreementFixtures {
    public static final String EN_SIGNING = "On March 22, 2019, Peng Cheng Laboratory and Dalian University of "
            + "Technology signed a strategic cooperation agreement at the International Conference Center.";
    public static final String EN_SIGNATORIES = "Guo Dongming, Principal of Dalian University of Technology, and "
            + "Gao Wen, Director of Peng Cheng Laboratory, signed the agreement on behalf of the two parties.";
    public static final String EN_FIELDS = "The two sides will give full play to their strengths in the fields of "
            + "information and artificial intelligence.";
    public static final String EN_COMMITMENTS = "They will cooperate in personnel training, scientific research and "
            + "community service.";

    public static final String ZH_SIGNING = "12月15日，中国电信与上海人工智能实验室以视频会议方式签署战略合作协议。";
    public static final String ZH_GUESTS = "中国电信董事长柯瑞文、上海人工智能实验室主任汤晓鸥出席签约仪式。";
    public static final String ZH_SIGNATORY = "中国电信党组副书记邵广禄代表中国电信签约。";
    public static final String ZH_PRINCIPLES = "双方将本着“资源共享、优势互补、战略协同、共赢发展”的原则，"
            + "联合开展全方位科技创新合作，联合推进科研成果共享，联合培养高水平创新人才。";

    public static final String EN_URL = "https://news.dlut.edu.cn/info/1003/57324.htm";
    public static final String ZH_URL = "http://www.chinatelecom.com.cn/news/02/202112/t20211215_64529.html";

    private AgreementFixtures() {
    }

    /** Peng Cheng Laboratory and Dalian University of Technology, 2019-03-22. */
    public static Agreement english() {
        Text text = Text.of(EN_SIGNING, EN_SIGNATORIES, EN_FIELDS, EN_COMMITMENTS);
        Source source = new Source("corpus/en/dlut-pcl-2019-03-22.html", EN_URL,
                "Dalian University of Technology and Peng Cheng Laboratory sign strategic cooperation agreement",
                Language.ENGLISH, LocalDate.of(2019, 3, 25));
        Mention mention = new Mention(source,
                text.fact("strategic cooperation agreement", EN_SIGNING),
                List.of(text.fact(Organisation.named("Peng Cheng Laboratory"), EN_SIGNING),
                        text.fact(Organisation.named("Dalian University of Technology"), EN_SIGNING)),
                text.fact(SigningDate.ofDay(LocalDate.of(2019, 3, 22)), EN_SIGNING),
                text.fact("International Conference Center", EN_SIGNING),
                List.of(text.fact(attendee("Guo Dongming", "Principal", "Dalian University of Technology", true),
                                EN_SIGNATORIES),
                        text.fact(attendee("Gao Wen", "Director", "Peng Cheng Laboratory", true), EN_SIGNATORIES)),
                text.facts(EN_FIELDS, "information", "artificial intelligence"),
                List.of(),
                text.facts(EN_COMMITMENTS, "personnel training", "scientific research", "community service"));
        return agreementOf("2019-03-22-peng-cheng-laboratory-dalian-university-of-technology", mention);
    }

    /** 中国电信 and 上海人工智能实验室, 2021-12-15, by video conference. */
    public static Agreement chinese() {
        Text text = Text.of(ZH_SIGNING, ZH_GUESTS, ZH_SIGNATORY, ZH_PRINCIPLES);
        Source source = new Source("corpus/zh/chinatelecom-2021-12-15.html", ZH_URL,
                "中国电信与上海人工智能实验室签署战略合作协议", Language.CHINESE, LocalDate.of(2021, 12, 16));
        Mention mention = new Mention(source,
                text.fact("战略合作协议", ZH_SIGNING),
                List.of(text.fact(Organisation.named("中国电信"), ZH_SIGNING),
                        text.fact(Organisation.named("上海人工智能实验室"), ZH_SIGNING)),
                text.fact(SigningDate.ofDay(LocalDate.of(2021, 12, 15)), ZH_SIGNING),
                text.fact("视频会议", ZH_SIGNING),
                List.of(text.fact(attendee("柯瑞文", "董事长", "中国电信", false), ZH_GUESTS),
                        text.fact(attendee("邵广禄", "党组副书记", "中国电信", true), ZH_SIGNATORY),
                        text.fact(attendee("汤晓鸥", "主任", "上海人工智能实验室", false), ZH_GUESTS)),
                List.of(),
                text.facts(ZH_PRINCIPLES, "资源共享", "优势互补", "战略协同", "共赢发展"),
                text.facts(ZH_PRINCIPLES, "联合开展全方位科技创新合作", "联合推进科研成果共享", "联合培养高水平创新人才"));
        return agreementOf("2021-12-15-中国电信-上海人工智能实验室", mention);
    }

    /**
     * {@link #english()} merged with a report published earlier that places the signing in Shenzhen: the articles
     * disagree on the place, and the merge keeps the earlier article's.
     */
    public static Agreement disputed() {
        Mention first = english().mentions().get(0);
        Source earlier = new Source("corpus/en/pcl-news-2019-03-23.html", "https://www.pcl.ac.cn/news/1",
                "Peng Cheng Laboratory signs with DUT", Language.ENGLISH, LocalDate.of(2019, 3, 23));
        Mention report = new Mention(earlier, first.kind(), first.parties(), first.signedOn(),
                new Fact<>("Shenzhen", first.location().evidence()), List.of(), List.of(), List.of(), List.of());
        return new org.accord.core.merge.AgreementMerger().merge(List.of(first, report)).get(0);
    }

    /** The agreement with one more party, named first. */
    public static Agreement withFirstParty(Agreement agreement, String name) {
        List<Organisation> parties = new ArrayList<>();
        parties.add(Organisation.named(name));
        parties.addAll(agreement.parties());
        return new Agreement(agreement.id(), agreement.kind(), parties, agreement.signedOn(), agreement.location(),
                agreement.attendees(), agreement.fields(), agreement.principles(), agreement.commitments(),
                agreement.mentions());
    }

    /** The agreement with another date. */
    public static Agreement withSignedOn(Agreement agreement, @Nullable SigningDate signedOn) {
        return new Agreement(agreement.id(), agreement.kind(), agreement.parties(), signedOn, agreement.location(),
                agreement.attendees(), agreement.fields(), agreement.principles(), agreement.commitments(),
                agreement.mentions());
    }

    /** The agreement with another location. */
    public static Agreement withLocation(Agreement agreement, @Nullable String location) {
        return new Agreement(agreement.id(), agreement.kind(), agreement.parties(), agreement.signedOn(), location,
                agreement.attendees(), agreement.fields(), agreement.principles(), agreement.commitments(),
                agreement.mentions());
    }

    /** The agreement with one more commitment, last. */
    public static Agreement withCommitment(Agreement agreement, String commitment) {
        List<String> commitments = new ArrayList<>(agreement.commitments());
        commitments.add(commitment);
        return new Agreement(agreement.id(), agreement.kind(), agreement.parties(), agreement.signedOn(),
                agreement.location(), agreement.attendees(), agreement.fields(), agreement.principles(), commitments,
                agreement.mentions());
    }

    /** The agreement with every source's address replaced. */
    public static Agreement withUrl(Agreement agreement, @Nullable String url) {
        List<Mention> mentions = agreement.mentions().stream().map(m -> {
            Source s = m.source();
            Source source = new Source(s.source(), url, s.title(), s.language(), s.published());
            return new Mention(source, m.kind(), m.parties(), m.signedOn(), m.location(), m.attendees(), m.fields(),
                    m.principles(), m.commitments());
        }).toList();
        return new Agreement(agreement.id(), agreement.kind(), agreement.parties(), agreement.signedOn(),
                agreement.location(), agreement.attendees(), agreement.fields(), agreement.principles(),
                agreement.commitments(), mentions);
    }

    private static Agreement agreementOf(String id, Mention mention) {
        return new Agreement(id,
                mention.kind() == null ? null : mention.kind().value(),
                mention.partyValues(),
                mention.signedOn() == null ? null : mention.signedOn().value(),
                mention.location() == null ? null : mention.location().value(),
                mention.attendees().stream().map(Fact::value).toList(),
                mention.fields().stream().map(Fact::value).toList(),
                mention.principles().stream().map(Fact::value).toList(),
                mention.commitments().stream().map(Fact::value).toList(),
                List.of(mention));
    }

    private static Attendee attendee(String name, String title, String organisation, boolean signatory) {
        return new Attendee(new Person(name, title, organisation), signatory);
    }

    /** An article's text made of sentences, which gives each evidence sentence its true offsets. */
    private record Text(String body) {
        static Text of(String... sentences) {
            return new Text(String.join(" ", sentences));
        }

        <T> Fact<T> fact(T value, String sentence) {
            int start = body.indexOf(sentence);
            checkArgument(start >= 0, "not in the text: %s", sentence);
            return new Fact<>(value, new Evidence(sentence, start, start + sentence.length()));
        }

        List<Fact<String>> facts(String sentence, String... values) {
            return Arrays.stream(values).map(v -> fact(v, sentence)).toList();
        }
    }
}
