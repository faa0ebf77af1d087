#!/usr/bin/env python3
"""dviss.py OUT TEXTS [BASEOUT]: issuer found by extract (OUT/<key>.json) against TEXTS/issuers.tsv,
written before any extractor ran. A party committee written short (民盟荆州市委) matches its full name, a party's
county-level unit written without its prefecture (民盟瓯海区基层委) the name with it, an autonomous region's
written short (民革新疆区委) its full name.
With BASEOUT, prints both builds and marks keys where they differ with *."""
import json, sys, os, re
PARTIES = {"民革": "中国国民党革命委员会", "民盟": "中国民主同盟", "民建": "中国民主建国会", "民进": "中国民主促进会",
           "农工党": "中国农工民主党", "农工民主党": "中国农工民主党", "致公党": "中国致公党", "台盟": "台湾民主自治同盟"}
def norm(s):
    s = (s or "").strip()
    for short, full in PARTIES.items():
        if s.startswith(short): s = full + s[len(short):]
    s = re.sub(r"委员会$", "委", s)
    if s.startswith("中国") and "委" in s: pass
    return s.replace("委会", "委")
def same(got, gold):
    # a county-level committee is written with its prefecture in issuers.tsv (政协唐山市遵化市委员会)
    # and without it by the project (政协遵化市委员会): the same body.
    g, o = norm(gold), norm(got)
    if g == o: return True
    # a prefecture's work committee of the 新疆 committee (政协新疆维吾尔自治区委员会塔城地区工作委员会, written short
    # 政协塔城地区工作委员会 or 政协塔城地区委员会)
    work = lambda s: re.sub(r"^政协新疆维吾尔自治区委(?:员会)?(.+地区)工作委$", r"政协\1委", s).replace("地区工作委", "地区委")
    if work(g) == work(o): return True
    # a county made a district (栾城县 → 栾城区, 柳江县 → 柳江区): issuers.tsv may give the name of the years written about
    if o.startswith("政协") and re.sub(r"[县区]委$", "委", g) == re.sub(r"[县区]委$", "委", o) and len(o) > 6: return True
    if o.startswith("政协") and g.startswith("政协") and len(o) > 4 and g.endswith(o[2:]) and o[-2] in "县市旗":
        return True
    # a party's county-level unit written without its prefecture (民盟瓯海区基层委, 九三学社涪陵区委) and with it by the
    # project (中国民主同盟温州市瓯海区基层委员会, 九三学社重庆市涪陵区委员会).
    for party in set(PARTIES.values()) | {"九三学社"}:
        if g.startswith(party) and o.startswith(party):
            rest_g, rest_o = g[len(party):], o[len(party):]
            if len(rest_g) >= 3 and rest_o.endswith(rest_g) and rest_o[:-len(rest_g)].endswith("市"):
                return True
            # a branch named by its county's short form (民盟平定支部, the project 中国民主同盟平定县支部)
            if rest_g.endswith("支部") and rest_o.endswith("支部") and len(rest_o) == len(rest_g) + 1 and rest_o[:-3] == rest_g[:-2] and rest_o[-3] in "县区市旗":
                return True
            # an autonomous region's committee written short (民革新疆区委, 民建广西区委)
            if rest_g.endswith("区委") and rest_o.endswith("自治区委") and rest_o.startswith(rest_g[:-2]):
                return True
    return False
def issuer(out, key):
    p = os.path.join(out, key + ".json")
    try: return json.load(open(p))["document"]["properties"].get("issuer") or ""
    except Exception: return "?"
if __name__ == "__main__":
    out, texts = sys.argv[1], sys.argv[2]
    base = sys.argv[3] if len(sys.argv) > 3 else None
    rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(texts, "issuers.tsv"), encoding="utf-8")][1:]
    right = rb = 0
    for r in rows:
        key, gold = r[0], r[2]
        got = issuer(out, key); ok = same(got, gold); right += ok
        line = f"{key}\t{'ok ' if ok else 'BAD'}\t{gold}\t{got}"
        if base:
            b = issuer(base, key); okb = same(b, gold); rb += okb
            line = ("*" if b != got else " ") + line + f"\tbase:{b}"
        print(line)
    print(f"issuer right {right}/{len(rows)}" + (f" (base {rb})" if base else ""))
