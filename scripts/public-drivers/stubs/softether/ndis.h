/* Wrapper of the model's ndis.h for SoftEther's SeLow, Neo6 and Neo: the
   declarations they use that the model lacks (declarations and macros only,
   written from the documented prototypes). */
#pragma once
#include_next <ndis.h>
PKEVENT IoCreateNotificationEvent(PUNICODE_STRING EventName, PHANDLE EventHandle);
VOID NdisInitializeString(PNDIS_STRING Destination, PUCHAR Source);
char *_strupr(char *String);
/* the kit's own spelling of the _REVISION_1 size */
#define NDIS_SIZEOF_OPEN_PARAMETERS_REVSION_1 NDIS_SIZEOF_OPEN_PARAMETERS_REVISION_1
#if !defined(NDIS_SUPPORT_NDIS6) || !NDIS_SUPPORT_NDIS6
NDIS_STATUS NdisMRegisterDevice(NDIS_HANDLE NdisWrapperHandle, PNDIS_STRING DeviceName,
                                PNDIS_STRING SymbolicName, PDRIVER_DISPATCH MajorFunctions[],
                                PDEVICE_OBJECT *pDeviceObject, NDIS_HANDLE *NdisDeviceHandle);
NDIS_STATUS NdisMDeregisterDevice(NDIS_HANDLE NdisDeviceHandle);
#define NDIS_SET_PACKET_STATUS(_Packet, _Status) ((void)(_Packet), (void)(_Status))
#define NDIS_SET_PACKET_HEADER_SIZE(_Packet, _HdrSize) ((void)(_Packet), (void)(_HdrSize))
#endif
