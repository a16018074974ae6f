/* Called only from recv.c (from unbind.c, at PASSIVE_LEVEL, with CORRECT
   defined); calls log.c. */
#include "prot.h"

VOID ProtParseFrame(POPEN Open, PNET_BUFFER_LIST Nbl) {
#ifndef CORRECT
  if (Nbl != NULL)
    ProtLogFrame(Open);
#else /* CORRECT */
  ProtLogFrame(Open);
#endif /* CORRECT */
}
