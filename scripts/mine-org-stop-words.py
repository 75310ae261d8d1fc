#!/usr/bin/env python3
"""Suggest ORG stop words (tokens that end an organisation name) from the ThaiNER
TRAIN part: ICU tokens that directly follow a gold ORG span (no space between)
at least MIN_AFTER times and are rarely inside ORG spans (after their first token).
Prints candidates with counts; reviewed ones go into
Sources/Khaosan/Resources/lexicons/org/org-stop-words.txt.

usage: scripts/mine-org-stop-words.py THAINER.jsonl TOKENS.jsonl
"""
import collections, json, sys

MIN_AFTER = 2

def main(gold_path, tokens_path):
    tokens = {json.loads(l)['id']: json.loads(l)['tokens'] for l in open(tokens_path, encoding='utf-8')}
    after, inside, generic = collections.Counter(), collections.Counter(), collections.Counter()
    for line in open(gold_path, encoding='utf-8'):
        d = json.loads(line)
        if int(d['id'].rsplit('-', 1)[-1]) % 10 == 0:
            continue
        text, toks = d['text'], tokens[d['id']]
        by_start = {a: b for a, b in toks}
        for s in d['spans']:
            if s['label'] != 'ORG':
                continue
            if s['end'] in by_start:
                after[text[s['end']:by_start[s['end']]]] += 1
            for a, b in toks:
                if s['start'] < a and b <= s['end']:
                    inside[text[a:b]] += 1
    rows = [(w, c, inside[w]) for w, c in after.items()
            if c >= MIN_AFTER and w.strip() and not w[0].isdigit() and inside[w] * 2 < c]
    for w, c, i in sorted(rows, key=lambda r: -r[1]):
        print(f'{w}\t{c}\t{i}')

if __name__ == '__main__':
    main(*sys.argv[1:3])
