// RUN: %check_ndis_tidy %s ndis-shared-memory-handle-mismatch %t
// RUN: %ndis_tidy -checks='-*,ndis-shared-memory-handle-mismatch' --sarif=%t.sarif %s -- -I %inputs > /dev/null
// RUN: %python %S/validate_sarif.py %t.sarif --results 1 | FileCheck %s --check-prefix=SARIF

// NOLINT(ndis-...) silences a finding where it stands, through the plugin
// and ndis-tidy alike; a silenced finding is not in the SARIF log either.
#include "ndis.h"

VOID Silenced(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE FilterHandle) {
  NDIS_SHARED_MEMORY_PARAMETERS Params;
  NDIS_HANDLE A = NULL, B = NULL, C = NULL, D = NULL;

  NdisAllocateSharedMemory(MiniportAdapterHandle, &Params, &A);
  NdisAllocateSharedMemory(MiniportAdapterHandle, &Params, &B);
  NdisAllocateSharedMemory(MiniportAdapterHandle, &Params, &C);
  NdisAllocateSharedMemory(MiniportAdapterHandle, &Params, &D);

  NdisFreeSharedMemory(FilterHandle, A); // NOLINT(ndis-shared-memory-handle-mismatch)
  // NOLINTNEXTLINE(ndis-*)
  NdisFreeSharedMemory(FilterHandle, B);
  // NOLINTBEGIN(ndis-shared-memory-handle-mismatch)
  NdisFreeSharedMemory(FilterHandle, C);
  // NOLINTEND(ndis-shared-memory-handle-mismatch)

  // Another check's name silences nothing.
  NdisFreeSharedMemory(FilterHandle, D); // NOLINT(bugprone-unused-return-value)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: NdisFreeSharedMemory is given NdisHandle 'FilterHandle', but the shared memory 'D' was allocated with NdisHandle 'MiniportAdapterHandle'; NDIS requires the same handle [ndis-shared-memory-handle-mismatch]
}

// SARIF: result ndis-shared-memory-handle-mismatch warning {{.*}}nolint.c:26:3
// SARIF: results: 1
