#ifndef MANGOPY_STUB_MACH_MACHINE_H
#define MANGOPY_STUB_MACH_MACHINE_H
typedef int cpu_type_t;
typedef int cpu_subtype_t;
#define CPU_ARCH_ABI64 0x01000000
#define CPU_TYPE_ARM 12
#define CPU_TYPE_ARM64 (CPU_TYPE_ARM | CPU_ARCH_ABI64)
#define CPU_SUBTYPE_ARM64_ALL 0
#define CPU_SUBTYPE_ARM64E 2
#endif
