// RUN: %check_ndis_tidy %s ndis-irql %t -- -DNDIS51_MINIPORT -DNDIS51

// The NDIS 5 roles: a miniport's and a protocol's callbacks get their IRQL
// from the field of NDIS_MINIPORT_CHARACTERISTICS or
// NDIS_PROTOCOL_CHARACTERISTICS they are stored into (the NDIS 5 callback
// types are pointer types, so there is no role typedef to declare them
// with). A PASSIVE_LEVEL DDI called where NDIS 5 calls at DISPATCH_LEVEL or
// DIRQL is reported, with the registration as the IRQL's source.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE SharedMem;
  NDIS_HANDLE PacketPool;
  NDIS_SPIN_LOCK Lock;
  NDIS_EVENT Event;
} ADAPTER, *PADAPTER;

typedef struct _BINDING {
  NDIS_HANDLE BindingHandle;
  NDIS_SPIN_LOCK Lock;
  NDIS_EVENT Event;
} BINDING, *PBINDING;

NDIS_HANDLE WrapperHandle, ProtocolHandle;

// --- Miniport (NDIS_MINIPORT_CHARACTERISTICS). ---

// MiniportHandleInterrupt is NDIS 5's DPC: DISPATCH_LEVEL.
VOID MPHandleInterrupt(NDIS_HANDLE MiniportAdapterContext) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  NdisFreeSharedMemory(Adapter->MiniportAdapterHandle, Adapter->SharedMem);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeSharedMemory must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+48]]:3: note: 'MPHandleInterrupt' is registered here as HandleInterruptHandler (W_HANDLE_INTERRUPT_HANDLER), which runs at DISPATCH_LEVEL
}

// MiniportISR runs at DIRQL, above what NdisAcquireSpinLock allows.
VOID MPIsr(PBOOLEAN InterruptRecognized, PBOOLEAN QueueMiniportHandleInterrupt,
           NDIS_HANDLE MiniportAdapterContext) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  NdisAcquireSpinLock(&Adapter->Lock);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisAcquireSpinLock must be called at <= DISPATCH_LEVEL, but it is called here at DIRQL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+40]]:3: note: 'MPIsr' is registered here as ISRHandler (W_ISR_HANDLER), which runs at DIRQL
  NdisReleaseSpinLock(&Adapter->Lock);
  *InterruptRecognized = TRUE;
  *QueueMiniportHandleInterrupt = TRUE;
}

// MiniportSendPackets: "<= DISPATCH_LEVEL", so some calls come at
// DISPATCH_LEVEL.
VOID MPSendPackets(NDIS_HANDLE MiniportAdapterContext, PPNDIS_PACKET PacketArray,
                   UINT NumberOfPackets) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  NdisWaitEvent(&Adapter->Event, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but here the IRQL may be DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+28]]:3: note: 'MPSendPackets' is registered here as SendPacketsHandler (W_SEND_PACKETS_HANDLER), which runs at <= DISPATCH_LEVEL
}

// MiniportCheckForHang runs in NDIS 5 at DISPATCH_LEVEL.
BOOLEAN MPCheckForHang(NDIS_HANDLE MiniportAdapterContext) {
  NdisMSleep(100);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+22]]:3: note: 'MPCheckForHang' is registered here as CheckForHangHandler (W_CHECK_FOR_HANG_HANDLER), which runs at DISPATCH_LEVEL
  return FALSE;
}

// MiniportHalt runs at PASSIVE_LEVEL: a Dpr acquire there is too low.
VOID MPHalt(NDIS_HANDLE MiniportAdapterContext) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  NdisDprAcquireSpinLock(&Adapter->Lock);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisDprAcquireSpinLock must be called at DISPATCH_LEVEL, but it is called here at PASSIVE_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+14]]:3: note: 'MPHalt' is registered here as HaltHandler (W_HALT_HANDLER), which runs at PASSIVE_LEVEL
  NdisDprReleaseSpinLock(&Adapter->Lock);
}

NDIS_STATUS MPRegister(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  NDIS_MINIPORT_CHARACTERISTICS Chars;
  NdisZeroMemory(&Chars, sizeof(Chars));
  Chars.MajorNdisVersion = 5;
  Chars.MinorNdisVersion = 1;
  NdisMInitializeWrapper(&WrapperHandle, DriverObject, RegistryPath, NULL);
  Chars.HandleInterruptHandler = MPHandleInterrupt;
  Chars.ISRHandler = MPIsr;
  Chars.SendPacketsHandler = MPSendPackets;
  Chars.CheckForHangHandler = MPCheckForHang;
  Chars.HaltHandler = MPHalt;
  return NdisMRegisterMiniport(WrapperHandle, &Chars, sizeof(Chars));
}

// --- Protocol (NDIS_PROTOCOL_CHARACTERISTICS). ---

// ProtocolReceive: DISPATCH_LEVEL.
NDIS_STATUS PtReceive(NDIS_HANDLE ProtocolBindingContext, NDIS_HANDLE MacReceiveContext,
                      PVOID HeaderBuffer, UINT HeaderBufferSize, PVOID LookAheadBuffer,
                      UINT LookaheadBufferSize, UINT PacketSize) {
  PBINDING Binding = (PBINDING)ProtocolBindingContext;
  NdisWaitEvent(&Binding->Event, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+40]]:3: note: 'PtReceive' is registered here as ReceiveHandler (PROTOCOL_RECEIVE), which runs at DISPATCH_LEVEL
  return NDIS_STATUS_NOT_ACCEPTED;
}

// ProtocolSendComplete: "<= DISPATCH_LEVEL".
VOID PtSendComplete(NDIS_HANDLE ProtocolBindingContext, PNDIS_PACKET Packet,
                    NDIS_STATUS Status) {
  PBINDING Binding = (PBINDING)ProtocolBindingContext;
  NdisCloseAdapter(&Status, Binding->BindingHandle);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisCloseAdapter must be called at PASSIVE_LEVEL, but here the IRQL may be DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+31]]:3: note: 'PtSendComplete' is registered here as SendCompleteHandler (PROTOCOL_SEND_COMPLETE), which runs at <= DISPATCH_LEVEL
}

// ProtocolUnbindAdapter: PASSIVE_LEVEL; a lock raises it.
VOID PtUnbind(PNDIS_STATUS Status, NDIS_HANDLE ProtocolBindingContext,
              NDIS_HANDLE UnbindContext) {
  PBINDING Binding = (PBINDING)ProtocolBindingContext;
  NdisAcquireSpinLock(&Binding->Lock);
  NdisCloseAdapter(Status, Binding->BindingHandle);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisCloseAdapter must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: spin lock 'Binding->Lock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  NdisReleaseSpinLock(&Binding->Lock);
}

// ProtocolUnload: PASSIVE_LEVEL. UnloadHandler is also the field of
// MINIPORT_UNLOAD (NDIS 6); the struct's name picks PROTOCOL_UNLOAD.
VOID PtUnload(VOID) {
  KSPIN_LOCK Lock;
  KeInitializeSpinLock(&Lock);
  KeAcquireSpinLockAtDpcLevel(&Lock);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: KeAcquireSpinLockAtDpcLevel must be called at >= DISPATCH_LEVEL, but it is called here at PASSIVE_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+12]]:3: note: 'PtUnload' is registered here as UnloadHandler (PROTOCOL_UNLOAD), which runs at PASSIVE_LEVEL
  KeReleaseSpinLockFromDpcLevel(&Lock);
}

VOID PtRegister(void) {
  NDIS_STATUS Status;
  NDIS_PROTOCOL_CHARACTERISTICS Chars;
  NdisZeroMemory(&Chars, sizeof(Chars));
  Chars.MajorNdisVersion = 5;
  Chars.ReceiveHandler = PtReceive;
  Chars.SendCompleteHandler = PtSendComplete;
  Chars.UnbindAdapterHandler = PtUnbind;
  Chars.UnloadHandler = PtUnload;
  NdisRegisterProtocol(&Status, &ProtocolHandle, &Chars, sizeof(Chars));
}
