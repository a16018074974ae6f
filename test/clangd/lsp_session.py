#!/usr/bin/env python3
"""Speaks LSP over stdio to a language server (ndis-clangd) and prints what
it published, one line per fact, for FileCheck.

The session: initialize; didOpen FILE; wait for its publishDiagnostics;
print each diagnostic (code, range, severity, message) and its related
information; ask for the code actions at each ndis-* diagnostic and print
their edits; then, with --fixed, didChange to that file's text and print the
diagnostics published for it. Positions print 1-based (line:column), as
clang-tidy's own output does, so a test reads them like its CHECK-NOTES.

Usage: lsp_session.py --file F [--fixed G] [--timeout S] -- SERVER ARGS...
Standard library only.
"""
import argparse
import json
import os
import queue
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request


def uri_of(path):
    return "file://" + urllib.request.pathname2url(os.path.abspath(path))


def path_of(uri):
    return urllib.request.url2pathname(urllib.parse.urlparse(uri).path)


class Server:
    """One language server process and the messages it sends."""

    def __init__(self, argv, stderr):
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=stderr)
        self.inbox = queue.Queue()
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.inbox.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            if length is None:
                continue
            self.inbox.put(json.loads(out.read(length)))

    def send(self, message):
        message["jsonrpc"] = "2.0"
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self.send({"method": method, "params": params})

    def request(self, method, params, deadline):
        ident = self.next_id
        self.next_id += 1
        self.send({"id": ident, "method": method, "params": params})
        reply = self.wait(lambda m: m.get("id") == ident and "method" not in m,
                          deadline, "the reply to " + method)
        if "error" in reply:
            raise SystemExit("error: %s failed: %s" % (method, reply["error"]))
        return reply.get("result")

    def wait(self, wanted, deadline, what):
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise SystemExit("error: timed out waiting for " + what)
            try:
                message = self.inbox.get(timeout=left)
            except queue.Empty:
                continue
            if message is None:
                raise SystemExit("error: the server exited while waiting for "
                                 + what)
            if "method" in message and "id" in message:
                # A request from the server (workDoneProgress/create, ...).
                self.send({"id": message["id"], "result": None})
                continue
            if wanted(message):
                return message


def pos(p):
    return "%d:%d" % (p["line"] + 1, p["character"] + 1)


def span(r):
    return "%s-%s" % (pos(r["start"]), pos(r["end"]))


SEVERITY = {1: "error", 2: "warning", 3: "information", 4: "hint"}


def print_diagnostics(diags, out):
    for d in diags:
        print("diagnostic %s %s %s: %s" % (
            d.get("code", "-"), span(d["range"]),
            SEVERITY.get(d.get("severity"), "?"), d["message"]), file=out)
        for rel in d.get("relatedInformation", []):
            loc = rel["location"]
            print("  related %s:%s %s" % (
                os.path.basename(path_of(loc["uri"])), span(loc["range"]),
                rel["message"]), file=out)


def main():
    args = sys.argv[1:]
    if "--" not in args:
        raise SystemExit("usage: lsp_session.py --file F [--fixed G] -- SERVER ...")
    split = args.index("--")
    parser = argparse.ArgumentParser()
    parser.add_argument("--file", required=True)
    parser.add_argument("--fixed")
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--server-log", default=os.devnull)
    opts = parser.parse_args(args[:split])
    server_argv = args[split + 1:]

    deadline = time.monotonic() + opts.timeout
    out = sys.stdout
    with open(opts.server_log, "wb") as log:
        server = Server(server_argv, log)
        root = os.path.dirname(os.path.abspath(opts.file))
        server.request("initialize", {
            "processId": os.getpid(),
            "rootUri": uri_of(root),
            "capabilities": {"textDocument": {
                "publishDiagnostics": {"relatedInformation": True},
                "inlayHint": {},
                "codeAction": {"codeActionLiteralSupport": {
                    "codeActionKind": {"valueSet": ["quickfix"]}}}}},
        }, deadline)
        server.notify("initialized", {})
        uri = uri_of(opts.file)
        with open(opts.file) as f:
            text = f.read()
        server.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "c", "version": 1, "text": text}})

        def published(version):
            message = server.wait(
                lambda m: m.get("method") == "textDocument/publishDiagnostics"
                and m["params"]["uri"] == uri
                and m["params"].get("version", version) == version,
                deadline, "publishDiagnostics for version %d" % version)
            return message["params"]["diagnostics"]

        diags = published(1)
        print("== version 1: %d diagnostics" % len(diags), file=out)
        print_diagnostics(diags, out)

        for d in diags:
            if not str(d.get("code", "")).startswith("ndis-"):
                continue
            actions = server.request("textDocument/codeAction", {
                "textDocument": {"uri": uri}, "range": d["range"],
                "context": {"diagnostics": [d], "only": ["quickfix"]},
            }, deadline) or []
            for action in actions:
                print("action %s: %s" % (action.get("kind", "-"),
                                         action["title"]), file=out)
                changes = action.get("edit", {}).get("changes", {})
                for edit_uri, edits in changes.items():
                    for e in edits:
                        print("  edit %s %s -> %s" % (
                            os.path.basename(path_of(edit_uri)),
                            span(e["range"]), e["newText"]), file=out)

        # Inlay hints come from a walk of the AST's traversal scope: they
        # show that the checks left clangd's AST as they found it.
        hints = server.request("textDocument/inlayHint", {
            "textDocument": {"uri": uri},
            "range": {"start": {"line": 0, "character": 0},
                      "end": {"line": len(text.splitlines()) + 1,
                              "character": 0}}}, deadline) or []
        print("inlay hints: %d" % len(hints), file=out)
        for h in hints:
            label = h["label"]
            if isinstance(label, list):
                label = "".join(part["value"] for part in label)
            print("  hint %s %s" % (pos(h["position"]), label), file=out)

        if opts.fixed:
            with open(opts.fixed) as f:
                fixed = f.read()
            server.notify("textDocument/didChange", {
                "textDocument": {"uri": uri, "version": 2},
                "contentChanges": [{"text": fixed}]})
            diags = published(2)
            print("== version 2: %d diagnostics" % len(diags), file=out)
            print_diagnostics(diags, out)

        server.request("shutdown", None, deadline)
        server.notify("exit", None)
        try:
            server.proc.wait(timeout=max(1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            server.proc.kill()
            raise SystemExit("error: the server did not exit after 'exit'")
        print("== exit status %d" % server.proc.returncode, file=out)


if __name__ == "__main__":
    main()
