#!/usr/bin/env python3
"""How many gold names of participants, initiatives, mechanisms and events the parser writes in the
gold's form (issue 20: names in the nominative). The scorer (`entente eval`) pairs names by their
words' first five letters, so it cannot see a case ending; this counts them.

Usage, from the repository root, with the corpus texts in corpus/ru/texts:
  java -jar cli/target/entente.jar parse --format jsonl corpus/ru/texts > /tmp/ru.jsonl
  scripts/name-forms.py corpus/ru/gold /tmp/ru.jsonl [-v]
A gold item and a parsed one are paired as `entente eval` pairs them. A pair's form is right when
every parsed word that shares its first five letters with a gold word is that gold word (case and
«ё» aside): extents may differ, endings may not. "whole name equal" counts names equal word for
word. -v lists the pairs whose form is wrong. Gold files whose document is not in the JSONL are
skipped, so a folder of some gold files scores that split.
"""
import json, os, re, sys
from collections import defaultdict

STOP = {"в", "во", "на", "по", "и", "для", "с", "со", "о", "об", "от", "до", "к", "за", "из",
        "the", "of", "and", "for", "on", "in", "a", "an", "to", "формата", "формат", "г", "года", "годов", "гг"}


def words(name):
    name = (name or "").lower().replace("ё", "е")
    return {t[:5] for t in re.findall(r"[\w+]+", name) if t not in STOP}


def name_match(a, b):
    A, B = words(a), words(b)
    return len(A & B) / min(len(A), len(B)) if A and B else 0.0


def jaccard(a, b):
    A, B = words(a), words(b)
    return len(A & B) / len(A | B) if A | B else 0.0


def match_items(gold, found, thr=0.6):
    """The pairing of `entente eval` (and score.py): best pairs first, then augmenting paths."""
    cands = sorted((-name_match(g["name"], f["name"]), -jaccard(g["name"], f["name"]), i, j)
                   for i, g in enumerate(gold) for j, f in enumerate(found)
                   if name_match(g["name"], f["name"]) >= thr)
    adj = defaultdict(list)
    for _, _, i, j in cands:
        adj[i].append(j)
    of_gold, of_found = {}, {}
    for _, _, i, j in cands:
        if i not in of_gold and j not in of_found:
            of_gold[i], of_found[j] = j, i

    def augment(i, seen):
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in of_found or augment(of_found[j], seen):
                of_gold[i], of_found[j] = j, i
                return True
        return False
    for i in sorted(adj):
        if i not in of_gold:
            augment(i, set())
    return sorted(of_gold.items())


def tokens(name):
    return re.findall(r"[\w+]+", (name or "").lower().replace("ё", "е"))


def form_right(gold, parsed):
    by_prefix = defaultdict(set)
    for w in tokens(gold):
        by_prefix[w[:5]].add(w)
    return all(w in by_prefix[w[:5]] for w in tokens(parsed) if w[:5] in by_prefix)


def main():
    gold_dir, jsonl = sys.argv[1], sys.argv[2]
    verbose = "-v" in sys.argv[3:]
    parsed = {}
    with open(jsonl, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                parsed[d["id"]] = d
    totals = {c: [0, 0, 0] for c in ("participants", "initiatives", "mechanisms", "events")}
    for gf in sorted(os.listdir(gold_dir)):
        if not gf.endswith(".gold.json"):
            continue
        gold = json.load(open(os.path.join(gold_dir, gf), encoding="utf-8"))
        found = parsed.get(gold["document"])
        if found is None:
            continue
        for concept, t in totals.items():
            g, f = gold.get(concept) or [], found.get(concept) or []
            for i, j in match_items(g, f):
                ok = form_right(g[i]["name"], f[j]["name"])
                t[0] += 1
                t[1] += ok
                t[2] += tokens(g[i]["name"]) == tokens(f[j]["name"])
                if verbose and not ok:
                    print(f"  {gold['document']}: {concept[:-1]} gold «{g[i]['name']}» parsed «{f[j]['name']}»")
    everything = [sum(t[k] for t in totals.values()) for k in range(3)]
    for concept, (n, ok, equal) in list(totals.items()) + [("all", everything)]:
        print(f"{concept:13} paired {n:4}  form right {ok:4} ({ok / max(n, 1):.3f})  whole name equal {equal:4}")


if __name__ == "__main__":
    main()
