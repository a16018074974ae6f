#include "ndis.h"

typedef struct _QUEUE {
  PNET_BUFFER_LIST Head;
  BOOLEAN Again;
} QUEUE, *PQUEUE;

VOID Forward(PQUEUE Queue);
VOID ReleaseQueue(PQUEUE Queue);

VOID Complete(PQUEUE Queue) {
  if (Queue->Again)
    Forward(Queue);
  ReleaseQueue(Queue);
}
