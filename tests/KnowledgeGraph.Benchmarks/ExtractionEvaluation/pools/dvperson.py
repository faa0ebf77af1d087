#!/usr/bin/env python3
"""dvperson.py OUT TEXTS GOLD... [--show]: Person nodes extract found (OUT/<key>.json) against a hand annotation
written before anyone looked at extraction (person-brief.md: key, name, role, body, evidence, note; a note saying
"optional" makes the name optional: neither a miss when absent nor counted when found). Names match as the
extraction evaluator matches them (spaces dropped; a node's aliases count). Prints Person precision and recall over
the texts the gold covers, and of the matched persons with a role in the gold, how many have one of its titles and,
of those with a body, how many hold it to that body. --show lists misses and extras with their context."""
import json, os, re, sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
show = "--show" in sys.argv
out, texts, golds = args[0], args[1], args[2:]

def norm(s):
    return re.sub(r"\s+", "", s or "")

gold = {}
optional = set()  # a name the annotator marked optional (习近平 before his thought or instructions): no miss if absent
all_keys = sorted(f[:-4] for f in os.listdir(texts) if f.endswith(".txt"))
for path in golds:
    rows = list(open(path, encoding="utf-8"))[1:]
    # a gold file covers every text from its first key to its last: a text with no row has no person.
    keys = [r.split("\t")[0].strip() for r in rows if r.strip()]
    for key in all_keys:
        if keys and min(keys) <= key <= max(keys):
            gold.setdefault(key, {})
    for line in rows:
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 2 or not cols[1].strip():
            continue
        key, name = cols[0].strip(), norm(cols[1])
        role = cols[2].strip() if len(cols) > 2 else ""
        body = cols[3].strip() if len(cols) > 3 else ""
        note = cols[5] if len(cols) > 5 else ""
        person = gold.setdefault(key, {}).setdefault(name, [])
        if role:
            person.append((role, body))
        if "optional" in note.lower():
            optional.add((key, name))

def ends(a, b):
    return a and b and (a.endswith(b) or b.endswith(a))

found = matched = gold_total = role_asked = role_right = body_asked = body_right = 0
lines = []
for key in sorted(gold):
    try:
        doc = json.load(open(os.path.join(out, key + ".json"), encoding="utf-8"))
    except Exception:
        doc = {"entities": [], "relations": []}
    nodes = {e["id"]: e for e in doc["entities"]}
    people = [e for e in doc["entities"] if e["type"] == "Person"]
    text = open(os.path.join(texts, key + ".txt"), encoding="utf-8").read()
    gold_total += sum(1 for name in gold[key] if (key, name) not in optional)
    found += len(people)
    used = set()
    for name, roles in gold[key].items():
        node = next((p for p in people if p["id"] not in used and name in [norm(n) for n in [p["name"]] + p.get("aliases", [])]), None)
        if node is None and (key, name) in optional:
            continue
        if node is None:
            at = text.find(name)
            lines.append(f"missed\t{key}\t{name}\t{'/'.join(r for r, _ in roles)}\t{text[max(0, at - 12):at + len(name) + 8] if at >= 0 else '(not in text as written)'}")
            continue
        used.add(node["id"])
        if (key, name) in optional:
            found -= 1
            continue
        matched += 1
        if not roles:
            continue
        held = [r for r in doc["relations"] if r["type"] == "HAS_ROLE" and r["from"] == node["id"]]
        titles = set(r["key"] for r in held) | set(node.get("properties", {}).get("roles", []))
        role_asked += 1
        hit = next(((r, b) for r, b in roles if any(ends(r, t) for t in titles)), None)
        if hit is None:
            lines.append(f"role\t{key}\t{name}\t{'/'.join(r for r, _ in roles)}\textracted {'/'.join(sorted(titles)) or 'none'}")
            continue
        role_right += 1
        if hit[1]:
            body_asked += 1
            bodies = [nodes[r["to"]] for r in held if ends(hit[0], r["key"]) and r["to"] in nodes]
            if any(norm(hit[1]) in [norm(n) for n in [b["name"]] + b.get("aliases", [])] for b in bodies):
                body_right += 1
            else:
                lines.append(f"body\t{key}\t{name}\t{hit[0]} of {hit[1]}\textracted {'/'.join(b['name'] for b in bodies) or 'none'}")
    for p in people:
        if p["id"] not in used:
            m = (p.get("mentions") or [{}])[0]
            at = text.find(p["name"])
            lines.append(f"extra\t{key}\t{p['name']}\t{'/'.join(p.get('properties', {}).get('roles', []))}\t{text[max(0, at - 12):at + len(p['name']) + 8] if at >= 0 else m.get('text', '')}")

if show:
    print("\n".join(l.replace("\n", " ") for l in lines))
p = matched / found if found else 0
r = matched / gold_total if gold_total else 0
print(f"texts {len(gold)}, found {found}, gold {gold_total}, matched {matched}: precision {p:.3f}, recall {r:.3f}; "
      f"role {role_right}/{role_asked}, body {body_right}/{body_asked}")
