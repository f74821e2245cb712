/// Where a new term file of a letter goes: the folder most terms of that letter are in
/// (the first by name on a tie); failing that, the letter's own folder if the glossary files
/// more than half its terms by letter; failing that, the content folder itself.
///
/// Counts are kept up to date one term at a time, so `glossary import` can ask for every
/// row without recounting the terms before it: recounting made 20,000 rows without a `path`
/// quadratic (over a minute).
struct TermFolders {
    /// Per letter label, how many terms each folder holds.
    private var counts: [String: [String: Int]] = [:]
    /// Per letter label, its most common folder so far.
    private var best: [String: (folder: String, count: Int)] = [:]
    /// Terms in their letter's own folder (`p/`, `0-9/`), and all terms.
    private var filedByLetter = 0
    private var total = 0
    /// The language's letters, for their folder names (`letterSlug`).
    private let collation: Collation

    init(terms: [Term], collation: Collation = .english) {
        self.collation = collation
        for term in terms { add(term) }
    }

    mutating func add(_ term: Term) {
        let folder = term.file.relativePath.split(separator: "/").dropLast().joined(separator: "/")
        total += 1
        if folder == collation.letterSlug(term.letter) { filedByLetter += 1 }
        let count = counts[term.letter, default: [:]][folder, default: 0] + 1
        counts[term.letter, default: [:]][folder] = count
        // Counts only grow, and only this folder's changed: it is the new best or the old
        // best stays.
        if let current = best[term.letter], current.count > count || (current.count == count && current.folder < folder) {
            return
        }
        best[term.letter] = (folder, count)
    }

    /// The folder (relative to the content folder, "" for the folder itself) for a new
    /// term filed under `letter`.
    func folder(for letter: String) -> String {
        if let most = best[letter] { return most.folder }
        return filedByLetter * 2 > total ? collation.letterSlug(letter) : ""
    }
}
