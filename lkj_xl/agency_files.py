"""Which files ``lkj-xl rekap`` reads: the workbooks of the folders and files given (Office lock
files, hidden folders and a Mac zip's leftovers left out), spreadsheets saved in another format
(.xls, .xlsb, .ods) and links to workbooks that are gone kept so that Pemeriksaan names them, and an
earlier rekap told from an agency's workbook; beside them the documents, archives and shortcuts and the
folders holding nothing to read that the warnings name (core.rekap_berkas_lain)."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import zipfile
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from lkj_xl.core import rekap as core
from lkj_xl.core.grids import NotAgencyWorkbook
from lkj_xl.core.rekap_berkas_lain import (
    JENIS_FOLDER,
    OTHER_FILE_SUFFIXES,
    agency_named,
    other_files_warnings,
)
from lkj_xl.core.rekap_hasil_lama import ALASAN_REKAP, in_agency_folder
from lkj_xl.core.rekap_pemda_kosong import Counted, pemda_standing
from lkj_xl.core.rekap_templat_kiriman import JENIS_KOSONG, sent_templates
from lkj_xl.errors import ContentError, LkjError, UsageError
from lkj_xl.xlsx import zipsafe
from lkj_xl.xlsx.safe_io import WORKBOOK_SUFFIXES, is_lock_file, printable

# Spreadsheets an agency may send instead (Excel 97-2003, Excel binary, LibreOffice): not readable,
# but never left out without a word. An agency that sent only its .ods would be missing from the
# ranking with nothing saying so; read, each is a Pemeriksaan row saying to save it as .xlsx.
OTHER_SUFFIXES = (".xls", ".xlsb", ".ods")
# A ZIP archive in a collection folder (an agency's workbook zipped, or a mail client's "download
# all"): not opened, its workbooks may be copies of those beside it, but never passed over without
# a word either: listed as skipped, saying to extract it.
ARCHIVE_SUFFIXES = (".zip",)


def _candidate(path: Path) -> bool:
    # Not Office lock files, nor hidden files (our own .lkj-tmp temporaries)
    return (
        path.suffix.lower() in WORKBOOK_SUFFIXES + OTHER_SUFFIXES + ARCHIVE_SUFFIXES
        and not is_lock_file(path)
        and not path.name.startswith(".")
    )


def _dangling(path: str | os.PathLike[str]) -> bool:
    """``path`` is a link (symlink) to nothing: its target removed, or on a share not mounted."""
    return os.path.islink(path) and not os.path.exists(path)


def not_a_spreadsheet(path: str | os.PathLike[str]) -> bool:
    """``path`` is named as some other file (.py beside an --xlsm, desktop.ini, a PDF, a .docx) that a
    shell's ``dir/*`` brings along: skipped, never "unreadable". A name without a suffix (a download
    saved without one) is read."""
    suffix = Path(path).suffix.lower()
    return bool(suffix) and suffix not in WORKBOOK_SUFFIXES + OTHER_SUFFIXES


def is_archive(path: str | os.PathLike[str]) -> bool:
    """``path`` is named as a ZIP archive (skipped, with a word to extract it)."""
    return Path(path).suffix.lower() in ARCHIVE_SUFFIXES


def refuse_without_workbooks(files: Sequence[str | os.PathLike[str]], given: Iterable[object]) -> None:
    """Refuse a rekap with nothing to read: no file found in ``given``, or only files that are no
    spreadsheet by their name (``opd/*.pdf``), which would write an empty rekap as if all went well."""
    if not files:
        raise UsageError("no workbook (.xlsx or .xlsm) found in " + ", ".join(map(str, given)))
    if all(not_a_spreadsheet(f) for f in files):
        names = ", ".join(map(str, files))
        extract = "; extract the ZIP archives first" if any(is_archive(f) for f in files) else ""
        raise UsageError(f"no workbook (.xlsx or .xlsm) among the files given: {names}{extract}")


def other_format(path: str | os.PathLike[str]) -> bool:
    """``path`` is named as a spreadsheet of another format (.xls, .xlsb, .ods), not an .xlsx/.xlsm."""
    return Path(path).suffix.lower() in OTHER_SUFFIXES


# Pemeriksaan's Keterangan of a workbook of none of the input sheets, after the sheets it has: what
# the analyst does (a DPA export or an attendance list in the folder is no agency's report).
_BUKAN_LKJIP = (
    "Bila berkas ini seharusnya laporan sebuah perangkat daerah, minta buku kerja LKjIP-nya lalu rekap ulang."
)

# Pemeriksaan's Keterangan of a file the package check refused, by what it found (PackageError.kind).
# A ZIP archive of other files named .xlsx (an agency zipped its folder): what it holds is not read.
ALASAN_ZIP_BERNAMA_XLSX = (
    "arsip ZIP berisi berkas lain yang diberi nama .xlsx, bukan buku kerja Excel: ekstrak isinya, lalu "
    "rekap ulang dengan buku kerja LKjIP di dalamnya (bila tidak ada, minta perangkat daerah mengirim buku kerjanya)"
)
_PACKAGE_REASONS = {
    zipsafe.ARCHIVE: ALASAN_ZIP_BERNAMA_XLSX,
    zipsafe.ENCRYPTED: core.ALASAN_TERENKRIPSI,
    zipsafe.OTHER_FORMAT: core.ALASAN_FORMAT,
    zipsafe.STRICT: core.ALASAN_STRICT,
    zipsafe.EMPTY: core.ALASAN_NOL_BYTE,
    zipsafe.WORD: core.ALASAN_WORD,
    zipsafe.SLIDES: core.ALASAN_PPT,
}


def unreadable_reason(exc: LkjError, path: str | os.PathLike[str]) -> str:
    """Why ``path`` is not in the rekap, in Pemeriksaan's words: what the package check found (a
    password to open, an .xls renamed .xlsx, Strict Open XML, 0 bytes), else an .ods or .xls by its name (not
    broken: saved in a format the rekap does not read), else a workbook of none of the input sheets
    (its sheets named), one that is no lkj-xl workbook otherwise, or a file that does not open."""
    if os.path.isdir(path):  # a folder the rekap may not list (its permissions)
        return core.ALASAN_FOLDER
    if _dangling(path):
        return core.ALASAN_TAUTAN
    if getattr(exc, "kind", None) == zipsafe.EMPTY:  # a 0-byte ".xls" holds no workbook to save as .xlsx
        return core.ALASAN_NOL_BYTE
    if other_format(path):
        return core.ALASAN_FORMAT
    found = _PACKAGE_REASONS.get(getattr(exc, "kind", None))
    if found is not None:
        return found
    if isinstance(exc, NotAgencyWorkbook) and not exc.rekap:  # a DPA export, an attendance list
        return f"{exc.problems[0]}. {_BUKAN_LKJIP}"
    return core.ALASAN_ISI if isinstance(exc, ContentError) else core.ALASAN_BERKAS


def unreadable_detail(exc: LkjError, path: str | os.PathLike[str]) -> str:
    """The log's English of ``path`` not read (Rincian Teknis says it in Bahasa Indonesia:
    core.rekap_rincian): the library's message, and for a link to nothing where it leads ("No such
    file" of a file the folder lists says nothing)."""
    if _dangling(path):
        try:
            return f"{exc} (a link to {os.readlink(path)}, which does not exist or cannot be reached)"
        except OSError:
            pass
    return str(exc)


def _files_under(
    root: Path,
    unlisted: list[Path],
    walked: list[Path] | None = None,
    links: list[tuple[Path, Path, bool]] | None = None,
) -> Iterator[Path]:
    """Every file under ``root``, in linked folders too (an agency's folder on a share linked into the
    quarter's folder: rglob passes over it without a word), but never a folder twice nor one above
    ``root`` (a link back up, a loop, would bring in files the admin did not give), nor a hidden one
    (a USB stick's .Trash-1000, .git) or a Mac zip's __MACOSX: never an agency's current workbook. A
    folder that cannot be listed (its permissions) goes to ``unlisted``: its agency is not missing
    without a word. ``walked`` receives every folder listed; ``links`` each link to a folder already
    read (never a loop): (the link, the folder read, True), which Pemeriksaan names
    (core.rekap_tautan_sama)."""
    top = os.path.realpath(root)
    seen: dict[str, Path] = {}  # each folder read, by its real path: under which name

    def refused(exc: OSError) -> None:
        unlisted.append(Path(exc.filename) if exc.filename else root)

    for folder, subfolders, names in os.walk(root, onerror=refused, followlinks=True):
        here = os.path.realpath(folder)
        seen.setdefault(here, Path(folder))
        if walked is not None:
            walked.append(Path(folder))
        kept = []
        # the same folder twice: the first in the rekap's order, a folder before a link to it
        # ("00 Dinas Perikanan Lama -> 03 Dinas Perikanan": the link is the second name)
        for name in sorted(subfolders, key=lambda name: (os.path.islink(os.path.join(folder, name)), name)):
            if name.startswith(".") or name == "__MACOSX":
                continue
            real = os.path.realpath(os.path.join(folder, name))
            above = (here + os.sep).startswith(real + os.sep) or (top + os.sep).startswith(real + os.sep)
            if real not in seen and not above:
                seen[real] = Path(folder, name)
                kept.append(name)
            elif real in seen and not above and links is not None:  # a second name, not a loop
                links.append((Path(folder, name), seen[real], True))
        subfolders[:] = kept
        yield from (Path(folder, name) for name in names)


# Files that are no content of a folder: Windows' and macOS's own, an office suite's lock files.
_NO_CONTENT = ("desktop.ini", "thumbs.db")

# The manifest of a rekap's CSV or Parquet set (lkj_xl.rekap_output writes it last, naming its tables).
MANIFEST = "_manifest.json"
_TABLE_SUFFIXES = (".csv", ".parquet")  # of its tables (rekap_output.FORMATS)


# How a rekap's --format json file begins (rekap_output.write: its tables, perangkat_daerah first)
_REKAP_JSON = re.compile(rb'\{\s*"perangkat_daerah"\s*:\s*\[')


def _rekap_json(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return bool(_REKAP_JSON.match(f.read(64)))
    except OSError:
        return False


def _rekap_sets(files: Sequence[Path]) -> set[Path]:
    """Of ``files``, an earlier rekap's CSV or Parquet set (``lkj-xl rekap tw3/ --format csv -o
    tw3/csv/``), its manifest naming lkj-xl and the tables it names, or its JSON (:func:`_rekap_json`).
    The admin's own, as an earlier rekap workbook is: its folder is never an agency's without a
    workbook. A manifest counts only with its tables there, each a .csv or .parquet file beside it: one
    copied or forged beside an agency's photographs hides no agency that sent no workbook."""
    found: set[Path] = set()
    present = set(files)
    for path in files:
        if path.name != MANIFEST:
            if path.suffix.lower() == ".json" and _rekap_json(path):
                found.add(path)
            continue
        try:
            if path.stat().st_size > 1_000_000:  # a manifest names five tables
                continue
            data = json.loads(path.read_bytes())
        except (OSError, ValueError):
            continue
        if not isinstance(data, dict) or not str(data.get("program", "")).startswith("lkj-xl"):
            continue
        names = data.get("files")
        tables = [path.parent / str(name) for name in (names if isinstance(names, dict) else ())]
        if tables and all(
            table.parent == path.parent and table.suffix.lower() in _TABLE_SUFFIXES and table in present
            for table in tables
        ):
            found |= {path, *tables}
    return found


def _bare(root: Path, walked: Sequence[Path], files: Sequence[Path]) -> list[Path]:
    """The folders under ``root`` holding nothing the rekap reads or names (no workbook, document,
    archive or earlier rekap's table set but in a folder named as an agency's, named by its manifest or
    JSON: core.rekap_hasil_lama) in them or below them, each the highest of such (not its "TW II/" too): as itself when it
    holds no file at all ("13 Dinas Sosial/" made for the agency's files, or holding only the ~$ owner
    file of a workbook moved away, desktop.ini), else as its files ("13 Dinas Sosial/LKjIP hal 1.jpg",
    its report photographed)."""
    kept = [p for p in files if not (p.name.startswith((".", "~$")) or p.name.lower() in _NO_CONTENT)]
    if not kept:  # the folder given is empty itself: an agency's given as `lkj-xl rekap opd/*/`
        return [root]
    full = {root}
    tables = _rekap_sets(kept)
    # an earlier rekap written into a folder named as an agency's ("03 Dinas Perikanan/"): no workbook
    # of its agency, the folder named by the set's manifest or the JSON (core.rekap_hasil_lama)
    owned = {path for path in tables if in_agency_folder(path, [root])}
    for path in kept:
        if _candidate(path) or _other_file(path) or _dangling(path) or path in tables - owned:
            full.update(path.parents)
    tops: dict[Path, list[Path]] = {
        folder: [] for folder in walked if folder not in full and folder.parent in full
    }
    for path in kept:
        top = next((above for above in path.parents if above in tops), None)
        if top is not None and not (path in owned and path.suffix.lower() in _TABLE_SUFFIXES):
            tops[top].append(path)
    tops = _pemda_agencies(tops, walked, {str(folder) for folder in full})
    return [path for top, held in tops.items() for path in (held or [top])]


def _pemda_agencies(
    tops: dict[Path, list[Path]], walked: Sequence[Path], holding: Collection[str]
) -> dict[Path, list[Path]]:
    """``tops`` (folders holding nothing to read, with their files) with a province's Pemda folder
    among them ("Kab Jember/" beside "Kab Lumajang/") split into its agencies' folders, each named as
    its own, empty or not ("Kab Jember/01 Dinas Kesehatan/", past its period folders: ".../2025/TW
    III/02 Dinas Sosial/"); the Pemda's folder kept for its own files (its cover letter), or when it holds
    no agency's folder (core.rekap_pemda_kosong)."""
    # each top's agencies' folders (the highest named so on each path down from it), found in one pass
    # up from every folder walked: a province's 1.600 folders, 400 of them empty, took 90 s one top at
    # a time (each folder's parents searched for each top)
    named_below: dict[Path, list[Path]] = defaultdict(list)
    for folder in walked:
        if folder in tops or not agency_named(folder.name):
            continue
        for above in folder.parents:
            if above in tops:
                named_below[above].append(folder)
                break
            if agency_named(above.name) or str(above) in holding:
                break  # below another agency's folder, or outside every top (tops hold nothing to read)
    split: dict[Path, list[Path]] = {}
    for top, held in tops.items():
        agencies = named_below.get(top, [])
        if agencies and not pemda_standing(top, holding):
            agencies = []
        if not agencies:
            split[top] = held
            continue
        split |= {folder: [] for folder in agencies}
        for path in held:
            split[next((folder for folder in agencies if folder in path.parents), top)].append(path)
        split = {folder: files for folder, files in split.items() if folder != top or files}
    return split


def _other_file(path: Path) -> bool:
    """A document or archive an agency may have sent instead of its workbook (core.rekap_berkas_lain)."""
    return path.suffix.lower() in OTHER_FILE_SUFFIXES and not path.name.startswith((".", "~$"))


def _twin(path: Path) -> tuple[Path, str]:
    """What ties a PDF or Word file to the workbook it was made from, in its folder: ``dinas.pdf``
    (lkj-xl pdf, run), ``dinas.docx`` and ``dinas-laporan.pdf`` (laporan) are ``dinas.xlsx``'s, whose
    agency is read: no word about them when lkj-xl made them (:func:`_made_by_lkj_xl`)."""
    stem = path.stem.casefold()
    return path.parent, stem.removesuffix("-laporan")


# What lkj-xl's own prints carry: a PDF's Producer "LibreOffice ..." (lkj-xl pdf and laporan print
# through LibreOffice; as a UTF-16 hex string or plain), a Word document's creator "python-docx"
# (laporan) or laporan's stamp "lkj-xl" as its last modifier (with an agency's --template the
# template's creator stays). An agency's report typed in Word or printed from Excel says Microsoft.
_PDF_MARKS = (b"/Producer<FEFF004C0069006200720065004F00660066006900630065", b"/Producer(LibreOffice")
_DOCX_MARKS = (
    b"<dc:creator>python-docx</dc:creator>",
    b"<dc:creator>lkj-xl</dc:creator>",
    b"<cp:lastModifiedBy>lkj-xl</cp:lastModifiedBy>",
)
_TAIL_BYTES = 65_536  # a PDF's Info dictionary is written near its end


def _made_by_lkj_xl(path: Path) -> bool:
    """``path`` (a PDF or Word file named as a workbook beside it) says it is lkj-xl's print: a
    generic "LKJIP TW2.pdf" another agency sent beside "LKJIP TW2.xlsx" is then never taken for it."""
    try:
        if path.suffix.lower() == ".pdf":
            with path.open("rb") as f:
                f.seek(max(0, f.seek(0, os.SEEK_END) - _TAIL_BYTES))
                tail = f.read()
            return any(mark.lower() in tail.lower() for mark in _PDF_MARKS)
        if path.suffix.lower() == ".docx":
            with zipfile.ZipFile(path) as zf, zf.open("docProps/core.xml") as part:
                core_xml = part.read(100_000)  # a few hundred bytes: never a bomb's
            return any(mark in core_xml for mark in _DOCX_MARKS)
    except (OSError, zipfile.BadZipFile, KeyError, RuntimeError, UnicodeDecodeError):
        pass
    return False


def workbook_paths(
    sources: Iterable[str | os.PathLike[str]],
    *,
    exclude: Iterable[Path] = (),
    others: list[Path] | None = None,
    links: list[tuple[Path, Path, bool]] | None = None,
) -> list[Path]:
    """The workbooks to read: files as given, folders searched (with subfolders, linked ones too, sorted; not hidden
    ones nor __MACOSX; a folder that cannot be listed as itself) for .xlsx/.xlsm, the spreadsheets of OTHER_SUFFIXES (listed in Pemeriksaan
    as unreadable, never dropped without a word) and ZIP archives (listed as skipped); never Office lock files (~$, .~lock), each file once, ``exclude``
    (the output) left out. ``others`` receives the PDF, Word and RAR files of the folders (each once):
    no workbook, but maybe an agency's report sent instead (Peringatan names them), and the folders
    holding nothing to read or name, as themselves (empty) or their files (an agency's scans). ``links``
    receives each second name (a symlink) of a folder or workbook already read: (it, the path read,
    whether a folder), for Pemeriksaan (core.rekap_tautan_sama). Raises UsageError
    for a path that does not exist."""
    skip = {p.resolve() for p in exclude}
    found: list[Path] = []
    seen: dict[Path, Path] = {}  # each file read, by its real path: under which name
    for source in sources:
        path = Path(source)
        if path.is_dir():
            unlisted: list[Path] = []  # listed as unreadable (read_workbook says why)
            walked: list[Path] = []
            every = list(_files_under(path, unlisted, walked, links))
            # a link to a workbook that is gone (its share not mounted) is tried: Pemeriksaan says why
            files = [p for p in every if _candidate(p) and (p.is_file() or _dangling(p))]
            if others is not None:  # a folder given twice, or inside another given: each file once
                known = {o.resolve() for o in others}
                twins = {_twin(p) for p in files}
                mine = sorted(
                    (p for p in every if _other_file(p) and not (_twin(p) in twins and _made_by_lkj_xl(p))),
                    key=lambda p: p.relative_to(path).parts,
                )
                others.extend(p for p in mine if p.resolve() not in known)
                # an agency's folder made for its files, still empty or holding only its scans: named
                bare = sorted(_bare(path, walked, every), key=lambda p: p.relative_to(path).parts)
                others.extend(p for p in bare if p.resolve() not in known)
            members = sorted(files + unlisted, key=lambda p: p.relative_to(path).parts)
        elif path.is_file() or _dangling(path):  # a link to nothing listed from a folder: tried
            # Given by name, but an Office lock file (a shell's *.xlsx matches ~$name.xlsx) is no workbook.
            members = [] if is_lock_file(path) else [path]
        else:
            raise UsageError(f"{path}: no such file or folder")
        order = {member: i for i, member in enumerate(members)}
        fresh = []
        for member in sorted(members, key=os.path.islink):  # a workbook before a link to it
            real = member.resolve()
            if real not in seen and real not in skip:
                seen[real] = member
                fresh.append(member)
            elif real in seen and links is not None and _second_name(member, seen[real]):
                links.append((member, seen[real], False))
        found += sorted(fresh, key=order.__getitem__)
    return found


def _second_name(path: Path, read_as: Path) -> bool:
    """``path``, a file already read as ``read_as``, is another name of it (a link), not the same path
    found twice (a folder given twice or inside another given, ``tw3/`` beside ``/data/tw3/``)."""
    return os.path.abspath(path) != os.path.abspath(read_as)


def is_rekap_output(data: bytes | Path) -> bool:
    """A workbook (its bytes, or its file) written by ``lkj-xl rekap`` (it has the Rekap sheet):
    skipped, not an agency."""
    try:
        with zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data) as zf:
            info = zf.getinfo("xl/workbook.xml")
            if info.file_size > 1_000_000:
                return False
            return f'name="{core.SHEET_REKAP}"'.encode() in zf.read(info)
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, UnicodeDecodeError):
        return False


# The package's last-saved time (docProps/core.xml), which Excel and LibreOffice write on every save.
_MODIFIED = re.compile(
    rb"<(?:\w+:)?modified\b[^>]*>\s*(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d))?[.,]?\d*"
    rb"\s*(Z|[+-]\d\d:?\d\d)?\s*<"
)


def saved_at(data: bytes) -> dt.datetime | None:
    """When the workbook (its bytes, a package already checked) was last saved by the program that
    wrote it: docProps/core.xml's dcterms:modified, in UTC (a time without a zone taken as UTC); None
    when the package has none or it is no date. Unlike the file's time on disk, it travels with the
    file through e-mail, downloads and copies."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            info = zf.getinfo("docProps/core.xml")
            if info.file_size > 1_000_000:
                return None
            found = _MODIFIED.search(zf.read(info))
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, UnicodeDecodeError):
        return None
    if found is None:
        return None
    year, month, day, hour, minute, second, zone = found.groups()
    offset = dt.timedelta()
    if zone and zone != b"Z":
        digits = zone.replace(b":", b"")
        offset = (1 if digits[:1] == b"+" else -1) * dt.timedelta(
            hours=int(digits[1:3]), minutes=int(digits[3:5])
        )
    try:
        local = dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
    except ValueError:  # a 13th month: no date
        return None
    return (local - offset).replace(tzinfo=dt.UTC)


def inputs_for(
    sources: Iterable[str | os.PathLike[str]],
    targets: Sequence[Path],
    *,
    others: list[Path] | None = None,
    links: list[tuple[Path, Path, bool]] | None = None,
) -> list[Path]:
    """The workbooks of ``sources`` for a rekap written to ``targets``: a target that is a previous
    rekap is left out (it is about to be replaced); one that is an agency's workbook is refused
    (UsageError), so a rekap never overwrites one of its inputs. ``others``, ``links``: as
    workbook_paths."""
    files = workbook_paths(sources, others=others, links=links)
    real = {t.resolve() for t in targets}
    kept = []
    for path in files:
        if path.resolve() in real:
            if not is_rekap_output(path.read_bytes()):
                raise UsageError(f"refusing to write the rekap over {path}, one of its input workbooks")
            continue
        kept.append(path)
    return kept


def beside_warnings(
    beside: Sequence[Path],
    files: Sequence[Any],
    given: Sequence[Any],
    named: dict[str, list[str]] | None = None,
    notes: dict[str, str] | None = None,
    counted: Counted | None = None,
    templates: Collection[str] = (),
    periods: Mapping[str, str] | None = None,
    rekaps: Collection[str] = (),
) -> list[tuple[str, str]]:
    """The documents and archives beside the workbooks (core.rekap_berkas_lain): an agency that sent only
    its PDF, its cover letter or its workbook zipped has its folder without a workbook named apart, and
    a revision sent as a document only beside the workbook counted (core.rekap_berkas_revisi) too.
    ``named``, ``notes``, ``counted``: as other_files_warnings; ``templates``: the files of ``files`` found
    a blank template (core.rekap_kosong), no workbook of their folder (an agency's sent unfilled);
    ``periods``: the workbooks of another period in an agency's archive folder, with what each holds
    (core.rekap_arsip_periode), no workbook of this period of their folder either; ``rekaps``: the files of
    ``files`` found an earlier rekap workbook, no workbook of their folder when it is named as an
    agency's or a Pemda's (core.rekap_hasil_lama)."""
    blank = [printable(str(f)) for f in files if str(f) in templates]
    periods = {printable(name): held for name, held in (periods or {}).items()}
    given_folders = {printable(str(p)) for p in given if Path(p).is_dir()}
    # an earlier rekap in a folder named as an agency's: no workbook of it, said what it is
    earlier = {
        printable(str(f)): ALASAN_REKAP
        for f in files
        if str(f) in rekaps and in_agency_folder(f, given_folders)
    }
    earlier |= {printable(str(p)): ALASAN_REKAP for p in beside if _earlier_set(p)}
    # a ZIP alone, or the blank template alone: no workbook
    workbooks = [printable(str(f)) for f in files if not is_archive(f) and str(f) not in templates]
    workbooks = [name for name in workbooks if name not in earlier]
    current = [name for name in workbooks if name not in periods]  # last quarter's in an archive: none
    named = {} if named is None else named
    found = other_files_warnings(
        [printable(str(p)) for p in beside if _other_file(p)],
        {str(Path(f).parent) for f in current},
        given_folders,
        archives=[printable(str(f)) for f in files if is_archive(f)],
        workbooks=workbooks,
        named=named,
        notes=notes,
        counted=counted,
        # workbook_paths' folders holding nothing to read or name, as themselves (empty) or their files
        empty=[printable(str(p)) for p in beside if p.is_dir()],
        bare=[
            printable(str(p))
            for p in beside
            if not p.is_dir() and not _other_file(p) and printable(str(p)) not in earlier
        ],
        templates=blank,
        periods=periods,
        earlier=earlier,
    )
    # an agency's blank template sent back unfilled: its folder named above, or named for the agency
    by_name = dict(counted.items() if isinstance(counted, Mapping) else counted or ())
    said, sent = sent_templates(blank, named.get(JENIS_FOLDER, ()), given_folders, by_name)
    if sent:
        named[JENIS_KOSONG] = sent
    at = next((i + 1 for i, (jenis, _) in enumerate(found) if jenis == JENIS_FOLDER), 0)
    return [*found[:at], *said, *found[at:]]


def _earlier_set(path: Path) -> bool:
    """``path`` (a file :func:`workbook_paths` found in a folder holding nothing to read) is an earlier
    rekap's manifest or JSON: one :func:`_bare` kept, in a folder named as an agency's or a Pemda's."""
    if path.name != MANIFEST and path.suffix.lower() != ".json":
        return False
    try:
        return path in _rekap_sets(list(path.parent.iterdir()))
    except OSError:
        return False


def open_elsewhere(files: Sequence[str]) -> list[tuple[str, str]]:
    """(jenis, pesan) for each workbook whose Office owner file (~$name) is beside it: open in Excel
    on a shared drive, so what was read is what was last saved."""
    from lkj_xl.xlsx.safe_io import excel_owner_files

    found = []
    for name in files:
        owners = excel_owner_files(Path(name))
        if owners:
            found.append(
                (
                    "Sedang dibuka",
                    f"{printable(name)} sedang dibuka di Excel atau LibreOffice (ada berkas kunci {owners[0].name}): yang "
                    "direkap adalah isi yang terakhir disimpan. Bila berkas sudah ditutup, berkas kunci itu "
                    "sisa dan boleh dihapus.",
                )
            )
    return found
