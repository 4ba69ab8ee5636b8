#!/usr/bin/env python3
"""rows.py - answers SQL in the one text form test/sql/clients.sh compares.

    rows.py DB < queries     runs each line of stdin with Python's sqlite3
    rows.py --json < answer  reformats one answer of `sqlite3 -json`

Each answer is a line "-- SQL" (not in --json), the column names, then one
line per row: values separated by tabs; NULL as \\N; a backslash, tab or
newline inside text as \\\\, \\t, \\n; integers in decimal; reals by repr().
test/sql/rows.js and test/sql/facts.c print the same form.
"""
import json
import sqlite3
import sys


def value(v):
    if v is None:
        return "\\N"
    if isinstance(v, bool) or not isinstance(v, (int, float, str)):
        raise TypeError("unexpected value %r" % (v,))
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, int):
        return str(v)
    return v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def line(values):
    print("\t".join(value(v) for v in values))


def from_json():
    text = sys.stdin.read()
    rows = json.loads(text, object_pairs_hook=list) if text.strip() else []
    if rows:
        line(name for name, _ in rows[0])
    for row in rows:
        line(v for _, v in row)


def from_python(path):
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    for sql in sys.stdin.read().splitlines():
        print("-- " + sql)
        cursor = db.execute(sql)
        line(d[0] for d in cursor.description)
        for row in cursor:
            line(row)
    db.close()


if __name__ == "__main__":
    if sys.argv[1:] == ["--json"]:
        from_json()
    elif len(sys.argv) == 2:
        from_python(sys.argv[1])
    else:
        sys.exit("usage: rows.py DB < queries | rows.py --json < answer")
