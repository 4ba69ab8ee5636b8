"""The answers: frozen dataclasses and the enums of their fields.

Each dataclass mirrors one C struct of mlhead.h, field for field and with
the same names; the strings are Python copies, so they outlive the handle.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Optional


__all__ = [
    "Bound",
    "StepKind",
    "NameKind",
    "MatchWhat",
    "Unit",
    "OfferVerdict",
    "HitKind",
    "Edition",
    "Role",
    "Track",
    "Step",
    "RoleName",
    "RoleMatch",
    "Match",
    "Reach",
    "Edge",
    "Figure",
    "Salary",
    "Offer",
    "Section",
    "SectionText",
    "Category",
    "Item",
    "Stat",
    "Hit",
]

class Bound(enum.IntEnum):
    """mlhead_bound: how far a salary figure can be trusted."""

    UNKNOWN = 0  # the guide gives no figure (usd is None)
    EXACT = 1  # the figure as stated
    AT_LEAST = 2  # open-ended ("$644,261+"): the figure is a floor


class StepKind(enum.IntEnum):
    """mlhead_step_kind."""

    START = 0  # 1.1: the first element of path_steps(), the role it starts from
    TRACK = 1  # the next step on a career track
    MOVE = 2  # another move the guide states


class NameKind(enum.IntEnum):
    """mlhead_name_kind (1.1): what kind of name found a role."""

    TITLE = 1
    ALIAS = 2
    SLUG = 3


class MatchWhat(enum.IntEnum):
    """mlhead_match_what (1.1): what match() ranks."""

    ROLE = 1
    TRACK = 2
    SECTION = 3
    CATEGORY = 4


class Unit(enum.IntEnum):
    """mlhead_unit: what a market statistic's value counts."""

    PERCENT = 1
    PERCENTAGE_POINTS = 2
    COUNT = 3
    USD = 4


class OfferVerdict(enum.IntEnum):
    """mlhead_offer_verdict: where an amount stands against a band's span."""

    CANNOT_TELL = 0  # the figures it rests on are unknown, or a floor leaves it open
    BELOW = 1
    WITHIN = 2
    ABOVE = 3
    AT_LEAST_FLOOR = 4  # at or above a high end given only as a floor


class HitKind(enum.IntEnum):
    """mlhead_hit_kind: what a search hit is."""

    ITEM = 1
    HEADING = 2
    ROLE = 3
    STAT = 4
    SALARY = 5
    PROSE = 6


@dataclass(frozen=True)
class Edition:
    title: str
    source: str
    edition: str
    market: str
    currency: str
    year: int
    schema_version: int


@dataclass(frozen=True)
class Role:
    title: str
    slug: str
    track: Optional[str]  # slug of its track, None outside every track
    track_title: Optional[str]
    level: int  # 1-based step within the track; 0 if none
    section: str
    line: int


@dataclass(frozen=True)
class Track:
    slug: str
    title: str
    steps: int
    line: int


@dataclass(frozen=True)
class Step:
    role: Role  # the role the step leads to
    kind: StepKind
    note: Optional[str]
    line: int


@dataclass(frozen=True)
class RoleName:
    """A name that finds a role (role_names(), 1.1)."""

    name: str
    kind: NameKind
    role: Role


@dataclass(frozen=True)
class RoleMatch:
    """A role a typed text may mean (role_match(), 1.1)."""

    role: Role
    score: float  # 0 .. 1: 1 only for a name the lookups find as typed
    matched: NameKind
    name: str


@dataclass(frozen=True)
class Match:
    """A candidate of match() (1.1): a role, track, section or heading."""

    slug: str
    title: str
    section: Optional[str]
    score: float
    matched: NameKind
    name: str


@dataclass(frozen=True)
class Reach:
    """A role reachable from another (reachable(), 1.1)."""

    role: Role
    distance: int  # the fewest steps to it, 1 or more


@dataclass(frozen=True)
class Edge:
    """One step of the graph (step_list(), 1.1).  C's `from` is from_ here."""

    from_: Role = field(metadata={"c": "from"})
    to: Role = field()
    kind: StepKind = field()
    note: Optional[str] = field()
    line: int = field()


@dataclass(frozen=True)
class Figure:
    """A salary figure: usd is None exactly when bound is UNKNOWN."""

    bound: Bound
    usd: Optional[int]


@dataclass(frozen=True)
class Salary:
    role: str
    band: str
    heading: str
    market: str
    currency: str
    year: int
    period: str
    min: Figure
    max: Figure
    avg: Figure
    avg_high: Figure  # bound UNKNOWN unless avg_is_range
    avg_is_range: bool
    line: int


@dataclass(frozen=True)
class Offer:
    """An amount compared with a band (mlhead_salary_compare())."""

    usd: int
    range: OfferVerdict  # against min .. max
    average: OfferVerdict  # against avg, or avg .. avg_high


@dataclass(frozen=True)
class Section:
    slug: str
    title: str
    position: int
    items: int
    line: int


@dataclass(frozen=True)
class SectionText:
    """A section's own paragraphs (mlhead_section_text, 1.1)."""

    section: str
    title: str
    intro: str
    intro_line: int
    closing: Optional[str]
    closing_line: int


@dataclass(frozen=True)
class Category:
    section: str
    slug: str
    title: str
    group: Optional[str]
    position: int
    items: int
    line: int


@dataclass(frozen=True)
class Item:
    section: str
    group: Optional[str]
    category: str
    position: int
    term: Optional[str]
    text: str
    line: int


@dataclass(frozen=True)
class Stat:
    slug: str
    value: float
    unit: Unit
    basis: str
    period: Optional[str]
    source: Optional[str]
    qualifier: Optional[str]
    text: str
    line: int


@dataclass(frozen=True)
class Hit:
    kind: HitKind
    section: Optional[str]
    category: Optional[str]
    text: str
    snippet: str
    rank: float
    line: int
