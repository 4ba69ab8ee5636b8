"""enum_name: the library's names of its enums, as the database writes them."""

from __future__ import annotations

import unittest

from support import LIBRARY, mlhead, open_db

ENUMS = (mlhead.Bound, mlhead.StepKind, mlhead.Unit, mlhead.HitKind, mlhead.OfferVerdict, mlhead.NameKind)


class Names(unittest.TestCase):
    def test_each_member_has_its_own_name(self) -> None:
        for kind in ENUMS:
            with self.subTest(kind=kind.__name__):
                names = [mlhead.enum_name(kind, m, library=LIBRARY) for m in kind]
                self.assertEqual(len(set(names)), len(kind))
                for n in names:  # "unknown" names MLHEAD_UNKNOWN; "unknown bound" is no member
                    self.assertFalse(n.startswith("unknown "), n)

    def test_a_value_outside_the_enum_gets_the_unknown_name(self) -> None:
        for kind in ENUMS:
            with self.subTest(kind=kind.__name__):
                self.assertTrue(mlhead.enum_name(kind, 99, library=LIBRARY).startswith("unknown "))
                self.assertTrue(mlhead.enum_name(kind, -1, library=LIBRARY).startswith("unknown "))

    def test_a_bound_is_named_as_the_database_stores_it(self) -> None:
        import sqlite3

        from support import DB_FILE

        con = sqlite3.connect(f"file:{DB_FILE}?mode=ro", uri=True)
        try:
            rows = {
                r[0]: r[1:]
                for r in con.execute("SELECT label, min_bound, max_bound, avg_bound FROM salary_band")
            }
        finally:
            con.close()
        with open_db() as db:
            bands = db.salary_list()
        self.assertTrue(bands)
        for band in bands:
            with self.subTest(band=band.band):
                named = tuple(
                    mlhead.enum_name(mlhead.Bound, f.bound, library=LIBRARY) for f in (band.min, band.max, band.avg)
                )
                self.assertEqual(named, rows[band.band])

    def test_hit_kinds_of_a_search_have_names(self) -> None:
        with open_db() as db:
            for hit in db.search("data"):
                self.assertFalse(mlhead.enum_name(mlhead.HitKind, hit.kind, library=LIBRARY).startswith("unknown"))

    def test_an_enum_the_library_does_not_name_is_a_type_error(self) -> None:
        with self.assertRaises(TypeError):
            mlhead.enum_name(mlhead.Status, 0, library=LIBRARY)


if __name__ == "__main__":
    unittest.main()
