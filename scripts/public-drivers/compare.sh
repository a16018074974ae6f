#!/bin/bash
# compare.sh A B -- compares two verify.sh output folders, driver by driver:
#   reports  whether the warning/note/error lines of each report (per file,
#            whole driver, and ovs's fixed point) are identical, with the
#            number of warnings in A and in B;
#   summ     whether the summary folders are byte-identical (diff -rq);
#   codes    whether the runs' exit codes are the same;
# then a one-line verdict. Timing files are not compared.
# Exit status: 0 when everything is identical, 1 otherwise, 2 on bad use.
# DIFF=1 also prints the differing lines.
set -u
[ $# -eq 2 ] && [ -d "$1" ] && [ -d "$2" ] || { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
A=$1 B=$2
export LC_ALL=C
lines() { [ -f "$1" ] && grep -E ': (warning|note|error|fatal error): ' "$1"; true; }
warns() { if [ -f "$1" ]; then grep -cE ": warning: " "$1"; else echo -; fi; }

drivers=$( (ls "$A"; ls "$B") | sort -u | while read -r d; do [ -d "$A/$d" ] || [ -d "$B/$d" ] && echo "$d"; done)
bad=0; baddrivers=""
printf '%-13s %-22s %-22s %-22s %-9s %-9s\n' driver "per file (A B)" "whole driver (A B)" "fixed point (A B)" summ "summ-fix"
missing=""
for d in $drivers; do
  row=$(printf '%-13s' "$d"); dbad=0
  if [ ! -d "$A/$d" ] || [ ! -d "$B/$d" ]; then
    echo "$row only in $([ -d "$A/$d" ] && echo A || echo B): not compared"
    missing="$missing $d"; bad=1; continue
  fi
  for r in per-file whole-driver whole-driver-fixpoint; do
    fa=$A/$d/$r.txt fb=$B/$d/$r.txt
    if [ ! -f "$fa" ] && [ ! -f "$fb" ]; then row="$row $(printf '%-22s' -)"; continue; fi
    if [ -f "$fa" ] && [ -f "$fb" ] && cmp -s <(lines "$fa") <(lines "$fb"); then s=same; else s=DIFF; dbad=1; fi
    row="$row $(printf '%-22s' "$s $(warns "$fa") $(warns "$fb")")"
    if [ $s = DIFF ] && [ "${DIFF:-0}" = 1 ]; then diff <(lines "$fa") <(lines "$fb") | sed "s|^|    $d $r: |" >&2; fi
  done
  for s in summaries summaries-fixpoint; do
    if [ ! -d "$A/$d/$s" ] && [ ! -d "$B/$d/$s" ]; then row="$row $(printf '%-9s' -)"; continue; fi
    if [ -d "$A/$d/$s" ] && [ -d "$B/$d/$s" ] && diff -rq "$A/$d/$s" "$B/$d/$s" > /dev/null; then
      row="$row $(printf '%-9s' same)"
    else
      row="$row $(printf '%-9s' DIFF)"; dbad=1
      [ "${DIFF:-0}" = 1 ] && diff -rq "$A/$d/$s" "$B/$d/$s" 2>&1 | sed "s|^|    $d: |" >&2
    fi
  done
  for s in fixpoint-rounds.txt; do
    if [ -f "$A/$d/$s" ] || [ -f "$B/$d/$s" ]; then
      if ! cmp -s "$A/$d/$s" "$B/$d/$s"; then row="$row fixed-point rounds DIFF: $(sed 's/ wrote.*//' "$A/$d/$s" 2>/dev/null) / $(sed 's/ wrote.*//' "$B/$d/$s" 2>/dev/null)"; dbad=1; fi
    fi
  done
  if ! cmp -s <(grep "^$d " "$A/exit-codes.txt" 2>/dev/null) <(grep "^$d " "$B/exit-codes.txt" 2>/dev/null); then
    row="$row exit codes DIFF"; dbad=1
  fi
  echo "$row"
  [ $dbad = 1 ] && { bad=1; baddrivers="$baddrivers $d"; }
done
if [ $bad = 0 ]; then
  echo "VERDICT: identical -- every report line and every summary folder of $(echo $drivers | wc -w) drivers is the same in $A and $B"
else
  [ -n "$baddrivers" ] && echo "VERDICT: DIFFERENT in:$baddrivers (DIFF=1 $0 A B shows the lines)"
  [ -n "$missing" ] && echo "VERDICT: NOT COMPARED (only in one run):$missing"
  [ -z "$baddrivers" ] && echo "  (every driver present in both runs is identical)"
fi
exit $bad
