#!/usr/bin/env python3
"""Mine a lexicon of Thai government bodies from the archive's own definitions.

usage: scripts/mine-gov-lexicon.py [ARCHIVE.jsonl.gz] [--candidates FILE]

Reads the thaigov archive (default: ../shared/data/thaigov-20k.jsonl.gz, found by
scripts/lib/find-archive.sh's rules) and writes, next to the other bundled lexicons:
  Sources/Khaosan/Resources/lexicons/org/organizations-government.tsv
  Sources/Khaosan/Resources/lexicons/org/org-ambiguous-acronyms.txt
with --candidates FILE also every mined body with its counts (for review), and in FILE.hand
the mined names of bodies organizations.tsv already has (they are not repeated here: resolution
takes one lexicon entry's properties per node, so a body has one entry).

Definitions read (after normalising spaces, sara am, zero-width characters):
  LONG (ACR)          กรมทางหลวงชนบท (ทช.)          also (สำนักงาน ก.พ.ร.): HEAD + acronym
  ACR (LONG)          ศบค. (ศูนย์บริหาร...)
  LONG หรือ ACR       กรมทางหลวงชนบท หรือ ทช.
  LONG (English)      กรมควบคุมโรค (Department of Disease Control[ : DDC])
LONG must start with a government head word (GOV_HEADS) and the acronym's consonants
must occur in order in it, the first one at the start of the name or of a word after
its head ("กรม|ทางหลวงชนบท" → ทช.). The nearest head before the acronym that fits is
taken, then grown over heads written right before it ("สำนักงาน|คณะกรรมการ…").

Per acronym the long forms are grouped into bodies (one name inside the other, or
the same after removing spaces and "ฯ"). An acronym defined as two bodies, or also
defined as something that is no government body ("กิโลกรัม (กก.)", "สหราชอาณาจักร
(อก.)"), or a month abbreviation ("ก.พ."), or used after a number as a unit ("5 กก.") in ≥ 5% (and ≥ 5) of its uses, becomes no
alias: it goes to org-ambiguous-acronyms.txt with the long forms and example ids.

A body becomes an entry when its names were defined in ≥ MIN_DOCS articles (2 for a
ministry or department), it is no class of offices (CLASS_OF_BODIES), and the
review (fixtures/lexicon-review/government-bodies.md, rows "drop") did not reject it.
Articles: public-domain Thai government news (Thai Copyright Act B.E. 2537 s.7),
PyThaiNLP thaigov corpus.
"""
import collections, gzip, json, os, re, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEXICONS = os.path.join(ROOT, 'Sources/Khaosan/Resources/lexicons/org')
REVIEW = os.path.join(ROOT, 'fixtures/lexicon-review/government-bodies.md')
MIN_DOCS = 3            # articles defining a body; 2 for a ministry or department (กระทรวง, กรม)
# One office per province, district or area ("สำนักงานวัฒนธรรมจังหวัด", "องค์การบริหารส่วนตำบล"):
# a class of bodies, not a body of its own.
CLASS_OF_BODIES = re.compile(r'(?:จังหวัด|อำเภอ|ตำบล|หมู่บ้าน|ท้องถิ่น|ภาค|ระดับเขต|ระดับพื้นที่)$|^สำนักงานเขตพื้นที่การศึกษา')
UNIT_SHARE = 0.05
# Abbreviated month names: "ก.พ." is also คณะกรรมการข้าราชการพลเรือน, never an alias.
MONTHS = {'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'}

# Government head words; the longest one at a position counts.
GOV_HEADS = ['กระทรวง', 'ทบวง', 'กรม', 'สำนักงาน', 'สำนัก', 'กอง', 'กองทุน', 'กองทัพ', 'กองบัญชาการ',
             'องค์การ', 'สถาบัน', 'คณะกรรมการ', 'คณะ', 'ศูนย์', 'ธนาคาร', 'สภา', 'ศาล', 'หน่วย',
             'บรรษัท', 'ตลาดหลักทรัพย์']
# "การ…" heads only for these state enterprises ("การประชุม…" is no body).
ENTERPRISE_HEADS = ['การไฟฟ้า', 'การประปา', 'การรถไฟ', 'การท่าเรือ', 'การท่องเที่ยว', 'การทางพิเศษ',
                    'การเคหะ', 'การนิคมอุตสาหกรรม', 'การกีฬา', 'การยาง', 'การสื่อสาร', 'การบินพลเรือน']
# A head followed by one of these is an ordinary word ("ศาลากลาง", "สภาพอากาศ", "หน่วยงาน").
NOT_HEAD = {'ศาล': ('า',), 'สภา': ('พอ', 'พแ', 'พค', 'พก', 'พท', 'พป', 'พเ', 'พร', 'พส', 'พภ', 'พใ', 'พ ', 'วะ'),
            'กรม': ('ธรรม',), 'หน่วย': ('งาน',), 'ศูนย์': ('กลาง', 'รวม', 'เหรียญ', 'บาท', ' '),
            'กอง': ('ทุ', 'ไว้', 'กำลัง', 'หน้า'), 'คณะ': ('ที่', 'ทำงาน', 'ผู้', 'นักท่อง', 'บุคคล')}
ENGLISH_HEADS = {  # English head word → Thai heads it may translate
    'ministry': ('กระทรวง',), 'department': ('กรม',), 'office': ('สำนักงาน', 'สำนัก'),
    'bureau': ('สำนัก', 'สำนักงาน', 'กอง'), 'bank': ('ธนาคาร',), 'court': ('ศาล',),
    'authority': ENTERPRISE_HEADS + ['องค์การ', 'สำนักงาน', 'การ'], 'institute': ('สถาบัน',),
    'commission': ('คณะกรรมการ', 'สำนักงาน'), 'committee': ('คณะกรรมการ',), 'board': ('คณะกรรมการ',),
    'council': ('สภา', 'คณะกรรมการ', 'สำนักงาน'), 'center': ('ศูนย์',), 'centre': ('ศูนย์',),
    'fund': ('กองทุน', 'สำนักงาน'), 'organization': ('องค์การ',), 'organisation': ('องค์การ',),
    'corporation': ('บรรษัท', 'องค์การ'), 'division': ('กอง',), 'agency': ('สำนักงาน', 'องค์การ'),
    'administration': ('สำนักงาน', 'องค์การ', 'กรม'), 'exchange': ('ตลาดหลักทรัพย์',),
    'army': ('กองทัพ',), 'navy': ('กองทัพ',), 'force': ('กองทัพ',), 'command': ('กองบัญชาการ',),
    'parliament': ('สภา',), 'senate': ('สภา',), 'assembly': ('สภา',),
}
LEADING_VOWELS = set('เแโใไ')
SUB_UNITS = '(?:กรม|สำนักงาน|สำนัก|กอง|ศูนย์|สถาบัน)'
# English names of people's positions, not of bodies ("Ministry Chief Information Officer").
ROLE_WORDS = {'officer', 'minister', 'director', 'secretary', 'chief', 'governor', 'president', 'manager',
              'ambassador', 'spokesman', 'spokesperson', 'chairman', 'member', 'members', 'head', 'deputy'}
ACRONYM = r'[ก-ฮ](?:[ก-ฮ]|\.(?=[ก-ฮ])){0,9}\.(?:[ก-ฮ]{1,5}\.)?'   # กทม. ก.พ.ร. สป.มท.
# Text a name never contains: a definition that would need one is a sentence, not a name.
SENTENCE_WORDS = ['โดย', 'หรือ', ' นาย', ' นาง', ' ดร.', ' พล.', 'ตามที่', 'เปิดเผย', 'กล่าวว่า', 'ได้รับ', 'ร่วมกับ', 'โดยมี', 'เพื่อให้', 'ซึ่งเป็น', 'ที่ได้',
                  'มอบหมาย', 'ในการ', 'ประกอบด้วย', 'ได้แก่', 'เป็นต้น', 'รวมถึง', 'รวมทั้ง', 'ดังนี้', 'จัดขึ้น']


def normalise(text):
    text = unicodedata.normalize('NFC', text.replace('\u0e4d\u0e32', 'ำ').replace('เเ', 'แ'))
    text = re.sub('[\u200b\u200c\u200d\ufeff]', '', text)
    return re.sub(r'[ \t\u00a0\u2000-\u200a\u202f\u3000]+', ' ', text)


def consonants(s):
    return [c for c in s if 'ก' <= c <= 'ฮ']


def first_consonant(s, i):
    while i < len(s) and not ('ก' <= s[i] <= 'ฮ'):
        if s[i] in LEADING_VOWELS or s[i] == ' ':
            i += 1
        else:
            return None
    return s[i] if i < len(s) else None


def head_at(s, i):
    """The government head word starting at s[i], or None."""
    best = None
    for h in GOV_HEADS + ENTERPRISE_HEADS:
        if s.startswith(h, i) and (best is None or len(h) > len(best)):
            best = h
    if best is None:
        return None
    rest = s[i + len(best):]
    if any(rest.startswith(x) for x in NOT_HEAD.get(best, ())):
        return None
    if best == 'กอง' and not rest[:1].strip():
        return None
    return best


def segment_starts(long_form):
    """Offsets where an acronym's first letter may come from: the start, and the start of
    each word after the leading heads ("สำนักงาน|คณะ|กรรมการ|การ|เลือกตั้ง")."""
    starts = [0]
    i = 0
    while True:
        h = head_at(long_form, i)
        if h is None:
            for w in ('กรรมการ', 'การ', 'แห่ง', ' '):
                if long_form.startswith(w, i) and i > 0:
                    h = w
                    break
        if h is None:
            break
        if h == 'คณะกรรมการ':
            starts.append(i + 3)
        i += len(h)
        starts.append(i)
    return starts


def fits(acronym, long_form):
    """Whether the acronym's letters come from the long form (see the module doc)."""
    letters = consonants(acronym)
    if len(letters) < 2 or len(long_form) < len(letters) + 2:
        return False
    if not any(first_consonant(long_form, s) == letters[0] for s in segment_starts(long_form)):
        return False
    rest = consonants(long_form)
    k = 0
    for c in rest:
        if k < len(letters) and c == letters[k]:
            k += 1
    return k == len(letters)


def is_name_like(long_form):
    if not 3 <= len(long_form) <= 90 or any(w in long_form for w in SENTENCE_WORDS):
        return False
    if re.search(r'[()\[\]"“”:;,!?/]|\d{5,}', long_form):
        return False
    if re.search('และ ?(?:' + '|'.join(GOV_HEADS + ['บริษัท']) + ')', long_form):   # two bodies
        return False
    if long_form.startswith('การ') and not any(long_form.startswith(h) for h in ENTERPRISE_HEADS) \
            and not re.search('แห่งประเทศไทย|แห่งชาติ|นครหลวง|ส่วนภูมิภาค$', long_form):
        return False
    return True


def long_form_before(text, end, accept):
    """The name ending at `end`: the nearest head start whose name `accept`s, grown over
    heads written right before it ("สำนักงาน" + "คณะกรรมการ…")."""
    window_start = max(0, end - 110)
    for stop in ('\n', '(', ')', '[', ']', '"', '“', '”', ':', ';', ','):
        k = text.rfind(stop, window_start, end)
        if k >= 0:
            window_start = max(window_start, k + 1)
    for i in range(end - 3, window_start - 1, -1):
        h = head_at(text, i)
        if h is None:
            continue
        candidate = text[i:end].strip()
        if not is_name_like(candidate) or not accept(candidate, h):
            continue
        start = i
        grown = True
        while grown:
            grown = False
            for g in GOV_HEADS:
                if start - len(g) >= window_start and text.startswith(g, start - len(g)) and head_at(text, start - len(g)):
                    start -= len(g)
                    grown = True
                    break
        return text[start:end].strip()
    return None


def split_head_acronym(inside):
    """"สำนักงาน ก.พ.ร." → ("สำนักงาน", "ก.พ.ร."); "ทช." → ("", "ทช.")."""
    m = re.fullmatch(r'(?:(' + '|'.join(GOV_HEADS) + r') ?)?(' + ACRONYM + ')', inside)
    return (m.group(1) or '', m.group(2)) if m else None


def acronym_accepts(head_prefix, acronym):
    def accept(long_form, head):
        if head_prefix:
            return long_form.startswith(head_prefix) and fits(acronym, long_form[len(head_prefix):])
        return fits(acronym, long_form)
    return accept


def broad_referent(text, end, acronym):
    """For an acronym whose long form is no government body: the shortest text before it
    (within its space-free run) its letters fit, e.g. "กิโลกรัม" for กก."""
    start = max(text.rfind(' ', 0, end - 1), text.rfind('\n', 0, end - 1), end - 40) + 1
    chunk = text[start:end].rstrip()
    for i in range(len(chunk) - 2, -1, -1):
        candidate = chunk[i:]
        if first_consonant(candidate, 0) == consonants(acronym)[0] and fits(acronym, candidate):
            return candidate
    return None


def english_name(inside):
    """"Department of Rural Roads : DRR" → ("Department of Rural Roads", "DRR"), if it names a body."""
    m = re.fullmatch(r"([A-Z][A-Za-z&'’.\- ]{5,100}?)(?:\s*[:,\-–]\s*([A-Z][A-Za-z]{1,9}))?", inside.strip())
    if not m:
        return None
    name = m.group(1).strip()
    words = name.split()
    if len(words) < 2 or not any(w.lower() in ENGLISH_HEADS for w in words) \
            or any(w.lower() in ROLE_WORDS for w in words):
        return None
    return name, m.group(2)


def scan(documents):
    """Every definition: (acronym or None, long form, english or None, latin acronym, doc id),
    and per acronym the referents that are no government body."""
    definitions, others = [], collections.defaultdict(list)
    acr_in_parens = re.compile(r'\(\s*((?:(?:' + '|'.join(GOV_HEADS) + r') ?)?' + ACRONYM + r')\s*\)')
    acr_then_long = re.compile(r'(?<![ก-๙])(' + ACRONYM + r') ?\(([^()\n]{4,90})\)')
    acr_after_or = re.compile(r' ?หรือ ?(' + ACRONYM + r')(?![ก-๙])')
    english = re.compile(r'\(([A-Z][^()\n]{5,110})\)')
    for doc_id, raw in documents:
        text = normalise(raw)
        for m in acr_in_parens.finditer(text):
            head_prefix, acronym = split_head_acronym(m.group(1))
            long_form = long_form_before(text, m.start(), acronym_accepts(head_prefix, acronym))
            if long_form:
                definitions.append((m.group(1), long_form, None, None, doc_id))
            elif not head_prefix:
                referent = broad_referent(text, m.start(), acronym)
                if referent:
                    others[acronym].append((referent, doc_id))
        for m in acr_then_long.finditer(text):
            inside = m.group(2).strip()
            if head_at(inside, 0) and is_name_like(inside) and fits(m.group(1), inside):
                definitions.append((m.group(1), inside, None, None, doc_id))
        for m in acr_after_or.finditer(text):
            long_form = long_form_before(text, m.start(), acronym_accepts('', m.group(1)))
            if long_form:
                definitions.append((m.group(1), long_form, None, None, doc_id))
        for m in english.finditer(text):
            parsed = english_name(m.group(1))
            if not parsed:
                continue
            thai_heads = {h for w in parsed[0].split() for h in ENGLISH_HEADS.get(w.lower(), ())}
            long_form = long_form_before(text, m.start(), lambda lf, h: h in thai_heads)
            if long_form:
                definitions.append((None, long_form, parsed[0], parsed[1], doc_id))
    return definitions, others


def key(name):
    return re.sub('[ ฯ]', '', name)


def related(a, b):
    """One name inside the other (a body and its office, a name cut short)."""
    return key(a) in key(b) or key(b) in key(a)


def similar(a, b, threshold=0.85):
    """Spelling variants: equal without spaces and "ฯ", or long and ≥ `threshold` alike (a typo, a rename)."""
    import difflib
    ka, kb = key(a), key(b)
    return ka == kb or (min(len(ka), len(kb)) >= 12 and difflib.SequenceMatcher(None, ka, kb).ratio() >= threshold)


def office_variant(a, b):
    """A commission and its office: "สำนักงาน" + the same name."""
    return key(a).removeprefix('สำนักงาน') == key(b).removeprefix('สำนักงาน')


def review_one_body(_cache={}):
    """Acronyms the review found to name one body under several names (rows "| ACR | one body | … |")."""
    if not _cache:
        _cache[None] = set()
        if os.path.exists(REVIEW):
            for line in open(REVIEW, encoding='utf-8'):
                cells = [c.strip() for c in line.strip().strip('|').split('|')]
                if len(cells) >= 3 and cells[1] == 'one body':
                    _cache[None].add(cells[0])
    return _cache[None]


class Bodies:
    """Long forms grouped into bodies (union-find over names defined by one acronym and similar)."""
    def __init__(self):
        self.parent = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def unit_share(documents, acronyms):
    """Per acronym: (uses, uses as a unit): standalone uses, and those after a number that is
    no year, list number or day of a date ("114 กก. และ", not "ปี 2562 วธ.", "2. กค. รายงาน",
    "23 มี.ค. 64 ครม." or "19 กค. 62")."""
    pattern = re.compile(r'(?<![ก-๙.])(' + '|'.join(re.escape(a) for a in sorted(acronyms, key=len, reverse=True))
                         + r')(?![ก-ฮ]{1,2}\.)')
    after_number = re.compile(r'(?<![\d,.])(\d(?:[\d,.]*\d)?) ?$')
    date_before = re.compile(r'(?:^|\n|/|ปี|พ\.ศ\.|พุทธศักราช|ค\.ศ\.|[ก-ฮ]\.[ก-ฮ]\.|อันดับ|ที่|ข้อ|เฟส|ครั้ง|โควิด|COVID|-) ?$')
    uses, as_unit = collections.Counter(), collections.Counter()
    for _, raw in documents:
        text = normalise(raw)
        for m in pattern.finditer(text):
            uses[m.group(1)] += 1
            number = after_number.search(text, max(0, m.start() - 12), m.start())
            if not number or re.fullmatch(r'(?:19|20|24|25)\d\d', number.group(1)):
                continue
            if date_before.search(text, max(0, number.start() - 12), number.start()) \
                    or re.match(r' ?\d', text[m.end():m.end() + 2]):     # a date: "19 กค. 62"
                continue
            as_unit[m.group(1)] += 1
    return {a: (uses[a], as_unit[a]) for a in uses}


def is_unit(counts):
    """Whether an acronym's (uses, uses as a unit) say it is (also) a unit of measure."""
    return bool(counts) and counts[1] >= 5 and counts[1] >= UNIT_SHARE * counts[0]


def abbreviated_ministries(documents, ministries):
    """Per ministry: its "กระทรวงXฯ" forms ("กระทรวงเกษตรฯ") written in ≥ 3 articles, where X
    starts the name of that ministry only."""
    pattern = re.compile(r'กระทรวง ?([ก-๙][ก-๙ ]{1,24}?) ?ฯ')
    seen = collections.defaultdict(set)
    for doc_id, raw in documents:
        for m in pattern.finditer(normalise(raw)):
            seen[m.group(0)].add((m.group(1).replace(' ', ''), doc_id))
    result = collections.defaultdict(list)
    for form, uses in sorted(seen.items()):
        stem = next(iter(uses))[0]
        owners = [n for n in ministries if n.replace(' ', '').startswith('กระทรวง' + stem)]
        if len(owners) == 1 and len({d for _, d in uses}) >= 3 and owners[0].replace(' ', '') != 'กระทรวง' + stem:
            result[owners[0]].append(form)
    return result


def read_archive(path):
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            yield d['id'], d.get('text', '')


def reviewed_drops():
    """Names the review rejected: rows "| name | drop | reason | ids |" of the review file."""
    drops = {}
    if os.path.exists(REVIEW):
        for line in open(REVIEW, encoding='utf-8'):
            cells = [c.strip() for c in line.strip().strip('|').split('|')]
            if len(cells) >= 3 and cells[1] == 'drop':
                drops[cells[0]] = cells[2]
    return drops


def other_lexicon_names():
    """name → the names of each entry holding it, over the hand-made and ThaiNER ORG lexicons,
    and the hand-made entries' name lists."""
    owners = collections.defaultdict(list)
    hand_entries = []
    for file in ('organizations.tsv', 'organizations-thainer.tsv'):
        for line in open(os.path.join(LEXICONS, file), encoding='utf-8'):
            cols = line.rstrip('\n').split('\t')
            if line.startswith('#') or len(cols) < 2 or cols[0] != 'ORG':
                continue
            names = [cols[1]] + [a.strip() for a in (cols[2].split('|') if len(cols) > 2 else []) if a.strip()]
            for n in names:
                owners[n].append(names)
            if file == 'organizations.tsv':
                hand_entries.append(names)
    return owners, hand_entries


def example_ids(ids):
    ordered = sorted(set(ids), key=lambda i: (len(i), i))
    return ordered[:2]


def build(definitions, others, units):
    bodies = Bodies()
    docs_of = collections.defaultdict(set)              # long form → doc ids
    by_acronym = collections.defaultdict(list)          # acronym → [(long form, doc)]
    english = collections.defaultdict(collections.Counter)
    latin = collections.defaultdict(collections.Counter)
    for acronym, long_form, en, latin_acronym, doc in definitions:
        docs_of[long_form].add(doc)
        bodies.find(long_form)
        if acronym:
            by_acronym[acronym].append((long_form, doc))
        if en:
            english[long_form][en] += 1
            if latin_acronym:
                latin[long_form][latin_acronym] += 1
    # Spelling variants of one name are one body.
    by_key = collections.defaultdict(list)
    for lf in docs_of:
        by_key[key(lf)].append(lf)
    for group in by_key.values():
        for lf in group[1:]:
            bodies.union(group[0], lf)
    ambiguous, alias_of = {}, {}
    for acronym, uses in sorted(by_acronym.items()):
        docs_of_form = collections.defaultdict(set)
        for lf, d in uses:
            docs_of_form[lf].add(d)
        for r, d in others.get(acronym.split(' ')[-1], []):
            docs_of_form[r].add(d)
        # Names of one referent: spelling variants, one inside the other, a body's office.
        forms = sorted(docs_of_form, key=lambda f: (-len(docs_of_form[f]), f))
        referent = Bodies()
        for i, a in enumerate(forms):
            for b in forms[:i]:
                if similar(a, b, 0.8) or related(a, b) or office_variant(a, b):
                    referent.union(a, b)
        clusters = collections.defaultdict(set)
        for f in forms:
            clusters[referent.find(f)] |= docs_of_form[f]
        # Another referent counts from two articles on (one is as often a writer's slip).
        main = forms[0]
        # "กรมวิชาการเกษตร (กษ.)": a cabinet resolution tags a department with its ministry's acronym.
        tags = {referent.find(f) for f in forms if main.startswith('กระทรวง') and re.match(SUB_UNITS, f)
                and referent.find(f) != referent.find(main)}
        others_count = [c for c, ds in clusters.items()
                        if c != referent.find(main) and c not in tags and len(ds) >= 2]
        one_body = acronym in review_one_body()
        if one_body or (not others_count and not is_unit(units.get(acronym)) and acronym not in MONTHS):
            for lf in forms:
                if lf in docs_of and (similar(lf, main) or office_variant(lf, main) or one_body):
                    bodies.union(main, lf)
            if main in docs_of:
                alias_of[acronym] = main
            continue
        ambiguous[acronym] = ({f: sorted(docs_of_form[f]) for f in forms}, units.get(acronym))
    return bodies, docs_of, alias_of, ambiguous, english, latin


def main(argv):
    import argparse
    parser = argparse.ArgumentParser(description='Mine the government-body lexicon from the thaigov archive.')
    parser.add_argument('archive', nargs='?', help='thaigov-20k.jsonl.gz (default: found beside the repository)')
    parser.add_argument('--candidates', help='also write every mined body with its counts (for review)')
    options = parser.parse_args(argv)
    archive = options.archive or next((p for p in (os.path.join(ROOT, '..', 'shared', 'data', 'thaigov-20k.jsonl.gz'),
                                                   os.path.join(ROOT, '..', '..', 'shared', 'data', 'thaigov-20k.jsonl.gz'),
                                                   '/work/shared/data/thaigov-20k.jsonl.gz') if os.path.exists(p)), None)
    if not archive:
        sys.exit('mine-gov-lexicon: thaigov-20k.jsonl.gz not found; give its path')
    candidates_out = options.candidates
    documents = list(read_archive(archive))
    definitions, others = scan(documents)
    acronyms = {a for a, *_ in definitions if a} | set(others)
    units = unit_share(documents, acronyms)
    bodies, docs_of, alias_of, ambiguous, english, latin = build(definitions, others, units)
    drops = reviewed_drops()
    owners, hand_entries = other_lexicon_names()
    suggestions = []

    # Thai names the archive gives one English name and acronym ("Anti-Fake News Center : AFNC")
    # are one body under two names; an acronym given to two English names ("ABAC" for APEC's and,
    # once, ASEAN's business council) is no alias at all.
    by_latin = collections.defaultdict(list)
    for lf, counts in latin.items():
        by_latin[counts.most_common(1)[0][0]].append(lf)
    latin_ambiguous = set()
    for acronym, forms in by_latin.items():
        names = {re.sub(r'[^a-z]', '', english[lf].most_common(1)[0][0].lower()) for lf in forms}
        if len(names) > 1:
            latin_ambiguous.add(acronym)
            continue
        for lf in forms[1:]:
            bodies.union(forms[0], lf)
    ministries = sorted({lf for lf in docs_of if lf.startswith('กระทรวง') and bodies.find(lf) == lf
                         and len(docs_of[lf]) >= MIN_DOCS and lf not in drops})
    short_forms = abbreviated_ministries(documents, ministries)
    groups = collections.defaultdict(list)
    for lf in docs_of:
        groups[bodies.find(lf)].append(lf)
    entries, report = [], []
    for members in groups.values():
        docs = set().union(*(docs_of[lf] for lf in members))
        canonical = max(members, key=lambda lf: (len(docs_of[lf]), -len(lf), lf))
        acronyms_here = sorted(a for a, lf in alias_of.items() if bodies.find(lf) == bodies.find(canonical))
        row = (canonical, members, acronyms_here, docs)
        report.append(row)
        needed = 2 if re.match('กระทรวง|กรม', canonical) else MIN_DOCS
        if len(docs) < needed or canonical in drops or CLASS_OF_BODIES.search(canonical):
            continue
        names = {canonical} | set(members)
        # A body the hand-made organizations.tsv already has stays there (one entry per body:
        # resolution takes the properties of one lexicon entry per node); its mined names are
        # printed for the hand entry instead.
        hand = [o for n in sorted(names) for o in owners.get(n, ()) if o in hand_entries]
        if hand:
            extra = [a for a in acronyms_here + sorted(members) if a not in hand[0] and a not in drops
                     and not key(a).startswith(key(canonical)) and not key(canonical).startswith(key(a))]
            suggestions.append((hand[0][0], extra, sorted(docs)))
            continue
        # Other spellings; not a name cut short or run on into the next word ("…ของมนุษย์เสนอ").
        aliases = [lf for lf in sorted(members, key=lambda lf: (-len(docs_of[lf]), lf))
                   if lf != canonical and not key(lf).startswith(key(canonical)) and not key(canonical).startswith(key(lf))]
        aliases += [f for f in short_forms.get(canonical, []) if f not in aliases]
        aliases = [a for a in aliases if a not in drops]
        for a in acronyms_here:
            # An acronym another lexicon gives to a different body would chain the two.
            others_named = [o for o in owners.get(a, ()) if not any(similar(n, m) for n in o if n != a for m in names)
                            and any(n != a for n in o)]
            if others_named:
                print(f'skipped alias {a} of {canonical}: also {others_named[0][0]}', file=sys.stderr)
                continue
            aliases.append(a)
        en = collections.Counter()
        for lf in members:
            en.update(english[lf])
        lat = collections.Counter()
        for lf in members:
            lat.update(latin[lf])
        properties = ['type=GovernmentOrganization']
        if en:
            properties.insert(0, 'en=' + en.most_common(1)[0][0])
            if 'Thai' in en.most_common(1)[0][0]:
                aliases.append(en.most_common(1)[0][0])
        if lat and lat.most_common(1)[0][0] not in latin_ambiguous \
                and not any(o for o in owners.get(lat.most_common(1)[0][0], ()) if o[0] != canonical):
            aliases.append(lat.most_common(1)[0][0])
        defs = sum(1 for a, lf, *_ in definitions if bodies.find(lf) == bodies.find(canonical))
        properties.append(f'source=thaigov;defs={defs};docs={len(docs)};ex=' + ','.join(example_ids(docs)))
        entries.append((canonical, aliases, properties))

    out = os.path.join(LEXICONS, 'organizations-government.tsv')
    with open(out, 'w', encoding='utf-8') as f:
        f.write('# Thai government bodies mined from the definitions of the thaigov archive (20,000 articles of\n'
                '# public-domain Thai government news, Thai Copyright Act B.E. 2537 s.7, PyThaiNLP thaigov corpus)\n'
                '# by scripts/mine-gov-lexicon.py, reviewed in fixtures/lexicon-review/government-bodies.md.\n'
                f'# An entry: a body defined in >= {MIN_DOCS} articles; aliases: its other spellings and the acronyms\n'
                '# defined only as this body (ambiguous ones are in org-ambiguous-acronyms.txt); en= only where the\n'
                '# archive gives the English name in parentheses. Provenance: defs (definitions), docs (articles),\n'
                '# ex (two example article ids). Regenerate, do not edit: hand-made entries go in organizations.tsv.\n')
        for canonical, aliases, properties in sorted(entries):
            f.write(f"ORG\t{canonical}\t{'|'.join(aliases)}\t{';'.join(properties)}\n")
    amb = os.path.join(LEXICONS, 'org-ambiguous-acronyms.txt')
    with open(amb, 'w', encoding='utf-8') as f:
        f.write('# Acronyms the thaigov archive defines as more than one thing, or uses as a unit after a number:\n'
                '# never an alias; an acronym-only merge through one of them is refused. Mined by\n'
                '# scripts/mine-gov-lexicon.py. Line: ACRONYM<TAB>long form (articles: example ids) | …\n')
        for acronym in sorted(ambiguous):
            ids, unit = ambiguous[acronym]
            parts = [f'{lf} ({len(set(d))}: {",".join(example_ids(d))})'
                     for lf, d in sorted(ids.items(), key=lambda kv: (-len(set(kv[1])), kv[0]))]
            if is_unit(unit):
                parts.append(f'a unit after a number in {unit[1]} of {unit[0]} uses')
            if acronym in MONTHS:
                parts.append('a month abbreviation')
            f.write(f"{acronym}\t{' | '.join(parts)}\n")
    if candidates_out:
        with open(candidates_out + '.hand', 'w', encoding='utf-8') as f:
            for name, extra, docs in sorted(suggestions):
                f.write(f"{name}\t{'|'.join(extra)}\t{len(docs)}\t{','.join(example_ids(docs))}\n")
        with open(candidates_out, 'w', encoding='utf-8') as f:
            for canonical, members, acronyms_here, docs in sorted(report, key=lambda r: -len(r[3])):
                f.write(f"{len(docs)}\t{canonical}\t{'|'.join(acronyms_here)}\t{'|'.join(m for m in members if m != canonical)}"
                        f"\t{','.join(example_ids(docs))}\n")
    print(f'{len(entries)} entries ({len(suggestions)} more bodies are in organizations.tsv), '
          f'{len(ambiguous)} ambiguous acronyms, {len(definitions)} definitions', file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv[1:])
