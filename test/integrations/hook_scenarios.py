#!/usr/bin/env python3
"""Plays the pre-commit hook scenarios of test/integrations/*.test.

    hook_scenarios.py git-hook  TMP NDIS_TIDY INPUTS
    hook_scenarios.py framework TMP NDIS_TIDY INPUTS

git-hook: a git repository under TMP with scripts/pre-commit installed;
commits are tried with buggy and fixed drivers, staged and unstaged.
framework: scripts/ndis-tidy-hook called as the pre-commit framework calls
it (hook args, then file names, from the top of the work tree).

Each step prints "== what" then what happened (exit status, output), for
FileCheck. Git runs with a clean environment: no user or system config.
"""

import os
import shutil
import stat
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BUGGY = os.path.join(HERE, "Inputs", "miniport-buggy.c")
FIXED = os.path.join(HERE, "Inputs", "miniport-fixed.c")


def base_env(tmp):
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.pop("NDIS_TIDY", None)
    env["HOME"] = os.path.join(tmp, "home")
    env["GIT_CONFIG_NOSYSTEM"] = "1"
    env["LC_ALL"] = "C"
    os.makedirs(env["HOME"], exist_ok=True)
    return env


def run(argv, cwd, env, show=True):
    p = subprocess.run(argv, cwd=cwd, env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, universal_newlines=True)
    if show:
        print("exit: %d" % p.returncode)
        sys.stdout.write(p.stdout)
    return p


def step(title):
    print("== " + title)
    sys.stdout.flush()


def put(path, source):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    shutil.copyfile(source, path)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def tool_dir(tmp, ndis_tidy):
    """A directory holding only an `ndis-tidy` link, to put on PATH."""
    d = os.path.join(tmp, "tool-bin")
    os.makedirs(d, exist_ok=True)
    link = os.path.join(d, "ndis-tidy")
    if not os.path.exists(link):
        os.symlink(ndis_tidy, link)
    return d


def git_hook(tmp, ndis_tidy, inputs):
    repo = os.path.join(tmp, "repo")
    env = base_env(tmp)
    env["NDIS_TIDY"] = ndis_tidy
    no_tool = dict(env, NDIS_TIDY=shutil.which("false"))

    def git(*args, **kw):
        return run(["git"] + list(args), repo, kw.get("env", env),
                   kw.get("show", False))

    def commits():
        p = git("rev-list", "--count", "HEAD")
        return p.stdout.strip() if p.returncode == 0 else "0"

    def commit(message, env=env):
        p = git("commit", "-q", "-m", message, env=env, show=True)
        print("commits: " + commits())
        return p

    os.makedirs(repo)
    git("init", "-q")
    git("config", "user.name", "Hook Test")
    git("config", "user.email", "hook-test@example.invalid")
    git("config", "ndis-tidy.flags", "-I" + inputs)
    hook = os.path.join(repo, ".git", "hooks", "pre-commit")
    shutil.copy(os.path.join(ROOT, "scripts", "pre-commit"), hook)
    os.chmod(hook, os.stat(hook).st_mode | stat.S_IXUSR)
    miniport = os.path.join(repo, "driver", "miniport.c")

    step("non-C files only: ndis-tidy is not even run")
    put(os.path.join(repo, "notes.txt"), BUGGY)   # C code, but not a C file
    put(os.path.join(repo, "driver", "miniport.inf"), BUGGY)
    git("add", "-A")
    commit("notes", env=no_tool)

    step("buggy driver staged")
    put(miniport, BUGGY)
    git("add", "driver/miniport.c")
    commit("buggy")

    step("fixed in the work tree only")
    put(miniport, FIXED)
    commit("unstaged fix")
    print("work tree kept: %s" % (open(miniport).read() == open(FIXED).read()))
    staged = git("show", ":driver/miniport.c").stdout
    print("index kept: %s" % (staged == open(BUGGY).read()))

    step("fix staged")
    git("add", "driver/miniport.c")
    commit("fixed")

    step("staged content fixed, work tree buggy")
    rx = os.path.join(repo, "driver", "rx.c")
    put(rx, FIXED)
    git("add", "driver/rx.c")
    put(rx, BUGGY)
    commit("rx")
    put(rx, FIXED)

    step("commit -a: the hook sees the work tree changes it commits")
    put(miniport, BUGGY)
    git("commit", "-q", "-a", "-m", "all", show=True)
    print("commits: " + commits())
    git("checkout", "-q", "--", "driver/miniport.c")

    step("buggy header staged")
    put(os.path.join(repo, "driver", "ring.h"), BUGGY)
    git("add", "driver/ring.h")
    commit("header")
    git("rm", "-q", "--cached", "driver/ring.h")
    os.remove(os.path.join(repo, "driver", "ring.h"))

    step("bypass with --no-verify")
    put(miniport, BUGGY)
    git("add", "driver/miniport.c")
    git("commit", "-q", "--no-verify", "-m", "bypass", show=True)
    print("commits: " + commits())

    step("deleted C file: nothing to check")
    git("rm", "-q", "driver/miniport.c")
    commit("delete", env=no_tool)

    step("ndis-tidy from PATH")
    put(miniport, BUGGY)
    git("add", "driver/miniport.c")
    path_env = dict(env)
    del path_env["NDIS_TIDY"]
    path_env["PATH"] = tool_dir(tmp, ndis_tidy) + os.pathsep + env["PATH"]
    commit("from PATH", env=path_env)

    step("ndis-tidy nowhere")
    bare_env = dict(path_env, PATH=os.path.dirname(shutil.which("git")))
    commit("no tool", env=bare_env)

    step("compile_commands.json through ndis-tidy.buildDir")
    git("config", "--unset", "ndis-tidy.flags")
    write_compile_commands(os.path.join(repo, "build"), repo,
                           "driver/miniport.c", inputs)
    git("config", "ndis-tidy.buildDir", "build")
    commit("build dir")
    git("config", "--unset", "ndis-tidy.buildDir")

    step("no flags at all: the file's includes are not found")
    commit("no flags")

    step("core.hooksPath pointing at scripts/")
    os.remove(hook)
    git("config", "ndis-tidy.flags", "-I" + inputs)
    git("config", "core.hooksPath", os.path.join(ROOT, "scripts"))
    commit("hooksPath")
    put(miniport, FIXED)
    git("add", "driver/miniport.c")
    commit("hooksPath fixed")


def write_compile_commands(build, top, source, inputs):
    os.makedirs(build, exist_ok=True)
    entry = ('[{"directory": "%s", "file": "%s", '
             '"arguments": ["cc", "-c", "-I%s", "%s"]}]\n'
             % (top, source, inputs, source))
    write(os.path.join(build, "compile_commands.json"), entry)


def hook_declaration():
    """The fields of .pre-commit-hooks.yaml (a list of flat mappings)."""
    hooks, current = [], None
    for line in open(os.path.join(ROOT, ".pre-commit-hooks.yaml")):
        line = line.split(" #")[0].rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("- "):
            current = {}
            hooks.append(current)
            line = line[2:]
        key, _, value = line.strip().partition(":")
        current[key.strip()] = value.strip()
    return hooks


def framework(tmp, ndis_tidy, inputs):
    step("declaration")
    for hook in hook_declaration():
        entry = os.path.join(ROOT, hook["entry"])
        print("id=%s language=%s types=%s entry=%s executable=%s" % (
            hook["id"], hook["language"], hook.get("types"), hook["entry"],
            os.access(entry, os.X_OK)))
    entry = os.path.join(ROOT, "scripts", "ndis-tidy-hook")

    work = os.path.join(tmp, "work")
    put(os.path.join(work, "driver", "miniport.c"), BUGGY)
    put(os.path.join(work, "driver", "rx.c"), FIXED)
    env = base_env(tmp)
    env["NDIS_TIDY"] = ndis_tidy

    def hook(title, args, e=env):
        step(title)
        run([entry] + args, work, e)

    hook("flags after --, buggy and fixed files",
         ["--", "-I" + inputs, "driver/miniport.c", "driver/rx.c"])
    hook("flags after --, fixed file only",
         ["--", "-I" + inputs, "-DNDIS630_MINIPORT=1", "driver/rx.c"])
    hook("no file", ["--", "-I" + inputs])
    write_compile_commands(os.path.join(work, "build"), work,
                           "driver/miniport.c", inputs)
    hook("--build-dir=build", ["--build-dir=build", "driver/miniport.c"])
    hook("--build-dir build",
         ["--build-dir", "build", "driver/miniport.c", "driver/rx.c"])
    write(os.path.join(work, "compile_flags.txt"), "-I%s\n" % inputs)
    hook("compile_flags.txt found by ndis-tidy", ["driver/miniport.c"])
    hook("checks chosen by the user",
         ["--checks=-*,bugprone-assert-side-effect", "driver/miniport.c"])
    path_env = dict(env)
    del path_env["NDIS_TIDY"]
    path_env["PATH"] = tool_dir(tmp, ndis_tidy) + os.pathsep + env["PATH"]
    hook("ndis-tidy from PATH", ["driver/miniport.c"], path_env)
    hook("ndis-tidy nowhere", ["driver/miniport.c"],
         dict(path_env, PATH=os.path.dirname(shutil.which("git"))))


def main():
    what, tmp, ndis_tidy, inputs = sys.argv[1:5]
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    {"git-hook": git_hook, "framework": framework}[what](
        os.path.abspath(tmp), os.path.abspath(ndis_tidy),
        os.path.abspath(inputs))


if __name__ == "__main__":
    main()
