#!/usr/bin/python3
"""Reads back a charter DOCX written by the real binary, the way other programs will.

    docx_readback.py python KEYDRIVER EXAMPLE.kdd SCRATCH   python-docx: headings, the
        measurement plan's cells, the diagram's page pictures
    docx_readback.py pdf KEYDRIVER EXAMPLE.kdd SCRATCH      LibreOffice converts it to PDF;
        pdftotext finds the headings and a measure name

Exits 77 (CTest's SKIP_RETURN_CODE) with a message when python3-docx, LibreOffice or pdftotext
is not installed here; CI installs them (scripts/common.sh).
"""
import json
import os
import shutil
import subprocess
import sys

SKIP = 77
HEADINGS = [
    "Problem statement", "Aim", "Key driver diagram", "Measurement plan", "Change ideas",
    "Team and roles", "Scope", "Timeline", "Resources and constraints", "Equity",
    "Revision history",
]


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def export(keydriver, example, scratch):
    os.makedirs(scratch, exist_ok=True)
    path = os.path.join(scratch, "charter.docx")
    if os.path.exists(path):
        os.remove(path)
    run = subprocess.run([keydriver, "export", example, "-o", path], capture_output=True,
                         text=True, timeout=120)
    if run.returncode != 0 or not os.path.exists(path):
        fail("keydriver export failed: " + run.stderr)
    return path


def measure_names(example):
    with open(example, encoding="utf-8") as f:
        return [m["name"] for m in json.load(f).get("measures", [])]


def check_python_docx(path, example):
    import docx
    import docx.enum.shape
    from docx.oxml.ns import qn
    document = docx.Document(path)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    if headings != HEADINGS:
        fail("Heading 1 paragraphs are %r, expected %r" % (headings, HEADINGS))
    # Each measure with data has its chart under a heading of its name, in the plan's order.
    with open(example, encoding="utf-8") as f:
        charted = [m["name"] for m in json.load(f).get("measures", []) if m.get("data")]
    subheadings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    if subheadings != charted + ["The seven practices"]:
        fail("Heading 2 paragraphs are %r" % subheadings)
    titles = [p.text for p in document.paragraphs if p.style.name == "Title"]
    with open(example, encoding="utf-8") as f:
        title = json.load(f)["title"]
    if titles != [title]:
        fail("Title paragraphs are %r" % titles)
    if document.core_properties.title != title:
        fail("dc:title is %r" % document.core_properties.title)
    plans = [t for t in document.tables
             if [c.text for c in t.rows[0].cells][:2] == ["Measure", "Type"]]
    if len(plans) != 1:
        fail("expected one measurement plan table, found %d" % len(plans))
    names = measure_names(example)
    cells = [row.cells[0].text for row in plans[0].rows[1:]]
    if cells != names:
        fail("measure names in the table %r differ from the file's %r" % (cells, names))
    header = plans[0].rows[0]._tr.trPr
    if header is None or header.find(qn("w:tblHeader")) is None:
        fail("the measurement plan's header row does not repeat on each page")
    # The diagram is too tall for one readable picture: it is cut into pages, one picture each.
    shapes = document.inline_shapes
    if len(shapes) < 2 + len(charted):
        fail("expected the diagram on at least 2 pages and %d charts, found %d inline pictures"
             % (len(charted), len(shapes)))
    for shape in shapes:
        if shape.type != docx.enum.shape.WD_INLINE_SHAPE.PICTURE:
            fail("an inline shape is not a picture: %r" % shape.type)
    section_width = max(s.page_width - s.left_margin - s.right_margin for s in document.sections)
    section_height = max(s.page_height - s.top_margin - s.bottom_margin
                         for s in document.sections)
    for shape in shapes:
        if shape.width > section_width + 1 or shape.height > section_height + 1:
            fail("a picture (%d x %d EMU) is larger than the text area (%d x %d EMU)" % (
                shape.width, shape.height, section_width, section_height))
    print("python-docx: %d headings, %d measures, %d pictures of %.1f x %.1f cm" % (
        len(headings), len(names), len(shapes), shapes[0].width / 360000,
        shapes[0].height / 360000))


def check_pdf(path, example, scratch):
    soffice = shutil.which("soffice")
    pdftotext = shutil.which("pdftotext")
    if not soffice or not pdftotext:
        print("SKIP: LibreOffice (soffice) or pdftotext is not installed")
        sys.exit(SKIP)
    home = os.path.join(scratch, "home")
    os.makedirs(home, exist_ok=True)
    pdf = os.path.splitext(path)[0] + ".pdf"
    if os.path.exists(pdf):
        os.remove(pdf)
    env = dict(os.environ, HOME=home)
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", scratch, path],
                   capture_output=True, timeout=90, env=env)
    if not os.path.exists(pdf):
        fail("LibreOffice did not convert %s to PDF" % path)
    # Reading order, not layout: a table cell's wrapped lines stay together.
    text = subprocess.run([pdftotext, pdf, "-"], capture_output=True, text=True,
                          timeout=60).stdout
    flat = " ".join(text.split())
    for heading in HEADINGS:
        if heading not in flat:
            fail("the PDF lacks the heading %r" % heading)
    name = measure_names(example)[1]
    if name not in flat:
        fail("the PDF lacks the measure %r" % name)
    print("LibreOffice: the PDF has every heading and the measure %r" % name)


def main():
    if len(sys.argv) != 5 or sys.argv[1] not in ("python", "pdf"):
        print(__doc__)
        return 2
    mode, keydriver, example, scratch = sys.argv[1:]
    if mode == "python":
        try:
            import docx  # noqa: F401 -- skip before exporting when it cannot be read back
        except ImportError:
            print("SKIP: python3-docx is not installed for /usr/bin/python3 "
                  "(apt install python3-docx)")
            return SKIP
    path = export(keydriver, example, scratch)
    if mode == "python":
        check_python_docx(path, example)
    else:
        check_pdf(path, example, scratch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
