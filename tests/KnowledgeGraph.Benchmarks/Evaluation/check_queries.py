#!/usr/bin/env python3
"""Checks the evaluation query files without ranking anything.

- queries.json and gov-queries.json: every query has a kind and a split, and the split is the one
  the stated rule gives (within each kind, order the query ids by the SHA-256 of "w12-split:" + id;
  the first half is "tune", the rest "test").
- gov-queries.json: given the parser's passages, every judged passage key (the first 16 hex
  digits of the SHA-256 of the passage text without whitespace) names exactly one passage of its
  report (reported when that passage's id differs from the recorded path). With --show, prints
  each query with the sentences it judges, for people reviewing the judgments.

Usage (from the repository root):
  dotnet run --project ingest -- structure ../shared/corpus/gov-reports-2026 > /tmp/structure.txt
  python3 tests/KnowledgeGraph.Benchmarks/Evaluation/check_queries.py --structure /tmp/structure.txt [--show]
"""
import argparse
import collections
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def expected_splits(queries):
    by_kind = collections.defaultdict(list)
    for q in queries:
        by_kind[q["kind"]].append(q["id"])
    split = {}
    for ids in by_kind.values():
        ordered = sorted(ids, key=lambda i: hashlib.sha256(("w12-split:" + i).encode("utf-8")).hexdigest())
        half = len(ordered) // 2
        for i in ordered[:half]:
            split[i] = "tune"
        for i in ordered[half:]:
            split[i] = "test"
    return split


def check_splits(name, queries, errors):
    split = expected_splits(queries)
    for q in queries:
        if q.get("split") != split[q["id"]]:
            errors.append(f"{name} {q['id']}: split {q.get('split')!r}, the rule gives {split[q['id']]!r}")


def read_passages(structure_path):
    """Passages per document key from the output of `ingest structure`: (id, text) pairs."""
    passages = collections.defaultdict(list)
    doc = None
    for line in open(structure_path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# "):
            doc = os.path.basename(line[2:].split(" ")[0]).replace("_2026_gov_work_report.txt", "")
            continue
        heading = re.match(r"^## \S+?:(s\d+) level \d+: (.*)$", line)
        if heading:
            passages[doc].append((heading.group(1) + ":h", heading.group(2)))
            continue
        sentence = re.match(r"^\S+?:(s\d+(?::p\d+:t\d+)?) \[\d+,\d+\) (.*)$", line)
        if sentence:
            passages[doc].append((sentence.group(1), sentence.group(2)))
    return passages


def passage_key(text):
    """The key a judgment names a passage by: SHA-256 of its text without whitespace, 16 hex digits."""
    return hashlib.sha256(re.sub(r"\s+", "", text).encode("utf-8")).hexdigest()[:16]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--structure", required=True, help="output of `ingest structure` over the reports' folder")
    parser.add_argument("--show", action="store_true", help="print each query with the passages it judges")
    args = parser.parse_args()

    errors, notes = [], []
    seeds = json.load(open(os.path.join(HERE, "queries.json"), encoding="utf-8"))
    gov = json.load(open(os.path.join(HERE, "gov-queries.json"), encoding="utf-8"))
    check_splits("queries.json", seeds["queries"], errors)
    check_splits("gov-queries.json", gov["queries"], errors)

    passages = read_passages(args.structure)
    by_key = {doc: collections.defaultdict(list) for doc in passages}
    for doc, items in passages.items():
        for pid, text in items:
            by_key[doc][passage_key(text)].append((pid, text))
    grades = collections.Counter()
    for q in gov["queries"]:
        seen = set()
        if args.show:
            print(f"{q['id']} ({q['kind']}, {q['split']}): {q['text']}")
        for j in q["judgments"]:
            doc, key = j["doc"], j["passage"]
            grades[j["grade"]] += 1
            if (doc, key) in seen:
                errors.append(f"{q['id']}: {doc} {key} judged twice")
            seen.add((doc, key))
            if j["grade"] not in (1, 2, 3):
                errors.append(f"{q['id']}: grade {j['grade']}")
            hits = by_key.get(doc, {}).get(key, [])
            if len(hits) != 1:
                errors.append(f"{q['id']}: {doc} {key} ({j.get('path')}) names {len(hits)} passages")
                continue
            pid, text = hits[0]
            if args.show:
                print(f"  {j['grade']} {doc} {pid}: {text}")
            if pid != j.get("path"):
                notes.append(f"{q['id']}: {doc} {key} is now {pid} (recorded {j.get('path')})")

    kinds = collections.Counter((q["kind"], q["split"]) for q in gov["queries"])
    print(f"gov-queries.json: {len(gov['queries'])} queries {dict(sorted(kinds.items()))}, "
          f"judgments by grade {dict(sorted(grades.items()))}")
    for n in notes:
        print("note:", n)
    for e in errors:
        print("error:", e)
    print("ok" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
