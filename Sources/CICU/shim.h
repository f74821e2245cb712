// ICU's C headers, found through pkg-config (icu-uc, icu-i18n). Swift does not call ICU
// directly: its C symbols are renamed per version by macros (ucol_open -> ucol_open_72), and
// AlphabeticIndex has no C API. This module only carries the include path and link flags to
// ICUShim, the C++ target that wraps what GlossaryKit needs behind names of our own.
#include <unicode/utypes.h>
