#define _GNU_SOURCE
#include <unistd.h>
#include "cicu_sync.h"

int cicu_sync_filesystem(int fd) {
#if defined(__linux__)
    return syncfs(fd);
#else
    (void)fd;
    sync();
    return 0;
#endif
}
