"""Every bad input of every call: MlheadError with the C API's own status
and message (tests/answers.c), or the binding's own refusal where C cannot
be asked (a NUL inside a str, a negative limit, a wrong type)."""

from __future__ import annotations

import inspect
import unittest
from typing import Any

from support import WithDatabase, c_answers, mlhead, open_db, plain

S = mlhead.Status
OVERLONG = "x" * 257  # MLHEAD_NAME_MAX is 256 bytes
OVERLONG_QUERY = "data" * 256 + "x"  # search takes 1024 bytes

# The text arguments of each call: (method, arguments with one of them
# replaced by the bad value, where the bad value goes).
NAMED: list[tuple[str, tuple[Any, ...], int]] = [
    ("role_find", ("Head of ML",), 0),
    ("role_aliases", ("Head of ML",), 0),
    ("next_roles", ("Head of ML",), 0),
    ("salary_range", ("Head of ML",), 0),
    ("prev_roles", ("Head of ML",), 0),
    ("role_match", ("Head of ML", 0), 0),
    ("match", (mlhead.MatchWhat.ROLE, "Head of ML", 0), 1),
    ("reachable", ("Head of ML",), 0),
    ("path_steps", ("Junior ML Engineer", "Head of AI"), 0),
    ("path_steps", ("Junior ML Engineer", "Head of AI"), 1),
    ("path", ("Junior ML Engineer", "Head of AI"), 0),
    ("path", ("Junior ML Engineer", "Head of AI"), 1),
    ("category_list", ("challenges",), 0),
    ("item_list", ("challenges", None), 0),
    ("section_text", ("overview",), 0),
    ("search_in", ("data", "challenges", 0), 1),
]
OPTIONAL: list[tuple[str, tuple[Any, ...], int]] = [
    ("role_list", (None,), 0),
    ("item_list", ("challenges", None), 1),
    ("best_practices", (None,), 0),
]
MATCHERS = ("role_match", "match")
BAD_NAMES: list[tuple[Any, S]] = [
    ("", S.EMPTY),
    ("  \t\n ", S.EMPTY),
    (OVERLONG, S.INVALID),
    (b"Head of \xff", S.INVALID),
    (b"\xc3\x28", S.INVALID),
    ("Head of \udcff", S.INVALID),  # a lone surrogate: the bytes C refuses
    ("'; DROP TABLE role; --", S.NOT_FOUND),
    ('Head of "ML"', S.NOT_FOUND),
    ("No Such Role", S.NOT_FOUND),
]


def replaced(args: tuple[Any, ...], where: int, value: Any) -> tuple[Any, ...]:
    return args[:where] + (value,) + args[where + 1 :]


class BadInput(WithDatabase):

    def assert_like_c(self, method: str, args: tuple[Any, ...], status: S, where: int | None = None) -> None:
        """The call fails with `status`, and with C's status, message and
        argument; `where` is the index of the parameter it is about."""
        with self.assertRaises(mlhead.MlheadError) as caught:
            getattr(self.db, method)(*args)
        c_args = tuple(a.encode("utf-8", "surrogatepass") if isinstance(a, str) else a for a in args)
        (expected,) = c_answers(method, *c_args)
        self.assertIs(caught.exception.status, status)
        self.assertEqual(caught.exception.status, expected["status"])
        self.assertEqual(caught.exception.message, expected["message"])
        self.assertTrue(caught.exception.message)
        self.assertEqual(caught.exception.argument, expected["argument"])
        params = list(inspect.signature(getattr(self.db, method)).parameters)
        self.assertEqual(caught.exception.parameter, None if where is None else params[where])
        self.assertEqual(caught.exception.argument, 0 if where is None else where + 2)

    def test_each_bad_name_of_each_call(self) -> None:
        for method, args, where in NAMED + OPTIONAL:
            for value, status in BAD_NAMES:
                with self.subTest(method=method, where=where, value=value):
                    bad = replaced(args, where, value)
                    if method in MATCHERS and status is S.NOT_FOUND:
                        # Ranking never fails on a name: it answers what is close.
                        self.assertEqual(plain(getattr(self.db, method)(*bad)), c_answers(method, *bad))
                        continue
                    self.assert_like_c(method, bad, status, where)

    def test_a_missing_required_name_is_invalid(self) -> None:
        for method, args, where in NAMED:
            with self.subTest(method=method, where=where):
                self.assert_like_c(method, replaced(args, where, None), S.INVALID, where)

    def test_a_match_of_nothing_the_enum_names_is_invalid(self) -> None:
        self.assert_like_c("match", (99, "Head of ML", 0), S.INVALID, 0)
        with self.assertRaises(TypeError):
            self.db.match("roles", "Head of ML")  # type: ignore[arg-type]

    def test_a_role_without_a_band_is_no_data(self) -> None:
        self.assert_like_c("salary_range", ("Junior ML Engineer",), S.NO_DATA, 0)

    def test_roles_with_no_steps_between_them_are_no_path(self) -> None:
        self.assert_like_c("path", ("Head of AI", "Junior ML Engineer"), S.NO_PATH)
        self.assert_like_c("path_steps", ("Head of AI", "Junior ML Engineer"), S.NO_PATH)

    def test_the_path_message_names_the_argument(self) -> None:
        with self.assertRaises(mlhead.MlheadError) as caught:
            self.db.path("Head of AI", "nobody")
        self.assertIn("(to)", caught.exception.message)

    def test_bad_search_queries(self) -> None:
        for method in ("search", "search_raw"):
            for value, status in [
                (None, S.INVALID),
                ("", S.EMPTY),
                ("   ", S.EMPTY),
                (OVERLONG_QUERY, S.INVALID),
                (b"gov\xff", S.INVALID),
            ]:
                with self.subTest(method=method, value=value):
                    self.assert_like_c(method, (value, 0), status, 0)
                with self.subTest(method="search_in", value=value):
                    self.assert_like_c("search_in", (value, "challenges", 0), status, 0)

    def test_fts5_syntax_is_an_error_only_for_raw_search(self) -> None:
        self.assert_like_c("search_raw", ("AND OR (", 0), S.SYNTAX, 0)
        plain = self.db.search("AND OR (", 0)  # the words, as prefixes
        self.assertTrue(all("[" in hit.snippet for hit in plain))

    def test_a_nul_inside_a_name_is_invalid(self) -> None:
        # C would read "Head of ML" and answer for it.
        for method, args, where in NAMED + OPTIONAL:
            with self.subTest(method=method, where=where):
                with self.assertRaises(mlhead.MlheadError) as caught:
                    getattr(self.db, method)(*replaced(args, where, "Head of ML\0junk"))
                self.assertIs(caught.exception.status, S.INVALID)
                self.assertIn("NUL", caught.exception.message)
                params = list(inspect.signature(getattr(self.db, method)).parameters)
                self.assertEqual(caught.exception.parameter, params[where])

    def test_a_wrong_type_is_a_type_error(self) -> None:
        for method, args, where in NAMED + OPTIONAL:
            with self.subTest(method=method, where=where):
                with self.assertRaises(TypeError):
                    getattr(self.db, method)(*replaced(args, where, 42))

    def test_bad_limits(self) -> None:
        for method in ("search", "search_raw"):
            with self.subTest(method=method):
                with self.assertRaises(mlhead.MlheadError) as caught:
                    getattr(self.db, method)("data", -1)
                self.assertIs(caught.exception.status, S.INVALID)
                for bad in ("3", 2.0, True):
                    with self.assertRaises(TypeError):
                        getattr(self.db, method)("data", bad)

    def test_a_closed_database_is_invalid_for_every_call(self) -> None:
        db = open_db()
        db.close()
        db.close()  # twice is harmless
        self.assertTrue(db.closed)
        for method in ("edition", "track_list", "section_list", "stat_list", "salary_list", "role_names", "step_list"):
            with self.subTest(method=method):
                with self.assertRaises(mlhead.MlheadError) as caught:
                    getattr(db, method)()
                self.assertIs(caught.exception.status, S.INVALID)
        with self.assertRaises(mlhead.MlheadError):
            db.role_find("Head of ML")

    def test_the_error_after_a_failure_does_not_stick(self) -> None:
        with self.assertRaises(mlhead.MlheadError):
            self.db.role_find("nobody")
        self.assertEqual(self.db.role_find("Head of ML").title, self.db.role_list()[7].title)


class StatusEnum(unittest.TestCase):
    def test_an_unknown_code_keeps_its_number(self) -> None:
        err = mlhead.MlheadError(99, "from a newer library")
        self.assertEqual(int(err.status), 99)
        self.assertEqual(err.status.name, "UNKNOWN_99")
        self.assertIn("UNKNOWN_99", str(err))

    def test_the_message_and_status_are_in_the_text(self) -> None:
        err = mlhead.MlheadError(S.NOT_FOUND, 'no role named "x"')
        self.assertEqual(str(err), 'no role named "x" (NOT_FOUND)')


if __name__ == "__main__":
    unittest.main()
