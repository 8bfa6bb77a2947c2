#ifndef MANGOPY_STUB_UUID_H
#define MANGOPY_STUB_UUID_H
typedef unsigned char uuid_t[16];
typedef char uuid_string_t[37];
void uuid_generate(uuid_t out);
void uuid_generate_random(uuid_t out);
void uuid_unparse(const uuid_t uu, char *out);
int uuid_parse(const char *in, uuid_t uu);
void uuid_clear(uuid_t uu);
int uuid_is_null(const uuid_t uu);
#endif
