#!/usr/bin/env python3
"""Check corpus/ru, as corpus/en/tools/check_gold.py checks corpus/en: every gold file has the shape
of ../shared/gold/*.gold.json, one row in split.tsv, one line in SHA256SUMS, one row in REBUILD.tsv
(unless it is a seed or listed in lost.tsv) and a row in SOURCES.md's tables; party ids are state
codes of the Russian data or organisation acronyms; dates are ISO/EDTF. Where the texts are placed, also: every text has a gold file, every gold file's text is
there (texts listed in lost.tsv, and the seeds, may be absent) and has the SHA-256 that SHA256SUMS
records. Prints every problem, one a line, and exits 1 if there is one; and, for information: the
signatories and participants' parties not among the gold's states or organisations (allowed where a
news page's wrapper alone names them, see the test below), the party ids not (yet) in the Russian
data files, and the participants whose name the text does not show (names are given in the
nominative, so an inflected name is found by its stems).
Run from the repository root: python3 corpus/ru/tools/check_gold.py [TEXTS_DIR]
(TEXTS_DIR: where the texts are placed, see texts/README.md; default corpus/ru/texts; without
texts there the text checks are skipped, saying so). The record and shape checks also run in
every build, texts or not: cli/src/test/java/dev/entente/cli/CorpusRecordsTest.java.
"""
import collections, hashlib, json, os, re, sys

TEXTS = sys.argv[1] if len(sys.argv) > 1 else 'corpus/ru/texts'
C = 'corpus/ru/'
DATA = 'parser/src/main/resources/dev/entente/parser/ru/'
KEYS = ["document", "language", "kind", "title", "date", "place", "signatories", "states", "organizations",
        "other_organizations", "participants", "clauses", "initiatives", "mechanisms", "events"]
KINDS = "COMMUNIQUE JOINT_STATEMENT DECLARATION MEMORANDUM AGREEMENT PRESS_RELEASE OTHER".split()
EDTF = r'\d{4}(-\d\d(-\d\d)?)?(/\d{4}(-\d\d(-\d\d)?)?)?'
problems = []
outside = []  # signatories and participants' parties not among the gold's states or organisations


def outside_parties(where, what):
    outside.append(f'{where}: {what}')


def problem(where, what):
    problems.append(f'{where}: {what}')


def rows(path):
    """The tab-separated rows of a record file, comments and blank lines left out."""
    return [l.rstrip('\n').split('\t') for l in open(path, encoding='utf-8') if l.strip() and not l.startswith('#')]


def ids(path):
    return {r[0] for r in rows(path)}


states_ru, orgs_ru = ids(DATA + 'states.tsv'), ids(DATA + 'organizations.tsv')
split = collections.defaultdict(list)
for r in rows(C + 'split.tsv'):
    split[r[0]].append(r[1] if len(r) > 1 else '')
lost = {r[0]: r[1:] for r in rows(C + 'lost.tsv')}
sha = collections.defaultdict(list)
for l in open(C + 'SHA256SUMS', encoding='utf-8'):
    if l.strip():
        m = re.fullmatch(r'([0-9a-f]{64}) [ *](\S+)\n?', l)
        if m:
            sha[m.group(2)].append(m.group(1))
        else:
            problem('SHA256SUMS', f'not "<sha-256>  <file>": {l.strip()!r}')
rebuild = collections.defaultdict(list)
for r in rows(C + 'REBUILD.tsv'):
    rebuild[r[0]].append(r[1] if len(r) > 1 else '')
sources = collections.Counter()
for l in open(C + 'SOURCES.md', encoding='utf-8'):
    m = re.match(r'\|\s*`?([^|`\s]+?)`?\s*\|', l)
    if m:
        sources[m.group(1)] += 1

# Gold files: shape, and the records that must name each of them.
golds = sorted(f for f in os.listdir(C + 'gold') if f.endswith('.gold.json'))
documents = []
newids = set()
for gf in golds:
    try:
        g = json.load(open(C + 'gold/' + gf, encoding='utf-8'))
    except ValueError as e:
        problem(gf, f'not valid JSON: {e}')
        continue
    if not isinstance(g, dict) or list(g) != KEYS:
        problem(gf, f'keys are not, in this order, {KEYS}: {list(g) if isinstance(g, dict) else g!r}')
        continue
    doc = g['document']
    documents.append(doc)
    if doc != gf[:-len('.gold.json')] + '.txt':
        problem(gf, f'document is {doc!r}, not the gold file\'s name with .txt')
    if g['language'] != 'ru':
        problem(gf, f'language {g["language"]!r}, not "ru"')
    if g['kind'] is not None and g['kind'] not in KINDS:
        problem(gf, f'kind {g["kind"]!r}')
    for f in ('title', 'place'):
        if g[f] is not None and not isinstance(g[f], str):
            problem(gf, f'{f} {g[f]!r}: not text or null')
    if g['date'] is not None and not (isinstance(g['date'], str) and re.fullmatch(r'\d{4}-\d\d-\d\d', g['date'])):
        problem(gf, f'date {g["date"]!r}: not YYYY-MM-DD or null')
    if g['clauses'] is not None and not (type(g['clauses']) is int and g['clauses'] >= 0):
        problem(gf, f'clauses {g["clauses"]!r}: not an integer ≥ 0 or null')
    for f in ('states', 'organizations'):
        if not isinstance(g[f], list) or not all(isinstance(i, str) for i in g[f]):
            problem(gf, f'{f} is not a list of ids')
            g[f] = []
        if len(set(g[f])) != len(g[f]):
            problem(gf, f'{f} repeat an id: {sorted(i for i, n in collections.Counter(g[f]).items() if n > 1)}')
    for s in g['states']:
        if not re.fullmatch(r'[A-Z]{2}', s):
            problem(gf, f'state id {s!r}: not ISO 3166-1 alpha-2')
        elif s not in states_ru:
            newids.add(s)
    for o in g['organizations']:
        if not re.fullmatch(r'[A-Z][A-Z0-9_]*', o):
            problem(gf, f'organisation id {o!r}: not an upper-case acronym')
        elif o not in orgs_ru:
            newids.add(o)
    parties = set(g['states']) | set(g['organizations'])
    if g['signatories'] is not None and not isinstance(g['signatories'], list):
        problem(gf, f'signatories {g["signatories"]!r}: not a list or null')
    for s in g['signatories'] or []:
        if not (s in states_ru or s in orgs_ru or isinstance(s, str) and re.fullmatch(r'[A-Z][A-Z0-9_]{2,}', s)):
            problem(gf, f'signatory {s!r}: neither a state id of states.tsv nor an organisation acronym')
        elif s not in parties:
            outside_parties(gf, f'signatory {s!r}')
    if len(set(map(str, g['signatories'] or []))) != len(g['signatories'] or []):
        problem(gf, 'signatories repeat an id')
    for i, o in enumerate(g['other_organizations']):
        if not isinstance(o, dict) or set(o) - {'optional'} != {'name'} or not isinstance(o['name'], str):
            problem(gf, f'other_organizations[{i}] {o!r}: not {{"name": …}} (+ "optional")')
    shapes = {'participants': {'name', 'party', 'role'}, 'initiatives': {'name', 'proposer'},
              'mechanisms': {'name', 'status'}, 'events': {'name', 'ordinal', 'date', 'place', 'status'}}
    for field, shape in shapes.items():
        for i, it in enumerate(g[field]):
            at = f'{field}[{i}]'
            if not isinstance(it, dict) or set(it) - {'optional'} != shape:
                problem(gf, f'{at} {it!r}: keys are not {sorted(shape)} (+ "optional")')
                continue
            if not isinstance(it['name'], str) or not it['name'].strip():
                problem(gf, f'{at}: name {it["name"]!r}')
            if it.get('optional', True) is not True:
                problem(gf, f'{at}: optional {it["optional"]!r}, not true')
            if field == 'participants':
                if it['party'] is not None and it['party'] not in parties:
                    outside_parties(gf, f'{at} {it["name"]}: party {it["party"]!r}')
                if it['role'] is not None and not isinstance(it['role'], str):
                    problem(gf, f'{at}: role {it["role"]!r}')
            if field == 'mechanisms' and it['status'] not in ('existing', 'new', 'proposed'):
                problem(gf, f'{at}: status {it["status"]!r}')
            if field == 'events':
                if it['status'] not in ('held', 'planned'):
                    problem(gf, f'{at}: status {it["status"]!r}')
                if it['date'] is not None and not (isinstance(it['date'], str) and re.fullmatch(EDTF, it['date'])):
                    problem(gf, f'{at}: date {it["date"]!r} is not ISO 8601/EDTF')
                if it['ordinal'] is not None and type(it['ordinal']) is not int:
                    problem(gf, f'{at}: ordinal {it["ordinal"]!r}')
    kept = split.get(doc, [])
    if len(kept) != 1:
        problem(gf, f'{len(kept)} rows in split.tsv, not 1')
    elif not re.fullmatch(r'seed|tune|test\d*', kept[0]):
        problem(gf, f'split {kept[0]!r} in split.tsv: not seed, tune or test<N>')
    if len(sha.get(doc, [])) != 1:
        problem(gf, f'{len(sha.get(doc, []))} lines in SHA256SUMS, not 1')
    seed = kept == ['seed']
    if doc in lost:
        if doc in rebuild and rebuild[doc] == ['MATCH']:
            problem(gf, 'listed in lost.tsv, but REBUILD.tsv says MATCH')
        if lost[doc][:1] != kept[:1]:
            problem(gf, f'split {lost[doc][:1]} in lost.tsv, {kept} in split.tsv')
    elif not seed:
        if len(rebuild.get(doc, [])) != 1:
            problem(gf, f'{len(rebuild.get(doc, []))} rows in REBUILD.tsv, not 1 (nor listed in lost.tsv)')
        elif rebuild[doc] != ['MATCH']:
            problem(gf, f'REBUILD.tsv says {rebuild[doc][0]}, but it is not listed in lost.tsv')
    if sources[doc] + sources[doc[:-4]] == 0:
        problem(gf, 'no row of SOURCES.md\'s tables names it')

# Records naming a document that has no gold.
for name, record in (('split.tsv', split), ('SHA256SUMS', sha), ('REBUILD.tsv', rebuild), ('lost.tsv', lost)):
    for doc in sorted(set(record) - set(documents)):
        problem(name, f'{doc} has no gold file')

# The texts, where they are placed.
texts = sorted(f for f in os.listdir(TEXTS) if f.endswith('.txt')) if os.path.isdir(TEXTS) else []
if not texts:
    print(f'no texts in {TEXTS}: text checks skipped (see corpus/ru/texts/README.md)')
else:
    for t in sorted(set(texts) - set(documents)):
        problem(t, f'in {TEXTS} but has no gold file')
    seeds = {d for d, s in split.items() if s == ['seed']}
    absent = sorted(set(documents) - set(texts))
    for d in absent:
        if d not in lost and d not in seeds:
            problem(d, f'not in {TEXTS} (nor listed in lost.tsv)')
    unverbatim = []
    for doc in sorted(set(documents) & set(texts)):
        raw = open(os.path.join(TEXTS, doc), 'rb').read()
        if sha.get(doc) and hashlib.sha256(raw).hexdigest() != sha[doc][0]:
            problem(doc, 'SHA-256 differs from SHA256SUMS: not the text the gold was made on')
        tl = re.sub(r'\s+', ' ', raw.decode('utf-8', 'replace')).lower().replace('ё', 'е')
        g = json.load(open(C + 'gold/' + doc[:-4] + '.gold.json', encoding='utf-8'))
        for p in g['participants']:
            name = p['name'].lower().replace('ё', 'е')
            if name not in tl and not all(w[:max(3, len(w) - 2)] in tl for w in re.findall(r'\w+', name)):
                unverbatim.append(f'{doc}: {p["name"]}')
    print(f'texts checked: {len(set(documents) & set(texts))}; absent: {len(absent)} '
          f'({sum(d in lost for d in absent)} lost, {sum(d in seeds for d in absent)} seeds)')
    if unverbatim:
        print('participants the text does not show, even by stems (information):', *unverbatim, sep='\n  ')

if outside:
    print(f'{len(outside)} signatories or participants\' parties not among the gold\'s states or organizations '
          '(information: SOURCES.md lets kind, title, date, place and signatories come from what a news page\'s '
          'wrapper says of the document, states and organisations only from the document\'s own words; '
          'CorpusRecordsTest names the gold files where this is known, and fails on any other):',
          *outside, sep='\n  ')
print(f'{len(golds)} gold files; new ids (not in {DATA}): {sorted(newids)}')
for p in problems:
    print(p)
print(f'{len(problems)} problems')
sys.exit(1 if problems else 0)
