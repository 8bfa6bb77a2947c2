#ifndef MANGOPY_STUB_OSATOMIC_H
#define MANGOPY_STUB_OSATOMIC_H
#include <stdint.h>
#include <stdbool.h>
typedef int32_t OSSpinLock;
#define OS_SPINLOCK_INIT 0
void OSSpinLockLock(volatile OSSpinLock *lock);
bool OSSpinLockTry(volatile OSSpinLock *lock);
void OSSpinLockUnlock(volatile OSSpinLock *lock);
int32_t OSAtomicAdd32(int32_t amount, volatile int32_t *value);
int32_t OSAtomicAdd32Barrier(int32_t amount, volatile int32_t *value);
int32_t OSAtomicIncrement32(volatile int32_t *value);
int32_t OSAtomicIncrement32Barrier(volatile int32_t *value);
int32_t OSAtomicDecrement32(volatile int32_t *value);
int32_t OSAtomicDecrement32Barrier(volatile int32_t *value);
int64_t OSAtomicAdd64(int64_t amount, volatile int64_t *value);
int64_t OSAtomicAdd64Barrier(int64_t amount, volatile int64_t *value);
int64_t OSAtomicIncrement64(volatile int64_t *value);
int64_t OSAtomicIncrement64Barrier(volatile int64_t *value);
int64_t OSAtomicDecrement64(volatile int64_t *value);
int64_t OSAtomicDecrement64Barrier(volatile int64_t *value);
int32_t OSAtomicOr32(uint32_t mask, volatile uint32_t *value);
int32_t OSAtomicAnd32(uint32_t mask, volatile uint32_t *value);
bool OSAtomicCompareAndSwap32(int32_t old_value, int32_t new_value, volatile int32_t *value);
bool OSAtomicCompareAndSwap32Barrier(int32_t old_value, int32_t new_value, volatile int32_t *value);
bool OSAtomicCompareAndSwap64(int64_t old_value, int64_t new_value, volatile int64_t *value);
bool OSAtomicCompareAndSwap64Barrier(int64_t old_value, int64_t new_value, volatile int64_t *value);
bool OSAtomicCompareAndSwapPtr(void *old_value, void *new_value, void *volatile *value);
bool OSAtomicCompareAndSwapPtrBarrier(void *old_value, void *new_value, void *volatile *value);
bool OSAtomicCompareAndSwapInt(int old_value, int new_value, volatile int *value);
bool OSAtomicCompareAndSwapLong(long old_value, long new_value, volatile long *value);
bool OSAtomicTestAndSet(uint32_t n, volatile void *address);
bool OSAtomicTestAndClear(uint32_t n, volatile void *address);
void OSMemoryBarrier(void);
#endif
