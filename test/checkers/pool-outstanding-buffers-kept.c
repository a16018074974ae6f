// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t
// RUN: %check_ndis_tidy --check-suffix=CLEAN %s ndis-pool-outstanding-buffers %t -- -DCORRECT

// Items the driver keeps in its own context: a field, a preallocated array,
// a ring. They stay the driver's: each must be freed, from where it is
// kept, before its pool is freed. In one function, and across callbacks:
// MPInitializeEx keeps them, MPHaltEx frees the pools. With -DCORRECT (the
// clean twin, which must stay silent) each is freed first: by a loop over
// the collection, through a pointer to its element, through a local copy
// of a slot, or in a helper before the helper frees the pool. The parts
// outside #ifdef CORRECT that follow the positives must be silent in both.
#define NDIS60_MINIPORT 1
#define NDIS60 1
#include "ndis.h"

#define MP_NUM_RX 8
#define MP_RING 16

typedef struct _MP_RCB {
  LIST_ENTRY Link;
  PNET_BUFFER_LIST Nbl;
} MP_RCB, *PMP_RCB;

typedef struct _MP_RX_RCB {
  LIST_ENTRY Link;
  PNET_BUFFER_LIST Nbl;
} MP_RX_RCB, *PMP_RX_RCB;

typedef struct _MP_ADAPTER {
  NDIS_HANDLE Handle;
  NDIS_HANDLE RxPool, RcbPool, RingPool, SparePool, ExtraPool, RefillPool;
  NDIS_HANDLE RcbNblPool, OnePool, NbPool, CachePool, TxPool;
  PNET_BUFFER_LIST RxNbls[MP_NUM_RX];
  MP_RCB Rcb[MP_NUM_RX];
  PNET_BUFFER_LIST Ring[MP_RING];
  ULONG Head, Tail;
  PNET_BUFFER_LIST Spare;
  PNET_BUFFER_LIST Extra[MP_NUM_RX];
  PNET_BUFFER_LIST Refill[MP_RING];
  PNET_BUFFER_LIST One;
  PMP_RX_RCB RcbMemory;
  LIST_ENTRY FreeRcbList;
  NDIS_SPIN_LOCK FreeRcbListLock;
  LIST_ENTRY NbList;
  PNET_BUFFER_LIST Cache[MP_NUM_RX];
  LIST_ENTRY CacheList;
  NDIS_EVENT SendsDone;
  PNET_BUFFER_LIST TxNbls[MP_NUM_RX];
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;

static NDIS_HANDLE MPNblPool(NDIS_HANDLE Handle) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NdisZeroMemory(&Params, sizeof(Params));
  Params.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
  Params.Header.Revision = NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
  Params.Header.Size = NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
  Params.fAllocateNetBuffer = TRUE;
  return NdisAllocateNetBufferListPool(Handle, &Params);
}

// ---------------------------------------------------------------------------
// In one function.

// Allocated into an array in a loop; when one allocation fails, the pool
// goes with the earlier ones still in their slots.
NDIS_STATUS MPAllocateExtra(PMP_ADAPTER A) {
  ULONG i, j;
  A->ExtraPool = MPNblPool(A->Handle);
  if (A->ExtraPool == NULL)
    return NDIS_STATUS_RESOURCES;
  for (i = 0; i < MP_NUM_RX; i++) {
    A->Extra[i] = NdisAllocateNetBufferList(A->ExtraPool, 0, 0);
    if (A->Extra[i] == NULL)
      goto fail;
  }
  return NDIS_STATUS_SUCCESS;
fail:
#ifdef CORRECT
  for (j = 0; j < MP_NUM_RX; j++)
    if (A->Extra[j] != NULL) {
      NdisFreeNetBufferList(A->Extra[j]);
      A->Extra[j] = NULL;
    }
#endif
  NdisFreeNetBufferListPool(A->ExtraPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeNetBufferListPool frees pool 'A->ExtraPool' while the NET_BUFFER_LIST 'A->Extra[i]' allocated from it may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES: :[[@LINE-15]]:19: note: 'A->Extra[i]' is allocated from the pool here by NdisAllocateNetBufferList
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the driver keeps 'A->Extra[i]' there, and nothing frees the items kept there before the pool is freed
  A->ExtraPool = NULL;
  return NDIS_STATUS_RESOURCES;
}

// Stored through a local into a ring: a test of one slot says nothing of
// the others (a weak update), nor does clearing it.
VOID MPRefillRing(PMP_ADAPTER A) {
  PNET_BUFFER_LIST Nbl;
  ULONG i;
  for (i = 0; i < MP_RING; i++) {
    Nbl = NdisAllocateNetBufferList(A->RefillPool, 0, 0);
    if (Nbl == NULL)
      break;
    A->Refill[A->Head++ % MP_RING] = Nbl;
  }
  if (A->Refill[0] == NULL) {
    A->Refill[1] = NULL;
#ifdef CORRECT
    for (i = 0; i < MP_RING; i++)
      if (A->Refill[i] != NULL)
        NdisFreeNetBufferList(A->Refill[i]);
#endif
    NdisFreeNetBufferListPool(A->RefillPool);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: NdisFreeNetBufferListPool frees pool 'A->RefillPool' while the NET_BUFFER_LIST 'Nbl' allocated from it may still be outstanding [ndis-pool-outstanding-buffers]
    // CHECK-NOTES: :[[@LINE-14]]:11: note: 'Nbl' is allocated from the pool here by NdisAllocateNetBufferList
    // CHECK-NOTES: :[[@LINE-12]]:5: note: 'Nbl' is stored in 'A->Refill[A->Head++ % MP_RING]' here, and nothing frees the items kept there before the pool is freed
    A->RefillPool = NULL;
  }
}

// The failure path hands the adapter to a cleanup helper out of view,
// which may free what the array keeps: silent.
VOID MPFreeExtraElsewhere(PMP_ADAPTER A);
NDIS_STATUS MPAllocateExtraAgain(PMP_ADAPTER A) {
  ULONG i;
  for (i = 0; i < MP_NUM_RX; i++) {
    A->Extra[i] = NdisAllocateNetBufferList(A->ExtraPool, 0, 0);
    if (A->Extra[i] == NULL) {
      MPFreeExtraElsewhere(A);
      NdisFreeNetBufferListPool(A->ExtraPool);
      A->ExtraPool = NULL;
      return NDIS_STATUS_RESOURCES;
    }
  }
  return NDIS_STATUS_SUCCESS;
}

// One allocation into one field: when it fails, nothing is kept there.
NDIS_STATUS MPAllocateOne(PMP_ADAPTER A) {
  A->OnePool = MPNblPool(A->Handle);
  if (A->OnePool == NULL)
    return NDIS_STATUS_RESOURCES;
  A->One = NdisAllocateNetBufferList(A->OnePool, 0, 0);
  if (A->One == NULL) {
    NdisFreeNetBufferListPool(A->OnePool);
    A->OnePool = NULL;
    return NDIS_STATUS_RESOURCES;
  }
  return NDIS_STATUS_SUCCESS;
}

// ---------------------------------------------------------------------------
// Across callbacks.

// As netvmini keeps its receive NBLs: each in an RCB of a block allocated
// apart, the RCBs on a free list, which the halt walks.
static NDIS_STATUS MPAllocateRcbs(PMP_ADAPTER Adapter) {
  ULONG Index;
  Adapter->RcbNblPool = MPNblPool(Adapter->Handle);
  if (Adapter->RcbNblPool == NULL)
    return NDIS_STATUS_RESOURCES;
  Adapter->RcbMemory = (PMP_RX_RCB)NdisAllocateMemoryWithTagPriority(
      Adapter->Handle, sizeof(MP_RX_RCB) * MP_NUM_RX, 'bcR', NormalPoolPriority);
  if (Adapter->RcbMemory == NULL)
    return NDIS_STATUS_RESOURCES;
  for (Index = 0; Index < MP_NUM_RX; Index++) {
    PMP_RX_RCB Rcb = &Adapter->RcbMemory[Index];
    Rcb->Nbl = NdisAllocateNetBufferAndNetBufferList(Adapter->RcbNblPool, 0, 0, NULL, 0, 0);
    if (Rcb->Nbl == NULL)
      return NDIS_STATUS_RESOURCES;
    NdisInterlockedInsertTailList(&Adapter->FreeRcbList, &Rcb->Link, &Adapter->FreeRcbListLock);
  }
  return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters) {
  PMP_ADAPTER Adapter;
  PNET_BUFFER_LIST Nbl;
  ULONG i;

  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(MiniportInitParameters);
  Adapter = (PMP_ADAPTER)NdisAllocateMemoryWithTagPriority(
      MiniportAdapterHandle, sizeof(MP_ADAPTER), 'pMdN', NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  Adapter->Handle = MiniportAdapterHandle;
  Adapter->RxPool = MPNblPool(MiniportAdapterHandle);
  Adapter->RcbPool = MPNblPool(MiniportAdapterHandle);
  Adapter->RingPool = MPNblPool(MiniportAdapterHandle);
  Adapter->SparePool = MPNblPool(MiniportAdapterHandle);
  Adapter->CachePool = MPNblPool(MiniportAdapterHandle);
  Adapter->TxPool = MPNblPool(MiniportAdapterHandle);
  if (Adapter->RxPool == NULL || Adapter->RcbPool == NULL || Adapter->RingPool == NULL ||
      Adapter->SparePool == NULL || Adapter->CachePool == NULL || Adapter->TxPool == NULL)
    return NDIS_STATUS_RESOURCES;
  for (i = 0; i < MP_NUM_RX; i++) {
    Adapter->RxNbls[i] = NdisAllocateNetBufferList(Adapter->RxPool, 0, 0);
    Adapter->Rcb[i].Nbl = NdisAllocateNetBufferList(Adapter->RcbPool, 0, 0);
    Adapter->Cache[i] = NdisAllocateNetBufferList(Adapter->CachePool, 0, 0);
    Adapter->TxNbls[i] = NdisAllocateNetBufferList(Adapter->TxPool, 0, 0);
  }
  for (i = 0; i < MP_RING; i++) {
    Nbl = NdisAllocateNetBufferList(Adapter->RingPool, 0, 0);
    if (Nbl == NULL)
      break;
    Adapter->Ring[Adapter->Head++ % MP_RING] = Nbl;
  }
  Nbl = NdisAllocateNetBufferList(Adapter->SparePool, 0, 0);
  if (Nbl != NULL)
    Adapter->Spare = Nbl;
  return MPAllocateRcbs(Adapter);
}

// The ring's NBLs, each through a local copy of its slot.
static VOID MPDrainRing(PMP_ADAPTER Adapter) {
  PNET_BUFFER_LIST Nbl;
  while (Adapter->Tail != Adapter->Head) {
    Nbl = Adapter->Ring[Adapter->Tail++ % MP_RING];
    if (Nbl != NULL)
      NdisFreeNetBufferList(Nbl);
  }
}

// A helper's item frees count before its pool free only when they come
// before it.
static VOID MPFreeSpare(PMP_ADAPTER Adapter) {
#ifndef CORRECT
  NdisFreeNetBufferListPool(Adapter->SparePool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeNetBufferListPool frees pool 'Adapter->SparePool' during teardown while NET_BUFFER_LISTs allocated from it by other callbacks may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES: :[[@LINE+77]]:6: note: 'MPHaltEx' is a teardown callback (MINIPORT_HALT)
  // CHECK-NOTES: :[[@LINE+115]]:3: note: 'MPHaltEx' calls 'MPFreeSpare' here
  // CHECK-NOTES: :[[@LINE-24]]:9: note: a NET_BUFFER_LIST is allocated from the pool here by NdisAllocateNetBufferList, in 'MPInitializeEx'
  // CHECK-NOTES: :[[@LINE-23]]:5: note: and stored in 'Adapter->Spare' here
  // CHECK-NOTES: :[[@LINE+73]]:6: note: nothing on the teardown path of 'MPHaltEx' frees such NET_BUFFER_LISTs or waits for them before the pool is freed
  // CHECK-NOTES: :[[@LINE+3]]:5: note: the NET_BUFFER_LISTs kept there are freed here, after the pool
#endif
  if (Adapter->Spare != NULL) {
    NdisFreeNetBufferList(Adapter->Spare);
    Adapter->Spare = NULL;
  }
#ifdef CORRECT
  NdisFreeNetBufferListPool(Adapter->SparePool);
#endif
}

// The RCBs' NBLs, walked off their free list.
static VOID MPFreeRcbs(PMP_ADAPTER Adapter) {
  PLIST_ENTRY Entry;
  while (NULL != (Entry = NdisInterlockedRemoveHeadList(&Adapter->FreeRcbList,
                                                        &Adapter->FreeRcbListLock))) {
    PMP_RX_RCB Rcb = CONTAINING_RECORD(Entry, MP_RX_RCB, Link);
    NdisFreeNetBufferList(Rcb->Nbl);
  }
}

// NET_BUFFERs chained one into the next: each is inside the one before
// (and the first inside the list), not in a slot the driver keeps; a field
// of an item is no such slot. What becomes of them is the list's.
VOID MPCopyChain(PMP_ADAPTER Adapter, PNET_BUFFER_LIST Nbl, PMDL Mdl) {
  PNET_BUFFER First = NULL, Prev = NULL, Nb;
  ULONG i;
  for (i = 0; i < 3; i++) {
    Nb = NdisAllocateNetBuffer(Adapter->NbPool, Mdl, 0, 0);
    if (Nb == NULL)
      break;
    if (First == NULL)
      First = Nb;
    else
      NET_BUFFER_NEXT_NB(Prev) = Nb;
    Prev = Nb;
  }
  NET_BUFFER_LIST_FIRST_NB(Nbl) = First;
}

// NET_BUFFERs walked off a list, which ones the engine cannot tell.
static VOID MPFreeNbs(PMP_ADAPTER Adapter) {
  while (!IsListEmpty(&Adapter->NbList)) {
    PLIST_ENTRY Entry = RemoveHeadList(&Adapter->NbList);
    NdisFreeNetBuffer(CONTAINING_RECORD(Entry, NET_BUFFER, ProtocolReserved));
  }
}

// NBLs walked off a list: which ones, the engine cannot tell; they may be
// any (silent for every pool freed after).
static VOID MPFreeCache(PMP_ADAPTER Adapter) {
  while (!IsListEmpty(&Adapter->CacheList)) {
    PLIST_ENTRY Entry = RemoveHeadList(&Adapter->CacheList);
    PNET_BUFFER_LIST Nbl = CONTAINING_RECORD(Entry, NET_BUFFER_LIST, Next);
    NdisFreeNetBufferList(Nbl);
  }
}

// The NBLs the array and the RCBs keep, each through its slot: by index,
// and through a pointer to the RCB.
static VOID MPFreeRxNbls(PMP_ADAPTER Adapter) {
  PMP_RCB Rcb;
  ULONG i;
  for (i = 0; i < MP_NUM_RX; i++) {
    if (Adapter->RxNbls[i] != NULL)
      NdisFreeNetBufferList(Adapter->RxNbls[i]);
    Rcb = &Adapter->Rcb[i];
    if (Rcb->Nbl != NULL)
      NdisFreeNetBufferList(Rcb->Nbl);
  }
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

  UNREFERENCED_PARAMETER(HaltAction);
#ifdef CORRECT
  MPFreeRxNbls(Adapter);
  NdisFreeNetBufferListPool(Adapter->RxPool);
  NdisFreeNetBufferListPool(Adapter->RcbPool);
  MPDrainRing(Adapter);
  NdisFreeNetBufferListPool(Adapter->RingPool);
  MPFreeSpare(Adapter);
  MPFreeRcbs(Adapter);
  NdisFreeNetBufferListPool(Adapter->RcbNblPool);
#else
  // The pools first, the NBLs kept in RxNbls and the RCBs after them.
  NdisFreeNetBufferListPool(Adapter->RxPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeNetBufferListPool frees pool 'Adapter->RxPool' during teardown while NET_BUFFER_LISTs allocated from it by other callbacks may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES: :[[@LINE-17]]:6: note: 'MPHaltEx' is a teardown callback (MINIPORT_HALT)
  // CHECK-NOTES: :[[@LINE-128]]:26: note: a NET_BUFFER_LIST is allocated from the pool here by NdisAllocateNetBufferList, in 'MPInitializeEx'
  // CHECK-NOTES: :[[@LINE-129]]:26: note: and stored in 'Adapter->RxNbls[i]' here
  // CHECK-NOTES: :[[@LINE-20]]:6: note: nothing on the teardown path of 'MPHaltEx' frees such NET_BUFFER_LISTs or waits for them before the pool is freed
  // CHECK-NOTES: :[[@LINE-28]]:7: note: the NET_BUFFER_LISTs kept there are freed here, after the pool
  NdisFreeNetBufferListPool(Adapter->RcbPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeNetBufferListPool frees pool 'Adapter->RcbPool' during teardown while NET_BUFFER_LISTs allocated from it by other callbacks may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES: :[[@LINE-24]]:6: note: 'MPHaltEx' is a teardown callback (MINIPORT_HALT)
  // CHECK-NOTES: :[[@LINE-134]]:27: note: a NET_BUFFER_LIST is allocated from the pool here by NdisAllocateNetBufferList, in 'MPInitializeEx'
  // CHECK-NOTES: :[[@LINE-135]]:27: note: and stored in 'Adapter->Rcb[i].Nbl' here
  // CHECK-NOTES: :[[@LINE-27]]:6: note: nothing on the teardown path of 'MPHaltEx' frees such NET_BUFFER_LISTs or waits for them before the pool is freed
  // CHECK-NOTES: :[[@LINE-32]]:7: note: the NET_BUFFER_LISTs kept there are freed here, after the pool
  MPFreeRxNbls(Adapter);
  // One slot of the ring only.
  if (Adapter->Ring[0] != NULL)
    NdisFreeNetBufferList(Adapter->Ring[0]);
  NdisFreeNetBufferListPool(Adapter->RingPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeNetBufferListPool frees pool 'Adapter->RingPool' during teardown while NET_BUFFER_LISTs allocated from it by other callbacks may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES: :[[@LINE-35]]:6: note: 'MPHaltEx' is a teardown callback (MINIPORT_HALT)
  // CHECK-NOTES: :[[@LINE-140]]:11: note: a NET_BUFFER_LIST is allocated from the pool here by NdisAllocateNetBufferList, in 'MPInitializeEx'
  // CHECK-NOTES: :[[@LINE-138]]:5: note: and stored in 'Adapter->Ring[Adapter->Head++ % MP_RING]' here
  // CHECK-NOTES: :[[@LINE-38]]:6: note: nothing on the teardown path of 'MPHaltEx' frees such NET_BUFFER_LISTs or waits for them before the pool is freed
  MPFreeSpare(Adapter);
  NdisFreeNetBufferListPool(Adapter->RcbNblPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeNetBufferListPool frees pool 'Adapter->RcbNblPool' during teardown while NET_BUFFER_LISTs allocated from it by other callbacks may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES: :[[@LINE-42]]:6: note: 'MPHaltEx' is a teardown callback (MINIPORT_HALT)
  // CHECK-NOTES: :[[@LINE-185]]:16: note: a NET_BUFFER_LIST is allocated from the pool here by NdisAllocateNetBufferAndNetBufferList, in 'MPAllocateRcbs'
  // CHECK-NOTES: :[[@LINE-186]]:16: note: and stored in 'Rcb->Nbl' here
  // CHECK-NOTES: :[[@LINE-45]]:6: note: nothing on the teardown path of 'MPHaltEx' frees such NET_BUFFER_LISTs or waits for them before the pool is freed
  // CHECK-NOTES: :[[@LINE-101]]:5: note: the NET_BUFFER_LISTs kept there are freed here, after the pool
  MPFreeRcbs(Adapter);
#endif
  // Silent in both: NET_BUFFERs chained into one another, freed from a
  // list; NBLs freed from a list; a wait that may drain (it may be for
  // the kept NBLs too: a DPC that empties the array, a counter that counts
  // them).
  NdisFreeNetBufferPool(Adapter->NbPool);
  MPFreeNbs(Adapter);
  MPFreeCache(Adapter);
  NdisFreeNetBufferListPool(Adapter->CachePool);
  NdisWaitEvent(&Adapter->SendsDone, 0);
  NdisFreeNetBufferListPool(Adapter->TxPool);
  NdisFreeMemory(Adapter, 0, 0);
}
