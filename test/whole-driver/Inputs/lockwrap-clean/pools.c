/* Frees the adapter's pools. */
#include "driver.h"

VOID FreePools(PADAPTER Adapter) {
  NdisFreePacketPool(Adapter->PacketPool);
}
