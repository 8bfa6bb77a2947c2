#ifndef MANGOPY_STUB_COMMONHMAC_H
#define MANGOPY_STUB_COMMONHMAC_H
#include <stddef.h>
#include <stdint.h>
#include <CommonCrypto/CommonDigest.h>
enum { kCCHmacAlgSHA1, kCCHmacAlgMD5, kCCHmacAlgSHA256, kCCHmacAlgSHA384, kCCHmacAlgSHA512, kCCHmacAlgSHA224 };
typedef uint32_t CCHmacAlgorithm;
#define CC_HMAC_CONTEXT_SIZE 96
typedef struct { uint32_t ctx[CC_HMAC_CONTEXT_SIZE]; } CCHmacContext;
void CCHmacInit(CCHmacContext *ctx, CCHmacAlgorithm algorithm, const void *key, size_t keyLength);
void CCHmacUpdate(CCHmacContext *ctx, const void *data, size_t dataLength);
void CCHmacFinal(CCHmacContext *ctx, void *macOut);
void CCHmac(CCHmacAlgorithm algorithm, const void *key, size_t keyLength, const void *data, size_t dataLength, void *macOut);
#endif
