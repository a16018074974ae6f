// RUN: %check_ndis_tidy %s ndis-pool-leak %t
// RUN: %check_ndis_tidy --check-suffix=ROLES %s ndis-pool-leak %t \
// RUN:   --config="{CheckOptions: {Roles: 'AdapterInit=MINIPORT_INITIALIZE;AdapterHalt=MINIPORT_HALT'}}"

// Nothing here is registered with NDIS or declared with a role typedef: the
// analysis cannot know which function is a setup or teardown callback, so
// only the "never freed" form may fire. With the Roles option naming the
// callbacks, the teardown and error-return forms come back.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE Handle;
  NDIS_HANDLE RecvPool;
  NDIS_HANDLE SendPool;
  NDIS_HANDLE LookasidePool;
  NDIS_HANDLE SparePool;
} ADAPTER, *PADAPTER;

VOID AdapterCleanupOnError(PADAPTER Adapter) {
  if (Adapter->SendPool != NULL)
    NdisFreeNetBufferListPool(Adapter->SendPool);
}

NDIS_STATUS AdapterInit(PADAPTER Adapter) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;

  NdisZeroMemory(&Params, sizeof(Params));
  Adapter->RecvPool = NdisAllocateNetBufferListPool(Adapter->Handle, &Params);
  // CHECK-NOTES-ROLES: :[[@LINE-1]]:23: warning: NET_BUFFER_LIST pool 'Adapter->RecvPool' allocated during 'AdapterInit' (MINIPORT_INITIALIZE) is not freed by 'AdapterHalt' (MINIPORT_HALT) [ndis-pool-leak]
  // CHECK-NOTES-ROLES: :[[@LINE+31]]:6: note: 'AdapterHalt' is the teardown callback that undoes 'AdapterInit'; it should free 'Adapter->RecvPool'
  // CHECK-NOTES-ROLES: :[[@LINE-3]]:23: warning: pool 'Adapter->RecvPool' allocated here leaks when 'AdapterInit' returns without freeing it [ndis-pool-leak]
  // CHECK-NOTES-ROLES: :[[@LINE+6]]:5: note: 'AdapterInit' returns an error here with 'Adapter->RecvPool' still allocated
  if (Adapter->RecvPool == NULL)
    return NDIS_STATUS_RESOURCES;

  Adapter->SendPool = NdisAllocateNetBufferListPool(Adapter->Handle, &Params);
  if (Adapter->SendPool == NULL)
    return NDIS_STATUS_RESOURCES; // RecvPool is lost if this is a setup callback

  // Never freed by anything: reported with or without roles.
  Adapter->LookasidePool = NdisAllocateNetBufferListPool(Adapter->Handle, &Params);
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: NET_BUFFER_LIST pool 'Adapter->LookasidePool' allocated here is never freed: no function in this translation unit frees it [ndis-pool-leak]
  // CHECK-NOTES-ROLES: :[[@LINE-2]]:28: warning: NET_BUFFER_LIST pool 'Adapter->LookasidePool' allocated here is never freed: no function in this translation unit frees it [ndis-pool-leak]
  // CHECK-NOTES-ROLES: :[[@LINE-3]]:28: warning: pool 'Adapter->LookasidePool' allocated here leaks when 'AdapterInit' returns without freeing it [ndis-pool-leak]
  // CHECK-NOTES-ROLES: :[[@LINE+9]]:5: note: 'AdapterInit' returns an error here with 'Adapter->LookasidePool' still allocated
  if (Adapter->LookasidePool == NULL) {
    AdapterCleanupOnError(Adapter);
    return NDIS_STATUS_RESOURCES;
  }

  Adapter->SparePool = NdisAllocateNetBufferListPool(Adapter->Handle, &Params);
  if (Adapter->SparePool == NULL) {
    AdapterCleanupOnError(Adapter);
    return NDIS_STATUS_RESOURCES;
  }
  return NDIS_STATUS_SUCCESS;
}

// Frees the send and spare pools but not the receive pool, which only
// AdapterRelease frees.
VOID AdapterHalt(PADAPTER Adapter) {
  NdisFreeNetBufferListPool(Adapter->SendPool);
  NdisFreeNetBufferListPool(Adapter->SparePool);
}

VOID AdapterRelease(PADAPTER Adapter) {
  if (Adapter->RecvPool != NULL)
    NdisFreeNetBufferListPool(Adapter->RecvPool);
}
