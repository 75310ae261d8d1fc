#ifndef CCOMPRESSION_H
#define CCOMPRESSION_H

#include <stddef.h>
#include <stdint.h>

/// Streaming decompression of bzip2 (libbz2), xz and lzma (liblzma) and zstd (libzstd)
/// files for khaosan's ingest. Concatenated streams or frames are read as one stream, as
/// `bzip2 -dc`, `xz -dc` and `zstd -dc` do.

/// The compressions this reader decodes.
typedef enum {
    CCOMPRESSION_BZIP2 = 1,
    CCOMPRESSION_XZ = 2,    ///< .xz, and the older .lzma format (liblzma's auto decoder)
    CCOMPRESSION_ZSTD = 3,
} ccompression_kind;

/// Memory a decoder may use, in bytes (256 MiB): an xz or zstd header asking for a larger
/// window is refused as corrupt instead of allocating it. bzip2 needs at most 3.7 MB.
#define CCOMPRESSION_MEMORY_LIMIT (256ull << 20)

/// Opaque reader of one compressed file. Not thread-safe: one per thread.
typedef struct ccompression_reader ccompression_reader;

/// Opens `path` for streamed decompression with `kind`. Returns NULL when the file cannot
/// be opened (or memory is short) and stores the C `errno` in `*error_number`.
ccompression_reader *ccompression_open(const char *path, int32_t kind, int32_t *error_number);

/// Reads up to `capacity` decompressed bytes into `buffer`. Returns the number of bytes
/// read (> 0), 0 at the clean end of the last stream, or -1 on error: then
/// `ccompression_error_message` says why; a file that ends inside a stream gives
/// "unexpected end of file".
int32_t ccompression_read(ccompression_reader *reader, uint8_t *buffer, int32_t capacity);

/// The last error's message (storage owned by the reader), or "" when none.
const char *ccompression_error_message(ccompression_reader *reader);

/// 1 when the last error was the file ending inside a stream (truncated), else 0.
int32_t ccompression_is_truncated(ccompression_reader *reader);

void ccompression_close(ccompression_reader *reader);

/// CRC-64 (ECMA-182, as in .xz) of `count` bytes, continuing from `crc` (0 to start): the
/// checksum of khaosan's cache records (liblzma's table-driven code, several GB/s).
uint64_t ccompression_crc64(const uint8_t *bytes, size_t count, uint64_t crc);

#endif
