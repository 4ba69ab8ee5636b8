"""An open database: every question of the C API as a method."""

from __future__ import annotations

import ctypes
import os
import threading
from ctypes import POINTER, byref, c_char_p, c_size_t, c_void_p
from typing import Any, Callable, NamedTuple, TypeVar, Union

from . import _structs as S
from . import pure
from ._convert import struct, text
from ._library import Library, PathLike, load
from .errors import MlheadError, Status
from .types import (
    Category,
    Edge,
    Edition,
    Hit,
    Figure,
    Item,
    Match,
    MatchWhat,
    Offer,
    Reach,
    Role,
    RoleMatch,
    RoleName,
    Salary,
    Section,
    SectionText,
    Stat,
    Step,
    Track,
)

T = TypeVar("T")
_OPEN_MSG_SIZE = 512  # holds every message of mlhead_open_msg() whole
Name = Union[str, bytes, None]


class _In(NamedTuple):
    """An argument as C takes it, with the Python parameter it came from,
    so a failure can say which parameter mlhead_errarg() points at."""

    param: str
    value: Any


def _arg(value: Name, what: str) -> _In:
    """A text argument as the C library takes it.  str is encoded as UTF-8;
    a lone surrogate goes through as the invalid bytes it stands for, so the
    library, not Python, judges it (MLHEAD_INVALID).  bytes go as they are.
    None is NULL, which the library answers (MLHEAD_INVALID where a name is
    required).  A NUL would cut the text short in C, so it fails here."""
    if value is None:
        return _In(what, None)
    if isinstance(value, str):
        raw = value.encode("utf-8", "surrogatepass")
    elif isinstance(value, bytes):
        raw = value
    else:
        raise TypeError(f"{what} must be str, bytes or None, not {type(value).__name__}")
    if b"\0" in raw:
        raise MlheadError(Status.INVALID, f"{what} contains a NUL character", parameter=what)
    return _In(what, raw)


def _limit(value: int, what: str) -> _In:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{what} must be int, not {type(value).__name__}")
    if value < 0:
        raise MlheadError(Status.INVALID, f"{what} is negative (0 means every hit)", parameter=what)
    return _In(what, value)


class Database:
    """A handle on an mlhead database (see mlhead.open()).

    A context manager: `with mlhead.open() as db:` closes it on leaving.
    Calls on one Database are serialized by a lock, so it may be shared
    between threads; separate Databases run in parallel.  Every answer is
    a copy, valid after close().
    """

    def __init__(self, lib: Library, handle: c_void_p) -> None:
        self._lib = lib
        self._handle: c_void_p | None = handle
        self._lock = threading.Lock()

    # ---- lifetime -----------------------------------------------------
    def close(self) -> None:
        """Closes the handle.  Closing twice is harmless."""
        with self._lock:
            if self._handle is not None:
                self._lib.call("mlhead_close")(self._handle)
                self._handle = None

    @property
    def closed(self) -> bool:
        return self._handle is None

    @property
    def library(self) -> Library:
        return self._lib

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        if getattr(self, "_handle", None) is not None:
            self.close()

    # ---- the one call path ----------------------------------------------
    def _call(self, name: str, *args: Any) -> None:
        """Calls `name` on the handle; a status other than OK raises with the
        handle's message and argument, read under the same lock as the call."""
        fn = self._lib.call(name)
        c_args = [a.value if isinstance(a, _In) else a for a in args]
        with self._lock:
            if self._handle is None:
                # What the C library says of a NULL handle.
                raise MlheadError(Status.INVALID, "the database is closed", argument=1)
            status = fn(self._handle, *c_args)
            if status == Status.OK:
                return
            message = text(self._lib.call("mlhead_errmsg")(self._handle)) or ""
            argument = self._lib.call("mlhead_errarg")(self._handle) if self._lib.has("mlhead_errarg") else 0
        # C counts the handle as 1; args[0] is its parameter 2.
        given = args[argument - 2] if 2 <= argument < 2 + len(args) else None
        parameter = given.param if isinstance(given, _In) else None
        raise MlheadError(status, message, argument=argument, parameter=parameter)

    def _one(self, name: str, ctype: Any, cls: type[T], *args: Any) -> T:
        out = ctype()
        self._call(name, *args, byref(out))
        return struct(cls, out)

    def _list(self, name: str, ctype: Any, convert: Callable[[Any], T], *args: Any) -> list[T]:
        out = POINTER(ctype)()
        count = c_size_t()
        self._call(name, *args, byref(out), byref(count))
        try:
            return [convert(out[i]) for i in range(count.value)]
        finally:
            self._lib.call("mlhead_free")(out)

    # ---- the edition ------------------------------------------------------
    def edition(self) -> Edition:
        """mlhead_edition_get(): the edition of the data."""
        return self._one("mlhead_edition_get", S.mlhead_edition, Edition)

    # ---- roles ----------------------------------------------------------
    def role_find(self, name: Name) -> Role:
        """mlhead_role_find(): a role by title or alias ("Head of ML")."""
        return self._one("mlhead_role_find", S.mlhead_role, Role, _arg(name, "name"))

    def role_list(self, track: Name = None) -> list[Role]:
        """mlhead_role_list(): every role, or one track's steps in order."""
        return self._list(
            "mlhead_role_list", S.mlhead_role, lambda r: struct(Role, r), _arg(track, "track")
        )

    def role_aliases(self, name: Name) -> list[str]:
        """mlhead_role_aliases(): a role's other names, alphabetically."""
        return self._list("mlhead_role_aliases", c_char_p, text, _arg(name, "name"))

    def role_names(self) -> list[RoleName]:
        """mlhead_role_names() (1.1): every title, alias and slug, with its role."""
        return self._list("mlhead_role_names", S.mlhead_role_name, lambda r: struct(RoleName, r))

    def role_match(self, text: Name, limit: int = 0) -> list[RoleMatch]:
        """mlhead_role_match() (1.1): the roles a typed text may mean, best first."""
        return self._list(
            "mlhead_role_match",
            S.mlhead_role_match_hit,
            lambda r: struct(RoleMatch, r),
            _arg(text, "text"),
            _limit(limit, "limit"),
        )

    def match(self, what: MatchWhat, text: Name, limit: int = 0) -> list[Match]:
        """mlhead_match() (1.1): role_match() for roles, tracks, sections or
        headings; `what` a MatchWhat (another int: Status.INVALID)."""
        if not isinstance(what, int) or isinstance(what, bool):
            raise TypeError(f"what must be a MatchWhat, not {type(what).__name__}")
        return self._list(
            "mlhead_match",
            S.mlhead_match_hit,
            lambda r: struct(Match, r),
            _In("what", int(what)),
            _arg(text, "text"),
            _limit(limit, "limit"),
        )

    # ---- tracks and progression -------------------------------------------
    def track_list(self) -> list[Track]:
        """mlhead_track_list(): the career tracks in the guide's order."""
        return self._list("mlhead_track_list", S.mlhead_track, lambda r: struct(Track, r))

    def next_roles(self, role: Name) -> list[Step]:
        """mlhead_next_roles(): the steps one up from a role."""
        return self._list(
            "mlhead_next_roles", S.mlhead_step, lambda r: struct(Step, r), _arg(role, "role")
        )

    def path(self, from_role: Name, to_role: Name) -> list[Role]:
        """mlhead_path(): the shortest chain of roles, from_role first."""
        return self._list(
            "mlhead_path",
            S.mlhead_role,
            lambda r: struct(Role, r),
            _arg(from_role, "from_role"),
            _arg(to_role, "to_role"),
        )

    def prev_roles(self, role: Name) -> list[Step]:
        """mlhead_prev_roles() (1.1): the steps that lead to a role; each
        step's role is the one it comes from."""
        return self._list(
            "mlhead_prev_roles", S.mlhead_step, lambda r: struct(Step, r), _arg(role, "role")
        )

    def path_steps(self, from_role: Name, to_role: Name) -> list[Step]:
        """mlhead_path_steps() (1.1): path() as steps, the first of kind START."""
        return self._list(
            "mlhead_path_steps",
            S.mlhead_step,
            lambda r: struct(Step, r),
            _arg(from_role, "from_role"),
            _arg(to_role, "to_role"),
        )

    def reachable(self, role: Name) -> list[Reach]:
        """mlhead_reachable() (1.1): every role one or more steps up, nearest first."""
        return self._list(
            "mlhead_reachable", S.mlhead_reach, lambda r: struct(Reach, r), _arg(role, "role")
        )

    def step_list(self) -> list[Edge]:
        """mlhead_step_list() (1.1): every step of the graph."""
        return self._list("mlhead_step_list", S.mlhead_edge, lambda r: struct(Edge, r))

    # ---- salaries -----------------------------------------------------------
    def salary_range(self, role: Name) -> Salary:
        """mlhead_salary_range(): a role's US salary band (2024)."""
        return self._one("mlhead_salary_range", S.mlhead_salary, Salary, _arg(role, "role"))

    def salary_list(self) -> list[Salary]:
        """mlhead_salary_list(): every role with a band, in the guide's order."""
        return self._list("mlhead_salary_list", S.mlhead_salary, lambda r: struct(Salary, r))

    def salary_compare(self, band: Salary, usd: int) -> Offer:
        """mlhead_salary_compare() (see mlhead.salary_compare)."""
        return pure.salary_compare(band, usd, library=self._lib)

    def figure_format(self, figure: Figure) -> str:
        """mlhead_figure_format() (see mlhead.figure_format)."""
        return pure.figure_format(figure, library=self._lib)

    # ---- the guide's lists ----------------------------------------------------
    def section_list(self) -> list[Section]:
        """mlhead_section_list(): the guide's sections in order."""
        return self._list("mlhead_section_list", S.mlhead_section, lambda r: struct(Section, r))

    def category_list(self, section: Name) -> list[Category]:
        """mlhead_category_list(): the headings of a section."""
        return self._list(
            "mlhead_category_list",
            S.mlhead_category,
            lambda r: struct(Category, r),
            _arg(section, "section"),
        )

    def item_list(self, section: Name, category: Name = None) -> list[Item]:
        """mlhead_item_list(): a section's items, or one heading's."""
        return self._list(
            "mlhead_item_list",
            S.mlhead_item,
            lambda r: struct(Item, r),
            _arg(section, "section"),
            _arg(category, "category"),
        )

    def best_practices(self, category: Name = None) -> list[Item]:
        """mlhead_best_practices(): the best practices, or one heading's."""
        return self._list(
            "mlhead_best_practices",
            S.mlhead_item,
            lambda r: struct(Item, r),
            _arg(category, "category"),
        )

    def section_text(self, section: Name) -> SectionText:
        """mlhead_section_text_get() (1.1): a section's intro and closing
        paragraphs, each with its line (closing None, line 0, when it has none)."""
        return self._one(
            "mlhead_section_text_get", S.mlhead_section_text, SectionText, _arg(section, "section")
        )

    def stat_list(self) -> list[Stat]:
        """mlhead_stat_list(): the market statistics in the guide's order."""
        return self._list("mlhead_stat_list", S.mlhead_stat, lambda r: struct(Stat, r))

    # ---- search -------------------------------------------------------------
    def search(self, query: Name, limit: int = 0) -> list[Hit]:
        """mlhead_search(): every word a prefix, never FTS5 syntax; best first.
        limit 0 gives every hit."""
        return self._list(
            "mlhead_search",
            S.mlhead_hit,
            lambda r: struct(Hit, r),
            _arg(query, "query"),
            _limit(limit, "limit"),
        )

    def search_in(self, query: Name, section: Name, limit: int = 0) -> list[Hit]:
        """mlhead_search_in() (1.1): search() within one section, by slug or title."""
        return self._list(
            "mlhead_search_in",
            S.mlhead_hit,
            lambda r: struct(Hit, r),
            _arg(query, "query"),
            _arg(section, "section"),
            _limit(limit, "limit"),
        )

    def search_raw(self, fts_query: Name, limit: int = 0) -> list[Hit]:
        """mlhead_search_raw(): the query is FTS5 syntax (Status.SYNTAX if not)."""
        return self._list(
            "mlhead_search_raw",
            S.mlhead_hit,
            lambda r: struct(Hit, r),
            _arg(fts_query, "fts_query"),
            _limit(limit, "limit"),
        )


def open(path: PathLike | None = None, *, library: PathLike | Library | None = None) -> Database:
    """Opens a database read-only: the data compiled into the library
    (path None) or an mlhead.db file, which the library checks as untrusted.
    `library` is the path of libmlhead (or a loaded Library); without it the
    library is found as mlhead._library describes.  Raises MlheadError."""
    lib = library if isinstance(library, Library) else load(library)
    raw = None if path is None else os.fsencode(path)
    if raw is not None and b"\0" in raw:
        raise MlheadError(Status.INVALID, "path contains a NUL character", parameter="path")
    handle = c_void_p()
    if lib.has("mlhead_open_msg"):
        # 1.1: the detail of a failure, which mlhead_open() loses.
        buf = ctypes.create_string_buffer(_OPEN_MSG_SIZE)
        status = lib.call("mlhead_open_msg")(raw, byref(handle), buf, len(buf))
        message = text(buf.value) or ""
    else:
        status = lib.call("mlhead_open")(raw, byref(handle))
        message = pure.strerror(status, library=lib)
    if status != Status.OK:
        raise MlheadError(status, message, parameter="path" if raw is not None else None)
    return Database(lib, handle)
