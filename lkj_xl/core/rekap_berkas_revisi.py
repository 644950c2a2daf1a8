"""A revision an agency sent as a document only ("Dinas Sosial/Revisi/LKjIP.pdf", "LKjIP Dinsos
revisi.pdf") beside the workbook it sent before: the rekap counts the workbook, whose figures the
revision may have changed, and nothing said so (the agency's folder holds a workbook, so it is no
agency missing). Named in a warning of its own, each document with the workbook counted instead. Pure."""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from pathlib import PurePath

from lkj_xl.core.rekap_revisi import draft_folder, final_folder, revision_number

JENIS_REVISI = "Revisi tanpa buku kerja"
# A folder holding a revision ("Revisi", "02 Revisi 2", "Perbaikan", "Hasil Perbaikan"): "Perbaikan" is
# a mark only in brackets in a name (core.rekap_revisi), but a folder named so holds what was redone.
_REVISION_FOLDER = re.compile(
    r"[\W_]*(?:\d+[\W_]*)?(?:hasil[\W_]+)?(?:revisi|rev|perbaikan)(?![^\W\d_])", re.IGNORECASE
)
_MARK_WORDS = frozenset({"revisi", "rev", "perbaikan"})
_MARKED = re.compile("rev|perbaikan", re.IGNORECASE)  # in a name with any mark :func:`_revision` reads
_NAMED_WORKBOOKS = 2  # the workbooks counted instead, named beside a document; more: none named


def _revision(parts: Sequence[str]) -> int:
    """The revision a file says it is by the folders holding it and its name (``parts``, the last
    the file's name): "Revisi/LKjIP.pdf" 1, "Revisi 2/LKjIP.pdf" 2, "LKjIP revisi.pdf" 1. Asked only
    of names with "rev" or "perbaikan" in them (:data:`_MARKED`): "LKjIP (Final).pdf" is as often the
    signed print of the workbook beside it."""
    *folders, name = parts
    found = revision_number(PurePath(name).stem, anywhere=True)
    for folder in folders:
        number = revision_number(folder, anywhere=True)
        found = max(found, max(number, 1) if _REVISION_FOLDER.match(folder) else number)
    return found


def _base(name: str) -> tuple[str, ...]:
    """A file's name without its revision words: "LKjIP Dinsos Revisi.pdf" is "LKjIP Dinsos.xlsx"'s."""
    words = re.findall(r"[^\W_]+", PurePath(name).stem.casefold())
    return tuple(word for word in words if word not in _MARK_WORDS)


def revised_documents(
    grouped: Mapping[str, Sequence[str]],
    workbooks: Sequence[str],
    roots: Collection[str] = (),
    missing: Collection[str] = (),
) -> list[tuple[str, list[str]]]:
    """Each document or archive of ``grouped`` (its agency's folder -> its files,
    core.rekap_berkas_lain) marked as a revision above every workbook it may stand beside
    (``workbooks``: the files read or tried): in its agency's folder those under it; a file lying
    directly in a folder of many agencies' files (a folder given, a flat collection) those of its name
    ("LKjIP Dinsos revisi.pdf" of "LKjIP Dinsos.xlsx"), else those beside it. A folder of ``missing``
    is named already (no workbook at all). With the workbooks counted instead (those compared)."""
    found: list[tuple[str, list[str]]] = []
    if not any(files for folder, files in grouped.items() if folder not in missing):
        return found
    below: dict[PurePath, list[str]] = defaultdict(list)  # each folder's workbooks, at any depth
    for workbook in workbooks:
        for above in PurePath(workbook).parents:
            below[above].append(workbook)
    for folder, files in grouped.items():
        if folder in missing or not files:
            continue
        top = PurePath(folder)
        under = below.get(top, [])
        beside = [w for w in under if PurePath(w).parent == top]
        for name in files:
            parts = PurePath(name).relative_to(top).parts
            compare = under
            if len(parts) == 1 and (folder in roots or len(beside) > 1):  # flat: by its name
                compare = [w for w in under if _base(w) == _base(name)] or beside
            if not under:  # a folder of its own ("Revisi/" beside the agencies' folders)
                parts = (top.name, *parts)
            mine = _revision(parts) if _MARKED.search(" ".join(parts)) else 0  # most files: no mark
            # a revision above its workbooks (asked only of a marked file: a flat folder's thousands), or
            # the signed final version beside drafts only
            if (
                mine
                and mine > max((_revision(PurePath(w).relative_to(top).parts) for w in compare), default=0)
                or not mine
                and _final_over_drafts(parts, top, compare)
            ):
                found.append((name, compare))
    return found


def _final_over_drafts(parts: Sequence[str], top: PurePath, compare: Sequence[str]) -> bool:
    """A document in its agency's Final folder (``parts`` below its folder ``top``: "Final/LKjIP
    TTD.pdf") while every workbook it may stand beside (``compare``) lies in a draft's or an old copy's
    folder ("Draft/LKjIP.xlsx"): the signed version sent as a document only, the draft counted."""
    return (
        bool(compare)
        and any(map(final_folder, parts[:-1]))
        and all(any(map(draft_folder, PurePath(w).relative_to(top).parts[:-1])) for w in compare)
    )


def _final_only(name: str, counted: Sequence[str]) -> bool:
    """``name`` (of :func:`revised_documents`) was found as a final version beside drafts
    (:func:`_final_over_drafts`), not as a revision: no mark below the folder it shares with them."""
    if not counted:
        return False
    parts = PurePath(name).relative_to(os.path.commonpath([name, *counted])).parts
    return not _MARKED.search(" ".join(parts)) and any(map(final_folder, parts[:-1]))


def revision_warning(found: Sequence[tuple[str, Sequence[str]]]) -> tuple[str, str]:
    """(jenis, pesan) naming each document of :func:`revised_documents` with the workbooks counted
    instead, never cut short (they are few, and each is an agency's figures perhaps out of date)."""
    parts = []
    finals = 0
    for name, counted in found:
        final = _final_only(name, counted)  # "Final/LKjIP TTD.pdf" beside "Draft/LKjIP.xlsx"
        finals += final
        if not counted:
            parts.append(f"{name} (tidak ada buku kerja di foldernya)")
        elif len(counted) <= _NAMED_WORKBOOKS:
            where = ", di folder draf" if final else ""
            parts.append(
                f"{name} ({'versi final; ' if final else ''}yang direkap: {', '.join(counted)}{where})"
            )
        else:
            parts.append(f"{name} (versi final)" if final else name)
    zipped = any(name.lower().endswith(".zip") for name, _ in found)
    lead = (
        f"{len(found)} dokumen atau arsip bertanda revisi atau di folder versi final tanpa buku kerja Excel "
        f"(.xlsx/.xlsm)-nya: {'; '.join(parts)}. Angka perangkat daerah itu di rekap berasal dari buku kerja "
        "sebelum revisi atau dari folder draf (bila ada), bukan dari versi itu: minta buku kerja versi itu, "
        "simpan di folder itu lalu rekap ulang. Bila buku kerja yang direkap sudah memuat versi itu, "
        "peringatan ini boleh diabaikan."
        if finals
        else f"{len(found)} dokumen atau arsip bertanda revisi tanpa buku kerja Excel (.xlsx/.xlsm) revisinya: "
        f"{'; '.join(parts)}. Angka perangkat daerah itu di rekap berasal dari buku kerja sebelum revisi "
        "(bila ada), bukan dari revisinya: minta buku kerja revisinya, simpan di folder itu lalu rekap "
        "ulang. Bila buku kerja yang direkap sudah memuat revisi itu, peringatan ini boleh diabaikan."
    )
    return (
        JENIS_REVISI,
        lead
        + (
            " Arsip ZIP tidak dibuka: bila berisi buku kerja revisi itu, ekstrak ke folder itu."
            if zipped
            else ""
        ),
    )


def revision_notes(found: Sequence[tuple[str, Sequence[str]]]) -> dict[str, str]:
    """Pemeriksaan's note of each workbook counted instead of a revision sent as a document only (those
    :func:`revision_warning` names beside it), by the workbook's file: its row says so where the analyst
    reads that agency's figures."""
    notes: dict[str, list[str]] = defaultdict(list)
    finals: dict[str, list[str]] = defaultdict(list)
    for name, counted in found:
        if len(counted) <= _NAMED_WORKBOOKS:
            for workbook in counted:
                (finals if _final_only(name, counted) else notes)[workbook].append(name)
    said = {
        workbook: f"ada revisi tanpa buku kerjanya ({', '.join(names)}): angka berkas ini mungkin sebelum "
        f"revisi (lihat peringatan {JENIS_REVISI})"
        for workbook, names in notes.items()
    }
    for workbook, names in finals.items():
        final = (
            f"ada versi final tanpa buku kerjanya ({', '.join(names)}): angka berkas ini dari folder draf, "
            f"mungkin bukan versi final (lihat peringatan {JENIS_REVISI})"
        )
        said[workbook] = f"{said[workbook]}; {final}" if workbook in said else final
    return said
