"""Finding libmlhead: an explicit path, then find_library, then pkg-config."""

from __future__ import annotations

import ctypes.util
import os
import shutil
import unittest
from unittest import mock

from support import LIBRARY, mlhead, scratch

from mlhead import _library


class Finding(unittest.TestCase):
    def test_an_explicit_path_is_the_only_candidate(self) -> None:
        with mock.patch.object(ctypes.util, "find_library", return_value="libother.so.1"):
            self.assertEqual(_library.candidates(LIBRARY), [str(LIBRARY)])

    def test_an_explicit_path_that_does_not_load_says_where(self) -> None:
        missing = scratch() / "libmlhead.so.1"
        with self.assertRaises(mlhead.LibraryNotFound) as caught:
            mlhead.open(library=missing)
        self.assertIn(str(missing), str(caught.exception))

    def test_a_library_is_loaded_once_per_path(self) -> None:
        self.assertIs(mlhead.load(LIBRARY), mlhead.load(str(LIBRARY)))
        self.assertEqual(mlhead.load(LIBRARY).version, mlhead.version(library=LIBRARY))

    def test_find_library_comes_before_pkg_config(self) -> None:
        pc = self.fake_pkg_config()
        with mock.patch.object(ctypes.util, "find_library", return_value="libmlhead.so.1"), \
                mock.patch.dict(os.environ, {"PKG_CONFIG_PATH": str(pc)}):
            found = _library.candidates()
        self.assertEqual(found[0], "libmlhead.so.1")
        self.assertIn(str(LIBRARY.parent / "libmlhead.so.1"), found[1:])

    def test_pkg_config_libdir_is_used_when_find_library_finds_nothing(self) -> None:
        pc = self.fake_pkg_config()
        with mock.patch.object(ctypes.util, "find_library", return_value=None), \
                mock.patch.dict(os.environ, {"PKG_CONFIG_PATH": str(pc), "PKG_CONFIG_LIBDIR": str(pc)}):
            found = _library.candidates()
            with mlhead.open() as db:
                self.assertEqual(db.library.path, found[0])
        # The SONAME first: a runtime package has no unversioned link.
        self.assertEqual(found[0], str(LIBRARY.parent / "libmlhead.so.1"))

    def test_nothing_found_is_library_not_found(self) -> None:
        empty = scratch() / "no-pc"
        empty.mkdir(exist_ok=True)
        with mock.patch.object(ctypes.util, "find_library", return_value=None), \
                mock.patch.dict(os.environ, {"PKG_CONFIG_PATH": str(empty), "PKG_CONFIG_LIBDIR": str(empty)}):
            with self.assertRaises(mlhead.LibraryNotFound):
                mlhead.open()

    def fake_pkg_config(self):  # type: ignore[no-untyped-def]
        """A folder holding an mlhead.pc whose libdir is the built library's."""
        if shutil.which("pkg-config") is None:
            self.fail("pkg-config is needed to test the pkg-config step")
        pc = scratch() / "pc"
        pc.mkdir(exist_ok=True)
        (pc / "mlhead.pc").write_text(
            f"libdir={LIBRARY.parent}\nName: mlhead\nDescription: test\nVersion: 1.0.0\nLibs: -L${{libdir}} -lmlhead\n"
        )
        return pc


if __name__ == "__main__":
    unittest.main()
