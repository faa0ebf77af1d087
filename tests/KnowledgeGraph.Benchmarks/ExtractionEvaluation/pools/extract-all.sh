#!/bin/bash
# extract-all.sh BIN OUT (REPO, GOV: the repository and the gov reports folder): extract of the seeds and the 21 gov reports, for an identity check (diff -rq).
BIN=$1; OUT=$2; mkdir -p "$OUT"
ls "${REPO:-.}"/seeds/*.txt "${GOV:-../shared/corpus/gov-reports-2026}"/*.txt | grep -v SOURCES | xargs -P 2 -I{} sh -c 'k=$(basename {}); dotnet '"$BIN"'/kg-ingest.dll extract {} > '"$OUT"'/$k.json 2>&1'
echo "$(ls $OUT | wc -l) files in $OUT"
