#!/bin/bash
# dvrun.sh BIN TEXTS OUT: kg-ingest extract of every TEXTS/*.txt into OUT/<key>.json (2 at a time).
# BIN is a folder holding kg-ingest.dll (a built ingest/bin/Release/net10.0, or a copy of one).
BIN=$1; TEXTS=$2; OUT=$3
mkdir -p "$OUT"
ls "$TEXTS"/*.txt | xargs -P 2 -I{} sh -c 'k=$(basename {} .txt); dotnet '"$BIN"'/kg-ingest.dll extract {} > '"$OUT"'/$k.json 2>'"$OUT"'/$k.err'
echo "extracted $(ls "$OUT"/*.json | wc -l) into $OUT"
