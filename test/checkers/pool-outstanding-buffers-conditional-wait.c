// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t -- -DNDIS50
// RUN: %check_ndis_tidy --check-suffix=FIXED %s ndis-pool-outstanding-buffers %t -- -DNDIS50 -DFIXED

// A helper that waits only when a parameter says so (`if (Wait)`, or
// `if (!NoWait)`) waits at a call that passes a constant of that truth, and
// not at one that passes the other. Without FIXED the unbind handler asks
// it not to wait, then frees the pool while sends may be outstanding.
#include "ndis.h"

typedef struct _BINDING {
  NDIS_HANDLE BindingHandle;
  NDIS_HANDLE PacketPool;
  NDIS_EVENT SendsDone;
  LONG Outstanding;
} BINDING, *PBINDING;

VOID PtSendOne(PBINDING Binding) {
  NDIS_STATUS Status;
  PNDIS_PACKET Packet;
  NdisAllocatePacket(&Status, &Packet, Binding->PacketPool);
  if (Status != NDIS_STATUS_SUCCESS)
    return;
  NdisInterlockedIncrement(&Binding->Outstanding);
  NdisSend(&Status, Binding->BindingHandle, Packet);
}

VOID PtSendComplete(NDIS_HANDLE ProtocolBindingContext, PNDIS_PACKET Packet,
                    NDIS_STATUS Status) {
  PBINDING Binding = (PBINDING)ProtocolBindingContext;
  NdisFreePacket(Packet);
  if (NdisInterlockedDecrement(&Binding->Outstanding) == 0)
    NdisSetEvent(&Binding->SendsDone);
}

VOID PtQuiesce(PBINDING Binding, BOOLEAN NoWait) {
  NdisResetEvent(&Binding->SendsDone);
  if (!NoWait)
    NdisWaitEvent(&Binding->SendsDone, 0);
  if (Binding->Outstanding != 0)
    return; // (a return after the wait changes nothing)
  NdisResetEvent(&Binding->SendsDone);
}

// Not a conditional wait: with Skip set, it returns before the test.
VOID PtMaybeQuiesce(PBINDING Binding, BOOLEAN Skip, BOOLEAN Wait) {
  if (Skip)
    return;
  Skip = Wait;
  if (Wait)
    NdisWaitEvent(&Binding->SendsDone, 0);
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
  PtQuiesce(Binding, FALSE);
#else
  PtQuiesce(Binding, TRUE);
  PtMaybeQuiesce(Binding, TRUE, TRUE);
#endif
  NdisFreePacketPool(Binding->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool frees pool 'Binding->PacketPool' during teardown while NDIS_PACKETs allocated from it by other callbacks may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES: :[[@LINE+13]]:3: note: 'PtUnbind' is a teardown callback (PROTOCOL_UNBIND_ADAPTER)
  // CHECK-NOTES: :[[@LINE-55]]:3: note: a NDIS_PACKET is allocated from the pool here by NdisAllocatePacket, in 'PtSendOne'
  // CHECK-NOTES: :[[@LINE-52]]:3: note: and handed to NDIS by NdisSend here
  // CHECK-NOTES: :[[@LINE-14]]:6: note: nothing on the teardown path of 'PtUnbind' frees such NDIS_PACKETs or waits for them before the pool is freed
  NdisFreeMemory(Binding, sizeof(BINDING), 0);
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
