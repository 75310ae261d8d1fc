#!/usr/bin/env python3
"""Suggest generic complements of ORG heads from the ThaiNER TRAIN part: the
first ICU token after a head word (org-heads.txt) when the head does NOT start
a gold ORG span, counted against the same token when it does. Tokens seen
>= MIN times as generic and at most a third as often in names are printed
(word, head, generic count, name count); reviewed ones go into
Sources/Khaosan/Resources/lexicons/org/org-generic-complements.txt.

usage: scripts/mine-org-generic-complements.py THAINER.jsonl TOKENS.jsonl HEADS.txt
"""
import collections, json, sys

MIN = 2

def main(gold_path, tokens_path, heads_path):
    heads = [h.strip() for h in open(heads_path, encoding='utf-8') if h.strip() and not h.startswith('#')]
    heads.sort(key=len, reverse=True)
    tokens = {json.loads(l)['id']: json.loads(l)['tokens'] for l in open(tokens_path, encoding='utf-8')}
    generic, named, which = collections.Counter(), collections.Counter(), {}
    for line in open(gold_path, encoding='utf-8'):
        d = json.loads(line)
        if int(d['id'].rsplit('-', 1)[-1]) % 10 == 0:
            continue
        text, toks = d['text'], tokens[d['id']]
        ends = {b for _, b in toks}
        by_start = {a: b for a, b in toks}
        org_starts = {s['start'] for s in d['spans'] if s['label'] == 'ORG'}
        for a, _ in toks:
            head = next((h for h in heads if text.startswith(h, a) and a + len(h) in ends), None)
            if head is None or a + len(head) not in by_start:
                continue
            nxt = text[a + len(head):by_start[a + len(head)]]
            if not nxt.strip():
                continue
            (named if a in org_starts else generic)[nxt] += 1
            which.setdefault(nxt, head)
    for w, c in generic.most_common():
        if c >= MIN and named[w] * 3 <= c:
            print(f'{w}\t{which[w]}\t{c}\t{named[w]}')

if __name__ == '__main__':
    main(*sys.argv[1:4])
