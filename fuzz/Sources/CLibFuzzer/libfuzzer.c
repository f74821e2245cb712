// Only the header matters: the function itself is in libFuzzer, linked by the harness.
#include "libfuzzer.h"
