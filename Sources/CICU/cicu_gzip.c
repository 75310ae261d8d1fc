#include "cicu_gzip.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

struct cicu_gzip_reader {
    gzFile file;
    size_t path_length;
    char message[256];
};

cicu_gzip_reader *cicu_gzip_open(const char *path, int32_t *error_number) {
    errno = 0;
    gzFile file = gzopen(path, "rb");
    if (!file) {
        if (error_number) *error_number = errno ? errno : ENOMEM;
        return NULL;
    }
    gzbuffer(file, 1 << 17);
    cicu_gzip_reader *reader = calloc(1, sizeof(cicu_gzip_reader));
    if (!reader) {
        gzclose(file);
        if (error_number) *error_number = ENOMEM;
        return NULL;
    }
    reader->file = file;
    reader->path_length = strlen(path);
    if (error_number) *error_number = 0;
    return reader;
}

static int32_t cicu_gzip_fail(cicu_gzip_reader *reader) {
    int code = Z_OK;
    const char *message = gzerror(reader->file, &code);
    if (code == Z_ERRNO) {
        strncpy(reader->message, strerror(errno), sizeof(reader->message) - 1);
    } else if (code == Z_BUF_ERROR) {
        strncpy(reader->message, "unexpected end of file", sizeof(reader->message) - 1);
    } else {
        // zlib prefixes its message with "<path>: ".
        if (message && strlen(message) > reader->path_length + 2) message += reader->path_length + 2;
        strncpy(reader->message, message && *message ? message : "gzip error", sizeof(reader->message) - 1);
    }
    return -1;
}

int32_t cicu_gzip_read(cicu_gzip_reader *reader, uint8_t *buffer, int32_t capacity) {
    if (capacity <= 0) return 0;
    int n = gzread(reader->file, buffer, (unsigned)capacity);
    if (n < 0) return cicu_gzip_fail(reader);
    if (n == 0) {
        int code = Z_OK;
        gzerror(reader->file, &code);
        // Z_BUF_ERROR at the end: the input ended inside a gzip member (truncated).
        if (code != Z_OK) return cicu_gzip_fail(reader);
    }
    return n;
}

int32_t cicu_gzip_is_direct(cicu_gzip_reader *reader) {
    return gzdirect(reader->file) ? 1 : 0;
}

int64_t cicu_gzip_compressed_offset(cicu_gzip_reader *reader) {
    return (int64_t)gzoffset(reader->file);
}

const char *cicu_gzip_error_message(cicu_gzip_reader *reader) {
    return reader->message;
}

void cicu_gzip_close(cicu_gzip_reader *reader) {
    if (!reader) return;
    gzclose(reader->file);
    free(reader);
}
