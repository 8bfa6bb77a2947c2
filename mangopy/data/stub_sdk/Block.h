#ifndef MANGOPY_STUB_BLOCK_H
#define MANGOPY_STUB_BLOCK_H
extern void *_Block_copy(const void *aBlock);
extern void _Block_release(const void *aBlock);
#define Block_copy(...) ((__typeof(__VA_ARGS__))_Block_copy((const void *)(__VA_ARGS__)))
#define Block_release(...) _Block_release((const void *)(__VA_ARGS__))
#endif
