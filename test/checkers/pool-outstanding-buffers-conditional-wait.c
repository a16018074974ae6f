// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t -- -DNDIS50
// RUN: %check_ndis_tidy --check-suffix=FIXED %s ndis-pool-outstanding-buffers %t -- -DNDIS50 -DFIXED
// RUN: %check_ndis_tidy --check-suffix=FIXED %s ndis-pool-outstanding-buffers %t -- -DNDIS50 -DFIXED_BY_VALUE
// RUN: %check_ndis_tidy --check-suffix=FIXED %s ndis-pool-outstanding-buffers %t -- -DNDIS50 -DFIXED_SWAPPED

// A helper that waits only when a parameter says so (`if (Wait)`, or
// `if (!NoWait)`, `if (PT_WHY_UNBIND == Why)`) waits at a call that passes
// a constant passing that test, and not at one that passes another. Without
// FIXED the unbind handler asks it not to wait, then frees the pool while
// sends may be outstanding.
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

// Waits for one reason only: PT_WHY_RESET is nonzero, but not that one.
#define PT_WHY_RESET 1
#define PT_WHY_UNBIND 2
VOID PtDrain(PBINDING Binding, ULONG Why) {
  if (Why == PT_WHY_UNBIND)
    NdisWaitEvent(&Binding->SendsDone, 0);
}
VOID PtDrainSwapped(PBINDING Binding, ULONG Why) {
  if (PT_WHY_UNBIND == Why)
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
#if defined(FIXED)
  PtQuiesce(Binding, FALSE);
#elif defined(FIXED_BY_VALUE)
  PtDrain(Binding, PT_WHY_UNBIND);
#elif defined(FIXED_SWAPPED)
  PtDrainSwapped(Binding, PT_WHY_UNBIND);
#else
  PtQuiesce(Binding, TRUE);
  PtMaybeQuiesce(Binding, TRUE, TRUE);
  PtDrain(Binding, PT_WHY_RESET);
  PtDrainSwapped(Binding, PT_WHY_RESET);
#endif
  NdisFreePacketPool(Binding->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool frees pool 'Binding->PacketPool' during teardown while NDIS_PACKETs allocated from it by other callbacks may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES: :[[@LINE+13]]:3: note: 'PtUnbind' is a teardown callback (PROTOCOL_UNBIND_ADAPTER)
  // CHECK-NOTES: :[[@LINE-73]]:3: note: a NDIS_PACKET is allocated from the pool here by NdisAllocatePacket, in 'PtSendOne'
  // CHECK-NOTES: :[[@LINE-70]]:3: note: and handed to NDIS by NdisSend here
  // CHECK-NOTES: :[[@LINE-20]]:6: note: nothing on the teardown path of 'PtUnbind' frees such NDIS_PACKETs or waits for them before the pool is freed
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
