#ifndef MANGOPY_STUB_SYS_SYSCTL_H
#define MANGOPY_STUB_SYS_SYSCTL_H
#include <sys/types.h>
#include <sys/time.h>
#define CTL_MAXNAME 12
#define CTL_UNSPEC 0
#define CTL_KERN 1
#define CTL_VM 2
#define CTL_HW 6
#define KERN_OSTYPE 1
#define KERN_OSRELEASE 2
#define KERN_VERSION 4
#define KERN_HOSTNAME 10
#define KERN_PROC 14
#define KERN_BOOTTIME 21
#define KERN_OSVERSION 65
#define KERN_PROC_PID 1
#define HW_MACHINE 1
#define HW_MODEL 2
#define HW_NCPU 3
#define HW_PHYSMEM 5
#define HW_MEMSIZE 24
#define P_TRACED 0x00000800
struct extern_proc { int p_flag; int p_pid; char p_comm[17]; };
struct kinfo_proc { struct extern_proc kp_proc; char kp_eproc[352]; };
int sysctl(int *name, u_int namelen, void *oldp, size_t *oldlenp, void *newp, size_t newlen);
int sysctlbyname(const char *name, void *oldp, size_t *oldlenp, void *newp, size_t newlen);
int sysctlnametomib(const char *name, int *mibp, size_t *sizep);
#endif
