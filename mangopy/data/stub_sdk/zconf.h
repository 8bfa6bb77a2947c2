#ifndef MANGOPY_STUB_ZCONF_H
#define MANGOPY_STUB_ZCONF_H
typedef unsigned char Byte;
typedef unsigned int uInt;
typedef unsigned long uLong;
typedef Byte Bytef;
typedef char charf;
typedef int intf;
typedef uInt uIntf;
typedef uLong uLongf;
typedef void const *voidpc;
typedef void *voidpf;
typedef void *voidp;
typedef long z_off_t;
#define ZEXPORT
#define ZEXTERN extern
#define OF(args) args
#define MAX_WBITS 15
#define MAX_MEM_LEVEL 9
#endif
