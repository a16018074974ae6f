/* Fuzz seed: goto cleanup, loops and a status out-parameter (the CFG path). */
#include "ndis.h"

NDIS_STATUS Build(NDIS_HANDLE Handle, PNDIS_HANDLE Out, int n) {
  NDIS_STATUS Status;
  NDIS_HANDLE Pool = NULL;
  NDIS_HANDLE BufPool = NULL;
  NdisAllocatePacketPool(&Status, &Pool, 64, 16);
  if (Status != NDIS_STATUS_SUCCESS)
    goto fail;
  NdisAllocateBufferPool(&Status, &BufPool, 64);
  if (Status != NDIS_STATUS_SUCCESS)
    goto fail;
  while (n-- > 0) {
    PNDIS_PACKET Packet;
    NdisAllocatePacket(&Status, &Packet, Pool);
    if (Status != NDIS_STATUS_SUCCESS)
      continue;
    NdisFreePacket(Packet);
  }
  *Out = Pool;
  return NDIS_STATUS_SUCCESS;
fail:
  if (BufPool)
    NdisFreeBufferPool(BufPool);
  if (Pool)
    NdisFreePacketPool(Pool);
  return Status;
}
