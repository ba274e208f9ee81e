#!/usr/bin/env python3
"""Draw claims or roles at random from `kg extract --format json` output, each shown with the
text around it, to be read against the article and counted right or wrong by hand.

    for c in bbc wikinews; do kg extract --format json ../shared/corpus/$c.jsonl > /tmp/$c.json; done
    scripts/precision-sample.py claims 20261129 40 /tmp/bbc.json /tmp/wikinews.json \\
        --corpus ../shared/corpus/bbc.jsonl ../shared/corpus/wikinews.jsonl
"""
import argparse
import json
import random

ap = argparse.ArgumentParser()
ap.add_argument("kind", choices=["claims", "roles"])
ap.add_argument("seed", type=int)
ap.add_argument("n", type=int)
ap.add_argument("extractions", nargs="+")
ap.add_argument("--corpus", nargs="+", default=[])
args = ap.parse_args()

texts = {}
for path in args.corpus:
    for line in open(path, encoding="utf-8"):
        a = json.loads(line)
        texts[a["id"]] = a["text"]

items = []
for path in args.extractions:
    for article in json.load(open(path, encoding="utf-8")):
        for x in article[args.kind]:
            items.append((article["id"], x))

for n, (aid, x) in enumerate(random.Random(args.seed).sample(items, min(args.n, len(items))), 1):
    key = x["text"] if args.kind == "claims" else x["evidence"]
    body = texts.get(aid, "")
    at = body.find(key[:60])
    context = body[max(0, at - 300): at + len(key) + 150].replace("\n", " ") if at >= 0 else ""
    if args.kind == "claims":
        print(f"{n}. [{aid}] {x['claimant']} ({x['kind']}, {x['cue']}): {key}")
    else:
        print(f"{n}. [{aid}] {x['holder']} | {x['title']} | {x['organization']} | former={x['former']}")
    print(f"   ...{context}...\n")
