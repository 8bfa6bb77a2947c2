#ifndef MANGOPY_STUB_SIMD_H
#define MANGOPY_STUB_SIMD_H
#include <stdint.h>
/* The simd vector and matrix types (clang ext_vector_type), as <simd/vector_types.h> and <simd/matrix_types.h>. */
typedef __attribute__((__ext_vector_type__(2))) float simd_float2;
typedef __attribute__((__ext_vector_type__(3))) float simd_float3;
typedef __attribute__((__ext_vector_type__(4))) float simd_float4;
typedef __attribute__((__ext_vector_type__(2))) double simd_double2;
typedef __attribute__((__ext_vector_type__(3))) double simd_double3;
typedef __attribute__((__ext_vector_type__(4))) double simd_double4;
typedef __attribute__((__ext_vector_type__(2))) int simd_int2;
typedef __attribute__((__ext_vector_type__(3))) int simd_int3;
typedef __attribute__((__ext_vector_type__(4))) int simd_int4;
typedef __attribute__((__ext_vector_type__(2))) unsigned int simd_uint2;
typedef __attribute__((__ext_vector_type__(3))) unsigned int simd_uint3;
typedef __attribute__((__ext_vector_type__(4))) unsigned int simd_uint4;
typedef __attribute__((__ext_vector_type__(4))) unsigned char simd_uchar4;
typedef __attribute__((__ext_vector_type__(4))) short simd_short4;
typedef simd_float2 vector_float2;
typedef simd_float3 vector_float3;
typedef simd_float4 vector_float4;
typedef simd_double2 vector_double2;
typedef simd_double3 vector_double3;
typedef simd_double4 vector_double4;
typedef simd_int2 vector_int2;
typedef simd_int3 vector_int3;
typedef simd_int4 vector_int4;
typedef simd_uint2 vector_uint2;
typedef simd_uint3 vector_uint3;
typedef simd_uint4 vector_uint4;
typedef simd_uchar4 vector_uchar4;
typedef simd_short4 vector_short4;
typedef struct { simd_float2 columns[2]; } simd_float2x2;
typedef struct { simd_float3 columns[3]; } simd_float3x3;
typedef struct { simd_float4 columns[4]; } simd_float4x4;
typedef struct { simd_float4 columns[3]; } simd_float3x4;
typedef struct { simd_float3 columns[4]; } simd_float4x3;
typedef struct { simd_double4 columns[4]; } simd_double4x4;
typedef struct { simd_double3 columns[3]; } simd_double3x3;
typedef struct { simd_float4 vector; } simd_quatf;
typedef struct { simd_double4 vector; } simd_quatd;
typedef simd_float2x2 matrix_float2x2;
typedef simd_float3x3 matrix_float3x3;
typedef simd_float4x4 matrix_float4x4;
typedef simd_float3x4 matrix_float3x4;
typedef simd_float4x3 matrix_float4x3;
typedef simd_double4x4 matrix_double4x4;
typedef simd_double3x3 matrix_double3x3;
extern const simd_float4x4 matrix_identity_float4x4;
extern const simd_float3x3 matrix_identity_float3x3;
#endif
