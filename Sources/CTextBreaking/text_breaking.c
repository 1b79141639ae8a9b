// The only file that includes ICU's and libhyphen's headers (see include/text_breaking.h).
#include "text_breaking.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hyphen.h>
#include "hyphen_load.h"
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/uloc.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

// MARK: Line breaks

/// An ICU locale id ("de_CH") from a BCP 47 tag ("de-CH"), or "" for the root rules.
static void icu_locale(const char *tag, char *out, int32_t capacity) {
    out[0] = 0;
    if (tag == NULL || tag[0] == 0) return;
    UErrorCode status = U_ZERO_ERROR;
    int32_t parsed = 0;
    uloc_forLanguageTag(tag, out, capacity, &parsed, &status);
    if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING) out[0] = 0;
}

/// Walks the opened iterator and writes the opportunities.
static int32_t collect_breaks(UBreakIterator *iterator, int32_t *offsets, uint8_t *mandatory, int32_t capacity) {
    int32_t count = 0;
    for (int32_t end = ubrk_next(iterator); end != UBRK_DONE; end = ubrk_next(iterator)) {
        if (count >= capacity) return -1;
        int32_t status = ubrk_getRuleStatus(iterator);
        offsets[count] = end;
        mandatory[count] = (status >= UBRK_LINE_HARD && status < UBRK_LINE_HARD_LIMIT) ? 1 : 0;
        count += 1;
    }
    return count;
}

/// The opportunities of a text ICU reads through `utext` (UTF-8 or UTF-16), closing it.
static int32_t breaks_of(UText *utext, UErrorCode status, const char *locale,
                         int32_t *offsets, uint8_t *mandatory, int32_t capacity) {
    if (U_FAILURE(status)) {
        utext_close(utext);
        return -1;
    }
    char id[ULOC_FULLNAME_CAPACITY];
    icu_locale(locale, id, (int32_t)sizeof id);
    UBreakIterator *iterator = ubrk_open(UBRK_LINE, id, NULL, 0, &status);
    if (U_FAILURE(status)) {
        utext_close(utext);
        return -1;
    }
    ubrk_setUText(iterator, utext, &status);
    int32_t count = U_FAILURE(status) ? -1 : collect_breaks(iterator, offsets, mandatory, capacity);
    ubrk_close(iterator);
    utext_close(utext);
    return count;
}

int32_t jk_line_breaks_utf8(const char *text, int32_t length, const char *locale,
                            int32_t *offsets, uint8_t *mandatory, int32_t capacity) {
    if (text == NULL || length < 0 || offsets == NULL || mandatory == NULL) return -1;
    if (length == 0) return 0;
    UErrorCode status = U_ZERO_ERROR;
    UText *utext = utext_openUTF8(NULL, text, length, &status);
    return breaks_of(utext, status, locale, offsets, mandatory, capacity);
}

int32_t jk_line_breaks_utf16(const uint16_t *text, int32_t length, const char *locale,
                             int32_t *offsets, uint8_t *mandatory, int32_t capacity) {
    if (text == NULL || length < 0 || offsets == NULL || mandatory == NULL) return -1;
    if (length == 0) return 0;
    UErrorCode status = U_ZERO_ERROR;
    UText *utext = utext_openUChars(NULL, (const UChar *)text, length, &status);
    return breaks_of(utext, status, locale, offsets, mandatory, capacity);
}

bool jk_script_uses_hyphen(uint32_t scalar) {
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript((UChar32)scalar, &status);
    if (U_FAILURE(status)) return false;
    switch (script) {
    case USCRIPT_LATIN: case USCRIPT_GREEK: case USCRIPT_CYRILLIC: case USCRIPT_ARMENIAN: case USCRIPT_GEORGIAN:
        return true;
    default:
        return false;
    }
}

bool jk_may_not_start_line(uint32_t scalar) {
    switch (u_getIntPropertyValue((UChar32)scalar, UCHAR_LINE_BREAK)) {
    case U_LB_CLOSE_PUNCTUATION: case U_LB_CLOSE_PARENTHESIS: case U_LB_EXCLAMATION:
    case U_LB_INFIX_NUMERIC: case U_LB_NONSTARTER:
        return true;
    default:
        return false;
    }
}

// MARK: Hyphenation dictionaries

enum { DICTIONARY_SLOTS = 64, KEY_CAPACITY = 64, MAX_WORD_BYTES = 200 };

/// One language asked for: its dictionary, or NULL when none is installed (remembered too,
/// so that a missing dictionary is looked for once).
struct dictionary_slot {
    char key[KEY_CAPACITY];
    HyphenDict *dictionary;
};

static pthread_mutex_t dictionaries_lock = PTHREAD_MUTEX_INITIALIZER;
static struct dictionary_slot dictionaries[DICTIONARY_SLOTS];
static int32_t dictionary_count = 0;

static const char *dictionary_folder(void) {
    const char *folder = getenv("JOURNEYKIT_HYPHEN_DIR");
    return (folder != NULL && folder[0] != 0) ? folder : "/usr/share/hyphen";
}

/// Loads `hyph_<name>.dic` from the folder, or NULL.
static HyphenDict *load_named(const char *name) {
    if (name[0] == 0) return NULL;
    char path[1024];
    int written = snprintf(path, sizeof path, "%s/hyph_%s.dic", dictionary_folder(), name);
    if (written < 0 || (size_t)written >= sizeof path) return NULL;
    FILE *probe = fopen(path, "r");
    if (probe == NULL) return NULL;
    fclose(probe);
    return jk_hyphen_load(path);
}

/// The dictionary for an ICU locale id: language_REGION as given, then with the language's
/// likely region (es -> es_ES, en -> en_US), then the language alone.
static HyphenDict *load_dictionary(const char *id) {
    char language[ULOC_LANG_CAPACITY] = "", region[ULOC_COUNTRY_CAPACITY] = "";
    UErrorCode status = U_ZERO_ERROR;
    uloc_getLanguage(id, language, (int32_t)sizeof language, &status);
    if (U_FAILURE(status) || language[0] == 0) return NULL;
    for (const char *c = language; *c; c++) if (!((*c >= 'a' && *c <= 'z'))) return NULL;
    status = U_ZERO_ERROR;
    uloc_getCountry(id, region, (int32_t)sizeof region, &status);
    if (U_FAILURE(status)) region[0] = 0;
    char name[64];
    HyphenDict *found = NULL;
    if (region[0] != 0) {
        snprintf(name, sizeof name, "%s_%s", language, region);
        found = load_named(name);
    }
    if (found == NULL) {
        char likely[ULOC_FULLNAME_CAPACITY] = "", likelyRegion[ULOC_COUNTRY_CAPACITY] = "";
        status = U_ZERO_ERROR;
        uloc_addLikelySubtags(language, likely, (int32_t)sizeof likely, &status);
        if (U_SUCCESS(status)) {
            uloc_getCountry(likely, likelyRegion, (int32_t)sizeof likelyRegion, &status);
            if (U_SUCCESS(status) && likelyRegion[0] != 0) {
                snprintf(name, sizeof name, "%s_%s", language, likelyRegion);
                found = load_named(name);
            }
        }
    }
    if (found == NULL) found = load_named(language);
    return found;
}

/// The cached dictionary for `tag`, loading it on first use; NULL when none.
static HyphenDict *dictionary_for(const char *tag) {
    if (tag == NULL || tag[0] == 0) return NULL;
    char id[ULOC_FULLNAME_CAPACITY];
    icu_locale(tag, id, (int32_t)sizeof id);
    if (id[0] == 0 || strlen(id) >= KEY_CAPACITY) return NULL;
    pthread_mutex_lock(&dictionaries_lock);
    HyphenDict *result = NULL;
    bool known = false;
    for (int32_t i = 0; i < dictionary_count; i++) {
        if (strcmp(dictionaries[i].key, id) == 0) {
            result = dictionaries[i].dictionary;
            known = true;
            break;
        }
    }
    if (!known) {
        // Loaded under the lock: a second thread asking for the same language waits rather
        // than loading it twice. Dictionaries are kept for the life of the process.
        result = load_dictionary(id);
        if (dictionary_count < DICTIONARY_SLOTS) {
            strcpy(dictionaries[dictionary_count].key, id);
            dictionaries[dictionary_count].dictionary = result;
            dictionary_count += 1;
        } else if (result != NULL) {
            // More languages than slots: use it for this word and let it go.
            // (Not reached with the few dictionaries a machine has.)
            hnj_hyphen_free(result);
            result = NULL;
        }
    }
    pthread_mutex_unlock(&dictionaries_lock);
    return result;
}

bool jk_has_hyphenation(const char *language) { return dictionary_for(language) != NULL; }

// MARK: Hyphenation

/// Writes `scalar` lowercased in the dictionary's character set; returns the byte count, or
/// 0 when it has no place there.
static int32_t encode(UChar32 scalar, const HyphenDict *dictionary, UConverter *converter, char *out, int32_t capacity) {
    UChar32 lower = u_tolower(scalar);
    if (dictionary->utf8) {
        int32_t written = 0;
        UBool failed = false;
        U8_APPEND((uint8_t *)out, written, capacity, lower, failed);
        return failed ? 0 : written;
    }
    if (converter == NULL) {
        // ISO 8859-1 (German and Dutch patterns on Debian): the code point is the byte.
        if (lower > 0xFF || capacity < 1) return 0;
        out[0] = (char)lower;
        return 1;
    }
    UChar units[2];
    int32_t count = 0;
    UBool failed = false;
    U16_APPEND(units, count, 2, lower, failed);
    if (failed) return 0;
    UErrorCode status = U_ZERO_ERROR;
    int32_t written = ucnv_fromUChars(converter, out, capacity, units, count, &status);
    if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING) return 0;
    return written;
}

int32_t jk_hyphenation_points(const char *word, int32_t length, const char *language,
                              int32_t *offsets, int32_t capacity) {
    if (word == NULL || length <= 0 || offsets == NULL || capacity <= 0) return 0;
    HyphenDict *dictionary = dictionary_for(language);
    if (dictionary == NULL) return 0;

    UConverter *converter = NULL;
    if (!dictionary->utf8 && strcmp(dictionary->cset, "ISO8859-1") != 0) {
        UErrorCode status = U_ZERO_ERROR;
        converter = ucnv_open(dictionary->cset, &status);
        if (U_FAILURE(status)) return 0;
        ucnv_setFromUCallBack(converter, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
        if (U_FAILURE(status)) {
            ucnv_close(converter);
            return 0;
        }
    }

    // The word in the dictionary's encoding, and for each of its bytes the offset in `word`
    // just after the character the byte belongs to.
    char encoded[MAX_WORD_BYTES + 8];
    int32_t source_end[MAX_WORD_BYTES + 8];
    int32_t size = 0;
    int32_t index = 0;
    bool usable = true;
    while (index < length) {
        UChar32 scalar;
        U8_NEXT((const uint8_t *)word, index, length, scalar);
        if (scalar < 0) { usable = false; break; }
        char bytes[8];
        int32_t count = encode(scalar, dictionary, converter, bytes, (int32_t)sizeof bytes);
        if (count == 0 || size + count > MAX_WORD_BYTES) { usable = false; break; }
        for (int32_t k = 0; k < count; k++) {
            encoded[size] = bytes[k];
            source_end[size] = index;
            size += 1;
        }
    }
    if (converter != NULL) ucnv_close(converter);
    if (!usable || size < 2) return 0;
    encoded[size] = 0;

    char hyphens[MAX_WORD_BYTES + 8];
    char **replacements = NULL;
    int *positions = NULL;
    int *cuts = NULL;
    memset(hyphens, 0, sizeof hyphens);
    int failed = hnj_hyphen_hyphenate3(dictionary, encoded, size, hyphens, NULL, &replacements, &positions, &cuts, 2, 2, 2, 2);
    int32_t written = 0;
    if (!failed) {
        for (int32_t i = 0; i + 1 < size && written < capacity; i++) {
            if ((hyphens[i] & 1) == 0) continue;
            // A point that changes the spelling (old German "ck" -> "k-k") is left out: the
            // picture only ever adds a hyphen.
            if (replacements != NULL && replacements[i] != NULL) continue;
            // Only between characters: the byte must end one.
            if (source_end[i] == source_end[i + 1]) continue;
            int32_t offset = source_end[i];
            if (offset <= 0 || offset >= length) continue;
            offsets[written] = offset;
            written += 1;
        }
    }
    if (replacements != NULL) {
        for (int32_t i = 0; i < size; i++) free(replacements[i]);
        free(replacements);
    }
    free(positions);
    free(cuts);
    return written;
}
