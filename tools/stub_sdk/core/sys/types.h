#ifndef MANGOPY_STUB_SYS_TYPES_H
#define MANGOPY_STUB_SYS_TYPES_H
#include <sys/cdefs.h>
#include <stddef.h>
#include <stdint.h>
/* arm64 Darwin sizes */
typedef unsigned char u_char;
typedef unsigned short u_short;
typedef unsigned int u_int;
typedef unsigned long u_long;
typedef unsigned short ushort;
typedef unsigned int uint;
typedef uint8_t u_int8_t;
typedef uint16_t u_int16_t;
typedef uint32_t u_int32_t;
typedef uint64_t u_int64_t;
typedef int64_t register_t;
typedef int64_t quad_t;
typedef uint64_t u_quad_t;
typedef char *caddr_t;
typedef int32_t daddr_t;
typedef int32_t dev_t;
typedef uint32_t fixpt_t;
typedef uint32_t gid_t;
typedef uint32_t uid_t;
typedef uint32_t id_t;
typedef uint64_t ino_t;
typedef uint64_t ino64_t;
typedef int32_t key_t;
typedef uint16_t mode_t;
typedef uint16_t nlink_t;
typedef int64_t off_t;
typedef int32_t pid_t;
typedef int32_t segsz_t;
typedef int32_t swblk_t;
typedef long ssize_t;
typedef long time_t;
typedef unsigned long clock_t;
typedef int32_t suseconds_t;
typedef uint32_t useconds_t;
typedef int32_t blksize_t;
typedef int64_t blkcnt_t;
typedef uint32_t fsblkcnt_t;
typedef uint32_t fsfilcnt_t;
typedef int errno_t;
typedef size_t rsize_t;
typedef uint32_t in_addr_t;
typedef uint16_t in_port_t;
typedef uint8_t sa_family_t;
typedef uint32_t socklen_t;
typedef unsigned int natural_t;
typedef int integer_t;
typedef unsigned long vm_offset_t;
typedef unsigned long vm_size_t;
typedef uint64_t user_addr_t;
typedef struct fd_set { int32_t fds_bits[32]; } fd_set;
#define NBBY 8
#define FD_SETSIZE 1024
#endif
