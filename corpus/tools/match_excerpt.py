#!/usr/bin/env python3
"""Rebuild one corpus text from a stored page's excerpt, byte for byte.

The search tool's `pages` corpus returns a page's stored opening as a JSON string ("excerpt"). A corpus
text is that excerpt as returned, or with the store's leading ' date YYYY-MM-DD ' field dropped, or cut
through the end of a sentence, paragraph or line (corpus/{ru,en}/REBUILD.tsv says which). This reads the
excerpt's JSON string literal (quotes included, escapes as shown) on standard input, tries every such
start and cut, and writes the text where one has the SHA-256 that corpus/LANG/SHA256SUMS records.

usage (from the repository root):
    python3 corpus/tools/match_excerpt.py ru ru_1990_su_kr_declaration.txt < excerpt.json
prints OK (and writes corpus/LANG/texts/FILE) or MISMATCH; exits 1 on a mismatch.
"""
import hashlib
import json
import os
import re
import sys


def recorded_hash(lang, name):
    with open(f"corpus/{lang}/SHA256SUMS", encoding="utf-8") as sums:
        for line in sums:
            digest, file = line.split(None, 1)
            if file.strip() == name:
                return digest
    sys.exit(f"{name} is not in corpus/{lang}/SHA256SUMS")


def starts(text):
    """Where a text may start: the excerpt's first character, or after the store's leading date field."""
    found = {0}
    field = re.match(r"\s*date \d{4}-\d{2}-\d{2}\s*", text)
    if field:
        for k in range(field.end() + 1):
            if re.fullmatch(r"\s*(date \d{4}-\d{2}-\d{2}\s*)?", text[:k]):
                found.add(k)
    return sorted(found)


def main():
    lang, name = sys.argv[1], sys.argv[2]
    want = recorded_hash(lang, name)
    try:
        text = json.loads(sys.stdin.read().strip())
    except ValueError as e:
        sys.exit(f"not a JSON string literal ({e}): paste the excerpt with its quotes, escapes as shown")
    for start in starts(text):
        body = text[start:]
        for end in range(len(body), 0, -1):
            piece = body[:end].encode("utf-8")
            if hashlib.sha256(piece).hexdigest() == want:
                os.makedirs(f"corpus/{lang}/texts", exist_ok=True)
                with open(f"corpus/{lang}/texts/{name}", "wb") as out:
                    out.write(piece)
                print(f"OK {name}: characters {start}..{start + end} of {len(text)}")
                return
    print(f"MISMATCH {name}: no start or cut of the {len(text)}-character excerpt has the recorded SHA-256")
    sys.exit(1)


if __name__ == "__main__":
    main()
