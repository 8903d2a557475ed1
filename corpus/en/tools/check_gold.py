#!/usr/bin/env python3
"""Check corpus/en: every text has a gold file and a line in SPLIT.md, every gold file has the
shape of ../shared/gold/*.gold.json, parties named as signatories or participants' parties are
listed, dates are ISO/EDTF, and print the party ids not (yet) in the Russian data files.
Run from the repository root: python3 corpus/en/tools/check_gold.py TEXTS_DIR
(TEXTS_DIR: where the texts are placed; see SOURCES.md; default corpus/en/texts).
"""
import json, os, re, sys
TEXTS = sys.argv[1] if len(sys.argv) > 1 else 'corpus/en/texts'
orgs = {l.split('\t')[0] for l in open('parser/src/main/resources/dev/entente/parser/ru/organizations.tsv') if not l.startswith('#')}
states_ru = {l.split('\t')[0] for l in open('parser/src/main/resources/dev/entente/parser/ru/states.tsv') if not l.startswith('#')}
keys = ["document","language","kind","title","date","place","signatories","states","organizations","other_organizations","participants","clauses","initiatives","mechanisms","events"]
newids=set(); split=open('corpus/en/SPLIT.md').read()
texts=sorted(f[:-4] for f in os.listdir(TEXTS) if f.endswith('.txt'))
golds=sorted(f[:-10] for f in os.listdir('corpus/en/gold'))
assert texts==golds, set(texts)^set(golds)
for n in texts: assert split.count('\n'+n+'\n')==1, n
for gf in sorted(os.listdir('corpus/en/gold')):
    g = json.load(open('corpus/en/gold/'+gf))
    t = open(os.path.join(TEXTS, g['document'])).read(); tl = re.sub(r'\s+',' ',t).lower()
    assert list(g.keys())==keys, gf
    assert g['kind'] in "COMMUNIQUE JOINT_STATEMENT DECLARATION MEMORANDUM AGREEMENT PRESS_RELEASE OTHER".split()
    assert re.fullmatch(r'\d{4}-\d\d-\d\d', g['date'])
    for s in g['states']:
        if s not in states_ru: newids.add((s,gf))
    for o in g['organizations']:
        if o not in orgs: newids.add((o,gf))
    assert len(set(g['states']))==len(g['states']) and len(set(g['organizations']))==len(g['organizations']), gf
    for s in g['signatories']: assert s in g['states'] or s in g['organizations'], (gf,s)
    for p in g['participants']:
        if p['name'].lower() not in tl: print(gf,'participant not verbatim:',p['name'])
        assert p['party'] is None or p['party'] in g['states']+g['organizations'], (gf,p)
    for c in ('initiatives','mechanisms','events'):
        for it in g[c]:
            if c=='initiatives': assert set(it)-{'optional'}=={'name','proposer'}, it
            if c=='mechanisms': assert set(it)-{'optional'}=={'name','status'} and it['status'] in ('existing','new','proposed'), it
            if c=='events':
                assert set(it)-{'optional'}=={'name','ordinal','date','place','status'} and it['status'] in ('held','planned'), it
                assert it['date'] is None or re.fullmatch(r'\d{4}(-\d\d(-\d\d)?)?(/\d{4}(-\d\d(-\d\d)?)?)?', it['date']), it
print('new ids:', sorted({i for i,_ in newids}))
