"""The calls that need no handle: names of codes, versions, offers and
figures.  Each takes `library=` (a path or a Library) as mlhead.open() does;
Database has the same calls on its own library."""

from __future__ import annotations

import ctypes
import enum
from ctypes import byref
from typing import Union

from . import _structs as S
from ._convert import struct, text
from ._library import Library, PathLike, load
from .errors import MlheadError, Status
from .types import Bound, Figure, HitKind, NameKind, Offer, OfferVerdict, Salary, StepKind, Unit

LibraryArg = Union[PathLike, Library, None]


def _lib(library: LibraryArg) -> Library:
    return library if isinstance(library, Library) else load(library)


def strerror(status: int, *, library: LibraryArg = None) -> str:
    """mlhead_strerror(): the library's name for a status code."""
    return text(_lib(library).call("mlhead_strerror")(int(status))) or ""


def version(*, library: LibraryArg = None) -> str:
    """mlhead_version(): the version of the library actually loaded."""
    return _lib(library).version


def _c_figure(f: Figure) -> S.mlhead_figure:
    return S.mlhead_figure(int(f.bound), -1 if f.usd is None else f.usd)


def salary_compare(band: Salary, usd: int, *, library: LibraryArg = None) -> Offer:
    """mlhead_salary_compare(): an amount (whole dollars a year) against a
    band's range and average, claiming only what each figure's bound
    proves.  Status.INVALID for an amount outside 0 .. MLHEAD_USD_MAX or a
    band the library would not give."""
    if not isinstance(band, Salary):
        raise TypeError(f"band must be a Salary, not {type(band).__name__}")
    if not isinstance(usd, int) or isinstance(usd, bool):
        raise TypeError(f"usd must be int, not {type(usd).__name__}")
    lib = _lib(library)
    c_band = S.mlhead_salary()
    for name in ("min", "max", "avg", "avg_high"):
        setattr(c_band, name, _c_figure(getattr(band, name)))
    c_band.avg_is_range = int(band.avg_is_range)
    if not -(2**63) <= usd < 2**63:
        raise MlheadError(Status.INVALID, f"usd {usd} is out of range")
    out = S.mlhead_offer()
    status = lib.call("mlhead_salary_compare")(byref(c_band), usd, byref(out))
    if status != Status.OK:
        raise MlheadError(status, f"cannot compare ${usd} with the band: {strerror(status, library=lib)}")
    return struct(Offer, out)


# The library names its own enums; the binding keeps no table of names.
_NAMERS: dict[type[enum.IntEnum], str] = {
    Bound: "mlhead_bound_name",
    StepKind: "mlhead_step_kind_name",
    Unit: "mlhead_unit_name",
    HitKind: "mlhead_hit_kind_name",
    NameKind: "mlhead_name_kind_name",
    OfferVerdict: "mlhead_offer_verdict_name",
}


def enum_name(kind: type[enum.IntEnum], value: int, *, library: LibraryArg = None) -> str:
    """The library's name for a value of one of its enums, as the database
    and the command write it: enum_name(Bound, Bound.AT_LEAST) is
    "at_least" (mlhead_bound_name(), mlhead_unit_name(), ...).  A value
    outside the enum gets the library's "unknown ..." name."""
    namer = _NAMERS.get(kind)
    if namer is None:
        raise TypeError(f"the library names no enum {kind!r}")
    return text(_lib(library).call(namer)(int(value))) or ""


def figure_format(figure: Figure, *, library: LibraryArg = None) -> str:
    """mlhead_figure_format(): "$188,000", "$644,261+" or "unknown".
    Status.INVALID for a figure the library would not give (a usd that
    disagrees with its bound)."""
    if not isinstance(figure, Figure):
        raise TypeError(f"figure must be a Figure, not {type(figure).__name__}")
    usd = figure.usd
    if usd is not None and not -(2**63) <= usd < 2**63:
        raise MlheadError(Status.INVALID, f"usd {usd} is out of range")
    fn = _lib(library).call("mlhead_figure_format")
    c_fig = _c_figure(figure)
    need = fn(c_fig, None, 0)
    if need < 0:
        raise MlheadError(Status.INVALID, f"not a figure the library gives: {figure}")
    buf = ctypes.create_string_buffer(need + 1)
    fn(c_fig, buf, len(buf))
    return text(buf.value) or ""


__all__ = [
    "enum_name",
    "figure_format",
    "salary_compare",
    "strerror",
    "version",
]
