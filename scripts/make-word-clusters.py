#!/usr/bin/env python3
"""Learns word clusters from unlabeled news for the tagger's features.

Distributional clustering (the idea of Brown clusters, computed with linear algebra):
each frequent word is described by the words seen right before and right after it
(counts over the archive), weighted by positive pointwise mutual information, reduced to
`--dims` dimensions (eigenvectors of the context covariance) and grouped by k-means
(k = `--clusters`, seeded, so the same input gives the same clusters). Words are ICU words
as `khaosan segment` prints them (one document a line, tokens separated by '|').

The output (`word⇥cluster`, sorted by word) is read by `khaosan train --word-clusters FILE`:
each cluster becomes a gazetteer list of the tagger, saved in the model.
Measured in session 6 (16 clusters from the 20k thaigov archive and the ThaiNER TRAIN texts,
same rules, same seed): tagger alone on ThaiNER DEV 0.849 -> 0.851, rules + tagger 0.823 -> 0.828,
but the seed articles' PLACE fell to 0.927 (< 0.95): the shipped model is trained without them.

Usage:
  zcat ../shared/data/thaigov-20k.jsonl.gz | .build/release/khaosan segment - > /tmp/tokens.txt
  scripts/make-word-clusters.py /tmp/tokens.txt [more token files] -o FILE --note "where the text is from"
  .build/release/khaosan train --gold thainer-train.jsonl --split --rule-features --word-clusters FILE -o model.khm
Requires numpy (pip install numpy).
"""
import argparse
import collections
import re
import sys

import numpy as np

WORD = re.compile(r"^[\u0E01-\u0E5BA-Za-z][\u0E01-\u0E5BA-Za-z.]*$")


def unescape_tokens(line):
    # `khaosan segment --format text` escapes \n, \r, \t, \| and \\ inside tokens.
    tokens, current, i = [], [], 0
    while i < len(line):
        c = line[i]
        if c == "\\" and i + 1 < len(line):
            current.append({"n": "\n", "r": "\r", "t": "\t"}.get(line[i + 1], line[i + 1]))
            i += 2
            continue
        if c == "|":
            tokens.append("".join(current))
            current = []
        else:
            current.append(c)
        i += 1
    tokens.append("".join(current))
    return [t for t in tokens if t.strip()]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--vocabulary", type=int, default=20000, help="most frequent words clustered")
    parser.add_argument("--contexts", type=int, default=1000, help="most frequent words used as left/right contexts")
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--dims", type=int, default=64)
    parser.add_argument("--clusters", type=int, default=16)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--note", default="", help="where the input text comes from (written into the header)")
    args = parser.parse_args()

    documents = []
    counts = collections.Counter()
    for path in args.inputs:
        with open(path, encoding="utf-8") as source:
            for line in source:
                tokens = unescape_tokens(line.rstrip("\n"))
                documents.append(tokens)
                counts.update(t for t in tokens if WORD.match(t))
    words = [w for w, c in sorted(counts.items(), key=lambda item: (-item[1], item[0])) if c >= args.min_count]
    words = words[: args.vocabulary]
    contexts = words[: args.contexts]
    word_index = {w: i for i, w in enumerate(words)}
    context_index = {w: i for i, w in enumerate(contexts)}
    n_context = len(contexts)
    matrix = np.zeros((len(words), 2 * n_context + 2), dtype=np.float64)
    for tokens in documents:
        for position, token in enumerate(tokens):
            row = word_index.get(token)
            if row is None:
                continue
            left = tokens[position - 1] if position > 0 else None
            right = tokens[position + 1] if position + 1 < len(tokens) else None
            # Unknown neighbours share one "other" column per side.
            matrix[row, context_index.get(left, n_context) if left is not None else n_context] += 1
            matrix[row, n_context + 1 + (context_index.get(right, n_context) if right is not None else n_context)] += 1
    total = matrix.sum()
    row_sums = matrix.sum(axis=1, keepdims=True)
    column_sums = matrix.sum(axis=0, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(matrix * total / (row_sums @ column_sums))
    ppmi = np.where(np.isfinite(pmi) & (pmi > 0), pmi, 0.0)
    centred = ppmi - ppmi.mean(axis=0, keepdims=True)
    covariance = centred.T @ centred
    values, vectors = np.linalg.eigh(covariance)
    basis = vectors[:, np.argsort(values)[::-1][: args.dims]]
    # Eigenvectors have an arbitrary sign: fix it so the output does not depend on LAPACK.
    basis *= np.where(basis[np.abs(basis).argmax(axis=0), range(basis.shape[1])] < 0, -1.0, 1.0)
    embedded = centred @ basis
    embedded /= np.maximum(np.linalg.norm(embedded, axis=1, keepdims=True), 1e-12)

    rng = np.random.default_rng(args.seed)
    centres = embedded[rng.choice(len(words), args.clusters, replace=False)]
    assignment = np.zeros(len(words), dtype=np.int64)
    for _ in range(50):
        distances = ((embedded[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)
        new_assignment = distances.argmin(axis=1)
        if np.array_equal(new_assignment, assignment) and _ > 0:
            break
        assignment = new_assignment
        for k in range(args.clusters):
            members = embedded[assignment == k]
            if len(members):
                centres[k] = members.mean(axis=0)
    # Clusters numbered by their most frequent word's rank, so renumbering is stable.
    first_rank = {}
    for rank, k in enumerate(assignment):
        first_rank.setdefault(int(k), rank)
    order = {k: n for n, k in enumerate(sorted(first_rank, key=first_rank.get))}
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("# Word clusters of the tagger (scripts/make-word-clusters.py): word<TAB>cluster.\n")
        out.write(f"# {len(words)} words (count >= {args.min_count}), {args.clusters} clusters, "
                  f"{args.dims} dims, seed {args.seed}, from {len(documents)} documents.\n")
        if args.note:
            out.write(f"# Text: {args.note}\n")
        for word in sorted(words):
            out.write(f"{word}\t{order[int(assignment[word_index[word]])]}\n")
    sizes = collections.Counter(order[int(k)] for k in assignment)
    print(f"{len(words)} words in {args.clusters} clusters; sizes {sorted(sizes.values(), reverse=True)}", file=sys.stderr)
    for k in range(args.clusters):
        members = [words[i] for i in range(len(words)) if order[int(assignment[i])] == k][:12]
        print(k, " ".join(members), file=sys.stderr)


if __name__ == "__main__":
    main()
