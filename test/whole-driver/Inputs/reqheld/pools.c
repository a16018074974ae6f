/* Frees the adapter's pool; called from drain.c only. */
#include "driver.h"

VOID FreePools(PADAPTER Adapter) {
  NdisFreePacketPool(Adapter->PacketPool);
}
