#!/usr/bin/env python3
"""Count known mention error kinds (issue 14) in an extraction, with examples: the fix worklist.

usage: scripts/hunt-mention-errors.py ARCHIVE EXTRACTION [--examples 5]

ARCHIVE and EXTRACTION as for scripts/sample-mentions.py (the articles, and `khaosan extract`
on them). Prints one Markdown section per error kind: how many occurrences the pattern finds
and up to --examples concrete cases (article, start-end, what was extracted, what it should be).
The patterns are heuristics written after reading the output (fixtures/review/
mentions-session6.md says how precise each one is); re-run after a fix to see the counts move.
Offsets are Unicode scalar indices into the article text (Python str indices).
"""
import argparse, collections, importlib.util, os, re

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("sample_mentions", os.path.join(here, "sample-mentions.py"))
sample_mentions = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sample_mentions)

SPACE = "[ \u00a0\u200b\t]"
THAI = "[\u0e01-\u0e5b]"
ROLE = (r"(รอง|อธิบดี|ปลัด|รัฐมนตรี|ผู้|ประธาน|เลขาธิการ|เลขานุการ|นายก|ที่ปรึกษา|โฆษก|เอกอัครราชทูต|กรรมการ|"
        r"หัวหน้า|อธิการบดี|ผอ\.|สส\.|สมาชิก|ประจำ|นายอำเภอ|กงสุล|อุป|เจ้า|พร้อม|และ|นาย|นาง|น\.ส\.|ดร\.)")
NOT_FAMILY = ("กล่าว", "รอง", "ผู้", "ประธาน", "อธิบดี", "ปลัด", "รัฐมนตรี", "เลขา", "นายก", "ที่ปรึกษา", "โฆษก",
              "และ", "พร้อม", "ได้", "ยัง", "ซึ่ง", "จะ", "เป็น", "ระบุ", "เปิดเผย", "ที่", "โดย", "ให้", "ก็", "เน้น",
              "ชี้แจง", "ย้ำ", "มอบ", "ร่วม", "นำ", "ตรวจ", "แจ้ง", "เผย", "เดินทาง", "ลงพื้นที่", "หารือ", "ต้อนรับ",
              "แสดง", "เข้า", "กรรมการ", "เจ้าอาวาส", "ทรง", "ด้วย", "เพื่อ", "แห่ง", "พิธี", "รักษาราชการ", "แล้ว",
              "เนื่อง", "สรุป", "รู้สึก", "ประทาน", "นัก", "เปิด", "กลับยืนยัน",
              "ประเพณี", "จริยธรรม", "กำหนด", "ดอกเบี้ย")
TITLES = r"(นาย|นางสาว|นาง|น\.ส\.|ดร\.|คุณ|พลเอก|พล\.อ\.|พันจ่าเอก|ว่าที่ร้อยตรี)"
COMMON_WORDS = {"การ", "การฯ", "วัน", "แพทย์", "ทรงคุณวุฒิ", "เชี่ยวชาญ", "ดําเนินโครงการ", "ดำเนินโครงการ",
                "ดำเนินโครงการฯ", "ทุก", "จำนวน", "กลุ่ม", "ทั่วประเทศ", "ออนไลน์", "บำบัดทุกข์ บำรุงสุข", "บำบัดทุกข์",
                "เปรียญธรรม", "ระงับหนี้", "มหาวิทยาลัย", "คุณธรรม", "ป้า", "ลุง", "สลาก", "เดียว", "สานงานต่อ",
                "จิตอาสา", "มาก", "กำหนด", "หวัง", "มั่น", "ดัง", "ต้น", "มงคล", "ชวน", "สงกรานต์"}
PAREN_WORDS = {"ร่าง", "ชุมชน", "หากมี", "ซ้าย", "ถ้ามี", "ตรัง"}  # read in the output: "X (ร่าง)", "(หากมี)", "ที่ 3 (ตรัง)"
NEXT_WORD = ("ทรง", "และ", "ที่", "มา", "หลัง", "พระองค์", "ประทาน", "ของ", "ใน", "เจ้าชาย", "แห่ง")
ROLE_PREFIX = r"(รมว|รมช|รมต|ผอ|ผบ|จนท|ผบก|ผบช|ผวจ|นรม|ปธ|ผช|ผจก|อธ|ผกก)\.$"
ROAD_PREFIX = r"(?<![\u0e01-\u0e5b.])([ก-ฮ]{2})\.[ \u00a0]?(\d{1,4})(?![\d/.])"
THAI_NATIONAL = r"(คน|ชาว|สังคม|ชุมชน|สินค้า|แรงงาน|นักท่องเที่ยว|ผู้ประกอบการ|เศรษฐกิจ|ภาษา|อาหาร|ผลไม้|นักลงทุน|นักศึกษา|เกษตรกร|ผู้ส่งออก|วัฒนธรรม|ภูมิปัญญา)$"


def parse_arguments():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("archive")
    p.add_argument("extraction")
    p.add_argument("--examples", type=int, default=5)
    return p.parse_args()


class Hunt:
    """The archive, its mentions per article, and the findings per error kind."""

    def __init__(self, archive, extraction):
        self.articles = sample_mentions.read_archive(archive)
        labels = {"PERSON", "ORG", "PLACE", "DATE", "EVENT"}
        self.mentions = collections.defaultdict(list)
        for m in sample_mentions.read_mentions(extraction, self.articles, labels):
            self.mentions[m["article"]].append(m)
        self.findings = collections.OrderedDict()

    def text(self, article):
        return self.articles[article][0]

    def all(self, label):
        for article, ms in self.mentions.items():
            for m in ms:
                if m["label"] == label:
                    yield article, m

    def overlapping(self, article, start, end, label=None):
        return [m for m in self.mentions[article]
                if m["start"] < end and m["end"] > start and (label is None or m["label"] == label)]

    def add(self, kind, article, start, end, got, should):
        self.findings.setdefault(kind, []).append((article, start, end, got, should))

    def each_match(self, pattern):
        for article, (text, _) in self.articles.items():
            for match in re.finditer(pattern, text):
                yield article, match


def shown(mentions):
    return " + ".join(f"{m['label']} `{m['text']}`" for m in mentions) or "nothing"


def hunt_persons(h):
    for article, m in h.all("PERSON"):
        text, s, e = h.text(article), m["start"], m["end"]
        if not re.search(SPACE, m["text"].strip()) and not m["text"].startswith(("พระ", "สมเด็จ")):
            after = re.match(SPACE + "+(" + THAI + "+)" + SPACE + "+" + ROLE, text[e:e + 80])
            if (after and not after.group(1).startswith(NOT_FAMILY + (m["text"],)) and len(after.group(1)) <= 14
                    and m["text"] not in COMMON_WORDS and not m["text"].endswith("ฯ")):
                family_start = e + after.start(1)
                if not h.overlapping(article, family_start, family_start + 1, "PERSON"):
                    h.add("PERSON family name dropped", article, s, e, f"`{m['text']}`", f"`{text[s:e + after.end(1)]}`")
        glued_title = re.search(TITLES + "$", text[max(0, s - 12):s])
        if glued_title and not re.search("(นายก|คุณ)$", text[max(0, s - 12):s]):
            h.add("PERSON title glued before the span dropped", article, s, e, f"`{m['text']}`", f"`{glued_title.group(0)}{m['text']}`")
        if m["source"] == "person.given-name" and (m["text"] in COMMON_WORDS or (
                re.match(THAI, text[s - 1:s] if s else "") and re.match(THAI, text[e:e + 1]))):
            h.add("PERSON common word (given-name rule)", article, s, e, m["text"], "no mention")
        if (m["source"] == "tagger" and re.match(THAI, text[e:e + 1]) and m["text"].startswith(("พระ", "สมเด็จ"))
                and not text[e:e + 8].startswith(NEXT_WORD)):
            word_end = re.match(THAI + "*", text[e:]).end()
            h.add("PERSON royal/monk name cut inside a word (tagger)", article, s, e, m["text"], text[s:e + word_end] + " (up to the next space)")


def hunt_orgs(h):
    for article, m in h.all("ORG"):
        text, s, e = h.text(article), m["start"], m["end"]
        tail = re.match(r"[ก-ฮ]{1,3}\.", text[e:e + 5])
        if tail and re.match(r"[ก-ฮ.]", m["text"][-1:]):
            h.add("ORG acronym cut before its last letters", article, s, e, m["text"], m["text"] + tail.group(0))
        head = re.search(r"(?<![\u0e01-\u0e5b.])([ก-ฮ]{1,4}\.){1,3}$", text[max(0, s - 10):s])
        if (head and m["text"].endswith(".") and not re.search(ROLE_PREFIX, head.group(0))
                and head.group(0) not in ("รร.", m["text"])):  # รร.สพฐ. = a school of สพฐ.; บขส.บขส. = a repeated word
            h.add("ORG acronym prefix dropped (สป.มท. → มท.)", article, s, e, m["text"], head.group(0) + m["text"])
        if m["text"] in PAREN_WORDS and m["source"] in ("org.acronym-definition", "org.acronym-use"):
            h.add("ORG a parenthesised common word taken as an acronym (ร่าง, ชุมชน, …)", article, s, e, m["text"], "no mention")
        generic = re.search(r"(?<![\u0e01-\u0e5b])(ธ\.|ก\.|กระทรวง" + SPACE + "+|สำนักงาน" + SPACE + "+|กรม" + SPACE + "+)$", text[max(0, s - 12):s])
        if generic and not any(o["start"] < s and o["end"] >= e for o in h.overlapping(article, s - len(generic.group(0)), e, "ORG")):
            h.add("ORG head word or ธ./ก. before the name left out", article, s, e, m["text"], generic.group(0) + m["text"])


def hunt_codes(h):
    for article, match in h.each_match(ROAD_PREFIX):
        if match.group(1) not in ("ทล", "ทช") and int(match.group(2)) < 1000:
            continue  # hotlines (สายด่วน พม. 1300 has 4 digits but is caught below) and others
        before = h.text(article)[max(0, match.start() - 12):match.start()]
        if match.group(1) not in ("ทล", "ทช") and not re.search(r"(สาย|ถนน|แยก|\d\.)" + SPACE + "*$", before):
            continue
        covering = h.overlapping(article, match.start(), match.end())
        wrong = [m for m in covering if m["label"] in ("ORG", "DATE")]
        if wrong:
            h.add(f"road code read as {'/'.join(sorted(set(m['label'] for m in wrong)))}", article, match.start(), match.end(),
                  shown(wrong), f"PLACE `{match.group(0)}` (a road number)")


def hunt_places(h):
    reservoir = r"อ่างเก็บน้ำ(?!ขนาด|ที่|และ|ใน|ของ|จำนวน|เพื่อ|ทั้ง|ให้|มี|เต็ม|ต่าง|ประจำ|เดิม|แห่ง|ได้)" + THAI + "+"
    checkpoint = (r"ด่าน(ศุลกากร|พรมแดน|กักกันสัตว์|ตรวจพืช|อาหารและยา|เก็บค่าผ่านทางพิเศษ|ตรวจคนเข้าเมือง)?"
                  r"(นครพนม|สงขลา|แม่สอด|จันทบุรี|แม่สาย|มุกดาหาร|เชียงของ|อรัญประเทศ|สะเดา|ปาดังเบซาร์|สิงขร|ช่องบก|"
                  r"ดาวคะนอง|โคราช|สุวรรณภูมิ|ท่าอากาศยานหาดใหญ่|สะพานมิตรภาพ)")
    region = r"(?<!ภูมิ)ภาค(ตะวันออกเฉียงเหนือ|ตะวันออกเฉียงใต้|ตะวันออก|ตะวันตก|เหนือ|ใต้|กลาง|อีสาน)(ตอนบน|ตอนล่าง|ตอนกลาง)?(?!กลาง)"
    for kind, pattern in (("PLACE reservoir อ่างเก็บน้ำ… not one PLACE", reservoir),
                          ("PLACE named checkpoint ด่าน… not one PLACE", checkpoint),
                          ("PLACE region ภาค… not one PLACE", region)):
        for article, match in h.each_match(pattern):
            s, e = match.start(), match.end()
            covering = h.overlapping(article, s, e)
            if any(m["label"] == "PLACE" and m["start"] <= s and m["end"] >= e for m in covering):
                continue
            if kind.startswith("PLACE region") and any(m["start"] < s for m in covering):
                continue  # inside a longer name (เขตพัฒนาพิเศษภาคตะวันออก …)
            should = f"PLACE `{match.group(0)}`"
            if "ศุลกากร" in match.group(0):
                should = f"one mention `{match.group(0)}` (PLACE, or ORG for the customs house; the span starts at ด่าน)"
            h.add(kind, article, s, e, shown(covering), should)
    for article, m in h.all("PLACE"):
        text, s, e = h.text(article), m["start"], m["end"]
        if re.fullmatch(r"(ชั้น|ห้องประชุม|อาคาร)" + SPACE + r"*\d+", m["text"]):
            h.add("PLACE floor/room/building number alone", article, s, e, m["text"],
                  "no mention (or the full name, e.g. อาคาร 150 ปี)")
        if m["text"] == "ไทย" and re.search(THAI_NATIONAL, text[max(0, s - 15):s]):
            h.add("PLACE ไทย as a nationality attribute (convention question)", article, s, e, text[max(0, s - 10):e], "no mention?")


def hunt_dates(h):
    for article, m in h.all("DATE"):
        value = m["value"]
        if "/" in value:
            first, last = value.split("/", 1)
            n = min(len(first), len(last))
            if last[:n] < first[:n]:
                h.add("DATE range ends before it starts", article, m["start"], m["end"], f"`{m['text']}` = {value}",
                      "end year ≥ start year (cross-year ranges end the next year)")
        if not value:
            h.add("DATE without a value (tagger)", article, m["start"], m["end"], m["text"], "a value, or no DATE")
    for article, match in h.each_match(r"(ปี|พ\.ศ\.|ปีงบประมาณ|พุทธศักราช)[ \u00a0]*\n[ \u00a0]*\d{2,4}"):
        covering = h.overlapping(article, match.start(), match.end(), "DATE")
        if not any(m["start"] <= match.start() and m["end"] >= match.end() for m in covering):
            h.add("DATE ปี/พ.ศ. and the year split by a line break", article, match.start(), match.end(), shown(covering),
                  f"DATE `{match.group(0)}`")
    for article, match in h.each_match(r"\d+\s*-\s*\d+\s*-\s*\d+(\.\d+)?\s*(ไร่|งาน)"):
        covering = h.overlapping(article, match.start(), match.end(), "DATE")
        if covering:
            h.add("DATE land area read as a date", article, match.start(), match.end(), shown(covering), "no DATE")


VENUE = ("ศูนย์การประชุม", "ศูนย์ประชุม", "ศูนย์นิทรรศการ", "ศูนย์การแสดงสินค้า", "ศูนย์แสดงสินค้า")
TREATY = r"(ความตกลง|ปฏิญญา|อนุสัญญา|แถลงการณ์)$"
GENERIC_PLACES = {"สถานที่", "ศาสนสถาน", "ลุ่มน้ำ", "อาคารพาณิชย์", "คลองชลประทาน", "สาขาธนาคาร", "ถนนสาย", "แขวงทางหลวง"}
OFFICE = ("สำนักงาน", "สำนัก", "ศูนย์", "องค์การ")


def hunt_session8(h):
    """Kinds read in the session-8 samples (fixtures/review/mentions-session8.md)."""
    for article, ms in h.mentions.items():
        text = h.text(article)
        places = {m["start"]: m for m in ms if m["label"] == "PLACE"}
        for m in ms:
            label, s, e, t = m["label"], m["start"], m["end"], m["text"]
            if t.endswith(")") and "(" not in t:
                h.add("span ends on a bracket it does not open", article, s, e, f"{label} `{t}`", f"`{t.rstrip(') ')}`")
            if label == "ORG" and t.startswith(VENUE) and t not in VENUE:
                h.add("ORG convention or exhibition centre (ThaiNER: PLACE)", article, s, e, t, "PLACE")
            if label == "PLACE" and re.search(TREATY, text[max(0, s - 10):s]):
                h.add("PLACE inside a treaty's name (ความตกลงปารีส)", article, s, e, t, "no mention")
            if label == "ORG" and t == "สหพันธ์" and e in places:
                h.add("ORG สหพันธ์ + PLACE: a country's name cut", article, s, places[e]["end"], t + " + " + places[e]["text"],
                      "PLACE " + text[s:places[e]["end"]])
            if label == "PLACE" and t in GENERIC_PLACES:
                h.add("PLACE a common noun alone", article, s, e, t, "no mention")
            if label == "ORG" and (t.endswith("แห่งใหม่") or "ทุกจังหวัด" in t or t.endswith("ทุก")):
                h.add("ORG over แห่งใหม่/ทุกจังหวัด", article, s, e, t, "the name before it")
            if label == "ORG" and t == "ขรก.":
                h.add("ORG ขรก. (civil servants)", article, s, e, t, "no mention")
            after = e + 7 if text.startswith("จังหวัด", e) and e not in places else e
            if label == "ORG" and t.startswith(OFFICE) and after in places and (after > e or places[after]["text"].startswith(("จังหวัด", "จ."))):
                h.add("ORG office + glued province split", article, s, places[after]["end"], t + " + " + places[after]["text"],
                      "ORG " + text[s:places[after]["end"]])
            if label == "PLACE" and t.endswith("พระราม") and re.match(r" \d{1,2}(?!\d)", text[e:e + 4]):
                h.add("PLACE พระราม without its number", article, s, e, t, text[s:e + 3].strip())
            if label == "ORG" and re.search(r"[a-z] and (the [A-Z]|Ministry |Office |Department )", t):
                h.add("English ORG joining two bodies (and the …)", article, s, e, t, "the first body")


def report(h, examples):
    print("| kind | count |\n|---|---|")
    for kind, found in h.findings.items():
        print(f"| {kind} | {len(found)} |")
    for kind, found in h.findings.items():
        articles = len({f[0] for f in found})
        print(f"\n### {kind}: {len(found)} in {articles} articles\n")
        step = max(1, len(found) // examples)
        for article, s, e, got, should in found[::step][:examples]:
            print(f"- {article} {s}-{e}: got {got!s} → should be {should}".replace("\n", "⏎"))


def main():
    a = parse_arguments()
    h = Hunt(a.archive, a.extraction)
    for hunt in (hunt_persons, hunt_orgs, hunt_codes, hunt_places, hunt_dates, hunt_session8):
        hunt(h)
    report(h, a.examples)


if __name__ == "__main__":
    main()
