"""Finding libmlhead and declaring its calls to ctypes.

The library is looked for in this order, the first that loads wins:
  1. an explicit path (the `library` argument of mlhead.open() and the
     other module functions);
  2. ctypes.util.find_library("mlhead") (the linker's search path:
     ldconfig's cache on Linux);
  3. the libdir pkg-config gives for mlhead (`pkg-config --variable=libdir
     mlhead`), for a library installed where the loader does not look,
     such as PREFIX=/opt/mlhead.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import subprocess
import sys
import threading
from ctypes import POINTER, c_char_p, c_int, c_size_t, c_void_p
from typing import Any, Callable, Union

from . import _structs as S

PathLike = Union[str, bytes, "os.PathLike[str]", "os.PathLike[bytes]"]

# The SONAME's major version this binding reads.
ABI_MAJOR = 1

_handle = c_void_p
_out = ctypes.POINTER
_size = POINTER(c_size_t)


def _list_of(struct: Any) -> Any:
    return POINTER(POINTER(struct))


# name: (restype, argtypes).  The calls of libmlhead 1.0, all required.
_CALLS: dict[str, tuple[Any, list[Any]]] = {
    "mlhead_open": (c_int, [c_char_p, POINTER(_handle)]),
    "mlhead_close": (None, [_handle]),
    "mlhead_free": (None, [c_void_p]),
    "mlhead_strerror": (c_char_p, [c_int]),
    "mlhead_errmsg": (c_char_p, [_handle]),
    "mlhead_version": (c_char_p, []),
    "mlhead_edition_get": (c_int, [_handle, POINTER(S.mlhead_edition)]),
    "mlhead_role_find": (c_int, [_handle, c_char_p, POINTER(S.mlhead_role)]),
    "mlhead_role_list": (c_int, [_handle, c_char_p, _list_of(S.mlhead_role), _size]),
    "mlhead_role_aliases": (c_int, [_handle, c_char_p, POINTER(POINTER(c_char_p)), _size]),
    "mlhead_track_list": (c_int, [_handle, _list_of(S.mlhead_track), _size]),
    "mlhead_next_roles": (c_int, [_handle, c_char_p, _list_of(S.mlhead_step), _size]),
    "mlhead_path": (c_int, [_handle, c_char_p, c_char_p, _list_of(S.mlhead_role), _size]),
    "mlhead_salary_range": (c_int, [_handle, c_char_p, POINTER(S.mlhead_salary)]),
    "mlhead_salary_list": (c_int, [_handle, _list_of(S.mlhead_salary), _size]),
    "mlhead_section_list": (c_int, [_handle, _list_of(S.mlhead_section), _size]),
    "mlhead_category_list": (c_int, [_handle, c_char_p, _list_of(S.mlhead_category), _size]),
    "mlhead_item_list": (
        c_int,
        [_handle, c_char_p, c_char_p, _list_of(S.mlhead_item), _size],
    ),
    "mlhead_best_practices": (c_int, [_handle, c_char_p, _list_of(S.mlhead_item), _size]),
    "mlhead_stat_list": (c_int, [_handle, _list_of(S.mlhead_stat), _size]),
    "mlhead_search": (c_int, [_handle, c_char_p, c_size_t, _list_of(S.mlhead_hit), _size]),
    "mlhead_search_raw": (c_int, [_handle, c_char_p, c_size_t, _list_of(S.mlhead_hit), _size]),
}

# The calls of libmlhead 1.1: bound when the loaded library has them.
_CALLS_1_1: dict[str, tuple[Any, list[Any]]] = {
    "mlhead_salary_compare": (
        c_int,
        [POINTER(S.mlhead_salary), ctypes.c_int64, POINTER(S.mlhead_offer)],
    ),
    "mlhead_offer_verdict_name": (c_char_p, [c_int]),
    "mlhead_bound_name": (c_char_p, [c_int]),
    "mlhead_step_kind_name": (c_char_p, [c_int]),
    "mlhead_unit_name": (c_char_p, [c_int]),
    "mlhead_hit_kind_name": (c_char_p, [c_int]),
    "mlhead_name_kind_name": (c_char_p, [c_int]),
    "mlhead_errarg": (c_int, [_handle]),
    "mlhead_role_match": (
        c_int,
        [_handle, c_char_p, c_size_t, _list_of(S.mlhead_role_match_hit), _size],
    ),
    "mlhead_match": (
        c_int,
        [_handle, c_int, c_char_p, c_size_t, _list_of(S.mlhead_match_hit), _size],
    ),
    "mlhead_open_msg": (c_int, [c_char_p, POINTER(_handle), c_char_p, c_size_t]),
    "mlhead_role_names": (c_int, [_handle, _list_of(S.mlhead_role_name), _size]),
    "mlhead_prev_roles": (c_int, [_handle, c_char_p, _list_of(S.mlhead_step), _size]),
    "mlhead_path_steps": (c_int, [_handle, c_char_p, c_char_p, _list_of(S.mlhead_step), _size]),
    "mlhead_reachable": (c_int, [_handle, c_char_p, _list_of(S.mlhead_reach), _size]),
    "mlhead_step_list": (c_int, [_handle, _list_of(S.mlhead_edge), _size]),
    "mlhead_figure_format": (c_int, [S.mlhead_figure, c_char_p, c_size_t]),
    "mlhead_section_text_get": (c_int, [_handle, c_char_p, POINTER(S.mlhead_section_text)]),
    "mlhead_search_in": (
        c_int,
        [_handle, c_char_p, c_char_p, c_size_t, _list_of(S.mlhead_hit), _size],
    ),
}


class LibraryNotFound(OSError):
    """No libmlhead could be loaded; the message lists every place tried."""


class Library:
    """A loaded libmlhead with its calls declared."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._dll = ctypes.CDLL(path)
        self._calls: dict[str, Any] = {}
        for name, (restype, argtypes) in _CALLS.items():
            self._calls[name] = self._declare(name, restype, argtypes)
        for name, (restype, argtypes) in _CALLS_1_1.items():
            if hasattr(self._dll, name):
                self._calls[name] = self._declare(name, restype, argtypes)
        version = self.call("mlhead_version")().decode("ascii")
        if version.split(".")[0] != str(ABI_MAJOR):
            raise LibraryNotFound(f"{path} is libmlhead {version}; this binding reads {ABI_MAJOR}.x")
        self.version = version

    def _declare(self, name: str, restype: Any, argtypes: list[Any]) -> Any:
        fn = getattr(self._dll, name)
        fn.restype = restype
        fn.argtypes = argtypes
        return fn

    def has(self, name: str) -> bool:
        """Whether the loaded library has the call (1.1 calls may be missing)."""
        return name in self._calls

    def call(self, name: str) -> Callable[..., Any]:
        fn = self._calls.get(name)
        if fn is None:
            raise NotImplementedError(f"{name} is not in {self.path} (libmlhead {self.version})")
        return fn  # type: ignore[no-any-return]


def _soname_candidates(libdir: str) -> list[str]:
    if sys.platform == "darwin":
        names = [f"libmlhead.{ABI_MAJOR}.dylib", "libmlhead.dylib"]
    elif sys.platform == "win32":
        names = [f"libmlhead-{ABI_MAJOR}.dll", "libmlhead.dll", "mlhead.dll"]
    else:
        names = [f"libmlhead.so.{ABI_MAJOR}", "libmlhead.so"]
    return [os.path.join(libdir, n) for n in names]


def _pkg_config_libdir() -> str | None:
    try:
        done = subprocess.run(
            ["pkg-config", "--variable=libdir", "mlhead"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    libdir = done.stdout.strip()
    return libdir if done.returncode == 0 and libdir else None


def candidates(explicit: PathLike | None = None) -> list[str]:
    """The paths to try, in the documented order.  An explicit path is the
    only candidate: asking for one file and getting another would hide a
    mistake."""
    if explicit is not None:
        return [os.fsdecode(explicit)]
    found: list[str] = []
    name = ctypes.util.find_library("mlhead")
    if name:
        found.append(name)
    libdir = _pkg_config_libdir()
    if libdir:
        found.extend(p for p in _soname_candidates(libdir) if os.path.exists(p))
    return found


_loaded: dict[str, Library] = {}
_lock = threading.Lock()


def load(explicit: PathLike | None = None) -> Library:
    """The library, loaded once per path and kept for the process."""
    tried = candidates(explicit)
    errors: list[str] = []
    with _lock:
        for path in tried:
            lib = _loaded.get(path)
            if lib is not None:
                return lib
            try:
                lib = Library(path)
            except OSError as e:
                errors.append(f"{path}: {e}")
                continue
            _loaded[path] = lib
            return lib
    where = "; ".join(errors) if errors else "find_library('mlhead') and pkg-config found none"
    raise LibraryNotFound(f"libmlhead not found ({where})")
