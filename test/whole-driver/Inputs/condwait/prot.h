#include "ndis.h"

typedef struct _BINDING {
  NDIS_HANDLE BindingHandle;
  NDIS_HANDLE PacketPool;
  NDIS_EVENT SendsDone;
  LONG Outstanding;
} BINDING, *PBINDING;

VOID PtQuiesce(PBINDING Binding, BOOLEAN Wait);

#define PT_WHY_RESET 1
#define PT_WHY_UNBIND 2
VOID PtDrain(PBINDING Binding, ULONG Why);
