import Testing
@testable import KhaosanGraph

/// The start date of a role and the article URL as an IRI.
@Suite struct OrganizationRolesTests {
    @Test func theEarlierDateWinsAndOfOneMonthTheDayWins() {
        #expect(OrganizationRoles.earlier(nil, "2024-03-05") == "2024-03-05")
        #expect(OrganizationRoles.earlier("2024-03-05", "2023-12-31") == "2023-12-31")
        #expect(OrganizationRoles.earlier("2023-12-31", "2024-03-05") == "2023-12-31")
        #expect(OrganizationRoles.earlier("2024-03", "2024-03-05") == "2024-03-05")
        #expect(OrganizationRoles.earlier("2024-03-05", "2024") == "2024-03-05")
    }

    @Test func aWebAddressBecomesAnIRIWithWhatAnIRICannotHoldEncoded() {
        #expect(GraphIRI.webAddress("https://www.thaigov.go.th/news/contents/details/1008") == "https://www.thaigov.go.th/news/contents/details/1008")
        #expect(GraphIRI.webAddress(" http://x.th/a b<c>\"d\" ") == "http://x.th/a%20b%3Cc%3E%22d%22")
        #expect(GraphIRI.webAddress("https://x.th/ข่าว") == "https://x.th/ข่าว")   // an IRI may hold Thai
        #expect(GraphIRI.webAddress("www.thaigov.go.th/x") == nil)
        #expect(GraphIRI.webAddress("ftp://x.th/") == nil)
        #expect(GraphIRI.webAddress("https://") == nil)
    }
}
