/* Wrapper of the model's fwpsk.h for pcap-ndis6: adds pcap-wfp.h. */
#pragma once
#include_next <fwpsk.h>
#include "pcap-wfp.h"
