package org.accord.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.accord.core.model.Organisation;
import org.accord.core.model.Person;
import org.accord.core.model.SigningDate;
import org.junit.jupiter.api.Test;

class EnglishRulesTest {
    private final EnglishRules rules = new EnglishRules(SigningCues.words("en"));

    private List<String> parties(String sentence) {
        return rules.parties(sentence, Map.of()).stream().map(Organisation::name).toList();
    }

    @Test
    void parties_subjectWithoutAnOrganisationWord_isAParty() {
        assertThat(parties("Datavault AI (NASDAQ: DVLT) announced it has signed a memorandum of understanding "
                + "with Korea Aerospace University.")).containsExactlyInAnyOrder("Datavault AI",
                "Korea Aerospace University");
    }

    @Test
    void parties_twoSubjectsJoinedByTheLastAnd_areTwoParties() {
        assertThat(parties("Airbus Defence and Space and Omnitronics Sign MoU to Advance Interoperability"))
                .containsExactly("Airbus Defence and Space", "Omnitronics");
    }

    @Test
    void parties_bodyTheAgreementSetsUp_isNoParty() {
        assertThat(parties("Alpha University and Beta City signed an agreement to establish the Alpha-Beta Research "
                + "Institute of Advanced Materials.")).containsExactly("Alpha University", "Beta City");
    }

    @Test
    void parties_subjectWhoseNameIsInsideTheBodySetUp_isStillAParty() {
        assertThat(parties("PolyU recently signed a collaboration agreement to establish the PolyU-Gamma Technology "
                + "Research Institute.")).containsExactly("PolyU");
    }

    @Test
    void parties_passiveSubject_isNotAParty() {
        assertThat(parties("A Strategic Cooperation Agreement Was Signed between Peng Cheng Laboratory and "
                + "Dalian University of Technology")).containsExactly("Peng Cheng Laboratory",
                "Dalian University of Technology");
    }

    @Test
    void parties_personAsSubject_isNotAParty() {
        assertThat(parties("President Yonghua Song signed an agreement with the University of Porto."))
                .containsExactly("University of Porto");
    }

    @Test
    void date_yesterdayWithAFootnoteMark_isTheDayBeforePublication() {
        assertThat(rules.date("Acme and Beta signed a cooperation agreement in London yesterday¹.",
                LocalDate.of(2024, 5, 22))).contains(SigningDate.ofDay(LocalDate.of(2024, 5, 21)));
    }

    @Test
    void date_bareWeekday_isTheLastSuchDayBeforePublication() {
        assertThat(rules.date("Ukraine and the US signed a memorandum Thursday.", LocalDate.of(2025, 4, 18)))
                .contains(SigningDate.ofDay(LocalDate.of(2025, 4, 17)));
    }

    @Test
    void parties_andBeforeTheSplitsTwoNames_andWithoutItGoesOnNamingTheFirst() {
        assertThat(parties("The Ministry of Foreign Affairs and International Cooperation and the United States "
                + "Agency for International Development signed a memorandum of understanding.")).containsExactly(
                "Ministry of Foreign Affairs and International Cooperation",
                "United States Agency for International Development");
    }

    @Test
    void parties_aKindOfOrganisationInThePlural_isNoParty() {
        assertThat(parties("The University of Macau signed a strategic cooperation agreement with the University of "
                + "Porto to strengthen exchanges with European universities.")).containsExactly("University of Macau",
                "University of Porto");
    }

    @Test
    void statedPartyCount_readsTripartiteAndBothSides() {
        assertThat(rules.statedPartyCount("The three parties signed an MOU.")).isEqualTo(3);
        assertThat(rules.statedPartyCount("a tripartite agreement")).isEqualTo(3);
        assertThat(rules.statedPartyCount("Both sides signed.")).isEqualTo(2);
        assertThat(rules.statedPartyCount("A and B signed.")).isZero();
    }

    @Test
    void agreementsListed_eachAgreementWithWhatItIsAbout() {
        assertThat(rules.agreementsListed("The Memoranda of Understanding (MoU) include an MoU on Joint Commission for "
                + "Cooperation, an MoU on Trade and Investment, Tourism and Art and an MoU on ICT.")).containsExactly(
                new LanguageRules.ListedAgreement("MoU on Joint Commission for Cooperation",
                        "Joint Commission for Cooperation"),
                new LanguageRules.ListedAgreement("MoU on Trade and Investment, Tourism and Art",
                        "Trade and Investment, Tourism and Art"),
                new LanguageRules.ListedAgreement("MoU on ICT", "ICT"));
    }

    @Test
    void agreementsListed_listOfAnythingElse_isNoList() {
        assertThat(rules.agreementsListed("The agreements include provisions on trade, tourism and art.")).isEmpty();
        assertThat(rules.agreementsListed("The two sides signed an MoU on trade.")).isEmpty();
    }

    @Test
    void definedAliases_countryWrittenInItsOfficialForm_goesByIt() {
        assertThat(rules.definedAliases("in the presence of the President of the Republic of Kenya."))
                .containsEntry("Kenya", "Republic of Kenya");
    }

    @Test
    void people_middleInitialWithoutADot_isPartOfTheName() {
        assertThat(rules.people("The signing was presided over by Professor David J Francis.", Map.of()))
                .extracting(Person::name).containsExactly("David J Francis");
    }

    @Test
    void people_titleOpeningTheNextName_makesNoApposition() {
        assertThat(rules.people("The Minister of Foreign Affairs and International Cooperation, Professor David "
                + "Francis, signed the memoranda.", Map.of())).extracting(Person::name).containsExactly("David Francis");
    }

    @Test
    void dateline_venueAndCityBeforeTheDate_isThePlace() {
        assertThat(rules.dateline("State House, Nairobi, Kenya, Monday 30 May 2022 – The minister signed."))
                .contains("State House, Nairobi, Kenya");
        assertThat(rules.dateline("The minister signed in Nairobi on 30 May 2022.")).isEmpty();
    }

    @Test
    void dateline_pressReleaseCityInCapitals_isNoPlaceOfSigning() {
        assertThat(rules.dateline("HONG KONG, May 29, 2024 /PRNewswire/ -- Lingnan University signed…")).isEmpty();
    }

    @Test
    void fields_purposeAfterTheList_andAFieldInReportedSpeech_areNoFields() {
        assertThat(rules.fields("The MoU comes within the framework of cooperation in providing development aid, "
                + "to become stronger than ever before.")).containsExactly("providing development aid");
        assertThat(rules.fields("He stressed cooperation in sustainable development and capacity building.")).isEmpty();
    }

    @Test
    void principles_listGoingOnWithAsWellAs_endsBeforeTheClauseItOpened() {
        assertThat(rules.principles("The two sides, adhering to the principles of “demand-oriented”, “project-based”, "
                + "as well as “complementary advantages”, are committed to a long-term cooperation.")).containsExactly(
                "demand-oriented", "project-based", "complementary advantages");
    }

    @Test
    void fields_ofThePartiesPast_areNotTheAgreements() {
        assertThat(rules.fields("The two cities have cooperated for years in the fields of port logistics and "
                + "marine research.")).isEmpty();
    }

    @Test
    void fields_listClosedByAndOtherAspects_areFields() {
        assertThat(rules.fields("In the integration of assets, production and education integration and other aspects "
                + "of further close cooperation, the district and the university will promote the regional form."))
                .containsExactly("integration of assets", "production and education integration");
    }

    @Test
    void fields_domainsForCooperationIncluding_areListed() {
        assertThat(rules.fields("The MOU identified several domains for China-U.S. cooperation, including food "
                + "security and nutrition, sustainable agriculture, public health security, among others."))
                .containsExactly("food security and nutrition", "sustainable agriculture", "public health security");
    }

    @Test
    void fields_whatTheAgreementIsOn_isAField() {
        assertThat(rules.fields("China and Pakistan signed a Memorandum of Understanding on agricultural technology "
                + "cooperation on Monday.")).containsExactly("agricultural technology cooperation");
        assertThat(rules.fields("The agreement was signed on behalf of the university by its president.")).isEmpty();
    }

    @Test
    void fields_jointResearchOnAndWorkAcrossSectors_areFields() {
        assertThat(rules.fields("The agreement also includes joint research on quantum supercomputing and digital "
                + "twins for aerospace design, along with academic collaborations.")).containsExactly(
                "quantum supercomputing", "digital twins for aerospace design");
        assertThat(rules.fields("The MOU outlines plans for use case exploration across biotechnology, materials "
                + "science and other sectors.")).containsExactly("materials science");
    }

    @Test
    void commitments_listOfVerbPhrases_isSplitBeforeEachVerb() {
        assertThat(rules.commitments("Both sides will promote collaborative innovation, develop new quality "
                + "productive forces and establish new R&D institutions.")).containsExactly(
                "promote collaborative innovation", "develop new quality productive forces",
                "establish new R&D institutions");
    }

    @Test
    void commitments_whenItIsDone_isNotPartOfTheUndertaking() {
        assertThat(rules.commitments("Under the agreement, the two sides will build an industrial park on the morning "
                + "of April 25th.")).containsExactly("build an industrial park");
        assertThat(rules.commitments("Under the agreement, the two sides will establish a joint laboratory in March 2025."))
                .containsExactly("establish a joint laboratory");
    }

    @Test
    void commitments_listOfObjects_staysOnePhrase() {
        assertThat(rules.commitments("The two cities will jointly hold exhibitions, conferences and educational "
                + "events.")).containsExactly("hold exhibitions, conferences and educational events");
    }

    @Test
    void commitments_gerundInsideTheObject_doesNotStartAnotherUndertaking() {
        assertThat(rules.commitments("Under the agreement, the college will offer tutoring and mentoring services to "
                + "apprentices.")).containsExactly("offer tutoring and mentoring services to apprentices");
    }

    @Test
    void commitments_participleAfterAComma_endsTheUndertakings() {
        assertThat(rules.commitments("The two agencies will share satellite imagery, providing farmers with warnings "
                + "of drought.")).containsExactly("share satellite imagery");
    }

    @Test
    void commitments_adverbBeforeTheVerb_staysInTheUndertaking() {
        assertThat(rules.commitments("Both parties will steadily expand joint degree programmes."))
                .containsExactly("steadily expand joint degree programmes");
    }

    @Test
    void commitments_listOfFieldsAfterCooperationIn_isLeftToTheFields() {
        assertThat(rules.commitments("Both sides will strengthen their cooperation in port logistics, shipbuilding "
                + "and marine research.")).containsExactly("strengthen their cooperation");
    }

    @Test
    void commitments_aimsAfterWithTheGoalOf_areUndertakingsToo() {
        assertThat(rules.commitments("The two sides will upgrade the shared campus with the goal of attracting "
                + "overseas students and expanding vocational courses.")).containsExactly("upgrade the shared campus",
                "attracting overseas students", "expanding vocational courses");
    }

    @Test
    void commitments_promiseInItsOwnWords_needsNoWordOfCooperation() {
        assertThat(rules.commitments("In particular, they agreed to carry out exchanges between local governments, "
                + "as well as to provide favorable investment environments to entrepreneurs.")).containsExactly(
                "carry out exchanges between local governments",
                "provide favorable investment environments to entrepreneurs");
        assertThat(rules.commitments("The mayors vowed to promote people-to-people exchanges."))
                .containsExactly("promote people-to-people exchanges");
    }

    @Test
    void commitments_purposeOfTheAgreement_isUndertaken() {
        assertThat(rules.commitments("PolyU and the city have signed a framework agreement to establish the \"Zibo "
                + "Research Institute\" (the Institute) and to engage in industry collaboration.")).containsExactly(
                "establish the \"Zibo Research Institute\"", "engage in industry collaboration");
        assertThat(rules.commitments("A ceremony for the signing of an agreement between USST and Qingpu was held "
                + "to further strengthen the cooperation between the two sides.")).containsExactly(
                "strengthen the cooperation between the two sides");
    }

    @Test
    void commitments_purposeAfterThePartner_andACommitmentTo_areUndertaken() {
        assertThat(rules.commitments("Datavault AI has signed a memorandum of understanding with Korea Aerospace "
                + "University (KAU) to deploy its VerifyU platform.")).containsExactly("deploy its VerifyU platform");
        assertThat(rules.commitments("The memorandum underscores a commitment to enhance the exchange of news and "
                + "collaborate on joint educational initiatives.")).containsExactly("enhance the exchange of news",
                "collaborate on joint educational initiatives");
    }

    @Test
    void commitments_headlineInTitleCase_isNotRead() {
        assertThat(rules.commitments("D-Wave and Yonsei Sign MOU to Advance Quantum Computing in South Korea"))
                .isEmpty();
    }

    @Test
    void commitments_participleAfterTheUndertaking_endsIt() {
        assertThat(rules.commitments("The two sides signed an agreement to establish the Zibo Institute, marking "
                + "its twelfth such institute.")).containsExactly("establish the Zibo Institute");
    }

    @Test
    void commitments_inReportedSpeech_areNotRead() {
        assertThat(rules.commitments("The agreement will create a new high point of the cooperation between the two "
                + "universities, he said.")).isEmpty();
        assertThat(rules.commitments("Under the agreement we will explore innovative ways to improve safety."))
                .isEmpty();
    }

    @Test
    void commitments_focusOnWorkInAreasSuchAs_leavesTheAreasToTheFields() {
        assertThat(rules.commitments("The institute will focus on deepening industry-academia-research "
                + "collaboration in areas such as micro-nano technology, rehabilitation therapy and cultural tourism."))
                .containsExactly("focus on deepening industry-academia-research collaboration");
    }

    @Test
    void commitments_organisationSayingWhatItWillDo_needsNoWordOfCooperation() {
        assertThat(rules.commitments("In addition, Hebei Province will designate outstanding personnel to study at "
                + "PolyU.")).containsExactly("designate outstanding personnel to study at PolyU");
        assertThat(rules.commitments("The University's scholars will also offer consulting services in Hebei."))
                .containsExactly("offer consulting services in Hebei");
    }

    @Test
    void commitments_withoutCooperation_areNotRead() {
        assertThat(rules.commitments("The weather will improve tomorrow, forecasters said.")).isEmpty();
    }

    private List<String> people(String sentence) {
        return rules.people(sentence, Map.of()).stream().map(org.accord.core.model.Person::name).toList();
    }

    @Test
    void people_namesListedAfterATitledOne_areAllRead() {
        assertThat(people("Vice Presidents Liu Zuyuan, Chen Wen and Wang Fazhou attended the ceremony."))
                .containsExactly("Liu Zuyuan", "Chen Wen", "Wang Fazhou");
    }

    @Test
    void people_afterAnHonorificEach_stopAtTheirDepartments() {
        assertThat(people("Physicians who attended include Dr. Hong Liu, Anesthesiology; Dr. Hilary Brodie, and "
                + "Dr. Matthew Mell, Vascular Surgery.")).containsExactly("Hong Liu", "Hilary Brodie", "Matthew Mell");
    }

    @Test
    void people_inAReleasesContactDetails_areNoAttendees() {
        assertThat(people("Shear Kershman Labs Media Contact: Dr. Blake Hawley, CEO blake@example.com")).isEmpty();
    }

    @Test
    void people_titleInBracketsAfterTheName_isRead() {
        assertThat(people("Zhao Yixin (the Board Director of SHINVA) attended the signing ceremony."))
                .containsExactly("Zhao Yixin");
    }

    @Test
    void people_lowercaseWordsBeforeAName_areNotPartOfIt() {
        assertThat(people("The agreement was signed by Chen Zhi, mayor of Hulunbuir, and Sergiy Sukhomlyn, mayor "
                + "of Zhytomyr.")).containsExactly("Chen Zhi", "Sergiy Sukhomlyn");
    }

    @Test
    void date_releaseDateline_isNotTheSigningDate() {
        assertThat(rules.date("HONG KONG, May 29, 2024 /PRNewswire/ -- Lingnan University signed agreements "
                + "yesterday (28 May) with Rizhao City.", null))
                .contains(SigningDate.ofDay(LocalDate.of(2024, 5, 28)));
    }

    @Test
    void parties_provinceAfterACityAndAComma_saysWhereTheCityIs() {
        assertThat(parties("Lingnan University signed agreements with Rizhao City, Shandong Province, and the "
                + "Hong Kong Applied Science and Technology Research Institute.")).doesNotContain("Shandong Province")
                .contains("Rizhao City");
    }

    @Test
    void parties_theAgreementsOwnTitle_isNoParty() {
        assertThat(parties("Alpha Labs and Beta University Sign Memorandum of Understanding for Dental Research"))
                .noneMatch(p -> p.contains("Memorandum"));
    }

    @Test
    void namesOneAgreement_singularNotPlural() {
        assertThat(rules.namesOneAgreement("D-Wave signed a memorandum of understanding with Yonsei University and "
                + "Incheon.")).isTrue();
        assertThat(rules.namesOneAgreement("Song signed strategic cooperation agreements with the University of "
                + "Coimbra and the University of Porto.")).isFalse();
    }

    @Test
    void commitments_itemUnderAHeading_isReadWithoutItsAim() {
        assertThat(rules.commitments("Advance Education and Training: Enhance academic programs and provide practical "
                + "training to ensure the next generation is ready.")).containsExactly(
                "Enhance academic programs and provide practical training");
    }

    @Test
    void principles_listNamingAKnownPrinciple_isReadWhole() {
        assertThat(rules.principles("Both sides will realize the complementary advantages, resource sharing, common "
                + "development, mutual benefit and win-win.")).containsExactly("complementary advantages",
                "resource sharing", "common development", "mutual benefit and win-win");
    }

    @Test
    void principles_oneKnownPrincipleInPassing_isAHopeNotAPrinciple() {
        assertThat(rules.principles("The mayor stressed the potential for mutual benefit, citing the port's growth."))
                .isEmpty();
    }

    @Test
    void principles_quotedItems_areReadWithoutTheirQuotes() {
        assertThat(rules.principles("The partners follow the principles of “market-driven”, “open-ended”, and "
                + "“results-based”.")).containsExactly("market-driven", "open-ended", "results-based");
    }

    @Test
    void principles_knownWordsInsideALongerPhrase_areNoPrinciple() {
        assertThat(rules.principles("They share common development goals in sustainable development.")).isEmpty();
    }

    @Test
    void fields_listWithCommas_keepsTheAndInsideAnItem() {
        assertThat(rules.fields("They will cooperate in the fields of theoretical research, education and training, "
                + "and consulting services.")).containsExactly("theoretical research", "education and training",
                "consulting services");
    }

    @Test
    void fields_listWithoutCommas_splitsAtAnd() {
        assertThat(rules.fields("They will cooperate in fields of cloud computing and artificial intelligence."))
                .containsExactly("cloud computing", "artificial intelligence");
    }

    @Test
    void location_venueInLowerCase_isRead() {
        assertThat(rules.location("The signing ceremony was held in the conference hall of No.1 Building of Xuhui "
                + "District Institution Compound.")).contains(
                "the conference hall of No.1 Building of Xuhui District Institution Compound");
        assertThat(rules.location("They attended the agreement signing ceremony on PolyU campus."))
                .contains("PolyU campus");
    }

    @Test
    void location_languageAfterIn_isNoPlace() {
        assertThat(rules.location("The signing underscores a commitment to exchange news content in English."))
                .isEmpty();
    }

    @Test
    void location_placeVisited_isWhereTheySigned() {
        assertThat(rules.location("A delegation from the University of Macau recently visited Lisbon, Portugal."))
                .contains("Lisbon, Portugal");
    }

    @Test
    void parties_nameInsideThePlaceOfSigning_stillCountsElsewhereInTheSentence() {
        assertThat(parties("The agreement between SJTU and Xuhui District was signed in the hall of Xuhui District "
                + "Institution Compound.")).contains("Xuhui District");
    }

    @Test
    void parties_tickerInBracketsAfterAName_isNoFurtherParty() {
        assertThat(parties("Datavault AI (DVLT) Signs MOU With Korea Aerospace University"))
                .containsExactly("Datavault AI", "Korea Aerospace University");
    }

    @Test
    void parties_countryInThePossessive_isNoParty() {
        assertThat(parties("The authorities of the Hulunbuir City of northern China's Inner Mongolia Autonomous "
                + "Region and Ukraine's northwestern city of Zhytomyr signed a memorandum.")).doesNotContain("China",
                "Ukraine");
    }

    @Test
    void people_namesListedBeforeAttended_areAttendees() {
        assertThat(people("The county head together with Tian Xuechao, Sun Jiande, and Wang Yong attended the signing "
                + "ceremony.")).contains("Tian Xuechao", "Sun Jiande", "Wang Yong");
    }

    @Test
    void people_whoHostedTheCeremony_attendedIt() {
        assertThat(people("The event was hosted by Yu Linwei.")).containsExactly("Yu Linwei");
    }

    @Test
    void people_wordsOfATitleCutShort_areNoName() {
        assertThat(people("It was signed by DONG Cheng, Associate Vice President (Research).")).containsExactly(
                "DONG Cheng");
    }

    @Test
    void parties_nameOpeningASubjectOfCommonNouns_isAParty() {
        assertThat(parties("Sputnik news agency and radio have entered into a cooperative agreement with Iraq "
                + "International News Agency.")).containsExactlyInAnyOrder("Sputnik", "Iraq International News Agency");
    }

    @Test
    void parties_sentenceOpenerBeforeCommonNouns_isNoParty() {
        assertThat(parties("Both sides have signed a cooperative agreement with Alpha University."))
                .containsExactly("Alpha University");
    }

    @Test
    void fields_singleWords_areTooGeneralToBeFields() {
        assertThat(rules.fields("The two ports will work together in areas such as logistics, cold-chain storage, and "
                + "customs clearance.")).containsExactly("cold-chain storage", "customs clearance");
    }

    @Test
    void fields_verbPhrasesAndAreaWords_areNoFields() {
        assertThat(rules.fields("They will cooperate in the fields of smart grids, build new substations, and "
                + "grid storage.")).containsExactly("smart grids", "grid storage");
        assertThat(rules.fields("They will deepen cooperation in various fields between the two sides.")).isEmpty();
    }

    @Test
    void fields_cooperationInAManner_isNoField() {
        assertThat(rules.fields("The partners will cooperate in a deep and pragmatic manner.")).isEmpty();
    }

    @Test
    void fields_companyDescribedWithAFocus_isNoField() {
        assertThat(rules.fields("TechMediaWire is a platform with a focus on pioneering public companies.")).isEmpty();
    }

    @Test
    void fields_closingWordsAndWeekdays_areNoFields() {
        assertThat(rules.fields("They will cooperate in the fields of green energy, the social sphere and other "
                + "fields.")).containsExactly("green energy", "social sphere");
        assertThat(rules.fields("China and Pakistan agreed cooperation on Monday.")).isEmpty();
    }

    @Test
    void parties_subjectAfterOfAndAnd_staysInTheName() {
        assertThat(parties("UM signed agreements with the University of Lisbon and the Laboratory of Robotics and "
                + "Engineering Systems.")).contains("Laboratory of Robotics and Engineering Systems")
                .doesNotContain("Engineering Systems");
    }

    @Test
    void date_wireDatelineWithADash_datesTheReleaseOnly() {
        assertThat(rules.date("LOS ANGELES, CA - October 2, 2025 (NEWMEDIAWIRE) - Datavault AI announced it has "
                + "signed a memorandum of understanding.", null)).isEmpty();
    }

    @Test
    void date_pageDateLabel_isNoEventDate() {
        assertThat(rules.date("date 2024-03-19 Sputnik joins forces with Iraq International News Agency.", null))
                .isEmpty();
    }

    @Test
    void parties_countryAfterIn_isWhereNotWho() {
        assertThat(parties("D-Wave Quantum Inc. Signs MOU to Advance Quantum Computing in South Korea"))
                .doesNotContain("South Korea");
    }

    @Test
    void parties_countryKeepsItsUsualNameAsAlias() {
        List<org.accord.core.model.Organisation> found = rules.parties("Ukraine and the US signed a memorandum.", Map.of());

        assertThat(found).filteredOn(o -> o.name().equals("US")).singleElement()
                .satisfies(us -> assertThat(us.aliases()).contains("United States"));
    }

    @Test
    void agreementsNamed_twoJoinedByAnd_areTwo() {
        assertThat(rules.agreementsNamed("At the ceremony, the two sides signed a comprehensive strategic cooperation "
                + "agreement and an agreement on cooperation in running schools.")).isEqualTo(2);
        assertThat(rules.agreementsNamed("The two sides signed the \"Longwu Road Land Resumption Contract\" and "
                + "\"Asset Exchange Agreement for the Plot\".")).isEqualTo(2);
    }

    @Test
    void agreementsNamed_oneAgreementNamedTwice_isOne() {
        assertThat(rules.agreementsNamed("They signed the agreement under the framework agreement of 2019."))
                .isEqualTo(1);
    }

    @Test
    void people_nameInsideThePreviousOnesOrganisation_isFound() {
        assertThat(people("Wu Yantao, Secretary of the Party Committee, Duan Peiyong, President of the University and "
                + "Ding Kuiling, President of Shanghai Jiao Tong University, attended.")).contains("Duan Peiyong",
                "Ding Kuiling");
    }

    @Test
    void location_placeOfTheWorkFarFromTheVerb_isNotWhereTheySigned() {
        assertThat(rules.location("D-Wave announced that it has signed a memorandum of understanding with Yonsei "
                + "University and Incheon Metropolitan City to accelerate quantum computing adoption in South Korea."))
                .isEmpty();
        assertThat(rules.location("The agreement was signed on Monday in Riyadh.")).contains("Riyadh");
    }

    @Test
    void parties_outletInTheByline_isNoParty() {
        assertThat(parties("News Network (Reporter Tian Ke, Photographer Du Peng) On October 5, the signing ceremony of "
                + "the agreement between Zhongnan University and Wuhan University of Technology was held."))
                .doesNotContain("News Network");
    }

    @Test
    void location_placeAfterTheDateOfALongSigningSentence_isRead() {
        assertThat(rules.location("The agreement was signed by Prof. DONG Cheng, Associate Vice President of PolyU, "
                + "and HU Xiaohong, Vice Mayor of Zibo Municipal People's Government, on 28 May at the 2024 "
                + "Shandong-Hong Kong Science and Technology Innovation Cooperation Conference in Hong Kong."))
                .hasValueSatisfying(place -> assertThat(place).startsWith("the 2024 Shandong-Hong Kong"));
    }

    @Test
    void location_ofAPlannedSigning_isNone() {
        assertThat(rules.location("An agreement was scheduled to be signed at the White House in late February."))
                .isEmpty();
    }

    @Test
    void parties_countryInsideAnotherName_isNoParty() {
        assertThat(parties("Officials of northern Inner Mongolia signed a memorandum.")).doesNotContain("Mongolia");
    }

    @Test
    void people_quotedWithoutBeingAtTheSigning_areNoAttendees() {
        assertThat(people("\"This partnership opens new markets,\" said Alain Ruinet, Head of Secure Land "
                + "Communications at Airbus.")).isEmpty();
        assertThat(people("\"We are proud,\" said President Gao Wen, who attended the signing ceremony."))
                .contains("Gao Wen");
    }
}
