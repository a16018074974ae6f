/* Wrapper of the model's fwpmk.h for pcap-ndis6: adds pcap-wfp.h. */
#pragma once
#include_next <fwpmk.h>
#include "pcap-wfp.h"
