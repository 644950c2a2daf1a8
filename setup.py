"""Only what pyproject.toml cannot say: the git commit written into the built package
(lkj_xl/_commit.txt), so `lkj-xl --version` of a `pip install .` names the code it runs (lkj_xl/version.py)."""

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

# lkj_xl/version.py alone (stdlib only): importing the package would need its dependencies.
_spec = importlib.util.spec_from_file_location(
    "_lkj_xl_version", Path(__file__).resolve().parent / "lkj_xl" / "version.py"
)
assert _spec and _spec.loader
_version = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_version)


class BuildPyWithCommit(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install runs from the checkout, which names its commit itself
        commit = _version.checkout_commit(Path(__file__).resolve().parent)
        written = Path(self.build_lib, "lkj_xl", _version.COMMIT_FILE)
        if commit:
            written.write_text(commit + "\n", encoding="ascii")
        else:  # build/lib is reused from an earlier build: its commit is not this code's
            written.unlink(missing_ok=True)


setup(cmdclass={"build_py": BuildPyWithCommit})
