#!/usr/bin/env python3
"""Mine ORG names from the ThaiNER TRAIN part (ids not divisible by 10) into
Sources/Khaosan/Resources/lexicons/org/organizations-thainer.tsv.

A gold ORG span text becomes a lexicon entry when, over TRAIN:
  - it is an ORG span at least MIN_COUNT times, and
  - of its occurrences at ICU token boundaries that are not inside a longer ORG
    span, at least MIN_PRECISION are exactly an ORG span.
Tokens come from `khaosan segment --format jsonl THAINER.jsonl` (ICU tokens with
source offsets), so boundaries are the same ICU boundaries the extractor sees.

Names and aliases already in the hand-made organizations.tsv or the government-body list
organizations-government.tsv (next to OUT) are skipped: one lexicon entry per body. So are the bare
head words of org-heads.txt (next to OUT): สหพันธ์ alone names no body, and as a known name it kept
the head rule from reading "สหพันธ์สาธารณรัฐเยอรมนี" (a country) or "สหพันธ์แรงงาน…" (issue 14, session 8).

usage: scripts/mine-org-lexicon.py THAINER.jsonl TOKENS.jsonl OUT.tsv
ThaiNER 1.5: CC BY 3.0, Wannaphong Phatthiyaphaibun, doi:10.5281/zenodo.3342459.
"""
import collections, json, os, sys

MIN_COUNT, MIN_PRECISION = 2, 0.5

def is_dev(doc_id):
    return int(doc_id.rsplit('-', 1)[-1]) % 10 == 0

def main(gold_path, tokens_path, out_path):
    tokens = {}
    for line in open(tokens_path, encoding='utf-8'):
        d = json.loads(line)
        tokens[d['id']] = [(t['start'], t['end']) if isinstance(t, dict) else tuple(t) for t in d['tokens']]
    docs = [json.loads(l) for l in open(gold_path, encoding='utf-8')]
    train = [d for d in docs if not is_dev(d['id'])]
    as_org = collections.Counter()
    for d in train:
        for s in d['spans']:
            if s['label'] == 'ORG':
                as_org[d['text'][s['start']:s['end']]] += 1
    names = {n for n, c in as_org.items() if c >= MIN_COUNT and n.strip() == n and n}
    hits, total = collections.Counter(), collections.Counter()
    for d in train:
        text = d['text']
        starts = {a for a, _ in tokens[d['id']]}
        ends = {b for _, b in tokens[d['id']]}
        org = [(s['start'], s['end']) for s in d['spans'] if s['label'] == 'ORG']
        exact = set(org)
        for name in names:
            i = text.find(name)
            while i >= 0:
                j = i + len(name)
                boundary_end = j in ends or j >= len(text) or not (text[j].isalnum())
                if i in starts and boundary_end:
                    if (i, j) in exact:
                        hits[name] += 1; total[name] += 1
                    elif not any(a <= i and j <= b for a, b in org):
                        total[name] += 1
                i = text.find(name, i + 1)
    known = set()
    for listed in ('organizations.tsv', 'organizations-government.tsv'):
        curated = os.path.join(os.path.dirname(out_path), listed)
        if not os.path.exists(curated):
            continue
        for line in open(curated, encoding='utf-8'):
            cols = line.rstrip('\n').split('\t')
            if line.startswith('#') or len(cols) < 2:
                continue
            known.add(cols[1])
            if len(cols) > 2:
                known.update(a.strip() for a in cols[2].split('|') if a.strip())
    heads_path = os.path.join(os.path.dirname(out_path), 'org-heads.txt')
    if os.path.exists(heads_path):
        known.update(l.strip() for l in open(heads_path, encoding='utf-8') if l.strip() and not l.startswith('#'))
    kept = sorted(n for n in names if total[n] and hits[n] / total[n] >= MIN_PRECISION and n not in known)
    with open(out_path, 'w', encoding='utf-8') as out:
        out.write('# ORG names mined from ThaiNER 1.5 TRAIN (CC BY 3.0, Wannaphong Phatthiyaphaibun,\n')
        out.write('# doi:10.5281/zenodo.3342459) by scripts/mine-org-lexicon.py: gold ORG span texts seen\n')
        out.write(f'# >= {MIN_COUNT} times whose TRAIN occurrences are ORG spans >= {MIN_PRECISION:.0%} of the time.\n')
        out.write('# Regenerate, do not edit: hand-made entries with aliases go in organizations.tsv.\n')
        for n in kept:
            out.write(f'ORG\t{n}\t\tsource=thainer;count={as_org[n]}\n')
    print(f'{len(kept)} of {len(names)} names kept', file=sys.stderr)

if __name__ == '__main__':
    main(*sys.argv[1:4])
