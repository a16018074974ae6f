// Each RUN line compiles the common in-function cases plus one driver, so
// that each teardown pattern is judged on its own (a wait or a Pause handler
// in one driver must not be what keeps another one silent).
// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t
// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t -- -DMP_SLEEP_POLL
// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t -- -DMP_PAUSE_HANDLER_ELSEWHERE
// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t -- -DPT_WAIT_EVENT
// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t -- -DPT_SLEEP_POLL
// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t -- -DFILTER_DRAINED_BY_PAUSE
// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t -- -DPT_LAST_REFERENCE
// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t -- -DPT_LAST_REFERENCE_HELPER
// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t -- -DPT_LAST_REFERENCE_LOCAL
// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t -- -DPT_CLEANUP_HELPER
// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t -- -DMP_PREALLOCATED
// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t -- -DPT_DRIVER_GLOBAL_POOL

// Correct NDIS 6 drivers: every item is freed, or NDIS has given it back,
// before its pool is freed. The check must stay silent on all of these.
#define NDIS60_MINIPORT 1
#define NDIS60 1
#include "ndis.h"

#define DRV_TAG 'vrDN'

static VOID InitNblPoolParameters(PNET_BUFFER_LIST_POOL_PARAMETERS Params) {
  NdisZeroMemory(Params, sizeof(*Params));
  Params->Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
  Params->Header.Revision = NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
  Params->Header.Size = NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
  Params->ProtocolId = NDIS_PROTOCOL_ID_DEFAULT;
  Params->fAllocateNetBuffer = TRUE;
  Params->PoolTag = DRV_TAG;
}

// ===========================================================================
// In one function (every configuration).

typedef struct _SELFTEST {
  NDIS_HANDLE NdisHandle;
  NDIS_HANDLE BindingHandle;
  NDIS_EVENT SendDone;
  PMDL Mdl;
  ULONG Length;
} SELFTEST, *PSELFTEST;

NDIS_STATUS SelfTestPrepare(PSELFTEST Test, PNET_BUFFER_LIST Nbl);
VOID SelfTestQueueForLater(PSELFTEST Test, PNET_BUFFER_LIST Nbl);

// The item is freed before the pool on every path, the error path included.
NDIS_STATUS SelfTestFreeOnEveryPath(PSELFTEST Test) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool;
  PNET_BUFFER_LIST Nbl;
  NDIS_STATUS Status;

  InitNblPoolParameters(&Params);
  Pool = NdisAllocateNetBufferListPool(Test->NdisHandle, &Params);
  if (Pool == NULL)
    return NDIS_STATUS_RESOURCES;
  Nbl = NdisAllocateNetBufferAndNetBufferList(Pool, 0, 0, Test->Mdl, 0, Test->Length);
  if (Nbl == NULL) {
    // Nothing was allocated from the pool on this path.
    NdisFreeNetBufferListPool(Pool);
    return NDIS_STATUS_RESOURCES;
  }
  Status = SelfTestPrepare(Test, NULL);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeNetBufferList(Nbl);
    NdisFreeNetBufferListPool(Pool);
    return Status;
  }
  NdisFreeNetBufferList(Nbl);
  NdisFreeNetBufferListPool(Pool);
  return NDIS_STATUS_SUCCESS;
}

// The same with a goto to a common cleanup label.
NDIS_STATUS SelfTestGotoCleanup(PSELFTEST Test) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool = NULL;
  PNET_BUFFER_LIST Nbl = NULL;
  NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

  InitNblPoolParameters(&Params);
  Pool = NdisAllocateNetBufferListPool(Test->NdisHandle, &Params);
  if (Pool == NULL) {
    Status = NDIS_STATUS_RESOURCES;
    goto Cleanup;
  }
  Nbl = NdisAllocateNetBufferList(Pool, 0, 0);
  if (Nbl == NULL) {
    Status = NDIS_STATUS_RESOURCES;
    goto Cleanup;
  }
  Status = SelfTestPrepare(Test, NULL);

Cleanup:
  if (Nbl != NULL)
    NdisFreeNetBufferList(Nbl);
  if (Pool != NULL)
    NdisFreeNetBufferListPool(Pool);
  return Status;
}

// A loop: each NBL is freed in the iteration that allocated it.
VOID SelfTestLoop(PSELFTEST Test, ULONG Rounds) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool;
  PNET_BUFFER_LIST Nbl;
  ULONG i;

  InitNblPoolParameters(&Params);
  Pool = NdisAllocateNetBufferListPool(Test->NdisHandle, &Params);
  if (Pool == NULL)
    return;
  for (i = 0; i < Rounds; i++) {
    Nbl = NdisAllocateNetBufferList(Pool, 0, 0);
    if (Nbl == NULL)
      break;
    if (SelfTestPrepare(Test, Nbl) != NDIS_STATUS_SUCCESS) {
      NdisFreeNetBufferList(Nbl);
      continue;
    }
    NdisFreeNetBufferList(Nbl);
  }
  NdisFreeNetBufferListPool(Pool);
}

// A batch built into a chain, then the chain walked and freed.
VOID SelfTestChain(PSELFTEST Test, ULONG Count) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool;
  PNET_BUFFER_LIST Head = NULL;
  PNET_BUFFER_LIST Nbl;
  PNET_BUFFER_LIST Next;
  ULONG i;

  InitNblPoolParameters(&Params);
  Pool = NdisAllocateNetBufferListPool(Test->NdisHandle, &Params);
  if (Pool == NULL)
    return;
  for (i = 0; i < Count; i++) {
    Nbl = NdisAllocateNetBufferList(Pool, 0, 0);
    if (Nbl == NULL)
      break;
    NET_BUFFER_LIST_NEXT_NBL(Nbl) = Head;
    Head = Nbl;
  }
  while (Head != NULL) {
    Next = NET_BUFFER_LIST_NEXT_NBL(Head);
    NdisFreeNetBufferList(Head);
    Head = Next;
  }
  NdisFreeNetBufferListPool(Pool);
}

// A batch in a local array, freed by a second loop before the pool.
#define SELFTEST_BATCH 8
VOID SelfTestBatchArray(PSELFTEST Test) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool;
  PNET_BUFFER_LIST Batch[SELFTEST_BATCH];
  ULONG Count;
  ULONG i;

  InitNblPoolParameters(&Params);
  Pool = NdisAllocateNetBufferListPool(Test->NdisHandle, &Params);
  if (Pool == NULL)
    return;
  for (Count = 0; Count < SELFTEST_BATCH; Count++) {
    Batch[Count] = NdisAllocateNetBufferList(Pool, 0, 0);
    if (Batch[Count] == NULL)
      break;
  }
  for (i = 0; i < Count; i++)
    NdisFreeNetBufferList(Batch[i]);
  NdisFreeNetBufferListPool(Pool);
}

// A switch, with a case falling through to the one that frees.
VOID SelfTestSwitch(PSELFTEST Test, ULONG Mode) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool;
  PNET_BUFFER_LIST Nbl;

  InitNblPoolParameters(&Params);
  Pool = NdisAllocateNetBufferListPool(Test->NdisHandle, &Params);
  if (Pool == NULL)
    return;
  Nbl = NdisAllocateNetBufferList(Pool, 0, 0);
  if (Nbl == NULL) {
    NdisFreeNetBufferListPool(Pool);
    return;
  }
  switch (Mode) {
  case 0:
    NdisFreeNetBufferList(Nbl);
    break;
  case 1:
    SelfTestPrepare(Test, NULL);
    // fall through
  case 2:
    NdisFreeNetBufferList(Nbl);
    break;
  default:
    NdisFreeNetBufferList(Nbl);
    break;
  }
  NdisFreeNetBufferListPool(Pool);
}

// The NBL goes to a function whose body is not here: who owns it afterwards
// is unknown, so nothing is said.
VOID SelfTestUnknownOwner(PSELFTEST Test) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool;
  PNET_BUFFER_LIST Nbl;

  InitNblPoolParameters(&Params);
  Pool = NdisAllocateNetBufferListPool(Test->NdisHandle, &Params);
  if (Pool == NULL)
    return;
  Nbl = NdisAllocateNetBufferList(Pool, 0, 0);
  if (Nbl != NULL)
    SelfTestQueueForLater(Test, Nbl);
  NdisFreeNetBufferListPool(Pool);
}

// Sent, and the completion waited for (the completion handler sets the
// event after freeing the NBL) before the pool is freed.
VOID SelfTestSendAndWait(PSELFTEST Test) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool;
  PNET_BUFFER_LIST Nbl;

  InitNblPoolParameters(&Params);
  Pool = NdisAllocateNetBufferListPool(Test->NdisHandle, &Params);
  if (Pool == NULL)
    return;
  Nbl = NdisAllocateNetBufferAndNetBufferList(Pool, 0, 0, Test->Mdl, 0, Test->Length);
  if (Nbl == NULL) {
    NdisFreeNetBufferListPool(Pool);
    return;
  }
  NdisResetEvent(&Test->SendDone);
  NdisSendNetBufferLists(Test->BindingHandle, Nbl, NDIS_DEFAULT_PORT_NUMBER, 0);
  NdisWaitEvent(&Test->SendDone, 0);
  NdisFreeNetBufferListPool(Pool);
}

// ===========================================================================
#if defined(MP_SLEEP_POLL)
// A miniport whose MiniportHaltEx polls the count of indicated NBLs with
// NdisMSleep until MiniportReturnNetBufferLists has taken all of them back
// (belt and braces: its Pause handler, in another file, drains them too).

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE RxNblPool;
  volatile LONG RxOutstanding;
  PMDL RxMdl;
  ULONG RxLength;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_HALT MPHaltEx;
MINIPORT_INTERRUPT_DPC MPInterruptDpc;
MINIPORT_RETURN_NET_BUFFER_LISTS MPReturnNetBufferLists;

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
  NdisInterlockedIncrement(&Adapter->RxOutstanding);
  NdisMIndicateReceiveNetBufferLists(Adapter->MiniportAdapterHandle, Nbl,
                                     NDIS_DEFAULT_PORT_NUMBER, 1,
                                     NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL);
}

VOID MPReturnNetBufferLists(NDIS_HANDLE MiniportAdapterContext,
                            PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  PNET_BUFFER_LIST Nbl = NetBufferLists;
  PNET_BUFFER_LIST Next;

  UNREFERENCED_PARAMETER(ReturnFlags);
  while (Nbl != NULL) {
    Next = NET_BUFFER_LIST_NEXT_NBL(Nbl);
    NdisFreeNetBufferList(Nbl);
    NdisInterlockedDecrement(&Adapter->RxOutstanding);
    Nbl = Next;
  }
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

  UNREFERENCED_PARAMETER(HaltAction);
  while (Adapter->RxOutstanding != 0)
    NdisMSleep(1000);
  if (Adapter->RxNblPool != NULL) {
    NdisFreeNetBufferListPool(Adapter->RxNblPool);
    Adapter->RxNblPool = NULL;
  }
  NdisFreeMemory(Adapter, 0, 0);
}

// ===========================================================================
#elif defined(MP_PAUSE_HANDLER_ELSEWHERE)
// A miniport whose MiniportPause (mandatory in NDIS 6) is in another source
// file of the driver. NDIS calls MiniportHaltEx only after the pause has
// completed, and the Pause handler has waited for every indicated NBL to
// come back, so the halt frees the pool without waiting.

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE RxNblPool;
  PMDL RxMdl;
  ULONG RxLength;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_HANDLE MiniportDriverHandle;

MINIPORT_PAUSE MPPause; // defined in pause.c
MINIPORT_HALT MPHaltEx;
MINIPORT_INTERRUPT_DPC MPInterruptDpc;

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
  NdisMIndicateReceiveNetBufferLists(Adapter->MiniportAdapterHandle, Nbl,
                                     NDIS_DEFAULT_PORT_NUMBER, 1,
                                     NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL);
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

  UNREFERENCED_PARAMETER(HaltAction);
  NdisFreeNetBufferListPool(Adapter->RxNblPool);
  NdisFreeMemory(Adapter, 0, 0);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;

  NdisZeroMemory(&MChars, sizeof(MChars));
  MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
  MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1;
  MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1;
  MChars.MajorNdisVersion = 6;
  MChars.HaltHandlerEx = MPHaltEx;
  MChars.PauseHandler = MPPause;
  return NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars,
                                     &MiniportDriverHandle);
}

// ===========================================================================
#elif defined(PT_WAIT_EVENT)
// A protocol counting its pending sends; the send-complete handler signals
// an event when the count drops to zero, and ProtocolUnbindAdapterEx waits
// on it before freeing the pools.

typedef struct _OPEN_CONTEXT {
  NDIS_HANDLE BindingHandle;
  NDIS_HANDLE SendNblPool;
  NDIS_HANDLE SendNbPool;
  volatile LONG PendingSends;
  NDIS_EVENT SendsDone;
} OPEN_CONTEXT, *POPEN_CONTEXT;

NDIS_HANDLE ProtocolHandle;

PROTOCOL_UNBIND_ADAPTER_EX PtUnbindAdapter;
PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE PtSendComplete;

NDIS_STATUS PtSendFrame(POPEN_CONTEXT Open, PMDL Mdl, ULONG Length) {
  PNET_BUFFER_LIST Nbl;

  Nbl = NdisAllocateNetBufferAndNetBufferList(Open->SendNblPool, 0, 0, Mdl, 0, Length);
  if (Nbl == NULL)
    return NDIS_STATUS_RESOURCES;
  if (NdisInterlockedIncrement(&Open->PendingSends) == 1)
    NdisResetEvent(&Open->SendsDone);
  NdisSendNetBufferLists(Open->BindingHandle, Nbl, NDIS_DEFAULT_PORT_NUMBER, 0);
  return NDIS_STATUS_PENDING;
}

VOID PtSendComplete(NDIS_HANDLE ProtocolBindingContext, PNET_BUFFER_LIST NetBufferList,
                    ULONG SendCompleteFlags) {
  POPEN_CONTEXT Open = (POPEN_CONTEXT)ProtocolBindingContext;
  PNET_BUFFER_LIST Next;

  UNREFERENCED_PARAMETER(SendCompleteFlags);
  while (NetBufferList != NULL) {
    Next = NET_BUFFER_LIST_NEXT_NBL(NetBufferList);
    NdisFreeNetBufferList(NetBufferList);
    if (NdisInterlockedDecrement(&Open->PendingSends) == 0)
      NdisSetEvent(&Open->SendsDone);
    NetBufferList = Next;
  }
}

static VOID PtFreeBindingResources(POPEN_CONTEXT Open) {
  if (Open->SendNblPool != NULL) {
    NdisFreeNetBufferListPool(Open->SendNblPool);
    Open->SendNblPool = NULL;
  }
  if (Open->SendNbPool != NULL) {
    NdisFreeNetBufferPool(Open->SendNbPool);
    Open->SendNbPool = NULL;
  }
}

NDIS_STATUS PtUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext) {
  POPEN_CONTEXT Open = (POPEN_CONTEXT)ProtocolBindingContext;

  UNREFERENCED_PARAMETER(UnbindContext);
  if (Open->PendingSends != 0)
    NdisWaitEvent(&Open->SendsDone, 0);
  PtFreeBindingResources(Open);
  return NdisCloseAdapterEx(Open->BindingHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;

  UNREFERENCED_PARAMETER(DriverObject);
  UNREFERENCED_PARAMETER(RegistryPath);
  NdisZeroMemory(&PChars, sizeof(PChars));
  PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
  PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_1;
  PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_1;
  PChars.MajorNdisVersion = 6;
  PChars.UnbindAdapterHandlerEx = PtUnbindAdapter;
  PChars.SendNetBufferListsCompleteHandler = PtSendComplete;
  return NdisRegisterProtocolDriver(NULL, &PChars, &ProtocolHandle);
}

// ===========================================================================
#elif defined(PT_SLEEP_POLL)
// A protocol whose ProtocolUnbindAdapterEx polls its pending-send count with
// NdisMSleep until the send-complete handler has taken every NBL back.

typedef struct _OPEN_CONTEXT {
  NDIS_HANDLE BindingHandle;
  NDIS_HANDLE SendNblPool;
  volatile LONG PendingSends;
} OPEN_CONTEXT, *POPEN_CONTEXT;

NDIS_HANDLE ProtocolHandle;

PROTOCOL_UNBIND_ADAPTER_EX PtUnbindAdapter;
PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE PtSendComplete;

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
  NdisInterlockedDecrement(&Open->PendingSends);
}

NDIS_STATUS PtUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext) {
  POPEN_CONTEXT Open = (POPEN_CONTEXT)ProtocolBindingContext;

  UNREFERENCED_PARAMETER(UnbindContext);
  while (Open->PendingSends > 0)
    NdisMSleep(10000);
  NdisFreeNetBufferListPool(Open->SendNblPool);
  Open->SendNblPool = NULL;
  return NdisCloseAdapterEx(Open->BindingHandle);
}

// ===========================================================================
#elif defined(FILTER_DRAINED_BY_PAUSE)
// A filter injecting its own NBLs. FilterPause waits until every injected
// send has completed; NDIS calls FilterDetach only after the pause has
// completed, so FilterDetach frees the pool without waiting again.

typedef struct _FILTER_CONTEXT {
  NDIS_HANDLE FilterHandle;
  NDIS_HANDLE SendNblPool;
  volatile LONG OutstandingSends;
  PMDL ProbeMdl;
  ULONG ProbeLength;
} FILTER_CONTEXT, *PFILTER_CONTEXT;

NDIS_HANDLE FilterDriverHandle;

FILTER_DETACH FilterDetach;
FILTER_PAUSE FilterPause;
FILTER_SEND_NET_BUFFER_LISTS_COMPLETE FilterSendNetBufferListsComplete;
FILTER_OID_REQUEST FilterOidRequest;

static VOID FilterInjectProbe(PFILTER_CONTEXT Filter) {
  PNET_BUFFER_LIST Nbl;

  Nbl = NdisAllocateNetBufferAndNetBufferList(Filter->SendNblPool, 0, 0, Filter->ProbeMdl,
                                              0, Filter->ProbeLength);
  if (Nbl == NULL)
    return;
  Nbl->SourceHandle = Filter->FilterHandle;
  NdisInterlockedIncrement(&Filter->OutstandingSends);
  NdisFSendNetBufferLists(Filter->FilterHandle, Nbl, NDIS_DEFAULT_PORT_NUMBER, 0);
}

NDIS_STATUS FilterOidRequest(NDIS_HANDLE FilterModuleContext, PNDIS_OID_REQUEST Request) {
  PFILTER_CONTEXT Filter = (PFILTER_CONTEXT)FilterModuleContext;

  FilterInjectProbe(Filter);
  return NdisFOidRequest(Filter->FilterHandle, Request);
}

VOID FilterSendNetBufferListsComplete(NDIS_HANDLE FilterModuleContext,
                                      PNET_BUFFER_LIST NetBufferLists,
                                      ULONG SendCompleteFlags) {
  PFILTER_CONTEXT Filter = (PFILTER_CONTEXT)FilterModuleContext;
  PNET_BUFFER_LIST Nbl = NetBufferLists;
  PNET_BUFFER_LIST Next;

  while (Nbl != NULL) {
    Next = NET_BUFFER_LIST_NEXT_NBL(Nbl);
    NET_BUFFER_LIST_NEXT_NBL(Nbl) = NULL;
    if (Nbl->SourceHandle == Filter->FilterHandle) {
      NdisFreeNetBufferList(Nbl);
      NdisInterlockedDecrement(&Filter->OutstandingSends);
    } else {
      NdisFSendNetBufferListsComplete(Filter->FilterHandle, Nbl, SendCompleteFlags);
    }
    Nbl = Next;
  }
}

NDIS_STATUS FilterPause(NDIS_HANDLE FilterModuleContext,
                        PNDIS_FILTER_PAUSE_PARAMETERS PauseParameters) {
  PFILTER_CONTEXT Filter = (PFILTER_CONTEXT)FilterModuleContext;

  UNREFERENCED_PARAMETER(PauseParameters);
  while (Filter->OutstandingSends != 0)
    NdisMSleep(1000);
  return NDIS_STATUS_SUCCESS;
}

VOID FilterDetach(NDIS_HANDLE FilterModuleContext) {
  PFILTER_CONTEXT Filter = (PFILTER_CONTEXT)FilterModuleContext;

  if (Filter->SendNblPool != NULL) {
    NdisFreeNetBufferListPool(Filter->SendNblPool);
    Filter->SendNblPool = NULL;
  }
  NdisFreeMemory(Filter, 0, 0);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  NDIS_FILTER_DRIVER_CHARACTERISTICS FChars;

  UNREFERENCED_PARAMETER(RegistryPath);
  NdisZeroMemory(&FChars, sizeof(FChars));
  FChars.Header.Type = NDIS_OBJECT_TYPE_FILTER_DRIVER_CHARACTERISTICS;
  FChars.Header.Revision = NDIS_FILTER_CHARACTERISTICS_REVISION_1;
  FChars.Header.Size = NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_1;
  FChars.MajorNdisVersion = 6;
  FChars.DetachHandler = FilterDetach;
  FChars.PauseHandler = FilterPause;
  FChars.OidRequestHandler = FilterOidRequest;
  FChars.SendNetBufferListsCompleteHandler = FilterSendNetBufferListsComplete;
  return NdisFRegisterFilterDriver(DriverObject, NULL, &FChars, &FilterDriverHandle);
}

// ===========================================================================
#elif defined(PT_LAST_REFERENCE) || defined(PT_LAST_REFERENCE_HELPER) || \
    defined(PT_LAST_REFERENCE_LOCAL)
// A protocol that reference-counts its binding: each pending send holds a
// reference, dropped in the send-complete handler; ProtocolUnbindAdapterEx
// drops the initial one. The pools go when the last reference drops, that
// is after every send has completed. First with the frees under the
// decrement, then through a helper called under it, then with the count
// kept in a local and tested after.

typedef struct _OPEN_CONTEXT {
  NDIS_HANDLE BindingHandle;
  NDIS_HANDLE SendNblPool;
  volatile LONG RefCount;
} OPEN_CONTEXT, *POPEN_CONTEXT;

NDIS_HANDLE ProtocolHandle;

PROTOCOL_UNBIND_ADAPTER_EX PtUnbindAdapter;
PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE PtSendComplete;

#if defined(PT_LAST_REFERENCE)
static VOID PtDereferenceOpen(POPEN_CONTEXT Open) {
  if (NdisInterlockedDecrement(&Open->RefCount) == 0) {
    NdisFreeNetBufferListPool(Open->SendNblPool);
    Open->SendNblPool = NULL;
    NdisFreeMemory(Open, 0, 0);
  }
}
#elif defined(PT_LAST_REFERENCE_LOCAL)
static VOID PtDereferenceOpen(POPEN_CONTEXT Open) {
  LONG Count = NdisInterlockedDecrement(&Open->RefCount);
  if (Count != 0)
    return;
  NdisFreeNetBufferListPool(Open->SendNblPool);
  Open->SendNblPool = NULL;
  NdisFreeMemory(Open, 0, 0);
}
#else
static VOID PtFreeOpen(POPEN_CONTEXT Open) {
  if (Open->SendNblPool != NULL)
    NdisFreeNetBufferListPool(Open->SendNblPool);
  NdisFreeMemory(Open, 0, 0);
}

static VOID PtDereferenceOpen(POPEN_CONTEXT Open) {
  if (NdisInterlockedDecrement(&Open->RefCount) == 0)
    PtFreeOpen(Open);
}
#endif

NDIS_STATUS PtSendFrame(POPEN_CONTEXT Open, PMDL Mdl, ULONG Length) {
  PNET_BUFFER_LIST Nbl;

  Nbl = NdisAllocateNetBufferAndNetBufferList(Open->SendNblPool, 0, 0, Mdl, 0, Length);
  if (Nbl == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisInterlockedIncrement(&Open->RefCount);
  NdisSendNetBufferLists(Open->BindingHandle, Nbl, NDIS_DEFAULT_PORT_NUMBER, 0);
  return NDIS_STATUS_PENDING;
}

VOID PtSendComplete(NDIS_HANDLE ProtocolBindingContext, PNET_BUFFER_LIST NetBufferList,
                    ULONG SendCompleteFlags) {
  POPEN_CONTEXT Open = (POPEN_CONTEXT)ProtocolBindingContext;
  PNET_BUFFER_LIST Next;

  UNREFERENCED_PARAMETER(SendCompleteFlags);
  while (NetBufferList != NULL) {
    Next = NET_BUFFER_LIST_NEXT_NBL(NetBufferList);
    NdisFreeNetBufferList(NetBufferList);
    PtDereferenceOpen(Open);
    NetBufferList = Next;
  }
}

NDIS_STATUS PtUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext) {
  POPEN_CONTEXT Open = (POPEN_CONTEXT)ProtocolBindingContext;
  NDIS_HANDLE BindingHandle = Open->BindingHandle;

  UNREFERENCED_PARAMETER(UnbindContext);
  PtDereferenceOpen(Open);
  return NdisCloseAdapterEx(BindingHandle);
}

// ===========================================================================
#elif defined(PT_CLEANUP_HELPER)
// A protocol that copies received frames into NBLs of its own and queues
// them for a reader. ProtocolUnbindAdapterEx flushes the queue, freeing
// every queued NBL, and then frees the pool.

typedef struct _OPEN_CONTEXT {
  NDIS_HANDLE BindingHandle;
  NDIS_HANDLE RecvNblPool;
  PMDL CopyMdl;
  ULONG CopyLength;
} OPEN_CONTEXT, *POPEN_CONTEXT;

NDIS_HANDLE ProtocolHandle;

PNET_BUFFER_LIST PtDequeueReceive(POPEN_CONTEXT Open);
VOID PtQueueReceive(POPEN_CONTEXT Open, PNET_BUFFER_LIST Nbl);

PROTOCOL_UNBIND_ADAPTER_EX PtUnbindAdapter;
PROTOCOL_RECEIVE_NET_BUFFER_LISTS PtReceiveNetBufferLists;

VOID PtReceiveNetBufferLists(NDIS_HANDLE ProtocolBindingContext,
                             PNET_BUFFER_LIST NetBufferLists, NDIS_PORT_NUMBER PortNumber,
                             ULONG NumberOfNetBufferLists, ULONG ReceiveFlags) {
  POPEN_CONTEXT Open = (POPEN_CONTEXT)ProtocolBindingContext;
  PNET_BUFFER_LIST Copy;

  UNREFERENCED_PARAMETER(PortNumber);
  UNREFERENCED_PARAMETER(NumberOfNetBufferLists);
  Copy = NdisAllocateNetBufferAndNetBufferList(Open->RecvNblPool, 0, 0, Open->CopyMdl, 0,
                                               Open->CopyLength);
  if (Copy != NULL)
    PtQueueReceive(Open, Copy);
  if (!NDIS_TEST_RECEIVE_CANNOT_PEND(ReceiveFlags))
    NdisReturnNetBufferLists(Open->BindingHandle, NetBufferLists,
                             NDIS_TEST_RECEIVE_AT_DISPATCH_LEVEL(ReceiveFlags)
                                 ? NDIS_RETURN_FLAGS_DISPATCH_LEVEL
                                 : 0);
}

static VOID PtFlushReceiveQueue(POPEN_CONTEXT Open) {
  PNET_BUFFER_LIST Nbl;

  while ((Nbl = PtDequeueReceive(Open)) != NULL)
    NdisFreeNetBufferList(Nbl);
  if (Open->RecvNblPool != NULL) {
    NdisFreeNetBufferListPool(Open->RecvNblPool);
    Open->RecvNblPool = NULL;
  }
}

NDIS_STATUS PtUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext) {
  POPEN_CONTEXT Open = (POPEN_CONTEXT)ProtocolBindingContext;

  UNREFERENCED_PARAMETER(UnbindContext);
  PtFlushReceiveQueue(Open);
  return NdisCloseAdapterEx(Open->BindingHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;

  UNREFERENCED_PARAMETER(DriverObject);
  UNREFERENCED_PARAMETER(RegistryPath);
  NdisZeroMemory(&PChars, sizeof(PChars));
  PChars.MajorNdisVersion = 6;
  PChars.UnbindAdapterHandlerEx = PtUnbindAdapter;
  PChars.ReceiveNetBufferListsHandler = PtReceiveNetBufferLists;
  return NdisRegisterProtocolDriver(NULL, &PChars, &ProtocolHandle);
}

// ===========================================================================
#elif defined(MP_PREALLOCATED)
// A miniport with receive NBLs preallocated in MiniportInitializeEx and kept
// in the adapter; on an initialization failure and in MiniportHaltEx each of
// them is freed before the pool (goto cleanup on the failure path).

#define MP_NUM_RX_NBLS 32

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE RxNblPool;
  PNET_BUFFER_LIST RxNbls[MP_NUM_RX_NBLS];
  PMDL RxMdls[MP_NUM_RX_NBLS];
  ULONG RxBufferSize;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;

static VOID MPFreeRxResources(PMP_ADAPTER Adapter) {
  ULONG i;

  for (i = 0; i < MP_NUM_RX_NBLS; i++) {
    if (Adapter->RxNbls[i] != NULL) {
      NdisFreeNetBufferList(Adapter->RxNbls[i]);
      Adapter->RxNbls[i] = NULL;
    }
  }
  if (Adapter->RxNblPool != NULL) {
    NdisFreeNetBufferListPool(Adapter->RxNblPool);
    Adapter->RxNblPool = NULL;
  }
}

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters) {
  PMP_ADAPTER Adapter;
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_STATUS Status = NDIS_STATUS_SUCCESS;
  ULONG i;

  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(MiniportInitParameters);
  Adapter = (PMP_ADAPTER)NdisAllocateMemoryWithTagPriority(
      MiniportAdapterHandle, sizeof(MP_ADAPTER), DRV_TAG, NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  Adapter->MiniportAdapterHandle = MiniportAdapterHandle;

  InitNblPoolParameters(&Params);
  Adapter->RxNblPool = NdisAllocateNetBufferListPool(MiniportAdapterHandle, &Params);
  if (Adapter->RxNblPool == NULL) {
    Status = NDIS_STATUS_RESOURCES;
    goto Cleanup;
  }
  for (i = 0; i < MP_NUM_RX_NBLS; i++) {
    Adapter->RxNbls[i] = NdisAllocateNetBufferAndNetBufferList(
        Adapter->RxNblPool, 0, 0, Adapter->RxMdls[i], 0, Adapter->RxBufferSize);
    if (Adapter->RxNbls[i] == NULL) {
      Status = NDIS_STATUS_RESOURCES;
      goto Cleanup;
    }
  }
  return NDIS_STATUS_SUCCESS;

Cleanup:
  MPFreeRxResources(Adapter);
  NdisFreeMemory(Adapter, 0, 0);
  return Status;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

  UNREFERENCED_PARAMETER(HaltAction);
  MPFreeRxResources(Adapter);
  NdisFreeMemory(Adapter, 0, 0);
}

// ===========================================================================
#elif defined(PT_DRIVER_GLOBAL_POOL)
// A protocol with one driver-wide send pool, allocated in DriverEntry and
// freed in its Unload routine. Each ProtocolUnbindAdapterEx waits for its
// binding's sends; NdisDeregisterProtocolDriver returns only once every
// binding is unbound, so no send is left when the pool is freed.

typedef struct _OPEN_CONTEXT {
  NDIS_HANDLE BindingHandle;
  volatile LONG PendingSends;
  NDIS_EVENT SendsDone;
} OPEN_CONTEXT, *POPEN_CONTEXT;

NDIS_HANDLE ProtocolHandle;
NDIS_HANDLE GlobalSendNblPool;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD PtUnload;
PROTOCOL_UNBIND_ADAPTER_EX PtUnbindAdapter;
PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE PtSendComplete;

NDIS_STATUS PtSendFrame(POPEN_CONTEXT Open, PMDL Mdl, ULONG Length) {
  PNET_BUFFER_LIST Nbl;

  Nbl = NdisAllocateNetBufferAndNetBufferList(GlobalSendNblPool, 0, 0, Mdl, 0, Length);
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

NDIS_STATUS PtUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext) {
  POPEN_CONTEXT Open = (POPEN_CONTEXT)ProtocolBindingContext;

  UNREFERENCED_PARAMETER(UnbindContext);
  if (Open->PendingSends != 0)
    NdisWaitEvent(&Open->SendsDone, 0);
  return NdisCloseAdapterEx(Open->BindingHandle);
}

VOID PtUnload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  NdisDeregisterProtocolDriver(ProtocolHandle);
  if (GlobalSendNblPool != NULL) {
    NdisFreeNetBufferListPool(GlobalSendNblPool);
    GlobalSendNblPool = NULL;
  }
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_STATUS Status;

  UNREFERENCED_PARAMETER(RegistryPath);
  InitNblPoolParameters(&Params);
  GlobalSendNblPool = NdisAllocateNetBufferListPool(NULL, &Params);
  if (GlobalSendNblPool == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;

  NdisZeroMemory(&PChars, sizeof(PChars));
  PChars.MajorNdisVersion = 6;
  PChars.UnbindAdapterHandlerEx = PtUnbindAdapter;
  PChars.SendNetBufferListsCompleteHandler = PtSendComplete;
  Status = NdisRegisterProtocolDriver(NULL, &PChars, &ProtocolHandle);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeNetBufferListPool(GlobalSendNblPool);
    GlobalSendNblPool = NULL;
    return Status;
  }
  DriverObject->DriverUnload = PtUnload;
  return STATUS_SUCCESS;
}
#endif
