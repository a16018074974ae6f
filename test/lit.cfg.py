# lit configuration for ndis-tidy. The build writes lit.site.cfg.py, which
# sets the tool paths and loads this file.
import os
import lit.formats

config.name = "ndis-tidy"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".test"]
config.excludes = ["Inputs", "lit.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.ndis_build_dir, "test")

inputs = os.path.join(config.test_source_root, "Inputs")
config.environment["NDIS_CLANG_TIDY"] = config.clang_tidy
config.environment["NDIS_PLUGIN"] = config.plugin
config.environment["NDIS_TIDY"] = config.ndis_tidy
config.environment["NDIS_FILECHECK"] = os.path.join(config.llvm_tools_dir, "FileCheck")
config.environment["NDIS_INPUTS"] = inputs

runner = os.path.join(config.test_source_root, "check_ndis_tidy.py")
config.substitutions.append(("%check_ndis_tidy", "%s %s" % (config.python, runner)))
config.substitutions.append(("%clang_tidy_plugin", "%s --load=%s" % (config.clang_tidy, config.plugin)))
config.substitutions.append(("%ndis_tidy", config.ndis_tidy))
# The build-time rules compiler and the dump of what it compiled in.
config.substitutions.append(("%ndis_rules_gen", config.rules_gen))
config.substitutions.append(("%ndis_rules_dump", config.rules_dump))
config.substitutions.append(("%builtin_rules", config.builtin_rules))
config.substitutions.append(("%inputs", inputs))
config.substitutions.append(("%python", config.python))
config.substitutions.append(("%llvm_major", config.llvm_major))
config.substitutions.append(("%S_root", os.path.dirname(config.test_source_root)))
# FileCheck, not and count from llvm-N-tools, ahead of anything else.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, os.environ.get("PATH", "")])

# Another LLVM's clang-tidy, to test that the plugin refuses to run in it.
for other in ("19", "22", "20", "21", "18"):
    if other == config.llvm_major:
        continue
    path = "/usr/lib/llvm-%s/bin/clang-tidy" % other
    if os.path.exists(path):
        config.available_features.add("other-clang-tidy")
        config.substitutions.append(("%other_clang_tidy", path))
        config.substitutions.append(("%other_major", other))
        break
config.substitutions.append(("%plugin", config.plugin))

# --- SARIF and CI runners (test/sarif/) --------------------------------------
# run-clang-tidy from clang-tidy-N (Debian installs it as
# /usr/lib/llvm-N/bin/run-clang-tidy and /usr/bin/run-clang-tidy-N), run
# with our python; tests that need it say "REQUIRES: run-clang-tidy".
# %clang_tidy_bin is clang-tidy-N itself, for its -clang-tidy-binary.
import shutil as _shutil

_run_clang_tidy = os.path.join(config.llvm_tools_dir, "run-clang-tidy")
if not os.path.exists(_run_clang_tidy):
    _run_clang_tidy = _shutil.which("run-clang-tidy-" + config.llvm_major) or ""
if _run_clang_tidy:
    config.available_features.add("run-clang-tidy")
    config.substitutions.append(
        ("%run_clang_tidy", "%s %s" % (config.python, _run_clang_tidy)))
config.substitutions.append(("%clang_tidy_bin", config.clang_tidy))
# --- end of the SARIF block ---------------------------------------------------

# A memory limit and a timeout around a command (test/bounded.py), for the
# hostile-input tests: "%bounded --mem MB --time S -- cmd ...".
config.substitutions.append(
    ("%bounded", "%s %s" % (config.python, os.path.join(config.test_source_root, "bounded.py"))))

# ndis-clangd (test/clangd/), built when libclang-N-dev ships clangd's
# archives: tests that speak LSP to it say "REQUIRES: ndis-clangd".
_ndis_clangd = os.path.join(config.ndis_build_dir, "bin", "ndis-clangd")
if os.path.exists(_ndis_clangd):
    config.available_features.add("ndis-clangd")
config.substitutions.append(("%ndis_clangd", _ndis_clangd))
# Editors (not project dependencies): test/clangd/editor-*.test start each
# one headless with the set-up docs/editors.md gives, where it is installed.
import glob as _glob
if _shutil.which("nvim"):
    config.available_features.add("nvim")
if _shutil.which("vim") and os.path.exists("/usr/share/vim-ale/plugin/ale.vim"):
    config.available_features.add("vim-ale")
if _shutil.which("emacs") and _glob.glob("/usr/share/emacs/site-lisp/elpa*/eglot-*"):
    config.available_features.add("emacs-eglot")
config.substitutions.append(
    ("%editor_check", "%s %s" % (config.python, os.path.join(
        config.test_source_root, "clangd", "editor_check.py"))))
config.substitutions.append(("%ndis_bin_dir", os.path.join(config.ndis_build_dir, "bin")))

# Install and package (test/tool/install*.test, package.test).
config.substitutions.append(("%ndis_build_dir", config.ndis_build_dir))
_cmake = _shutil.which("cmake") or "cmake"
config.substitutions.append(("%cmake", _cmake))
config.substitutions.append(("%cpack", os.path.join(os.path.dirname(_cmake), "cpack")))
if _shutil.which("dpkg-deb") and os.path.exists(os.path.join(os.path.dirname(_cmake), "cpack")):
    config.available_features.add("cpack-deb")
# Debian 12's own clang-tidy, LLVM 14 (test/tool/clang-tidy-14.test).
if os.path.exists("/usr/lib/llvm-14/bin/clang-tidy"):
    config.available_features.add("clang-tidy-14")
config.substitutions.append(("%clang_tidy_14", "/usr/lib/llvm-14/bin/clang-tidy"))
