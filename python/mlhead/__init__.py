"""libmlhead from Python: the AI / ML leader's career guide as data.

    import mlhead
    with mlhead.open() as db:              # the data compiled into libmlhead
        band = db.salary_range("Head of ML")
        print(band.role, band.max.usd, band.max.bound.name)

Every answer is a frozen dataclass (mlhead.types); every failure raises
MlheadError with .status (a Status) and .message (the library's detail).
"""

from ._library import Library, LibraryNotFound, load
from .database import Database, open
from .errors import MlheadError, Status
from .pure import enum_name, figure_format, salary_compare, strerror, version
from . import types
from .types import *  # noqa: F401,F403 (every type of an answer: types.__all__)

__all__ = [
    "Database",
    "Library",
    "LibraryNotFound",
    "MlheadError",
    "Status",
    "enum_name",
    "figure_format",
    "load",
    "open",
    "salary_compare",
    "strerror",
    "version",
]
__all__ += types.__all__

__version__ = "1.1.0"
