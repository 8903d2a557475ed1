#!/usr/bin/env python3
"""Render one record of wragge/pm-transcripts (transcripts/transcript-<id>.xml) as plain text.

The record's fields are written as the archive's page shows them (title, prime minister, release
date, release type, transcript id), then the content: each HTML paragraph becomes a block of lines
separated by a blank line, <br /> becomes a line break, other tags are dropped and character
entities decoded. Nothing else is changed: OCR noise, spacing inside lines and page marks stay.

usage: pm_transcript_text.py transcript-16912.xml > en_001_x.txt
"""
import html
import re
import sys
import xml.etree.ElementTree as ET


def render(xml_text):
    record = ET.fromstring(xml_text).find("transcript")
    field = lambda name: (record.findtext(name) or "").strip()
    head = [html.unescape(re.sub(r"\s+", " ", field("title"))),
            "",
            "Prime Minister: " + field("prime-minister"),
            "Release Date: " + field("release-date"),
            "Release Type: " + field("release-type"),
            "Transcript ID: " + field("transcript-id"),
            ""]
    content = record.findtext("content") or ""
    paragraphs = re.findall(r"<p[^>]*>(.*?)</p>", content, flags=re.S) or [content]
    blocks = []
    for p in paragraphs:
        p = re.sub(r"<br\s*/?>\s*\n?", "\n", p)
        p = re.sub(r"<[^>]+>", "", p)
        lines = [html.unescape(line).rstrip() for line in p.strip("\n").split("\n")]
        block = "\n".join(lines).strip("\n")
        if block.strip():
            blocks.append(block)
    return "\n".join(head) + "\n" + "\n\n".join(blocks) + "\n"


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        sys.stdout.write(render(fh.read()))
