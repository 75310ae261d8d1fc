import Testing
@testable import Khaosan
@testable import KhaosanExtract

@Suite struct OrganizationLexiconMatcherTests {
    static let lexicon = try! Lexicon(parsing: """
        ORG\tคณะกรรมการการเลือกตั้ง\tกกต.\ten=Election Commission of Thailand
        ORG\tกระทรวงสาธารณสุข\tสธ.|สาธารณสุข
        ORG\tองค์การอนามัยโลก\tฮู|WHO\twikidata=Q7817
        ORG\tอาเซียน\tASEAN\twikidata=Q7768
        """, origin: "test")

    @Test func acronymGluedToTheNextWordMatches() throws {
        // ThaiNER: "ซึ่ง กกต.ในฐานะผู้รับผิดชอบ" → ORG "กกต.".
        #expect(try OrganizationTestSupport.names(in: "ซึ่ง กกต.ในฐานะผู้รับผิดชอบ", lexicon: Self.lexicon) == ["กกต."])
    }

    @Test func nameAfterARoleAbbreviationMatches() throws {
        // ThaiNER: "รมว.สาธารณสุข" → ORG "สาธารณสุข".
        #expect(try OrganizationTestSupport.names(in: "นายแพทย์ปิยะสกล รมว.สาธารณสุข ได้พูดถึง", lexicon: Self.lexicon) == ["สาธารณสุข"])
    }

    @Test func shortAliasNeverMatchesInsideAWord() throws {
        // "ฮู" (WHO) must not match inside "ฮูก".
        #expect(try OrganizationTestSupport.names(in: "นกฮูกบินออกไป", lexicon: Self.lexicon).isEmpty)
        #expect(try OrganizationTestSupport.names(in: "ตามหลักของฮู ระบุว่า", lexicon: Self.lexicon) == ["ฮู"])
    }

    @Test func latinNameGluedToPlusIsPartOfALongerName() throws {
        #expect(try OrganizationTestSupport.names(in: "ร่วมงาน ASEAN+ Creative Cities Forum 2023", lexicon: Self.lexicon).isEmpty)
        #expect(try OrganizationTestSupport.names(in: "ในอาเซียนและเมืองในเอเชีย", lexicon: Self.lexicon) == ["อาเซียน"])
    }

    @Test func mentionsCarryTheLexiconNameAndWikidataId() throws {
        let mentions = try OrganizationTestSupport.mentions(in: "ผู้แทน WHO ประจำประเทศไทย", lexicon: Self.lexicon)
        #expect(mentions.count == 1)
        #expect(mentions.first?.attributes[MentionAttribute.lexiconName] == "องค์การอนามัยโลก")
        #expect(mentions.first?.attributes[MentionAttribute.wikidata] == "Q7817")
        #expect(mentions.first?.source == "org.lexicon")
    }

    @Test func longNameGluedToThePreviousWordMatches() throws {
        // ICU tokenises "ให้การ|รถไฟ…"; seed: "รับรองจากก|องค์การยูเนสโก" has a stray "ก".
        let lexicon = try Lexicon(parsing: "ORG\tการรถไฟแห่งประเทศไทย\nORG\tองค์การยูเนสโก\n", origin: "test")
        #expect(try OrganizationTestSupport.names(in: "คำพิพากษาให้การรถไฟแห่งประเทศไทยจ่ายค่าเสียหาย", lexicon: lexicon)
                == ["การรถไฟแห่งประเทศไทย"])
        #expect(try OrganizationTestSupport.names(in: "ได้รับการรับรองจากกองค์การยูเนสโกเข้าสู่การเป็นสมาชิก", lexicon: lexicon)
                == ["องค์การยูเนสโก"])
    }

    @Test func handMadeEntryWinsOverAMinedOneWithTheSameName() throws {
        let lexicon = try Lexicon(parsing: """
            ORG\tสธ.\t\tsource=thainer
            ORG\tกระทรวงสาธารณสุข\tสธ.\ten=Ministry of Public Health
            """, origin: "test")
        let mentions = try OrganizationTestSupport.mentions(in: "ล่าสุด สธ. ยืนยันว่า", lexicon: lexicon)
        #expect(mentions.first?.attributes[MentionAttribute.lexiconName] == "กระทรวงสาธารณสุข")
    }

    @Test func bundledLexiconKnowsTheSeedOrganisations() throws {
        let names = try OrganizationTestSupport.names(
            in: "ได้รับเกียรติจาก นาง Kamla Khalidi, UNDP Resident Representative เป็นผู้เปิดงาน")
        #expect(names == ["UNDP"])
    }

    @Test func theOfficeOfThePublicSectorCommissionIsNotCutToTheCivilServiceOne() throws {
        // Session 9: "สำนักงาน ก.พ.|ร." 27 times in 2,000 thaigov articles (public domain) before the alias.
        #expect(try OrganizationTestSupport.names(in: "และปฏิบัติราชการสำนักงาน ก.พ.ร. ขอให้นำเสนอ") == ["สำนักงาน ก.พ.ร."])
        #expect(try OrganizationTestSupport.names(in: "ตามกรอบของสำนักงาน ก.พ. ซึ่งได้รับ") == ["สำนักงาน ก.พ."])
    }
}
