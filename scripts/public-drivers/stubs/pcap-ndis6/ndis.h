/* Wrapper of the model's ndis.h for pcap-ndis6: adds pcap-extra.h. */
#pragma once
#include_next <ndis.h>
#include "pcap-extra.h"
