/// The warnings of `glossary check`: things that build fine but that an editor would fix.
enum CheckRules {
    static func warnings(glossary: Glossary, linked: [LinkedTerm], settings: SiteSettings) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        func warn(_ term: Term, _ line: Int, _ column: Int, _ message: String) {
            warnings.append(Diagnostic(file: term.file.displayPath, line: line, column: column, severity: .warning, message: message))
        }
        let terms = glossary.terms

        // A title or alias shared by two terms (case and accents aside) is a build error
        // (NameCollisions); titles that differ only by punctuation ("C++", "C#") are not, but
        // readers will confuse them.
        var looseTitles: [String: [Int]] = [:]
        for (index, term) in terms.enumerated() {
            looseTitles[NameFolding.fold(term.title, in: glossary.collation).filter { $0.isLetter || $0.isNumber }, default: []].append(index)
        }

        for (index, term) in terms.enumerated() {
            let matter = term.frontMatter
            let title = matter.title
            let twins = (looseTitles[NameFolding.fold(title.value, in: glossary.collation).filter { $0.isLetter || $0.isNumber }] ?? [])
                .filter { $0 != index && terms[$0].title != title.value }
            if let twin = twins.first {
                warn(term, title.line, title.column,
                     "the title '\(title.value)' differs from '\(terms[twin].title)' only by punctuation")
            }
            // A glossary of one term has nothing that could link to it.
            if linked[index].referencedBy.isEmpty && terms.count > 1 {
                warn(term, title.line, title.column, "no other term links to '\(title.value)'")
            }
            if (matter.partOfSpeech ?? "").isEmpty {
                warn(term, title.line, title.column, "'\(title.value)' has no part_of_speech")
            }
            if (matter.description ?? "").isEmpty && linked[index].body.firstParagraph.isEmpty {
                warn(term, title.line, title.column, "'\(title.value)' has no description and no first paragraph to take it from")
            }
            for reference in linked[index].selfReferences {
                warn(term, reference.line, reference.column, "the \(reference.value) refers to the term itself")
            }
            for link in linked[index].formerLinks {
                warn(term, link.line, link.column,
                     "the link to '\(link.written)' goes to a former address of '\(terms[link.target].title)'; "
                        + "link to '\(link.current)' instead")
            }
            for reference in linked[index].deprecatedReferences {
                let preferred = terms[reference.target].title
                warn(term, reference.line, reference.column,
                     "the \(reference.written) uses a deprecated name of '\(preferred)'; write '\(preferred)' instead")
            }
            for leftover in Leftovers.find(body: term.body, startLine: term.bodyStartLine, allowRawHTML: settings.allowRawHTML) {
                warn(term, leftover.line, leftover.column, leftover.value)
            }
            let body = linked[index].body
            if body.hasExample, body.exampleHTML.allSatisfy(\.isWhitespace) {
                warn(term, body.exampleHeadingLine ?? 1, 1, "the example section is empty")
            }
            for entry in matter.related {
                if case .external(_, let url, let line, let column) = entry {
                    let scheme = url.lowercased()
                    if !settings.allowRawHTML && URLSafety.isUnsafe(url) {
                        warn(term, line, column, "the related URL '\(url)' has an unsafe scheme: the page shows its title without a link")
                    } else if !scheme.hasPrefix("http://") && !scheme.hasPrefix("https://") {
                        warn(term, line, column, "the related URL '\(url)' is not an http(s) address")
                    }
                }
            }
        }
        warnings += tagWarnings(glossary: glossary, settings: settings)
        return warnings
    }

    /// A tag of one term only is usually a typo of another; a site that lists its tags gets
    /// a warning for any other tag instead.
    private static func tagWarnings(glossary: Glossary, settings: SiteSettings) -> [Diagnostic] {
        var uses: [String: [(term: Term, tag: Located<String>)]] = [:]
        for term in glossary.terms {
            for tag in term.frontMatter.tags { uses[Slug.make(from: tag.value), default: []].append((term, tag)) }
        }
        let known = settings.tags.map { Set($0.map { Slug.make(from: $0) }) }
        var warnings: [Diagnostic] = []
        for (slug, places) in uses {
            if let known {
                guard !known.contains(slug) else { continue }
                for place in places {
                    warnings.append(Diagnostic(
                        file: place.term.file.displayPath, line: place.tag.line, column: place.tag.column, severity: .warning,
                        message: "the tag '\(place.tag.value)' is not one of the tags glossary.yml lists"))
                }
            } else if places.count == 1, let place = places.first {
                warnings.append(Diagnostic(
                    file: place.term.file.displayPath, line: place.tag.line, column: place.tag.column, severity: .warning,
                    message: "the tag '\(place.tag.value)' is used by this term only"))
            }
        }
        return warnings
    }
}
