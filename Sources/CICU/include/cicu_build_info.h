#ifndef CICU_BUILD_INFO_H
#define CICU_BUILD_INFO_H

// The git commit the executable was built from, as linked in by scripts/package.sh (an
// object file defining `khaosan_build_commit`, passed with -Xlinker), or NULL when the
// build did not link one (a plain `swift build`).
const char *cicu_build_commit(void);

#endif
