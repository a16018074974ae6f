#!/bin/bash
# Extracts the public drivers' trees from the fetch mirrors into $CORPUS/src/<driver> (CORPUS: /work/scratch by default).
set -euo pipefail
M=${MIRRORS:-/work/.mirror}
S=${CORPUS:-/work/scratch}/src
ex() { # ex DRIVER GITDIR COMMIT PATH...   (paths kept relative to the repo root)
  local d=$1 g=$2 c=$3; shift 3
  rm -rf "$S/$d"; mkdir -p "$S/$d"
  git --git-dir="$M/$g/repo" archive "$c" "$@" | tar -x -C "$S/$d"
}
WDS=26a27df8
ex netvmini  microsoft+Windows-driver-samples $WDS network/ndis/netvmini
ex ndisprot  microsoft+Windows-driver-samples $WDS network/ndis/ndisprot
ex filter    microsoft+Windows-driver-samples $WDS network/ndis/filter
ex mux       microsoft+Windows-driver-samples $WDS network/ndis/mux/driver
ex extension microsoft+Windows-driver-samples $WDS network/ndis/extension
ex tap-windows6 OpenVPN+tap-windows6 0cad866 src version.m4
ex wintun    WireGuard+wintun ec0a6b9 driver wintun.props
ex npcap     nmap+npcap eb5b852 packetWin7/npf/npf Common version.h
# last commit before "datapath-windows: Remove." (232a254fa)
OVS=9426c2117e82dab689122c6166e31480882d3043
ex ovs       openvswitch+ovs $OVS datapath-windows include/linux/openvswitch.h build-aux/extract-odp-netlink-windows-dp-h
RO=ef136fa8
ex pcnet     Aglay+Kernel $RO drivers/network/dd/pcnet
ex rtl8139   Aglay+Kernel $RO drivers/network/dd/rtl8139
ex ne2000    Aglay+Kernel $RO drivers/network/dd/ne2000
ex ndisuio   Aglay+Kernel $RO drivers/network/ndisuio sdk/include/reactos/drivers/ndisuio
ex lan       Aglay+Kernel $RO drivers/network/lan

# The ten drivers of docs/wdk-free.md "Ten drivers measured for the first
# time" (the docs name no commits: the mirrors' newest, recorded here).
[ "${EXTRA:-1}" = 1 ] || exit 0
ex x-softether SoftEtherVPN+SoftEtherVPN cf559617 src/SeLow src/Neo6 src/Neo src/GlobalConst.h
ex x-zt-tap6   zerotier+ZeroTierOne 36b4659f7 windows/TapDriver6
ex x-xennet    xcp-ng+win-xennet cea8572 include src/xennet vs2022/xennet
ex x-pcap-ndis6 SageAxcess+pcap-ndis6 77c9f02 src/driver src/shared driver_version.h version.h
ex x-b2ether   cebix+macemu 96e512bd BasiliskII/src/Windows/b2ether
ex x-tap-windows OpenVPN+tap-windows 8abebae src version.m4
ex x-winpcap   wireshark+winpcap 267327e packetNtx/driver Common version.h
ex x-wireguard-nt WireGuard+wireguard-nt 6a7e4dc driver wireguard-nt.props
