import Foundation

/// The search index split into small files, so a query loads only what its words need
/// (after Pagefind: a word index cut by word prefix, and per-result records fetched only
/// for the results shown). Every file is a script, `__glossarySearchShard("<name>", <JSON>);`,
/// that search.js adds as a `<script>` element: unlike `fetch`, that works from `file://`.
///
/// Under `search/` (SitePaths.searchFolder) of each language:
///
/// - `index.js`: `{"chunk", "language", "names", "terms", "text", "version": 2, "vocabulary", "words"}`:
///   the keys of the files below that exist (so nothing is asked for that is not there),
///   the term count and the records per chunk;
/// - `v/<key>.js` (vocabulary): `{"names": [...], "text": [...]}`, the distinct words whose
///   coarse form (`SearchWords`) starts with the one character `key`; a name word in a
///   script without spaces is listed under every character it holds, so a query finds it
///   by any part (`架构` in 软件架构). search.js folds these in the page's language, matches
///   the query words against them (prefix, one typo, inside runs) and then loads only the
///   postings of the words that matched;
/// - `n/<key>.js` (names): `[[word, [term delta, place, ...]], ...]` for the words of titles
///   and aliases whose coarse form starts with `key`; place is `(field * 64 + position) * 2
///   + last`, field 0 the title and k the k-th alias (deprecated names after the aliases), position the word's (up to 63), last
///   whether it ends the field: enough for every ranking tier (the title *is* the query,
///   starts with it, has each word, ...) without the titles themselves;
/// - `x/<key>.js` (text): `[[word, postings], ...]`: the terms whose description, definition
///   or example has the word, as ascending term deltas or, when shorter, a bitmap of 6 terms
///   per character (`A`–`Z`, `a`–`z`, `0`–`9`, `-`, `_`); runs of scripts without spaces
///   are indexed by their pairs of characters (`SearchWords.textWords`);
/// - `t/<n>.js` (records): `[[title, names, url, part_of_speech, description, text(, deprecated)], ...]`
///   (names: the aliases, then the deprecated names, their count the optional last field) for terms `n * chunk ..< (n + 1) * chunk` in reading order; text is the plain text of
///   definition and example, for the snippet around a full-text match;
/// - `names.js`: every distinct word of titles and aliases, when that list is at most
///   64 KB, so a query can match inside a word of a title ("ship" in Partnership) without
///   an index of every part of every word; larger glossaries go without.
///
/// Keys of `n/` and `x/` are the first two coarse characters of a word, or more where a
/// shard would pass `shardLimit` bytes (a word of the prefix `re` at 100,000 terms: `re`
/// splits into `rea`, `rec`, ...); a word's shard is the longest key that starts its coarse
/// form. Every value is JSON written by `JSONText` (`<`, `>`, `&`, U+2028, U+2029 escaped),
/// keys and words in sorted order: two builds give the same bytes.
enum SearchShards {
    static let version = 2
    static let recordsPerChunk = 4
    static let shardLimit = 40_000
    static let namesListLimit = 64_000

    /// One term's words, cut on any core (`jobs`); the shards are then filled in term order.
    private struct TermWords {
        /// The words of the title and of each alias.
        var names: [[String]]
        /// The term's distinct full-text words (`SearchWords.textWords`), first seen first,
        /// each with the first character of its coarse form (its vocabulary file).
        var text: [(word: String, first: Unicode.Scalar)]
        /// The plain text of definition and example, for the record's snippet.
        var plain: String
    }

    private static func termWords(_ term: Term, _ linked: LinkedTerm, language: String) -> TermWords {
        let names = ([term.title] + term.searchNames).map { SearchWords.words($0, language: language) }
        let definition = SearchWords.plainText(html: linked.body.definitionHTML)
        let example = SearchWords.plainText(html: linked.body.exampleHTML)
        var seen = Set<String>()
        var text: [(word: String, first: Unicode.Scalar)] = []
        for part in [linked.description, definition, example] {
            SearchWords.eachTextWord(part, language: language) { piece, first in
                if seen.insert(piece).inserted { text.append((piece, first)) }
            }
        }
        return TermWords(names: names, text: text, plain: [definition, example].filter { !$0.isEmpty }.joined(separator: " "))
    }

    static func files(_ glossary: Glossary, _ linked: [LinkedTerm], language: String, jobs: Int = 1) -> [SiteFile] {
        var names: [String: [UInt8]] = [:]     // word -> encoded postings, being written
        var lastNameTerm: [String: Int] = [:]
        var text: [String: [Int]] = [:]
        var vocabulary: [[Unicode.Scalar]: (names: Set<String>, text: Set<String>)] = [:]
        var coarseOf: [String: [Unicode.Scalar]] = [:]
        func coarse(_ word: String) -> [Unicode.Scalar] {
            if let known = coarseOf[word] { return known }
            let value = SearchWords.coarse(word)
            coarseOf[word] = value
            return value
        }

        let cut = ParallelMap.map(count: glossary.terms.count, jobs: jobs) {
            termWords(glossary.terms[$0], linked[$0], language: language)
        }
        for (index, termWords) in cut.enumerated() {
            for (field, words) in termWords.names.enumerated() {
                for (position, word) in words.enumerated() {
                    let key = coarse(word)
                    guard let first = key.first else { continue }
                    var postings = names[word] ?? []
                    if !postings.isEmpty { postings.append(UInt8(ascii: ",")) }
                    appendInt(index - (lastNameTerm[word] ?? 0), to: &postings)
                    postings.append(UInt8(ascii: ","))
                    appendInt((field * 64 + min(position, 63)) * 2 + (position == words.count - 1 ? 1 : 0), to: &postings)
                    names[word] = postings
                    lastNameTerm[word] = index
                    let listed = word.unicodeScalars.contains(where: SearchWords.isSpaceless) ? Set(key.map { [$0] }) : [[first]]
                    for character in listed { vocabulary[character, default: ([], [])].names.insert(word) }
                }
            }
            for (piece, first) in termWords.text where text[piece]?.append(index) == nil {
                text[piece] = [index]
                vocabulary[[first], default: ([], [])].text.insert(piece)
            }
        }

        let folder = SitePaths.searchFolder
        var files: [SiteFile] = []
        let nameEntries = names.map { word, postings -> (String, [UInt8]) in
            var entry: [UInt8] = []
            JSONText.appendString(word, to: &entry)
            entry.append(UInt8(ascii: ","))
            entry.append(UInt8(ascii: "["))
            entry += postings
            entry.append(UInt8(ascii: "]"))
            return (word, entry)
        }
        let textEntries = text.map { word, terms -> (String, [UInt8]) in
            var entry: [UInt8] = []
            JSONText.appendString(word, to: &entry)
            entry.append(UInt8(ascii: ","))
            entry += encodeTerms(terms, count: glossary.terms.count)
            return (word, entry)
        }
        let nameKeys = shardFiles("n", nameEntries, coarse: coarse, into: &files)
        let textKeys = shardFiles("x", textEntries, coarse: coarse, into: &files)

        let vocabularyKeys = vocabulary.keys.sorted(by: scalarsLess)
        for key in vocabularyKeys {
            guard let lists = vocabulary[key] else { continue }
            var out: [UInt8] = Array(#"{"names":"#.utf8)
            JSONText.appendArray(lists.names.sorted(by: utf8Less), to: &out)
            out += Array(#","text":"#.utf8)
            JSONText.appendArray(lists.text.sorted(by: utf8Less), to: &out)
            out.append(UInt8(ascii: "}"))
            files.append(script("v/" + SearchWords.fileName(key), out, folder: folder))
        }

        var allNames: [UInt8] = []
        JSONText.appendArray(names.keys.sorted(by: utf8Less), to: &allNames)
        let hasNamesList = allNames.count <= namesListLimit
        if hasNamesList { files.append(script("names", allNames, folder: folder)) }

        let chunks = (glossary.terms.count + recordsPerChunk - 1) / recordsPerChunk
        for chunk in 0..<chunks {
            var out: [UInt8] = [UInt8(ascii: "[")]
            for index in (chunk * recordsPerChunk)..<min(glossary.terms.count, (chunk + 1) * recordsPerChunk) {
                let term = glossary.terms[index]
                if index > chunk * recordsPerChunk { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "["))
                JSONText.appendString(term.title, to: &out)
                out.append(UInt8(ascii: ","))
                JSONText.appendArray(term.searchNames, to: &out)
                out.append(UInt8(ascii: ","))
                JSONText.appendString(term.href, to: &out)
                out.append(UInt8(ascii: ","))
                JSONText.appendString(term.frontMatter.partOfSpeech ?? "", to: &out)
                out.append(UInt8(ascii: ","))
                JSONText.appendString(linked[index].description, to: &out)
                out.append(UInt8(ascii: ","))
                JSONText.appendString(cut[index].plain, to: &out)
                // Only a term with deprecated names has the seventh field: how many of the
                // names are deprecated (the last ones), so the results can label them.
                let deprecated = term.frontMatter.deprecatedNames.count
                if deprecated > 0 { out.append(contentsOf: ",\(deprecated)".utf8) }
                out.append(UInt8(ascii: "]"))
            }
            out.append(UInt8(ascii: "]"))
            files.append(script("t/\(chunk)", out, folder: folder))
        }

        var manifest: [UInt8] = Array(#"{"chunk":"#.utf8)
        appendInt(recordsPerChunk, to: &manifest)
        manifest += Array(#","language":"#.utf8)
        JSONText.appendString(language, to: &manifest)
        manifest += Array(#","names":"#.utf8)
        manifest += Array((hasNamesList ? "true" : "false").utf8)
        manifest += Array(#","terms":"#.utf8)
        appendInt(glossary.terms.count, to: &manifest)
        manifest += Array(#","text":"#.utf8)
        JSONText.appendArray(textKeys.map(keyString), to: &manifest)
        manifest += Array(#","version":"#.utf8)
        appendInt(version, to: &manifest)
        manifest += Array(#","vocabulary":"#.utf8)
        JSONText.appendArray(vocabularyKeys.map(keyString), to: &manifest)
        manifest += Array(#","words":"#.utf8)
        JSONText.appendArray(nameKeys.map(keyString), to: &manifest)
        manifest.append(UInt8(ascii: "}"))
        files.append(script("index", manifest, folder: folder))
        return files.sorted { utf8Less($0.path, $1.path) }
    }

    /// Writes the entries into shards keyed by coarse prefix (two characters, more where a
    /// shard would be too big); returns the keys, sorted.
    private static func shardFiles(_ kind: String, _ entries: [(String, [UInt8])], coarse word: (String) -> [Unicode.Scalar],
                                   into files: inout [SiteFile]) -> [[Unicode.Scalar]] {
        let items = entries.compactMap { entry -> (key: [Unicode.Scalar], bytes: [UInt8], word: String)? in
            let key = word(entry.0)
            return key.isEmpty ? nil : (key, entry.1, entry.0)
        }
        var groups: [[Unicode.Scalar]: [Int]] = [:]
        func split(_ members: [Int], length: Int) {
            var byPrefix: [[Unicode.Scalar]: [Int]] = [:]
            for member in members { byPrefix[Array(items[member].key.prefix(length)), default: []].append(member) }
            for (prefix, group) in byPrefix {
                let size = group.reduce(0) { $0 + items[$1].bytes.count + 1 }
                let longer = group.filter { items[$0].key.count > length }
                if size > shardLimit, !longer.isEmpty, length < 24 {
                    let ending = group.filter { items[$0].key.count <= length }
                    if !ending.isEmpty { groups[prefix, default: []] += ending }
                    split(longer, length: length + 1)
                } else {
                    groups[prefix, default: []] += group
                }
            }
        }
        split(Array(items.indices), length: 2)
        let keys = groups.keys.sorted(by: scalarsLess)
        for key in keys {
            let members = (groups[key] ?? []).sorted { utf8Less(items[$0].word, items[$1].word) }
            var out: [UInt8] = [UInt8(ascii: "[")]
            for (n, member) in members.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "["))
                out += items[member].bytes
                out.append(UInt8(ascii: "]"))
            }
            out.append(UInt8(ascii: "]"))
            files.append(script(kind + "/" + SearchWords.fileName(key), out, folder: SitePaths.searchFolder))
        }
        return keys
    }

    /// Ascending term numbers as deltas (`[3,1,1,4]`), or as a bitmap string when shorter:
    /// a common word of a big glossary (in every other term) costs a sixth of a byte a term.
    static func encodeTerms(_ terms: [Int], count: Int) -> [UInt8] {
        var deltas: [UInt8] = [UInt8(ascii: "[")]
        var previous = 0
        for (n, term) in terms.enumerated() {
            if n > 0 { deltas.append(UInt8(ascii: ",")) }
            appendInt(term - previous, to: &deltas)
            previous = term
        }
        deltas.append(UInt8(ascii: "]"))
        let bitmapLength = (count + 5) / 6 + 2
        guard bitmapLength < deltas.count else { return deltas }
        var bits = [UInt8](repeating: 0, count: (count + 5) / 6)
        for term in terms { bits[term / 6] |= 1 << UInt8(term % 6) }
        return [UInt8(ascii: "\"")] + bits.map { bitmapAlphabet[Int($0)] } + [UInt8(ascii: "\"")]
    }

    static let bitmapAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    private static func script(_ name: String, _ json: [UInt8], folder: String) -> SiteFile {
        var out: [UInt8] = Array("__glossarySearchShard(".utf8)
        JSONText.appendString(name, to: &out)
        out.append(UInt8(ascii: ","))
        out += json
        out += Array(");\n".utf8)
        return SiteFile(path: folder + name + ".js", bytes: out)
    }

    private static func appendInt(_ value: Int, to out: inout [UInt8]) {
        out += Array(String(value).utf8)
    }

    private static func keyString(_ key: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: key)
        return String(view)
    }

    private static func scalarsLess(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        a.lexicographicallyPrecedes(b) { $0.value < $1.value }
    }

    private static func utf8Less(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
