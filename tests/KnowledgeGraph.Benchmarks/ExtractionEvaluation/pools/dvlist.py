#!/usr/bin/env python3
"""dvlist.py OUT TEXTS: every counted activity (one with a figure) extract found, one per line:
key, conducting committee, kind, figure+unit, object, and the text around its mention."""
import json, sys, os, glob
out, texts = sys.argv[1], sys.argv[2]
total = 0
for p in sorted(glob.glob(os.path.join(out, "*.json"))):
    key = os.path.basename(p)[:-5]
    try: d = json.load(open(p))
    except Exception: continue
    text = open(os.path.join(texts, key + ".txt"), encoding="utf-8").read()
    conductor = {r["to"]: r["from"].split(":", 1)[1] for r in d["relations"] if r["type"] == "CONDUCTED"}
    for e in d["entities"]:
        pr = e["properties"]
        if e["type"] != "Activity" or pr.get("value") is None: continue
        for m in e["mentions"][:1]:
            s, t = m["start"], m["end"]
            ctx = text[max(0, s - 25):s] + "【" + text[s:t] + "】" + text[t:t + 15]
            print(f"{key}\t{conductor.get(e['id'], '-')}\t{pr.get('kind')}\t{pr.get('value')}{pr.get('unit', '')}\t{pr.get('object', '')}\t{ctx.replace(chr(10), ' ')}")
            total += 1
print(f"counted activities: {total}")
