// The driver's own header: a prototype with its IRQL annotation.
typedef struct _ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
} ADAPTER, *PADAPTER;

_IRQL_requires_(DISPATCH_LEVEL)
VOID ProcessAtDispatch(PADAPTER Adapter);
