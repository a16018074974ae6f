#!/usr/bin/env python3
"""Writes a compile_commands.json for ndis-tidy on Linux (or WSL) from an
MSBuild driver: either a compile_commands.json recorded on Windows (cl.exe
command lines with Windows paths, e.g. from an MSBuild compile-commands
logger) or the driver's .vcxproj itself.

  msbuild-compile-commands.py IN.json OUT.json [options]
  msbuild-compile-commands.py DRIVER.vcxproj OUT.json [options]

  --map WINDOWS_PREFIX=LINUX_PREFIX   move paths under a Windows prefix
        (matched case-insensitively, with '\\' or '/'); e.g. for WSL
        --map 'C:\\=/mnt/c/'. May be repeated; the longest prefix wins.
  --extra ARG      add ARG before the "--" (e.g. --extra=/WX-).
  --imsvc DIR      add a system include folder (/imsvc DIR), e.g. the
                   header model <prefix>/share/ndis-tidy/wdk.
  --wdk-include DIR  the kit's Include/<version> folder: adds its km/crt,
                   km and shared folders as system include folders.
  --configuration NAME, --platform NAME   which configuration of a
                   .vcxproj to read (default Release, x64).

Each entry becomes one clang-cl command for its own source file: backslashes
become '/', the other source files of a batched cl.exe call are dropped,
and the source file comes last, after "--" (clang-cl would read a Linux
path such as /Users/x.c as the option /U).

From a .vcxproj it takes the ClCompile items and the AdditionalInclude-
Directories and PreprocessorDefinitions of the chosen configuration, and
adds what the WDK's build adds for the platform (_WIN64, _AMD64_, AMD64 on
x64) and, for a driver project, _KERNEL_MODE=1. The WDK's own include
folders are not in a .vcxproj: pass --wdk-include or --imsvc. A recorded
build is the more faithful source (it holds every define the kit's targets
add); the .vcxproj route needs no Windows machine.
"""
import argparse
import json
import ntpath
import os
import re
import sys
import xml.etree.ElementTree as ET

SOURCE_EXTENSIONS = (".c", ".cc", ".cpp", ".cxx")
# cl.exe options whose value may be the next argument.
SEPARATE_VALUE = {"D", "I", "U", "FI", "FU", "imsvc", "external:I"}
# What the WDK's MSBuild targets define per platform, as far as we know
# (docs/wdk-free.md, "Using a real WDK instead").
PLATFORM_DEFINES = {
    "x64": ["_WIN64", "_AMD64_", "AMD64"],
    "arm64": ["_WIN64", "_ARM64_", "ARM64"],
    "win32": ["_X86_=1", "i386=1"],
}


def split_windows(command):
    """Splits a command line as Windows programs do (CommandLineToArgvW)."""
    args, cur, in_arg, quoted, i = [], [], False, False, 0
    while i < len(command):
        c = command[i]
        if c == "\\":
            n = 0
            while i < len(command) and command[i] == "\\":
                n += 1
                i += 1
            if i < len(command) and command[i] == '"':
                cur.append("\\" * (n // 2))
                if n % 2:
                    cur.append('"')
                    i += 1
            else:
                cur.append("\\" * n)
            in_arg = True
            continue
        if c == '"':
            quoted = not quoted
            in_arg = True
        elif c in " \t" and not quoted:
            if in_arg:
                args.append("".join(cur))
                cur, in_arg = [], False
        else:
            cur.append(c)
            in_arg = True
        i += 1
    if in_arg:
        args.append("".join(cur))
    return args


class PathMap:
    def __init__(self, maps):
        self.maps = []
        for m in maps:
            win, sep, linux = m.partition("=")
            if not sep:
                sys.exit("error: --map needs WINDOWS_PREFIX=LINUX_PREFIX: " + m)
            key = win.replace("\\", "/").rstrip("/").lower()
            self.maps.append((key, linux.rstrip("/")))
        self.maps.sort(key=lambda m: -len(m[0]))  # longest prefix first

    def __call__(self, text):
        """Text with every mapped prefix replaced and '\\' made '/'."""
        text = text.replace("\\", "/")
        low = text.lower()
        for key, linux in self.maps:
            start = low.find(key)
            while start != -1:
                end = start + len(key)
                if end == len(text) or text[end] == "/":
                    text = text[:start] + linux + text[end:]
                    low = text.lower()
                    start = low.find(key, start + len(linux))
                else:
                    start = low.find(key, end)
        return text


def is_source(arg):
    return arg.lower().endswith(SOURCE_EXTENSIONS)


def convert(entry, path_map, extra):
    """One recorded cl.exe entry as a clang-cl command for Linux."""
    directory = entry["directory"]
    args = entry.get("arguments") or split_windows(entry["command"])
    source = entry["file"]
    if not ntpath.isabs(source):
        source = ntpath.join(directory, source)
    out, i = ["clang-cl"], 1
    while i < len(args):
        arg = args[i]
        option = arg[1:] if arg[:1] in "/-" else None
        if option in SEPARATE_VALUE and i + 1 < len(args):
            value = args[i + 1]
            out += [arg, value if option == "D" else path_map(value)]
            i += 2
            continue
        if option is None and is_source(arg):
            i += 1  # this entry's file goes last; batched others are dropped
            continue
        if option is not None and option[:1] in ("D", "U"):
            out.append(arg)  # a define keeps its backslashes
        else:
            out.append(path_map(arg))
        i += 1
    out += extra + ["--", path_map(source)]
    return {"directory": path_map(directory), "file": path_map(source),
            "arguments": out}


# --- .vcxproj ----------------------------------------------------------------
MSBUILD_NS = "{http://schemas.microsoft.com/developer/msbuild/2003}"
PROPERTY_REF = re.compile(r"\$\(([A-Za-z_][A-Za-z0-9_.]*)\)")


def local(tag):
    return tag[len(MSBUILD_NS):] if tag.startswith(MSBUILD_NS) else tag


def condition_holds(element, properties):
    """True for no condition or a "'$(A)|$(B)'=='x|y'" test that matches;
    other conditions are not evaluated and count as false."""
    cond = element.get("Condition")
    if cond is None:
        return True
    m = re.fullmatch(r"\s*'([^']*)'\s*==\s*'([^']*)'\s*", cond)
    if not m:
        return False
    left = PROPERTY_REF.sub(lambda p: properties.get(p.group(1), ""), m.group(1))
    return left.lower() == m.group(2).lower()


def expand(value, properties, project):
    """value with $(Name) replaced; None if it names an unknown property."""
    unknown = []

    def one(m):
        if m.group(1) in properties:
            return properties[m.group(1)]
        unknown.append(m.group(1))
        return ""

    text = PROPERTY_REF.sub(one, value)
    if unknown:
        print("%s: skipped '%s': unknown property $(%s)"
              % (project, value, unknown[0]), file=sys.stderr)
        return None
    return text


def split_list(value):
    """An MSBuild list ("a;b;%(AdditionalIncludeDirectories)") without the
    inherited %(...) reference and empty items."""
    return [v.strip() for v in value.split(";")
            if v.strip() and not v.strip().startswith("%(")]


def read_vcxproj(path, configuration, platform):
    """(compile entries, Windows-style) of a .vcxproj: {"directory", "file",
    "arguments"} with the project's own paths made absolute."""
    project = os.path.abspath(path)
    project_dir = os.path.dirname(project)
    windows_dir = project_dir.replace("/", "\\") + "\\"
    properties = {
        "Configuration": configuration, "Platform": platform,
        "ProjectDir": windows_dir, "MSBuildProjectDirectory": windows_dir[:-1],
        "MSBuildThisFileDirectory": windows_dir,
        "ProjectName": os.path.splitext(os.path.basename(project))[0],
        "TargetName": os.path.splitext(os.path.basename(project))[0],
    }
    try:
        root = ET.parse(project).getroot()
    except (OSError, ET.ParseError) as e:
        sys.exit("error: %s: %s" % (path, e))
    includes, defines, sources, driver = [], [], [], False
    for group in root:
        if not condition_holds(group, properties):
            continue
        tag = local(group.tag)
        if tag == "PropertyGroup":
            for prop in group:
                if condition_holds(prop, properties) and prop.text:
                    properties.setdefault(local(prop.tag), prop.text.strip())
                    if local(prop.tag) in ("ConfigurationType", "DriverType"):
                        driver |= prop.text.strip().lower() in ("driver", "kmdf", "wdm", "miniport")
        elif tag == "ItemDefinitionGroup":
            for item in group:
                if local(item.tag) != "ClCompile" or not condition_holds(item, properties):
                    continue
                for setting in item:
                    if not condition_holds(setting, properties) or not setting.text:
                        continue
                    name = local(setting.tag)
                    if name == "AdditionalIncludeDirectories":
                        includes += split_list(setting.text)
                    elif name == "PreprocessorDefinitions":
                        defines += split_list(setting.text)
        elif tag == "ItemGroup":
            for item in group:
                if local(item.tag) == "ClCompile" and item.get("Include") \
                        and condition_holds(item, properties):
                    excluded = [e for e in item if local(e.tag) == "ExcludedFromBuild"
                                and condition_holds(e, properties)
                                and (e.text or "").strip().lower() == "true"]
                    if not excluded:
                        sources.append(item.get("Include"))
    if not sources:
        sys.exit("error: %s: no ClCompile items for %s|%s"
                 % (path, configuration, platform))
    args = ["clang-cl", "/c"]
    for d in PLATFORM_DEFINES.get(platform.lower(), []):
        args += ["/D", d]
    if driver:
        args += ["/D", "_KERNEL_MODE=1"]
    for d in defines:
        d = expand(d, properties, path)
        if d is not None:
            args += ["/D", d]
    for inc in includes:
        inc = expand(inc, properties, path)
        if inc is not None:
            args += ["/I", inc if ntpath.isabs(inc) or inc.startswith("/")
                     else ntpath.join(windows_dir, inc)]
    entries = []
    for src in sources:
        src = expand(src, properties, path)
        if src is None:
            continue
        full = src if ntpath.isabs(src) or src.startswith("/") else ntpath.join(windows_dir, src)
        entries.append({"directory": windows_dir[:-1], "file": full,
                        "arguments": args + [full]})
    return entries


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n".join(__doc__.split("\n")[1:]))
    parser.add_argument("input", help="a recorded compile_commands.json or a .vcxproj")
    parser.add_argument("output")
    parser.add_argument("--map", action="append", default=[])
    parser.add_argument("--extra", action="append", default=[])
    parser.add_argument("--imsvc", action="append", default=[])
    parser.add_argument("--wdk-include", action="append", default=[])
    parser.add_argument("--configuration", default="Release")
    parser.add_argument("--platform", default="x64")
    args = parser.parse_args()
    if args.input.lower().endswith(".vcxproj"):
        entries = read_vcxproj(args.input, args.configuration, args.platform)
    else:
        try:
            with open(args.input, encoding="utf-8-sig") as f:
                entries = json.load(f)
        except (OSError, ValueError) as e:
            sys.exit("error: %s: %s" % (args.input, e))
    path_map = PathMap(args.map)
    extra = []
    for kit in args.wdk_include:
        for sub in ("km/crt", "km", "shared"):
            extra += ["/imsvc", path_map(kit).rstrip("/") + "/" + sub]
    for folder in args.imsvc:
        extra += ["/imsvc", path_map(folder)]
    extra += args.extra
    converted = [convert(e, path_map, extra) for e in entries]
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as f:
        json.dump(converted, f, indent=2)
    print("wrote %d entries to %s" % (len(converted), args.output))
    return 0


if __name__ == "__main__":
    sys.exit(main())
