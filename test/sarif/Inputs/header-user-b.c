#include "shared-header.h"

VOID UserB(NDIS_HANDLE Miniport, NDIS_HANDLE Filter) {
  ReleaseScratch(Miniport, Filter);
}
