#ifndef MANGOPY_STUB_MACHO_GETSECT_H
#define MANGOPY_STUB_MACHO_GETSECT_H
#include <mach-o/loader.h>
uint8_t *getsectiondata(const struct mach_header_64 *mhp, const char *segname, const char *sectname, unsigned long *size);
const struct section_64 *getsectbynamefromheader_64(const struct mach_header_64 *mhp, const char *segname, const char *sectname);
#endif
