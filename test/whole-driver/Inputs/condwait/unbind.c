#include "prot.h"

VOID PtSendComplete(NDIS_HANDLE ProtocolBindingContext, PNDIS_PACKET Packet,
                    NDIS_STATUS Status);

VOID PtBind(PNDIS_STATUS Status, NDIS_HANDLE BindContext, PNDIS_STRING DeviceName,
            PVOID SystemSpecific1, PVOID SystemSpecific2) {
  PBINDING Binding;
  *Status = NdisAllocateMemoryWithTag((PVOID *)&Binding, sizeof(BINDING), 'dniB');
  if (*Status != NDIS_STATUS_SUCCESS)
    return;
  NdisInitializeEvent(&Binding->SendsDone);
  NdisAllocatePacketPool(Status, &Binding->PacketPool, 32, 16);
}

VOID PtUnbind(PNDIS_STATUS Status, NDIS_HANDLE ProtocolBindingContext,
              NDIS_HANDLE UnbindContext) {
  PBINDING Binding = (PBINDING)ProtocolBindingContext;
#if defined(CORRECT)
  PtQuiesce(Binding, TRUE);
#elif defined(CORRECT_BY_VALUE)
  PtDrain(Binding, PT_WHY_UNBIND);
#else
  PtQuiesce(Binding, FALSE);
  PtDrain(Binding, PT_WHY_RESET);
#endif
  NdisFreePacketPool(Binding->PacketPool);
  NdisFreeMemory(Binding, sizeof(BINDING), 0);
}

VOID PtRegister(void) {
  NDIS_STATUS Status;
  NDIS_PROTOCOL_CHARACTERISTICS Chars;
  NDIS_HANDLE Handle;
  NdisZeroMemory(&Chars, sizeof(Chars));
  Chars.BindAdapterHandler = PtBind;
  Chars.UnbindAdapterHandler = PtUnbind;
  Chars.SendCompleteHandler = PtSendComplete;
  NdisRegisterProtocol(&Status, &Handle, &Chars, sizeof(Chars));
}
