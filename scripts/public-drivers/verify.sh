#!/bin/bash
# verify.sh BIN OUTDIR -- runs ndis-tidy BIN over the public drivers, file by
# file and as whole drivers, and keeps every report and summary in OUTDIR.
#
#   BIN     an ndis-tidy executable (e.g. /work/main/build/llvm-19/bin/ndis-tidy)
#   OUTDIR  created (emptied first if it exists); per driver OUTDIR/<driver>/:
#             per-file.txt          stdout of one run per file, -checks='-*,ndis-*',
#                                   in compile_commands.json order
#             per-file.stderr.txt   their stderr (clang's "N warnings generated")
#             whole-driver.txt      stdout of --whole-driver -p DB -j $JOBS (4-round cap)
#             whole-driver.stderr.txt
#             summaries/            the summaries --whole-driver left (--summaries-dir)
#           ovs also (rounds to a fixed point, at most $MAX_ROUNDS in all):
#             fixpoint-rounds.txt   how many rounds it took to settle
#             summaries-fixpoint/   the settled summaries
#             whole-driver-fixpoint.txt (+ .stderr.txt) the settled round's findings
#           OUTDIR/times.txt        seconds per driver and in all (not compared)
#           OUTDIR/exit-codes.txt   exit code of every run (compared)
#
# Environment:
#   DRIVERS="filter npcap"  only these (default: all, in the order below)
#   EXTRA=0                 leave out the ten x-* drivers (default: run them too)
#   JOBS=2                  processes at a time (the machine has 2 cores)
#   WDK_MODEL=DIR           header model (default this checkout's share/ndis-tidy/wdk,
#                           the same for every BIN, so paths in notes and
#                           summaries compare; set it when the change is in the model)
#   MAX_ROUNDS=10           fixed-point cap for ovs (rounds, counting the first 4)
#   ROUNDS=N                --max-rounds for every --whole-driver run (default: the tool's 4)
#   FIXPOINT="ovs"          drivers also run to a fixed point
#
# Sources: $CORPUS/src (extract.sh; CORPUS=/work/scratch by default); compile
# databases: $CORPUS/db (gen-db.py, rewritten on every run); stubs: ./stubs.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
CORPUS_DIR=${CORPUS:-/work/scratch}
[ $# -eq 2 ] || { sed -n '2,30p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
BIN=$(readlink -f "$1")
OUT=$2
[ -x "$BIN" ] || { echo "verify.sh: $BIN is not executable" >&2; exit 2; }
JOBS=${JOBS:-2}
WDK_MODEL=${WDK_MODEL:-$(cd "$HERE/../.." && pwd)/share/ndis-tidy/wdk}
MAX_ROUNDS=${MAX_ROUNDS:-10}
FIXPOINT=${FIXPOINT:-ovs}
ALL="netvmini ndisprot filter mux extension tap-windows6 wintun npcap ovs pcnet rtl8139 ne2000 ndisuio lan"
# the ten drivers first measured in December 2026 (docs/wdk-free.md), with stubs
TEN="x-selow x-neo6 x-neo x-zt-tap6 x-xennet x-pcap-ndis6 x-b2ether x-tap-windows x-winpcap x-wireguard-nt"
[ "${EXTRA:-1}" = 1 ] && ALL="$ALL $TEN"
DRIVERS=${DRIVERS:-$ALL}
CHECKS='-*,ndis-*'
export LC_ALL=C

rm -rf "$OUT"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
python3 "$HERE/gen-db.py" "$WDK_MODEL" $DRIVERS || exit 1
{
  echo "bin: $BIN"
  echo "wdk model: $WDK_MODEL"
  echo "jobs: $JOBS"
  date -u +"start: %FT%TZ"
} > "$OUT/run-info.txt"
: > "$OUT/times.txt"
: > "$OUT/exit-codes.txt"

files_of() { # the files of a database, in its order
  python3 -c 'import json,sys; [print(e["file"]) for e in json.load(open(sys.argv[1]))]' "$1"
}

# One ndis-tidy per file, JOBS at a time; each writes its own numbered files,
# joined afterwards in the database's order (deterministic whatever the timing).
per_file() { # per_file DB TMP [extra flags, no spaces inside one...]
  local db=$1 tmp=$2; shift 2
  mkdir -p "$tmp"
  files_of "$db/compile_commands.json" | awk '{printf "%04d %s\n", NR, $0}' > "$tmp/list"
  EXTRA="$*" BIN=$BIN DB=$db TMP=$tmp CHECKS=$CHECKS xargs -P "$JOBS" -L1 bash -c '
      "$BIN" -p "$DB" -checks="$CHECKS" $EXTRA "$2" >"$TMP/$1.out" 2>"$TMP/$1.err"
      echo $? >"$TMP/$1.rc"' _ < "$tmp/list"
}

run_per_file() { # run_per_file DRIVER
  local d=$1 db=$CORPUS_DIR/db/$1 o=$OUT/$1 tmp=$OUT/$1/.per-file n f
  per_file "$db" "$tmp"
  : > "$o/per-file.txt"; : > "$o/per-file.stderr.txt"
  while read -r n f; do
    cat "$tmp/$n.out" >> "$o/per-file.txt"
    cat "$tmp/$n.err" >> "$o/per-file.stderr.txt"
    echo "$d per-file ${f#${CORPUS:-/work/scratch}/src/} $(cat "$tmp/$n.rc")" >> "$OUT/exit-codes.txt"
  done < "$tmp/list"
  rm -rf "$tmp"
}

run_whole() { # run_whole DRIVER SUMMARIES OUTNAME  (SUMMARIES may hold a previous round's)
  local d=$1 s=$2 name=$3 db=$CORPUS_DIR/db/$1
  "$BIN" --whole-driver -p "$db" -j "$JOBS" ${ROUNDS:+--max-rounds=$ROUNDS} -checks="$CHECKS" --summaries-dir="$s" \
    > "$OUT/$d/$name.txt" 2> "$OUT/$d/$name.stderr.txt"
  echo "$d $name $?" >> "$OUT/exit-codes.txt"
}

# Rounds by hand from the summaries the capped run left, until a round writes
# the summaries it read (or MAX_ROUNDS); then one --whole-driver run over the
# settled folder, which settles in its first round and prints its findings.
run_fixpoint() { # run_fixpoint DRIVER
  local d=$1 db=$CORPUS_DIR/db/$1 o=$OUT/$1
  local cur=$o/.fix-cur next=$o/.fix-next round=4 settled=no
  rm -rf "$cur" "$next"; cp -a "$o/summaries" "$cur"
  while [ $round -lt "$MAX_ROUNDS" ]; do
    round=$((round + 1))
    rm -rf "$next"; mkdir -p "$next"
    per_file "$db" "$o/.fix-tmp" --quiet --import-summaries="$cur" --export-summaries="$next"
    rm -rf "$o/.fix-tmp"
    if diff -rq "$cur" "$next" > /dev/null; then settled=yes; break; fi
    rm -rf "$cur"; mv "$next" "$cur"
  done
  rm -rf "$next"
  if [ $settled = yes ]; then
    echo "settled: round $round wrote the summaries round $((round - 1)) wrote (analysis rounds after the collect pass; $((round + 1)) passes counting it; rounds 1-4 are the capped --whole-driver run)" > "$o/fixpoint-rounds.txt"
  else
    echo "NOT settled after $MAX_ROUNDS rounds" > "$o/fixpoint-rounds.txt"
  fi
  rm -rf "$o/summaries-fixpoint"; mv "$cur" "$o/summaries-fixpoint"
  run_whole "$d" "$o/summaries-fixpoint" whole-driver-fixpoint
}

T0=$(date +%s)
for d in $DRIVERS; do
  t=$(date +%s)
  mkdir -p "$OUT/$d"
  run_per_file "$d"
  rm -rf "$OUT/$d/summaries" "$OUT/$d/summaries.next"
  run_whole "$d" "$OUT/$d/summaries" whole-driver
  for f in $FIXPOINT; do [ "$f" = "$d" ] && run_fixpoint "$d"; done
  echo "$d $(( $(date +%s) - t ))" >> "$OUT/times.txt"
  printf '%-13s per file %3s, whole driver %3s%s  (%ss)\n' "$d" \
    "$(grep -c ': warning: ' "$OUT/$d/per-file.txt")" \
    "$(grep -c ': warning: ' "$OUT/$d/whole-driver.txt")" \
    "$([ -f "$OUT/$d/whole-driver-fixpoint.txt" ] && echo ", fixed point $(grep -c ': warning: ' "$OUT/$d/whole-driver-fixpoint.txt") ($(cat "$OUT/$d/fixpoint-rounds.txt" | sed 's/ wrote the.*//'))")" \
    "$(( $(date +%s) - t ))"
done
echo "total $(( $(date +%s) - T0 ))" >> "$OUT/times.txt"
date -u +"end: %FT%TZ" >> "$OUT/run-info.txt"
echo "total: $(( $(date +%s) - T0 ))s -> $OUT"
