import Testing
@testable import Khaosan
@testable import KhaosanText
@testable import KhaosanExtract

/// "ชื่อยาว (ABBR)" and "ชื่อยาว หรือ ABBR" give two linked ORG spans (ThaiNER convention).
@Suite struct AcronymDefinitionFinderTests {
    let empty = Lexicon()

    @Test func thaiAcronymInParentheses() throws {
        let mentions = try OrganizationTestSupport.mentions(
            in: "หน่วยบริหารจัดการทุนเพื่อการพัฒนาเชิงพื้นที่ (บพท.) เจ๋ง! ดันพะเยา", lexicon: empty)
        #expect(mentions.map(\.text) == ["หน่วยบริหารจัดการทุนเพื่อการพัฒนาเชิงพื้นที่", "บพท."])
        #expect(mentions.first?.attributes[MentionAttribute.acronym] == "บพท.")
        #expect(mentions.last?.attributes[MentionAttribute.longForm] == "หน่วยบริหารจัดการทุนเพื่อการพัฒนาเชิงพื้นที่")
        #expect(mentions.last?.source == "org.acronym-definition")
    }

    @Test func acronymAfterหรือ() throws {
        let mentions = try OrganizationTestSupport.mentions(
            in: "ที่ได้รับการสนับสนุนจาก หน่วยบริหารจัดการทุนด้านการพัฒนาระดับพื้นที่ หรือ บพท. และในโอกาสนี้", lexicon: empty)
        #expect(mentions.map(\.text) == ["หน่วยบริหารจัดการทุนด้านการพัฒนาระดับพื้นที่", "บพท."])
        #expect(mentions.first?.attributes[MentionAttribute.acronym] == "บพท.")
    }

    @Test func latinAcronymInParentheses() throws {
        // thaigov.go.th: "…องค์การทุนเพื่อเด็กแห่งสหประชาชาติ (UNICEF)"
        let mentions = try OrganizationTestSupport.mentions(in: "ผู้แทนองค์การทุนเพื่อเด็กแห่งสหประชาชาติ (UNICEF) ประจำประเทศไทย", lexicon: empty)
        #expect(mentions.map(\.text) == ["องค์การทุนเพื่อเด็กแห่งสหประชาชาติ", "UNICEF"])
        #expect(mentions.last?.attributes[MentionAttribute.longForm] == "องค์การทุนเพื่อเด็กแห่งสหประชาชาติ")
    }

    @Test func latinNameInParenthesesIsAnAlternateName() throws {
        let lexicon = try Lexicon(parsing: "ORG\tเครือข่ายเมืองแห่งการเรียนรู้ตลอดชีวิตของยูเนสโก\nORG\tยูเนสโก\tUNESCO\n", origin: "test")
        let mentions = try OrganizationTestSupport.mentions(
            in: "สมาชิกเครือข่ายเมืองแห่งการเรียนรู้ตลอดชีวิตของยูเนสโก (UNESCO Global Network of Learning Cities) อย่างเป็นทางการ",
            lexicon: lexicon)
        #expect(mentions.map(\.text) == ["เครือข่ายเมืองแห่งการเรียนรู้ตลอดชีวิตของยูเนสโก", "UNESCO Global Network of Learning Cities"])
        #expect(mentions.first?.attributes[MentionAttribute.alternateName] == "UNESCO Global Network of Learning Cities")
        #expect(mentions.last?.attributes[MentionAttribute.alternateName] == "เครือข่ายเมืองแห่งการเรียนรู้ตลอดชีวิตของยูเนสโก")
        #expect(mentions.first?.attributes[MentionAttribute.acronym] == nil)
    }

    @Test func latinNameAfterAPossessiveObjectDefinesNothing() throws {
        // "ยูเนสโก" is the owner, not the network the English name names.
        let lexicon = try Lexicon(parsing: "ORG\tยูเนสโก\tUNESCO\n", origin: "test")
        let mentions = try OrganizationTestSupport.mentions(
            in: "สมาชิกเครือข่ายเมืองแห่งการเรียนรู้ตลอดชีวิตของยูเนสโก (UNESCO Global Network of Learning Cities) อย่างเป็นทางการ",
            lexicon: lexicon)
        #expect(mentions.map(\.text) == ["ยูเนสโก", "UNESCO"])
        #expect(mentions.first?.attributes[MentionAttribute.alternateName] == nil)
    }

    @Test func aTitleBeforeAMinistryAcronymIsNoPartOfIt() throws {
        // ThaiNER TRAIN: "รมว.ศธ.", "(ปลัด พม.)" → ORG "ศธ.", "พม."; the title is the minister's role.
        let mentions = try OrganizationTestSupport.mentions(
            in: "นายเสริมศักดิ์ พงษ์พานิช รัฐมนตรีว่าการกระทรวงวัฒนธรรม (รมว.วธ.) เป็นประธานในพิธี", lexicon: empty)
        #expect(mentions.map(\.text) == ["กระทรวงวัฒนธรรม", "วธ."])
        #expect(mentions.first?.attributes[MentionAttribute.acronym] == "วธ.")
        #expect(mentions.last?.attributes[MentionAttribute.longForm] == "กระทรวงวัฒนธรรม")
        #expect(try OrganizationTestSupport.names(in: "นายชัยพร ปลัดกระทรวงวัฒนธรรม (ปลัดวธ.) กล่าวว่า", lexicon: empty)
                == ["กระทรวงวัฒนธรรม", "วธ."])
    }

    @Test func publicCompanySuffixIsNoAcronym() throws {
        let mentions = try OrganizationTestSupport.mentions(in: "บริษัท ทีโอที จำกัด (มหาชน) แจ้งว่า", lexicon: empty)
        #expect(mentions.map(\.text) == ["บริษัท ทีโอที จำกัด (มหาชน)"])
        #expect(mentions.first?.attributes[MentionAttribute.acronym] == nil)
    }

    @Test func laterUsesOfADefinedAcronymAreMentions() throws {
        let text = "สำนักงานส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม (สสว.) ได้ปรับโครงสร้าง ต่อมา สสว.ได้แถลงว่า"
        let mentions = try OrganizationTestSupport.mentions(in: text, lexicon: empty)
        #expect(mentions.map(\.text) == ["สำนักงานส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม", "สสว.", "สสว."])
        #expect(mentions.dropFirst().allSatisfy {
            $0.attributes[MentionAttribute.longForm] == "สำนักงานส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม"
        })
    }

    @Test func laterUseOfAnAcronymNoOtherRuleKnows() throws {
        let text = "องค์การทุนเพื่อเด็กแห่งสหประชาชาติ (UNICEF) ระบุว่า UNICEF จะช่วยเหลือ"
        let mentions = try OrganizationTestSupport.mentions(in: text, lexicon: Lexicon())
        #expect(mentions.map(\.text) == ["องค์การทุนเพื่อเด็กแห่งสหประชาชาติ", "UNICEF", "UNICEF"])
        #expect(mentions.last?.source == "org.acronym-use")
        #expect(mentions.last?.attributes[MentionAttribute.longForm] == "องค์การทุนเพื่อเด็กแห่งสหประชาชาติ")
    }

    @Test func parenthesesAfterNoNameDefineNothing() throws {
        #expect(try OrganizationTestSupport.names(in: "ผู้ป่วยรายใหม่ (ATK) จำนวนมาก", lexicon: empty).isEmpty)
    }
}

/// The long form of an acronym that no other rule found, matched letter by letter.
@Suite struct AcronymLongFormTests {
    @Test func longFormIsFoundFromTheAcronymLetters() throws {
        // ThaiNER: "…ไม่มีนโยบายให้การยางแห่งประเทศไทย (กยท.) นำ…"; "การ" has no head rule.
        let mentions = try OrganizationTestSupport.mentions(in: "ไม่มีนโยบายให้การยางแห่งประเทศไทย (กยท.) นำยางออกมาขาย", lexicon: Lexicon())
        #expect(mentions.map(\.text) == ["การยางแห่งประเทศไทย", "กยท."])
        #expect(mentions.first?.source == "org.acronym-long-form")
        #expect(mentions.first?.attributes[MentionAttribute.acronym] == "กยท.")
    }

    @Test func aRoleBeforeTheAcronymIsNoOrganisation() throws {
        let names = try OrganizationTestSupport.names(in: "พล.ร.อ.สมชาย ผู้บัญชาการทหารเรือ (ผบ.ทร.) กล่าวว่า", lexicon: Lexicon())
        #expect(!names.contains("ผู้บัญชาการทหารเรือ"))
    }

    @Test func lettersThatDoNotMatchGiveNothing() {
        let text = "ประชุมร่วมกันในวันนี้ (กยท.)"
        let scalars = Array(text.unicodeScalars)
        let index = TokenIndex(scalars: scalars, tokens: (try? Segmenter().tokens(of: scalars)) ?? [])
        let open = scalars.firstIndex(of: "(")!
        #expect(AcronymDefinitionFinder.longForm(of: "กยท.", before: open, in: index) == nil)
    }
}
