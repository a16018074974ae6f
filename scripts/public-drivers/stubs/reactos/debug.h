/* Stand-in for ReactOS's sdk/include/reactos/debug.h (not a WDK header):
   its debug-print and assertion macros only, as in a free build. */
#pragma once
#define DPRINT1(...) ((void)0)
#define DPRINT(...) ((void)0)
#define UNIMPLEMENTED ((void)0)
#define UNIMPLEMENTED_ONCE ((void)0)
#define ERR_(ch, ...) ((void)0)
#define WARN_(ch, ...) ((void)0)
#define TRACE_(ch, ...) ((void)0)
#define FIXME_(ch, ...) ((void)0)
#define ERR(...) ((void)0)
#define WARN(...) ((void)0)
#define TRACE(...) ((void)0)
#define FIXME(...) ((void)0)
#define ASSERT_IRQL_LESS_OR_EQUAL(x) ASSERT(KeGetCurrentIrql() <= (x))
#define ASSERT_IRQL_EQUAL(x) ASSERT(KeGetCurrentIrql() == (x))
#define ASSERT_IRQL_LESS(x) ASSERT(KeGetCurrentIrql() < (x))
