#include "prot.h"

VOID PtSendOne(PBINDING Binding) {
  NDIS_STATUS Status;
  PNDIS_PACKET Packet;
  NdisAllocatePacket(&Status, &Packet, Binding->PacketPool);
  if (Status != NDIS_STATUS_SUCCESS)
    return;
  NdisInterlockedIncrement(&Binding->Outstanding);
  NdisSend(&Status, Binding->BindingHandle, Packet);
}

VOID PtSendComplete(NDIS_HANDLE ProtocolBindingContext, PNDIS_PACKET Packet,
                    NDIS_STATUS Status) {
  PBINDING Binding = (PBINDING)ProtocolBindingContext;
  NdisFreePacket(Packet);
  if (NdisInterlockedDecrement(&Binding->Outstanding) == 0)
    NdisSetEvent(&Binding->SendsDone);
}
