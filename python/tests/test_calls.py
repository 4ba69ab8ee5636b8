"""Normal use of every call, each answer equal to the C API's own
(tests/answers.c), on the embedded data and on build/mlhead.db."""

from __future__ import annotations

import dataclasses
import unittest
from typing import Any

from support import DB_FILE, WithDatabase, c_answers, mlhead, open_db, plain

# (method, C call, arguments): every call with the arguments that exercise
# its branches (NULL optionals, slugs and titles, a group, a one-role path).
CASES: list[tuple[str, tuple[Any, ...]]] = [
    ("edition", ()),
    ("role_find", ("Head of ML",)),
    ("role_find", ("  head   OF ml ",)),
    ("role_find", ("CDO",)),
    ("role_list", (None,)),
    ("role_list", ("research",)),
    ("role_list", ("Machine Learning Engineering Track",)),
    ("role_aliases", ("Head of Machine Learning",)),
    ("track_list", ()),
    ("next_roles", ("Junior ML Engineer",)),
    ("next_roles", ("Head of ML",)),
    ("prev_roles", ("Head of Machine Learning",)),
    ("prev_roles", ("junior-ml-engineer",)),
    ("path", ("Junior ML Engineer", "Head of AI")),
    ("path_steps", ("Junior ML Engineer", "Head of AI")),
    ("path_steps", ("head-of-ai", "Head of AI")),
    ("reachable", ("Junior ML Engineer",)),
    ("reachable", ("AI Research Scientist",)),
    ("step_list", ()),
    ("role_names", ()),
    ("role_match", ("hed of machin lerning", 0)),
    ("role_match", ("VP DS", 3)),
    ("role_match", ("zzzz qqqq", 0)),
    ("match", (mlhead.MatchWhat.ROLE, "sr. ML eng", 0)),
    ("match", (mlhead.MatchWhat.TRACK, "research", 0)),
    ("match", (mlhead.MatchWhat.SECTION, "best practise", 2)),
    ("match", (mlhead.MatchWhat.CATEGORY, "technical challenges", 0)),
    ("path", ("Head of ML", "Head of ML")),
    ("salary_range", ("Head of ML",)),
    ("salary_range", ("Chief Data Officer",)),
    ("salary_list", ()),
    ("section_list", ()),
    ("category_list", ("challenges",)),
    ("category_list", ("Core Responsibilities",)),
    ("item_list", ("responsibilities", None)),
    ("item_list", ("challenges", "Technical Challenges")),
    ("item_list", ("overview", None)),
    ("best_practices", (None,)),
    ("best_practices", ("Technical Proficiency",)),
    ("best_practices", ("strategic-vision-and-alignment",)),
    ("stat_list", ()),
    ("section_text", ("overview",)),
    ("section_text", ("Common Challenges",)),
    ("search_in", ("data", "challenges", 0)),
    ("search_in", ("ethic", "Best Practices", 2)),
    ("search", ("governance", 0)),
    ("search", ("ethics", 3)),
    ("search", ('"; DROP TABLE role; --', 0)),
    ("search_raw", ("ethic* OR NEAR(data science)", 5)),
    ("search_raw", ('"machine learning"', 0)),
]


def binding_answer(db: mlhead.Database, method: str, args: tuple[Any, ...]) -> list[Any]:
    answer = getattr(db, method)(*args)
    return plain(answer if isinstance(answer, list) else [answer])


class SameAsTheCApi(unittest.TestCase):
    def check_all(self, path: Any) -> None:
        with open_db(path) as db:
            for method, args in CASES:
                with self.subTest(method=method, args=args, db=path):
                    expected = c_answers(method, *args, db=path)
                    # A case the C API refuses tests nothing here.
                    self.assertFalse(expected and isinstance(expected[0], dict) and "status" in expected[0])
                    self.assertEqual(binding_answer(db, method, args), expected)

    def test_every_call_on_the_embedded_data(self) -> None:
        self.check_all(None)

    def test_every_call_on_a_database_file(self) -> None:
        self.check_all(DB_FILE)

    def test_the_cases_cover_every_call_of_the_database(self) -> None:
        public = {n for n in vars(mlhead.Database) if not n.startswith("_")}
        public -= {"close", "closed", "library"}
        public -= {"salary_compare", "figure_format"}  # test_offer.py
        self.assertEqual(public, {m for m, _ in CASES})


class NormalUse(WithDatabase):

    def test_an_alias_finds_the_canonical_role(self) -> None:
        role = self.db.role_find("Head of ML")
        self.assertIsInstance(role, mlhead.Role)
        self.assertIn("Head of ML", self.db.role_aliases(role.title))
        self.assertEqual(self.db.role_find(role.title), role)

    def test_answers_are_frozen(self) -> None:
        role = self.db.role_find("Head of ML")
        with self.assertRaises(dataclasses.FrozenInstanceError):
            role.title = "x"  # type: ignore[misc]

    def test_a_figure_has_usd_exactly_when_its_bound_is_known(self) -> None:
        seen = set()
        for band in self.db.salary_list():
            for fig in (band.min, band.max, band.avg, band.avg_high):
                self.assertIsInstance(fig.bound, mlhead.Bound)
                self.assertEqual(fig.usd is None, fig.bound is mlhead.Bound.UNKNOWN)
                seen.add(fig.bound)
            self.assertIsInstance(band.avg_is_range, bool)
        # The guide has exact, open-ended and missing figures: all three read.
        self.assertEqual(seen, set(mlhead.Bound))

    def test_a_path_runs_from_its_first_role_to_its_last(self) -> None:
        path = self.db.path("Junior ML Engineer", "Head of AI")
        self.assertGreaterEqual(len(path), 2)
        self.assertEqual(path[0], self.db.role_find("Junior ML Engineer"))
        self.assertEqual(path[-1], self.db.role_find("Head of AI"))

    def test_path_steps_start_with_start_and_follow_path(self) -> None:
        steps = self.db.path_steps("Junior ML Engineer", "Head of AI")
        self.assertIs(steps[0].kind, mlhead.StepKind.START)
        self.assertIsNone(steps[0].note)
        self.assertEqual([s.role for s in steps], self.db.path("Junior ML Engineer", "Head of AI"))

    def test_each_next_step_is_a_prev_step_back(self) -> None:
        role = self.db.role_find("Junior ML Engineer")
        for step in self.db.next_roles(role.title):
            back = self.db.prev_roles(step.role.title)
            self.assertIn(role, [b.role for b in back])

    def test_reachable_is_nearest_first_and_never_the_role_itself(self) -> None:
        role = self.db.role_find("Junior ML Engineer")
        reach = self.db.reachable(role.title)
        self.assertTrue(reach)
        self.assertNotIn(role, [r.role for r in reach])
        self.assertEqual([r.distance for r in reach], sorted(r.distance for r in reach))
        for r in reach:
            self.assertEqual(len(self.db.path(role.title, r.role.title)) - 1, r.distance)

    def test_every_name_finds_its_role(self) -> None:
        names = self.db.role_names()
        self.assertEqual({n.kind for n in names}, set(mlhead.NameKind))
        for n in names:
            self.assertEqual(self.db.role_find(n.name), n.role)

    def test_the_step_list_is_every_next_step(self) -> None:
        edges = self.db.step_list()
        self.assertTrue(edges)
        for e in edges:
            self.assertIn(e.to, [s.role for s in self.db.next_roles(e.from_.title)])

    def test_steps_carry_their_kind_and_role(self) -> None:
        steps = self.db.next_roles("Junior ML Engineer")
        self.assertTrue(steps)
        for step in steps:
            self.assertIsInstance(step.kind, mlhead.StepKind)
            self.assertIsInstance(step.role, mlhead.Role)

    def test_a_track_lists_its_steps_by_level(self) -> None:
        for track in self.db.track_list():
            roles = self.db.role_list(track.slug)
            self.assertEqual(len(roles), track.steps)
            self.assertEqual([r.level for r in roles], list(range(1, track.steps + 1)))

    def test_best_practices_are_the_sections_items(self) -> None:
        self.assertEqual(self.db.best_practices(), self.db.item_list("best-practices"))

    def test_search_limit_and_snippet_survive_the_next_search(self) -> None:
        hits = self.db.search("data", 2)
        self.assertEqual(len(hits), 2)
        snippet = hits[0].snippet
        self.db.search("ethics")
        self.assertEqual(hits[0].snippet, snippet)  # a copy, not the handle's memory
        self.assertIn("[", snippet)

    def test_section_text_is_the_sections_own_paragraphs(self) -> None:
        for section in self.db.section_list():
            t = self.db.section_text(section.title)
            self.assertEqual((t.section, t.title), (section.slug, section.title))
            self.assertTrue(t.intro)
            self.assertGreater(t.intro_line, 0)
            self.assertEqual(t.closing is None, t.closing_line == 0)

    def test_search_in_finds_only_hits_of_its_section(self) -> None:
        everywhere = self.db.search("data")
        inside = self.db.search_in("data", "Common Challenges")
        self.assertTrue(inside)
        self.assertLess(len(inside), len(everywhere))
        self.assertTrue(all(h.section == "challenges" for h in inside))
        self.assertEqual(len(self.db.search_in("data", "challenges", 1)), 1)

    def test_bytes_arguments_are_taken_as_utf8(self) -> None:
        self.assertEqual(self.db.role_find(b"Head of ML"), self.db.role_find("Head of ML"))

    def test_stats_have_units(self) -> None:
        stats = self.db.stat_list()
        self.assertTrue(stats)
        self.assertTrue(all(isinstance(s.unit, mlhead.Unit) for s in stats))

    def test_answers_outlive_the_handle(self) -> None:
        with open_db() as db:
            roles = db.role_list()
        self.assertEqual(roles, self.db.role_list())


class ModuleCalls(unittest.TestCase):
    def test_version_is_the_libraries(self) -> None:
        from support import LIBRARY

        self.assertRegex(mlhead.version(library=LIBRARY), r"^1\.\d+\.\d+$")

    def test_strerror_names_every_status(self) -> None:
        from support import LIBRARY

        names = {mlhead.strerror(s, library=LIBRARY) for s in mlhead.Status}
        self.assertEqual(len(names), len(mlhead.Status))
        self.assertEqual(mlhead.strerror(999, library=LIBRARY), "unknown status")


if __name__ == "__main__":
    unittest.main()
