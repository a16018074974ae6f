/* Wrapper of the model's ndis.h for the NDIS 5 drivers first measured in
   December 2026 (b2ether, tap-windows, winpcap NPF): NDIS 5 and kernel
   routines they call that the model lacks (declarations and macros only,
   from the documented prototypes). */
#pragma once
#include_next <ndis.h>
#ifndef NDIS_TIDY_STUB_NDIS5
#define NDIS_TIDY_STUB_NDIS5
NDIS_STATUS NdisMRegisterDevice(NDIS_HANDLE NdisWrapperHandle, PNDIS_STRING DeviceName,
                                PNDIS_STRING SymbolicName, PDRIVER_DISPATCH MajorFunctions[],
                                PDEVICE_OBJECT *pDeviceObject, NDIS_HANDLE *NdisDeviceHandle);
NDIS_STATUS NdisMDeregisterDevice(NDIS_HANDLE NdisDeviceHandle);
VOID NdisReset(PNDIS_STATUS Status, NDIS_HANDLE NdisBindingHandle);
VOID NdisCopyFromPacketToPacket(PNDIS_PACKET Destination, UINT DestinationOffset, UINT BytesToCopy,
                                PNDIS_PACKET Source, UINT SourceOffset, PUINT BytesCopied);
#ifndef OID_FFP_SUPPORT
#define OID_FFP_SUPPORT 0xFC010210
#endif
#ifndef NDIS_FLAGS_DONT_LOOPBACK
#define NDIS_FLAGS_DONT_LOOPBACK 0x00000080
#endif
#ifndef NdisSetPacketFlags
#define NdisSetPacketFlags(_Packet, _Flags) ((void)(_Packet), (void)(_Flags))
#endif
#ifndef STATUS_MORE_PROCESSING_REQUIRED
#define STATUS_MORE_PROCESSING_REQUIRED ((NTSTATUS)0xC0000016L)
#endif
#ifndef IRP_WRITE_OPERATION
#define IRP_WRITE_OPERATION 0x00000200
#endif
typedef struct _FILE_STANDARD_INFORMATION {
    LARGE_INTEGER AllocationSize;
    LARGE_INTEGER EndOfFile;
    ULONG NumberOfLinks;
    BOOLEAN DeletePending;
    BOOLEAN Directory;
} FILE_STANDARD_INFORMATION, *PFILE_STANDARD_INFORMATION;
NTSTATUS ZwCreateFile(PHANDLE FileHandle, ACCESS_MASK DesiredAccess, POBJECT_ATTRIBUTES ObjectAttributes,
                      PIO_STATUS_BLOCK IoStatusBlock, PLARGE_INTEGER AllocationSize, ULONG FileAttributes,
                      ULONG ShareAccess, ULONG CreateDisposition, ULONG CreateOptions, PVOID EaBuffer,
                      ULONG EaLength);
NTSTATUS ZwWriteFile(HANDLE FileHandle, HANDLE Event, PIO_APC_ROUTINE ApcRoutine, PVOID ApcContext,
                     PIO_STATUS_BLOCK IoStatusBlock, PVOID Buffer, ULONG Length, PLARGE_INTEGER ByteOffset,
                     PULONG Key);
PDEVICE_OBJECT IoGetRelatedDeviceObject(PFILE_OBJECT FileObject);
NTSTATUS ZwOpenFile(PHANDLE FileHandle, ACCESS_MASK DesiredAccess, POBJECT_ATTRIBUTES ObjectAttributes,
                    PIO_STATUS_BLOCK IoStatusBlock, ULONG ShareAccess, ULONG OpenOptions);
NTSTATUS ZwSetSecurityObject(HANDLE Handle, SECURITY_INFORMATION SecurityInformation,
                             PSECURITY_DESCRIPTOR SecurityDescriptor);
/* ThreadAffinityMask is THREADINFOCLASS's value 4; the model has no THREADINFOCLASS */
#define ThreadAffinityMask 4
NTSTATUS ZwSetInformationThread(HANDLE ThreadHandle, int ThreadInformationClass,
                                PVOID ThreadInformation, ULONG ThreadInformationLength);
#endif
