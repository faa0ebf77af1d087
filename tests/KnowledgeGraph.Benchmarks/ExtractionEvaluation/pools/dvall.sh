#!/bin/bash
# dvall.sh BIN TAG [BASETAG]: runs dvrun.sh over every pool DEV/texts-devNN into DEV/out-dNN-TAG (two pools at a time),
# then, with BASETAG, prints per pool the counts against its gold (DEV/goldNN*.tsv), the issuers, and every counted
# activity that differs from DEV/out-dNN-BASETAG. DEV defaults to /work/cppcc-dev; POOLS="22 23" runs only those pools
# (a pool held out stays unread).
BIN=$1; TAG=$2; BASE=$3; DEV=${DEV:-/work/cppcc-dev}; HERE=$(cd "$(dirname "$0")" && pwd)
pools=${POOLS:-$(ls -d "$DEV"/texts-dev* | sed 's/.*texts-dev//')}
for p in $pools; do
  bash "$HERE/dvrun.sh" "$BIN" "$DEV/texts-dev$p" "$DEV/out-d$p-$TAG" >/dev/null 2>&1 &
  (( $(jobs -r | wc -l) >= 2 )) && wait -n
done
wait
[ -n "$BASE" ] || exit 0
for p in $pools; do
  T=$DEV/texts-dev$p; gold=$(ls "$DEV"/gold$p*.tsv 2>/dev/null)
  for t in $BASE $TAG; do
    [ -n "$gold" ] && echo "dev$p $t: $(python3 "$HERE/dvgold.py" "$DEV/out-d$p-$t" "$T" $gold | tail -1)"
  done
  echo "dev$p issuers $TAG: $(python3 "$HERE/dviss.py" "$DEV/out-d$p-$TAG" "$T" "$DEV/out-d$p-$BASE" | tail -1)"
  diff <(python3 "$HERE/dvlist.py" "$DEV/out-d$p-$BASE" "$T") <(python3 "$HERE/dvlist.py" "$DEV/out-d$p-$TAG" "$T") | grep '^[<>]'
done
