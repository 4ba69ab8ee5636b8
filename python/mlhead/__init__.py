"""libmlhead from Python: the AI / ML leader's career guide as data.

    import mlhead
    with mlhead.open() as db:              # the data compiled into libmlhead
        band = db.salary_range("Head of ML")
        print(band.role, band.max.usd, band.max.bound.name)

Every answer is a frozen dataclass (mlhead.types); every failure raises
MlheadError with .status (a Status) and .message (the library's detail).
"""

from ._library import Library, LibraryNotFound, load
from .database import Database, open, strerror, version
from .errors import MlheadError, Status
from .types import (
    Bound,
    Category,
    Edition,
    Figure,
    Hit,
    HitKind,
    Item,
    Role,
    Salary,
    Section,
    Stat,
    Step,
    StepKind,
    Track,
    Unit,
)

__all__ = [
    "Bound",
    "Category",
    "Database",
    "Edition",
    "Figure",
    "Hit",
    "HitKind",
    "Item",
    "Library",
    "LibraryNotFound",
    "MlheadError",
    "Role",
    "Salary",
    "Section",
    "Stat",
    "Status",
    "Step",
    "StepKind",
    "Track",
    "Unit",
    "load",
    "open",
    "strerror",
    "version",
]

__version__ = "1.1.0"
