#ifndef MANGOPY_STUB_SETJMP_H
#define MANGOPY_STUB_SETJMP_H
/* arm64: _JBLEN 48 ints (+1 for sigjmp_buf) */
typedef int jmp_buf[48];
typedef int sigjmp_buf[49];
int setjmp(jmp_buf env);
void longjmp(jmp_buf env, int val) __attribute__((__noreturn__));
int _setjmp(jmp_buf env);
void _longjmp(jmp_buf env, int val) __attribute__((__noreturn__));
int sigsetjmp(sigjmp_buf env, int savemask);
void siglongjmp(sigjmp_buf env, int val) __attribute__((__noreturn__));
#endif
