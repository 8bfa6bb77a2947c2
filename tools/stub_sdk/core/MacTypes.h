#ifndef MANGOPY_STUB_MACTYPES_H
#define MANGOPY_STUB_MACTYPES_H
#include <stdint.h>
#include <stdbool.h>
/* arm64: UInt32 is unsigned int */
typedef unsigned char UInt8;
typedef signed char SInt8;
typedef unsigned short UInt16;
typedef signed short SInt16;
typedef unsigned int UInt32;
typedef signed int SInt32;
typedef signed long long SInt64;
typedef unsigned long long UInt64;
typedef long SignedByteCount;
typedef unsigned long ByteCount;
typedef unsigned long ItemCount;
typedef unsigned char Boolean;
typedef float Float32;
typedef double Float64;
typedef SInt32 Fixed;
typedef SInt32 OSStatus;
typedef SInt16 OSErr;
typedef UInt32 FourCharCode;
typedef FourCharCode OSType;
typedef FourCharCode ResType;
typedef UInt16 UniChar;
typedef UInt32 UTF32Char;
typedef UInt16 UTF16Char;
typedef UInt8 UTF8Char;
typedef unsigned char Byte;
typedef signed char SignedByte;
typedef char *Ptr;
typedef Ptr *Handle;
typedef long Size;
typedef UInt32 UnicodeScalarValue;
typedef unsigned char Str255[256];
typedef unsigned char *StringPtr;
typedef const unsigned char *ConstStringPtr;
typedef SInt16 LangCode;
typedef SInt16 RegionCode;
typedef struct ProcessSerialNumber { UInt32 highLongOfPSN; UInt32 lowLongOfPSN; } ProcessSerialNumber;
enum { noErr = 0 };
#ifndef TRUE
#define TRUE 1
#endif
#ifndef FALSE
#define FALSE 0
#endif
#endif
