/* Stub of the kit's fltkernel.h for wireguard-nt, which includes it only
   for what ntifs.h declares: declarations only. */
#pragma once
#include <ntifs.h>
