#ifndef JOURNEYKIT_TEXT_BREAKING_H
#define JOURNEYKIT_TEXT_BREAKING_H

// JourneyKit's line breaking and hyphenation: Unicode's line-breaking algorithm (UAX #14) from
// the system ICU, and Liang hyphenation patterns through libhyphen. This header names no type of
// either library: ICU's headers clash with the ICU module Foundation brings on Linux (DESIGN.md,
// "libxml2 and Foundation on Linux"), so only this target's .c file includes them.
//
// Every function may be called from any thread at the same time. Nothing here allocates memory
// that the caller must free.

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The line-break opportunities of `length` bytes of UTF-8 `text` for `locale` (a BCP 47 tag
/// such as "de", "ja" or "en-GB"; NULL or "" for the root rules): the byte offsets at which a new
/// line may start, in increasing order, excluding 0 and including `length`. `mandatory[i]` is 1
/// when the break before `offsets[i]` is required (after a line feed, say). Both arrays must
/// hold `capacity` entries; `length + 1` is always enough.
/// Returns the number of offsets written, or -1 when the text is not valid for ICU or the
/// arrays are too small.
int32_t jk_line_breaks_utf8(const char *text, int32_t length, const char *locale,
                            int32_t *offsets, uint8_t *mandatory, int32_t capacity);

/// Like `jk_line_breaks_utf8`, for UTF-16 text: offsets count UTF-16 code units.
int32_t jk_line_breaks_utf16(const uint16_t *text, int32_t length, const char *locale,
                             int32_t *offsets, uint8_t *mandatory, int32_t capacity);

/// The places where `word` (`length` bytes of UTF-8, letters only) may be hyphenated in
/// `language` (a BCP 47 tag): byte offsets into `word` after which a hyphen may be set, in
/// increasing order, each strictly between 0 and `length`. Patterns come from the libhyphen
/// dictionary `hyph_<language>_<REGION>.dic` (or `hyph_<language>.dic`) in the folder named by
/// the environment variable JOURNEYKIT_HYPHEN_DIR, else /usr/share/hyphen; each dictionary is
/// loaded once per process and kept.
/// Returns the number of offsets written (0 when there is no dictionary for the language, the
/// word cannot be written in the dictionary's character set, or it has no hyphenation point).
int32_t jk_hyphenation_points(const char *word, int32_t length, const char *language,
                              int32_t *offsets, int32_t capacity);

/// Whether a hyphenation dictionary for `language` is installed (loading it if needed).
bool jk_has_hyphenation(const char *language);

/// Whether `scalar` belongs to a script that marks a word broken across lines with a hyphen
/// (Latin, Greek, Cyrillic, Armenian, Georgian); not Han, Kana, Arabic, Hebrew, Thai and others.
bool jk_script_uses_hyphen(uint32_t scalar);

/// Whether `scalar` may not start a line: its Unicode line-break class is CL, CP, EX, IS or NS
/// (closing marks such as 」）】, full stops and commas such as 。、．，, ！？, iteration marks).
bool jk_may_not_start_line(uint32_t scalar);

#ifdef __cplusplus
}
#endif

#endif
