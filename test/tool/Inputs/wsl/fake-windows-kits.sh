#!/bin/sh
# Lays out a stand-in for a Windows drive as WSL mounts it, for
# test/tool/windows-wsl.test: ROOT/Program Files (x86)/Windows Kits/10/
# Include/10.0.22621.0/{km,km/crt,shared} holding copies of ndis-tidy's own
# header model (share/ndis-tidy/wdk; not the WDK's headers), split the way
# the kit splits its folders, and ROOT/src/Driver, a driver project.
#   fake-windows-kits.sh ROOT MODEL_DIR INPUTS_DIR DRIVER_SOURCE.c
set -eu
root=$1 model=$2 inputs=$3 source=$4
inc="$root/Program Files (x86)/Windows Kits/10/Include/10.0.22621.0"
mkdir -p "$inc/km/crt" "$inc/shared" "$root/src/Driver"
for h in "$model"/*.h; do
  case $(basename "$h") in
    stddef.h|stdarg.h|stdint.h|stdbool.h|limits.h|string.h) dir=km/crt ;;
    ntdef.h|ntstatus.h|sal.h|driverspecs.h|specstrings.h|guiddef.h|initguid.h|\
    ifdef.h|ntddndis.h|pshpack*.h|poppack.h|wmistr.h|netioapi.h) dir=shared ;;
    *) dir=km ;;
  esac
  cp "$h" "$inc/$dir/"
done
cp "$inputs"/driver.vcxproj "$inputs"/compile_commands.windows.json "$root/src/Driver/"
cp "$source" "$root/src/Driver/miniport.c"
