/* Called only from recv.c; calls log.c. */
#include "prot.h"

VOID ProtParseFrame(POPEN Open, PNET_BUFFER_LIST Nbl) {
  if (Nbl != NULL)
    ProtLogFrame(Open);
}
