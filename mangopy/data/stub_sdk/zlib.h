#ifndef MANGOPY_STUB_ZLIB_H
#define MANGOPY_STUB_ZLIB_H
#include <zconf.h>
#define ZLIB_VERSION "1.2.12"
typedef voidpf (*alloc_func)(voidpf opaque, uInt items, uInt size);
typedef void (*free_func)(voidpf opaque, voidpf address);
struct internal_state;
typedef struct z_stream_s {
    const Bytef *next_in; uInt avail_in; uLong total_in; Bytef *next_out; uInt avail_out; uLong total_out;
    const char *msg; struct internal_state *state; alloc_func zalloc; free_func zfree; voidpf opaque;
    int data_type; uLong adler; uLong reserved;
} z_stream;
typedef z_stream *z_streamp;
typedef struct gzFile_s *gzFile;
#define Z_NO_FLUSH 0
#define Z_PARTIAL_FLUSH 1
#define Z_SYNC_FLUSH 2
#define Z_FULL_FLUSH 3
#define Z_FINISH 4
#define Z_BLOCK 5
#define Z_OK 0
#define Z_STREAM_END 1
#define Z_NEED_DICT 2
#define Z_ERRNO (-1)
#define Z_STREAM_ERROR (-2)
#define Z_DATA_ERROR (-3)
#define Z_MEM_ERROR (-4)
#define Z_BUF_ERROR (-5)
#define Z_VERSION_ERROR (-6)
#define Z_NO_COMPRESSION 0
#define Z_BEST_SPEED 1
#define Z_BEST_COMPRESSION 9
#define Z_DEFAULT_COMPRESSION (-1)
#define Z_FILTERED 1
#define Z_HUFFMAN_ONLY 2
#define Z_DEFAULT_STRATEGY 0
#define Z_DEFLATED 8
#define Z_NULL 0
ZEXTERN const char *zlibVersion(void);
ZEXTERN int deflateInit_(z_streamp strm, int level, const char *version, int stream_size);
ZEXTERN int deflateInit2_(z_streamp strm, int level, int method, int windowBits, int memLevel, int strategy, const char *version, int stream_size);
ZEXTERN int deflate(z_streamp strm, int flush);
ZEXTERN int deflateEnd(z_streamp strm);
ZEXTERN int inflateInit_(z_streamp strm, const char *version, int stream_size);
ZEXTERN int inflateInit2_(z_streamp strm, int windowBits, const char *version, int stream_size);
ZEXTERN int inflate(z_streamp strm, int flush);
ZEXTERN int inflateEnd(z_streamp strm);
ZEXTERN int compress(Bytef *dest, uLongf *destLen, const Bytef *source, uLong sourceLen);
ZEXTERN int compress2(Bytef *dest, uLongf *destLen, const Bytef *source, uLong sourceLen, int level);
ZEXTERN uLong compressBound(uLong sourceLen);
ZEXTERN int uncompress(Bytef *dest, uLongf *destLen, const Bytef *source, uLong sourceLen);
ZEXTERN uLong crc32(uLong crc, const Bytef *buf, uInt len);
ZEXTERN uLong adler32(uLong adler, const Bytef *buf, uInt len);
ZEXTERN gzFile gzopen(const char *path, const char *mode);
ZEXTERN int gzclose(gzFile file);
ZEXTERN int gzread(gzFile file, voidp buf, unsigned len);
ZEXTERN int gzwrite(gzFile file, voidpc buf, unsigned len);
#define deflateInit(strm, level) deflateInit_((strm), (level), ZLIB_VERSION, (int)sizeof(z_stream))
#define inflateInit(strm) inflateInit_((strm), ZLIB_VERSION, (int)sizeof(z_stream))
#define deflateInit2(strm, level, method, windowBits, memLevel, strategy) deflateInit2_((strm), (level), (method), (windowBits), (memLevel), (strategy), ZLIB_VERSION, (int)sizeof(z_stream))
#define inflateInit2(strm, windowBits) inflateInit2_((strm), (windowBits), ZLIB_VERSION, (int)sizeof(z_stream))
#endif
