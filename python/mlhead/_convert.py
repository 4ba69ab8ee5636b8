"""One way from a C struct to its dataclass: field by field, by type hint."""

from __future__ import annotations

import dataclasses
import enum
import typing
from ctypes import Structure
from typing import Any, TypeVar

from .types import Bound, Figure

T = TypeVar("T")

_HINTS: dict[type, dict[str, Any]] = {}


def text(raw: bytes | None) -> str | None:
    """A string of the handle, copied; None stays None (the guide gives none).
    surrogateescape keeps any byte a crafted file holds instead of failing."""
    return None if raw is None else raw.decode("utf-8", "surrogateescape")


def _hints(cls: type) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    return hints


def _value(hint: Any, raw: Any) -> Any:
    if typing.get_origin(hint) is typing.Union:  # Optional[X]
        hint = next(a for a in typing.get_args(hint) if a is not type(None))
    if hint is str:
        return text(raw)
    if hint is Figure:
        bound = Bound(raw.bound)
        return Figure(bound, None if bound is Bound.UNKNOWN else int(raw.usd))
    if dataclasses.is_dataclass(hint):
        return struct(hint, raw)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(raw)
    return hint(raw)  # int, float, bool


def c_name(f: dataclasses.Field) -> str:  # type: ignore[type-arg]
    """The C field a dataclass field mirrors: its own name, or the metadata
    "c" where the C name is a Python keyword (mlhead_edge.from)."""
    return str(f.metadata.get("c", f.name))


def struct(cls: type[T], raw: Structure) -> T:
    """The dataclass `cls` with each field read from the C field of its name."""
    hints = _hints(cls)
    values = {
        f.name: _value(hints[f.name], getattr(raw, c_name(f)))
        for f in dataclasses.fields(cls)  # type: ignore[arg-type]
    }
    return cls(**values)
