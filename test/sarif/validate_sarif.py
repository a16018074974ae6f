#!/usr/bin/env python3
"""Checks a SARIF log written by ndis-tidy, then prints what it says.

    validate_sarif.py LOG.sarif [--root DIR] [--results N]

The checks are the SARIF 2.1.0 shape that GitHub code scanning needs
(version, runs, tool.driver with name and rules, every result with ruleId,
a rule that describes it, a message, a location, a level and baselineState
from the allowed sets), the references inside the log (ruleIndex, related
location ids, %SRCROOT%), and, with --root (the directory %SRCROOT% stands
for), that every region agrees with the source files: line and column
computed from the byte offset of each fix, and each result's context
snippet equal to the text of its line. Any violation: "error: ..." on
stderr, exit 1.

Then, for FileCheck, one block per result, in the log's order:

    result RULE LEVEL URI:LINE:COL [baseline=STATE]
      message: TEXT (first line)
      related ID URI:LINE:COL: TEXT
      flow URI:LINE:COL -> URI:LINE:COL ...
      fix URI LINE:COL-LINE:COL "TEXT"
      fingerprint KEY

Standard library only.
"""

import argparse
import json
import os
import sys
from urllib.parse import unquote

LEVELS = {"none", "note", "warning", "error"}
BASELINE_STATES = {"new", "unchanged", "updated", "absent"}
FINGERPRINT_KEY = "ndisTidyFinding/v1"


class Invalid(Exception):
    pass


def need(cond, where, what):
    if not cond:
        raise Invalid("%s: %s" % (where, what))


def text_of(obj, where):
    need(isinstance(obj, dict), where, "not an object")
    need(isinstance(obj.get("text"), str) and obj["text"], where,
         "needs a non-empty 'text'")
    return obj["text"]


class Sources:
    """The files %SRCROOT% names, with line starts, for region checks."""

    def __init__(self, root):
        self.root = root
        self.cache = {}

    def get(self, uri):
        if self.root is None:
            return None
        if uri not in self.cache:
            path = os.path.join(self.root, unquote(uri))
            if os.path.exists(path):
                with open(path, "rb") as f:
                    data = f.read()
                starts = [0] + [i + 1 for i, b in enumerate(data) if b == 10]
                self.cache[uri] = (data, starts)
            else:
                self.cache[uri] = None
        return self.cache[uri]


def line_col(source, offset):
    """1-based line and UTF-16 column of a byte offset."""
    data, starts = source
    line = 0
    while line + 1 < len(starts) and starts[line + 1] <= offset:
        line += 1
    text = data[starts[line]:offset].decode("utf-8", "replace")
    units = sum(2 if ord(c) > 0xFFFF else 1 for c in text)
    return line + 1, units + 1


def check_region(region, where, whole=False):
    need(isinstance(region, dict), where, "region is not an object")
    for key in ("startLine", "startColumn", "endLine", "endColumn"):
        if key in region:
            need(isinstance(region[key], int) and region[key] >= 1, where,
                 "%s must be an integer >= 1" % key)
    need("startLine" in region or "byteOffset" in region, where,
         "region needs startLine or byteOffset")
    if whole:
        need("startLine" in region and "startColumn" in region, where,
             "region needs startLine and startColumn")
    if "endLine" in region:
        need(region["endLine"] >= region["startLine"], where,
             "endLine before startLine")
        if region["endLine"] == region["startLine"] and "endColumn" in region:
            need(region["endColumn"] >= region["startColumn"], where,
                 "endColumn before startColumn")


def check_artifact(loc, where, base_ids):
    need(isinstance(loc, dict), where, "artifactLocation is not an object")
    uri = loc.get("uri")
    need(isinstance(uri, str) and uri, where, "artifactLocation needs a uri")
    if "uriBaseId" in loc:
        need(loc["uriBaseId"] in base_ids, where,
             "uriBaseId %r is not in originalUriBaseIds" % loc["uriBaseId"])
        need(not uri.startswith("/") and ":" not in uri, where,
             "uri %r with a uriBaseId must be relative" % uri)
    else:
        need(uri.startswith("file://"), where,
             "uri %r without uriBaseId must be an absolute file URI" % uri)
    return uri


def check_physical(phys, where, base_ids, sources, result_line=False):
    need(isinstance(phys, dict), where, "physicalLocation is not an object")
    uri = check_artifact(phys.get("artifactLocation"), where, base_ids)
    region = phys.get("region")
    need(region is not None, where, "physicalLocation needs a region")
    check_region(region, where, whole=True)
    source = sources.get(uri) if "uriBaseId" in phys["artifactLocation"] else None
    if result_line:
        ctx = phys.get("contextRegion")
        need(isinstance(ctx, dict), where, "result location needs a contextRegion")
        need(ctx.get("startLine") == region["startLine"], where,
             "contextRegion is not the result's line")
        snippet = text_of(ctx.get("snippet"), where + ".contextRegion.snippet")
        if source is not None:
            data, starts = source
            line = region["startLine"]
            end = starts[line] if line < len(starts) else len(data)
            actual = data[starts[line - 1]:end].decode("utf-8").rstrip("\r\n")
            need(actual == snippet, where,
                 "snippet %r is not line %d %r" % (snippet, line, actual))
    return "%s:%d:%d" % (uri, region["startLine"], region["startColumn"])


def check_fix(fix, where, base_ids, sources):
    need(isinstance(fix, dict), where, "fix is not an object")
    text_of(fix.get("description"), where + ".description")
    changes = fix.get("artifactChanges")
    need(isinstance(changes, list) and changes, where,
         "fix needs artifactChanges")
    out = []
    for i, change in enumerate(changes):
        w = "%s.artifactChanges[%d]" % (where, i)
        uri = check_artifact(change.get("artifactLocation"), w, base_ids)
        reps = change.get("replacements")
        need(isinstance(reps, list) and reps, w, "needs replacements")
        for j, rep in enumerate(reps):
            wr = "%s.replacements[%d]" % (w, j)
            deleted = rep.get("deletedRegion")
            need(deleted is not None, wr, "needs a deletedRegion")
            check_region(deleted, wr, whole=True)
            need("endLine" in deleted and "endColumn" in deleted, wr,
                 "deletedRegion needs endLine and endColumn")
            inserted = rep.get("insertedContent", {"text": ""})
            need(isinstance(inserted.get("text"), str), wr,
                 "insertedContent needs text")
            source = sources.get(uri)
            if source is not None and "byteOffset" in deleted:
                begin = deleted["byteOffset"]
                end = begin + deleted.get("byteLength", 0)
                need(line_col(source, begin) ==
                     (deleted["startLine"], deleted["startColumn"]), wr,
                     "start line/column disagree with byteOffset")
                need(line_col(source, end) ==
                     (deleted["endLine"], deleted["endColumn"]), wr,
                     "end line/column disagree with byteOffset+byteLength")
            out.append('fix %s %d:%d-%d:%d "%s"' % (
                uri, deleted["startLine"], deleted["startColumn"],
                deleted["endLine"], deleted["endColumn"], inserted["text"]))
    return out


def validate(log, sources):
    lines = []
    need(isinstance(log, dict), "log", "not an object")
    need(log.get("version") == "2.1.0", "log", "version must be '2.1.0'")
    need(isinstance(log.get("$schema"), str), "log", "needs $schema")
    runs = log.get("runs")
    need(isinstance(runs, list) and len(runs) == 1, "log", "needs one run")
    run = runs[0]
    driver = run.get("tool", {}).get("driver")
    need(isinstance(driver, dict), "run", "needs tool.driver")
    need(driver.get("name") == "ndis-tidy", "tool.driver", "name must be ndis-tidy")
    for key in ("version", "informationUri"):
        need(isinstance(driver.get(key), str) and driver[key], "tool.driver",
             "needs " + key)
    rules = driver.get("rules")
    need(isinstance(rules, list) and rules, "tool.driver", "needs rules")
    rule_ids = []
    for i, rule in enumerate(rules):
        w = "rules[%d]" % i
        need(isinstance(rule.get("id"), str) and rule["id"], w, "needs an id")
        summary = text_of(rule.get("shortDescription"), w + ".shortDescription")
        need("\n" not in summary, w, "shortDescription must be one line")
        need(str(rule.get("helpUri", "")).startswith("https://"), w,
             "needs an https helpUri")
        # SARIF1001: a rule's name is readable and not its id.
        need(isinstance(rule.get("name"), str) and rule["name"] and
             rule["name"] != rule["id"], w, "needs a name distinct from its id")
        rule_ids.append(rule["id"])
    need(len(set(rule_ids)) == len(rule_ids), "rules", "duplicate rule ids")
    need(any(r.startswith("ndis-") for r in rule_ids), "rules",
         "no ndis-* rule")
    base_ids = run.get("originalUriBaseIds", {})
    for name, base in base_ids.items():
        need(str(base.get("uri", "")).startswith("file:///") and
             base["uri"].endswith("/"), "originalUriBaseIds." + name,
             "uri must be an absolute file URI ending in '/'")
    for inv in run.get("invocations", []):
        need(isinstance(inv.get("executionSuccessful"), bool), "invocations",
             "needs executionSuccessful")
    results = run.get("results")
    need(isinstance(results, list), "run", "needs a results array")
    fingerprints = set()
    for i, res in enumerate(results):
        w = "results[%d]" % i
        rule_id = res.get("ruleId")
        need(rule_id in rule_ids, w, "ruleId %r has no rule" % rule_id)
        if "ruleIndex" in res:
            need(rule_ids[res["ruleIndex"]] == rule_id, w,
                 "ruleIndex points to another rule")
        level = res.get("level", "warning")
        need(level in LEVELS, w, "bad level %r" % level)
        message = text_of(res.get("message"), w + ".message")
        locs = res.get("locations")
        need(isinstance(locs, list) and len(locs) == 1, w, "needs one location")
        where = check_physical(locs[0].get("physicalLocation"), w, base_ids,
                               sources, result_line=True)
        head = "result %s %s %s" % (rule_id, level, where)
        if "baselineState" in res:
            need(res["baselineState"] in BASELINE_STATES, w, "bad baselineState")
            head += " baseline=" + res["baselineState"]
        lines.append(head)
        lines.append("  message: " + message.split("\n")[0])
        related_ids = set()
        for j, rel in enumerate(res.get("relatedLocations", [])):
            wr = "%s.relatedLocations[%d]" % (w, j)
            need(isinstance(rel.get("id"), int) and rel["id"] not in related_ids,
                 wr, "needs a unique integer id")
            related_ids.add(rel["id"])
            rel_text = text_of(rel.get("message"), wr + ".message")
            # A note with no place in a file (a macro defined on the
            # command line) has only its message.
            rwhere = ("(no location)" if "physicalLocation" not in rel else
                      check_physical(rel["physicalLocation"], wr, base_ids,
                                     sources))
            need("](%d)" % rel["id"] in message, wr,
                 "not linked from the result's message")
            lines.append("  related %d %s: %s" % (rel["id"], rwhere, rel_text))
        for j, flow in enumerate(res.get("codeFlows", [])):
            wf = "%s.codeFlows[%d]" % (w, j)
            tfs = flow.get("threadFlows")
            need(isinstance(tfs, list) and tfs, wf, "needs threadFlows")
            for k, tf in enumerate(tfs):
                steps = tf.get("locations")
                need(isinstance(steps, list) and steps, wf,
                     "threadFlow needs locations")
                names = []
                for m, step in enumerate(steps):
                    ws = "%s.threadFlows[%d].locations[%d]" % (wf, k, m)
                    loc = step.get("location")
                    need(isinstance(loc, dict), ws, "needs a location")
                    text_of(loc.get("message"), ws + ".message")
                    names.append(check_physical(loc.get("physicalLocation"), ws,
                                                base_ids, sources))
                lines.append("  flow " + " -> ".join(names))
        for j, fix in enumerate(res.get("fixes", [])):
            lines.extend("  " + l for l in
                         check_fix(fix, "%s.fixes[%d]" % (w, j), base_ids, sources))
        fp = res.get("partialFingerprints", {}).get(FINGERPRINT_KEY)
        need(isinstance(fp, str) and fp not in fingerprints, w,
             "needs a unique %s fingerprint" % FINGERPRINT_KEY)
        fingerprints.add(fp)
        lines.append("  fingerprint " + fp)
    lines.append("results: %d" % len(results))
    return lines, len(results)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("log")
    parser.add_argument("--root", help="the directory %%SRCROOT%% stands for")
    parser.add_argument("--results", type=int, help="expected result count")
    args = parser.parse_args()
    try:
        with open(args.log, encoding="utf-8") as f:
            log = json.load(f)
        lines, count = validate(log, Sources(args.root))
        if args.results is not None:
            need(count == args.results, "log",
                 "%d results, expected %d" % (count, args.results))
    except (Invalid, OSError, ValueError) as e:
        sys.stderr.write("error: %s\n" % e)
        return 1
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
