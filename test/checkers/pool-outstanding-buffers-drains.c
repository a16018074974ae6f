// RUN: %check_ndis_tidy --check-suffix=AFTER %s ndis-pool-outstanding-buffers %t -- -DPT_WAIT_AFTER_FREE
// RUN: %check_ndis_tidy --check-suffix=OTHERPATH %s ndis-pool-outstanding-buffers %t -- -DPT_WAIT_OTHER_PATH
// RUN: %check_ndis_tidy --check-suffix=UNRELATED %s ndis-pool-outstanding-buffers %t -- -DPT_WAIT_UNRELATED_EVENT
// RUN: %check_ndis_tidy --check-suffix=POLL %s ndis-pool-outstanding-buffers %t -- -DPT_POLL_OTHER_STATE
// RUN: %check_ndis_tidy --check-suffix=NOWAIT %s ndis-pool-outstanding-buffers %t -- -DPT_NO_WAIT
// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t -- -DPT_WAIT_IN_HELPER
// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t -- -DPT_WAIT_ON_COUNTER
// RUN: %check_ndis_tidy --check-suffix=PAUSE %s ndis-pool-outstanding-buffers %t -- -DMP_PAUSE_RETURNS_AT_ONCE
// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t -- -DMP_PAUSE_WAITS
// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t -- -DMP_PAUSE_WAITS -DMP_LEND_TO_HELPER
// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t -- -DMP_PAUSE_WAITS -DMP_STORE_THEN_HAND
// RUN: %check_ndis_tidy --check-suffix=KEPT %s ndis-pool-outstanding-buffers %t -- -DMP_PAUSE_WAITS -DMP_KEEP_IN_HELPER
// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t -- -DMP_PAUSE_PENDS
// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t -- -DMP_PAUSE_NOT_IN_VIEW

// What counts as draining the items a teardown frees the pool of
// (docs/checks/ndis-pool-outstanding-buffers.md): a wait before the free on
// every path, that may be for those items; for halt and detach, a Pause
// handler that drains, or one out of view. Each RUN line compiles one
// driver.
#define NDIS60_MINIPORT 1
#define NDIS60 1
#include "ndis.h"

#if defined(PT_WAIT_AFTER_FREE) || defined(PT_WAIT_OTHER_PATH) ||              \
    defined(PT_WAIT_UNRELATED_EVENT) || defined(PT_POLL_OTHER_STATE) ||        \
    defined(PT_NO_WAIT) || defined(PT_WAIT_IN_HELPER) ||                       \
    defined(PT_WAIT_ON_COUNTER)
// ===========================================================================
// A protocol: sends go out from Open->SendNblPool; the send-complete
// handler takes them back, counts them down and signals SendsDone at zero.
// The close-adapter completion signals CloseDone.

typedef struct _OPEN_CONTEXT {
  NDIS_HANDLE BindingHandle;
  NDIS_HANDLE SendNblPool;
  volatile LONG PendingSends;
  ULONG State;
  ULONG Flags;
  NDIS_EVENT SendsDone;
  NDIS_EVENT CloseDone;
} OPEN_CONTEXT, *POPEN_CONTEXT;

#define OPEN_CLOSING 2

NDIS_HANDLE ProtocolHandle;

PROTOCOL_UNBIND_ADAPTER_EX PtUnbindAdapter;
PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE PtSendComplete;
PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX PtCloseAdapterComplete;
PROTOCOL_OID_REQUEST_COMPLETE PtRequestComplete;

NDIS_STATUS PtSendFrame(POPEN_CONTEXT Open, PMDL Mdl, ULONG Length) {
  PNET_BUFFER_LIST Nbl;

  Nbl = NdisAllocateNetBufferAndNetBufferList(Open->SendNblPool, 0, 0, Mdl, 0, Length);
  if (Nbl == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisInterlockedIncrement(&Open->PendingSends);
  NdisSendNetBufferLists(Open->BindingHandle, Nbl, NDIS_DEFAULT_PORT_NUMBER, 0);
  return NDIS_STATUS_PENDING;
}

VOID PtSendComplete(NDIS_HANDLE ProtocolBindingContext, PNET_BUFFER_LIST NetBufferList,
                    ULONG SendCompleteFlags) {
  POPEN_CONTEXT Open = (POPEN_CONTEXT)ProtocolBindingContext;

  UNREFERENCED_PARAMETER(SendCompleteFlags);
  NdisFreeNetBufferList(NetBufferList);
  if (NdisInterlockedDecrement(&Open->PendingSends) == 0)
    NdisSetEvent(&Open->SendsDone);
}

VOID PtCloseAdapterComplete(NDIS_HANDLE ProtocolBindingContext) {
  POPEN_CONTEXT Open = (POPEN_CONTEXT)ProtocolBindingContext;
  NdisSetEvent(&Open->CloseDone);
}

VOID PtRequestComplete(NDIS_HANDLE ProtocolBindingContext, PNDIS_OID_REQUEST Request,
                       NDIS_STATUS Status) {
  POPEN_CONTEXT Open = (POPEN_CONTEXT)ProtocolBindingContext;
  UNREFERENCED_PARAMETER(Request);
  UNREFERENCED_PARAMETER(Status);
  Open->State = 0;
}

#if defined(PT_WAIT_AFTER_FREE)
// The wait is for the close-adapter completion, after the free: it drains
// nothing the free needed.
NDIS_STATUS PtUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext) {
  POPEN_CONTEXT Open = (POPEN_CONTEXT)ProtocolBindingContext;
  NDIS_STATUS Status;

  UNREFERENCED_PARAMETER(UnbindContext);
  NdisFreeNetBufferListPool(Open->SendNblPool);
  // CHECK-NOTES-AFTER: :[[@LINE-1]]:3: warning: NdisFreeNetBufferListPool frees pool 'Open->SendNblPool' during teardown while NET_BUFFER_LISTs allocated from it by other callbacks may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES-AFTER: :[[@LINE-7]]:13: note: 'PtUnbindAdapter' is a teardown callback (PROTOCOL_UNBIND_ADAPTER_EX)
  // CHECK-NOTES-AFTER: :[[@LINE-42]]:9: note: a NET_BUFFER_LIST is allocated from the pool here by NdisAllocateNetBufferAndNetBufferList, in 'PtSendFrame'
  // CHECK-NOTES-AFTER: :[[@LINE-39]]:3: note: and handed to NDIS by NdisSendNetBufferLists here
  // CHECK-NOTES-AFTER: :[[@LINE-10]]:13: note: nothing on the teardown path of 'PtUnbindAdapter' frees such NET_BUFFER_LISTs or waits for them before the pool is freed
  Status = NdisCloseAdapterEx(Open->BindingHandle);
  if (Status == NDIS_STATUS_PENDING)
    NdisWaitEvent(&Open->CloseDone, 0);
  return NDIS_STATUS_SUCCESS;
}

#elif defined(PT_WAIT_OTHER_PATH)
// The wait for the sends is on one path only; on the other the pool is
// freed with sends still out. (The test is on a flag, not on the count.)
NDIS_STATUS PtUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext) {
  POPEN_CONTEXT Open = (POPEN_CONTEXT)ProtocolBindingContext;

  UNREFERENCED_PARAMETER(UnbindContext);
  if (Open->Flags & 1)
    NdisWaitEvent(&Open->SendsDone, 0);
  NdisFreeNetBufferListPool(Open->SendNblPool);
  // CHECK-NOTES-OTHERPATH: :[[@LINE-1]]:3: warning: NdisFreeNetBufferListPool frees pool 'Open->SendNblPool' during teardown
  // CHECK-NOTES-OTHERPATH: :[[@LINE-8]]:13: note: 'PtUnbindAdapter' is a teardown callback (PROTOCOL_UNBIND_ADAPTER_EX)
  // CHECK-NOTES-OTHERPATH: :[[@LINE-63]]:9: note: a NET_BUFFER_LIST is allocated from the pool here
  // CHECK-NOTES-OTHERPATH: :[[@LINE-60]]:3: note: and handed to NDIS by NdisSendNetBufferLists here
  // CHECK-NOTES-OTHERPATH: :[[@LINE-11]]:13: note: nothing on the teardown path of 'PtUnbindAdapter'
  return NdisCloseAdapterEx(Open->BindingHandle);
}

#elif defined(PT_WAIT_UNRELATED_EVENT)
// Waits before the free, but on an event only the close-adapter completion
// signals: not the sends.
NDIS_STATUS PtUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext) {
  POPEN_CONTEXT Open = (POPEN_CONTEXT)ProtocolBindingContext;

  UNREFERENCED_PARAMETER(UnbindContext);
  if (NdisCloseAdapterEx(Open->BindingHandle) == NDIS_STATUS_PENDING)
    NdisWaitEvent(&Open->CloseDone, 0);
  NdisFreeNetBufferListPool(Open->SendNblPool);
  // CHECK-NOTES-UNRELATED: :[[@LINE-1]]:3: warning: NdisFreeNetBufferListPool frees pool 'Open->SendNblPool' during teardown
  // CHECK-NOTES-UNRELATED: :[[@LINE-8]]:13: note: 'PtUnbindAdapter' is a teardown callback (PROTOCOL_UNBIND_ADAPTER_EX)
  // CHECK-NOTES-UNRELATED: :[[@LINE-81]]:9: note: a NET_BUFFER_LIST is allocated from the pool here
  // CHECK-NOTES-UNRELATED: :[[@LINE-78]]:3: note: and handed to NDIS by NdisSendNetBufferLists here
  // CHECK-NOTES-UNRELATED: :[[@LINE-11]]:13: note: nothing on the teardown path of 'PtUnbindAdapter'
  return NDIS_STATUS_SUCCESS;
}

#elif defined(PT_POLL_OTHER_STATE)
// Polls with a sleep, but on state only an OID completion writes.
NDIS_STATUS PtUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext) {
  POPEN_CONTEXT Open = (POPEN_CONTEXT)ProtocolBindingContext;

  UNREFERENCED_PARAMETER(UnbindContext);
  while (Open->State != 0)
    NdisMSleep(1000);
  NdisFreeNetBufferListPool(Open->SendNblPool);
  // CHECK-NOTES-POLL: :[[@LINE-1]]:3: warning: NdisFreeNetBufferListPool frees pool 'Open->SendNblPool' during teardown
  // CHECK-NOTES-POLL: :[[@LINE-8]]:13: note: 'PtUnbindAdapter' is a teardown callback (PROTOCOL_UNBIND_ADAPTER_EX)
  // CHECK-NOTES-POLL: :[[@LINE-98]]:9: note: a NET_BUFFER_LIST is allocated from the pool here
  // CHECK-NOTES-POLL: :[[@LINE-95]]:3: note: and handed to NDIS by NdisSendNetBufferLists here
  // CHECK-NOTES-POLL: :[[@LINE-11]]:13: note: nothing on the teardown path of 'PtUnbindAdapter'
  return NdisCloseAdapterEx(Open->BindingHandle);
}

#elif defined(PT_NO_WAIT)
// Protocol unbind never has a Pause handler to drain for it.
NDIS_STATUS PtUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext) {
  POPEN_CONTEXT Open = (POPEN_CONTEXT)ProtocolBindingContext;

  UNREFERENCED_PARAMETER(UnbindContext);
  NdisFreeNetBufferListPool(Open->SendNblPool);
  // CHECK-NOTES-NOWAIT: :[[@LINE-1]]:3: warning: NdisFreeNetBufferListPool frees pool 'Open->SendNblPool' during teardown
  // CHECK-NOTES-NOWAIT: :[[@LINE-6]]:13: note: 'PtUnbindAdapter' is a teardown callback (PROTOCOL_UNBIND_ADAPTER_EX)
  // CHECK-NOTES-NOWAIT: :[[@LINE-113]]:9: note: a NET_BUFFER_LIST is allocated from the pool here
  // CHECK-NOTES-NOWAIT: :[[@LINE-110]]:3: note: and handed to NDIS by NdisSendNetBufferLists here
  // CHECK-NOTES-NOWAIT: :[[@LINE-9]]:13: note: nothing on the teardown path of 'PtUnbindAdapter'
  return NdisCloseAdapterEx(Open->BindingHandle);
}

#elif defined(PT_WAIT_IN_HELPER)
// A helper waits for the sends (the event the send completion signals);
// the free comes after it.
static VOID PtWaitForSends(POPEN_CONTEXT Open) {
  NdisWaitEvent(&Open->SendsDone, 0);
}

NDIS_STATUS PtUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext) {
  POPEN_CONTEXT Open = (POPEN_CONTEXT)ProtocolBindingContext;

  UNREFERENCED_PARAMETER(UnbindContext);
  PtWaitForSends(Open);
  NdisFreeNetBufferListPool(Open->SendNblPool);
  return NdisCloseAdapterEx(Open->BindingHandle);
}

#elif defined(PT_WAIT_ON_COUNTER)
// Polls the count the send completion decrements; then, only if sends are
// still out, waits for the event as well.
NDIS_STATUS PtUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext) {
  POPEN_CONTEXT Open = (POPEN_CONTEXT)ProtocolBindingContext;

  UNREFERENCED_PARAMETER(UnbindContext);
  while (Open->PendingSends > 1)
    NdisMSleep(1000);
  if (Open->PendingSends != 0)
    NdisWaitEvent(&Open->SendsDone, 0);
  NdisFreeNetBufferListPool(Open->SendNblPool);
  return NdisCloseAdapterEx(Open->BindingHandle);
}
#endif

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;

  UNREFERENCED_PARAMETER(DriverObject);
  UNREFERENCED_PARAMETER(RegistryPath);
  NdisZeroMemory(&PChars, sizeof(PChars));
  PChars.UnbindAdapterHandlerEx = PtUnbindAdapter;
  PChars.SendNetBufferListsCompleteHandler = PtSendComplete;
  PChars.CloseAdapterCompleteHandlerEx = PtCloseAdapterComplete;
  PChars.OidRequestCompleteHandler = PtRequestComplete;
  return NdisRegisterProtocolDriver(NULL, &PChars, &ProtocolHandle);
}

#else
// ===========================================================================
// A miniport: the DPC indicates received NBLs from Adapter->RxNblPool;
// MiniportReturnNetBufferLists takes them back. MiniportHaltEx frees the
// pool without waiting: safe only if the Pause handler drained them.

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE RxNblPool;
  volatile LONG RxOutstanding;
  BOOLEAN Pausing;
  NDIS_EVENT RxDone;
  PMDL RxMdl;
  ULONG RxLength;
  PNET_BUFFER_LIST LastNbl;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_HANDLE MiniportDriverHandle;

MINIPORT_PAUSE MPPause;
MINIPORT_HALT MPHaltEx;
MINIPORT_INTERRUPT_DPC MPInterruptDpc;
MINIPORT_RETURN_NET_BUFFER_LISTS MPReturnNetBufferLists;

// A helper the NBL is only lent to (it fills in its fields), and one that
// keeps it.
static VOID MPInitNbl(PNET_BUFFER_LIST Nbl, PMP_ADAPTER Adapter) {
  if (Nbl != NULL)
    NET_BUFFER_LIST_MINIPORT_RESERVED(Nbl)[0] = Adapter;
}

static VOID MPKeepNbl(PMP_ADAPTER Adapter, PNET_BUFFER_LIST Nbl) {
  Adapter->LastNbl = Nbl;
}

VOID MPInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                    PVOID ReceiveThrottleParameters, PVOID NdisReserved2) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;
  PNET_BUFFER_LIST Nbl;

  UNREFERENCED_PARAMETER(MiniportDpcContext);
  UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
  UNREFERENCED_PARAMETER(NdisReserved2);
  Nbl = NdisAllocateNetBufferAndNetBufferList(Adapter->RxNblPool, 0, 0, Adapter->RxMdl,
                                              0, Adapter->RxLength);
  if (Nbl == NULL)
    return;
#if defined(MP_LEND_TO_HELPER)
  MPInitNbl(Nbl, Adapter);
#elif defined(MP_KEEP_IN_HELPER)
  MPKeepNbl(Adapter, Nbl);
#elif defined(MP_STORE_THEN_HAND)
  Adapter->LastNbl = Nbl; // bookkeeping: the NBL still goes to NDIS below
#endif
  NdisInterlockedIncrement(&Adapter->RxOutstanding);
  NdisMIndicateReceiveNetBufferLists(Adapter->MiniportAdapterHandle, Nbl,
                                     NDIS_DEFAULT_PORT_NUMBER, 1,
                                     NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL);
}

VOID MPReturnNetBufferLists(NDIS_HANDLE MiniportAdapterContext,
                            PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

  UNREFERENCED_PARAMETER(ReturnFlags);
  NdisFreeNetBufferList(NetBufferLists);
  if (NdisInterlockedDecrement(&Adapter->RxOutstanding) == 0) {
    NdisSetEvent(&Adapter->RxDone);
#if defined(MP_PAUSE_PENDS)
    if (Adapter->Pausing)
      NdisMPauseComplete(Adapter->MiniportAdapterHandle);
#endif
  }
}

#if defined(MP_PAUSE_RETURNS_AT_ONCE)
// Returns success at once: NDIS then halts with received NBLs still out.
NDIS_STATUS MPPause(NDIS_HANDLE MiniportAdapterContext,
                    PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(PauseParameters);
  Adapter->Pausing = TRUE;
  return NDIS_STATUS_SUCCESS;
}
#elif defined(MP_PAUSE_WAITS)
// Waits for the event the return handler signals at zero.
NDIS_STATUS MPPause(NDIS_HANDLE MiniportAdapterContext,
                    PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(PauseParameters);
  Adapter->Pausing = TRUE;
  if (Adapter->RxOutstanding != 0)
    NdisWaitEvent(&Adapter->RxDone, 0);
  return NDIS_STATUS_SUCCESS;
}
#elif defined(MP_PAUSE_PENDS)
// Pends; the return handler completes the pause when the last NBL is back.
NDIS_STATUS MPPause(NDIS_HANDLE MiniportAdapterContext,
                    PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(PauseParameters);
  Adapter->Pausing = TRUE;
  if (Adapter->RxOutstanding == 0)
    return NDIS_STATUS_SUCCESS;
  return NDIS_STATUS_PENDING;
}
#endif

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

  UNREFERENCED_PARAMETER(HaltAction);
  NdisFreeNetBufferListPool(Adapter->RxNblPool);
  // CHECK-NOTES-PAUSE: :[[@LINE-1]]:3: warning: NdisFreeNetBufferListPool frees pool 'Adapter->RxNblPool' during teardown while NET_BUFFER_LISTs allocated from it by other callbacks may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES-PAUSE: :[[@LINE-6]]:6: note: 'MPHaltEx' is a teardown callback (MINIPORT_HALT)
  // CHECK-NOTES-PAUSE: :[[@LINE-72]]:9: note: a NET_BUFFER_LIST is allocated from the pool here by NdisAllocateNetBufferAndNetBufferList, in 'MPInterruptDpc'
  // CHECK-NOTES-PAUSE: :[[@LINE-61]]:3: note: and handed to NDIS by NdisMIndicateReceiveNetBufferLists here
  // CHECK-NOTES-PAUSE: :[[@LINE-9]]:6: note: nothing on the teardown path of 'MPHaltEx' frees such NET_BUFFER_LISTs or waits for them before the pool is freed
  // CHECK-NOTES-PAUSE: :[[@LINE-41]]:13: note: the Pause handler 'MPPause' (MINIPORT_PAUSE) returns without waiting for them, freeing them or pending the pause, so NDIS does not drain them before 'MPHaltEx'
  // CHECK-NOTES-KEPT: :[[@LINE-7]]:3: warning: NdisFreeNetBufferListPool frees pool 'Adapter->RxNblPool' during teardown while NET_BUFFER_LISTs allocated from it by other callbacks may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES-KEPT: :[[@LINE-12]]:6: note: 'MPHaltEx' is a teardown callback (MINIPORT_HALT)
  // CHECK-NOTES-KEPT: :[[@LINE-78]]:9: note: a NET_BUFFER_LIST is allocated from the pool here by NdisAllocateNetBufferAndNetBufferList, in 'MPInterruptDpc'
  // CHECK-NOTES-KEPT: :[[@LINE-72]]:3: note: and passed to 'MPKeepNbl' here
  // CHECK-NOTES-KEPT: :[[@LINE-15]]:6: note: nothing on the teardown path of 'MPHaltEx' frees such NET_BUFFER_LISTs or waits for them before the pool is freed
  NdisFreeMemory(Adapter, 0, 0);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;

  NdisZeroMemory(&MChars, sizeof(MChars));
  MChars.HaltHandlerEx = MPHaltEx;
  MChars.PauseHandler = MPPause;
  MChars.ReturnNetBufferListsHandler = MPReturnNetBufferLists;
  return NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars,
                                     &MiniportDriverHandle);
}
#endif
