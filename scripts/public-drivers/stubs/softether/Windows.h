/* Stub of the user-mode Windows.h for SoftEther's SeLowCommon.h (shared by
   its user-mode code and SeLow): a kernel-mode build needs nothing from it. */
#pragma once
