// RUN: %check_ndis_tidy %s 'ndis-*' %t
// RUN: %check_ndis_tidy %s 'ndis-*' %t -- -DDBG=1

// Unusual but valid C that every check must get through without crashing,
// without hanging and without saying anything: the pools here are all
// handled correctly. Recursion, gotos into loops, Duff's device, a very
// long function, deep nesting, function pointers, K&R declarations,
// variadic functions, GNU statement expressions and computed gotos.
#define NDIS60_MINIPORT 1
#include "ndis.h"

#define RB_TAG 'bRdN'

typedef struct _RB_NODE {
  struct _RB_NODE *Left;
  struct _RB_NODE *Right;
  NDIS_HANDLE NblPool;
} RB_NODE, *PRB_NODE;

typedef struct _RB_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE NblPool;
  NDIS_HANDLE NbPool;
  PRB_NODE Root;
  ULONG Flags;
  volatile LONG Busy;
  struct {
    NDIS_HANDLE NblPool;
    ULONG Depth;
  } Queues[4];
  union {
    NDIS_HANDLE Raw;
    ULONG_PTR Bits;
  } Cookie;
} RB_ADAPTER, *PRB_ADAPTER;

typedef VOID (*RB_NBL_HANDLER)(PRB_ADAPTER Adapter, PNET_BUFFER_LIST Nbl);
typedef VOID (*RB_POOL_HANDLER)(NDIS_HANDLE Pool);

static NDIS_HANDLE RbAllocateNblPool(NDIS_HANDLE NdisHandle) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;

  NdisZeroMemory(&Params, sizeof(Params));
  Params.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
  Params.Header.Revision = NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
  Params.Header.Size = NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
  Params.fAllocateNetBuffer = TRUE;
  Params.PoolTag = RB_TAG;
  return NdisAllocateNetBufferListPool(NdisHandle, &Params);
}

// ---------------------------------------------------------------------------
// Recursion: a tree of nodes each owning a pool, freed depth first; and two
// functions calling each other.

static VOID RbFreeTree(PRB_NODE Node) {
  if (Node == NULL)
    return;
  RbFreeTree(Node->Left);
  RbFreeTree(Node->Right);
  if (Node->NblPool != NULL) {
    NdisFreeNetBufferListPool(Node->NblPool);
    Node->NblPool = NULL;
  }
  NdisFreeMemory(Node, 0, 0);
}

static NDIS_STATUS RbBuildTree(PRB_ADAPTER Adapter, PRB_NODE *Slot, ULONG Depth) {
  PRB_NODE Node;
  NDIS_STATUS Status;

  if (Depth == 0) {
    *Slot = NULL;
    return NDIS_STATUS_SUCCESS;
  }
  Node = (PRB_NODE)NdisAllocateMemoryWithTagPriority(Adapter->MiniportAdapterHandle,
                                                     sizeof(RB_NODE), RB_TAG,
                                                     NormalPoolPriority);
  if (Node == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Node, sizeof(RB_NODE));
  Node->NblPool = RbAllocateNblPool(Adapter->MiniportAdapterHandle);
  if (Node->NblPool == NULL) {
    NdisFreeMemory(Node, 0, 0);
    return NDIS_STATUS_RESOURCES;
  }
  *Slot = Node;
  Status = RbBuildTree(Adapter, &Node->Left, Depth - 1);
  if (Status == NDIS_STATUS_SUCCESS)
    Status = RbBuildTree(Adapter, &Node->Right, Depth - 1);
  return Status;
}

static ULONG RbOdd(PRB_ADAPTER Adapter, ULONG N);

static ULONG RbEven(PRB_ADAPTER Adapter, ULONG N) {
  PNET_BUFFER_LIST Nbl;

  if (N == 0)
    return 1;
  Nbl = NdisAllocateNetBufferList(Adapter->NblPool, 0, 0);
  if (Nbl != NULL)
    NdisFreeNetBufferList(Nbl);
  return RbOdd(Adapter, N - 1);
}

static ULONG RbOdd(PRB_ADAPTER Adapter, ULONG N) {
  if (N == 0)
    return 0;
  return RbEven(Adapter, N - 1);
}

// ---------------------------------------------------------------------------
// Gotos into and out of loops, and Duff's device.

static VOID RbGotoIntoLoop(PRB_ADAPTER Adapter, ULONG Count) {
  PNET_BUFFER_LIST Nbl = NULL;
  ULONG i = 0;

  if (Count == 0)
    return;
  goto Inside;
  while (i < Count) {
    Nbl = NdisAllocateNetBufferList(Adapter->NblPool, 0, 0);
    if (Nbl == NULL)
      goto Out;
    NdisFreeNetBufferList(Nbl);
    Nbl = NULL;
  Inside:
    i++;
  }
Out:
  return;
}

static VOID RbDuff(PRB_ADAPTER Adapter, ULONG Count) {
  PNET_BUFFER_LIST Nbl;
  ULONG n = (Count + 3) / 4;

  if (Count == 0)
    return;
  switch (Count % 4) {
  case 0:
    do {
      Nbl = NdisAllocateNetBufferList(Adapter->NblPool, 0, 0);
      if (Nbl != NULL)
        NdisFreeNetBufferList(Nbl);
    case 3:
      Adapter->Flags++;
    case 2:
      Adapter->Flags++;
    case 1:
      Adapter->Flags++;
    } while (--n > 0);
  }
}

// A switch whose cases fall through into each other.
static ULONG RbFallthrough(PRB_ADAPTER Adapter, ULONG Level) {
  PNET_BUFFER_LIST Nbl = NULL;
  ULONG Work = 0;

  switch (Level) {
  case 3:
    Work++;
    // fall through
  case 2:
    Nbl = NdisAllocateNetBufferList(Adapter->NblPool, 0, 0);
    // fall through
  case 1:
    Work++;
    // fall through
  case 0:
    if (Nbl != NULL)
      NdisFreeNetBufferList(Nbl);
    break;
  default:
    break;
  }
  return Work;
}

// ---------------------------------------------------------------------------
// A very long function: a few hundred allocate/free pairs, each in its own
// small branchy block.

#define RB_STEP(n)                                                             \
  Nbl = NdisAllocateNetBufferList(Adapter->NblPool, 0, 0);                     \
  if (Nbl != NULL) {                                                           \
    if (Adapter->Flags & (1u << ((n) % 31)))                                   \
      Adapter->Queues[(n) % 4].Depth++;                                        \
    NdisFreeNetBufferList(Nbl);                                                \
  }
#define RB_STEP10(n)                                                           \
  RB_STEP(n##0) RB_STEP(n##1) RB_STEP(n##2) RB_STEP(n##3) RB_STEP(n##4)        \
  RB_STEP(n##5) RB_STEP(n##6) RB_STEP(n##7) RB_STEP(n##8) RB_STEP(n##9)
#define RB_STEP100(n)                                                          \
  RB_STEP10(n##0) RB_STEP10(n##1) RB_STEP10(n##2) RB_STEP10(n##3)              \
  RB_STEP10(n##4) RB_STEP10(n##5) RB_STEP10(n##6) RB_STEP10(n##7)              \
  RB_STEP10(n##8) RB_STEP10(n##9)

static VOID RbLongFunction(PRB_ADAPTER Adapter) {
  PNET_BUFFER_LIST Nbl;
  NDIS_HANDLE Pool;

  RB_STEP100(1)
  RB_STEP100(2)
  RB_STEP100(3)
  RB_STEP100(4)
  RB_STEP100(5)
  Pool = RbAllocateNblPool(Adapter->MiniportAdapterHandle);
  if (Pool != NULL)
    NdisFreeNetBufferListPool(Pool);
}

// ---------------------------------------------------------------------------
// Deep nesting: 64 nested conditions around one allocation and its free.

#define RB_NEST2(x) if (Adapter->Flags & 1u) { if (Adapter->Flags & 2u) { x } }
#define RB_NEST4(x) RB_NEST2(RB_NEST2(x))
#define RB_NEST16(x) RB_NEST4(RB_NEST4(x))
#define RB_NEST64(x) RB_NEST16(RB_NEST16(RB_NEST16(RB_NEST16(x))))

static VOID RbDeeplyNested(PRB_ADAPTER Adapter) {
  PNET_BUFFER_LIST Nbl;

  RB_NEST64(Nbl = NdisAllocateNetBufferList(Adapter->NblPool, 0, 0);
            if (Nbl != NULL) NdisFreeNetBufferList(Nbl);)
}

// Conditions nested deeply inside one expression.
static BOOLEAN RbDeepCondition(PRB_ADAPTER Adapter, NDIS_HANDLE Pool) {
  return (Pool != NULL &&
          ((Adapter->Flags & 1u) ? ((Adapter->Flags & 2u) ? ((Adapter->Flags & 4u)
                                                                 ? !(!(!(!(Pool == NULL))))
                                                                 : Pool != NULL)
                                                          : Pool == NULL)
                                 : (Pool != NULL, Pool == NULL)));
}

// ---------------------------------------------------------------------------
// Function pointers: NBLs handed to, and pools freed by, functions called
// through pointers (nothing is known about what those do).

static VOID RbConsume(PRB_ADAPTER Adapter, PNET_BUFFER_LIST Nbl) {
  UNREFERENCED_PARAMETER(Adapter);
  NdisFreeNetBufferList(Nbl);
}

static VOID RbFreePool(NDIS_HANDLE Pool) {
  NdisFreeNetBufferListPool(Pool);
}

static const RB_NBL_HANDLER RbHandlers[2] = {RbConsume, RbConsume};

static VOID RbThroughPointers(PRB_ADAPTER Adapter, ULONG Which) {
  RB_NBL_HANDLER Handler = RbHandlers[Which & 1];
  RB_POOL_HANDLER FreePool = RbFreePool;
  VOID (*DirectFree)(NDIS_HANDLE) = NdisFreeNetBufferListPool;
  NDIS_HANDLE Pool;
  PNET_BUFFER_LIST Nbl;

  Pool = RbAllocateNblPool(Adapter->MiniportAdapterHandle);
  if (Pool == NULL)
    return;
  Nbl = NdisAllocateNetBufferList(Pool, 0, 0);
  if (Nbl != NULL)
    Handler(Adapter, Nbl);
  if (Which & 2)
    FreePool(Pool);
  else if (Which & 4)
    (*DirectFree)(Pool);
  else
    NdisFreeNetBufferListPool(Pool);
}

// ---------------------------------------------------------------------------
// K&R declarations and definitions.

int RbOldStyleHelper();

static int RbOldStyleAdd(a, b)
int a;
int b;
{
  return a + b;
}

static VOID RbCallsOldStyle(PRB_ADAPTER Adapter) {
  PNET_BUFFER_LIST Nbl = NdisAllocateNetBufferList(Adapter->NblPool, 0, 0);

  if (Nbl == NULL)
    return;
  Adapter->Flags = (ULONG)RbOldStyleAdd(1, 2) + (ULONG)RbOldStyleHelper(Adapter, Nbl);
  NdisFreeNetBufferList(Nbl);
}

// ---------------------------------------------------------------------------
// Variadic functions: a trace routine with a body, and one without.

ULONG RbTraceSink(ULONG Level, PCSTR Format, __builtin_va_list Args);

static VOID RbTrace(ULONG Level, PCSTR Format, ...) {
  __builtin_va_list Args;

  __builtin_va_start(Args, Format);
  RbTraceSink(Level, Format, Args);
  __builtin_va_end(Args);
}

static VOID RbTraced(PRB_ADAPTER Adapter) {
  PNET_BUFFER_LIST Nbl = NdisAllocateNetBufferList(Adapter->NblPool, 0, 0);

  RbTrace(1, "nbl %p from %p", Nbl, Adapter->NblPool);
  DbgPrint("nbl %p\n", Nbl);
  if (Nbl != NULL)
    NdisFreeNetBufferList(Nbl);
}

// ---------------------------------------------------------------------------
// GNU extensions clang accepts in C: statement expressions, computed gotos,
// the conditional with an omitted middle operand.

static VOID RbGnuExtensions(PRB_ADAPTER Adapter, ULONG Which) {
  static void *const Targets[] = {&&First, &&Second};
  PNET_BUFFER_LIST Nbl;
  NDIS_HANDLE Pool = ({
    NDIS_HANDLE P = RbAllocateNblPool(Adapter->MiniportAdapterHandle);
    P;
  });

  if ((Pool ?: NULL) == NULL)
    return;
  goto *Targets[Which & 1];
First:
  Nbl = NdisAllocateNetBufferList(Pool, 0, 0);
  if (Nbl != NULL)
    NdisFreeNetBufferList(Nbl);
Second:
  NdisFreeNetBufferListPool(Pool);
}

// ---------------------------------------------------------------------------
// Odd spellings of the handle: through a union, an array of anonymous
// structs, `*&`, parentheses and casts.

static VOID RbOddPaths(PRB_ADAPTER Adapter) {
  ULONG i;

  for (i = 0; i < 4; i++) {
    Adapter->Queues[i].NblPool = RbAllocateNblPool(Adapter->MiniportAdapterHandle);
    if (Adapter->Queues[i].NblPool == NULL)
      break;
  }
  while (i-- > 0) {
    NdisFreeNetBufferListPool(*&((Adapter)->Queues[i]).NblPool);
    Adapter->Queues[i].NblPool = NULL;
  }
  Adapter->Cookie.Raw = (NDIS_HANDLE)(ULONG_PTR)Adapter->Cookie.Bits;
}

// ---------------------------------------------------------------------------
// The driver around it all: MiniportHaltEx waits for the busy count before
// freeing the adapter's pools.

MINIPORT_INITIALIZE RbInitializeEx;
MINIPORT_HALT RbHaltEx;

NDIS_STATUS RbInitializeEx(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters) {
  PRB_ADAPTER Adapter;
  NDIS_STATUS Status;

  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(MiniportInitParameters);
  Adapter = (PRB_ADAPTER)NdisAllocateMemoryWithTagPriority(
      MiniportAdapterHandle, sizeof(RB_ADAPTER), RB_TAG, NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(RB_ADAPTER));
  Adapter->MiniportAdapterHandle = MiniportAdapterHandle;
  Adapter->NblPool = RbAllocateNblPool(MiniportAdapterHandle);
  if (Adapter->NblPool == NULL) {
    NdisFreeMemory(Adapter, 0, 0);
    return NDIS_STATUS_RESOURCES;
  }
  Status = RbBuildTree(Adapter, &Adapter->Root, 3);
  if (Status != NDIS_STATUS_SUCCESS) {
    RbFreeTree(Adapter->Root);
    NdisFreeNetBufferListPool(Adapter->NblPool);
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
  }
  RbEven(Adapter, 4);
  RbGotoIntoLoop(Adapter, 2);
  RbDuff(Adapter, 7);
  RbFallthrough(Adapter, 2);
  RbLongFunction(Adapter);
  RbDeeplyNested(Adapter);
  RbDeepCondition(Adapter, Adapter->NblPool);
  RbThroughPointers(Adapter, 0);
  RbCallsOldStyle(Adapter);
  RbTraced(Adapter);
  RbGnuExtensions(Adapter, 0);
  RbOddPaths(Adapter);
  return NDIS_STATUS_SUCCESS;
}

VOID RbHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PRB_ADAPTER Adapter = (PRB_ADAPTER)MiniportAdapterContext;

  UNREFERENCED_PARAMETER(HaltAction);
  while (Adapter->Busy != 0)
    NdisMSleep(100);
  RbFreeTree(Adapter->Root);
  NdisFreeNetBufferListPool(Adapter->NblPool);
  NdisFreeMemory(Adapter, 0, 0);
}

int RbOldStyleHelper(a, b)
PRB_ADAPTER a;
PNET_BUFFER_LIST b;
{
  return a != NULL && b != NULL;
}

// A long `else if` chain (each one nests in the previous else) around a
// pool freed on every path: deep nesting, followed without recursion.
#define RB_ELSE_IF_8(N)                                                        \
  else if (Code == (N) + 0) Total += 1; else if (Code == (N) + 1) Total += 2; \
  else if (Code == (N) + 2) Total += 3; else if (Code == (N) + 3) Total += 4; \
  else if (Code == (N) + 4) Total += 5; else if (Code == (N) + 5) Total += 6; \
  else if (Code == (N) + 6) Total += 7; else if (Code == (N) + 7) Total += 8;
#define RB_ELSE_IF_64(N)                                                       \
  RB_ELSE_IF_8(N) RB_ELSE_IF_8(N + 8) RB_ELSE_IF_8(N + 16)                     \
  RB_ELSE_IF_8(N + 24) RB_ELSE_IF_8(N + 32) RB_ELSE_IF_8(N + 40)               \
  RB_ELSE_IF_8(N + 48) RB_ELSE_IF_8(N + 56)

ULONG RbLongElseIfChain(NDIS_HANDLE Handle, ULONG Code) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool;
  ULONG Total = 0;
  NdisZeroMemory(&Params, sizeof(Params));
  Pool = NdisAllocateNetBufferListPool(Handle, &Params);
  if (Pool == NULL)
    return 0;
  if (Code == 0)
    Total = 1;
  RB_ELSE_IF_64(1) RB_ELSE_IF_64(65) RB_ELSE_IF_64(129) RB_ELSE_IF_64(193)
  else
    Total = 0;
  NdisFreeNetBufferListPool(Pool);
  return Total;
}
