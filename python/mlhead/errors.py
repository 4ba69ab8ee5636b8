"""The one exception of the binding and the statuses it carries."""

from __future__ import annotations

import enum
from typing import Optional


class Status(enum.IntEnum):
    """mlhead_status: the status codes of the C library, with equal values.

    A code this binding does not know (from a newer library) still comes
    back as a Status, named UNKNOWN_<code>, so no failure is lost.
    """

    OK = 0
    NOT_FOUND = 1
    NO_DATA = 2
    NO_PATH = 3
    EMPTY = 4
    INVALID = 5
    NOMEM = 6
    IO = 7
    NOT_MLHEAD = 8
    CORRUPT = 9
    SQLITE = 10
    SYNTAX = 11
    BUSY = 12  # 1.1: another program is changing the file

    @classmethod
    def _missing_(cls, value: object) -> Status | None:
        if not isinstance(value, int):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member


class MlheadError(Exception):
    """A failed call: `status` is the library's code, `message` its detail
    (mlhead_errmsg() of the handle, taken right after the call).

    `argument` is mlhead_errarg(): which parameter of the C call the
    failure is about, the handle counted as 1 (0: none, or a 1.0 library).
    `parameter` is the name of the Python parameter it is, where it is one
    ("name", "from_role", "query"...), else None."""

    status: Status
    message: str
    argument: int
    parameter: Optional[str]

    def __init__(
        self, status: int, message: str, *, argument: int = 0, parameter: Optional[str] = None
    ) -> None:
        super().__init__(message)
        self.status = Status(status)
        self.message = message
        self.argument = argument
        self.parameter = parameter

    def __str__(self) -> str:
        return f"{self.message} ({self.status.name})"

    def __repr__(self) -> str:
        return f"MlheadError(Status.{self.status.name}, {self.message!r})"
