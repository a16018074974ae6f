// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t -- -DNDIS50
// RUN: %check_ndis_tidy --check-suffix=FIXED %s ndis-pool-outstanding-buffers %t -- -DNDIS50 -DFIXED

// Items inside items: a buffer chained into a packet (NdisChainBufferAtFront,
// NdisChainBufferAtBack, or a store into the packet's chain) and a
// NET_BUFFER put into a NET_BUFFER_LIST go where their container goes:
// handed to NDIS with it, stored with it. Freeing the container does not
// free them; unchaining gives them back. Without FIXED each function frees
// a pool while such an item may still be out; with FIXED each waits or
// frees first, and nothing is reported.
#include "ndis.h"

typedef struct _BINDING {
  NDIS_HANDLE BindingHandle;
  NDIS_HANDLE PacketPool;
  NDIS_HANDLE BufferPool;
  NDIS_EVENT SendsDone;
  LONG Outstanding;
} BINDING, *PBINDING;

// The send path of an NDIS 5 protocol: the buffer goes out in the packet.
VOID PtSendOne(PBINDING Binding, PVOID Data, UINT Length) {
  NDIS_STATUS Status;
  PNDIS_PACKET Packet;
  PNDIS_BUFFER Buffer;
  NdisAllocatePacket(&Status, &Packet, Binding->PacketPool);
  if (Status != NDIS_STATUS_SUCCESS)
    return;
  NdisAllocateBuffer(&Status, &Buffer, Binding->BufferPool, Data, Length);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreePacket(Packet);
    return;
  }
  NdisChainBufferAtFront(Packet, Buffer);
  NdisInterlockedIncrement(&Binding->Outstanding);
  NdisSend(&Status, Binding->BindingHandle, Packet);
}

VOID PtSendComplete(NDIS_HANDLE ProtocolBindingContext, PNDIS_PACKET Packet,
                    NDIS_STATUS Status) {
  PBINDING Binding = (PBINDING)ProtocolBindingContext;
  PNDIS_BUFFER Buffer;
  NdisUnchainBufferAtFront(Packet, &Buffer);
  NdisFreeBuffer(Buffer);
  NdisFreePacket(Packet);
  if (NdisInterlockedDecrement(&Binding->Outstanding) == 0)
    NdisSetEvent(&Binding->SendsDone);
}

VOID PtBind(PNDIS_STATUS Status, NDIS_HANDLE BindContext, PNDIS_STRING DeviceName,
            PVOID SystemSpecific1, PVOID SystemSpecific2) {
  PBINDING Binding;
  *Status = NdisAllocateMemoryWithTag((PVOID *)&Binding, sizeof(BINDING), 'dniB');
  if (*Status != NDIS_STATUS_SUCCESS)
    return;
  NdisInitializeEvent(&Binding->SendsDone);
  NdisAllocatePacketPool(Status, &Binding->PacketPool, 32, 16);
  NdisAllocateBufferPool(Status, &Binding->BufferPool, 32);
}

VOID PtUnbind(PNDIS_STATUS Status, NDIS_HANDLE ProtocolBindingContext,
              NDIS_HANDLE UnbindContext) {
  PBINDING Binding = (PBINDING)ProtocolBindingContext;
#ifdef FIXED
  NdisWaitEvent(&Binding->SendsDone, 0);
#endif
  NdisFreeBufferPool(Binding->BufferPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeBufferPool frees pool 'Binding->BufferPool' during teardown while NDIS_BUFFERs allocated from it by other callbacks may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES: :[[@LINE+126]]:3: note: 'PtUnbind' is a teardown callback (PROTOCOL_UNBIND_ADAPTER)
  // CHECK-NOTES: :[[@LINE-41]]:3: note: a NDIS_BUFFER is allocated from the pool here by NdisAllocateBuffer, in 'PtSendOne'
  // CHECK-NOTES: :[[@LINE-35]]:3: note: and handed to NDIS by NdisSend here
  // CHECK-NOTES: :[[@LINE-11]]:6: note: nothing on the teardown path of 'PtUnbind' frees such NDIS_BUFFERs or waits for them before the pool is freed
  NdisFreePacketPool(Binding->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool frees pool 'Binding->PacketPool' during teardown while NDIS_PACKETs allocated from it by other callbacks may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES: :[[@LINE+120]]:3: note: 'PtUnbind' is a teardown callback (PROTOCOL_UNBIND_ADAPTER)
  // CHECK-NOTES: :[[@LINE-50]]:3: note: a NDIS_PACKET is allocated from the pool here by NdisAllocatePacket, in 'PtSendOne'
  // CHECK-NOTES: :[[@LINE-41]]:3: note: and handed to NDIS by NdisSend here
  // CHECK-NOTES: :[[@LINE-17]]:6: note: nothing on the teardown path of 'PtUnbind' frees such NDIS_PACKETs or waits for them before the pool is freed
  NdisFreeMemory(Binding, sizeof(BINDING), 0);
}

// One probe packet built, sent and torn down in place. The send may pend:
// then the packet and the buffer inside it are NDIS's until the completion.
VOID PtProbe(PBINDING Binding, PVOID Data, UINT Length) {
  NDIS_STATUS Status;
  PNDIS_PACKET Packet;
  PNDIS_BUFFER Buffer;
  NDIS_HANDLE PacketPool, BufferPool;
  NdisAllocatePacketPool(&Status, &PacketPool, 1, 16);
  if (Status != NDIS_STATUS_SUCCESS)
    return;
  NdisAllocateBufferPool(&Status, &BufferPool, 1);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreePacketPool(PacketPool);
    return;
  }
  NdisAllocatePacket(&Status, &Packet, PacketPool);
  if (Status == NDIS_STATUS_SUCCESS) {
    NdisAllocateBuffer(&Status, &Buffer, BufferPool, Data, Length);
    if (Status == NDIS_STATUS_SUCCESS) {
      NdisChainBufferAtBack(Packet, Buffer);
      NdisSend(&Status, Binding->BindingHandle, Packet);
#ifdef FIXED
      if (Status == NDIS_STATUS_PENDING) {
        NdisWaitEvent(&Binding->SendsDone, 0);
      } else { // completed at once: both are back, ours to free
        NdisUnchainBufferAtFront(Packet, &Buffer);
        NdisFreeBuffer(Buffer);
        NdisFreePacket(Packet);
      }
#endif
    } else {
      NdisFreePacket(Packet);
    }
  }
  NdisFreeBufferPool(BufferPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeBufferPool frees pool 'BufferPool' while the NDIS_BUFFER 'Buffer' allocated from it may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES: :[[@LINE-19]]:5: note: 'Buffer' is allocated from the pool here by NdisAllocateBuffer
  // CHECK-NOTES: :[[@LINE-17]]:7: note: 'Buffer' is handed to NDIS here by NdisSend and may not have been returned when the pool is freed
  NdisFreePacketPool(PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool frees pool 'PacketPool' while the NDIS_PACKET 'Packet' allocated from it may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES: :[[@LINE-25]]:3: note: 'Packet' is allocated from the pool here by NdisAllocatePacket
  // CHECK-NOTES: :[[@LINE-21]]:7: note: 'Packet' is handed to NDIS here by NdisSend and may not have been returned when the pool is freed
}

// Chained through the packet's own fields (as a macro form of
// NdisChainBufferAtFront does), unchained, and freed: but without FIXED
// the buffer taken back out is never freed.
VOID PtBuildAndDrop(PVOID Data, UINT Length) {
  NDIS_STATUS Status;
  PNDIS_PACKET Packet;
  PNDIS_BUFFER Buffer, Out;
  NDIS_HANDLE PacketPool, BufferPool;
  NdisAllocatePacketPool(&Status, &PacketPool, 1, 16);
  if (Status != NDIS_STATUS_SUCCESS)
    return;
  NdisAllocateBufferPool(&Status, &BufferPool, 1);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreePacketPool(PacketPool);
    return;
  }
  NdisAllocatePacket(&Status, &Packet, PacketPool);
  if (Status != NDIS_STATUS_SUCCESS)
    goto out;
  NdisAllocateBuffer(&Status, &Buffer, BufferPool, Data, Length);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreePacket(Packet);
    goto out;
  }
  Packet->Private.Head = Buffer;
  Packet->Private.Tail = Buffer;
  NdisUnchainBufferAtFront(Packet, &Out);
#ifdef FIXED
  NdisFreeBuffer(Out);
#endif
  NdisFreePacket(Packet);
out:
  NdisFreeBufferPool(BufferPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeBufferPool frees pool 'BufferPool' while the NDIS_BUFFER 'Buffer' allocated from it may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES: :[[@LINE-15]]:3: note: 'Buffer' is allocated from the pool here by NdisAllocateBuffer
  // CHECK-NOTES: :[[@LINE-3]]:3: note: on some path to this free, 'Buffer' is neither freed nor handed on
  NdisFreePacketPool(PacketPool);
}

// NDIS 6: a NET_BUFFER put into a NET_BUFFER_LIST of another pool goes to
// NDIS inside it.
VOID FilterSendOne(NDIS_HANDLE FilterHandle, NDIS_HANDLE NblPool,
                   NDIS_HANDLE NbPool, PMDL Mdl, PNDIS_EVENT Done) {
  PNET_BUFFER_LIST Nbl = NdisAllocateNetBufferList(NblPool, 0, 0);
  PNET_BUFFER Nb;
  if (!Nbl)
    return;
  Nb = NdisAllocateNetBuffer(NbPool, Mdl, 0, 64);
  if (!Nb) {
    NdisFreeNetBufferList(Nbl);
    return;
  }
  NET_BUFFER_LIST_FIRST_NB(Nbl) = Nb;
  NdisFSendNetBufferLists(FilterHandle, Nbl, 0, 0);
#ifdef FIXED
  NdisWaitEvent(Done, 0);
#endif
  NdisFreeNetBufferPool(NbPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeNetBufferPool frees pool 'NbPool' while the NET_BUFFER 'Nb' allocated from it may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES: :[[@LINE-12]]:8: note: 'Nb' is allocated from the pool here by NdisAllocateNetBuffer
  // CHECK-NOTES: :[[@LINE-7]]:3: note: 'Nb' is handed to NDIS here by NdisFSendNetBufferLists and may not have been returned when the pool is freed
}

VOID PtRegister(void) {
  NDIS_STATUS Status;
  NDIS_PROTOCOL_CHARACTERISTICS Chars;
  NDIS_HANDLE Handle;
  NdisZeroMemory(&Chars, sizeof(Chars));
  Chars.BindAdapterHandler = PtBind;
  Chars.UnbindAdapterHandler = PtUnbind;
  Chars.SendCompleteHandler = PtSendComplete;
  NdisRegisterProtocol(&Status, &Handle, &Chars, sizeof(Chars));
}
