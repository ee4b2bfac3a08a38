#!/usr/bin/python3
"""Reads the running editor through AT-SPI, as a screen reader does: starts KeyDriver on an
example, finds the application on the accessibility bus, walks its tree to the diagram canvas and
checks that every box of the example is there with its text, its kind in the description and its
states. Prints a short dump of the canvas (what accerciser would show). Run it inside
a11y_session.sh (a D-Bus session, an X server and Qt's bridge on).

usage: a11y_atspi.py KEYDRIVER EXAMPLE.kdd
Exits 77 when pyatspi is missing (the test is skipped), 1 on a failed check.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

try:
    import pyatspi
except ImportError:
    print("skipped: python3-pyatspi is not installed")
    sys.exit(77)

KINDS = {"aim": "aim", "driver": "driver", "change": "Change idea"}


def find_application(name, timeout):
    """The application called `name` on the AT-SPI desktop, once it has shown its window."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name and app.childCount > 0:
                return app
        time.sleep(0.3)
    return None


def find_canvas(node, depth=0):
    """The first list named "Diagram canvas" under `node` (depth first)."""
    if node is None or depth > 30:
        return None
    if node.getRoleName() == "list" and node.name == "Diagram canvas":
        return node
    for child in node:
        found = find_canvas(child, depth + 1)
        if found is not None:
            return found
    return None


def states(node):
    state = node.getState()
    names = []
    for s, name in ((pyatspi.STATE_SELECTABLE, "selectable"), (pyatspi.STATE_SELECTED, "selected"),
                    (pyatspi.STATE_FOCUSABLE, "focusable"), (pyatspi.STATE_FOCUSED, "focused"),
                    (pyatspi.STATE_EXPANDABLE, "expandable"),
                    (pyatspi.STATE_EXPANDED, "expanded"), (pyatspi.STATE_COLLAPSED, "collapsed")):
        if state.contains(s):
            names.append(name)
    return names


def relation_targets(node, kind):
    out = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == kind:
            for i in range(relation.getNTargets()):
                out.append(relation.getTarget(i).name)
    return out


def main():
    keydriver, example = sys.argv[1], sys.argv[2]
    with open(example, encoding="utf-8") as f:
        diagram = json.load(f)
    expected = {n["text"]: n for n in diagram["nodes"]}
    home = tempfile.mkdtemp(prefix="kdd-atspi-home-")
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"))
    editor = subprocess.Popen([keydriver, example], env=env)
    failures = []
    try:
        app = find_application("keydriver", 30)
        if app is None:
            print("FAIL: no application called keydriver on the AT-SPI bus")
            return 1
        canvas = None
        deadline = time.time() + 30
        while canvas is None and time.time() < deadline:
            canvas = find_canvas(app)
            if canvas is None or canvas.childCount < len(expected):
                canvas = None
                time.sleep(0.3)
        if canvas is None:
            print("FAIL: no \"Diagram canvas\" list with %d boxes in the tree" % len(expected))
            return 1
        print("%s: %s \"%s\" — %s, %d children" % (os.path.basename(example),
                                                 canvas.getRoleName(), canvas.name,
                                                 canvas.description, canvas.childCount))
        seen = {}
        for i, box in enumerate(canvas):
            seen[box.name] = box
            if i < 6:
                drivers = relation_targets(box, pyatspi.RELATION_CONTROLLED_BY)
                print("  [%d] %s \"%s\"\n      %s\n      states: %s; driven by: %s" % (
                    i, box.getRoleName(), box.name, box.description,
                    ", ".join(states(box)), "; ".join(drivers) or "-"))
        for text, node in expected.items():
            box = seen.get(text)
            if box is None:
                failures.append("no box named %r" % text)
                continue
            if box.getRoleName() != "list item":
                failures.append("%r is a %s, not a list item" % (text, box.getRoleName()))
            kind = KINDS.get(node.get("kind", "driver"), "")
            if kind.lower() not in box.description.lower():
                failures.append("%r: description %r does not name its kind %r"
                                % (text, box.description, kind))
            if "selectable" not in states(box):
                failures.append("%r is not selectable" % text)
        # Links: a box's drivers are reachable as the boxes that control it.
        by_id = {n["id"]: n["text"] for n in diagram["nodes"]}
        for link in diagram.get("links", []):
            child = seen.get(by_id.get(link["to"]))
            if child is not None and by_id[link["from"]] not in relation_targets(
                    child, pyatspi.RELATION_CONTROLLED_BY):
                failures.append("%r is not controlled by %r" % (child.name, by_id[link["from"]]))
    finally:
        editor.terminate()
        try:
            editor.wait(10)
        except subprocess.TimeoutExpired:
            editor.kill()
    for failure in failures:
        print("FAIL:", failure)
    if failures:
        return 1
    print("all %d boxes found through AT-SPI with their text, kind, states and links"
          % len(expected))
    return 0


if __name__ == "__main__":
    sys.exit(main())
