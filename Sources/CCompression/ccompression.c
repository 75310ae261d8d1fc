#include "ccompression.h"

#include <bzlib.h>
#include <errno.h>
#include <fcntl.h>
#include <lzma.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zstd.h>

/// Compressed bytes read from the file at a time (128 KiB).
#define INPUT_CAPACITY (1 << 17)

struct ccompression_reader {
    int32_t kind;
    int descriptor;
    uint8_t input[INPUT_CAPACITY];
    size_t input_length, input_position;
    int input_ended;        ///< the file has no more bytes
    int stream_ended;       ///< the decoder is between streams (or frames): a clean place to end
    int started;            ///< any compressed byte was given to the decoder
    int failed, finished, truncated;
    bz_stream bzip2;
    int bzip2_active;
    lzma_stream xz;
    ZSTD_DStream *zstd;
    char message[256];
};

static int32_t fail(ccompression_reader *reader, const char *message, int truncated) {
    reader->failed = 1;
    reader->truncated = truncated;
    snprintf(reader->message, sizeof(reader->message), "%s", message);
    return -1;
}

static int start_bzip2(ccompression_reader *reader) {
    memset(&reader->bzip2, 0, sizeof(reader->bzip2));
    reader->bzip2_active = BZ2_bzDecompressInit(&reader->bzip2, 0, 0) == BZ_OK;
    return reader->bzip2_active;
}

ccompression_reader *ccompression_open(const char *path, int32_t kind, int32_t *error_number) {
    ccompression_reader *reader = calloc(1, sizeof(ccompression_reader));
    if (!reader) {
        if (error_number) *error_number = ENOMEM;
        return NULL;
    }
    reader->kind = kind;
    reader->descriptor = -1;
    int ok = 0;
    switch (kind) {
    case CCOMPRESSION_BZIP2:
        ok = start_bzip2(reader);
        break;
    case CCOMPRESSION_XZ: {
        lzma_stream blank = LZMA_STREAM_INIT;
        reader->xz = blank;
        ok = lzma_auto_decoder(&reader->xz, CCOMPRESSION_MEMORY_LIMIT, LZMA_CONCATENATED) == LZMA_OK;
        break;
    }
    case CCOMPRESSION_ZSTD:
        reader->zstd = ZSTD_createDStream();
        ok = reader->zstd && !ZSTD_isError(ZSTD_initDStream(reader->zstd))
            && !ZSTD_isError(ZSTD_DCtx_setParameter(reader->zstd, ZSTD_d_windowLogMax, 28));
        break;
    }
    if (!ok) {
        ccompression_close(reader);
        if (error_number) *error_number = kind >= 1 && kind <= 3 ? ENOMEM : EINVAL;
        return NULL;
    }
    reader->descriptor = open(path, O_RDONLY | O_CLOEXEC);
    if (reader->descriptor < 0) {
        if (error_number) *error_number = errno;
        ccompression_close(reader);
        return NULL;
    }
    if (error_number) *error_number = 0;
    return reader;
}

/// Reads more compressed bytes when all were consumed; -1 on a read error.
static int refill(ccompression_reader *reader) {
    if (reader->input_position < reader->input_length || reader->input_ended) return 0;
    ssize_t count;
    do {
        count = read(reader->descriptor, reader->input, INPUT_CAPACITY);
    } while (count < 0 && errno == EINTR);
    if (count < 0) return -1;
    reader->input_length = (size_t)count;
    reader->input_position = 0;
    if (count == 0) reader->input_ended = 1;
    return 0;
}

/// One decoder step over the pending input into `output`; sets `*produced`. Returns 0, or -1
/// after `fail`.
static int32_t step(ccompression_reader *reader, uint8_t *output, size_t capacity, size_t *produced) {
    const uint8_t *input = reader->input + reader->input_position;
    size_t available = reader->input_length - reader->input_position;
    size_t consumed = 0;
    *produced = 0;
    if (available > 0) reader->started = 1;
    switch (reader->kind) {
    case CCOMPRESSION_BZIP2: {
        if (reader->stream_ended) {
            if (available == 0) return 0;
            // Another stream follows (pbzip2 writes many).
            BZ2_bzDecompressEnd(&reader->bzip2);
            if (!start_bzip2(reader)) return fail(reader, "out of memory", 0);
            reader->stream_ended = 0;
        }
        reader->bzip2.next_in = (char *)input;
        reader->bzip2.avail_in = (unsigned)available;
        reader->bzip2.next_out = (char *)output;
        reader->bzip2.avail_out = (unsigned)capacity;
        int code = BZ2_bzDecompress(&reader->bzip2);
        consumed = available - reader->bzip2.avail_in;
        *produced = capacity - reader->bzip2.avail_out;
        if (code == BZ_STREAM_END) reader->stream_ended = 1;
        else if (code == BZ_DATA_ERROR_MAGIC) return fail(reader, "bad signature", 0);
        else if (code == BZ_DATA_ERROR) return fail(reader, "data error", 0);
        else if (code == BZ_MEM_ERROR) return fail(reader, "out of memory", 0);
        else if (code != BZ_OK) return fail(reader, "decoder error", 0);
        break;
    }
    case CCOMPRESSION_XZ: {
        reader->xz.next_in = input;
        reader->xz.avail_in = available;
        reader->xz.next_out = output;
        reader->xz.avail_out = capacity;
        lzma_ret code = lzma_code(&reader->xz, reader->input_ended ? LZMA_FINISH : LZMA_RUN);
        consumed = available - reader->xz.avail_in;
        *produced = capacity - reader->xz.avail_out;
        if (code == LZMA_STREAM_END) reader->stream_ended = reader->finished = 1;
        else if (code == LZMA_BUF_ERROR && reader->input_ended) return fail(reader, "unexpected end of file", 1);
        else if (code == LZMA_FORMAT_ERROR) return fail(reader, "bad signature", 0);
        else if (code == LZMA_DATA_ERROR) return fail(reader, "data error", 0);
        else if (code == LZMA_MEMLIMIT_ERROR) return fail(reader, "needs more than 256 MiB of memory to decompress", 0);
        else if (code == LZMA_OPTIONS_ERROR) return fail(reader, "unsupported xz options", 0);
        else if (code == LZMA_MEM_ERROR) return fail(reader, "out of memory", 0);
        else if (code != LZMA_OK && code != LZMA_BUF_ERROR) return fail(reader, "decoder error", 0);
        break;
    }
    case CCOMPRESSION_ZSTD: {
        ZSTD_inBuffer in = { input, available, 0 };
        ZSTD_outBuffer out = { output, capacity, 0 };
        size_t code = ZSTD_decompressStream(reader->zstd, &out, &in);
        consumed = in.pos;
        *produced = out.pos;
        if (ZSTD_isError(code)) {
            char message[200];
            snprintf(message, sizeof(message), "%s", ZSTD_getErrorName(code));
            return fail(reader, message, 0);
        }
        // 0: a frame is decoded and flushed, the only clean place for the file to end.
        reader->stream_ended = code == 0;
        break;
    }
    }
    reader->input_position += consumed;
    if (consumed == 0 && *produced == 0 && available > 0 && !reader->finished)
        return fail(reader, "decoder made no progress (corrupt data)", 0);
    return 0;
}

int32_t ccompression_read(ccompression_reader *reader, uint8_t *buffer, int32_t capacity) {
    if (reader->failed) return -1;
    if (reader->finished || capacity <= 0) return 0;
    size_t produced = 0;
    while (produced == 0) {
        if (refill(reader) < 0) return fail(reader, strerror(errno), 0);
        int exhausted = reader->input_ended && reader->input_position == reader->input_length;
        if (exhausted && reader->kind != CCOMPRESSION_XZ) {
            if (!reader->started) return fail(reader, "unexpected end of file (empty file)", 1);
            if (reader->stream_ended) {
                reader->finished = 1;
                return 0;
            }
        }
        if (step(reader, buffer, (size_t)capacity, &produced) < 0) return -1;
        if (reader->finished) break;
        if (produced == 0 && exhausted) return fail(reader, "unexpected end of file", 1);
    }
    return (int32_t)produced;
}

const char *ccompression_error_message(ccompression_reader *reader) {
    return reader->message;
}

int32_t ccompression_is_truncated(ccompression_reader *reader) {
    return reader->truncated;
}

void ccompression_close(ccompression_reader *reader) {
    if (!reader) return;
    if (reader->bzip2_active) BZ2_bzDecompressEnd(&reader->bzip2);
    if (reader->kind == CCOMPRESSION_XZ) lzma_end(&reader->xz);
    if (reader->zstd) ZSTD_freeDStream(reader->zstd);
    if (reader->descriptor >= 0) close(reader->descriptor);
    free(reader);
}

uint64_t ccompression_crc64(const uint8_t *bytes, size_t count, uint64_t crc) {
    return lzma_crc64(bytes, count, crc);
}
