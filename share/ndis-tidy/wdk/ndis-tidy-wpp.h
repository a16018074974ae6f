/*
 * ndis-tidy-wpp.h - ndis-tidy's stand-ins for the WPP software tracing
 * macros, for drivers built with the WPP preprocessor (tracewpp), which
 * generates a NAME.tmh header per source file and the trace macros in it.
 *
 * Use it with -include ndis-tidy-wpp.h, give the driver's own trace
 * function (its vcxproj's WppTraceFunction, for example DEBUGP(LEVEL,MSG,...))
 * on the command line, and put an empty NAME.tmh for each source file in a
 * directory on the include path; see docs/wdk-free.md. Written by the
 * ndis-tidy authors; not part of the WDK.
 */
#ifndef NDIS_TIDY_WPP_H
#define NDIS_TIDY_WPP_H

#define WPP_INIT_TRACING(...) ((void)0)
#define WPP_CLEANUP(...) ((void)0)
#define WPP_RECORDER_LEVEL_FILTER(...) 0
#define WPP_DEFINE_CONTROL_GUID(Name, Guid, Bits)
#define WPP_DEFINE_BIT(Name)
#define WPP_LEVEL_ENABLED(Flags) 0
#define WPP_LEVEL_LOGGER(Flags) 0
#define WPP_FLAG_ENABLED(Flags) 0
#define WPP_FLAG_LOGGER(Flags) 0
#define WPP_LEVEL_FLAGS_ENABLED(Level, Flags) 0
#define WPP_LEVEL_FLAGS_LOGGER(Level, Flags) 0
#define WPP_GLOBALLOGGER
#define TraceEvents(...) ((void)0)
#define DoTraceMessage(...) ((void)0)

#endif /* NDIS_TIDY_WPP_H */
