/* Wrapper of the model's ndis.h for win-xennet: adds xennet-extra.h. */
#pragma once
#include_next <ndis.h>
#include "xennet-extra.h"
