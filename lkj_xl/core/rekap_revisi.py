"""An agency's name typed with the mark of a file sent again ("Dinas Kesehatan (Revisi)", "Dinas
Kesehatan - revisi 2", "DINAS KESEHATAN REVISI", "Dinas Kesehatan (TW II Revisi)", "Dinas
Kesehatan_revisi", "Dinas Kesehatan (Revisi) Kabupaten Lumajang"): the same agency as its first file's
"Dinas Kesehatan", for the duplicate check (core.rekap_ganda) and the kunci (core.rekap_kunci); the
tables show it without the mark. Pure.

Read otherwise, the revision and the original were two agencies: both ranked, the pagu summed twice,
and the agency's kunci changed between quarters."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

from lkj_xl.core.nama_periode import HALF_WORD, HALF_WORDS, QUARTER_WORD, QUARTER_WORDS, month_at

# What a resent file's name says of itself: "Revisi", "Rev.1", "Revisi ke-2", and, in brackets or after
# a dash only, "Perbaikan", "Final", "Update", "Terbaru" (a bare trailing word of those may be a name's).
_NUMBER = r"(?:\s*(?:ke)?[\s.\-]*\d+)?"
_ALWAYS = rf"(?:revisi|rev\.?){_NUMBER}"
_MARKED = rf"(?:{_ALWAYS}|(?:perbaikan|final|update|terbaru){_NUMBER})"
_DASH = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
# A bracket made only of marks, the quarter and numbers, with one mark at least: "(revisi final)",
# "(TW II Revisi)", "[Final Revisi 2]"; never "(Perbaikan Jalan)".
_WORD = rf"(?:revisi|rev|perbaikan|final|update|terbaru|{QUARTER_WORD}|{HALF_WORD}|ke|[ivx]+|\d+)"
_BRACKET = rf"[(\[][\s.\-]*(?=[^)\]]*(?:revisi|rev|perbaikan|final|update|terbaru))(?:{_WORD}[\s.\-]*)+[)\]]"
_TAIL = re.compile(
    rf"(?:\s*[(\[]\s*{_MARKED}\s*[)\]]|\s*{_BRACKET}|\s+[{_DASH}]\s*{_MARKED}|(?:\s+|\s*_+\s*){_ALWAYS})"
    r"\s*[.]?\s*$",
    re.IGNORECASE,
)
# The words of a mark as core.rekap_ganda.name_words leaves them ("revisi", "rev 1", "tw ii revisi"),
# left at a name's end once the Pemda's name after it is dropped: a run of those with "revisi" in it.
_RUN_WORDS = frozenset({"revisi", "rev", "final", "update", "terbaru", *QUARTER_WORDS, *HALF_WORDS, "ke"})
_ROMAN = re.compile(r"[ivx]+|\d+")
# A revision's number is small: a number after the mark above it is a date's or a year's ("Revisi 30
# Juni", "_Revisi_2025", "REVISI 05072025").
_SMALL = 20


def without_revision(name: object) -> object:
    """``name`` (a text; anything else as it is) without the revision marks typed at its end (as often as they are: "Dinas Kesehatan
    (Revisi) (Final)"); unchanged when nothing would be left of it (an agency named "Revisi")."""
    while isinstance(name, str):
        found = _TAIL.search(name)
        if found is None or not name[: found.start()].strip():
            return name
        name = name[: found.start()]
    return name


def _run_word(word: str) -> bool:
    """A word of a mark's run: a mark or quarter word, a roman numeral or a small number ("2" of "TW2
    Revisi"; never a year, "2025" of "... Tahun 2025 Revisi", which stays the name's)."""
    return (
        word in _RUN_WORDS or bool(_ROMAN.fullmatch(word)) and (not word.isdecimal() or int(word) <= _SMALL)
    )


# After the mark, the date it was made goes with it: a year ("_Revisi_2025"), a day and its month
# ("Revisi 30 Juni 2025", "Revisi 28-06-2025"); before the mark a year stays the name's.
_YEAR = re.compile(r"(?:19|20)\d\d")
_DAY = 31


# "Revisi Tahun 2025", "Revisi per 30 Juni 2025", "Revisi tgl 30 Juni 2025"
_DATE_WORDS = frozenset({"tahun", "per", "tgl", "tanggal"})


def _dated_at(words: list[str], at: int) -> bool:
    """``words[at]`` is a date's: a month ("Agus" only before a year, nama_periode.month_at: "Revisi 2
    Agus" is saved by Agus), a day, a year or a date's word."""
    word = words[at]
    return (
        month_at(words, at) is not None
        or word in _DATE_WORDS
        or word.isdecimal()
        and (int(word) <= _DAY or bool(_YEAR.fullmatch(word)))
    )


# A run at a name's end or before its Pemda begins at a mark word, or at the quarter or half year right
# before one ("TW 2 Revisi", "Smt I Revisi"); never at a number or roman numeral, the name's own ("UPT Puskesmas 2 Revisi").
_START_WORDS = frozenset({"revisi", "rev", "final", "update", "terbaru"})


def _run_start(words: list[str], at: int) -> bool:
    """A mark's run may begin at ``words[at]`` (the name's first word always may: "2 Revisi ...")."""
    if at == 0 or words[at] in _START_WORDS:
        return True
    return (
        words[at] in (*QUARTER_WORDS, *HALF_WORDS)
        and at + 2 < len(words)
        and bool(_ROMAN.fullmatch(words[at + 1]))
        and words[at + 2] in _START_WORDS
    )


def _leading_run(words: list[str]) -> int:
    """How many of ``words`` open the name as a run of mark words holding "revisi" or "rev"
    ("revisi", "rev 2" of "Revisi 2 Dinas Kesehatan", "revisi 2025"); 0 for none. agency_identity and
    shown_name (through :func:`_mark_runs`) drop the same words."""
    end, marked = 0, False
    while end < len(words) and (_run_word(words[end]) or marked and _dated_at(words, end)):
        marked = marked or words[end] in ("revisi", "rev")
        end += 1
    return end if marked else 0


def without_revision_words(words: list[str]) -> list[str]:
    """``words`` (a name as the rekap compares it) without a trailing run of mark words holding "revisi"
    or "rev" ("dinas kesehatan revisi" of "Dinas Kesehatan (Revisi) Kabupaten Lumajang" once its
    Pemda is dropped; "... tw ii revisi") and a leading one ("revisi dinas kesehatan"); unchanged
    when nothing would be left."""
    start = len(words)
    while start > 0 and (_run_word(words[start - 1]) or _dated_at(words, start - 1)):
        start -= 1
    # the first place from which the rest is one run (a year before the mark is no part of it)
    start = next(
        (
            at
            for at in range(start, len(words))
            if _run_start(words, at) and _leading_run(words[at:]) == len(words) - at
        ),
        0,
    )
    if start:
        words = words[:start]
    lead = _leading_run(words)
    return words[lead:] if lead < len(words) else words


# Words that may begin a Pemda's name typed after an agency's ("Dinas Kesehatan (Revisi) Kab. Lumajang").
_PEMDA_START = frozenset({"kabupaten", "kab", "kota", "provinsi", "prov", "pemerintah", "pemkab", "pemkot"})
_MARK_WORDS = frozenset({"revisi", "rev", "perbaikan", "final", "update", "terbaru"})
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+|\d+", text.casefold())  # "TW2-REVISI" -> tw, 2, revisi


def _number(words: list[str], end: int | None = None) -> int:
    """The revision's number the mark words of ``words[:end]`` give ("revisi ii", "rev 1", "revisi ke
    2"); 1 for none ("Revisi", "Revisi TW II": the number before the mark is the quarter's). A number
    is the revision's only when small (:data:`_SMALL`) and followed by no month or number (the words
    after ``end`` read too): "Revisi 2 Juli", "Revisi2_2025", "Revisi 02-07-2025" are dates."""
    best = 1
    for index, word in enumerate(words[:end]):
        if word not in _MARK_WORDS:
            continue
        following = [(at, w) for at, w in enumerate(words[index + 1 : index + 3], index + 1) if w != "ke"][:1]
        for at, after in following:
            dated = at + 1 < len(words) and (words[at + 1].isdecimal() or month_at(words, at + 1) is not None)
            if after.isdecimal():
                best = max(best, int(after) if int(after) <= _SMALL and not dated else 1)
            elif _ROMAN.fullmatch(after):
                values = [_ROMAN_VALUES[ch] for ch in after]
                best = max(best, sum(-v if v < n else v for v, n in zip(values, [*values[1:], 0])))
    return best


_TOKEN = re.compile(r"[A-Za-z]+|\d+")


def _mark_runs(text: str, *, anywhere: bool = False) -> list[tuple[int, int, list[str]]]:
    """The runs of mark words with "revisi" or "rev" in them ("Revisi II", "(revisi) TW II", "TW2-REVISI")
    as agency_identity drops them: at the start, at the end or before a Pemda's name (``anywhere``:
    in any place); each as (start, end) in ``text`` and the words from its start to the text's end (the
    words after it tell a date from a revision's number, :func:`_number`)."""
    tokens = list(_TOKEN.finditer(text))
    words = [token.group().casefold() for token in tokens]
    runs, start = [], 0
    while start < len(words):
        end = start + (_leading_run(words[start:]) if _run_start(words, start) else 0)
        placed = anywhere or start == 0 or end == len(words) or words[end] in _PEMDA_START
        if end > start and placed:
            runs.append((tokens[start].start(), tokens[end - 1].end(), words[start:]))
        start = max(end, start + 1)
    return runs


def revision_number(text: object, *, anywhere: bool = False) -> int:
    """The revision ``text`` says it is: 0 for no mark, else its number (1 for "Revisi", 2 for "Revisi 2"
    or "Revisi II"). The marks :func:`without_revision` removes at the end, and the runs of
    :func:`_mark_runs` ("Revisi II", "(revisi) TW II"), as agency_identity reads them; ``anywhere`` (a
    file's name, "LKjIP Dinkes (revisi) TW2", "LKjIP-Dinkes-TW2-REVISI") in any place."""
    if not isinstance(text, str):
        return 0
    runs = _mark_runs(text, anywhere=anywhere)
    found = max((_number(rest, _leading_run(rest)) for _, _, rest in runs), default=0)
    stripped = without_revision(text)
    if not found and isinstance(stripped, str) and stripped != text:  # "(Perbaikan 2)", "- Final"
        found = _number(_words(text[len(stripped) :]))
    return found


def revision_rank(row: Mapping[str, Any]) -> int:
    """The highest revision a file says it is (:func:`revision_number`) by its name, its agency's name
    or its Pemda's name; 0 for none."""
    stem = PurePath(str(row.get("berkas") or "")).stem
    return max(
        revision_number(stem, anywhere=True),
        revision_number(row.get("perangkat_daerah")),
        revision_number(row.get("pemerintah_daerah")),
    )


def revised(row: Mapping[str, Any]) -> bool:
    """The file says it is a revision (:func:`revision_rank`): "Dinkes (Revisi).xlsx", "LKjIP-Dinkes-
    TW2-REVISI.xlsx", "Dinas Kesehatan Revisi II", a Pemda "Kabupaten Lumajang (Revisi)"."""
    return revision_rank(row) > 0


_INNER = re.compile(rf"\s*(?:[(\[]\s*{_MARKED}\s*[)\]]|{_BRACKET})(?=\s+\S)", re.IGNORECASE)


def shown_name(name: object) -> object:
    """The agency's (or Pemda's) name as the tables show it: without the marks agency_identity drops
    (:func:`_mark_runs`: "Dinas Kesehatan Revisi II", "Dinas Sosial (revisi) TW II"; the marks at its
    end, "Dinas Kesehatan (Revisi)", as its original names it; in brackets before its Pemda, "Dinas
    Kesehatan (Revisi) Kabupaten Lumajang" is "Dinas Kesehatan Kabupaten Lumajang"), as typed
    otherwise; unchanged when nothing would be left."""
    if type(name) is str and len(name) <= CACHED_NAME:  # (a str subclass, numpy's str_, as before)
        return _shown_text(name)
    return _shown(name) if isinstance(name, str) else name


# The rekap's parent pass asks the names of each agency and Pemda some ten times (the duplicate checks,
# the warnings, the tables): each distinct name is worked out once. Only a name up to this long is
# kept: a long-running serve keeps the cache, and 4096 cells of 32767 characters held some 1,1 GB.
CACHED_NAME = 200


@functools.lru_cache(maxsize=4096)
def _shown_text(name: str) -> str:
    return _shown(name)


def _shown(name: str) -> str:
    text = name
    for start, end, _ in reversed(_mark_runs(text)):
        # the brackets, dash or underscore around the run go with it
        while start > 0 and (text[start - 1].isspace() or text[start - 1] in f"([{{_{_DASH}"):
            start -= 1
        # ... spaced inside them too: "( Revisi )" (was shown "Dinas Sosial )")
        closed = len(text) - len(text[end:].lstrip())
        if closed < len(text) and text[closed] in ")]}":
            end = closed
        while end < len(text) and text[end] in ")]}.":
            end += 1
        text = text[:start] + " " + text[end:]
    stripped = without_revision(_INNER.sub("", text))
    shown = " ".join(str(stripped).split()) if stripped != name else name
    return shown if isinstance(shown, str) and shown.strip() else name


# Times on disk this close were set by one copy or extraction (a folder copied without its times gets
# them in file order: "Dinkes (Revisi).xlsx" before "Dinkes.xlsx"), which tells nothing of which is newer.
_ONE_COPY_SECONDS = 600


# Folders an agency keeps its versions in, below the folder its files share: a revision ("Revisi",
# "Revisi 2", "Perbaikan", "Hasil Perbaikan"), a draft ("Draft", "Draf", "Konsep") or the version it
# signed ("Final", "Fix", "Sudah TTD"): "Final/LKjIP.xlsx" over "Draft/LKjIP.xlsx".
_REVISION_FOLDER = re.compile(
    r"[\W_]*(?:\d+[\W_]*)?(?:hasil[\W_]+)?(?:revisi|rev|perbaikan)(?![^\W\d_])", re.IGNORECASE
)
# ... and a folder of old copies the Bappeda moved away ("_old", "Arsip", "Backup", "01 Lama"): below too
# (the word ends at anything but a letter: "final_revisi", "Draft_TW2", "FINAL 2025-07-10")
_DRAFT_WORDS = r"draft|draf|konsep|arsip|archive|backup|cadangan|lama|old"
_DRAFT_FOLDER = re.compile(rf"[\W_]*(?:\d+[\W_]*)?(?:{_DRAFT_WORDS})(?![^\W\d_])", re.IGNORECASE)
_FINAL_FOLDER = re.compile(r"[\W_]*(?:\d+[\W_]*)?(?:final|fix|sudah[\W_]*ttd)(?![^\W\d_])", re.IGNORECASE)
# ... a final one set aside, a draft's or an old copy's word after it: "Final (lama)", "Final_old"
_DRAFT_AFTER = re.compile(rf"(?<![^\W\d_])(?:{_DRAFT_WORDS})(?![^\W\d_])", re.IGNORECASE)


def final_folder(name: str) -> bool:
    """``name`` is a folder of an agency's final version ("Final", "Fix", "Sudah TTD"; not "Final
    (lama)", an old one: :func:`draft_folder`)."""
    return bool(_FINAL_FOLDER.match(name)) and not _DRAFT_AFTER.search(name)


# An agency's name beginning with the archive's word: "05 Arsip dan Perpustakaan" (the Dinas Kearsipan
# dan Perpustakaan's folder), "Arsip & Perpustakaan", "12 Arsip Daerah"
_ARCHIVE_AGENCY = re.compile(
    r"[\W_]*(?:\d+[\W_]*)?arsip[\W_]+(?:(?:dan|&)[\W_]*(?:perpus|pustaka)|daerah(?![^\W\d_]))", re.IGNORECASE
)


def archive_agency(name: str) -> bool:
    """``name`` (a folder's) begins with "Arsip" as an agency's name does ("05 Arsip dan Perpustakaan",
    "Arsip Daerah"): that agency's folder, no folder of old copies."""
    return bool(_ARCHIVE_AGENCY.match(name))


def draft_folder(name: str) -> bool:
    """``name`` is a folder of an agency's draft or old copies ("Draft", "Konsep", "_old", "Arsip",
    "Final (lama)"; never an agency's: :func:`archive_agency`)."""
    if archive_agency(name):
        return False
    return bool(_DRAFT_FOLDER.match(name) or (_FINAL_FOLDER.match(name) and _DRAFT_AFTER.search(name)))


def _own_folders(rows: list[dict[str, Any]]) -> list[tuple[str, ...]]:
    """Each row's folders below the folder all their files lie in (its agency's: "Revisi/" of
    "Dinas Kesehatan/Revisi/LKjIP.xlsx" beside "Dinas Kesehatan/LKjIP.xlsx")."""
    parents = [PurePath(str(row.get("berkas") or "")).parent.parts for row in rows]
    shared = 0
    while all(len(parts) > shared for parts in parents) and len({parts[shared] for parts in parents}) == 1:
        shared += 1
    return [parts[shared:] for parts in parents]


def _ranks(rows: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Each row's (revision, state): the highest revision its name, its agency's or Pemda's name
    (:func:`revision_rank`) or one of its own folders (:func:`_own_folders`) says; -1 in a draft's
    or an old copy's folder, 1 in a final version's, else 0."""
    ranks = []
    for row, folders in zip(rows, _own_folders(rows), strict=True):
        revision, state = revision_rank(row), 0
        for folder in folders:
            number = revision_number(folder, anywhere=True)
            revision = max(revision, max(number, 1) if _REVISION_FOLDER.match(folder) else number)
            if draft_folder(folder):
                state = -1
            elif final_folder(folder) and not state:
                state = 1
        ranks.append((revision, state))
    return ranks


def one_content(rows: list[dict[str, Any]]) -> bool:
    """Every file of ``rows`` holds one content (copies): which counts changes no figure."""
    return len({row.get("isi") for row in rows}) == 1 and rows[0].get("isi") is not None


def final_folders(rows: list[dict[str, Any]]) -> dict[int, str]:
    """The final version's folder ("Final", "Fix", "Sudah TTD") of each file of ``rows`` (one agency
    and period) lying in one, by ``id`` of its row, when another lies in a draft's or an old copy's
    folder ("Draft/", "_old/") and their contents differ: putting a workbook in its Final folder is the
    agency's word that it is the one that stands, which a draft opened and saved again later never
    outweighs (core.rekap_ganda sets the drafts aside); {} otherwise."""
    if one_content(rows):
        return {}
    ranks = _ranks(rows)
    if not any(state < 0 for _, state in ranks):
        return {}
    return {
        id(row): next(folder for folder in folders if final_folder(folder))
        for row, (_, state), folders in zip(rows, ranks, _own_folders(rows), strict=True)
        if state > 0
    }


def in_draft_folder(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The files of ``rows`` lying in a draft's or an old copy's folder (:func:`_ranks`)."""
    return [row for row, (_, state) in zip(rows, _ranks(rows), strict=True) if state < 0]


def prefer_revised(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], str]:
    """Of the files of one agency and period whose saved dates do not tell which is newest, the one
    saying it is the latest revision (:func:`_ranks`: "Revisi 2" over "Revisi" over none, by its name or
    its own folder), else the one not in a draft's folder or in a final version's, when their times on
    disk (``diubah``) do not tell either (missing, or within :data:`_ONE_COPY_SECONDS`), with why
    (Bahasa Indonesia). Those marked as the latest and "" when they are several (marked alike),
    ``rows`` and "" when the mark does not decide (none marked, times on disk apart, or every file of
    one content): the time on disk, then file order, decide among them."""
    ranks = _ranks(rows)
    changed: list[float] = [row["diubah"] for row in rows if row.get("diubah") is not None]
    apart = len(changed) == len(rows) and max(changed) - min(changed) > _ONE_COPY_SECONDS
    # files of one content (a copy of the revision beside it): the mark changes no figure; the time on
    # disk names the file, as before marks were read
    alike = len({row.get("isi") for row in rows}) == 1 and rows[0].get("isi") is not None
    if len(set(ranks)) == 1 or apart or alike:
        return rows, ""
    best = max(ranks)
    latest = [row for row, rank in zip(rows, ranks, strict=True) if rank == best]
    if len(latest) == 1:
        disk = "tanggal simpan buku kerjanya dan waktu berkasnya di disk tidak membedakan"
        if best[0] > max(rank[0] for rank in ranks if rank != best):
            where = (
                " (menurut foldernya)" if revision_rank(latest[0]) < best[0] else ""
            )  # "Revisi/LKjIP.xlsx"
            return latest, f"berkasnya bertanda revisi terakhir{where}; {disk}"
        mark = "berkasnya di folder versi final" if best[1] > 0 else "berkas lainnya di folder draf"
        return latest, f"{mark}; {disk}"
    # marked alike ("Revisi 30 Juni", "Revisi 2 Juli"): the time on disk, then file order, decide
    return latest, ""


def against_marks(rows: list[dict[str, Any]], kept: dict[str, Any]) -> str:
    """Why the file counted among ``rows`` (one agency and period, chosen by its saved date or its time
    on disk) may not be the one that holds (Bahasa Indonesia): another marked as a later revision by its
    name or folder (:func:`_ranks`: "Revisi/LKjIP.xlsx" beside the workbook opened and saved again), or
    it lies in a draft's folder and another does not; "" otherwise, and for copies of one content."""
    if len({row.get("isi") for row in rows}) == 1 and rows[0].get("isi") is not None:
        return ""
    ranks = {id(row): rank for row, rank in zip(rows, _ranks(rows), strict=True)}
    mine = ranks[id(kept)]
    later = [str(row["berkas"]) for row in rows if ranks[id(row)][0] > mine[0]]
    if later:
        return f"padahal {', '.join(later)} bertanda revisi lebih akhir: periksa mana yang berlaku"
    if mine[1] < 0 and any(rank[1] >= 0 for rank in ranks.values()):
        (folders,) = (own for row, own in zip(rows, _own_folders(rows), strict=True) if row is kept)
        draft = next(folder for folder in folders if draft_folder(folder))
        return (
            f"padahal berkas ini di folder draf atau arsip ({draft}/) dan berkas lain tidak: periksa mana "
            "yang berlaku"
        )
    return ""


def untold_by_disk(rows: list[dict[str, Any]]) -> str:
    """Why the times on disk that name the file counted among ``rows`` (files of one agency and period
    their saved dates and marks do not tell apart) tell nothing either, in Bahasa Indonesia: within
    :data:`_ONE_COPY_SECONDS` of each other (one copy or extraction), or the same second (file order
    then picks), while the contents differ (the figures counted depend on the pick); "" otherwise."""
    changed: list[float] = [row["diubah"] for row in rows if row.get("diubah") is not None]
    if len(changed) < len(rows) or len({row.get("isi") for row in rows}) < 2:
        return ""
    spread = max(changed) - min(changed)
    if spread > _ONE_COPY_SECONDS:
        return ""
    marks = "tanda revisinya sama" if min(_ranks(rows))[0] else "tanpa tanda revisi yang membedakan"
    # (st_mtime keeps fractions of a second: copies saved in one second were "berselisih 0 detik")
    apart = (
        f"{round(spread / 60)} menit"
        if spread >= 60
        else f"{int(spread)} detik"
        if spread >= 1
        else "kurang dari 1 detik"
    )
    # the same second: file order picks, which tells nothing either (rekap_ganda._newest says so after
    # this, the saved dates with it)
    disk = (
        f", tanggal simpan buku kerjanya tidak memberi urutan, dan waktu berkasnya di disk hanya berselisih {apart}"
        if spread
        else " dan waktu berkasnya di disk sama persis"
    )
    return (
        f"{marks}{disk}, seperti hasil satu salinan atau ekstraksi: tidak pasti mana yang terbaru padahal "
        "isinya berbeda, periksa berkas mana yang berlaku"
    )
