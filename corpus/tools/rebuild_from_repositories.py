#!/usr/bin/env python3
"""Rebuild the corpus texts whose source is a public repository's file, byte for byte.

corpus/{ru,en}/REBUILD.tsv gives such a text's source as OWNER/NAME@COMMIT:PATH, sometimes with a note:
"(key K, content)" for a record of a JSON file (gabrielkmbo/kremlin-scraper's supplements_data.json), or a
CSV row's «supplements» entry (kremlin_articles_ru.csv). A text is the file as returned, or a record rendered
by corpus/en/tools/pm_transcript_text.py, or the record's content. This reads each source from a local git
copy of its repository, tries those forms, and writes the text where one has the SHA-256 of SHA256SUMS.

usage (from the repository root): python3 corpus/tools/rebuild_from_repositories.py COPIES_DIR
COPIES_DIR holds one git directory per repository, named OWNER+NAME (a bare repository, or one with .git/
inside, or with a repo/ or repo/.git below it). Prints OK, MISMATCH or MISSING per text; exits 1 if any is not OK.
"""
import ast
import csv
import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys

spec = importlib.util.spec_from_file_location("pm", "corpus/en/tools/pm_transcript_text.py")
pm_transcript = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pm_transcript)


def git_dir(copies, repo):
    base = os.path.join(copies, repo.replace("/", "+"))
    for candidate in (base + "/repo/.git", base + "/repo", base + "/.git", base):
        if os.path.isfile(candidate + "/HEAD"):
            return candidate
    return None


def show(gdir, commit, path):
    for rev in (commit, "HEAD"):
        run = subprocess.run(["git", "--git-dir", gdir, "show", f"{rev}:{path}"], capture_output=True)
        if run.returncode == 0:
            return run.stdout
    return None


def record_contents(data, note):
    """The «content» fields a note points at: a JSON file's key, or a CSV row's supplements entry."""
    key = re.match(r"key (\d+)", note or "")
    if key:
        yield json.loads(data)[key.group(1)]["content"]
        return
    entry = re.search(r"supplement/(\d+)", note or "")
    if entry:
        csv.field_size_limit(10 ** 9)
        for row in csv.DictReader(data.decode("utf-8-sig").splitlines(keepends=True)):
            cell = row.get("supplements") or ""
            if f"supplement/{entry.group(1)}" not in cell:
                continue
            for item in ast.literal_eval(cell):
                if isinstance(item, dict) and item.get("url", "").endswith(f"/{entry.group(1)}"):
                    yield item["content"]


def candidates(data, note):
    if note:
        for content in record_contents(data, note):
            yield content.encode("utf-8")
        return
    yield data
    try:
        yield pm_transcript.render(data.decode("utf-8")).encode("utf-8")
    except Exception:
        pass


def main():
    copies = sys.argv[1]
    failed = 0
    for lang in ("ru", "en"):
        with open(f"corpus/{lang}/SHA256SUMS", encoding="utf-8") as sums:
            want = {line.split(None, 1)[1].strip(): line.split()[0] for line in sums}
        with open(f"corpus/{lang}/REBUILD.tsv", encoding="utf-8") as rows:
            for line in rows:
                field = line.rstrip("\n").split("\t")
                if field[0].startswith("#") or len(field) < 3 or "@" not in field[2] or field[2].startswith("http"):
                    continue
                source = re.match(r"([^@ ]+)@([0-9a-f]+):(.*?)(?: \(((?:key|row) .*)\))?$", field[2])
                repo, commit, path, note = source.groups()
                gdir = git_dir(copies, repo)
                data = show(gdir, commit, path) if gdir else None
                if data is None:
                    print("MISSING", field[0], repo)
                    failed += 1
                    continue
                for text in candidates(data, note):
                    if hashlib.sha256(text).hexdigest() == want.get(field[0]):
                        os.makedirs(f"corpus/{lang}/texts", exist_ok=True)
                        with open(f"corpus/{lang}/texts/{field[0]}", "wb") as out:
                            out.write(text)
                        print("OK", field[0])
                        break
                else:
                    print("MISMATCH", field[0])
                    failed += 1
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
