#ifndef MANGOPY_STUB_SECRANDOM_H
#define MANGOPY_STUB_SECRANDOM_H
#include <Security/SecBase.h>
CF_EXPORT const SecRandomRef kSecRandomDefault;
CF_EXPORT int SecRandomCopyBytes(SecRandomRef rnd, size_t count, void *bytes);
#endif
