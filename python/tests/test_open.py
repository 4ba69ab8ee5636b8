"""Opening: the embedded data, a file, and every file that is not one."""

from __future__ import annotations

import os
import sqlite3
import unittest
from pathlib import Path

from support import DB_FILE, LIBRARY, ROOT, c_answers, mlhead, open_db, scratch

S = mlhead.Status


class Open(unittest.TestCase):
    def test_the_embedded_data_and_the_file_hold_the_same_edition(self) -> None:
        with open_db() as embedded, open_db(DB_FILE) as file:
            self.assertEqual(embedded.edition(), file.edition())

    def test_a_path_may_be_str_bytes_or_pathlike(self) -> None:
        for path in (str(DB_FILE), os.fsencode(DB_FILE), Path(DB_FILE)):
            with self.subTest(path=type(path).__name__):
                with open_db(path) as db:
                    self.assertEqual(db.edition().market, "US")

    def test_leaving_the_with_block_closes(self) -> None:
        with open_db() as db:
            self.assertFalse(db.closed)
        self.assertTrue(db.closed)

    def test_an_exception_inside_the_block_still_closes(self) -> None:
        with self.assertRaises(KeyError):
            with open_db() as db:
                raise KeyError("x")
        self.assertTrue(db.closed)

    def assert_open_fails(self, path: object, status: S) -> None:
        with self.assertRaises(mlhead.MlheadError) as caught:
            open_db(path)
        self.assertIs(caught.exception.status, status)
        self.assertTrue(caught.exception.message)
        if isinstance(path, (str, Path)) and str(path) and "\0" not in str(path):
            (expected,) = c_answers("edition", db=Path(path))
            self.assertEqual(caught.exception.status, expected["status"])
            self.assertEqual(caught.exception.message, expected["message"])  # mlhead_open_msg
            self.assertEqual(caught.exception.parameter, "path")

    def test_files_that_cannot_be_opened(self) -> None:
        self.assert_open_fails(scratch() / "missing.db", S.IO)
        self.assert_open_fails(scratch(), S.IO)
        self.assert_open_fails("", S.INVALID)
        self.assert_open_fails("build/mlhead.db\0x", S.INVALID)

    def test_a_file_that_is_not_ours(self) -> None:
        self.assert_open_fails(ROOT / "README", S.NOT_MLHEAD)

    def test_a_truncated_database_is_corrupt(self) -> None:
        cut = scratch() / "truncated.db"
        cut.write_bytes(DB_FILE.read_bytes()[:20000])
        self.assert_open_fails(cut, S.CORRUPT)

    def test_a_missing_file_says_which_and_why(self) -> None:
        missing = scratch() / "missing.db"
        with self.assertRaises(mlhead.MlheadError) as caught:
            open_db(missing)
        self.assertIn("missing.db", caught.exception.message)
        self.assertNotEqual(caught.exception.message, mlhead.strerror(S.IO, library=LIBRARY))

    def test_a_file_another_program_is_writing_is_busy(self) -> None:
        held = scratch() / "held.db"
        held.write_bytes(DB_FILE.read_bytes())
        writer = sqlite3.connect(held, isolation_level=None)
        try:
            writer.execute("BEGIN EXCLUSIVE")
            with self.assertRaises(mlhead.MlheadError) as caught:
                open_db(held)
            self.assertIs(caught.exception.status, S.BUSY)
            self.assertTrue(caught.exception.message)
        finally:
            writer.execute("ROLLBACK")
            writer.close()
        with open_db(held) as db:  # once the writer is done, it opens
            self.assertEqual(db.edition().market, "US")

    def test_a_failed_open_leaves_the_file_alone(self) -> None:
        cut = scratch() / "kept.db"
        data = DB_FILE.read_bytes()[:8192]
        cut.write_bytes(data)
        with self.assertRaises(mlhead.MlheadError):
            open_db(cut)
        self.assertEqual(cut.read_bytes(), data)


if __name__ == "__main__":
    unittest.main()
