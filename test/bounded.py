#!/usr/bin/env python3
"""Runs a command under a memory limit and a timeout, for the hostile-input
tests: a regression that blows up or hangs then fails fast instead of
taking CI down with it.

    bounded.py [--mem MB] [--time SECONDS] -- COMMAND [ARGS...]

The address-space limit (RLIMIT_AS) applies to COMMAND and its children.
Exit status: COMMAND's own; 124 with "bounded: timed out" on stderr when the
time runs out (the whole process group is killed).

In a sanitizer build (NDIS_SANITIZE set, test/lit.cfg.py) an address-space
limit would stop ASan at startup (it reserves terabytes of shadow memory),
so the limit is ASan's own on the resident size (hard_rss_limit_mb), and
both limits are SANITIZER_FACTOR times larger: ASan's redzones, shadow and
quarantine make the same run bigger and slower.
"""
import argparse
import os
import resource
import signal
import subprocess
import sys

SANITIZER_FACTOR = 3


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mem", type=int, default=2048, help="MB of address space")
    ap.add_argument("--time", type=float, default=120, help="seconds")
    ap.add_argument("command", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    cmd = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not cmd:
        ap.error("no command")
    limit = args.mem * 1024 * 1024
    env = None
    sanitized = bool(os.environ.get("NDIS_SANITIZE"))
    if sanitized:
        args.time *= SANITIZER_FACTOR
        env = dict(os.environ)
        env["ASAN_OPTIONS"] = ":".join(filter(None, [
            env.get("ASAN_OPTIONS"),
            "hard_rss_limit_mb=%d" % (args.mem * SANITIZER_FACTOR)]))

    def limit_child():
        os.setsid()
        if not sanitized:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    proc = subprocess.Popen(cmd, preexec_fn=limit_child, env=env)
    try:
        return proc.wait(timeout=args.time)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        sys.stderr.write("bounded: timed out after %g s: %s\n" % (args.time, " ".join(cmd)))
        return 124


if __name__ == "__main__":
    sys.exit(main())
