/* Reads the registry: PASSIVE_LEVEL only. */
#include "driver.h"

NDIS_STATUS ReadConfiguration(PADAPTER Adapter) {
  NDIS_HANDLE Config;
  NDIS_CONFIGURATION_OBJECT Object;
  Object.NdisHandle = Adapter->AdapterHandle;
  return NdisOpenConfigurationEx(&Object, &Config);
}
