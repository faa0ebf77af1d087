#!/usr/bin/env python3
"""dvlist.py OUT TEXTS: every counted activity (one with a figure) extract found, one per line:
key, conducting committee, kind, figure+unit, object, and the text around its mention."""
import json, sys, os, glob

def counts(out, texts, before=25, after=15):
    """(key, committee, properties, mention start, context) of each counted activity in OUT/<key>.json."""
    for p in sorted(glob.glob(os.path.join(out, "*.json"))):
        key = os.path.basename(p)[:-5]
        try: d = json.load(open(p))
        except Exception: continue
        text = open(os.path.join(texts, key + ".txt"), encoding="utf-8").read()
        conductor = {r["to"]: r["from"].split(":", 1)[1] for r in d["relations"] if r["type"] == "CONDUCTED"}
        for e in d["entities"]:
            pr = e["properties"]
            if e["type"] != "Activity" or pr.get("value") is None: continue
            s, t = e["mentions"][0]["start"], e["mentions"][0]["end"]
            ctx = (text[max(0, s - before):s] + "【" + text[s:t] + "】" + text[t:t + after]).replace("\n", " ")
            yield key, conductor.get(e["id"], "-"), pr, s, ctx

if __name__ == "__main__":
    total = 0
    for key, committee, pr, _, ctx in counts(sys.argv[1], sys.argv[2]):
        print(f"{key}\t{committee}\t{pr.get('kind')}\t{pr.get('value')}{pr.get('unit', '')}\t{pr.get('object', '')}\t{ctx}")
        total += 1
    print(f"counted activities: {total}")
