// Umbrella header of the CICU module: every public header of the shim.
// None of them includes an ICU header (Foundation bundles its own ICU).
// Listing them here, rather than relying on the folder, makes a new header
// invalidate cached builds of the module.
#include "cicu_break.h"
#include "cicu_convert.h"
#include "cicu_date.h"
#include "cicu_gzip.h"
#include "cicu_normalize.h"
#include "cicu_translit.h"
#include "cicu_prefetch.h"
#include "cicu_sync.h"
#include "cicu_build_info.h"
