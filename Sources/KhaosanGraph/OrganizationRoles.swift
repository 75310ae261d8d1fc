import KhaosanCore
import KhaosanResolve

/// Dated roles: a schema.org `OrganizationRole` node per (person, organisation, job title) that
/// an article states together — a `jobTitle` and a `worksFor` fact with the same subject
/// mention — with `roleName` (the title as written), `worksFor` (the organisation) and
/// `startDate`, the earliest `datePublished` of the articles that state the pair (when the role
/// was first seen held, not its appointment date). The person gets `worksFor` the role
/// beside its direct `worksFor` the organisation (schema.org's Role pattern), so the undated
/// edge stays for simple queries. IRIs: `<base>role/<hash of person, organisation, title>`, the
/// person and organisation by their stable IRI parts (`GraphIRI.stableKey`): a new romanisation
/// of their slugs leaves role IRIs as they are.
struct OrganizationRoles {
    let mentions: MentionLookup

    private static func stable(_ iri: String) -> String { GraphIRI.stableKey(of: iri) ?? iri }
    let iri: GraphIRI

    /// One paired role.
    private struct Key: Hashable {
        var person: String
        var organization: String
        var title: String
    }

    /// The role nodes of `resolution`, each with the person it belongs to.
    func roles(of resolution: EntityResolution) -> [(person: String, role: GraphNode)] {
        var keys = Set<Key>(), earliest: [Key: String] = [:]
        for (index, document) in resolution.documents.enumerated() {
            var titles: [ScalarRange: [String]] = [:], organizations: [ScalarRange: [ScalarRange]] = [:]
            for fact in document.relations {
                if fact.predicate == RelationPredicate.jobTitle, let literal = fact.literal {
                    titles[fact.subject, default: []].append(literal)
                } else if fact.predicate == RelationPredicate.worksFor, let object = fact.object {
                    organizations[fact.subject, default: []].append(object)
                }
            }
            let date = document.metadata.datePublished.flatMap { GraphValue.isoDate($0) }?.string
            for (subject, objects) in organizations {
                guard let titles = titles[subject], let person = mentions.entity(document: index, range: subject) else { continue }
                for object in objects {
                    guard let organization = mentions.entity(document: index, range: object), organization != person else { continue }
                    for title in titles {
                        let key = Key(person: person, organization: organization, title: title)
                        keys.insert(key)
                        if let date { earliest[key] = Self.earlier(earliest[key], date) }
                    }
                }
            }
        }
        return keys.map { key in
            let date = earliest[key]
            let id = iri.base + "role/" + GraphIRI.hash(Self.stable(key.person) + "|" + Self.stable(key.organization) + "|" + key.title)
            var role = GraphNode(id: id, types: ["OrganizationRole"])
            role.add("roleName", .text(key.title))
            role.add("worksFor", .reference(key.organization))
            if let date, let value = GraphValue.isoDate(date) { role.add("startDate", value) }
            return (key.person, role)
        }
    }

    /// The earlier of a recorded ISO date and a new one (ISO strings compare in date order; of
    /// "2024-03" and "2024-03-05" the more precise one wins).
    static func earlier(_ recorded: String?, _ new: String) -> String {
        guard let recorded else { return new }
        if new.hasPrefix(recorded) || recorded.hasPrefix(new) { return max(new, recorded) }
        return min(new, recorded)
    }
}
