#ifndef GLOSSARY_ICU_SHIM_H
#define GLOSSARY_ICU_SHIM_H

// What GlossaryKit uses of ICU, behind names of our own: ICU's C symbols carry its version
// (ucol_open_72), and AlphabeticIndex exists only in C++. Text goes in and out as UTF-8;
// every object is created and freed here, through its own open and close functions.
//
// Thread safety: every function below may be called from many threads on one object at
// once, except close. See icu_shim.cpp for how.

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A language's collator and alphabetic index (CLDR letters and order).
typedef struct glossary_icu_collation glossary_icu_collation;

/// Opens the collator and alphabetic index of a BCP 47 language tag ("ko", "zh-Hant").
/// Latin A-Z labels are added to the index for languages not written in Latin script.
/// When ICU cannot open them for the tag, the root locale is used instead and a reason is
/// written to `problem` (NUL-terminated, truncated to `problem_capacity`); otherwise
/// `problem` is left empty. Returns NULL only when even the root locale fails.
glossary_icu_collation *glossary_icu_collation_open(const char *tag, char *problem, int32_t problem_capacity);

void glossary_icu_collation_close(glossary_icu_collation *collation);

/// The ICU locale ID actually used ("ko", "zh_Hant", "" for root), as UTF-8; returns
/// its full length (the text is cut to `capacity`).
int32_t glossary_icu_collation_locale(const glossary_icu_collation *collation, char *out, int32_t capacity);

/// Writes the collator's sort key of `text` (UTF-8) into `out`; returns the key's full
/// length (larger than `capacity` when it did not fit: call again), 0 on error. Keys
/// compare with memcmp in the collator's order.
int32_t glossary_icu_collation_sort_key(
    glossary_icu_collation *collation, const char *text, int32_t length, uint8_t *out, int32_t capacity);

/// The number of buckets of the alphabetic index, underflow, inflow and overflow included.
int32_t glossary_icu_collation_bucket_count(const glossary_icu_collation *collation);

/// A bucket's kind: 0 a letter, 1 underflow (before the first letter), 2 inflow (between
/// two scripts), 3 overflow (after the last letter); -1 for a bad index.
int32_t glossary_icu_collation_bucket_kind(const glossary_icu_collation *collation, int32_t bucket);

/// A bucket's label ("ㄱ", "1劃") as UTF-8; returns its full length.
int32_t glossary_icu_collation_bucket_label(
    const glossary_icu_collation *collation, int32_t bucket, char *out, int32_t capacity);

/// The bucket a title (UTF-8) is filed under; -1 on error.
int32_t glossary_icu_collation_bucket_of(const glossary_icu_collation *collation, const char *text, int32_t length);

/// Whether `a` and `b` (UTF-8) are the same letters to the language's collator at primary
/// strength, case and accents aside as the language sees them (en: "é" is "e"; vi: "ă" is
/// not "a"; tr: "ı" is not "i"): 1 same, 0 different, -1 on error.
int32_t glossary_icu_collation_same_primary(
    glossary_icu_collation *collation, const char *a, int32_t a_length, const char *b, int32_t b_length);

/// Whether `text` (UTF-8, one letter, lower case) is in the language's standard exemplar
/// set, CLDR's list of the letters its alphabet is written with (tr: a b c ç ... ı i ...):
/// 1 yes, 0 no, -1 when ICU has no data.
int32_t glossary_icu_collation_is_exemplar(const glossary_icu_collation *collation, const char *text, int32_t length);

/// `text` lowercased by the language's rules (Turkish "I" -> "ı"); returns the full length.
int32_t glossary_icu_collation_lowercase(
    const glossary_icu_collation *collation, const char *text, int32_t length, char *out, int32_t capacity);

/// The folding names are matched and slugs made in, for every language alike.
typedef struct glossary_icu_folding glossary_icu_folding;

/// Opens the folding: compatibility forms unified (NFKC: "ＰＲＭ" -> "PRM"), Latin letters
/// to their ASCII base ("École" -> "Ecole", "Øl" -> "Ol", "Straße" -> "Strasse", through
/// ICU's Latin-ASCII), then lowercased; other scripts keep their letters and marks. NULL
/// with a reason in `problem` when ICU cannot build it.
glossary_icu_folding *glossary_icu_folding_open(char *problem, int32_t problem_capacity);

void glossary_icu_folding_close(glossary_icu_folding *folding);

/// `text` (UTF-8) folded, as UTF-8; returns the full length, -1 on error. Most text is
/// folded by normalization alone; the rules (a transliterator) are compiled on first need.
int32_t glossary_icu_folding_apply(glossary_icu_folding *folding, const char *text, int32_t length, char *out, int32_t capacity);

/// The same, always through the compiled rules: for the tests that check both ways agree.
int32_t glossary_icu_folding_apply_rules(
    glossary_icu_folding *folding, const char *text, int32_t length, char *out, int32_t capacity);

/// A language's CLDR plural rules (cardinals): which form of a counted string to use.
typedef struct glossary_icu_plural_rules glossary_icu_plural_rules;

/// Opens the plural rules of a BCP 47 language tag ("ru", "pt-PT"); a language CLDR has no
/// rules for gets the root rules (every number "other"). NULL when ICU fails.
glossary_icu_plural_rules *glossary_icu_plural_rules_open(const char *tag);

void glossary_icu_plural_rules_close(glossary_icu_plural_rules *rules);

/// The category of `count` ("zero", "one", "two", "few", "many" or "other") as ASCII;
/// returns its full length.
int32_t glossary_icu_plural_rules_select(const glossary_icu_plural_rules *rules, int64_t count, char *out, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
