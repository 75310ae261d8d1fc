#include "cicu_build_info.h"

// Defined only by the object file scripts/package.sh writes and links; weak, so a build
// without it links and the address is NULL.
extern const char khaosan_build_commit[] __attribute__((weak));

const char *cicu_build_commit(void) {
    return khaosan_build_commit;
}
