"""The "owner" files Office programs leave beside a file they have open (Excel's and Word's ``~$``,
LibreOffice's ``.~lock.name#``): what tells the tool a file it would write is open elsewhere."""

from __future__ import annotations

import os
from pathlib import Path


def is_lock_file(path: str | os.PathLike[str]) -> bool:
    """``path`` is an Office lock file, not a workbook: Excel's owner file ``~$name.xlsx`` (a shell's
    ``*.xlsx`` matches it) or LibreOffice's ``.~lock.name.xlsx#`` (the files of
    :func:`excel_owner_files`)."""
    name = Path(path).name
    return name.startswith("~$") or (name.startswith(".~lock.") and name.endswith("#"))


def excel_owner_files(path: Path) -> list[Path]:
    """Office "owner" files for ``path`` that exist, in the forms that name ``path`` alone: ``~$`` +
    the whole name (Excel's for any file it opens; Word's for a short name) and LibreOffice's
    ``.~lock.name#``. Word's shortened form, which another document's name can give too, is
    :func:`word_owner_files`'."""
    path = Path(path)
    name = path.name
    found = []
    for cand in (f"~${name}", f".~lock.{name}#"):
        p = path.parent / cand
        if len(cand) > 2 + len(path.suffix) and p.is_file():
            found.append(p)
    return found


#: The documents Word opens, whose owner file Word names with a shortened name.
WORD_SUFFIXES = (".doc", ".docx", ".docm", ".dot", ".dotx", ".dotm", ".rtf")


def _word_short_owners(name: str) -> tuple[str, ...]:
    """The owner-file names Word gives a document of a long name: ``~$`` in place of its first two
    characters when the name before the extension has 8 or more (OfficeReport.docx:
    ~$ficeReport.docx), of its first one or two at 7 (accounts differ); a shorter name keeps it
    whole (:func:`excel_owner_files`). Only Word does this, only for its documents: Excel names
    ``~$`` + the whole name, also for a CSV."""
    if not name.lower().endswith(WORD_SUFFIXES):
        return ()
    stem = len(Path(name).stem)
    return (f"~${name[2:]}",) if stem >= 8 else (f"~${name[1:]}", f"~${name[2:]}") if stem == 7 else ()


def word_owner_files(path: Path) -> list[Path]:
    """Word's shortened owner files (:func:`_word_short_owners`) beside ``path``, a Word document
    that exists (one not written yet is open nowhere). Such a file may be another document's: the
    names of 01-lkjip.docx and 02-lkjip.docx both give ~$-lkjip.docx."""
    path = Path(path)
    if not path.is_file():
        return []
    return [path.parent / cand for cand in _word_short_owners(path.name) if (path.parent / cand).is_file()]


def same_owner_documents(owner: Path, path: Path) -> list[str]:
    """The other Word documents in ``owner``'s folder that Word gives the owner file ``owner`` too."""
    try:
        names = sorted(p.name for p in owner.parent.iterdir() if p.name != path.name and not is_lock_file(p))
    except OSError:
        return []
    return [n for n in names if owner.name in _word_short_owners(n) and (owner.parent / n).is_file()]
