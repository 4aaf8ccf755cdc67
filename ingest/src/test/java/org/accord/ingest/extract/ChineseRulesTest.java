package org.accord.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.accord.core.model.Organisation;
import org.accord.core.model.SigningDate;
import org.junit.jupiter.api.Test;

class ChineseRulesTest {
    private final ChineseRules rules = new ChineseRules(SigningCues.substrings("zh"));

    private List<String> parties(String sentence) {
        return rules.parties(sentence, Map.of()).stream().map(Organisation::name).toList();
    }

    @Test
    void commitments_whatThePartiesWillTakeAsTheirLead_areUndertaken() {
        assertThat(rules.commitments("根据协议，双方将以重点项目为牵引，以绿色低碳发展为方向，共同推动能源产业链优化升级。"))
                .containsExactly("以重点项目为牵引", "以绿色低碳发展为方向", "共同推动能源产业链优化升级");
    }

    @Test
    void fields_listClosedByBusinessSegments_areFields() {
        assertThat(rules.fields("双方将开展合作，计划在健康养生、特色小镇、商贸资源等五大业务板块开展合作。"))
                .containsExactly("健康养生", "特色小镇", "商贸资源");
    }

    @Test
    void fields_listIncludedInTheCooperation_notInAnItinerary() {
        assertThat(rules.fields("双方签署备忘录，将在包括业务智能化、生产智能化、营销数智化等在内的方面展开合作。"))
                .containsExactly("业务智能化", "生产智能化", "营销数智化");
        assertThat(rules.fields("双方完成签署，随后两校团队进行校园参访，行程包括护理学系教室、视光学系实验室等设施。"))
                .isEmpty();
    }

    @Test
    void fields_ofThePartiesPast_areNotTheAgreements() {
        assertThat(rules.fields("两市早已建立姊妹市关系，多年来在教育、文化及港口管理等领域都有密切合作。")).isEmpty();
        assertThat(rules.fields("双方将在教育资源、城市治理、数字转型等领域展开合作。"))
                .containsExactly("教育资源", "城市治理", "数字转型");
    }

    @Test
    void principles_asTheBasis_lastConjunctionJoinsTheList_fourAndFourSplit() {
        assertThat(rules.principles("市校双方同意在合作自愿、利益共享、尊重知识和依法保护知识产权等原则基础上开展合作。"))
                .containsExactly("合作自愿", "利益共享", "尊重知识", "依法保护知识产权");
        assertThat(rules.principles("双方承诺，以加快企业资金周转和物资流动为原则开展合作。"))
                .containsExactly("加快企业资金周转和物资流动");
        assertThat(rules.principles("双方本着平等互利和优势互补的原则签署协议。")).containsExactly("平等互利", "优势互补");
    }

    @Test
    void commitments_verbLedByHowOften_isAnUndertaking() {
        assertThat(rules.commitments("此外,两校将每年举行联席会议,务实推进双方合作的持续深化。"))
                .containsExactly("每年举行联席会议", "务实推进双方合作的持续深化");
    }

    @Test
    void commitments_clausesRightAfterTheAgreementSigned_areItsPurpose() {
        assertThat(rules.commitments("双方已签署战略合作协议，共同开发加拿大钾盐矿区，以建设年产300万吨的钾盐基地，总投资预计"
                + "32亿美元。")).containsExactly("共同开发加拿大钾盐矿区", "建设年产300万吨的钾盐基地");
        assertThat(rules.commitments("双方签署了合作协议，举行了项目奠基仪式。")).isEmpty();
        assertThat(rules.commitments("校长一行分别与里斯本大学、里斯本理工学院签署合作协议，全面深化科研合作。")).isEmpty();
        assertThat(rules.commitments("校长率团访问欧洲，探讨及落实多项合作计划，并与科英布拉大学及波尔图大学签署战略合作协议，"
                + "进一步加强澳大与欧洲高校的科教合作。")).isEmpty();
    }

    @Test
    void commitments_partnerBeforeTheVerb_staysAndTheAreasBeforeItGo() {
        assertThat(rules.commitments("根据协议，中国安能将与四川建立高层互访机制，在已有业务布局基础上开展多渠道、多领域、"
                + "多层次合作。")).containsExactly("与四川建立高层互访机制", "开展多渠道、多领域、多层次合作");
    }

    @Test
    void commitments_inReportedSpeech_areNotRead() {
        assertThat(rules.commitments("陈其迈强调，双方合作将进一步提升高雄的软实力。")).isEmpty();
        assertThat(rules.commitments("根据协议，我们将提供一流的建设环境，支持项目尽快开工建设。")).isEmpty();
        assertThat(rules.commitments("根据协议，双方将联合培养高水平创新人才。")).isNotEmpty();
    }

    @Test
    void collectiveCount_partyThatCountsSeveralOrganisations() {
        assertThat(rules.collectiveCount("美国奥勒冈州四所大学")).isEqualTo(4);
        assertThat(rules.collectiveCount("两家公司")).isEqualTo(2);
        assertThat(rules.collectiveCount("武汉理工大学")).isZero();
    }

    @Test
    void membersListed_organisationsAfterIncluding() {
        assertThat(rules.membersListed("此次签署的MOU包括西奥勒冈大学、东奥勒冈大学及奥勒冈理工大学三所学府。"))
                .extracting(Organisation::name).containsExactly("西奥勒冈大学", "东奥勒冈大学", "奥勒冈理工大学");
        assertThat(rules.membersListed("合作内容包括人才培养、科学研究及社会服务。")).isEmpty();
    }

    @Test
    void agreementsListed_titlesAfterIncluding() {
        assertThat(rules.agreementsListed("此次签署的协议包括《科技合作协议》、《人才培养协议》和《共建实验室协议》。"))
                .extracting(LanguageRules.ListedAgreement::kind)
                .containsExactly("科技合作协议", "人才培养协议", "共建实验室协议");
        assertThat(rules.agreementsListed("双方签署了《科技合作协议》。")).isEmpty();
    }

    @Test
    void dateline_wireCityBeforeTheDate() {
        assertThat(rules.dateline("新华社北京3月15日电 中国电信与上海人工智能实验室签署协议。")).contains("北京");
        assertThat(rules.dateline("齐鲁网·闪电新闻9月26日讯 今天上午，两家签署协议。")).isEmpty();
    }

    @Test
    void parties_listClosedByItsNumber_areEveryMember() {
        assertThat(rules.parties("在日前举行的中国品牌药企沙龙上,东阿阿胶、天士力、云南白药、江中制药、三九、滇虹药业、康美药业等7家药企"
                + "联手签下备忘录。", Map.of())).extracting(org.accord.core.model.Organisation::name)
                .containsExactly("东阿阿胶", "天士力", "云南白药", "江中制药", "三九", "滇虹药业", "康美药业");
    }

    @Test
    void parties_modifierBeforeAName_isLeftOut() {
        assertThat(parties("8月3日下午，韩国商务代表团与持有国家专利授权的锦辉控股集团在湖北荆州签订框架协议。"))
                .containsExactly("韩国商务代表团", "锦辉控股集团");
    }

    @Test
    void parties_cityAsPartyAfterAPlaceOfSigning_isTheCityNotThePlace() {
        assertThat(parties("党委副书记一行前往利川,在利川市政府礼堂与利川市签订市校战略合作协议。"))
                .containsExactly("利川市");
    }

    @Test
    void parties_shortFormsInBrackets_areNotFurtherParties() {
        assertThat(parties("荷兰皇家壳牌有限公司(壳牌)与中国石油天然气集团公司(中石油)6月20日签署了一份全球合作协议。"))
                .containsExactly("荷兰皇家壳牌有限公司", "中国石油天然气集团公司");
    }

    @Test
    void parties_clauseStartingWithWith_takesTheSubjectOfTheSentence() {
        assertThat(parties("澳门大学校长宋永华率团访问欧洲多所高校,并与科英布拉大学及波尔图大学签署战略合作协议。"))
                .containsExactly("澳门大学", "科英布拉大学", "波尔图大学");
    }

    @Test
    void statedPartyCount_readsTheNumberOfSides() {
        assertThat(rules.statedPartyCount("我校与甲公司、乙学院签署三方战略合作协议。")).isEqualTo(3);
        assertThat(rules.statedPartyCount("双方签署了合作协议。")).isEqualTo(2);
        assertThat(rules.statedPartyCount("甲与乙签署合作协议。")).isZero();
    }

    @Test
    void date_chineseNumerals_areRead() {
        assertThat(rules.date("局长今日(一月二十四日)出席签署仪式", LocalDate.of(2024, 1, 24)))
                .contains(SigningDate.ofDay(LocalDate.of(2024, 1, 24)));
        assertThat(rules.date("十一月二日签署", LocalDate.of(2005, 11, 3)))
                .contains(SigningDate.ofDay(LocalDate.of(2005, 11, 2)));
    }

    @Test
    void commitments_verbPhrasesAfterWill_areRead() {
        assertThat(rules.commitments("双方将进一步深化合作，共同推动医疗事业的发展。"))
                .containsExactly("进一步深化合作", "共同推动医疗事业的发展");
    }

    @Test
    void commitments_statementOfWhatWillBe_isNotAnUndertaking() {
        assertThat(rules.commitments("双方合作后，产量将达到600万吨。")).isEmpty();
    }

    @Test
    void commitments_verbTheTaggerReadsAsANounAfterMannerWords_isAnUndertaking() {
        assertThat(rules.commitments("两校将共同建设海洋装备联合实验室。")).containsExactly("共同建设海洋装备联合实验室");
    }

    @Test
    void commitments_meansAndHopedForResult_areNoUndertakings() {
        assertThat(rules.commitments("双方将充分发挥各自优势，联合开展船舶动力技术攻关，实现合作共赢。"))
                .containsExactly("联合开展船舶动力技术攻关");
    }

    @Test
    void commitments_verbPhrasesListedWithEnumerationCommas_areSplit() {
        assertThat(rules.commitments("两校将互派访问学者、联合举办暑期学校。"))
                .containsExactly("互派访问学者", "联合举办暑期学校");
    }

    @Test
    void commitments_modifiersListedWithEnumerationCommas_stayInOneUndertaking() {
        assertThat(rules.commitments("双方将开展多层次、宽领域的人员交流。"))
                .containsExactly("开展多层次、宽领域的人员交流");
    }

    private List<String> people(String sentence) {
        return rules.people(sentence, Map.of()).stream().map(org.accord.core.model.Person::name).toList();
    }

    @Test
    void people_listedWithoutATitleOfTheirOwn_areAttendees() {
        assertThat(people("我校副校长王扬,中交远洲交通科技集团有限公司副总董少虎、赵秀璞等领导出席。"))
                .containsExactly("王扬", "董少虎", "赵秀璞");
    }

    @Test
    void people_nameBeforeATimeOrAnotherTitle_isReadWhole() {
        assertThat(people("管理局主席胡定旭今日出席仪式,常务副主任李韶华以及带头人岳祖润教授参加。"))
                .contains("胡定旭", "李韶华");
    }

    @Test
    void people_nameTheTaggerTakesForAnOrganisation_isStillAName() {
        assertThat(people("石家庄学院党委书记陈亮、副校长姚振军等领导出席。")).contains("陈亮", "姚振军");
    }

    @Test
    void people_nameTheTaggerJoinsToTheNextPartyAsAnOrganisation_isStillAName() {
        assertThat(people("校长宋永华及里斯本大学校长分别代表澳大及里斯本大学签署战略合作框架协议。")).containsExactly("宋永华");
    }

    @Test
    void people_witnessBeforeTheWordsOfWitnessing_isAnAttendee() {
        assertThat(people("在行政长官贺一诚的见证下,澳大与里斯本大学签署协议。")).containsExactly("贺一诚");
    }

    @Test
    void people_traditionalNameBeforeWitnessing_isReadWithItsTitle() {
        assertThat(rules.people("華爲技術有限公司輪值董事長徐直軍見證簽約儀式。", Map.of()))
                .extracting(p -> p.name() + "/" + p.title() + "/" + p.organisation())
                .containsExactly("徐直軍/輪值董事長/華爲技術有限公司");
    }

    @Test
    void people_nameBeforeAVerbOfReceiving_endsThereAndTheOrganisationAfterIt() {
        assertThat(rules.people("省委副书记、省长黄强会见中国安能集团董事长周国平一行。", Map.of()))
                .extracting(p -> p.name() + "/" + p.organisation())
                .containsExactly("黄强/省委", "周国平/中国安能集团");
    }

    @Test
    void people_foreignNameAfterATitle_isReadInItsLetters() {
        assertThat(rules.people("校長宋永華及里斯本大學校長Luís Ferreira分別代表澳大及里斯本大學簽署協議。", Map.of()))
                .extracting(p -> p.name() + "/" + p.title() + "/" + p.organisation())
                .contains("Luís Ferreira/校長/里斯本大學");
    }

    @Test
    void people_titlesJoinedByJian_areOneTitleAndTheOrganisationComesBefore() {
        assertThat(rules.people("理想汽车联合创始人、执行董事兼总裁马东辉等业界代表出席签约仪式。", Map.of()))
                .extracting(p -> p.name() + "/" + p.title() + "/" + p.organisation())
                .containsExactly("马东辉/联合创始人、执行董事兼总裁/理想汽车");
    }

    @Test
    void people_branchOfABodyTheTaggerTakesForAName_isNoPerson() {
        assertThat(people("美國在台協會高雄分處長張子霖出席簽署儀式。")).containsExactly("張子霖");
    }

    @Test
    void people_areaAfterATitleOrInAList_isNoPerson() {
        assertThat(people("湖北省副省长、武汉经开区与企业代表出席签订仪式。")).doesNotContain("经开区");
    }

    @Test
    void namesSignatory_subjectOfTheSigningVerb_signedAndWitnessDidNot() {
        String sentence = "在省长李明的见证下,河北大学校长康乐与武汉大学副校长吴平分别签署了对口合作协议。";

        assertThat(rules.namesSignatory(sentence, "康乐")).isTrue();
        assertThat(rules.namesSignatory(sentence, "吴平")).isTrue();
        assertThat(rules.namesSignatory(sentence, "李明")).isFalse();
    }

    @Test
    void people_wordsAfterATitleThatAreNoName_areLeftOut() {
        assertThat(people("局长今日出席签署仪式,院长表示欢迎。")).isEmpty();
    }

    @Test
    void principles_inCornerBrackets_areReadWithoutThem() {
        assertThat(rules.principles("根據協議,雙方將本著「長期合作、共贏發展」的原則,深化合作。"))
                .containsExactly("長期合作", "共贏發展");
    }

    @Test
    void principles_enumerationWithAKnownPrinciple_isReadWhole() {
        assertThat(rules.principles("双方将努力实现战略认同、优势互补、项目合作、互利共赢的合作目标。"))
                .containsExactly("战略认同", "优势互补", "项目合作", "互利共赢");
    }

    @Test
    void principles_oneKnownPrincipleInPassing_isAGoalNotAPrinciple() {
        assertThat(rules.principles("两地产业结构不同，合作将实现优势互补，前景广阔。")).isEmpty();
    }

    @Test
    void principles_traditionalScriptAfterAnOpener_areRead() {
        assertThat(rules.principles("特區政府一直按照“優勢互補,互利共贏”的原則加強合作。"))
                .containsExactly("優勢互補", "互利共贏");
    }

    @Test
    void fields_listBeforeAreaWordAfterAVerb_isRead() {
        assertThat(rules.fields("双方将进一步加强如学科建设、人才培养、资本和金融等方面的交流和合作。"))
                .containsExactly("学科建设", "人才培养", "资本和金融");
    }

    @Test
    void fields_verbPhrasesListedBeforeAreaWord_areNoFields() {
        assertThat(rules.fields("双方将在共建联合实验室、海洋牧场、推动成果转化等领域开展合作。"))
                .containsExactly("海洋牧场");
    }

    @Test
    void fields_wordsClosingTheList_areNoPartOfTheLastItem() {
        assertThat(rules.fields("协议涵盖港口物流、航运金融以及船员培训等范畴。"))
                .containsExactly("港口物流", "航运金融", "船员培训");
    }

    @Test
    void fields_areasOfAPartyAloneWithoutTheCooperation_areNoFields() {
        assertThat(rules.fields("该校在冶金、化工等领域优势明显。")).isEmpty();
    }

    @Test
    void fields_areasAPartyWillWorkIn_areFields() {
        assertThat(rules.fields("该集团将在冷链物流、跨境电商等方面加大投入。")).containsExactly("冷链物流", "跨境电商");
    }

    @Test
    void parties_withInsideAName_staysInTheName() {
        assertThat(parties("澳門大學一行前往葡國里斯本,分別與里斯本大學、機器人與工程系統實驗室和里斯本理工學院簽署合作協議。"))
                .containsExactly("澳門大學", "里斯本大學", "機器人與工程系統實驗室", "里斯本理工學院");
    }

    @Test
    void parties_ourSchool_isTheUniversityTheArticleNamesMost() {
        String text = "武汉科技大学与利川市签订战略合作协议。武汉科技大学党委副书记出席。我校与利川市签订市校战略合作协议。";
        List<String> names = rules.parties("我校与利川市签订市校战略合作协议。", rules.definedAliases(text)).stream()
                .map(Organisation::name).toList();

        assertThat(names).containsExactly("武汉科技大学", "利川市");
    }

    @Test
    void location_whereTheDelegationWentToSign_isThePlace() {
        assertThat(rules.location("澳門大學一行前往葡國里斯本,分別與里斯本大學簽署合作協議。")).contains("葡國里斯本");
    }

    @Test
    void people_longerNameOfGrammarAndTagger_isKept() {
        assertThat(people("中国电力建设集团有限公司董事长丁焰章出席签约仪式。")).containsExactly("丁焰章");
        assertThat(people("壳牌首席执行官傅赛和中石油总经理蒋洁敏出席签约仪式。")).contains("傅赛").doesNotContain("傅赛和");
    }

    @Test
    void includedItems_nounsAreFieldsAndVerbPhrasesCommitments() {
        String sentence = "两家医院会推进多方面合作,包括中医药人才交流、跨境远程病例研讨、建立科研网络,以及进阶中医分科护理培训。";

        assertThat(rules.fields(sentence)).contains("中医药人才交流", "跨境远程病例研讨", "进阶中医分科护理培训")
                .doesNotContain("建立科研网络");
        assertThat(rules.commitments(sentence)).contains("建立科研网络").doesNotContain("中医药人才交流");
    }

    @Test
    void parties_properNounsCoordinatedBeforeTheVerb_areParties() {
        assertThat(parties("中石油和壳牌最近还签署全球性合作协议。")).containsExactly("中石油", "壳牌");
    }

    @Test
    void definedAliases_shortFormAfterADateAndAnotherName_standsForTheLastNameOnly() {
        Map<String, String> aliases = rules.definedAliases("2019年7月16日无锡上机数控股份有限公司(以下简称“公司”或“甲方”)"
                + "与保利协鑫(苏州)新能源有限公司(以下简称“乙方”)签订了《战略合作框架协议》。");

        assertThat(aliases).containsEntry("乙方", "保利协鑫(苏州)新能源有限公司")
                .containsEntry("公司", "无锡上机数控股份有限公司");
    }

    @Test
    void definedAliases_joinerInsideAName_isPartOfIt() {
        assertThat(rules.definedAliases("长江和记实业有限公司(以下简称“甲方”)是一家跨国企业。"))
                .containsEntry("甲方", "长江和记实业有限公司");
    }

    @Test
    void people_bigDataInABodysName_isNoCitation() {
        assertThat(people("贵州省大数据发展管理局局长张伟、乙大学校长李明出席仪式并表示,双方合作前景广阔。"))
                .contains("张伟", "李明");
    }

    @Test
    void parties_listClosedByItsNumber_leavesTheWordsOpeningIt() {
        assertThat(rules.parties("此次由东阿阿胶、天士力两家药企联手签署合作备忘录。", Map.of()))
                .extracting(org.accord.core.model.Organisation::name).containsExactly("东阿阿胶", "天士力");
    }

    @Test
    void definedAliases_shortFormInBracketsAfterTheName_isAnAlias() {
        Map<String, String> aliases = rules.definedAliases(
                "荷兰皇家壳牌有限公司(壳牌)与中国石油天然气集团公司(中石油)6月20日签署了一份全球合作协议。");

        assertThat(aliases).containsEntry("壳牌", "荷兰皇家壳牌有限公司").containsEntry("中石油", "中国石油天然气集团公司");
    }

    @Test
    void definedAliases_bracketsThatAreNoShortForm_areNoAlias() {
        assertThat(rules.definedAliases("保利协鑫(苏州)新能源有限公司与无锡上机数控股份有限公司签署协议。"))
                .doesNotContainKey("苏州");
    }

    @Test
    void agreementsNamed_titlesJoinedByAnd_areCounted() {
        assertThat(rules.agreementsNamed("双方签署了《战略合作框架协议》和《人才培养合作协议》。")).isEqualTo(2);
        assertThat(rules.agreementsNamed("双方签署了战略合作协议。")).isEqualTo(1);
    }

    @Test
    void parties_agreementTitleNamingBothSides_namesThePartiesNotTheWitness() {
        assertThat(parties("医务卫生局局长今日出席《广东省中医院与香港中医医院战略合作协议》签署仪式。"))
                .containsExactly("广东省中医院", "香港中医医院");
    }

    @Test
    void parties_descriptorBeforeTheName_isLeftOut() {
        assertThat(parties("戴姆勒股份公司与其中国合作伙伴北京汽车集团有限公司签署战略合作框架协议。"))
                .containsExactly("戴姆勒股份公司", "北京汽车集团有限公司");
    }

    @Test
    void parties_leadingAdverbialsOfTimeAndSequence_areNoPartOfTheName() {
        assertThat(parties("近日,同时澳大、科英布拉大学和中国人民大学签署三方合作备忘录。"))
                .containsExactly("澳大", "科英布拉大学", "中国人民大学");
    }

    @Test
    void parties_organisationAndItsPersonBeforeATitle_keepTheOrganisation() {
        assertThat(parties("郑裕彤基金郑裕彤博士与医院管理局签署合作备忘录。")).contains("郑裕彤基金");
    }

    @Test
    void announcesPlan_futureSigning_isAPlanAndAPastOneIsNot() {
        assertThat(rules.announcesPlan("Conexus亚太移动联盟明(6)日将与宏达电签订合作备忘录。")).isTrue();
        assertThat(rules.announcesPlan("双方已于日前签署战略合作协议,将在多领域开展合作。")).isFalse();
        assertThat(rules.announcesPlan("6月13日,双方签署战略合作协议。")).isFalse();
    }
}
