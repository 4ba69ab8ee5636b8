"""What every test of the binding shares: where the built library, header
and database are, and a way to compile a small C program against them.

make check sets MLHEAD_TEST_LIBRARY (the libmlhead.so the tests load),
MLHEAD_TEST_DB and CC; run by hand, the defaults are this tree's build/.
"""

from __future__ import annotations

import atexit
import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "python"))

import mlhead  # noqa: E402  (the binding of this tree, not an installed one)
from mlhead._convert import c_name  # noqa: E402

LIBRARY = Path(os.environ.get("MLHEAD_TEST_LIBRARY", ROOT / "build" / "libmlhead.so")).resolve()
DB_FILE = Path(os.environ.get("MLHEAD_TEST_DB", ROOT / "build" / "mlhead.db")).resolve()
HEADER = ROOT / "include" / "mlhead.h"
CC = os.environ.get("CC", "cc")

_scratch = Path(tempfile.mkdtemp(prefix="mlhead-py-"))
atexit.register(shutil.rmtree, _scratch, True)


def scratch() -> Path:
    """A folder for files a test makes, removed at exit."""
    return _scratch


def open_db(path: Any = None) -> mlhead.Database:
    return mlhead.open(path, library=LIBRARY)


class WithDatabase(unittest.TestCase):
    """A test case sharing one handle on the embedded data, as self.db."""

    db: mlhead.Database

    @classmethod
    def setUpClass(cls) -> None:
        cls.db = open_db()

    @classmethod
    def tearDownClass(cls) -> None:
        cls.db.close()


def compile_c(source: Path, name: str) -> Path:
    """Builds `source` against mlhead.h and LIBRARY (found again at run time
    through an rpath), with the project's warnings as errors."""
    exe = _scratch / name
    if not exe.exists():
        subprocess.run(
            [CC, "-std=c11", "-Wall", "-Wextra", "-Wpedantic", "-Werror",
             f"-I{HEADER.parent}", "-o", str(exe), str(source), str(LIBRARY),
             f"-Wl,-rpath,{LIBRARY.parent}"],
            check=True,
        )
    return exe


def c_answers(call: str, *args: Any, db: Path | None = None) -> list[Any]:
    """What the C API answers for `call` (tests/answers.c): one parsed JSON
    value per struct; [{"status", "message"}] when the call failed."""
    exe = compile_c(Path(__file__).with_name("answers.c"), "answers")
    argv: list[Any] = [str(exe)] + (["--db", str(db)] if db else []) + [call]
    argv += ["-" if a is None else a if isinstance(a, bytes) else str(int(a)) if isinstance(a, int) else str(a) for a in args]
    done = subprocess.run(argv, check=True, capture_output=True)
    return [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]


def plain(value: Any) -> Any:
    """A binding answer in answers.c's terms: enums as numbers, bools as
    0/1, a figure's unknown usd as the C library's -1."""
    if isinstance(value, mlhead.Figure):
        return {"bound": int(value.bound), "usd": -1 if value.usd is None else value.usd}
    if dataclasses.is_dataclass(value):
        return {c_name(f): plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value
