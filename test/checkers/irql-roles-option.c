// RUN: %check_ndis_tidy %s ndis-irql %t
// RUN: %check_ndis_tidy --check-suffix=ROLES %s ndis-irql %t \
// RUN:   --config="{CheckOptions: {Roles: 'MyDpc=KDEFERRED_ROUTINE;MyHalt=MINIPORT_HALT'}}"

// Functions the driver registers in ways ndis-tidy cannot see (through a
// table filled at run time, in another file): without a role their IRQL is
// unknown and nothing is reported. The Roles option gives them one.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  NDIS_EVENT Event;
} ADAPTER, *PADAPTER;

// A helper of MyDpc: the role reaches it through the call.
static VOID Flush(PADAPTER Adapter) {
  NdisMSleep(10);
  // CHECK-NOTES-ROLES: :[[@LINE-1]]:3: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES-ROLES: :[[@LINE+4]]:6: note: 'MyDpc' has the role KDEFERRED_ROUTINE (option Roles), which runs at DISPATCH_LEVEL
  // CHECK-NOTES-ROLES: :[[@LINE+7]]:3: note: 'MyDpc' calls 'Flush' here
}

VOID MyDpc(PADAPTER Adapter) {
  NdisWaitEvent(&Adapter->Event, 0);
  // CHECK-NOTES-ROLES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES-ROLES: :[[@LINE-3]]:6: note: 'MyDpc' has the role KDEFERRED_ROUTINE (option Roles), which runs at DISPATCH_LEVEL
  Flush(Adapter);
}

VOID MyHalt(PADAPTER Adapter) {
  NdisDprAcquireSpinLock(&Adapter->Lock);
  // CHECK-NOTES-ROLES: :[[@LINE-1]]:3: warning: NdisDprAcquireSpinLock must be called at DISPATCH_LEVEL, but it is called here at PASSIVE_LEVEL [ndis-irql]
  // CHECK-NOTES-ROLES: :[[@LINE-3]]:6: note: 'MyHalt' has the role MINIPORT_HALT (option Roles), which runs at PASSIVE_LEVEL
  NdisDprReleaseSpinLock(&Adapter->Lock);
}

