#!/usr/bin/env python3
"""The reference peer for our segmenter: Debian's python3-jieba, given the same dictionary and
HMM tables as ours (cppjieba's hmm_model.utf8 loaded into jieba.finalseg).

  jieba_peer.py --dict D --hmm H [--user-dict U] segment   < text > words
      one output line per input line, words separated by single spaces, whitespace dropped
  jieba_peer.py --dict D --hmm H [--user-dict U] time FILE ROUNDS
      segments FILE line by line ROUNDS times; prints JSON with the best time and peak RSS

Run it with Debian's interpreter (/usr/bin/python3), which is where python3-jieba lives.
"""
import argparse
import json
import logging
import resource
import sys
import time

import jieba
import jieba.finalseg as finalseg

STATES = "BEMS"


def load_hmm(path):
    """Reads cppjieba's model: start row, 4x4 transitions, 4 emission lines, states B E M S."""
    rows = [line.strip() for line in open(path, encoding="utf-8")
            if line.strip() and not line.startswith("#")]
    start = dict(zip(STATES, map(float, rows[0].split())))
    trans = {}
    for i, s in enumerate(STATES):
        values = list(map(float, rows[1 + i].split()))
        trans[s] = {t: v for t, v in zip(STATES, values) if v > -1e100}
    emit = {}
    for i, s in enumerate(STATES):
        table = {}
        for pair in rows[5 + i].split(","):
            if pair:
                table[pair[0]] = float(pair[2:])
        emit[s] = table
    return start, trans, emit


def setup(args):
    jieba.setLogLevel(logging.WARNING)
    jieba.set_dictionary(args.dict)
    jieba.initialize()
    finalseg.start_P, finalseg.trans_P, finalseg.emit_P = load_hmm(args.hmm)
    for path in args.user_dict or []:
        jieba.load_userdict(path)


def words(line):
    return [w for w in jieba.cut(line) if w.strip()]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dict", required=True)
    parser.add_argument("--hmm", required=True)
    parser.add_argument("--user-dict", action="append")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("segment")
    timing = sub.add_parser("time")
    timing.add_argument("file")
    timing.add_argument("rounds", type=int)
    args = parser.parse_args()

    loaded = time.perf_counter()
    setup(args)
    load_seconds = time.perf_counter() - loaded

    if args.command == "segment":
        out = sys.stdout
        for line in sys.stdin:
            out.write(" ".join(words(line.rstrip("\n"))))
            out.write("\n")
        return

    lines = open(args.file, encoding="utf-8").read().split("\n")
    chars = sum(len(line) for line in lines)
    best = None
    count = 0
    for _ in range(args.rounds):
        started = time.perf_counter()
        count = 0
        for line in lines:
            for _w in jieba.cut(line):
                count += 1
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    print(json.dumps({
        "chars": chars,
        "tokens": count,
        "seconds": best,
        "loadSeconds": load_seconds,
        "peakRssBytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
    }))


if __name__ == "__main__":
    main()
