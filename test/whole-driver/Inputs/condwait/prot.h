#include "ndis.h"

typedef struct _BINDING {
  NDIS_HANDLE BindingHandle;
  NDIS_HANDLE PacketPool;
  NDIS_EVENT SendsDone;
  LONG Outstanding;
} BINDING, *PBINDING;

VOID PtQuiesce(PBINDING Binding, BOOLEAN Wait);
