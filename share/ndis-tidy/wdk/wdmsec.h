/*
 * wdmsec.h - ndis-tidy's model of IoCreateDeviceSecure and the predefined
 * SDDL strings for device objects.
 *
 * Part of ndis-tidy's compact WDK model (share/ndis-tidy/wdk), written from
 * the documented prototype and the "SDDL for Device Objects" page on
 * learn.microsoft.com; it is not the WDK header. The SDDL strings are
 * declared, not defined (the kit's wdmsec library defines them).
 */
#ifndef NDIS_TIDY_MODEL_WDMSEC_H
#define NDIS_TIDY_MODEL_WDMSEC_H

#include "wdm.h"

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS IoCreateDeviceSecure(_In_ PDRIVER_OBJECT DriverObject,
                              _In_ ULONG DeviceExtensionSize,
                              _In_opt_ PUNICODE_STRING DeviceName,
                              _In_ DEVICE_TYPE DeviceType,
                              _In_ ULONG DeviceCharacteristics,
                              _In_ BOOLEAN Exclusive,
                              _In_ PCUNICODE_STRING DefaultSDDLString,
                              _In_opt_ LPCGUID DeviceClassGuid,
                              _Out_ PDEVICE_OBJECT *DeviceObject);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS IoValidateDeviceIoControlAccess(_In_ PIRP Irp, _In_ ULONG RequiredAccess);

extern const UNICODE_STRING SDDL_DEVOBJ_KERNEL_ONLY;
extern const UNICODE_STRING SDDL_DEVOBJ_INF_SUPPLIED;
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL;
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_ALL;
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RX;
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_R;
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_R_RES_R;
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RW_RES_R;
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RWX_RES_RWX;
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_ALL_WORLD_R;

#endif /* NDIS_TIDY_MODEL_WDMSEC_H */
