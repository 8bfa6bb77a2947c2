#ifndef MANGOPY_STUB_OBJC_RUNTIME_H
#define MANGOPY_STUB_OBJC_RUNTIME_H
#include <objc/objc.h>
#include <objc/NSObject.h>
#include <stdarg.h>
#include <stdint.h>
#include <stddef.h>
#ifdef __OBJC__
@class Protocol;
#else
typedef struct objc_object Protocol;
#endif
struct objc_method_description { SEL name; char *types; };
typedef struct { const char *name; const char *value; } objc_property_attribute_t;
struct objc_super { __unsafe_unretained id receiver; __unsafe_unretained Class super_class; };
typedef uintptr_t objc_AssociationPolicy;
enum {
    OBJC_ASSOCIATION_ASSIGN = 0,
    OBJC_ASSOCIATION_RETAIN_NONATOMIC = 1,
    OBJC_ASSOCIATION_COPY_NONATOMIC = 3,
    OBJC_ASSOCIATION_RETAIN = 01401,
    OBJC_ASSOCIATION_COPY = 01403
};
#define _C_ID '@'
#define _C_CLASS '#'
#define _C_SEL ':'
#define _C_CHR 'c'
#define _C_UCHR 'C'
#define _C_SHT 's'
#define _C_USHT 'S'
#define _C_INT 'i'
#define _C_UINT 'I'
#define _C_LNG 'l'
#define _C_ULNG 'L'
#define _C_LNG_LNG 'q'
#define _C_ULNG_LNG 'Q'
#define _C_FLT 'f'
#define _C_DBL 'd'
#define _C_BOOL 'B'
#define _C_VOID 'v'
#define _C_PTR '^'
#define _C_CHARPTR '*'
#define _C_STRUCT_B '{'
#define _C_STRUCT_E '}'
OBJC_EXPORT id object_copy(id obj, size_t size);
OBJC_EXPORT id object_dispose(id obj);
OBJC_EXPORT Class object_getClass(id obj);
OBJC_EXPORT Class object_setClass(id obj, Class cls);
OBJC_EXPORT BOOL object_isClass(id obj);
OBJC_EXPORT id object_getIvar(id obj, Ivar ivar);
OBJC_EXPORT void object_setIvar(id obj, Ivar ivar, id value);
OBJC_EXPORT Class objc_getClass(const char *name);
OBJC_EXPORT Class objc_getMetaClass(const char *name);
OBJC_EXPORT Class objc_lookUpClass(const char *name);
OBJC_EXPORT Class objc_getRequiredClass(const char *name);
OBJC_EXPORT int objc_getClassList(Class *buffer, int bufferCount);
OBJC_EXPORT Class *objc_copyClassList(unsigned int *outCount);
OBJC_EXPORT const char *class_getName(Class cls);
OBJC_EXPORT BOOL class_isMetaClass(Class cls);
OBJC_EXPORT Class class_getSuperclass(Class cls);
OBJC_EXPORT int class_getVersion(Class cls);
OBJC_EXPORT size_t class_getInstanceSize(Class cls);
OBJC_EXPORT Ivar class_getInstanceVariable(Class cls, const char *name);
OBJC_EXPORT Ivar class_getClassVariable(Class cls, const char *name);
OBJC_EXPORT Ivar *class_copyIvarList(Class cls, unsigned int *outCount);
OBJC_EXPORT Method class_getInstanceMethod(Class cls, SEL name);
OBJC_EXPORT Method class_getClassMethod(Class cls, SEL name);
OBJC_EXPORT IMP class_getMethodImplementation(Class cls, SEL name);
OBJC_EXPORT BOOL class_respondsToSelector(Class cls, SEL sel);
OBJC_EXPORT Method *class_copyMethodList(Class cls, unsigned int *outCount);
OBJC_EXPORT BOOL class_conformsToProtocol(Class cls, Protocol *protocol);
OBJC_EXPORT Protocol *__unsafe_unretained *class_copyProtocolList(Class cls, unsigned int *outCount);
OBJC_EXPORT objc_property_t class_getProperty(Class cls, const char *name);
OBJC_EXPORT objc_property_t *class_copyPropertyList(Class cls, unsigned int *outCount);
OBJC_EXPORT BOOL class_addMethod(Class cls, SEL name, IMP imp, const char *types);
OBJC_EXPORT IMP class_replaceMethod(Class cls, SEL name, IMP imp, const char *types);
OBJC_EXPORT BOOL class_addIvar(Class cls, const char *name, size_t size, uint8_t alignment, const char *types);
OBJC_EXPORT BOOL class_addProtocol(Class cls, Protocol *protocol);
OBJC_EXPORT BOOL class_addProperty(Class cls, const char *name, const objc_property_attribute_t *attributes, unsigned int attributeCount);
OBJC_EXPORT void class_replaceProperty(Class cls, const char *name, const objc_property_attribute_t *attributes, unsigned int attributeCount);
OBJC_EXPORT id class_createInstance(Class cls, size_t extraBytes);
OBJC_EXPORT Class objc_allocateClassPair(Class superclass, const char *name, size_t extraBytes);
OBJC_EXPORT void objc_registerClassPair(Class cls);
OBJC_EXPORT void objc_disposeClassPair(Class cls);
OBJC_EXPORT SEL method_getName(Method m);
OBJC_EXPORT IMP method_getImplementation(Method m);
OBJC_EXPORT const char *method_getTypeEncoding(Method m);
OBJC_EXPORT unsigned int method_getNumberOfArguments(Method m);
OBJC_EXPORT char *method_copyReturnType(Method m);
OBJC_EXPORT char *method_copyArgumentType(Method m, unsigned int index);
OBJC_EXPORT void method_getReturnType(Method m, char *dst, size_t dst_len);
OBJC_EXPORT void method_getArgumentType(Method m, unsigned int index, char *dst, size_t dst_len);
OBJC_EXPORT struct objc_method_description *method_getDescription(Method m);
OBJC_EXPORT IMP method_setImplementation(Method m, IMP imp);
OBJC_EXPORT void method_exchangeImplementations(Method m1, Method m2);
OBJC_EXPORT const char *ivar_getName(Ivar v);
OBJC_EXPORT const char *ivar_getTypeEncoding(Ivar v);
OBJC_EXPORT ptrdiff_t ivar_getOffset(Ivar v);
OBJC_EXPORT const char *property_getName(objc_property_t property);
OBJC_EXPORT const char *property_getAttributes(objc_property_t property);
OBJC_EXPORT objc_property_attribute_t *property_copyAttributeList(objc_property_t property, unsigned int *outCount);
OBJC_EXPORT char *property_copyAttributeValue(objc_property_t property, const char *attributeName);
OBJC_EXPORT Protocol *objc_getProtocol(const char *name);
OBJC_EXPORT Protocol *__unsafe_unretained *objc_copyProtocolList(unsigned int *outCount);
OBJC_EXPORT BOOL protocol_conformsToProtocol(Protocol *proto, Protocol *other);
OBJC_EXPORT BOOL protocol_isEqual(Protocol *proto, Protocol *other);
OBJC_EXPORT const char *protocol_getName(Protocol *proto);
OBJC_EXPORT struct objc_method_description protocol_getMethodDescription(Protocol *proto, SEL aSel, BOOL isRequiredMethod, BOOL isInstanceMethod);
OBJC_EXPORT struct objc_method_description *protocol_copyMethodDescriptionList(Protocol *proto, BOOL isRequiredMethod, BOOL isInstanceMethod, unsigned int *outCount);
OBJC_EXPORT objc_property_t protocol_getProperty(Protocol *proto, const char *name, BOOL isRequiredProperty, BOOL isInstanceProperty);
OBJC_EXPORT const char **objc_copyImageNames(unsigned int *outCount);
OBJC_EXPORT const char *class_getImageName(Class cls);
OBJC_EXPORT const char **objc_copyClassNamesForImage(const char *image, unsigned int *outCount);
OBJC_EXPORT BOOL sel_isEqual(SEL lhs, SEL rhs);
OBJC_EXPORT void objc_enumerationMutation(id obj);
OBJC_EXPORT IMP imp_implementationWithBlock(id block);
OBJC_EXPORT id imp_getBlock(IMP anImp);
OBJC_EXPORT BOOL imp_removeBlock(IMP anImp);
OBJC_EXPORT id objc_loadWeak(id *location);
OBJC_EXPORT id objc_storeWeak(id *location, id obj);
OBJC_EXPORT void objc_setAssociatedObject(id object, const void *key, id value, objc_AssociationPolicy policy);
OBJC_EXPORT id objc_getAssociatedObject(id object, const void *key);
OBJC_EXPORT void objc_removeAssociatedObjects(id object);
#endif
