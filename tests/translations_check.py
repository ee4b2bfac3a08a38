#!/usr/bin/python3
"""Checks that the translations are complete and up to date with the sources.

Usage: translations_check.py LUPDATE SOURCES_LIST TS_FILE...

For each .ts file: lupdate run on a copy against the sources (the list written by
resources/translations/CMakeLists.txt) must find nothing new and nothing gone, and warn about
nothing (a tr() that lupdate cannot attribute is a text no one can translate); then every
message must be finished, none obsolete or vanished, and each translation must keep the
source's placeholders (%1, %n, %L1) and, where the source has one, an & accelerator.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?\d+|%n")


def texts_of(message):
    """The translation's texts: one, or the plural forms."""
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return translation, [f.text or "" for f in forms] if forms else [translation.text or ""]


def accelerator(text):
    return re.search(r"&(?!&)(?=\S)", text.replace("&&", "")) is not None


def check_file(lupdate, sources, ts_path, problems):
    name = os.path.basename(ts_path)
    with tempfile.TemporaryDirectory() as scratch:
        copy = os.path.join(scratch, name)
        shutil.copyfile(ts_path, copy)
        run = subprocess.run([lupdate, "-locations", "none", "-no-obsolete", *sources,
                              "-ts", copy], capture_output=True, text=True)
        output = run.stdout + run.stderr
        if run.returncode != 0:
            problems.append(f"{name}: lupdate failed:\n{output}")
            return
        for line in output.splitlines():
            if "lacks Q_OBJECT" in line or "Cannot invoke" in line or "warning" in line.lower():
                problems.append(f"{name}: lupdate: {line.strip()}")
        found = re.search(r"\((\d+) new and (\d+) already existing\)", output)
        if found and found.group(1) != "0":
            problems.append(f"{name}: {found.group(1)} texts in the sources are not in the "
                            f"file (cmake --build build --target update_translations)")
        if "obsolete" in output.lower() and re.search(r"[1-9]\d* obsolete", output):
            problems.append(f"{name}: texts no longer in the sources: {output.strip()}")
        updated = open(copy, encoding="utf-8").read()
        committed = open(ts_path, encoding="utf-8").read()
        if updated != committed:
            problems.append(f"{name}: not up to date with the sources "
                            f"(cmake --build build --target update_translations)")
    root = ET.parse(ts_path).getroot()
    count = 0
    for context in root.iter("context"):
        context_name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            translation, texts = texts_of(message)
            where = f"{name}: {context_name}: {source[:60]!r}"
            kind = translation.get("type")
            if kind in ("unfinished", "obsolete", "vanished"):
                problems.append(f"{where}: {kind}")
                continue
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for text in texts:
                if not text.strip() and source.strip():
                    problems.append(f"{where}: empty translation")
                    continue
                if sorted(set(PLACEHOLDER.findall(text))) != wanted:
                    if message.get("numerus") == "yes" and "%n" in wanted:
                        # A singular form may spell "one" instead of %n.
                        rest = [p for p in wanted if p != "%n"]
                        have = sorted(set(PLACEHOLDER.findall(text)) - {"%n"})
                        if have == rest:
                            continue
                    problems.append(f"{where}: placeholders {wanted} became "
                                    f"{sorted(set(PLACEHOLDER.findall(text)))} in {text!r}")
                if accelerator(source) and not accelerator(text):
                    problems.append(f"{where}: the & accelerator is missing in {text!r}")
    if count == 0:
        problems.append(f"{name}: no messages at all")
    return count


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    lupdate, sources_list, *ts_files = sys.argv[1:]
    sources = [line.strip() for line in open(sources_list, encoding="utf-8") if line.strip()]
    problems = []
    for ts_path in ts_files:
        count = check_file(lupdate, sources, ts_path, problems)
        print(f"{os.path.basename(ts_path)}: {count} messages")
    for problem in problems[:200]:
        print(problem)
    if len(problems) > 200:
        print(f"... and {len(problems) - 200} more")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
