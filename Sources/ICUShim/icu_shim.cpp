// The C++ side of icu_shim.h. ICU objects never leave this file: the handles are opaque
// structs that own them, freed by the matching close function.
//
// Thread safety, object by object:
// - AlphabeticIndex::ImmutableIndex is documented as immutable and thread-safe
//   (alphaindex.h), so one is shared by every thread for bucket lookups and labels.
// - Collator and Transliterator are not documented as safe to share while in use (a
//   Transliterator explicitly is not, translit.h), so neither is: each call borrows a
//   clone from a small pool under a mutex (Collator::clone is documented as the thread-safe
//   copy). A build maps terms on a few threads, so the pool holds about as many clones as
//   there are threads; none is made per term.
// - Locale-aware lowercasing (UnicodeString::toLower with a const Locale) keeps no state.
// - PluralRules::select is const and keeps no state, so one object serves every thread.

#include "icu_shim.h"

#include <unicode/alphaindex.h>
#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/plurrule.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/ulocdata.h>
#include <unicode/uniset.h>
#include <unicode/uscript.h>
#include <unicode/uset.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace {

/// Clones of one prototype, handed out one per call so no two threads share an object.
template <typename T> class ClonePool {
  public:
    explicit ClonePool(std::unique_ptr<T> prototype) : prototype_(std::move(prototype)) {}

    /// A clone for this call (made when none is free); nullptr when cloning fails.
    std::unique_ptr<T> borrow() {
        std::lock_guard<std::mutex> lock(mutex_);
        if (!free_.empty()) {
            std::unique_ptr<T> object = std::move(free_.back());
            free_.pop_back();
            return object;
        }
        return std::unique_ptr<T>(prototype_->clone());
    }

    void giveBack(std::unique_ptr<T> object) {
        if (!object) return;
        std::lock_guard<std::mutex> lock(mutex_);
        free_.push_back(std::move(object));
    }

  private:
    std::mutex mutex_;
    std::unique_ptr<T> prototype_;
    std::vector<std::unique_ptr<T>> free_;
};

/// Borrows from a pool for one scope.
template <typename T> class Borrowed {
  public:
    explicit Borrowed(ClonePool<T> &pool) : pool_(pool), object_(pool.borrow()) {}
    ~Borrowed() { pool_.giveBack(std::move(object_)); }
    T *get() const { return object_.get(); }

  private:
    ClonePool<T> &pool_;
    std::unique_ptr<T> object_;
};

void writeProblem(char *problem, int32_t capacity, const std::string &text) {
    if (problem == nullptr || capacity <= 0) return;
    std::size_t length = text.size() < static_cast<std::size_t>(capacity - 1) ? text.size() : static_cast<std::size_t>(capacity - 1);
    std::memcpy(problem, text.data(), length);
    problem[length] = '\0';
}

/// Copies UTF-8 into a caller's buffer; returns the full length.
int32_t copyOut(const std::string &text, char *out, int32_t capacity) {
    int32_t length = static_cast<int32_t>(text.size());
    if (out != nullptr && capacity > 0) std::memcpy(out, text.data(), length < capacity ? length : capacity);
    return length;
}

int32_t copyOut(const icu::UnicodeString &text, char *out, int32_t capacity) {
    std::string utf8;
    text.toUTF8String(utf8);
    return copyOut(utf8, out, capacity);
}

icu::UnicodeString fromUTF8(const char *text, int32_t length) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(text, length));
}

/// Whether the language is written in Latin script, so English labels would repeat its own.
bool writesLatin(const icu::Locale &locale) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale maximized(locale);
    maximized.addLikelySubtags(status);
    if (U_FAILURE(status)) return false;
    return std::strcmp(maximized.getScript(), "Latn") == 0;
}

struct Opened {
    std::unique_ptr<icu::Collator> collator;
    std::unique_ptr<icu::AlphabeticIndex::ImmutableIndex> index;
};

/// The collator and index of one locale, or nothing with ICU's reason.
Opened openFor(const icu::Locale &locale, std::string &reason) {
    Opened opened;
    UErrorCode status = U_ZERO_ERROR;
    opened.collator.reset(icu::Collator::createInstance(locale, status));
    if (U_FAILURE(status) || !opened.collator) {
        reason = std::string("ICU could not open its collator (") + u_errorName(status) + ")";
        return Opened();
    }
    status = U_ZERO_ERROR;
    icu::AlphabeticIndex index(locale, status);
    if (U_SUCCESS(status) && !writesLatin(locale)) index.addLabels(icu::Locale::getEnglish(), status);
    if (U_SUCCESS(status)) opened.index.reset(index.buildImmutableIndex(status));
    if (U_FAILURE(status) || !opened.index) {
        reason = std::string("ICU could not build its alphabetic index (") + u_errorName(status) + ")";
        return Opened();
    }
    return opened;
}

} // namespace

struct glossary_icu_collation {
    icu::Locale locale;
    ClonePool<icu::Collator> collators;
    std::unique_ptr<icu::AlphabeticIndex::ImmutableIndex> index;

    glossary_icu_collation(const icu::Locale &locale, Opened opened)
        : locale(locale), collators(std::move(opened.collator)), index(std::move(opened.index)) {}
};

struct glossary_icu_folding {
    /// Built on the first text the direct path cannot fold: compiling the rules costs
    /// ~150 M instructions (about 40 ms), more than folding every name of a 10,000-term
    /// glossary, and most glossaries' accented names never need it.
    std::once_flag built;
    std::unique_ptr<ClonePool<icu::Transliterator>> transliterators;
};

struct glossary_icu_plural_rules {
    std::unique_ptr<icu::PluralRules> rules;
};

extern "C" {

glossary_icu_collation *glossary_icu_collation_open(const char *tag, char *problem, int32_t problem_capacity) {
    writeProblem(problem, problem_capacity, "");
    std::string reason;
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale = icu::Locale::forLanguageTag(tag == nullptr ? "" : tag, status);
    if (U_FAILURE(status) || locale.isBogus()) {
        reason = std::string("'") + (tag == nullptr ? "" : tag) + "' is not a language tag ICU can read (" +
                 u_errorName(status) + ")";
    } else {
        Opened opened = openFor(locale, reason);
        if (opened.collator) return new glossary_icu_collation(locale, std::move(opened));
    }
    icu::Locale root = icu::Locale::getRoot();
    std::string rootReason;
    Opened opened = openFor(root, rootReason);
    if (!opened.collator) {
        writeProblem(problem, problem_capacity, reason + "; the root locale failed too: " + rootReason);
        return nullptr;
    }
    writeProblem(problem, problem_capacity, reason);
    return new glossary_icu_collation(root, std::move(opened));
}

void glossary_icu_collation_close(glossary_icu_collation *collation) { delete collation; }

int32_t glossary_icu_collation_locale(const glossary_icu_collation *collation, char *out, int32_t capacity) {
    return copyOut(std::string(collation->locale.getName()), out, capacity);
}

int32_t glossary_icu_collation_sort_key(
    glossary_icu_collation *collation, const char *text, int32_t length, uint8_t *out, int32_t capacity) {
    Borrowed<icu::Collator> collator(collation->collators);
    if (collator.get() == nullptr) return 0;
    return collator.get()->getSortKey(fromUTF8(text, length), out, capacity);
}

int32_t glossary_icu_collation_bucket_count(const glossary_icu_collation *collation) {
    return collation->index->getBucketCount();
}

int32_t glossary_icu_collation_bucket_kind(const glossary_icu_collation *collation, int32_t bucket) {
    const icu::AlphabeticIndex::Bucket *found = collation->index->getBucket(bucket);
    if (found == nullptr) return -1;
    switch (found->getLabelType()) {
    case U_ALPHAINDEX_NORMAL: return 0;
    case U_ALPHAINDEX_UNDERFLOW: return 1;
    case U_ALPHAINDEX_INFLOW: return 2;
    case U_ALPHAINDEX_OVERFLOW: return 3;
    }
    return -1;
}

int32_t glossary_icu_collation_bucket_label(
    const glossary_icu_collation *collation, int32_t bucket, char *out, int32_t capacity) {
    const icu::AlphabeticIndex::Bucket *found = collation->index->getBucket(bucket);
    if (found == nullptr) return 0;
    return copyOut(found->getLabel(), out, capacity);
}

int32_t glossary_icu_collation_bucket_of(const glossary_icu_collation *collation, const char *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t bucket = collation->index->getBucketIndex(fromUTF8(text, length), status);
    return U_FAILURE(status) ? -1 : bucket;
}

int32_t glossary_icu_collation_same_primary(
    glossary_icu_collation *collation, const char *a, int32_t a_length, const char *b, int32_t b_length) {
    Borrowed<icu::Collator> collator(collation->collators);
    if (collator.get() == nullptr) return -1;
    // The borrowed clone is this call's alone; its strength is put back before it returns.
    UErrorCode status = U_ZERO_ERROR;
    UColAttributeValue strength = collator.get()->getAttribute(UCOL_STRENGTH, status);
    collator.get()->setAttribute(UCOL_STRENGTH, UCOL_PRIMARY, status);
    UCollationResult result = collator.get()->compare(fromUTF8(a, a_length), fromUTF8(b, b_length), status);
    UErrorCode restore = U_ZERO_ERROR;
    collator.get()->setAttribute(UCOL_STRENGTH, strength, restore);
    if (U_FAILURE(status)) return -1;
    return result == UCOL_EQUAL ? 1 : 0;
}

int32_t glossary_icu_collation_is_exemplar(const glossary_icu_collation *collation, const char *text, int32_t length) {
    // Opened per call: it is asked once per distinct Latin letter with a mark, and kept out
    // of the collation so a language that never asks pays nothing.
    UErrorCode status = U_ZERO_ERROR;
    ULocaleData *data = ulocdata_open(collation->locale.getName(), &status);
    if (U_FAILURE(status) || data == nullptr) return -1;
    USet *set = ulocdata_getExemplarSet(data, nullptr, 0, ULOCDATA_ES_STANDARD, &status);
    ulocdata_close(data);
    if (U_FAILURE(status) || set == nullptr) {
        if (set != nullptr) uset_close(set);
        return -1;
    }
    icu::UnicodeString value = fromUTF8(text, length);
    UBool found = uset_containsString(set, value.getBuffer(), value.length());
    uset_close(set);
    return found ? 1 : 0;
}

int32_t glossary_icu_collation_lowercase(
    const glossary_icu_collation *collation, const char *text, int32_t length, char *out, int32_t capacity) {
    icu::UnicodeString value = fromUTF8(text, length);
    value.toLower(collation->locale);
    return copyOut(value, out, capacity);
}

} // extern "C"

// NFKC first, so compatibility forms (full-width letters, ligatures) meet the Latin rules as
// plain letters; then Latin letters lose their marks and become ASCII; marks left on a Latin
// letter with no precomposed form ("q̃") are dropped; other scripts keep every mark (Hindi
// vowel signs, Japanese voicing marks are part of their letters).
static const char foldingRules[] =
    ":: NFKC ; :: [:Latin:] Latin-ASCII ; :: NFD ; ([:Latin:]) [:Mn:]+ > $1 ; :: Lower ; :: NFC ;";

namespace {

/// The rules' result without compiling them, for text whose Latin letters all decompose
/// into ASCII letters and marks ("É", "ö", "ñ", "Ǆ"): NFKC, NFD, marks after a Latin letter
/// dropped, lowercased, NFC. False when a Latin letter outside ASCII is left after NFD
/// ("ß", "ø", "æ", "ı"): only Latin-ASCII's own table maps those. The two agree on every
/// Latin code point (ICUNameFoldingTests compares them one by one).
bool foldDirectly(const icu::UnicodeString &text, icu::UnicodeString &out) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfkc = icu::Normalizer2::getNFKCInstance(status);
    const icu::Normalizer2 *nfd = icu::Normalizer2::getNFDInstance(status);
    const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return false;
    icu::UnicodeString decomposed = nfd->normalize(nfkc->normalize(text, status), status);
    if (U_FAILURE(status)) return false;
    icu::UnicodeString kept;
    bool afterLatin = false;
    for (int32_t i = 0; i < decomposed.length();) {
        UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) == U_NON_SPACING_MARK) {
            if (!afterLatin) kept.append(c);
            continue;
        }
        bool latin = uscript_getScript(c, &status) == USCRIPT_LATIN;
        if (U_FAILURE(status) || (latin && c >= 0x80)) return false;
        afterLatin = latin;
        kept.append(c);
    }
    kept.toLower(icu::Locale::getRoot());
    out = nfc->normalize(kept, status);
    return U_SUCCESS(status);
}

/// The compiled rules, built once per folding on first use; nullptr when ICU cannot.
ClonePool<icu::Transliterator> *compiledRules(glossary_icu_folding *folding) {
    std::call_once(folding->built, [folding] {
        UErrorCode status = U_ZERO_ERROR;
        UParseError parseError;
        std::unique_ptr<icu::Transliterator> prototype(icu::Transliterator::createFromRules(
            "glossary-name-folding", icu::UnicodeString::fromUTF8(foldingRules), UTRANS_FORWARD, parseError, status));
        if (U_SUCCESS(status) && prototype) {
            folding->transliterators = std::make_unique<ClonePool<icu::Transliterator>>(std::move(prototype));
        }
    });
    return folding->transliterators.get();
}

int32_t foldWithRules(glossary_icu_folding *folding, const icu::UnicodeString &text, char *out, int32_t capacity) {
    ClonePool<icu::Transliterator> *pool = compiledRules(folding);
    if (pool == nullptr) return -1;
    Borrowed<icu::Transliterator> transliterator(*pool);
    if (transliterator.get() == nullptr) return -1;
    icu::UnicodeString value(text);
    transliterator.get()->transliterate(value);
    return copyOut(value, out, capacity);
}

} // namespace

extern "C" {

glossary_icu_folding *glossary_icu_folding_open(char *problem, int32_t problem_capacity) {
    writeProblem(problem, problem_capacity, "");
    UErrorCode status = U_ZERO_ERROR;
    icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) {
        writeProblem(problem, problem_capacity, std::string("ICU could not load its normalization data (") + u_errorName(status) + ")");
        return nullptr;
    }
    return new glossary_icu_folding();
}

void glossary_icu_folding_close(glossary_icu_folding *folding) { delete folding; }

int32_t glossary_icu_folding_apply(glossary_icu_folding *folding, const char *text, int32_t length, char *out, int32_t capacity) {
    icu::UnicodeString value = fromUTF8(text, length);
    icu::UnicodeString folded;
    if (foldDirectly(value, folded)) return copyOut(folded, out, capacity);
    return foldWithRules(folding, value, out, capacity);
}

int32_t glossary_icu_folding_apply_rules(
    glossary_icu_folding *folding, const char *text, int32_t length, char *out, int32_t capacity) {
    return foldWithRules(folding, fromUTF8(text, length), out, capacity);
}

glossary_icu_plural_rules *glossary_icu_plural_rules_open(const char *tag) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale = icu::Locale::forLanguageTag(tag == nullptr ? "" : tag, status);
    if (U_FAILURE(status) || locale.isBogus()) {
        status = U_ZERO_ERROR;
        locale = icu::Locale::getRoot();
    }
    std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(locale, status));
    if (U_FAILURE(status) || !rules) return nullptr;
    return new glossary_icu_plural_rules{std::move(rules)};
}

void glossary_icu_plural_rules_close(glossary_icu_plural_rules *rules) { delete rules; }

int32_t glossary_icu_plural_rules_select(const glossary_icu_plural_rules *rules, int64_t count, char *out, int32_t capacity) {
    // select(int32_t) for every count a page shows; doubles above that are exact to 2^53.
    icu::UnicodeString category = count >= INT32_MIN && count <= INT32_MAX
        ? rules->rules->select(static_cast<int32_t>(count))
        : rules->rules->select(static_cast<double>(count));
    return copyOut(category, out, capacity);
}

} // extern "C"
