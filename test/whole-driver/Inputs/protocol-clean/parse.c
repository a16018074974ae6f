/* Called only from unbind.c, at PASSIVE_LEVEL; calls log.c. */
#include "prot.h"

VOID ProtParseFrame(POPEN Open, PNET_BUFFER_LIST Nbl) {
  ProtLogFrame(Open);
}
