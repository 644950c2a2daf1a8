"""Only what pyproject.toml cannot say: the git commit written into the built package
(lkj_xl/_commit.txt), so `lkj-xl --version` of a `pip install .` names the code it runs (lkj_xl/version.py);
and the optional C pass of the fast reader (lkj_xl/xlsx/_sheetxml.c).

The C pass is compiled against the libxml2 headers lxml ships and takes libxml2's functions from lxml's
own module at import. Where it cannot be built (no C compiler, Windows) the install goes on without it
and the reader uses python-calamine instead, with the same results (lkj_xl/xlsx/fast_strings.py).
"""

import importlib.util
import os
from pathlib import Path

from setuptools import Extension, setup
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


def _extensions() -> list[Extension]:
    if os.name != "posix":
        return []  # dlopen/dlsym: the reader falls back to python-calamine there
    try:
        import lxml  # the build requirement (pyproject.toml): its libxml2 headers
    except ImportError:
        return []
    return [
        Extension(
            "lkj_xl.xlsx._sheetxml",
            ["lkj_xl/xlsx/_sheetxml.c"],
            include_dirs=lxml.get_include(),
            optional=True,  # no compiler: installed without it
        )
    ]


setup(cmdclass={"build_py": BuildPyWithCommit}, ext_modules=_extensions())
