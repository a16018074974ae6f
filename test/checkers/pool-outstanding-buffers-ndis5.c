// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t -- -DNDIS50
// RUN: %check_ndis_tidy --check-suffix=FIXED %s ndis-pool-outstanding-buffers %t -- -DNDIS50 -DFIXED

// An NDIS 5 protocol: ProtocolUnbindAdapter (the teardown role of
// NDIS_PROTOCOL_CHARACTERISTICS.UnbindAdapterHandler) frees the binding's
// packet pool while packets another function sent with NdisSend may still
// be outstanding. With FIXED it first waits for the sends to complete.
#include "ndis.h"

typedef struct _BINDING {
  NDIS_HANDLE BindingHandle;
  NDIS_HANDLE PacketPool;
  NDIS_EVENT SendsDone;
} BINDING, *PBINDING;

NDIS_HANDLE ProtocolHandle;

VOID PtSendOne(PBINDING Binding) {
  NDIS_STATUS Status;
  PNDIS_PACKET Packet;
  NdisAllocatePacket(&Status, &Packet, Binding->PacketPool);
  if (Status != NDIS_STATUS_SUCCESS)
    return;
  NdisSend(&Status, Binding->BindingHandle, Packet);
}

VOID PtBind(PNDIS_STATUS Status, NDIS_HANDLE BindContext, PNDIS_STRING DeviceName,
            PVOID SystemSpecific1, PVOID SystemSpecific2) {
  PBINDING Binding;
  *Status = NdisAllocateMemoryWithTag((PVOID *)&Binding, sizeof(BINDING), 'dniB');
  if (*Status != NDIS_STATUS_SUCCESS)
    return;
  NdisInitializeEvent(&Binding->SendsDone);
  NdisAllocatePacketPool(Status, &Binding->PacketPool, 32, 16);
}

VOID PtUnbind(PNDIS_STATUS Status, NDIS_HANDLE ProtocolBindingContext,
              NDIS_HANDLE UnbindContext) {
  PBINDING Binding = (PBINDING)ProtocolBindingContext;
#ifdef FIXED
  NdisWaitEvent(&Binding->SendsDone, 0);
#endif
  NdisFreePacketPool(Binding->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool frees pool 'Binding->PacketPool' during teardown while NDIS_PACKETs allocated from it by other callbacks may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES: :[[@LINE+17]]:3: note: 'PtUnbind' is a teardown callback (PROTOCOL_UNBIND_ADAPTER)
  // CHECK-NOTES: :[[@LINE-25]]:3: note: a NDIS_PACKET is allocated from the pool here by NdisAllocatePacket, in 'PtSendOne'
  // CHECK-NOTES: :[[@LINE-23]]:3: note: and handed to NDIS by NdisSend here
  // CHECK-NOTES: :[[@LINE-11]]:6: note: nothing on the teardown path of 'PtUnbind' frees such NDIS_PACKETs or waits for them before the pool is freed
  NdisFreeMemory(Binding, sizeof(BINDING), 0);
}

VOID PtSendComplete(NDIS_HANDLE ProtocolBindingContext, PNDIS_PACKET Packet,
                    NDIS_STATUS Status) {
  NdisFreePacket(Packet);
}

VOID PtRegister(void) {
  NDIS_STATUS Status;
  NDIS_PROTOCOL_CHARACTERISTICS Chars;
  NdisZeroMemory(&Chars, sizeof(Chars));
  Chars.BindAdapterHandler = PtBind;
  Chars.UnbindAdapterHandler = PtUnbind;
  Chars.SendCompleteHandler = PtSendComplete;
  NdisRegisterProtocol(&Status, &ProtocolHandle, &Chars, sizeof(Chars));
}
