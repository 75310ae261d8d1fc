#!/usr/bin/env python3
"""Counts, on a JSONL(.gz) archive, how many articles each TextNormalizer rule fires in.

Usage: scripts/normalise-rule-counts.py [../shared/data/thaigov-20k.jsonl.gz]
Mirrors Sources/KhaosanText/FixPass.swift and NormalizationTable.swift (rules
applied left to right; NFC is checked on the text after the other fixes).
"""
import collections, gzip, json, re, sys, unicodedata

PATH = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/thaigov-20k.jsonl.gz"
LEGACY = [0x0E10, 0x0E34, 0x0E35, 0x0E36, 0x0E37, 0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C,
          0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C, 0x0E0D, 0x0E31, 0x0E4D, 0x0E47,
          0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C, 0x0E38, 0x0E39, 0x0E3A]
SPACES = {0x09, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200B)}
DELETE = {0xAD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}
NEWLINE = {0x0B, 0x0C, 0x85, 0x2028, 0x2029}
TONES = "\u0e48\u0e49\u0e4a\u0e4b"
MARKS = set("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4e")
PRINT = re.compile(r"(?m)^[ \t\u00a0\u1680\u2000-\u200f\u202a-\u202f\u205f\u2060\u3000\ufeff\u00ad\u2066-\u2069]*พิมพ์[ \t\u00a0\u1680\u2000-\u200f\u202a-\u202f\u205f\u2060\u3000\ufeff\u00ad\u2066-\u2069]*$")


def thai(ch):
    o = ord(ch)
    return chr(LEGACY[o - 0xF700]) if 0xF700 <= o <= 0xF71A else ch


def fix(text, fired):
    out = []
    n = len(text)
    i = 0
    # print-button lines: positions of "พิมพ์" alone on a line (\r and LS/PS count as line ends)
    lined = re.sub("[\r\u000b\u000c\u0085\u2028\u2029]", "\n", text)
    printed = {m.start() + m.group().index("พิมพ์") for m in PRINT.finditer(lined)}
    while i < n:
        ch = text[i]
        o = ord(ch)
        if 0xF700 <= o <= 0xF71A:
            fired["legacy font code point U+F700-F71A"] += 1
            ch = thai(ch); o = ord(ch)
        if o in SPACES:
            fired["no-break space U+00A0" if o == 0xA0 else "tab" if o == 9 else "other Unicode space"] += 1
            out.append(" ")
        elif o in DELETE:
            name = {0x200B: "zero-width space U+200B", 0xFEFF: "BOM U+FEFF", 0xAD: "soft hyphen U+00AD"}
            fired[name.get(o, "other invisible (ZWNJ/ZWJ/WJ/bidi controls)")] += 1
        elif o == 0x0D:
            fired["CR or CR LF"] += 1
            out.append("\n")
            if i + 1 < n and text[i + 1] == "\n":
                i += 1
        elif o in NEWLINE:
            fired["line/paragraph separator, VT, FF, NEL"] += 1
            out.append("\n")
        elif 0x0E50 <= o <= 0x0E59:
            fired["Thai digit"] += 1
            out.append(chr(o - 0x0E50 + 0x30))
        elif o == 0x0E40 and i + 1 < n and thai(text[i + 1]) == "\u0e40":
            fired["doubled sara e"] += 1
            out.append("\u0e41"); i += 1
        elif o == 0x0E4D and i + 1 < n and thai(text[i + 1]) == "\u0e32":
            fired["decomposed sara am"] += 1
            out.append("\u0e33"); i += 1
        elif o == 0x0E4D and i + 2 < n and thai(text[i + 1]) in TONES and thai(text[i + 2]) == "\u0e32":
            fired["decomposed sara am with a tone mark between"] += 1
            out.append(thai(text[i + 1])); out.append("\u0e33"); i += 2
        elif o == 0x0E33 and i + 1 < n and thai(text[i + 1]) in TONES:
            fired["tone mark typed after sara am"] += 1
            out.append(thai(text[i + 1])); out.append("\u0e33"); i += 1
        elif ch in MARKS and i + 1 < n and thai(text[i + 1]) == ch:
            fired["Thai mark typed twice or more"] += 1
            out.append(ch)
            while i + 1 < n and thai(text[i + 1]) == ch:
                i += 1
        elif o == 0x0E1E and i in printed:
            fired["print-button line"] += 1
            i += 4
        else:
            out.append(ch)
        i += 1
    return "".join(out)


articles = collections.Counter()
occurrences = collections.Counter()
documents = changed = 0
opener = gzip.open if PATH.endswith(".gz") else open
with opener(PATH, "rt", encoding="utf-8") as f:
    for line in f:
        text = json.loads(line)["text"]
        documents += 1
        fired = collections.Counter()
        fixed = fix(text, fired)
        if not unicodedata.is_normalized("NFC", fixed):
            fired["NFC changes the text"] += 1
        for rule, count in fired.items():
            articles[rule] += 1
            occurrences[rule] += count
        changed += bool(fired)
print(f"{documents} articles, {changed} changed by at least one rule")
print(f"{'rule':48} {'articles':>8} {'occurrences':>12}")
for rule, count in articles.most_common():
    print(f"{rule:48} {count:8} {occurrences[rule]:12}")
