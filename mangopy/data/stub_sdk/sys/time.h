#ifndef MANGOPY_STUB_SYS_TIME_H
#define MANGOPY_STUB_SYS_TIME_H
#include <sys/types.h>
#include <time.h>
struct timeval { long tv_sec; int32_t tv_usec; };
struct timezone { int tz_minuteswest; int tz_dsttime; };
struct itimerval { struct timeval it_interval; struct timeval it_value; };
int gettimeofday(struct timeval *tp, void *tzp);
int settimeofday(const struct timeval *tp, const struct timezone *tzp);
int utimes(const char *path, const struct timeval *times);
#define timerclear(tvp) ((tvp)->tv_sec = (tvp)->tv_usec = 0)
#define timerisset(tvp) ((tvp)->tv_sec || (tvp)->tv_usec)
#endif
