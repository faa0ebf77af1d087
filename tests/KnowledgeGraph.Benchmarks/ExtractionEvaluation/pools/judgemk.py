#!/usr/bin/env python3
"""judgemk.py TEXTS BASEOUT NEWOUT JUDGEDIR MAPFILE: the union of two builds' counted activities, one row each,
written for a blind judge (JUDGEDIR/counts.tsv: id, key, conductor, kind, figure+unit, object, context) with no word of
which build gave it; MAPFILE (kept away from the judge) says which builds gave each row."""
import json, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dvlist import counts

texts, base, new, jd, mapfile = sys.argv[1:6]
def rows(out):
    r = {}
    for key, committee, pr, s, ctx in counts(out, texts, 40, 25):
        k = (key, committee, pr.get("kind"), f"{pr.get('value'):g}{pr.get('unit', '')}", pr.get("object", ""), s)
        r[k] = ctx.replace("\t", " ")
    return r
b, n = rows(base), rows(new)
os.makedirs(jd, exist_ok=True)
allk = sorted(set(b) | set(n), key=lambda k: (k[0], k[5], k[3], k[1], k[2], k[4]))
m = {}
with open(os.path.join(jd, "counts.tsv"), "w", encoding="utf-8") as f:
    f.write("id\tkey\tcommittee\tkind\tfigure\tobject\tcontext\n")
    for i, k in enumerate(allk, 1):
        rid = f"j{i:03d}"
        f.write(f"{rid}\t{k[0]}\t{k[1]}\t{k[2]}\t{k[3]}\t{k[4]}\t{b.get(k) or n.get(k)}\n")
        m[rid] = "both" if k in b and k in n else ("base" if k in b else "new")
json.dump(m, open(mapfile, "w"), indent=0)
print(f"{len(allk)} rows: both {sum(v=='both' for v in m.values())}, base only {sum(v=='base' for v in m.values())}, new only {sum(v=='new' for v in m.values())}")
