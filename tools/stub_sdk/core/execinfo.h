#ifndef MANGOPY_STUB_EXECINFO_H
#define MANGOPY_STUB_EXECINFO_H
int backtrace(void **array, int size);
char **backtrace_symbols(void *const *array, int size);
void backtrace_symbols_fd(void *const *array, int size, int fd);
#endif
