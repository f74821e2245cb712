/// One language of a multi-language glossary as the other languages reach it: what a
/// reference that falls back to it looks up (`LanguageFallback`) and what the pages' language
/// switcher and alternates link to (`LanguageLinks`). Made once per analysis, one per
/// edition, the default first (`SiteAnalysis.languages`).
struct PublishedLanguage: Sendable {
    /// The code as `languages:` writes it (`de`, `zh-Hans`): `hreflang` and the folder name.
    var code: String
    /// The language's own name, for labels and the switcher (`Deutsch`).
    var name: String
    /// Its folder from the site root (`""` for the default language, `de/`).
    var folder: String
    /// The site's settings for this language (`SiteSettings.edition`).
    var settings: SiteSettings
    var glossary: Glossary
    /// Its addresses (`/slug/` links, former slugs, redirects), for references to its pages.
    var addresses: SiteAddresses
}
