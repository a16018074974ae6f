#!/usr/bin/env python3
"""Generates rules/ddi-irql.yaml from the WDK DDI reference's page metadata.

The reference is the public repository MicrosoftDocs/windows-driver-docs-ddi.
Each page under wdk-ddi-src/content/<header>/ starts with YAML front matter;
a function page (nf-*.md) gives the IRQL its caller must run at in
`req.irql`, a callback page (nc-*.md) the IRQL the callback runs at, and
`UID` names the function or callback type (NF:ndis.NdisMSleep,
NC:ndis.MINIPORT_HALT). This script reads only those fields and writes, for
each page in scope with a definite IRQL, one rule: the name, the IRQL range
and the page's URL. Nothing else of the page is used.

    gen-ddi-irql-rules.py --git-dir DIR --commit SHA [options]   # a bare clone
    gen-ddi-irql-rules.py --checkout DIR [options]                 # a work tree
    gen-ddi-irql-rules.py --check RULES.yaml --irregular FILE      # no source

--check verifies a generated file without the reference (the tests do,
where the reference is not at hand): it must be exactly what this script
writes from its own entries and header counts, each entry's page must be in
scope, and it must follow every decision of the --irregular file.

Options:
    --irregular FILE  the reviewed decisions (rules/ddi-irql-irregular.txt)
    --out FILE        where to write the rules (default: standard output)
    --undecided       print a template line for every irregular page that
                      has no decision yet, instead of failing on them

Values:
    The spellings of one level or bound ("<= DISPATCH_LEVEL",
    "IRQL <= DISPATCH_LEVEL", "<=DISPATCH_LEVEL", "= PASSIVE_LEVEL",
    "Called at DISPATCH_LEVEL.", "Any level", "< DISPATCH_LEVEL", ...) are
    normalised here. Anything else ("See Remarks section", an empty value,
    a value qualified by its Remarks, a condition, a level the rules cannot
    express such as HIGH_LEVEL) is irregular: it needs a line in the
    --irregular file, decided by hand from the page or left out with the
    reason. A line may also decide a regular page, when two pages give one
    name different IRQLs. A decision that no longer matches its page (the value changed,
    the page went away) is an error, so a new commit is reviewed again.

Scope:
    every function and callback page of ndis.h and of the headers it
    includes (NDIS_HEADERS: nblapi.h, mdlapi.h, ...) and of the WFP
    kernel headers (WFP_HEADERS: fwpsk.h, fwpmk.h); the function pages of
    wdm.h, ntddk.h, ntifs.h and wdmsec.h whose name starts with one of
    KERNEL_PREFIXES (the kernel services network drivers call).

Python 3 standard library only. Exit status 1 with a message on stderr when
a page needs a decision or a decision is stale.
"""

import argparse
import hashlib
import io
import os
import re
import subprocess
import sys

CONTENT = 'wdk-ddi-src/content'
URL = 'https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/'
# ndis.h and the headers it includes whose pages are NDIS's own.
NDIS_HEADERS = ['ndis', 'nblapi', 'nblaccessors', 'nbltimestamp', 'mdlapi',
                'hashtypes', 'poll']
# The Windows Filtering Platform's kernel headers (callouts, packet
# injection, management), which filters and switch extensions also use.
WFP_HEADERS = ['fwpsk', 'fwpmk']
KERNEL_HEADERS = ['wdm', 'ntddk', 'ntifs', 'wdmsec']
HEADERS = NDIS_HEADERS + WFP_HEADERS + KERNEL_HEADERS
KERNEL_PREFIXES = ('Ke', 'Ex', 'Io', 'Mm', 'Rtl', 'Zw', 'Ob', 'Ps', 'Po')

LEVELS = ['PASSIVE_LEVEL', 'APC_LEVEL', 'DISPATCH_LEVEL', 'DIRQL']
# Other names of the same levels.
LEVEL_ALIASES = {'PASSIVE': 0, 'DPC_LEVEL': 2}
ANY = (0, 3)


class Failure(Exception):
    pass


# ---------------------------------------------------------------------------
# Reading pages: a bare git directory at a commit, or a work tree.

class GitSource:
    def __init__(self, git_dir, commit):
        self.git_dir = git_dir
        self.commit = commit
        self.proc = None

    def list(self, header):
        out = subprocess.run(
            ['git', '-C', self.git_dir, 'ls-tree', '--name-only', self.commit,
             '--', '%s/%s/' % (CONTENT, header)],
            capture_output=True, text=True)
        if out.returncode != 0:
            raise Failure('git ls-tree failed: ' + out.stderr.strip())
        return sorted(p.rsplit('/', 1)[1] for p in out.stdout.split())

    def read(self, header, name):
        if self.proc is None:
            self.proc = subprocess.Popen(
                ['git', '-C', self.git_dir, 'cat-file', '--batch'],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        spec = '%s:%s/%s/%s\n' % (self.commit, CONTENT, header, name)
        self.proc.stdin.write(spec.encode())
        self.proc.stdin.flush()
        fields = self.proc.stdout.readline().split()
        if len(fields) != 3:
            raise Failure('cannot read ' + spec.strip())
        data = self.proc.stdout.read(int(fields[2]))
        self.proc.stdout.read(1)
        return data.decode('utf-8', 'replace')

    def describe(self):
        return 'MicrosoftDocs/windows-driver-docs-ddi at commit ' + self.commit


class TreeSource:
    def __init__(self, root, label):
        self.root = root
        self.label = label

    def list(self, header):
        d = os.path.join(self.root, CONTENT, header)
        return sorted(os.listdir(d)) if os.path.isdir(d) else []

    def read(self, header, name):
        with open(os.path.join(self.root, CONTENT, header, name),
                  encoding='utf-8', errors='replace') as f:
            return f.read()

    def describe(self):
        return self.label


class RecordedSource:
    """The source named in a generated file's header (--check)."""

    def __init__(self, text):
        self.text = text

    def describe(self):
        return self.text


# ---------------------------------------------------------------------------
# The front matter: UID and req.irql, nothing else.

def front_matter(text):
    text = text.replace('\r\n', '\n')
    if not text.startswith('---\n'):
        return {}
    end = text.find('\n---', 4)
    fields = {}
    for line in text[4:end if end >= 0 else len(text)].split('\n'):
        m = re.match(r'^([A-Za-z0-9_.-]+):(.*)$', line)
        if m:
            fields[m.group(1)] = m.group(2).strip()
    return fields


def api_name(uid):
    """NF:ndis.NdisMSleep -> NdisMSleep; NF:wdm.KeLowerIrql~r1 -> KeLowerIrql."""
    name = uid.split(':', 1)[-1].rsplit('.', 1)[-1]
    name = re.sub(r'~r\d+$', '', name)
    return name if re.match(r'^[A-Za-z_][A-Za-z0-9_]*$', name) else None


# ---------------------------------------------------------------------------
# Normalising the value.

def level(word):
    word = word.strip().strip('()').strip()
    if word in LEVELS:
        return LEVELS.index(word)
    return LEVEL_ALIASES.get(word)


def normalise(value):
    """The (min, max) range a plain spelling gives, or None if irregular."""
    v = re.sub(r'\s+', ' ', value).strip().rstrip('.').strip()
    v = re.sub(r'^Called at ', '', v)
    v = re.sub(r'^IRQL ?', '', v)
    v = re.sub(r'^_IRQL_requires_max_\((\w+)\)$', r'<= \1', v)
    if v in ('Any level', 'Any', 'Any IRQL'):
        return ANY
    if v in ('<= HIGH_LEVEL', '<= DIRQL'):
        return ANY
    m = re.match(r'^(<=|<|>=|=|Greater than or equal to)? ?(\(?\w+\)?)$', v)
    if not m:
        return None
    op, lv = m.group(1), level(m.group(2))
    if lv is None:
        return None
    if op in (None, '='):
        return (lv, lv)
    if op == '<=':
        return (0, lv)
    if op == '<':
        return (0, lv - 1) if lv > 0 and lv < 3 else None
    return (lv, 3)  # >=


def spell(rng):
    lo, hi = rng
    if rng == ANY:
        return 'any'
    if lo == hi:
        return LEVELS[lo]
    if lo == 0:
        return '<= ' + LEVELS[hi]
    if hi == 3:
        return '>= ' + LEVELS[lo]
    return LEVELS[lo] + '..' + LEVELS[hi]


def parse_decision(text):
    """A decision's IRQL, in the rules file's own spellings."""
    t = text.strip()
    if t == 'any':
        return ANY
    m = re.match(r'^(<=|>=)? ?(\w+)$', t)
    if m and m.group(2) in LEVELS:
        lv = LEVELS.index(m.group(2))
        return {None: (lv, lv), '<=': (0, lv), '>=': (lv, 3)}[m.group(1)]
    m = re.match(r'^(\w+)\.\.(\w+)$', t)
    if m and m.group(1) in LEVELS and m.group(2) in LEVELS:
        return (LEVELS.index(m.group(1)), LEVELS.index(m.group(2)))
    return None


# ---------------------------------------------------------------------------
# The reviewed decisions: "page | value on the page | decision | reason".

def read_decisions(path):
    decisions = {}
    if not path:
        return decisions
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            parts = [p.strip() for p in line.rstrip('\n').split('|')]
            where = '%s:%d' % (path, number)
            if len(parts) != 4 or not all(parts[i] for i in (0, 2, 3)):
                raise Failure(where + ': expected "page | value on the page '
                              '| decision | reason"')
            page, value, decision, reason = parts
            if decision != 'left out' and parse_decision(decision) is None:
                raise Failure(where + ": bad decision '%s': an IRQL as in "
                              "rules/ndis.yaml or 'left out'" % decision)
            if page in decisions:
                raise Failure(where + ': page %s is decided twice' % page)
            decisions[page] = (value, decision, reason, where)
    return decisions


# ---------------------------------------------------------------------------

def in_scope(header, kind, name):
    if header in NDIS_HEADERS or header in WFP_HEADERS:
        return True
    return kind == 'nf' and name.startswith(KERNEL_PREFIXES)


def collect(source, decisions, undecided_out):
    counts = dict(seen=0, regular=0, decided=0, left_out=0)
    rules = {'nf': {}, 'nc': {}}  # name -> (range, url, page)
    problems = []
    used = set()
    for header in HEADERS:
        for file_name in source.list(header):
            m = re.match(r'^(n[fc])-.*\.md$', file_name)
            if not m:
                continue
            kind = m.group(1)
            fields = front_matter(source.read(header, file_name))
            name = api_name(fields.get('UID', ''))
            if not name or not in_scope(header, kind, name):
                continue
            page = '%s/%s' % (header, file_name[:-3])
            counts['seen'] += 1
            value = fields.get('req.irql', '')
            if page in decisions:
                # Irregular, or one of two pages that disagree on a name.
                used.add(page)
                recorded, decision, _, where = decisions[page]
                if recorded != value:
                    problems.append('%s: page %s now says %r, not %r: decide '
                                    'again' % (where, page, value, recorded))
                    continue
                if decision == 'left out':
                    counts['left_out'] += 1
                    continue
                counts['decided'] += 1
                rng = parse_decision(decision)
            else:
                rng = normalise(value)
                if rng is None:
                    undecided_out.append('%s | %s | ? | ?' % (page, value))
                    continue
                counts['regular'] += 1
            previous = rules[kind].get(name)
            if previous and previous[0] != rng:
                problems.append('%s: %s on %s, %s on %s: decide one' % (
                    name, spell(previous[0]), previous[2], spell(rng), page))
            elif not previous:
                rules[kind][name] = (rng, URL + page, page)
    for page in sorted(set(decisions) - used):
        problems.append('%s: page %s is not in scope or no longer exists' %
                        (decisions[page][3], page))
    return rules, counts, problems


def entry_lines(rules):
    lines = []
    for name in sorted(rules['nf']):
        rng, url, _ = rules['nf'][name]
        lines.append('  - { name: %s, irql: "%s", doc: %s }\n' %
                     (name, spell(rng), url))
    lines.append('\nroles:\n')
    for name in sorted(rules['nc']):
        rng, url, _ = rules['nc'][name]
        lines.append('  - { name: %s, irql: "%s", phase: other, doc: %s }\n' %
                     (name, spell(rng), url))
    return ''.join(lines)


def write(out, source, rules, counts):
    ddis, roles = rules['nf'], rules['nc']
    entries = entry_lines(rules)
    w = out.write
    w('# rules/ddi-irql.yaml - generated by scripts/gen-ddi-irql-rules.py; '
      'do not edit.\n')
    w('#\n# The IRQL each DDI may be called at (ddis) and each NDIS callback '
      'runs at\n# (roles), from the `req.irql` metadata of the WDK DDI '
      'reference:\n')
    w('# source: %s\n' % source.describe())
    w('# pages seen: %d; regular: %d; irregular decided: %d; left out: %d\n' %
      (counts['seen'], counts['regular'], counts['decided'],
       counts['left_out']))
    w('# rules: %d (ddis: %d, roles: %d)\n' % (len(ddis) + len(roles),
                                               len(ddis), len(roles)))
    # A hand edit of an entry shows in --check even without the reference.
    w('# entries sha256: %s\n' %
      hashlib.sha256(entries.encode()).hexdigest())
    w('#\n# Irregular values are decided in rules/ddi-irql-irregular.txt. '
      'Compiled in\n# under rules/ndis.yaml, whose entries win (their IRQL '
      'must agree).\n\nversion: 1\n\nddis:\n')
    w(entries)


def check(path, decisions):
    """Checks a generated file without the reference: it must be what
    write() makes of its own entries and header, every entry's page must be
    in scope, and it must follow every decision. Returns the problems."""
    with open(path, encoding='utf-8') as f:
        text = f.read()
    problems = []
    m = re.search(r'^# source: (.*)$', text, re.M)
    c = re.search(r'^# pages seen: (\d+); regular: (\d+); irregular decided: '
                  r'(\d+); left out: (\d+)$', text, re.M)
    if not m or not c:
        return [path + ': no source or counts in the header']
    counts = dict(zip(('seen', 'regular', 'decided', 'left_out'),
                      map(int, c.groups())))
    rules = {'nf': {}, 'nc': {}}
    by_page = {}
    entry = re.compile(r'^  - \{ name: (\w+), irql: "([^"]*)", '
                       r'(phase: other, )?doc: (\S+) \}$')
    for number, line in enumerate(text.split('\n'), 1):
        e = entry.match(line)
        if not e:
            continue
        name, irql, role, url = e.groups()
        where = '%s:%d' % (path, number)
        rng = parse_decision(irql)
        page = url[len(URL):] if url.startswith(URL) else ''
        pm = re.match(r'^(\w+)/(n[fc])-\1-[\w~.-]+$', page)
        kind = 'nc' if role else 'nf'
        if rng is None or not pm or pm.group(2) != kind or \
                pm.group(1) not in HEADERS or \
                not in_scope(pm.group(1), kind, name):
            problems.append(where + ': entry %s is malformed or out of '
                            'scope' % name)
            continue
        rules[kind][name] = (rng, url, page)
        by_page[page] = rng
    digest = re.search(r'^# entries sha256: (\w+)$', text, re.M)
    if not digest or digest.group(1) != hashlib.sha256(
            entry_lines(rules).encode()).hexdigest():
        problems.append(path + ': an entry was changed by hand (its sha256 '
                        'in the header no longer matches)')
    out = io.StringIO()
    write(out, RecordedSource(m.group(1)), rules, counts)
    if out.getvalue() != text:
        problems.append(path + ': not what the script writes from its own '
                        'entries (edited by hand, or out of order)')
    left_out = sum(1 for d in decisions.values() if d[1] == 'left out')
    if counts['left_out'] != left_out or \
            counts['decided'] != len(decisions) - left_out or \
            counts['seen'] != counts['regular'] + len(decisions):
        problems.append(path + ': the counts do not match the decisions')
    for page, (_, decision, _, where) in sorted(decisions.items()):
        if decision == 'left out' and page in by_page:
            problems.append(where + ': %s is left out but has a rule' % page)
        elif decision != 'left out' and page in by_page and \
                by_page[page] != parse_decision(decision):
            problems.append(where + ': %s has a rule of another IRQL' % page)
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument('--git-dir')
    src.add_argument('--checkout')
    src.add_argument('--check', metavar='RULES.yaml')
    ap.add_argument('--commit')
    ap.add_argument('--irregular')
    ap.add_argument('--out')
    ap.add_argument('--undecided', action='store_true')
    args = ap.parse_args()
    try:
        if args.check:
            problems = check(args.check, read_decisions(args.irregular))
            if problems:
                raise Failure('\n'.join(problems))
            return 0
        if args.git_dir:
            if not args.commit:
                raise Failure('--git-dir needs --commit (the pinned commit)')
            source = GitSource(args.git_dir, args.commit)
        else:
            source = TreeSource(args.checkout,
                                os.path.basename(os.path.abspath(args.checkout)))
        decisions = read_decisions(args.irregular)
        undecided = []
        rules, counts, problems = collect(source, decisions, undecided)
        if args.undecided:
            print('\n'.join(undecided))
            return 0
        if undecided:
            problems.append('%d irregular pages have no decision (list them '
                            'with --undecided):\n  %s' %
                            (len(undecided), '\n  '.join(undecided)))
        if problems:
            raise Failure('\n'.join(problems))
        if args.out:
            with open(args.out, 'w', encoding='utf-8') as f:
                write(f, source, rules, counts)
        else:
            write(sys.stdout, source, rules, counts)
    except Failure as e:
        print('gen-ddi-irql-rules: ' + str(e), file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
