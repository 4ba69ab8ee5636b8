"""pip install ./python works offline and delivers a typed package."""

from __future__ import annotations

import shutil
import subprocess
import sys
import unittest

from support import LIBRARY, ROOT, scratch


class Install(unittest.TestCase):
    def test_pip_installs_it_offline_with_its_type_marker(self) -> None:
        # Built from a copy, so the build leaves nothing in the tree.
        source = scratch() / "source"
        shutil.copytree(ROOT / "python", source, ignore=shutil.ignore_patterns("tests", "__pycache__", "build", "*.egg-info"))
        target = scratch() / "site"
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--no-index", "--no-build-isolation",
             "--disable-pip-version-check", "--root-user-action=ignore", "--target", str(target), str(source)],
            check=True,
        )
        self.assertTrue((target / "mlhead" / "py.typed").is_file())
        probe = (
            "import mlhead, sys\n"
            f"assert mlhead.__file__.startswith({str(target)!r}), mlhead.__file__\n"
            f"with mlhead.open(library={str(LIBRARY)!r}) as db:\n"
            "    print(db.salary_range('Head of ML').role)\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", probe], cwd=scratch(), env={"PYTHONPATH": str(target)},
            check=True, capture_output=True, text=True,
        )
        self.assertEqual(done.stdout.strip(), "Head of Machine Learning")


if __name__ == "__main__":
    unittest.main()
