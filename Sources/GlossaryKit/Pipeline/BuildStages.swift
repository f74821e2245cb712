import Foundation

/// The stages every command runs, each a function from plain values to plain values plus
/// the diagnostics it found: load → front matter → names and index → link → tags →
/// contexts → render → write (the last two in `SiteBuilder`). `Pipeline` calls them in
/// order; nothing else wires them.
///
/// A stage that finds errors still hands on everything that is good, so the stages after
/// it check the rest and one run reports the errors of every stage. Only a problem that
/// leaves nothing to check (no content folder) is thrown.
package enum BuildStages {
    // MARK: load

    /// Reads `glossary.yml` and every term file below the content folder. A file the
    /// cache holds unchanged is not read again.
    static func load(_ options: BuildOptions, cache: StageCache?) throws(DiagnosticsError) -> Staged<LoadedSite> {
        let folder = options.contentFolder
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticsError([Diagnostic(file: folder, message: "the content folder does not exist")], kind: .usage)
        }
        var diagnostics: [Diagnostic] = []
        let settingsPath = ContentLoader.join(folder, "glossary.yml")
        var settings = SiteSettings()
        do {
            settings = try cache?.settings(at: settingsPath) ?? SiteSettings.load(from: settingsPath, displayPath: settingsPath)
        } catch {
            diagnostics += Self.diagnostics(of: error, file: settingsPath)
        }
        if let baseURL = options.baseURL { settings.baseURL = baseURL }
        let collation = Collation.forLanguage(settings.language)
        if let problem = collation.problem {
            diagnostics.append(Diagnostic(
                file: settingsPath, severity: .warning,
                message: "language '\(settings.language)': \(problem); letters and order follow ICU's root locale"))
        }
        if settings.isMultilingual {
            let editions = languageFolders(folder, settings: settings, jobs: options.jobs, cache: cache, diagnostics: &diagnostics)
            return Staged(LoadedSite(settings: settings, files: [], collation: collation, editions: editions), diagnostics)
        }
        cache?.keepFolders([folder])
        let files = termFiles(
            in: folder, collation: collation, jobs: options.jobs, cache: cache?.terms(in: folder), diagnostics: &diagnostics)
        var site = LoadedSite(settings: settings, files: files, folder: folder, collation: collation)
        site.intro = intro(in: folder, diagnostics: &diagnostics)
        return Staged(site, diagnostics)
    }

    /// `_index.md` of a folder, the index page's intro (read on every build: it is one file).
    private static func intro(in folder: String, diagnostics: inout [Diagnostic]) -> TermSource? {
        let path = ContentLoader.join(folder, "_index.md")
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            return TermSource(displayPath: path, relativePath: "_index.md", text: try TextFile.read(path: path, displayPath: path))
        } catch {
            diagnostics += Self.diagnostics(of: error, file: path)
            return nil
        }
    }

    /// Reads the term files below `folder` (the content folder, or one language's folder);
    /// a file the cache holds unchanged is not read again.
    private static func termFiles(
        in folder: String, collation: Collation, jobs: Int, cache: TermFileCache?, diagnostics: inout [Diagnostic]
    ) -> [SourceFile] {
        // Parsed terms carry the letters and order of the language they were parsed in.
        cache?.use(language: collation.locale)
        var walk = TermFileWalk()
        walk.collect(folder: folder, prefix: "")
        diagnostics += walk.diagnostics
        let paths = walk.paths
        cache?.forget(allBut: Set(paths))
        return ParallelMap.map(count: paths.count, jobs: jobs) { index -> SourceFile in
            let relative = paths[index]
            let displayPath = ContentLoader.join(folder, relative)
            let stamp = cache.map { _ in FileStamp(path: displayPath) }
            if let stamp, cache?.holds(relative, stamp: stamp) == true { return .unchanged(relativePath: relative) }
            do {
                let text = try TextFile.read(path: displayPath, displayPath: displayPath)
                return .read(TermSource(displayPath: displayPath, relativePath: relative, text: text), stamp: stamp)
            } catch {
                return .unreadable(relativePath: relative, stamp: stamp, Self.diagnostics(of: error, file: displayPath))
            }
        }
    }

    /// The term files of each language of a multi-language glossary, from `Content/<code>/`
    /// (the folder's name matched as codes are: `zh-hans/` for `zh-Hans`), each language
    /// through its own `TermFileCache`: one relative path (`animals/cat.md`) is a file in
    /// every language.
    ///
    /// A term file outside the language folders is an error (it would belong to no language);
    /// a folder named like a language code that `languages:` does not list is skipped with a
    /// warning (a translation in progress), as is a listed language without a folder.
    static func languageFolders(
        _ folder: String, settings: SiteSettings, jobs: Int, cache: StageCache? = nil, diagnostics: inout [Diagnostic]
    ) -> [LoadedEdition]
    {
        let editions = Edition.all(settings)
        var folderOf: [Int: String] = [:]
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        let settingsPath = ContentLoader.join(folder, "glossary.yml")
        for name in names where !name.hasPrefix("_") && !name.hasPrefix(".") {
            let path = ContentLoader.join(folder, name)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            if let index = editions.firstIndex(where: { SiteLanguage.key($0.code) == SiteLanguage.key(name) }), isDirectory.boolValue {
                if folderOf[index] == nil { folderOf[index] = path } else {
                    diagnostics.append(Diagnostic(
                        file: path, message: "a second folder for the language '\(editions[index].code)' (\(folderOf[index]!) is read); merge them"))
                }
                continue
            }
            if isDirectory.boolValue && SiteLanguage.looksLikeCode(name) {
                diagnostics.append(Diagnostic(
                    file: path, severity: .warning,
                    message: "skipped: '\(name)' is not in 'languages' of \(settingsPath) ("
                        + editions.map(\.code).joined(separator: ", ") + "); add it there to publish it"))
                continue
            }
            var walk = TermFileWalk()
            if isDirectory.boolValue { walk.collect(folder: path, prefix: name + "/") } else if name.hasSuffix(".md") { walk.paths = [name] }
            for stray in walk.paths {
                diagnostics.append(Diagnostic(
                    file: ContentLoader.join(folder, stray),
                    message: "in a glossary of several languages every term is in a language folder ("
                        + editions.map { "\(folder)/\($0.code)/" }.joined(separator: ", ")
                        + "); move it into one, or start its name with '_'"))
            }
        }
        cache?.keepFolders(Set(folderOf.values))
        return editions.enumerated().map { index, edition in
            let collation = Collation.forLanguage(edition.code)
            guard let languageFolder = folderOf[index] else {
                diagnostics.append(Diagnostic(
                    file: settingsPath, line: edition.language.line, column: edition.language.column, severity: .warning,
                    message: "the language '\(edition.code)' has no folder \(ContentLoader.join(folder, edition.code)) yet: it has no terms"))
                return LoadedEdition(edition: edition, files: [], folder: "", collation: collation)
            }
            if let problem = collation.problem {
                diagnostics.append(Diagnostic(
                    file: settingsPath, line: edition.language.line, column: edition.language.column, severity: .warning,
                    message: "language '\(edition.code)': \(problem); letters and order follow ICU's root locale"))
            }
            let files = termFiles(
                in: languageFolder, collation: collation, jobs: jobs, cache: cache?.terms(in: languageFolder),
                diagnostics: &diagnostics)
            return LoadedEdition(
                edition: edition, files: files, folder: languageFolder, collation: collation,
                intro: intro(in: languageFolder, diagnostics: &diagnostics))
        }
    }

    /// Loads the templates; `need` says whether a missing folder is an error or skipped
    /// (check) or the templates are not wanted at all (export).
    static func templates(_ options: BuildOptions, need: TemplateNeed, cache: StageCache?) -> Staged<TemplateLibrary?> {
        let folder = options.templatesFolder
        switch need {
        case .none: return Staged(nil)
        case .ifPresent where !FileManager.default.fileExists(atPath: folder): return Staged(nil)
        default: break
        }
        do {
            return Staged(try cache?.templates(in: folder) ?? TemplateLibrary.load(folder: folder))
        } catch {
            return Staged(nil, Self.diagnostics(of: error, file: folder))
        }
    }

    // MARK: front matter

    /// Parses each term file's front matter and settles its slug and letter. Drafts are
    /// left out unless asked for; files with errors are left out too, and their names
    /// remembered so references to them are not reported a second time.
    static func frontMatter(
        _ files: [SourceFile], collation: Collation, includeDrafts: Bool, jobs: Int, cache: TermFileCache?
    ) -> Staged<ParsedTerms> {
        let parsed = ParallelMap.map(count: files.count, jobs: jobs) { index -> ParsedFile in
            switch files[index] {
            case .read(let source, _): return parse(source, collation: collation)
            case .unreadable(_, _, let diagnostics): return ParsedFile(term: nil, diagnostics: diagnostics)
            case .unchanged(let relative): return cache!.parsed(relative)!
            }
        }
        var result = ParsedTerms()
        var diagnostics: [Diagnostic] = []
        for (file, outcome) in zip(files, parsed) {
            cache?.store(file, outcome)
            diagnostics += outcome.diagnostics
            result.notes += outcome.notes
            if let term = outcome.term {
                if includeDrafts || !term.frontMatter.draft { result.terms.append(term) } else { result.drafts.append(term) }
            } else if outcome.notes.isEmpty {
                result.failedPaths.append(file.relativePath)
            }
        }
        return Staged(result, diagnostics)
    }

    /// One term file through the front matter stage.
    static func parse(_ source: TermSource, collation: Collation) -> ParsedFile {
        do {
            let term = try TermParser.parse(source, collation: collation)
            if let layout = term.frontMatter.page {
                return ParsedFile(term: nil, diagnostics: [], notes: [Diagnostic(
                    file: source.displayPath, line: layout.line, column: layout.column, severity: .note,
                    message: "skipped: '\(layout.value)' names a page that is not a term")])
            }
            let notices = term.frontMatter.notices.map {
                Diagnostic(file: source.displayPath, line: $0.line, column: $0.column, severity: .warning, message: $0.value)
            }
            return ParsedFile(term: term, diagnostics: [], notes: notices)
        } catch {
            return ParsedFile(term: nil, diagnostics: diagnostics(of: error, file: source.displayPath))
        }
    }

    // MARK: names and index

    /// Checks that no two terms share a slug or a name, and builds the lookup tables; the
    /// two only read the terms, so they run side by side.
    static func index(_ terms: [Term], collation: Collation, jobs: Int) -> Staged<Glossary> {
        var problems: [Diagnostic] = []
        var glossary: Glossary?
        for half in ParallelMap.map(count: 2, jobs: jobs, { half -> IndexHalf in
            half == 0 ? .checked(names(terms, collation: collation)) : .built(Glossary(terms: terms, collation: collation))
        }) {
            switch half {
            case .checked(let found): problems = found
            case .built(let built): glossary = built
            }
        }
        return Staged(glossary!, problems)
    }

    private enum IndexHalf {
        case checked([Diagnostic])
        case built(Glossary)
    }

    /// Two terms with one slug would write one page, and two with one name (title or alias,
    /// case and accents aside) would make references to it ambiguous; each place is named.
    static func names(_ terms: [Term], collation: Collation) -> [Diagnostic] {
        let bySlug = Dictionary(grouping: terms, by: { $0.slug.lowercased() })
        var diagnostics: [Diagnostic] = []
        for (slug, group) in bySlug where group.count > 1 {
            let files = group.map(\.file.displayPath).sorted()
            for term in group {
                let others = files.filter { $0 != term.file.displayPath }.joined(separator: ", ")
                diagnostics.append(Diagnostic(
                    file: term.file.displayPath, line: term.frontMatter.slug?.line ?? 1,
                    column: term.frontMatter.slug?.column ?? 1,
                    message: "the slug '\(slug)' is used by \(others) too; set a different 'slug' in one of them"))
            }
        }
        return diagnostics + NameCollisions.diagnostics(terms, collation: collation)
    }

    // MARK: link

    /// Resolves every reference and renders every body; terms the cache linked against the
    /// same names are reused. Backlinks are added over all terms.
    static func link(
        _ glossary: Glossary, settings: SiteSettings, unavailable: UnavailableNames, fallback: LanguageFallback? = nil, jobs: Int,
        cache: TermFileCache?
    ) -> Staged<[LinkedTerm]> {
        let context = Linker.Context(glossary: glossary, settings: settings, unavailable: unavailable, fallback: fallback)
        cache?.useLinks(for: glossary, settings: settings, context: context)
        let results = ParallelMap.map(count: glossary.terms.count, jobs: jobs) { index -> (LinkedTerm, [Diagnostic]) in
            if let reused = cache?.linked(glossary.terms[index]) { return reused }
            return Linker.linkTerm(at: index, in: glossary, context: context)
        }
        var linked: [LinkedTerm] = []
        var diagnostics = context.addresses.diagnostics
        linked.reserveCapacity(results.count)
        for (term, result) in zip(glossary.terms, results) {
            cache?.storeLink(term, result)
            linked.append(result.0)
            diagnostics += result.1
        }
        Linker.addBacklinks(to: &linked)
        // Over every term, reused links too: a target's headings may have changed.
        diagnostics += Linker.checkAnchors(linked, in: glossary)
        return Staged(linked, diagnostics)
    }

    /// The index page's intro, its references resolved against the linked glossary.
    static func intro(
        _ source: TermSource?, glossary: Glossary, linked: [LinkedTerm], settings: SiteSettings, unavailable: UnavailableNames,
        fallback: LanguageFallback? = nil
    ) -> Staged<RenderedBody?> {
        guard let source else { return Staged(nil) }
        let context = Linker.Context(glossary: glossary, settings: settings, unavailable: unavailable, fallback: fallback)
        let (body, diagnostics) = Linker.linkIntro(source, in: glossary, linked: linked, context: context)
        return Staged(body, diagnostics)
    }

    // MARK: tags

    /// The tags in use; a tag without a letter or digit is reported and left out.
    static func tags(_ glossary: Glossary) -> Staged<TagIndex> {
        let (index, diagnostics) = TagIndex.make(glossary: glossary)
        return Staged(index, diagnostics)
    }

    // MARK: sources

    /// Where the term files sit (for edit links) and, unless `--no-git`, their last commits,
    /// from one `git log`. `serve` reads git once per session, and takes a file edited since
    /// as uncommitted (it shows no date), rather than running git on every save.
    static func sources(_ options: BuildOptions, cache: StageCache?) -> SourceHistory {
        if let cache, let kept = cache.sources {
            return SourceHistory(repository: kept.repository, dates: kept.dates.map { dates in
                dates.marking(uncommitted: cache.editedFiles.compactMap(kept.repository.path(ofDisplayPath:)))
            })
        }
        let repository = SourceRepository.locate(contentFolder: options.contentFolder)
        let sources = SourceHistory(repository: repository, dates: options.readsGit ? GitDates.read(repository) : nil)
        cache?.sources = sources
        return sources
    }

    // MARK: contexts

    /// The values every page's template receives.
    package static func contexts(_ analysis: SiteAnalysis, jobs: Int, sources: SourceHistory? = nil) -> PageContexts {
        let catalog = analysis.templates?.catalog ?? InterfaceCatalog.builtIn
        let strings = catalog.strings(language: analysis.settings.language, overrides: analysis.settings.interface)
        var contexts = PageContexts(
            settings: analysis.settings, glossary: analysis.glossary, linked: analysis.linked, tags: analysis.tags,
            strings: strings, jobs: jobs)
        contexts.sources = sources
        contexts.intro = analysis.intro
        contexts.hasPrintableTemplate = analysis.templates?.has("all") ?? false
        return contexts
    }

    /// The contexts of every language of a multi-language glossary, each with the links to
    /// the others (switcher, alternates).
    static func contexts(editionsOf analysis: SiteAnalysis, jobs: Int, sources: SourceHistory? = nil) -> [PageContexts] {
        let catalog = analysis.templates?.catalog ?? InterfaceCatalog.builtIn
        let languages = analysis.languages
        let absolute = Publishing.absoluteBase(analysis.siteSettings ?? analysis.settings) != nil
        return analysis.editions.enumerated().map { index, edition in
            let settings = edition.edition.settings
            var contexts = PageContexts(
                settings: settings, glossary: edition.glossary, linked: edition.linked, tags: edition.tags,
                strings: catalog.strings(language: settings.language, overrides: settings.interface), jobs: jobs)
            contexts.sources = sources
            contexts.intro = edition.intro
            contexts.hasPrintableTemplate = analysis.templates?.has("all") ?? false
            contexts.languageLinks = LanguageLinks(
                languages: languages, current: index, translations: analysis.translations, absolute: absolute)
            return contexts
        }
    }

    // MARK: errors

    /// A thrown error as diagnostics; anything but a `DiagnosticsError` is named at `file`.
    package static func diagnostics(of error: any Error, file: String) -> [Diagnostic] {
        if let error = error as? DiagnosticsError { return error.diagnostics }
        return [Diagnostic(file: file, message: "\(error)")]
    }
}

/// A stage's output and the problems it found on the way.
struct Staged<Value> {
    var value: Value
    var diagnostics: [Diagnostic]

    init(_ value: Value, _ diagnostics: [Diagnostic] = []) {
        self.value = value
        self.diagnostics = diagnostics
    }
}

/// Whether a command renders pages, only checks templates that exist, or needs none.
enum TemplateNeed {
    case required, ifPresent, none
}
