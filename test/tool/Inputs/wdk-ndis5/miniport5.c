/* Uses what an NDIS 5.1 miniport takes from the WDK model: the task-offload
   structures, the NDIS_PACKET reserved areas, PCI configuration space and
   memory-mapped registers. It declares its own NDIS_STATISTICS_INFO and
   NDIS_OFFLOAD_PARAMETERS, as NDIS 5 drivers may: the model declares the
   NDIS 6 structures of those names only for NDIS 6 and later. It must
   parse with no error, and the checks must stay silent on it. */
#include <ndis.h>

typedef struct _NDIS_STATISTICS_INFO { ULONG64 Received; } NDIS_STATISTICS_INFO;
typedef struct _NDIS_OFFLOAD_PARAMETERS { UCHAR Checksum; } NDIS_OFFLOAD_PARAMETERS;

typedef struct _ADAPTER {
    PUCHAR Registers;
    NDIS_STATISTICS_INFO Statistics;
    NDIS_OFFLOAD_PARAMETERS Offload;
} ADAPTER, *PADAPTER;

typedef struct _SEND_CONTEXT {
    PVOID Descriptor;
    ULONG Length;
} SEND_CONTEXT;
#define SEND_CONTEXT_FROM_PACKET(_Packet) ((SEND_CONTEXT *)(_Packet)->MiniportReservedEx)
C_ASSERT(sizeof(SEND_CONTEXT) <= sizeof(((PNDIS_PACKET)0)->MiniportReservedEx));
C_ASSERT(FIELD_OFFSET(PCI_COMMON_CONFIG, DeviceSpecific) == 64);

static ULONG MpQueryTaskOffload(PVOID Buffer, ULONG Length)
{
    PNDIS_TASK_OFFLOAD_HEADER Header = (PNDIS_TASK_OFFLOAD_HEADER)Buffer;
    PNDIS_TASK_OFFLOAD Task;
    PNDIS_TASK_TCP_IP_CHECKSUM Checksum;
    ULONG Needed = sizeof(NDIS_TASK_OFFLOAD_HEADER) + FIELD_OFFSET(NDIS_TASK_OFFLOAD, TaskBuffer) +
                   sizeof(NDIS_TASK_TCP_IP_CHECKSUM);
    if (Length < Needed || Header->Version != NDIS_TASK_OFFLOAD_VERSION ||
        Header->EncapsulationFormat.Encapsulation != IEEE_802_3_Encapsulation)
        return 0;
    Header->OffsetFirstTask = Header->Size;
    Task = (PNDIS_TASK_OFFLOAD)((PUCHAR)Header + Header->OffsetFirstTask);
    Task->Version = NDIS_TASK_OFFLOAD_VERSION;
    Task->Size = sizeof(NDIS_TASK_OFFLOAD);
    Task->Task = TcpIpChecksumNdisTask;
    Task->OffsetNextTask = 0;
    Task->TaskBufferLength = sizeof(NDIS_TASK_TCP_IP_CHECKSUM);
    Checksum = (PNDIS_TASK_TCP_IP_CHECKSUM)Task->TaskBuffer;
    NdisZeroMemory(Checksum, sizeof(*Checksum));
    Checksum->V4Transmit.TcpChecksum = 1;
    Checksum->V4Receive.IpChecksum = 1;
    return Needed + sizeof(NDIS_TASK_TCP_LARGE_SEND) * 0 + sizeof(NDIS_TASK_IPSEC) * 0;
}

static VOID MpSend(PADAPTER Adapter, PNDIS_PACKET Packet)
{
    NDIS_TCP_IP_CHECKSUM_PACKET_INFO Info;
    ULONG Status;
    SEND_CONTEXT_FROM_PACKET(Packet)->Length = 0;
    Info.Value = (ULONG)(ULONG_PTR)NDIS_PER_PACKET_INFO_FROM_PACKET(Packet, TcpIpChecksumPacketInfo);
    if (Info.Transmit.NdisPacketTcpChecksum)
        Adapter->Offload.Checksum = 1;
    NdisReadRegisterUlong(Adapter->Registers + 0x10, &Status);
    NdisWriteRegisterUlong(Adapter->Registers + 0x14, Status | 1);
    NdisWriteRegisterUshort(Adapter->Registers + 0x18, (USHORT)0);
    NdisWriteRegisterUchar(Adapter->Registers + 0x1a, (UCHAR)0);
    Adapter->Statistics.Received++;
}

static BOOLEAN MpIsOurDevice(const PCI_COMMON_CONFIG *Config, PADAPTER Adapter)
{
    UCHAR Revision;
    USHORT Id;
    NdisReadRegisterUchar(Adapter->Registers, &Revision);
    NdisReadRegisterUshort(Adapter->Registers + 2, &Id);
    return Config->VendorID == 0x8086 && Config->u.type0.InterruptPin != 0 &&
           (Config->Command & PCI_ENABLE_BUS_MASTER) && Revision == Config->RevisionID &&
           Id == Config->DeviceID;
}
