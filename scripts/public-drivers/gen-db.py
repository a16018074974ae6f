#!/usr/bin/env python3
"""Writes one compile_commands.json per public driver (verify.sh's input).

    gen-db.py WDK_MODEL_DIR [DRIVER...]

Sources: $CORPUS/src/<driver> (extract.sh). Databases:
$CORPUS/db/<driver>/compile_commands.json. Files a driver's build
generates (WPP .tmh, tap-windows6's config.h, ovs's OvsDpInterface.h, case
links) go to $CORPUS/gen/<driver>; stubs (declarations and macros
only) are in stubs/ (beside this script). Defines are the ones docs/wdk-free.md
gives (taken from each project's .vcxproj or CMakeLists.txt).
"""
import json
import os
import re
import subprocess
import sys

CORPUS = os.environ.get("CORPUS", "/work/scratch")
SRC = os.path.join(CORPUS, "src")
GEN = os.path.join(CORPUS, "gen")
DB = os.path.join(CORPUS, "db")
STUBS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "stubs")

COMMON = ["-x", "c", "--target=x86_64-pc-windows-msvc",
          "-Wno-error=incompatible-function-pointer-types",
          "-Wno-error=int-conversion",
          "-Wno-error=incompatible-pointer-types"]  # LLVM 22 (docs/wdk-free.md)

WDS = "network/ndis"


def D(*names):
    return ["-D" + (n if "=" in n else n + "=1") for n in names]


def wpp_tmh(driver, srcdir, files):
    d = os.path.join(GEN, driver, "tmh")
    os.makedirs(d, exist_ok=True)
    for f in files:
        base = os.path.splitext(os.path.basename(f))[0]
        open(os.path.join(d, base + ".tmh"), "w").close()
    return d


def tap_config(driver, srcdir):
    """config.h from config.h.in with version.m4's values, as the build does."""
    vals = {}
    for line in open(os.path.join(SRC, driver, "version.m4")):
        line = line.strip()
        if line.startswith("define([") and "], [" in line:
            k, v = line[len("define(["):].split("], [", 1)
            vals[k] = v.rsplit("])", 1)[0]
    d = os.path.join(GEN, driver, "config")
    os.makedirs(d, exist_ok=True)
    text = open(os.path.join(srcdir, "config.h.in")).read()
    for k, v in vals.items():
        text = text.replace("@" + k + "@", v)
    with open(os.path.join(d, "config.h"), "w") as f:
        f.write(text)
    return d, vals


def ovs_generated(driver):
    """OvsDpInterface.h made with the build's sed script; case links."""
    root = os.path.join(SRC, driver)
    g = os.path.join(GEN, driver)
    os.makedirs(os.path.join(g, "include"), exist_ok=True)
    os.makedirs(os.path.join(g, "a", "b"), exist_ok=True)
    out = subprocess.run(
        ["sed", "-f", os.path.join(root, "build-aux/extract-odp-netlink-windows-dp-h"),
         os.path.join(root, "include/linux/openvswitch.h")],
        check=True, capture_output=True, text=True).stdout
    with open(os.path.join(g, "include", "OvsDpInterface.h"), "w") as f:
        f.write(out)
    case = os.path.join(g, "case")
    os.makedirs(case, exist_ok=True)
    ovsext = os.path.join(root, "datapath-windows/ovsext")
    for link, real in (("VxLan.h", "Vxlan.h"), ("jhash.h", "Jhash.h"),
                       ("util.h", "Util.h")):
        p = os.path.join(case, link)
        if os.path.lexists(p):
            os.remove(p)
        os.symlink(os.path.join(ovsext, real), p)
    return g


def case_links(driver, pairs):
    """Links with the #include spellings to the files (Windows does not
    mind the case, Linux does), in $CORPUS/gen/<driver>/case."""
    case = os.path.join(GEN, driver, "case")
    os.makedirs(case, exist_ok=True)
    for link, real in pairs:
        p = os.path.join(case, link)
        if os.path.lexists(p):
            os.remove(p)
        os.symlink(real, p)
    return case


def drivers(W):
    """name -> (project dir, [files relative to it], [flags])"""
    M = ["-isystem", W]
    out = {}

    p = os.path.join(SRC, "netvmini", WDS, "netvmini/6x")
    files = "adapter.c ctrlpath.c datapath.c miniport.c mphal.c qos.c tcbrcb.c vmq.c".split()
    tmh = wpp_tmh("netvmini", p, files)
    out["netvmini"] = (p, files, M + D("NDIS_MINIPORT_DRIVER", "NDIS630_MINIPORT", "NDIS_WDM")
                       + ["-I" + p, "-I" + tmh, "-include", "ndis-tidy-wpp.h",
                          "-DDEBUGP(LEVEL,...)=((void)0)"])

    p = os.path.join(SRC, "ndisprot", WDS, "ndisprot/6x/sys")
    out["ndisprot"] = (p, "debug.c excallbk.c ndisbind.c ntdisp.c recv.c send.c".split(),
                       M + D("NDIS630", "NDIS_WDM") + ["-I" + p])

    p = os.path.join(SRC, "filter", WDS, "filter")
    out["filter"] = (p, "device.c filter.c flt_dbg.c precompsrc.c".split(),
                     M + D("NDIS630", "NDIS_WDM", "NDISLWF") + ["-I" + p])

    p = os.path.join(SRC, "mux", WDS, "mux/driver/60")
    # novlan/mux.vcxproj, x64: NDIS60 and NDIS60_MINIPORT
    out["mux"] = (p, "mux.c miniport.c protocol.c".split(),
                  M + D("NDIS_MINIPORT_DRIVER", "NDIS60_MINIPORT", "NDIS60", "NDIS_WDM") + ["-I" + p])

    p = os.path.join(SRC, "extension", WDS, "extension")
    out["extension"] = (p, ["base/SxBase.c", "base/SxLibrary.c", "base/precompsrc.c",
                            "samples/forward/MsForwardExt.c", "samples/forward/precompsrc.c"],
                        M + D("NDIS630", "NDIS_WDM", "NDIS60") + ["-I" + p + "/base"])

    p = os.path.join(SRC, "tap-windows6", "src")
    cfg, v = tap_config("tap-windows6", p)
    out["tap-windows6"] = (p, "adapter.c device.c dhcp.c error.c macinfo.c mem.c oidrequest.c rxpath.c tapdrvr.c txpath.c".split(),
                           M + D("NDIS_MINIPORT_DRIVER", "NDIS620_MINIPORT", "NDIS630_MINIPORT", "NDIS_WDM",
                                 "TAP_DRIVER_MAJOR_VERSION=" + v["PRODUCT_TAP_WIN_MAJOR"],
                                 "TAP_DRIVER_MINOR_VERSION=" + v["PRODUCT_TAP_WIN_MINOR"])
                           + ["-I" + p, "-I" + cfg])

    p = os.path.join(SRC, "wintun", "driver")
    props = open(os.path.join(SRC, "wintun", "wintun.props")).read()
    ver = {k: re.search("<WintunVersion%s>([^<]*)<" % k, props).group(1) for k in ("Maj", "Min", "Rel")}
    out["wintun"] = (p, ["wintun.c"],
                     M + D("NDIS_MINIPORT_DRIVER", "NDIS620_MINIPORT", "NDIS683_MINIPORT", "NDIS_WDM",
                           "POOL_NX_OPTIN",
                           # wintun.props, as its build passes them
                           "WINTUN_VERSION_MAJ=" + ver["Maj"], "WINTUN_VERSION_MIN=" + ver["Min"],
                           "WINTUN_VERSION_REL=" + ver["Rel"],
                           'WINTUN_VERSION="%s.%s.%s"' % (ver["Maj"], ver["Min"], ver["Rel"]))
                     + ["-I" + p])

    p = os.path.join(SRC, "npcap", "packetWin7/npf/npf")
    out["npcap"] = (p, "Loopback.c Openclos.c Packet.c Read.c Write.c win_bpf_filter.c".split(),
                    M + D("NDIS630", "NDIS_WDM", "HAVE_WFP_LOOPBACK_SUPPORT", "HAVE_RX_SUPPORT",
                          "HAVE_DOT11_SUPPORT", "NTDDI_VERSION=0x06020000") + ["-I" + p])

    g = ovs_generated("ovs")
    p = os.path.join(SRC, "ovs", "datapath-windows/ovsext")
    proj = open(os.path.join(p, "ovsext.vcxproj")).read() if os.path.exists(os.path.join(p, "ovsext.vcxproj")) else ""
    files = re.findall(r'<ClCompile Include="([^"]+\.c)"', proj) or sorted(
        f for f in os.listdir(p) if f.endswith(".c"))
    files = [f.replace("\\", "/") for f in files]
    # The documented measurements (docs/whole-driver.md: 34 files, 31
    # summaries) are of ovsext/*.c: the project's files but Netlink/Netlink.c
    # and Netlink/NetlinkBuf.c. OVS_NETLINK=1 adds those two.
    if os.environ.get("OVS_NETLINK") != "1":
        files = [f for f in files if "/" not in f]
    out["ovs"] = (p, files,
                  M + D("NDIS630", "NDIS_WDM", "NDIS_MINIPORT_DRIVER", "NDIS630_MINIPORT")
                  + ["-I" + p, "-I" + os.path.join(SRC, "ovs"), "-I" + g + "/case",
                     "-I" + g + "/a", "-I" + g + "/a/b"])

    R = ["-I" + STUBS + "/reactos"]
    p = os.path.join(SRC, "pcnet", "drivers/network/dd/pcnet")
    out["pcnet"] = (p, ["pcnet.c", "requests.c"],
                    M + D("NDIS50_MINIPORT", "NDIS_MINIPORT_DRIVER", "NDIS_LEGACY_MINIPORT",
                          "NDIS51_MINIPORT") + ["-I" + p] + R)
    p = os.path.join(SRC, "rtl8139", "drivers/network/dd/rtl8139")
    out["rtl8139"] = (p, "ndis.c hardware.c info.c interrupt.c".split(),
                      M + D("NDIS50_MINIPORT", "NDIS_MINIPORT_DRIVER", "NDIS_LEGACY_MINIPORT")
                      + ["-I" + p] + R)
    p = os.path.join(SRC, "ne2000", "drivers/network/dd/ne2000")
    out["ne2000"] = (p, ["ne2000/8390.c", "ne2000/main.c"],
                     M + D("NDIS50_MINIPORT", "NDIS_MINIPORT_DRIVER") + ["-I" + p + "/include"] + R)
    p = os.path.join(SRC, "ndisuio", "drivers/network/ndisuio")
    out["ndisuio"] = (p, "createclose.c ioctl.c main.c misc.c protocol.c readwrite.c".split(),
                      M + D("NDIS50", "_NTDRIVER_")
                      + ["-I" + p, "-I" + os.path.join(SRC, "ndisuio", "sdk/include/reactos/drivers/ndisuio")] + R)
    p = os.path.join(SRC, "lan", "drivers/network/lan")
    out["lan"] = (p, ["lan/lan.c", "lan/routines.c"],
                  M + D("NDIS50") + ["-I" + p + "/include"] + R)

    # --- the ten drivers of docs/wdk-free.md "Ten drivers measured for the
    # first time"; what the model lacks is stubbed (declarations and macros
    # only) in stubs/ (beside this script)/<driver>.
    def X(name):
        return os.path.join(SRC, "x-" + name)

    def S(name):
        # Kit and CRT stand-ins are system headers, as the kit's are: a
        # function they declare is not the driver's (defined in another file).
        return ["-isystem", os.path.join(STUBS, name), "-isystem", os.path.join(STUBS, "crt")]

    se = X("softether") + "/src"
    out["x-selow"] = (se + "/SeLow", ["SeLow.c"],
                      M + D("WIN32", "NDEBUG", "_WINDOWS", "_USRDLL", "VPN_SPEED", "CPU_64")
                      + S("softether") + ["-I" + se + "/SeLow", "-I" + se])
    out["x-neo6"] = (se + "/Neo6", ["NDIS6.c", "Neo6.c"],
                     M + D("WIN32", "NDEBUG", "_WINDOWS", "_USRDLL", "NEO_EXPORTS", "VPN_SPEED", "CPU_64")
                     + S("softether") + ["-I" + se + "/Neo6", "-I" + se])
    out["x-neo"] = (se + "/Neo", ["NDIS5.c", "Neo.c"],
                    M + D("WIN32", "NDEBUG", "_WINDOWS", "_USRDLL", "NEO_EXPORTS", "VPN_SPEED", "CPU_64")
                    + S("softether") + ["-I" + se + "/Neo", "-I" + se])

    p = X("zt-tap6") + "/windows/TapDriver6"
    out["x-zt-tap6"] = (p, "adapter.c device.c error.c macinfo.c mem.c oidrequest.c rxpath.c tapdrvr.c txpath.c".split(),
                        M + D("NDIS_MINIPORT_DRIVER", "NDIS620_MINIPORT", "NDIS630_MINIPORT", "NDIS_WDM",
                              "TAP_DRIVER_MAJOR_VERSION=3", "TAP_DRIVER_MINOR_VERSION=0") + ["-I" + p])

    p = X("xennet")
    out["x-xennet"] = (p + "/src/xennet", "adapter.c driver.c miniport.c receiver.c string.c transmitter.c".split(),
                       M + D("PROJECT=xennet", "NDIS_MINIPORT_DRIVER", "NDIS_WDM", "NDIS630_MINIPORT",
                             "NDIS660_MINIPORT", "NDIS685_MINIPORT", "POOL_NX_OPTIN", "NT_PROCESSOR_GROUPS",
                             "__x86_64__")
                       # its XENVIF_VIF macro pastes '->' to a name, which MSVC takes
                       + ["-Wno-error=invalid-token-paste"]
                       + S("xennet") + ["-I" + p + "/src/xennet", "-I" + p + "/include", "-I" + p + "/include/xen"])

    p = X("pcap-ndis6") + "/src/driver"
    out["x-pcap-ndis6"] = (p, sorted(f for f in os.listdir(p) if f.endswith(".c")),
                           M + D("NDIS_WDM", "NDISLWF", "NDIS630", "WIN_NT_DRIVER", "POOL_NX_OPTIN") + S("pcap-ndis6") + ["-I" + p, "-I" + p + "/.."])

    p = X("b2ether") + "/BasiliskII/src/Windows/b2ether"
    case = case_links("x-b2ether", [("ntddpack.h", p + "/nt5/NTDDPACK.H")])
    out["x-b2ether"] = (p + "/nt5", "b2ether.c b2ether_openclose.c b2ether_read.c b2ether_write.c".split(),
                        M + D("NDIS50") + S("b2ether") + S("ndis5") + ["-I" + case, "-I" + p + "/nt5", "-I" + p + "/inc", "-I" + p])

    p = X("tap-windows") + "/src"
    cfg, v = tap_config("x-tap-windows", p)
    out["x-tap-windows"] = (p, ["tapdrvr.c"],
                            M + D("NDIS_MINIPORT_DRIVER", "NDIS50_MINIPORT",
                                  "TAP_DRIVER_MAJOR_VERSION=" + v["PRODUCT_TAP_WIN_MAJOR"],
                                  "TAP_DRIVER_MINOR_VERSION=" + v["PRODUCT_TAP_WIN_MINOR"])
                            + S("tap-windows") + S("ndis5") + ["-I" + p, "-I" + cfg])

    p = X("winpcap") + "/packetNtx/driver"
    case = case_links("x-winpcap", [(f.lower(), p + "/" + f) for f in sorted(os.listdir(p))
                                    if f.lower() != f and f.lower().endswith(".h")])
    out["x-winpcap"] = (p, "Packet.c Openclos.c Read.c Write.c dump.c win_bpf_filter.c".split(),
                        M + D("WIN_NT_DRIVER", "WIN32_EXT", "NDIS50") + S("winpcap") + S("ndis5") + ["-I" + case]
                        + ["-I" + p, "-I" + X("winpcap") + "/Common"])

    p = X("wireguard-nt") + "/driver"
    files = re.findall(r'<ClCompile Include="([^"]+\.c)"', open(p + "/driver.vcxproj").read())
    files = [f for f in files if not f.startswith("selftest")]
    out["x-wireguard-nt"] = (p, files,
                             M + D("NDIS_MINIPORT_DRIVER", "NDIS650_MINIPORT", "NDIS689_MINIPORT", "NDIS_WDM",
                                   "POOL_ZERO_DOWN_LEVEL_SUPPORT", "POOL_NX_OPTIN", "_KERNEL_MODE",
                                   # wireguard-nt.props, as its build passes them
                                   *["WIREGUARD_VERSION_%s=%s" % (k.upper(), re.search(
                                       "<WireGuardVersion%s>([^<]*)<" % k, open(X("wireguard-nt") + "/wireguard-nt.props").read()).group(1))
                                     for k in ("Maj", "Min", "Rel")])
                             + S("wireguard-nt") + ["-I" + p])
    return out


ORDER = ["netvmini", "ndisprot", "filter", "mux", "extension", "tap-windows6",
         "wintun", "npcap", "ovs", "pcnet", "rtl8139", "ne2000", "ndisuio", "lan"]
EXTRA = ["x-selow", "x-neo6", "x-neo", "x-zt-tap6", "x-xennet", "x-pcap-ndis6", "x-b2ether",
         "x-tap-windows", "x-winpcap", "x-wireguard-nt"]


def stubs_first(args):
    """-isystem STUBS/... before the model's -isystem, so #include_next works."""
    front, rest, i = [], [], 0
    while i < len(args):
        if args[i] == "-isystem" and i + 1 < len(args) and args[i + 1].startswith(STUBS):
            front += args[i:i + 2]; i += 2
        else:
            rest.append(args[i]); i += 1
    return front + rest


def main():
    W = os.path.abspath(sys.argv[1])
    want = sys.argv[2:] or ORDER
    all_ = drivers(W)
    for name in want:
        d, files, flags = all_[name]
        entries = []
        for f in files:
            path = os.path.join(d, f)
            assert os.path.exists(path), path
            entries.append({"directory": os.path.dirname(path),
                            "file": path,
                            "arguments": ["clang"] + stubs_first(COMMON + flags) + ["-c", path]})
        o = os.path.join(DB, name)
        os.makedirs(o, exist_ok=True)
        with open(os.path.join(o, "compile_commands.json"), "w") as fh:
            json.dump(entries, fh, indent=1)
            fh.write("\n")


if __name__ == "__main__":
    main()
