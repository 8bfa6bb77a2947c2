#ifndef MANGOPY_STUB_SCHED_H
#define MANGOPY_STUB_SCHED_H
struct sched_param { int sched_priority; char __opaque[4]; };
int sched_yield(void);
int sched_get_priority_min(int policy);
int sched_get_priority_max(int policy);
#endif
