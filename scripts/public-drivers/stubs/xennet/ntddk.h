/* Wrapper of the model's ntddk.h for win-xennet: adds xennet-extra.h. */
#pragma once
#include_next <ntddk.h>
#include "xennet-extra.h"
