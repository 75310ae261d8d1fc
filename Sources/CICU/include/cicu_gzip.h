#ifndef CICU_GZIP_H
#define CICU_GZIP_H

#include <stdint.h>

/// Opaque streaming reader of a gzip file (zlib's gzread; concatenated members
/// are read as one stream). Not thread-safe: one per thread.
typedef struct cicu_gzip_reader cicu_gzip_reader;

/// Opens `path` for streamed decompression. Returns NULL when the file cannot be
/// opened and stores the C `errno` in `*error_number`.
cicu_gzip_reader *cicu_gzip_open(const char *path, int32_t *error_number);

/// Reads up to `capacity` decompressed bytes into `buffer`. Returns the number
/// of bytes read (> 0), 0 at the clean end of the stream, or -1 on error: then
/// `cicu_gzip_error_message` says why (a truncated file gives
/// "unexpected end of file").
int32_t cicu_gzip_read(cicu_gzip_reader *reader, uint8_t *buffer, int32_t capacity);

/// 1 when the file is not gzip-compressed (zlib then copies it verbatim), else 0.
/// Meaningful after the first read.
int32_t cicu_gzip_is_direct(cicu_gzip_reader *reader);

/// Compressed bytes consumed so far (the position in the file).
int64_t cicu_gzip_compressed_offset(cicu_gzip_reader *reader);

/// The last error's message (static storage owned by the reader), or "" when none.
const char *cicu_gzip_error_message(cicu_gzip_reader *reader);

void cicu_gzip_close(cicu_gzip_reader *reader);

#endif
