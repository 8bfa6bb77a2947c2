#ifndef MANGOPY_STUB_SECBASE_H
#define MANGOPY_STUB_SECBASE_H
#include <CoreFoundation/CFBase.h>
typedef struct CF_BRIDGED_TYPE(id) __SecCertificate *SecCertificateRef;
typedef struct CF_BRIDGED_TYPE(id) __SecIdentity *SecIdentityRef;
typedef struct CF_BRIDGED_TYPE(id) __SecKey *SecKeyRef;
typedef struct CF_BRIDGED_TYPE(id) __SecPolicy *SecPolicyRef;
typedef struct CF_BRIDGED_TYPE(id) __SecTrust *SecTrustRef;
typedef struct CF_BRIDGED_TYPE(id) __SecAccessControl *SecAccessControlRef;
typedef struct CF_BRIDGED_TYPE(id) __SecRandom *SecRandomRef;
typedef struct CF_BRIDGED_TYPE(id) __SecTask *SecTaskRef;
typedef uint32_t SecTrustResultType;
typedef CFOptionFlags SecAccessControlCreateFlags;
typedef CFStringRef SecKeyAlgorithm;
typedef uint32_t SecPadding;
enum { kSecTrustResultInvalid = 0, kSecTrustResultProceed = 1, kSecTrustResultDeny = 3, kSecTrustResultUnspecified = 4, kSecTrustResultRecoverableTrustFailure = 5, kSecTrustResultFatalTrustFailure = 6, kSecTrustResultOtherError = 7 };
enum { kSecPaddingNone = 0, kSecPaddingPKCS1 = 1, kSecPaddingOAEP = 2 };
enum {
    errSecSuccess = 0, errSecUnimplemented = -4, errSecParam = -50, errSecAllocate = -108, errSecNotAvailable = -25291,
    errSecAuthFailed = -25293, errSecDuplicateItem = -25299, errSecItemNotFound = -25300, errSecInteractionNotAllowed = -25308,
    errSecDecode = -26275, errSecUserCanceled = -128, errSecMissingEntitlement = -34018,
};
CF_EXPORT CFStringRef SecCopyErrorMessageString(OSStatus status, void *reserved);
#endif
