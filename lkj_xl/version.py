"""The version lkj-xl says it is (``--version``, ``lkj_xl.__version__``: the e-mail's X-Mailer, the
rekap's manifest): the release in pyproject.toml plus, as a PEP 440 local version, the git commit of the
code that runs (``0.1.0+g58e58ce1a2b3``, ``.dirty`` with uncommitted changes to tracked files).
Run from a checkout, the release is that checkout's pyproject.toml, not the metadata of whatever lkj-xl
is installed (possibly none, or another release).

The release number alone names every build of a branch alike, so an admin reporting a bug could not
say which code ran. The commit comes from the checkout when lkj-xl runs from one (an editable install,
PYTHONPATH) or from ``_commit.txt``, which setup.py writes into the package when ``pip install .`` or
``pip wheel .`` builds it from a checkout. Without either (a source tarball), the release alone.
"""

from __future__ import annotations

import functools
import importlib.metadata
import os
import subprocess
from pathlib import Path

COMMIT_FILE = "_commit.txt"
_PACKAGE = Path(__file__).resolve().parent


def checkout_commit(root: Path) -> str | None:
    """``g<12 hex>[.dirty]`` of the git checkout ``root``, or None (not a checkout, no git, a slow
    disk). Only ``root`` itself: a venv inside some other repository (a home folder kept in git) must
    not report that repository's commit."""
    if not (root / ".git").exists() or not (root / "pyproject.toml").is_file():
        return None
    try:
        head = _git(root, "rev-parse", "--short=12", "HEAD")
        changed = _git(root, "status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.SubprocessError):
        return None
    if not head:
        return None
    return f"g{head}{'.dirty' if changed else ''}"


def _git(root: Path, *args: str) -> str:
    # safe.directory: `sudo pip install .` in an admin's own clone, where git would refuse a folder
    # owned by another user ("dubious ownership"). Trusting it adds nothing: the caller already runs
    # Python from that very folder (setup.py, or this package).
    done = subprocess.run(
        ["git", "-c", f"safe.directory={root.as_posix()}", "-C", str(root), *args],
        capture_output=True,
        text=True,
        timeout=5,
        check=True,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "GIT_OPTIONAL_LOCKS": "0"},  # `git status` must not lock a checkout in use
    )
    return done.stdout.strip()


def _built_commit() -> str | None:
    try:
        text = (_PACKAGE / COMMIT_FILE).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text or None


def checkout_release(root: Path) -> str | None:
    """The release in ``root``'s pyproject.toml when it is lkj-xl's, else None."""
    import tomllib

    try:
        project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8")).get("project", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    release = project.get("version")
    return release if project.get("name") == "lkj-xl" and isinstance(release, str) and release else None


@functools.cache
def version() -> str:
    """``0.1.0`` or ``0.1.0+g<commit>[.dirty]`` (always a valid PEP 440 version)."""
    local: list[str] = []
    release = checkout_release(_PACKAGE.parent)
    if release is None:
        try:
            release = importlib.metadata.version("lkj-xl")
        except importlib.metadata.PackageNotFoundError:  # a copy of the package, without metadata
            release, local = "0", ["unknown"]
    commit = checkout_commit(_PACKAGE.parent) or _built_commit()
    if commit:
        local.append(commit)
    return f"{release}+{'.'.join(local)}" if local else release
