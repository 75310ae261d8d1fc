#!/usr/bin/env python3
"""DATE-only exact-span evaluation of `khaosan dates` on ThaiNER (thainer-train.jsonl).

Split (the project's convention): records whose numeric id suffix is divisible
by 10 are DEV, the others TRAIN. Report on DEV; study TRAIN.

usage: scripts/eval-dates.py [--split dev|train] [--convention project|thaiNER]
                             [--errors N] [--gold PATH] [--khaosan PATH]
Prints precision, recall and F1 of exact (start, end) DATE spans, plus
boundary-only errors, misses and spurious spans (nervaluate's categories).
"""
import argparse, json, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
p = argparse.ArgumentParser()
p.add_argument("--split", default="dev", choices=["dev", "train", "all"])
p.add_argument("--convention", default="thaiNER", choices=["project", "thaiNER"])
p.add_argument("--errors", type=int, default=0)
p.add_argument("--gold", default=os.path.join(root, "..", "..", "shared", "data", "thainer-train.jsonl"))
p.add_argument("--khaosan", default=os.path.join(root, ".build", "debug", "khaosan"))
a = p.parse_args()
if not os.path.exists(a.gold):
    a.gold = "/work/shared/data/thainer-train.jsonl"

def in_split(rid):
    n = int(rid.rsplit("-", 1)[1])
    return a.split == "all" or (n % 10 == 0) == (a.split == "dev")

records = [json.loads(l) for l in open(a.gold, encoding="utf-8")]
records = [r for r in records if in_split(r["id"])]
with tempfile.TemporaryDirectory() as tmp:
    for r in records:
        with open(os.path.join(tmp, r["id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(r["text"])
    out = subprocess.run([a.khaosan, "dates", "--format", "jsonl", "--date-convention", a.convention, tmp],
                         check=True, capture_output=True, text=True).stdout
predicted = {}
for line in out.splitlines():
    d = json.loads(line)
    predicted[d["id"]] = d["spans"]

tp = fp = fn = boundary = 0
examples = []
for r in records:
    gold = {(s["start"], s["end"]) for s in r["spans"] if s["label"] == "DATE"}
    pred = set()
    for s in predicted.get(r["id"], []):
        if s["label"] != "DATE": continue
        start, end = s["start"], s["end"]
        # The reader stub drops a leading BOM (RawDocument should keep it): realign by one.
        if r["text"][start:end] != s["text"] and r["text"][start + 1:end + 1] == s["text"]:
            start, end = start + 1, end + 1
        pred.add((start, end))
    tp += len(gold & pred)
    for s, e in sorted(pred - gold):
        fp += 1
        if any(gs < e and s < ge for gs, ge in gold): boundary += 1
        examples.append(("spurious/boundary", r, s, e))
    for s, e in sorted(gold - pred):
        fn += 1
        examples.append(("missed/boundary", r, s, e))
prec = tp / (tp + fp) if tp + fp else 0.0
rec = tp / (tp + fn) if tp + fn else 0.0
f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
print(f"ThaiNER {a.split} ({len(records)} records), convention {a.convention}: DATE exact span")
print(f"  gold {tp + fn}, predicted {tp + fp}, correct {tp}; boundary errors {boundary}, "
      f"spurious {fp - boundary}, missed {fn - boundary}")
print(f"  precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}")
for kind, r, s, e in examples[: a.errors]:
    t = r["text"]
    print(f"  {kind:18} {r['id']}: …{t[max(0, s - 20):s]}[{t[s:e]}]{t[e:e + 20]}…")
