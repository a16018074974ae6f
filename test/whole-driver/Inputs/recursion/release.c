#include "ndis.h"

typedef struct _QUEUE {
  PNET_BUFFER_LIST Head;
  BOOLEAN Again;
} QUEUE, *PQUEUE;

VOID ReleaseQueue(PQUEUE Queue) {
  NdisFreeNetBufferList(Queue->Head);
}
