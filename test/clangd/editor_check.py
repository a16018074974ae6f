#!/usr/bin/env python3
"""Starts an editor headless with the ndis-clangd set-up docs/editors.md
gives for it, opens a buggy miniport and prints the diagnostics the editor
shows, one a line ("LINE:COL CODE MESSAGE" or as the editor words them).

    editor_check.py EDITOR DOC BIN_DIR INPUTS WORK_DIR

EDITOR: nvim (the Neovim 0.7 block; Debian 12's Neovim is 0.7), vim-ale,
emacs-eglot. The editor's config is the page's own code block, word for
word; around it only what a headless run needs (a wait for the
diagnostics, a file to write them to). ndis-clangd is found on PATH as the
page says, with BIN_DIR put first.
"""
import os
import re
import shutil
import subprocess
import sys

WAIT_SECONDS = 60


def block(doc, lang, index):
    blocks = re.findall(r"^```%s\n(.*?)^```" % lang, doc, re.M | re.S)
    return blocks[index]


def project(work, inputs, here):
    """The driver's folder: a buggy miniport, its flags, the .clangd of
    the page, and a Makefile (ALE starts a server only in a folder it
    takes for a project)."""
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    shutil.copy(os.path.join(here, "..", "integrations", "Inputs",
                             "miniport-buggy.c"),
                os.path.join(work, "driver.c"))
    with open(os.path.join(work, "compile_flags.txt"), "w") as f:
        f.write("-xc\n-I%s\n" % inputs)
    with open(os.path.join(work, "Makefile"), "w") as f:
        f.write("all:\n")


NVIM_WAIT = r"""
local ok = vim.wait(%d000, function() return #vim.diagnostic.get(0) > 0 end, 200)
local lines = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(lines, string.format("%%d:%%d %%s %%s", d.lnum + 1, d.col + 1,
                                    tostring(d.code), d.message))
end
vim.fn.writefile(lines, "shown.txt")
vim.cmd("qa!")
""" % WAIT_SECONDS

VIM_PRELUDE = """set nocompatible
set runtimepath^=/usr/share/vim-ale
set runtimepath+=/usr/share/vim-ale/after
"""
VIM_WAIT = """for i in range(%d)
  sleep 500m
  if len(ale#engine#GetLoclist(bufnr(''))) > 0 | break | endif
endfor
call writefile(map(copy(ale#engine#GetLoclist(bufnr(''))), 'v:val.lnum . ":" . v:val.col . " " . get(v:val, "code", "") . " " . v:val.text'), 'shown.txt')
qa!
""" % (WAIT_SECONDS * 2)

EMACS_WAIT = r"""
(find-file "driver.c")
(run-hooks 'post-command-hook)
(let ((n 0))
  (while (and (< n %d) (null (flymake-diagnostics)))
    (accept-process-output nil 0.5)
    (setq n (1+ n))))
(let ((shown (mapcar (lambda (d)
                       (format "%%d %%s\n"
                               (line-number-at-pos (flymake-diagnostic-beg d))
                               (flymake-diagnostic-text d)))
                     (flymake-diagnostics))))
  (with-temp-file "shown.txt" (apply #'insert shown)))
(kill-emacs 0)
""" % (WAIT_SECONDS * 2)
# A folder outside version control is a project to eglot only if some
# project-find-function says so; a real driver is in a git repository.
EMACS_PRELUDE = """(package-initialize)
(add-hook 'project-find-functions
          (lambda (dir) (cons 'transient (expand-file-name dir))))
"""


def main():
    editor, doc_path, bin_dir, inputs, work = map(os.path.abspath,
                                                  sys.argv[1:6])
    editor = os.path.basename(editor)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(doc_path) as f:
        doc = f.read()
    project(work, inputs, here)
    env = dict(os.environ)
    env["PATH"] = bin_dir + os.pathsep + env.get("PATH", "")
    env["HOME"] = work  # no user config of this machine's
    env.pop("XDG_CONFIG_HOME", None)
    with open(os.path.join(here, "Inputs", "clangd-add-loose.yaml")) as f:
        dot_clangd = f.read()
    if dot_clangd not in doc.replace(
            "   # without it, no ndis-* finding ever shows", ""):
        sys.exit("editor_check: the page's .clangd is not %s" % dot_clangd)
    with open(os.path.join(work, ".clangd"), "w") as f:
        f.write(dot_clangd)

    if editor == "nvim":
        with open(os.path.join(work, "init.lua"), "w") as f:
            f.write(block(doc, "lua", 1))
        with open(os.path.join(work, "wait.lua"), "w") as f:
            f.write(NVIM_WAIT)
        cmd = ["nvim", "--headless", "-i", "NONE", "-u", "init.lua",
               "driver.c", "-c", "luafile wait.lua"]
    elif editor == "vim-ale":
        with open(os.path.join(work, "vimrc"), "w") as f:
            f.write(VIM_PRELUDE + block(doc, "vim", 0) + "filetype plugin on\n")
        with open(os.path.join(work, "wait.vim"), "w") as f:
            f.write(VIM_WAIT)
        cmd = ["vim", "--not-a-term", "-N", "-u", "vimrc", "-i", "NONE",
               "driver.c", "-c", "source wait.vim"]
    elif editor == "emacs-eglot":
        with open(os.path.join(work, "check.el"), "w") as f:
            f.write(EMACS_PRELUDE + block(doc, "elisp", 0) + EMACS_WAIT)
        cmd = ["emacs", "--batch", "-q", "-l", "check.el"]
    else:
        sys.exit("editor_check: unknown editor " + editor)
    subprocess.run(cmd, cwd=work, env=env, stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=WAIT_SECONDS + 30)
    shown = os.path.join(work, "shown.txt")
    if not os.path.exists(shown):
        sys.exit("editor_check: %s wrote nothing" % editor)
    with open(shown) as f:
        sys.stdout.write(f.read())


if __name__ == "__main__":
    main()
