#!/usr/bin/env python3
"""dvgold.py OUT TEXTS GOLD... [--show]: counted activities extract found (OUT/<key>.json) against a hand
annotation written before anyone looked at extraction (count-brief.md: key, figure, unit, kind, object,
committee, evidence, approx). A found count matches a gold row of the same text, figure and unit, the one
whose evidence lies nearest (each gold row matched once). Prints precision, recall and, of the matches,
how many name the gold's committee; --show lists the misses and the extra counts. A row whose ninth column (note)
says "optional" is scored both ways: the first line counts it as any other row, the second leaves it out (found
or not, it counts neither way)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dvlist import counts
from dviss import same

args = [a for a in sys.argv[1:] if not a.startswith("--")]
show = "--show" in sys.argv
out, texts, golds = args[0], args[1], args[2:]

gold = {}
for path in golds:
    for line in list(open(path, encoding="utf-8"))[1:]:
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 7 or not cols[1].strip():
            continue
        key, figure, unit, kind, obj, committee, evidence = [c.strip() for c in cols[:7]]
        unit = unit.replace("场(次)", "场次").replace("场（次）", "场次")  # the extractor reads 场(次) as 场次
        text = open(os.path.join(texts, key + ".txt"), encoding="utf-8").read()
        at = text.find(evidence) if evidence else -1
        optional = len(cols) > 8 and "optional" in cols[8].lower()
        gold.setdefault(key, []).append(dict(figure=float(figure), unit=unit, kind=kind, obj=obj, committee=committee,
                                             evidence=evidence, at=at, used=False, optional=optional))

found = list(counts(out, texts))
matched = committee_right = optional_found = 0
extras = []
for key, committee, pr, start, ctx in found:
    candidates = [g for g in gold.get(key, []) if not g["used"] and abs(g["figure"] - float(pr["value"])) < 1e-6
                  and g["unit"] == pr.get("unit", "")]
    if not candidates:
        extras.append((key, committee, pr, ctx))
        continue
    g = min(candidates, key=lambda g: abs(g["at"] - start) if g["at"] >= 0 else 10**9)
    g["used"] = True
    matched += 1
    optional_found += g["optional"]
    if (not g["committee"] and committee == "-") or same(committee, g["committee"]):
        committee_right += 1
    elif show:
        print(f"committee\t{key}\tgold:{g['committee']}\tfound:{committee}\t{ctx}")

total_gold = sum(len(v) for v in gold.values())
if show:
    for key, committee, pr, ctx in extras:
        print(f"extra\t{key}\t{committee}\t{pr.get('kind')}\t{pr.get('value')}{pr.get('unit', '')}\t{ctx}")
    for key, rows in sorted(gold.items()):
        for g in rows:
            if not g["used"]:
                print(f"missed\t{key}\t{g['kind']}\t{g['figure']:g}{g['unit']}\t{g['obj']}\t{g['evidence']}")
p = matched / len(found) if found else 0.0
r = matched / total_gold if total_gold else 0.0
print(f"found {len(found)}, gold {total_gold}, matched {matched}: precision {p:.3f}, recall {r:.3f}; "
      f"committee right in {committee_right} of {matched}")
optional = sum(g["optional"] for rows in gold.values() for g in rows)
if optional:
    f2, g2, m2 = len(found) - optional_found, total_gold - optional, matched - optional_found
    print(f"without the {optional} optional rows ({optional_found} of them found): found {f2}, gold {g2}, matched {m2}: "
          f"precision {m2 / f2 if f2 else 0:.3f}, recall {m2 / g2 if g2 else 0:.3f}")
