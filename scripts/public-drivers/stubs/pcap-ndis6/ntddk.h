/* Wrapper of the model's ntddk.h for pcap-ndis6: adds pcap-extra.h. */
#pragma once
#include_next <ntddk.h>
#include "pcap-extra.h"
