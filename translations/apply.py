#!/usr/bin/env python3
"""Fills unfinished entries of huike_zh_CN.ts from zh_CN.py and reports what is left.

Usage: python3 translations/apply.py   (after `cmake --build build/dev --target huike_lupdate`)
Exits 1 when any entry is still unfinished, listing them.
"""
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

here = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(here))
from zh_CN import T  # noqa: E402

ts_path = here / "huike_zh_CN.ts"
tree = ET.parse(ts_path)
missing = []
for ctx in tree.getroot().findall("context"):
    ctx_name = ctx.find("name").text
    for msg in ctx.findall("message"):
        src = msg.find("source").text
        tr = msg.find("translation")
        text = T.get(src)
        if text is None:
            if tr.get("type") == "unfinished" or not (tr.text or tr.findall("numerusform")):
                missing.append(f"{ctx_name}: {src}")
            continue
        for child in list(tr):
            tr.remove(child)
        if msg.get("numerus") == "yes":
            tr.text = None
            form = ET.SubElement(tr, "numerusform")
            form.text = text
        else:
            tr.text = text
        tr.attrib.pop("type", None)

ET.indent(tree, space="    ")
body = ET.tostring(tree.getroot(), encoding="unicode")
ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                   encoding="utf-8")
if missing:
    print("untranslated:", *missing, sep="\n  ")
    sys.exit(1)
print("all entries translated")
