/* Fuzz seed: spin locks, a packet pool freed under one through a helper. */
#include "ndis.h"

typedef struct _ADAPTER {
  int Count;
  NDIS_HANDLE PacketPool;
  KSPIN_LOCK KLock;
  NDIS_SPIN_LOCK Lock;
} ADAPTER, *PADAPTER;

#define LockAdapter(A) NdisAcquireSpinLock(&(A)->Lock)
static VOID UnlockAdapter(PNDIS_SPIN_LOCK L) { NdisReleaseSpinLock(L); }
static VOID FreePool(PADAPTER A) { NdisFreePacketPool(A->PacketPool); }

VOID Reset(PADAPTER A) {
  KIRQL Old;
  int i;
  LockAdapter(A);
  for (i = 0; i < A->Count; i++) {
    if (i == 3)
      break;
    A->Count--;
  }
  FreePool(A);
  UnlockAdapter(&A->Lock);
  KeAcquireSpinLock(&A->KLock, &Old);
  switch (A->Count) {
  case 0:
    KeReleaseSpinLock(&A->KLock, Old);
    return;
  default:
    break;
  }
  KeReleaseSpinLock(&A->KLock, Old);
}
