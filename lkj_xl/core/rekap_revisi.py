"""An agency's name typed with the mark of a file sent again ("Dinas Kesehatan (Revisi)", "Dinas
Kesehatan - revisi 2", "DINAS KESEHATAN REVISI", "Dinas Kesehatan (TW II Revisi)", "Dinas
Kesehatan_revisi", "Dinas Kesehatan (Revisi) Kabupaten Lumajang"): the same agency as its first file's
"Dinas Kesehatan", for the duplicate check (core.rekap_ganda) and the kunci (core.rekap_kunci); the
tables show it without the mark. Pure.

Read otherwise, the revision and the original were two agencies: both ranked, the pagu summed twice,
and the agency's kunci changed between quarters."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

# What a resent file's name says of itself: "Revisi", "Rev.1", "Revisi ke-2", and, in brackets or after
# a dash only, "Perbaikan", "Final", "Update", "Terbaru" (a bare trailing word of those may be a name's).
_NUMBER = r"(?:\s*(?:ke)?[\s.\-]*\d+)?"
_ALWAYS = rf"(?:revisi|rev\.?){_NUMBER}"
_MARKED = rf"(?:{_ALWAYS}|(?:perbaikan|final|update|terbaru){_NUMBER})"
_DASH = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
# A bracket made only of marks, the quarter and numbers, with one mark at least: "(revisi final)",
# "(TW II Revisi)", "[Final Revisi 2]"; never "(Perbaikan Jalan)".
_WORD = r"(?:revisi|rev|perbaikan|final|update|terbaru|tw|triwulan|ke|[ivx]+|\d+)"
_BRACKET = rf"[(\[][\s.\-]*(?=[^)\]]*(?:revisi|rev|perbaikan|final|update|terbaru))(?:{_WORD}[\s.\-]*)+[)\]]"
_TAIL = re.compile(
    rf"(?:\s*[(\[]\s*{_MARKED}\s*[)\]]|\s*{_BRACKET}|\s+[{_DASH}]\s*{_MARKED}|(?:\s+|\s*_+\s*){_ALWAYS})"
    r"\s*[.]?\s*$",
    re.IGNORECASE,
)
# The words of a mark as core.rekap_ganda.name_words leaves them ("revisi", "rev 1", "tw ii revisi"),
# left at a name's end once the Pemda's name after it is dropped: a run of those with "revisi" in it.
_RUN_WORDS = frozenset({"revisi", "rev", "final", "update", "terbaru", "tw", "triwulan", "ke"})
_ROMAN = re.compile(r"[ivx]+|\d+")


def without_revision(name: object) -> object:
    """``name`` (a text; anything else as it is) without the revision marks typed at its end (as often as they are: "Dinas Kesehatan
    (Revisi) (Final)"); unchanged when nothing would be left of it (an agency named "Revisi")."""
    while isinstance(name, str):
        found = _TAIL.search(name)
        if found is None or not name[: found.start()].strip():
            return name
        name = name[: found.start()]
    return name


def without_revision_words(words: list[str]) -> list[str]:
    """``words`` (a name as the rekap compares it) without a trailing run of mark words holding "revisi"
    or "rev" ("dinas kesehatan revisi" of "Dinas Kesehatan (Revisi) Kabupaten Lumajang" once its
    Pemda is dropped; "... tw ii revisi"); unchanged when nothing would be left."""
    start = len(words)
    while start > 0 and (words[start - 1] in _RUN_WORDS or _ROMAN.fullmatch(words[start - 1])):
        start -= 1
    run = words[start:]
    return words[:start] if start and ("revisi" in run or "rev" in run) else words


def revised(row: Mapping[str, Any]) -> bool:
    """The file says it is a revision: its name ("Dinkes (Revisi).xlsx", "dinkes revisi.xlsx") or its
    agency's name ("Dinas Kesehatan (Revisi)") carries a mark."""
    stem = PurePath(str(row.get("berkas") or "")).stem
    return any(without_revision(text) != text for text in (stem, row.get("perangkat_daerah")))


_INNER = re.compile(rf"\s*(?:[(\[]\s*{_MARKED}\s*[)\]]|{_BRACKET})(?=\s+\S)", re.IGNORECASE)


def shown_name(name: object) -> object:
    """The agency's name as the tables show it: without the marks at its end ("Dinas Kesehatan
    (Revisi)" is "Dinas Kesehatan", as its original names it) or in brackets before its Pemda ("Dinas
    Kesehatan (Revisi) Kabupaten Lumajang"), as typed otherwise."""
    stripped = without_revision(_INNER.sub("", name) if isinstance(name, str) else name)
    return stripped.strip() if isinstance(stripped, str) and stripped != name else name


# Times on disk this close were set by one copy or extraction (a folder copied without its times gets
# them in file order: "Dinkes (Revisi).xlsx" before "Dinkes.xlsx"), which tells nothing of which is newer.
_ONE_COPY_SECONDS = 600


def prefer_revised(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], str]:
    """Of the files of one agency and period whose saved dates do not tell which is newest, those that
    say they are a revision (:func:`revised`) when their times on disk (``diubah``) do not tell either
    (missing, or within :data:`_ONE_COPY_SECONDS`); with why when that leaves one (Bahasa Indonesia), ""
    when the mark does not decide (none or every one marked, or times on disk apart): the time on disk,
    then file order, decide."""
    marked = [row for row in rows if revised(row)]
    changed: list[float] = [row["diubah"] for row in rows if row.get("diubah") is not None]
    apart = len(changed) == len(rows) and max(changed) - min(changed) > _ONE_COPY_SECONDS
    if not marked or len(marked) == len(rows) or apart:
        return rows, ""
    why = (
        "berkasnya bertanda revisi; tanggal simpan buku kerjanya dan waktu berkasnya di disk tidak membedakan"
    )
    return marked, why if len(marked) == 1 else ""
