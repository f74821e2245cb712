import Foundation

/// Reads the links of one titled section of a page ("See also", "Referenced by"): the
/// links between the heading with that text and the next heading.
enum HTMLSection {
    struct Link: Equatable {
        var href: String
        var text: String
    }

    static func links(under heading: String, in html: String) -> [Link]? {
        guard let headingRange = html.range(of: ">\(heading)</h") else { return nil }
        var section = html[headingRange.upperBound...]
        if let next = section.range(of: "<h2")?.lowerBound ?? section.range(of: "</article")?.lowerBound {
            section = section[..<next]
        }
        var links: [Link] = []
        var rest = section
        while let open = rest.range(of: "<a ") {
            let tag = rest[open.upperBound...]
            guard let close = tag.range(of: "</a>") else { break }
            let anchor = tag[..<close.lowerBound]
            let href = LinkChecker.attributeValues(in: " " + anchor, names: ["href"]).first ?? ""
            let text = anchor.split(separator: ">", maxSplits: 1).last.map { stripTags(String($0)) } ?? ""
            links.append(Link(href: href, text: text))
            rest = tag[close.upperBound...]
        }
        return links
    }

    private static func stripTags(_ text: String) -> String {
        var result = ""
        var inTag = false
        for character in text {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { result.append(character) }
        }
        return result.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
