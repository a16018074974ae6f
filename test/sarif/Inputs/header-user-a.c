#include "shared-header.h"

VOID UserA(NDIS_HANDLE Miniport, NDIS_HANDLE Filter) {
  ReleaseScratch(Miniport, Filter);
}
