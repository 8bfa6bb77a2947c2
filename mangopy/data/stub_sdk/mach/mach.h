#ifndef MANGOPY_STUB_MACH_H
#define MANGOPY_STUB_MACH_H
#include <sys/types.h>
typedef int kern_return_t;
typedef unsigned int mach_port_t;
typedef mach_port_t mach_port_name_t;
typedef mach_port_t task_t;
typedef mach_port_t task_name_t;
typedef mach_port_t thread_t;
typedef mach_port_t thread_act_t;
typedef mach_port_t host_t;
typedef mach_port_t ipc_space_t;
typedef mach_port_t processor_set_name_t;
typedef thread_act_t *thread_act_array_t;
typedef int *thread_state_t;
typedef natural_t mach_msg_type_number_t;
typedef int thread_flavor_t;
typedef int task_flavor_t;
typedef int host_flavor_t;
typedef integer_t *task_info_t;
typedef integer_t *thread_info_t;
typedef integer_t *host_info_t;
typedef int vm_prot_t;
typedef unsigned long vm_address_t;
typedef unsigned long mach_vm_address_t;
typedef unsigned long mach_vm_size_t;
typedef unsigned long vm_map_t;
typedef int policy_t;
typedef struct time_value { integer_t seconds; integer_t microseconds; } time_value_t;
#define KERN_SUCCESS 0
#define KERN_INVALID_ARGUMENT 4
#define KERN_FAILURE 5
#define MACH_PORT_NULL 0
#define TASK_BASIC_INFO 5
#define MACH_TASK_BASIC_INFO 20
#define TASK_VM_INFO 22
#define THREAD_BASIC_INFO 3
#define HOST_VM_INFO 2
#define HOST_VM_INFO64 4
#define HOST_BASIC_INFO 1
#define HOST_CPU_LOAD_INFO 3
#define TH_USAGE_SCALE 1000
#define TH_FLAGS_IDLE 0x2
#define CPU_STATE_MAX 4
#define CPU_STATE_USER 0
#define CPU_STATE_SYSTEM 1
#define CPU_STATE_IDLE 2
#define CPU_STATE_NICE 3
struct task_basic_info { integer_t suspend_count; vm_size_t virtual_size; vm_size_t resident_size; time_value_t user_time; time_value_t system_time; int policy; };
typedef struct task_basic_info *task_basic_info_t;
#define TASK_BASIC_INFO_COUNT ((mach_msg_type_number_t)(sizeof(struct task_basic_info) / sizeof(natural_t)))
struct mach_task_basic_info { mach_vm_size_t virtual_size; mach_vm_size_t resident_size; mach_vm_size_t resident_size_max; time_value_t user_time; time_value_t system_time; policy_t policy; integer_t suspend_count; };
typedef struct mach_task_basic_info *mach_task_basic_info_t;
#define MACH_TASK_BASIC_INFO_COUNT ((mach_msg_type_number_t)(sizeof(struct mach_task_basic_info) / sizeof(natural_t)))
struct task_vm_info { mach_vm_size_t virtual_size; integer_t region_count; integer_t page_size; mach_vm_size_t resident_size; mach_vm_size_t resident_size_peak; mach_vm_size_t device; mach_vm_size_t device_peak; mach_vm_size_t internal; mach_vm_size_t internal_peak; mach_vm_size_t external; mach_vm_size_t external_peak; mach_vm_size_t reusable; mach_vm_size_t reusable_peak; mach_vm_size_t purgeable_volatile_pmap; mach_vm_size_t purgeable_volatile_resident; mach_vm_size_t purgeable_volatile_virtual; mach_vm_size_t compressed; mach_vm_size_t compressed_peak; mach_vm_size_t compressed_lifetime; mach_vm_size_t phys_footprint; };
typedef struct task_vm_info task_vm_info_data_t;
typedef struct task_vm_info *task_vm_info_t;
#define TASK_VM_INFO_COUNT ((mach_msg_type_number_t)(sizeof(task_vm_info_data_t) / sizeof(natural_t)))
struct thread_basic_info { time_value_t user_time; time_value_t system_time; integer_t cpu_usage; policy_t policy; integer_t run_state; integer_t flags; integer_t suspend_count; integer_t sleep_time; };
typedef struct thread_basic_info thread_basic_info_data_t;
typedef struct thread_basic_info *thread_basic_info_t;
#define THREAD_BASIC_INFO_COUNT ((mach_msg_type_number_t)(sizeof(thread_basic_info_data_t) / sizeof(natural_t)))
struct vm_statistics { natural_t free_count; natural_t active_count; natural_t inactive_count; natural_t wire_count; natural_t zero_fill_count; natural_t reactivations; natural_t pageins; natural_t pageouts; natural_t faults; natural_t cow_faults; natural_t lookups; natural_t hits; natural_t purgeable_count; natural_t purges; natural_t speculative_count; };
typedef struct vm_statistics vm_statistics_data_t;
struct vm_statistics64 { natural_t free_count; natural_t active_count; natural_t inactive_count; natural_t wire_count; uint64_t zero_fill_count; uint64_t reactivations; uint64_t pageins; uint64_t pageouts; uint64_t faults; uint64_t cow_faults; uint64_t lookups; uint64_t hits; uint64_t purges; natural_t purgeable_count; natural_t speculative_count; uint64_t decompressions; uint64_t compressions; uint64_t swapins; uint64_t swapouts; natural_t compressor_page_count; natural_t throttled_count; natural_t external_page_count; natural_t internal_page_count; uint64_t total_uncompressed_pages_in_compressor; };
typedef struct vm_statistics64 vm_statistics64_data_t;
#define HOST_VM_INFO_COUNT ((mach_msg_type_number_t)(sizeof(vm_statistics_data_t) / sizeof(integer_t)))
#define HOST_VM_INFO64_COUNT ((mach_msg_type_number_t)(sizeof(vm_statistics64_data_t) / sizeof(integer_t)))
struct host_cpu_load_info { natural_t cpu_ticks[CPU_STATE_MAX]; };
typedef struct host_cpu_load_info host_cpu_load_info_data_t;
#define HOST_CPU_LOAD_INFO_COUNT ((mach_msg_type_number_t)(sizeof(host_cpu_load_info_data_t) / sizeof(integer_t)))
extern mach_port_t mach_task_self_;
#define mach_task_self() mach_task_self_
#define current_task() mach_task_self()
extern vm_size_t vm_page_size;
mach_port_t mach_host_self(void);
mach_port_t mach_thread_self(void);
kern_return_t task_info(task_name_t task, task_flavor_t flavor, task_info_t info, mach_msg_type_number_t *count);
kern_return_t task_threads(task_t task, thread_act_array_t *threads, mach_msg_type_number_t *count);
kern_return_t thread_info(thread_act_t thread, thread_flavor_t flavor, thread_info_t info, mach_msg_type_number_t *count);
kern_return_t thread_suspend(thread_act_t thread);
kern_return_t thread_resume(thread_act_t thread);
kern_return_t thread_get_state(thread_act_t thread, thread_flavor_t flavor, thread_state_t state, mach_msg_type_number_t *count);
kern_return_t host_statistics(host_t host, host_flavor_t flavor, host_info_t info, mach_msg_type_number_t *count);
kern_return_t host_statistics64(host_t host, host_flavor_t flavor, host_info_t info, mach_msg_type_number_t *count);
kern_return_t host_page_size(host_t host, vm_size_t *size);
kern_return_t vm_deallocate(vm_map_t task, vm_address_t address, vm_size_t size);
kern_return_t mach_port_deallocate(ipc_space_t task, mach_port_name_t name);
char *mach_error_string(kern_return_t error);
#endif
