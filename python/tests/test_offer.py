"""salary_compare, offer_verdict_name and figure_format against the C API."""

from __future__ import annotations

import dataclasses
import unittest

from support import LIBRARY, c_answers, mlhead, open_db, plain

S = mlhead.Status
USD_MAX = 1000000000  # MLHEAD_USD_MAX


def amounts(band: mlhead.Salary) -> list[int]:
    """Every edge of the band's figures, and the ends of the domain."""
    out = {0, 1, USD_MAX}
    for fig in (band.min, band.max, band.avg, band.avg_high):
        if fig.usd is not None:
            out |= {fig.usd - 1, fig.usd, fig.usd + 1}
    return sorted(out)


class Offers(unittest.TestCase):
    @classmethod
    def setUpClass(cls) -> None:
        cls.db = open_db()
        cls.bands = cls.db.salary_list()

    @classmethod
    def tearDownClass(cls) -> None:
        cls.db.close()

    def test_every_band_at_every_edge_as_c_compares_it(self) -> None:
        verdicts = set()
        for band in self.bands:
            for usd in amounts(band):
                with self.subTest(role=band.role, usd=usd):
                    offer = self.db.salary_compare(band, usd)
                    self.assertEqual([plain(offer)], c_answers("salary_compare", band.role, usd))
                    self.assertIsInstance(offer.range, mlhead.OfferVerdict)
                    verdicts |= {offer.range, offer.average}
        self.assertEqual(verdicts, set(mlhead.OfferVerdict))  # the guide reaches all five

    def test_every_figure_formatted_as_c_writes_it(self) -> None:
        for band in self.bands:
            with self.subTest(role=band.role):
                got = {n: self.db.figure_format(getattr(band, n)) for n in ("min", "max", "avg", "avg_high")}
                self.assertEqual([got], c_answers("figure_format", band.role))

    def test_the_module_functions_answer_as_the_methods(self) -> None:
        band = self.bands[0]
        self.assertEqual(mlhead.salary_compare(band, 1, library=LIBRARY), self.db.salary_compare(band, 1))
        self.assertEqual(mlhead.figure_format(band.min, library=LIBRARY), self.db.figure_format(band.min))


    def test_amounts_outside_the_domain_are_invalid(self) -> None:
        band = self.bands[0]
        for usd in (-1, USD_MAX + 1, 2**63, -(2**64)):
            with self.subTest(usd=usd):
                with self.assertRaises(mlhead.MlheadError) as caught:
                    self.db.salary_compare(band, usd)
                self.assertIs(caught.exception.status, S.INVALID)

    def test_a_band_the_library_would_not_give_is_invalid(self) -> None:
        band = self.bands[0]
        for bad in (
            dataclasses.replace(band, min=mlhead.Figure(mlhead.Bound.EXACT, None)),
            dataclasses.replace(band, max=mlhead.Figure(mlhead.Bound.UNKNOWN, 5)),
            dataclasses.replace(band, avg_is_range=not band.avg_is_range),
        ):
            with self.subTest(band=bad):
                with self.assertRaises(mlhead.MlheadError) as caught:
                    self.db.salary_compare(bad, 100000)
                self.assertIs(caught.exception.status, S.INVALID)

    def test_a_figure_the_library_would_not_give_is_invalid(self) -> None:
        for fig in (
            mlhead.Figure(mlhead.Bound.UNKNOWN, 5),
            mlhead.Figure(mlhead.Bound.EXACT, None),
            mlhead.Figure(mlhead.Bound.EXACT, 0),
            mlhead.Figure(mlhead.Bound.AT_LEAST, USD_MAX + 1),
            mlhead.Figure(mlhead.Bound.EXACT, 2**64),
        ):
            with self.subTest(figure=fig):
                with self.assertRaises(mlhead.MlheadError) as caught:
                    self.db.figure_format(fig)
                self.assertIs(caught.exception.status, S.INVALID)

    def test_wrong_types_are_type_errors(self) -> None:
        band = self.bands[0]
        with self.assertRaises(TypeError):
            self.db.salary_compare("Head of ML", 1)  # type: ignore[arg-type]
        with self.assertRaises(TypeError):
            self.db.salary_compare(band, 1.5)  # type: ignore[arg-type]
        with self.assertRaises(TypeError):
            self.db.figure_format(band)  # type: ignore[arg-type]


if __name__ == "__main__":
    unittest.main()
