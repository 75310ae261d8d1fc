#ifndef CICU_SYNC_H
#define CICU_SYNC_H

// Flushes every written file of the filesystem that holds the open descriptor `fd`
// (Linux syncfs(2), one call instead of an fsync per file; elsewhere sync(2)).
// Returns 0 on success, -1 with errno set on failure.
int cicu_sync_filesystem(int fd);

#endif
