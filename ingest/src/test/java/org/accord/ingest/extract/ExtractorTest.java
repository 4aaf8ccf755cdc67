package org.accord.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.atIndex;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import com.hankcs.hanlp.HanLP;
import org.accord.core.model.Article;
import org.accord.core.model.Attendee;
import org.accord.core.model.Fact;
import org.accord.core.model.Language;
import org.accord.core.model.Mention;
import org.accord.ingest.RawDocument;
import org.accord.ingest.Readers;
import org.accord.ingest.Fixtures;
import org.junit.jupiter.api.Test;

class ExtractorTest {
    private final Extractor extractor = Extractor.standard();

    private Mention onlyMention(String fixture) throws Exception {
        Article article = Readers.standard().read(Fixtures.article(fixture)).get(0);
        List<Mention> mentions = extractor.extract(article);
        assertThat(mentions).hasSize(1);
        Mention mention = mentions.get(0);
        assertEvidenceIsInText(mention, article.text());
        return mention;
    }

    @Test
    void extract_englishNewsPage_readsEveryField() throws Exception {
        Mention m = onlyMention("plain-text/news-page-with-date-line.txt");

        assertThat(names(m)).containsExactly("Peng Cheng Laboratory", "Dalian University of Technology");
        assertThat(m.signedOn().value().iso()).isEqualTo("2019-03-22");
        assertThat(m.location().value()).isEqualTo("International Conference Center");
        assertThat(m.kind().value()).isEqualToIgnoringCase("strategic cooperation agreement");
        assertThat(m.attendees()).extracting(a -> a.value().person().name() + "/" + a.value().person().title())
                .contains("Guo Dongming/Principal", "Gao Wen/Director");
        assertThat(values(m.fields())).contains("artificial intelligence").anyMatch(f -> f.contains("information"));
        assertThat(values(m.commitments())).contains("personnel training", "scientific research",
                "community service");
    }

    @Test
    void extract_newsPageWrappedAt72Columns_readsWhatTheUnwrappedPageSays() throws Exception {
        Mention page = onlyMention("plain-text/news-page-with-date-line.txt");
        Mention wrapped = onlyMention("plain-text/news-page-wrapped-at-72-columns.txt");

        assertThat(names(wrapped)).isEqualTo(names(page));
        assertThat(wrapped.signedOn().value()).isEqualTo(page.signedOn().value());
        assertThat(wrapped.location().value()).isEqualTo(page.location().value());
        assertThat(wrapped.attendees()).extracting(a -> a.value().person())
                .isEqualTo(page.attendees().stream().map(a -> a.value().person()).toList());
        assertThat(values(wrapped.fields())).isEqualTo(values(page.fields()));
        assertThat(values(wrapped.commitments())).isEqualTo(values(page.commitments()));
    }

    @Test
    void extract_chineseJekyllPost_readsEveryField() throws Exception {
        Mention m = onlyMention("markdown/jekyll-post-with-html-body.txt");

        assertThat(names(m)).containsExactly("中国电信", "上海人工智能实验室");
        assertThat(m.signedOn().value().iso()).isEqualTo("2021-12-15");
        assertThat(m.location().value()).isEqualTo("视频会议");
        assertThat(m.attendees()).extracting(Fact::value).extracting(Attendee::person)
                .extracting(p -> p.name() + "/" + p.title() + "/" + p.organisation())
                .containsExactly("柯瑞文/董事长/中国电信", "邵广禄/党组副书记/中国电信", "汤晓鸥/主任/上海人工智能实验室");
        assertThat(values(m.fields())).contains("人工智能科技创新");
        assertThat(values(m.principles())).containsExactly("资源共享", "优势互补", "战略协同", "共赢发展");
        assertThat(values(m.commitments())).containsSubsequence("联合开展全方位科技创新合作", "联合推进科研成果共享",
                "联合培养高水平创新人才").contains("共同推动人工智能产业发展");
    }

    @Test
    void extract_chineseArticleInTraditionalScript_findsWhatTheSimplifiedOneSays() throws Exception {
        Article simplified = Readers.standard().read(Fixtures.article("markdown/jekyll-post-with-html-body.txt"))
                .get(0);
        Article traditional = new Article(simplified.source(), simplified.url(),
                HanLP.convertToTraditionalChinese(simplified.title()), simplified.language(), simplified.published(),
                HanLP.convertToTraditionalChinese(simplified.text()));

        assertThat(inSimplifiedScript(extractor.extract(traditional)))
                .isEqualTo(inSimplifiedScript(extractor.extract(simplified)));
    }

    @Test
    void extract_signingsInAListOfRelatedNews_areNotThisArticles() {
        Article page = new Article("page.txt", null, "Alpha University and Beta Group sign MoU", Language.ENGLISH,
                LocalDate.of(2024, 5, 21), "Alpha University and Beta Group signed an MoU on May 20, 2024.\n\n"
                        + "Related news\n\nPeking University signs MoU with Siemens AG\n\n"
                        + "Rwanda and Qatar sign agreement on aviation cooperation");

        assertThat(extractor.extract(page)).extracting(ExtractorTest::names)
                .containsExactly(List.of("Alpha University", "Beta Group"));
    }

    @Test
    void extract_storyPrintedTwice_reportsEachSigningOnce() {
        String story = "Shandong Normal University and the People's Government of Yanggu County signed a comprehensive "
                + "strategic cooperation agreement and an agreement on cooperation in running schools.";
        Article page = new Article("twice.txt", null, "SDNU signs with Yanggu County", Language.ENGLISH,
                LocalDate.of(2020, 9, 17), story + "\n\n" + story);

        assertThat(extractor.extract(page)).hasSize(2);
    }

    @Test
    void extract_visitWithoutSigning_findsNothing() {
        Article visit = new Article("visit.txt", null, "Delegation visits Alpha University", Language.ENGLISH, null,
                "A delegation from Beta Group visited Alpha University on May 3. The two sides discussed future "
                        + "cooperation in robotics and plan to sign an agreement next year.");

        assertThat(extractor.extract(visit)).isEmpty();
    }

    @Test
    void extract_terminationNotice_findsNothing() {
        Article notice = new Article("notice.txt", null, "关于终止战略合作框架协议的公告", Language.CHINESE, null,
                "公司与某某集团有限公司于2017年签署战略合作框架协议。经双方协商，决定终止该协议。");

        assertThat(extractor.extract(notice)).isEmpty();
    }

    @Test
    void extract_signingOnlyPlannedAndSupposed_findsNothing() {
        Article plan = new Article("plan.txt", null, "宏达电与亚太移动联盟签订采购计划", Language.CHINESE,
                LocalDate.of(2011, 5, 5), "5月5日消息,亚太移动联盟明(6)日将与宏达电签订合作备忘录。"
                        + "亚太移动联盟与宏达电签署全面区域性合作协定后,双方除合作联合采购外,未来将进一步发展定制化手机。");

        assertThat(extractor.extract(plan)).isEmpty();
    }

    @Test
    void extract_signingReportedThenWhatFollowsIt_isASigning() {
        Article report = new Article("report.txt", null, "两家企业签署合作协议", Language.CHINESE,
                LocalDate.of(2011, 5, 6), "5月6日,亚太移动联盟与宏达电签署合作备忘录。签约后,双方将开展联合采购。");

        assertThat(extractor.extract(report)).hasSize(1);
    }

    @Test
    void extract_signingReportedDoneThenWhatFollowsIt_isASigning() {
        Article report = new Article("done.txt", null, "甲乙两家单位深化合作", Language.CHINESE, LocalDate.of(2024, 5, 21),
                "2024年5月20日,甲科技股份有限公司与乙大学在北京签署了战略合作协议,签约后,双方将在人才培养等领域开展合作。");

        assertThat(extractor.extract(report)).hasSize(1);
    }

    @Test
    void extract_laterDateInTheParagraph_isNoOtherOccasion() {
        Article article = new Article("deadline.txt", null, "甲公司与乙大学签署战略合作协议", Language.CHINESE,
                LocalDate.of(2024, 5, 21), "2024年5月20日,甲科技股份有限公司与乙大学在北京签署战略合作协议。根据协议,"
                        + "双方共建的联合实验室将于2025年6月30日前建成。甲科技股份有限公司董事长张伟、乙大学校长李明出席签约仪式。");

        assertThat(extractor.extract(article).get(0).attendees()).extracting(a -> a.value().person().name())
                .contains("张伟", "李明");
    }

    @Test
    void extract_onePartySigningWithTwoOthers_givesTwoBilateralSignings() {
        Article article = new Article("hub.txt", null, "省政府与两家央企签署协议", Language.CHINESE,
                LocalDate.of(2016, 12, 2), "12月1日,湖北省政府与中国电子信息产业集团有限公司、中粮集团有限公司签署战略合作框架协议。");

        List<Mention> mentions = extractor.extract(article);

        assertThat(mentions).extracting(ExtractorTest::names).containsExactly(
                List.of("湖北省政府", "中国电子信息产业集团有限公司"), List.of("湖北省政府", "中粮集团有限公司"));
        assertThat(mentions).allSatisfy(m -> assertThat(m.signedOn().value().iso()).isEqualTo("2016-12-01"));
    }

    @Test
    void extract_agreementSaidToBindThreeParties_staysOneSigning() {
        Article article = new Article("three.txt", null, "三方签约", Language.CHINESE, LocalDate.of(2024, 1, 12),
                "1月10日,石家庄铁道大学与中交远洲交通科技集团有限公司、石家庄学院签署三方战略合作协议。");

        assertThat(extractor.extract(article)).extracting(ExtractorTest::names).containsExactly(
                List.of("石家庄铁道大学", "中交远洲交通科技集团有限公司", "石家庄学院"));
    }

    @Test
    void extract_restatementNamingTheGovernmentShortly_givesItsDate() {
        Article article = new Article("restated.txt", null, "湖北省政府与中粮集团签署协议", Language.CHINESE,
                LocalDate.of(2016, 12, 2), "湖北省政府与中粮集团签署战略合作框架协议\n\n"
                        + "12月1日,省政府与中粮集团有限公司签署战略合作框架协议。");

        List<Mention> mentions = extractor.extract(article);

        assertThat(mentions).hasSize(1);
        assertThat(mentions.get(0).signedOn().value().iso()).isEqualTo("2016-12-01");
    }

    @Test
    void extract_signingLongBeforePublication_isBackground() {
        Article article = new Article("visit.txt", null, "Delegation visits", Language.ENGLISH,
                LocalDate.of(2024, 5, 24), "Alpha University and Beta Hospital signed a letter of intent on April 2, "
                        + "2023. A delegation from Beta Hospital visited Alpha University on May 14.");

        assertThat(extractor.extract(article)).isEmpty();
    }

    @Test
    void extract_signingWeeksBeforeTheEventOfTheFirstSentence_isBackground() {
        Article article = new Article("visit.txt", null, "Delegation visits", Language.ENGLISH, null,
                "A delegation from Beta Hospital visited Alpha University on May 14, 2024. Alpha University and Beta "
                        + "Hospital signed a letter of intent on April 2, 2024, and the visit prepared its projects.");

        assertThat(extractor.extract(article)).isEmpty();
    }

    @Test
    void extract_signingWeeksBeforeTheEventOfTheFirstSentenceUnderASiteMenu_isBackground() throws Exception {
        String page = "Home | News | About us\nSearch\n\nA delegation from the Taipei Veterans General Hospital visited "
                + "TNUA on May 14.\n\nTNUA and the Taipei Veterans General Hospital signed a letter of intent for "
                + "cooperation on April 2.\n\n2024-05-24 09:06:43\n\nCopyright © 2024 TNUA. All rights reserved.";
        Article visit = Readers.standard().read(new RawDocument("visit.txt", page.getBytes(StandardCharsets.UTF_8)))
                .get(0);

        assertThat(extractor.extract(visit)).isEmpty();
    }

    @Test
    void extract_signingDaysBeforeTheDateOfTheFirstSentence_isTheNews() {
        Article article = new Article("memo.txt", null, "Memorandum signed", Language.ENGLISH, null,
                "Baku, April 18, 2025. Ukraine and the United States signed a memorandum of intent on April 17, 2025, "
                        + "the Ukrainian Ministry of Economy said.");

        assertThat(extractor.extract(article)).hasSize(1);
    }

    @Test
    void extract_signingWeeksBeforeADatelineOnThePublicationDay_isTheNews() {
        Article article = new Article("release.txt", null, "Partnership", Language.ENGLISH, LocalDate.of(2024, 5, 20),
                "Boston, May 20, 2024. Alpha Robotics Inc. announced a partnership with Beta University. Alpha Robotics "
                        + "Inc. and Beta University signed a cooperation agreement on April 30, 2024.");

        assertThat(extractor.extract(article)).hasSize(1);
    }

    @Test
    void extract_agreementsListedAfterTheSigning_areOneSigningEach() {
        Article article = new Article("memoranda.txt", null, "Seven memoranda signed", Language.ENGLISH,
                LocalDate.of(2022, 5, 31), "State House, Nairobi, Kenya, Monday 30 May 2022 – The Minister of "
                        + "Foreign Affairs presided over the signing of memoranda between the Republic of Kenya and the "
                        + "Republic of Sierra Leone.\n\nThe signing took place in the presence of His Excellency "
                        + "Uhuru Kenyatta, President of the Republic of Kenya.\n\nThe memoranda include an MoU on "
                        + "Trade and Investment, Tourism and Art, an MoU on Wildlife and Tourism and an MoU on ICT and "
                        + "Youth Education.");

        List<Mention> mentions = extractor.extract(article);

        assertThat(mentions).extracting(m -> m.kind().value()).containsExactly(
                "MoU on Trade and Investment, Tourism and Art", "MoU on Wildlife and Tourism",
                "MoU on ICT and Youth Education");
        assertThat(mentions).allSatisfy(m -> {
            assertThat(names(m)).containsExactlyInAnyOrder("Republic of Kenya", "Republic of Sierra Leone");
            assertThat(m.signedOn().value().iso()).isEqualTo("2022-05-30");
            assertThat(m.location().value()).isEqualTo("State House, Nairobi, Kenya");
            assertThat(m.attendees()).extracting(a -> a.value().person().name()).contains("Uhuru Kenyatta");
        });
        assertThat(values(mentions.get(1).fields())).first().isEqualTo("Wildlife and Tourism");
    }

    @Test
    void extract_partyCountingSeveralOrganisationsListedLater_signsWithEach() {
        Article article = new Article("sister.txt", null, "文藻外语大学与三所大学签署姊妹校备忘录", Language.CHINESE,
                LocalDate.of(2024, 8, 16), "文藻外语大学与美国奥勒冈州三所大学于8月15日正式签署姊妹校合作备忘录。\n\n"
                        + "此次签署的备忘录包括西奥勒冈大学、东奥勒冈大学及奥勒冈理工大学三所学府。");

        List<Mention> mentions = extractor.extract(article);

        assertThat(mentions).extracting(ExtractorTest::names).containsExactly(List.of("文藻外语大学", "西奥勒冈大学"),
                List.of("文藻外语大学", "东奥勒冈大学"), List.of("文藻外语大学", "奥勒冈理工大学"));
        assertThat(mentions).allSatisfy(m -> assertThat(m.signedOn().value().iso()).isEqualTo("2024-08-15"));
    }

    @Test
    void extract_headlineShortensAPartyTheReportNamesInFull_takesTheFullName() {
        Article article = new Article("short.txt", null, "高雄文藻大学与东奥勒冈大学缔结姊妹校", Language.CHINESE,
                LocalDate.of(2024, 8, 16), "高雄文藻大学与东奥勒冈大学缔结姊妹校\n\n"
                        + "文藻外语大学与东奥勒冈大学于8月15日正式签署姊妹校合作备忘录。");

        assertThat(extractor.extract(article)).extracting(ExtractorTest::names)
                .containsExactly(List.of("文藻外语大学", "东奥勒冈大学"));
    }

    @Test
    void extract_oneAgreementNamedLaterForPartnersOfSeveral_joinsThemAndTheirPhrasesGoToEach() {
        Article article = new Article("hub.txt", null, "Lingnan University signs agreements", Language.ENGLISH,
                LocalDate.of(2024, 5, 29), "Lingnan University signed strategic cooperation framework agreements "
                        + "yesterday (28 May) with Rizhao City, Shandong Hi-Speed Group Co, Ltd. and Shandong Huge "
                        + "Dental Material Co., Ltd. Lingnan will promote collaborative innovation and cultivate a new "
                        + "generation of exceptional talent.\n\nLingnan University signs strategic cooperation "
                        + "framework agreement with the Shandong Hi-Speed Group and Rizhao Municipal People's "
                        + "Government.");

        List<Mention> mentions = extractor.extract(article);

        assertThat(mentions).extracting(ExtractorTest::names).containsExactly(
                List.of("Lingnan University", "Rizhao City", "Shandong Hi-Speed Group Co"),
                List.of("Lingnan University", "Shandong Huge Dental Material Co"));
        assertThat(mentions).allSatisfy(m -> assertThat(values(m.commitments()))
                .contains("promote collaborative innovation", "cultivate a new generation of exceptional talent"));
    }

    @Test
    void extract_headlineAcronym_givesWayToTheNameItStandsFor() {
        Article article = new Article("scu.txt", null, "SCU and Yibin Sign a Cooperative Agreement", Language.ENGLISH,
                LocalDate.of(2019, 4, 28), "SCU and Yibin Sign a Cooperative Agreement\n\nSichuan University and the "
                        + "city of Yibin signed in Chengdu a cooperative agreement on the morning of April 25th.");

        assertThat(extractor.extract(article)).extracting(ExtractorTest::names)
                .containsExactly(List.of("Sichuan University", "Yibin"));
    }

    @Test
    void extract_headlineNamingTheSides_givesWayToTheReportNamingTheParties() {
        Article article = new Article("sides.txt", null, "UAE & America sign a memorandum of understanding",
                Language.ENGLISH, LocalDate.of(2019, 9, 1), "UAE & America sign a memorandum of understanding\n\n"
                        + "The Ministry of Foreign Affairs and International Cooperation and the United States Agency "
                        + "for International Development signed a memorandum of understanding.");

        assertThat(extractor.extract(article)).extracting(ExtractorTest::names).containsExactly(List.of(
                "Ministry of Foreign Affairs and International Cooperation",
                "United States Agency for International Development"));
    }

    @Test
    void extract_announcementOfASuspensionDatedUnderItsSignature_reportsNoSigning() throws Exception {
        Article article = Readers.standard().read(Fixtures.article(
                "plain-text/announcement-dated-under-its-signature.txt")).get(0);

        assertThat(extractor.extract(article)).isEmpty();
    }

    @Test
    void extract_twoSigningsReportedInOneSentence_areTwo() {
        Article article = new Article("two.txt", null, "碳访行动启动", Language.CHINESE, LocalDate.of(2011, 4, 26),
                "在发布会上，《低碳世界》杂志社和中国三农联合会还正式签署了《韩国绿色项目对接合作协议》，"
                        + "阳光易购有限公司总裁刘世申与《低碳世界》杂志社社长于林签署了战略合作协议。");

        assertThat(extractor.extract(article)).extracting(ExtractorTest::names).containsExactly(
                List.of("《低碳世界》杂志社", "中国三农联合会"), List.of("阳光易购有限公司", "《低碳世界》杂志社"));
    }

    @Test
    void extract_undertakingInsideAQuotationGoingOnPastTheSpeaker_isNotACommitment() {
        Article article = new Article("quote.txt", null, "Lingnan University signs agreement", Language.ENGLISH,
                LocalDate.of(2024, 5, 29), "Lingnan University signed a strategic cooperation agreement with the "
                        + "Rizhao Municipal People's Government on 28 May. Both sides will promote collaborative "
                        + "innovation. Professor Qin said, “We share common goals. These measures will strongly promote "
                        + "the exchange of innovation elements between Shandong and Hong Kong.”");

        assertThat(extractor.extract(article)).singleElement().satisfies(m -> assertThat(values(m.commitments()))
                .containsExactly("promote collaborative innovation"));
    }

    @Test
    void extract_furtherAgreementBetweenTheSameParties_hasThePeopleOfTheCeremony() {
        Article article = new Article("further.txt", null, "壳牌与中石油签署全球合作协议", Language.CHINESE,
                LocalDate.of(2011, 6, 21), "荷兰皇家壳牌有限公司与中国石油天然气集团公司6月20日签署了一份全球合作协议。\n\n"
                        + "双方还签署协议，成立一家双方各持股50%的建井企业。\n\n"
                        + "壳牌首席执行官傅赛和中石油总经理蒋洁敏出席了在北京举行的签字仪式。");

        List<Mention> mentions = extractor.extract(article);

        assertThat(mentions).hasSize(2).allSatisfy(m -> assertThat(m.attendees())
                .extracting(a -> a.value().person().name()).containsExactly("傅赛", "蒋洁敏"));
    }

    @Test
    void extract_companyNameWithInc_staysInOneSentence() {
        Article article = new Article("inc.txt", null, "Datavault AI Inc. (NASDAQ: DVLT) Signs MOU", Language.ENGLISH,
                LocalDate.of(2025, 10, 2), "Datavault AI Inc. (NASDAQ: DVLT) Signs MOU With Korea Aerospace "
                        + "University");

        assertThat(extractor.extract(article)).extracting(ExtractorTest::names)
                .containsExactly(List.of("Datavault AI Inc", "Korea Aerospace University"));
    }

    @Test
    void extract_severalSignings_eachTakesTheAttendeesOfItsParagraph() {
        Article article = new Article("two.txt", null, "两校分别签约", Language.CHINESE, LocalDate.of(2019, 11, 13),
                "11月12日,河北大学分别与北京师范大学、武汉大学签署对口合作协议。\n\n"
                        + "北京师范大学与河北大学签署协议。北京师范大学副校长郝芳华出席。\n\n"
                        + "武汉大学与河北大学签署协议。武汉大学副校长吴平出席。");

        List<Mention> mentions = extractor.extract(article);

        assertThat(mentions).hasSize(2);
        assertThat(mentions.get(0).attendees()).extracting(a -> a.value().person().name()).contains("郝芳华")
                .doesNotContain("吴平");
        assertThat(mentions.get(1).attendees()).extracting(a -> a.value().person().name()).contains("吴平")
                .doesNotContain("郝芳华");
    }

    @Test
    void extract_peopleOfAnEventOnAnotherDay_areNoAttendees() {
        Article article = new Article("visit.txt", null, "我校与利川市签订战略合作协议", Language.CHINESE,
                LocalDate.of(2019, 6, 14), "6月13日,党委副书记孙国胜在利川与利川市签订市校战略合作协议。\n\n"
                        + "6月14日上午,文学创作基地揭牌。组织部长邓勇和所长汪忠杰共同为基地揭牌。\n\n"
                        + "参加本次活动的还有校团委书记潘丽莎。");

        Mention mention = extractor.extract(article).get(0);

        assertThat(mention.attendees()).extracting(a -> a.value().person().name()).contains("孙国胜", "潘丽莎")
                .doesNotContain("邓勇", "汪忠杰");
    }

    @Test
    void extract_peopleOfWhatFollowedTheCeremony_areNoAttendees() {
        Article article = new Article("after.txt", null, "澳大与里斯本大学签约", Language.CHINESE, null,
                "澳门大学与里斯本大学签署战略合作框架协议,澳门大学校长宋永华出席。签署仪式后,澳大中华医药研究院"
                        + "副院长李铭源向代表团介绍了一款膳食补充剂。");

        Mention mention = extractor.extract(article).get(0);

        assertThat(mention.attendees()).extracting(a -> a.value().person().name()).contains("宋永华")
                .doesNotContain("李铭源");
    }

    @Test
    void extract_personTheArticleOnlyCites_isNoAttendee() {
        Article article = new Article("cited.txt", null, "两地签约", Language.CHINESE, LocalDate.of(2019, 6, 14),
                "6月13日,武汉科技大学与利川市签订战略合作协议,党委副书记孙国胜出席。据马克思主义学院院长唐忠义介绍,"
                        + "合作旨在服务利川发展。");

        Mention mention = extractor.extract(article).get(0);

        assertThat(mention.attendees()).extracting(a -> a.value().person().name()).contains("孙国胜")
                .doesNotContain("唐忠义");
    }

    @Test
    void extract_witnessNamedInTheReportOfOneOfSeveralSignings_attendedThatOne() {
        Article article = new Article("visit.txt", null, "澳大与葡国高校签约", Language.CHINESE, LocalDate.of(2023, 4, 20),
                "澳门大学校长宋永华一行前往里斯本,分别与里斯本大学、里斯本理工学院签署合作协议。在行政长官贺一诚的见证下,"
                        + "校长宋永华及里斯本大学校长分别代表澳大及里斯本大学签署战略合作框架协议。");

        List<Mention> mentions = extractor.extract(article);

        assertThat(mentions).hasSize(2);
        assertThat(mentions.get(0).attendees()).extracting(a -> a.value().person().name()).contains("宋永华", "贺一诚");
        assertThat(mentions.get(1).attendees()).extracting(a -> a.value().person().name()).contains("宋永华")
                .doesNotContain("贺一诚");
    }

    @Test
    void extract_signatoriesOfSeveralSigningsInOneSentence_eachSignedTheirOwn() {
        Article article = new Article("hub.txt", null, "河北大学与两所高校签约", Language.CHINESE,
                LocalDate.of(2019, 11, 13), "11月12日,河北大学校长康乐与北京师范大学副校长郝芳华、武汉大学副校长吴平"
                        + "分别签署了对口合作协议。");

        List<Mention> mentions = extractor.extract(article);

        assertThat(mentions).extracting(ExtractorTest::names).containsExactly(List.of("河北大学", "北京师范大学"),
                List.of("河北大学", "武汉大学"));
        assertThat(mentions.get(0).attendees()).extracting(a -> a.value().person().name())
                .containsExactly("康乐", "郝芳华");
        assertThat(mentions.get(1).attendees()).extracting(a -> a.value().person().name())
                .containsExactly("康乐", "吴平");
    }

    @Test
    void extract_partiesAlsoSigningAFurtherAgreement_isASecondSigningOfTheSameParties() {
        Article article = new Article("jv.html", null, "甲集团与乙公司签署全球合作协议", Language.CHINESE,
                LocalDate.of(2011, 6, 21), "甲集团与乙公司6月20日在北京签署了一份全球合作协议。"
                        + "双方还签署协议，成立一家双方各持股50%的合资企业。");

        List<Mention> mentions = extractor.extract(article);

        assertThat(mentions).extracting(ExtractorTest::names).containsExactly(List.of("甲集团", "乙公司"),
                List.of("甲集团", "乙公司"));
        assertThat(mentions).allSatisfy(m -> assertThat(m.signedOn().value()).isEqualTo(
                org.accord.core.model.SigningDate.ofDay(LocalDate.of(2011, 6, 20))));
    }

    @Test
    void extract_ceremonyInALaterParagraph_tellsWhereTheSigningWas() {
        Article article = new Article("later.html", null, "甲集团与乙公司签署合作协议", Language.CHINESE,
                LocalDate.of(2011, 6, 21), "甲集团与乙公司6月20日签署了一份全球合作协议。\n\n"
                        + "甲集团总经理张三和乙公司董事长李四出席了在北京举行的签字仪式。");

        assertThat(extractor.extract(article)).singleElement()
                .satisfies(m -> assertThat(m.location().value()).isEqualTo("北京"));
    }

    @Test
    void extract_signingAtAnEvent_takesWhereAndWhenFromTheSentenceAboutTheEvent() {
        Article article = new Article("event.html", null, "论坛开幕", Language.CHINESE, LocalDate.of(2011, 4, 26),
                "由甲杂志主办的低碳新闻发布会今天在北京国贸饭店隆重召开。\n\n专家在会上发言。\n\n"
                        + "在发布会上，甲杂志社和乙联合会正式签署了合作协议。");

        assertThat(extractor.extract(article)).singleElement().satisfies(m -> {
            assertThat(m.location().value()).isEqualTo("北京国贸饭店");
            assertThat(m.signedOn().value().iso()).isEqualTo("2011-04-26");
        });
    }

    @Test
    void extract_eachSideNamedInItsOwnSentence_isOneSigningOfBoth() {
        Article article = new Article("sides.txt", null, "Alpha opens its research institute", Language.ENGLISH,
                LocalDate.of(2024, 6, 3), "AlphaU recently signed a collaboration agreement. An agreement was signed "
                        + "between AlphaU and the People's Government of Beta Municipality.");

        assertThat(extractor.extract(article)).extracting(ExtractorTest::names).singleElement()
                .isEqualTo(List.of("AlphaU", "People's Government of Beta Municipality"));
    }

    @Test
    void extract_listedCompanyInAnAnnouncement_isTheCompanyThatAnnounces() {
        Article article = new Article("notice.txt", null, "无锡甲数控股份有限公司关于签订合作协议的公告", Language.CHINESE,
                LocalDate.of(2024, 6, 3), "无锡甲数控股份有限公司董事会公告。无锡甲数控股份有限公司近日召开董事会。"
                        + "上市公司与乙新能源有限公司签订战略合作协议。");

        List<String> parties = names(extractor.extract(article).get(0));
        assertThat(parties).hasSize(2).doesNotContain("上市公司").endsWith("乙新能源有限公司");
        assertThat(parties.get(0)).endsWith("甲数控股份有限公司");
    }

    @Test
    void extract_otherPartiesAlsoSigning_isAnotherSigningNotARestatement() {
        Article article = new Article("digest.txt", null, "今日要闻", Language.CHINESE, LocalDate.of(2024, 3, 2),
                "甲银行与乙集团签署战略合作协议。丙管理局与丁管理局亦签署了谅解备忘录。");

        assertThat(extractor.extract(article)).extracting(ExtractorTest::names).containsExactly(
                List.of("甲银行", "乙集团"), List.of("丙管理局", "丁管理局"));
    }

    @Test
    void extract_itemsOfANumberedDigest_areSigningsOfTheirOwn() {
        Article article = new Article("digest.txt", null, "早间快讯", Language.CHINESE, LocalDate.of(2024, 3, 2),
                "7、甲汽车与乙集团签署合作备忘录。\n8、丙集团与丁银行签署新一轮战略合作协议。");

        assertThat(extractor.extract(article)).extracting(ExtractorTest::names).containsExactly(
                List.of("甲汽车", "乙集团"), List.of("丙集团", "丁银行"));
    }

    @Test
    void extract_alsoSignedWithAnotherParty_isNoFurtherSigningOfTheFirstParties() {
        Article article = new Article("more.txt", null, "Alpha University signs with Beta Institute",
                Language.ENGLISH, LocalDate.of(2024, 5, 3), "Alpha University signed a cooperation agreement with "
                        + "Beta Institute on May 2. The delegation also signed a memorandum of understanding with "
                        + "Gamma Laboratory.");

        assertThat(extractor.extract(article)).extracting(ExtractorTest::names)
                .doesNotContain(List.of("Alpha University", "Beta Institute"), atIndex(1));
    }

    @Test
    void extract_severalSignings_eachTakesThePhrasesStatedAfterNamingItsParties() {
        Article article = new Article("hub.txt", null, "Northfield University signs two agreements", Language.ENGLISH,
                LocalDate.of(2022, 3, 4), "Northfield University signed agreements with the Harbor City Council and "
                        + "the Lakeside Institute of Technology on Monday. Northfield University and the Harbor City "
                        + "Council signed a framework agreement. Both sides will cooperate in the fields of urban "
                        + "planning and coastal protection.");

        List<Mention> mentions = extractor.extract(article);

        assertThat(mentions).extracting(ExtractorTest::names).containsExactly(
                List.of("Northfield University", "Harbor City Council"),
                List.of("Northfield University", "Lakeside Institute of Technology"));
        assertThat(values(mentions.get(0).fields())).containsExactly("urban planning", "coastal protection");
        assertThat(mentions.get(1).fields()).isEmpty();
    }

    @Test
    void extract_severalSignings_shareThePhrasesOfTheSentenceNamingThemAll() {
        Article article = new Article("hub.txt", null, "东华大学与两家企业签约", Language.CHINESE,
                LocalDate.of(2022, 3, 4), "3月3日,东华大学分别与江南造船集团、北方化工集团签署合作协议。"
                        + "东华大学与江南造船集团、北方化工集团将在船舶设计、绿色化工等领域开展合作。\n\n"
                        + "北方化工集团与东华大学签署协议后,双方将在催化材料等领域开展合作。");

        List<Mention> mentions = extractor.extract(article);

        assertThat(mentions).hasSize(2);
        assertThat(values(mentions.get(0).fields())).containsExactly("船舶设计", "绿色化工");
        assertThat(values(mentions.get(1).fields())).containsExactly("船舶设计", "绿色化工", "催化材料");
    }

    @Test
    void extract_hubNamedByItsShortForm_isSplitIntoBilateralSignings() {
        Article article = new Article("um.txt", null, "UM signs agreements in Lisbon", Language.ENGLISH,
                LocalDate.of(2023, 5, 30), "A delegation from the University of Macau (UM) visited Lisbon. During the "
                        + "visit, UM signed agreements with the University of Lisbon and the Polytechnic Institute of "
                        + "Lisbon.");

        assertThat(extractor.extract(article)).extracting(ExtractorTest::names).containsExactly(
                List.of("University of Macau", "University of Lisbon"),
                List.of("University of Macau", "Polytechnic Institute of Lisbon"));
    }

    @Test
    void extract_personNamedAsSubjectOfSigning_isNoParty() {
        Article article = new Article("song.txt", null, "Rector visits Portugal", Language.ENGLISH,
                LocalDate.of(2023, 5, 30), "Rector Yonghua Song led a delegation to Portugal. During the visit, Song "
                        + "signed an agreement with the University of Porto.");

        assertThat(extractor.extract(article)).extracting(ExtractorTest::names)
                .containsExactly(List.of("University of Porto"));
    }

    @Test
    void extract_twoAgreementsSignedTogether_areTwoSigningsOfTheSameParties() {
        Article article = new Article("two.txt", null, "SDNU and Yanggu sign", Language.ENGLISH, LocalDate.of(2015, 9, 18),
                "A comprehensive strategic cooperation agreement was signed between Shandong Normal University and "
                        + "the People's Government of Yanggu County on September 16th. At the ceremony, the two sides "
                        + "signed a comprehensive strategic cooperation agreement and an agreement on cooperation in "
                        + "running schools.");

        List<Mention> mentions = extractor.extract(article);

        assertThat(mentions).extracting(ExtractorTest::names).hasSize(2)
                .containsOnly(List.of("Shandong Normal University", "People's Government of Yanggu County"));
        assertThat(mentions.get(1).signedOn()).isEqualTo(mentions.get(0).signedOn());
        assertThat(mentions.get(1).attendees()).isEqualTo(mentions.get(0).attendees());
    }

    @Test
    void extract_initialsInAName_doNotEndTheSentence() {
        Article article = new Article("initials.txt", null, "PolyU and Hebei sign", Language.ENGLISH,
                LocalDate.of(2019, 4, 11), "The agreement was signed by Professor Philip C. H. CHAN, Interim President "
                        + "of PolyU, and Hebei Province on 11 April.");

        assertThat(extractor.extract(article).get(0).attendees()).extracting(a -> a.value().person().name())
                .contains("Philip C. H. CHAN");
    }

    @Test
    void extract_honorificsInAList_doNotEndTheSentence() {
        Article article = new Article("honorifics.txt", null, "UC Davis Health signs MOU", Language.ENGLISH,
                LocalDate.of(2019, 5, 8), "UC Davis Health and Hebei Medical University signed an MOU on May 8, 2019. "
                        + "Physicians who traveled to China include Dr. Hong Liu, Anesthesiology; Dr. Hilary Brodie and "
                        + "Prof. Peter Belafsky.");

        assertThat(extractor.extract(article).get(0).attendees()).extracting(a -> a.value().person().name())
                .contains("Hong Liu", "Hilary Brodie", "Peter Belafsky");
    }

    @Test
    void extract_headlineNamingOneSide_takesWhenAndWhereFromTheReportNamingTheOthers() {
        Article article = new Article("hbu.txt", null, "河北大学与4所高校签订对口合作协议", Language.CHINESE,
                LocalDate.of(2019, 11, 12), "河北大学与4所“双一流”高校签订对口合作协议\n\n"
                        + "11月12日,中国人民大学、北京师范大学对口合作河北大学签约仪式在河北大学举行。");

        Mention mention = extractor.extract(article).get(0);

        assertThat(mention.signedOn().value().iso()).isEqualTo("2019-11-12");
        assertThat(mention.location().value()).isEqualTo("河北大学");
    }

    @Test
    void extract_tripartiteAgreementAfterASemicolon_isASigningOfItsOwn() {
        Article article = new Article("um.txt", null, "澳大與科英布拉大學簽署協議", Language.CHINESE,
                LocalDate.of(2023, 5, 30), "其後,澳大與科英布拉大學簽署雙方戰略合作框架協議;同時澳大、科英布拉大學和中國人民大學"
                        + "簽署三方合作備忘錄。");

        assertThat(extractor.extract(article)).extracting(ExtractorTest::names).containsExactly(
                List.of("澳大", "科英布拉大學"), List.of("澳大", "科英布拉大學", "中國人民大學"));
    }

    @Test
    void extract_sameArticleTwice_givesEqualResults() throws Exception {
        Article article = Readers.standard().read(Fixtures.article("markdown/jekyll-post-with-html-body.txt"))
                .get(0);

        assertThat(extractor.extract(article)).isEqualTo(extractor.extract(article));
    }

    private static void assertEvidenceIsInText(Mention mention, String text) {
        mention.parties().forEach(p -> assertThat(text.substring(p.evidence().start(), p.evidence().end()))
                .isEqualTo(p.evidence().sentence()).contains(p.value().name()));
        assertThat(text.substring(mention.signedOn().evidence().start(), mention.signedOn().evidence().end()))
                .isEqualTo(mention.signedOn().evidence().sentence());
    }

    private static List<String> names(Mention mention) {
        return mention.parties().stream().map(p -> p.value().name()).toList();
    }

    private static List<String> values(List<Fact<String>> facts) {
        return facts.stream().map(Fact::value).toList();
    }

    /** Every value of the mentions, in simplified script: what a reader of either script is told. */
    private static String inSimplifiedScript(List<Mention> mentions) {
        return HanLP.convertToSimplifiedChinese(mentions.stream().map(m -> String.join("|", names(m).toString(),
                m.signedOn().value().iso(), m.location().value(),
                m.attendees().stream().map(a -> a.value().person() + "/" + a.value().signatory()).toList().toString(),
                values(m.fields()).toString(), values(m.principles()).toString(), values(m.commitments()).toString()))
                .toList().toString());
    }
}
