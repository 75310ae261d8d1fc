#ifndef CICU_PREFETCH_H
#define CICU_PREFETCH_H

// A cache prefetch hint for Swift code, which has no prefetch intrinsic.
// `static inline`, so Swift inlines it: it becomes one prefetch instruction.
// Used by the tagger to fetch the weight rows of the next unit while it sums
// the current one (the weight table is far larger than the caches).
static inline void cicu_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
