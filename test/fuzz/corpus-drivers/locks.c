/* Fuzz seed: spin locks, a packet pool freed under one through a helper. */
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK KLock;
  NDIS_HANDLE PacketPool;
  int Count;
} ADAPTER, *PADAPTER;

static VOID LockAdapter(PADAPTER A) { NdisAcquireSpinLock(&A->Lock); }
static VOID UnlockAdapter(PADAPTER A) { NdisReleaseSpinLock(&A->Lock); }

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
  UnlockAdapter(A);
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
