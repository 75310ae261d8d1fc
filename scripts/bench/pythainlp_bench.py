#!/usr/bin/env python3
"""PyThaiNLP 5.4 throughput on the first N documents of a JSONL(.gz) archive, offline.

(a) newmm word tokenisation (word_tokenize(engine="newmm")),
(b) ThaiNER CRF NER: newmm + perceptron POS + CRF features + crfsuite tagging
    (ThaiNameTagger.get_ner), with the CRF model bundled in the wheel.

PyThaiNLP 5.4 ships thainer_crf_1_5_1.model in its wheel, but
ThaiNameTagger(version="1.5") looks it up as version "1.5" (the catalogue says
"1.5.1") and falls back to a download, and the "blackboard" POS tagger that
model was trained with is not in the wheel (download only). Offline, this
script opens the bundled CRF model directly and feeds it the bundled
orchid_ud perceptron POS tags instead: the same work per token, so the
throughput is representative, but the labels are not PyThaiNLP's real output.

Prints one line per measurement: name documents bytes seconds docs/s MB/s.
"""
import gzip
import json
import sys
import time


def load(path, limit):
    opener = gzip.open if path.endswith(".gz") else open
    texts = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if len(texts) >= limit:
                break
            line = line.strip()
            if line:
                texts.append(json.loads(line)["text"])
    return texts


def report(name, texts, seconds):
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(f"{name} documents={len(texts)} bytes={size} seconds={seconds:.3f} "
          f"docs_per_s={len(texts) / seconds:.2f} mb_per_s={size / 1e6 / seconds:.4f}", flush=True)


def main():
    path, limit = sys.argv[1], int(sys.argv[2])
    texts = load(path, limit)

    from pythainlp.tokenize import word_tokenize
    word_tokenize("เริ่ม", engine="newmm")  # load the dictionary outside the timing
    start = time.perf_counter()
    for text in texts:
        word_tokenize(text, engine="newmm")
    report("pythainlp-newmm", texts, time.perf_counter() - start)

    from pycrfsuite import Tagger
    from pythainlp.corpus.core import get_corpus_default_db
    from pythainlp.tag.thainer import ThaiNameTagger
    model = get_corpus_default_db("thainer")
    ner = ThaiNameTagger.__new__(ThaiNameTagger)
    ner.crf = Tagger()
    ner.crf.open(model)
    ner.pos_tag_name = "orchid_ud"
    ner.get_ner("เริ่ม")  # load the POS model outside the timing
    start = time.perf_counter()
    for text in texts:
        ner.get_ner(text, pos=False)
    report("pythainlp-thainer-crf", texts, time.perf_counter() - start)


if __name__ == "__main__":
    main()
