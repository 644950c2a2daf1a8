"""Files in a rekap's collection folder that are no workbook but may be an agency's report: a PDF or
Word document an agency sent instead of its workbook, an archive the rekap does not open, a shortcut
to its workbook elsewhere (.lnk, .url) the rekap does not follow. Never files
to read (Pemeriksaan lists the files read or tried), but named in Peringatan: an agency that sent only
its PDF was missing from the ranking and every total without a word.

A folder holding such files and no workbook (an agency's folder, "13 Dinas Sosial/") is an agency
missing for certain: each is named in a warning of its own, never cut short, whatever the number of
cover letters lying beside the workbooks of the other folders. Pure."""

from __future__ import annotations

import functools
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from pathlib import PurePath

from lkj_xl.core.rekap_berkas_revisi import JENIS_REVISI, revised_documents, revision_notes, revision_warning
from lkj_xl.core.rekap_nama_folder import (  # noqa: F401 (the names this module has always given)
    AGENCY_ABBREVIATIONS,
    AGENCY_KINDS,
    NO_AGENCY,
    PERIOD_FOLDER,
    agency_named,
    archive_folder,
    letter_named,
    no_agency,
    under_archive,
)
from lkj_xl.core.rekap_pemda_kosong import (
    JENIS_PEMDA,
    Counted,
    counted_by_words,
    counted_from,
    in_pemda,
    pemda_folder,
    pemda_standing,
    pemda_warning,
)

# What an agency sends instead of its workbook: its report printed to PDF or written in Word (or
# LibreOffice Writer), or its files in a RAR or 7-Zip archive (ZIP archives have their Pemeriksaan row).
DOCUMENT_SUFFIXES = (".pdf", ".doc", ".docx", ".odt", ".rtf")
OTHER_ARCHIVE_SUFFIXES = (".rar", ".7z")
# ... or a Windows shortcut to its workbook or folder on another share ("LKjIP.xlsx - Shortcut.lnk"),
# an Internet shortcut to its cloud copy (.url): the rekap follows neither
SHORTCUT_SUFFIXES = (".lnk", ".url")
OTHER_FILE_SUFFIXES = DOCUMENT_SUFFIXES + OTHER_ARCHIVE_SUFFIXES + SHORTCUT_SUFFIXES
_SHORTCUTS = (
    " Pintasan (.lnk, .url) tidak diikuti: salin buku kerja yang ditujunya ke folder itu lalu rekap ulang."
)
_NAMED = 10  # files named in the warning; the rest counted
_NAMED_IN_FOLDER = 3  # files named of each folder without a workbook; the rest counted
JENIS = "Berkas bukan buku kerja"
JENIS_FOLDER = "Perangkat daerah tanpa buku kerja"
# How a blank template an agency sent back is named in those warnings (core.rekap_templat_kiriman)
BELUM_DIISI = "buku kerja kosong (templat), belum diisi"


def other_files_warnings(
    names: Sequence[str],
    workbook_folders: Collection[str] = (),
    roots: Collection[str] = (),
    archives: Sequence[str] = (),
    workbooks: Sequence[str] = (),
    named: dict[str, list[str]] | None = None,
    empty: Sequence[str] = (),
    bare: Sequence[str] = (),
    notes: dict[str, str] | None = None,
    counted: Counted | None = None,
    templates: Sequence[str] = (),
    periods: Mapping[str, str] | None = None,
    earlier: Mapping[str, str] | None = None,
) -> list[tuple[str, str]]:
    """(jenis, pesan) naming the files of ``names`` (documents and archives found beside the workbooks,
    :data:`OTHER_FILE_SUFFIXES`), [] for none: each folder of them that holds no workbook, in it or
    below it (``workbook_folders``: the folders of the files read or tried), in a warning of its own, then every
    file, those that may be a report before the cover letters and the folders already named.

    A folder is decided as a whole at the first level under a folder given (``roots``): an agency's
    folder holding its workbook anywhere below it is no agency missing for its "Bukti Dukung" or
    "lampiran"; neither is a folder of cover letters only nor an archive folder ("arsip").

    ``archives``: the ZIP archives skipped (their own Pemeriksaan row, so in no list of files here), a
    folder holding one and no workbook named as any other ("19 Dinas Perikanan/LKjIP Perikanan.zip").

    ``workbooks``: the files read or tried, the ones a document marked as a revision may stand beside
    (core.rekap_berkas_revisi: "Dinas Sosial/Revisi/LKjIP.pdf" beside "Dinas Sosial/LKjIP.xlsx").
    ``named`` receives, by the warning's jenis, what it names: the folders (:data:`JENIS_FOLDER`), the
    revisions (:data:`JENIS_REVISI`); for the CLI's log line, which counts them.

    ``empty``: the folders holding no file (an agency's folder made for its files, "13 Dinas Sosial/"),
    named as an agency's like a folder of cover letters only: when named as an agency or among agencies'
    folders named by their field; ``bare``: the files of a folder holding nothing else the rekap reads
    or names ("13 Dinas Sosial/LKjIP hal 1.jpg", its report photographed), likewise. ``notes``
    receives Pemeriksaan's note of each workbook counted instead of a revision (by its file).
    ``counted``: the agencies counted (name as shown -> file), a folder named as one saying where it
    was counted from (core.rekap_pemda_kosong.counted_from). ``templates``, ``periods``: blank templates, another period's
    workbooks in an agency's archive folder with what each holds (core.rekap_arsip_periode): as ``bare``;
    ``earlier``: an earlier rekap's file in a folder named as an agency's, with what it is
    (core.rekap_hasil_lama): as ``bare``, said what it is."""
    earlier = earlier or {}
    if not any((names, archives, empty, bare, templates, periods, earlier)):
        return []
    holding = _holding(workbook_folders)
    blanks = [*bare, *templates, *(periods or {}), *earlier]
    blanks += [str(PurePath(folder, _EMPTY)) for folder in empty]
    blank = set(blanks)
    grouped, among = _grouped([*names, *archives, *blanks], roots, holding, set(workbook_folders), blank)
    unsent = _unsent(among, holding)
    missing = {
        folder: files
        for folder, files in grouped.items()
        if folder not in holding
        and _an_agency(folder, files, among[folder], blank, unsent[PurePath(folder).parent])
        # a folder given is decided by its files; one under it named as no agency's never is, nor one
        # inside an archive ("Arsip Kab Jember/03 Dinas Perikanan/": old copies)
        and not (archive_folder if folder in roots else no_agency)(PurePath(folder).name)
        and not under_archive(folder, roots)
    }
    files_in = {folder: [n for n in files if n not in blank] for folder, files in grouped.items()}
    revised = revised_documents(files_in, workbooks, roots, missing)
    said = {**(periods or {}), **earlier}  # what the folder's file is, after its name
    found, by_jenis = _folder_warnings(
        missing, holding, (blank, set(templates), set(periods or ())), counted, said
    )
    found += [revision_warning(revised)] if revised else []
    if named is not None:
        named |= {**by_jenis, JENIS_REVISI: [name for name, _ in revised]}
    if notes is not None:
        notes |= revision_notes(revised)
    return [*found, _every_file(names, missing)] if names else found


def _grouped(
    files: Sequence[str],
    roots: Collection[str],
    holding: Collection[str],
    workbook_folders: Collection[str],
    blank: Collection[str] = (),
) -> tuple[dict[str, list[str]], dict[str, tuple[int, int] | None]]:
    """``files`` by the folder standing for their agency (:func:`_agency_folder`), and the count of the
    agencies' folders each such folder is among (named, all), None for none. ``blank``: of ``files``,
    an empty folder's or a photograph's (other_files_warnings)."""
    levels = _agency_levels(workbook_folders)
    # the period folders holding workbooks ("Kab Jember/2025/"): another beside them is another period's
    periods = {PurePath(f) for f in holding if PERIOD_FOLDER.match(PurePath(f).name)}
    # whether a folder given is one agency's, decided once per folder given, never per file (each
    # decision reads every workbook folder and file: 4.000 files in a province took minutes); by every
    # file, an empty folder's too ("02 Dinas Sosial/" beside "Unduhan WA/LKjIP Dinkes.xlsx"), but in a
    # folder named as an agency (`lkj-xl rekap "Dinas Kesehatan/"`, its workbook in its "TW II/") its
    # empty "Bidang Umum/" or one of photographs is its own, as before
    one_agency = functools.cache(
        lambda root: _one_agency(
            root,
            workbook_folders,
            [name for name in files if name not in blank] if agency_named(root.name) else files,
        )
    )
    grouped: dict[str, list[str]] = defaultdict(list)
    among: dict[str, tuple[int, int] | None] = {}
    decided: dict[str, tuple[str, tuple[int, int] | None]] = {}  # by the file's folder: its photos
    for name in files:
        parent = os.path.dirname(name)  # one decision per folder (an agency's 200 photos: one)
        if parent not in decided:
            decided[parent] = _agency_folder(
                PurePath(name), roots, holding, workbook_folders, one_agency, levels, periods
            )
        folder, level = decided[parent]
        grouped[folder].append(name)
        among[folder] = level
    return grouped, among


def _folder_warnings(
    missing: Mapping[str, list[str]],
    holding: Collection[str],
    kinds: tuple[Collection[str], Collection[str], Collection[str]],
    counted: Counted | None,
    said: Mapping[str, str],
) -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
    """The warnings on the folders ``missing`` (their files, of them ``kinds``: the blank ones, the
    templates, another period's), and the folders each names by its jenis: an agency's folder in
    :data:`JENIS_FOLDER`'s, a province's Pemda folder holding no workbook ("Kab Jember/": a Pemda, no
    agency) in core.rekap_pemda_kosong's, unless its agencies' folders are named. ``said``: what a file
    is, after its name."""
    blank, templates, periods = kinds
    pemdas = {
        folder: [name for name in files if not _blank(name)]
        for folder, files in missing.items()
        if pemda_folder(PurePath(folder), holding)
    }
    agencies = {folder: files for folder, files in missing.items() if folder not in pemdas}
    # a Pemda's folder whose agencies' folders are named (its cover letter beside them): each agency once
    below = {above for folder in agencies for above in PurePath(folder).parents}
    pemdas = {folder: files for folder, files in pemdas.items() if PurePath(folder) not in below}
    found = (
        [_missing_folders(agencies, blank, counted or {}, templates, said, periods, holding)]
        if agencies
        else []
    )
    found += [pemda_warning(pemdas, {**said, **dict.fromkeys(templates, BELUM_DIISI)})] if pemdas else []
    return found, {JENIS_FOLDER: list(agencies), **({JENIS_PEMDA: list(pemdas)} if pemdas else {})}


def _holding(workbook_folders: Collection[str]) -> set[str]:
    """The folders holding a workbook, or above one (the collection folder of the agencies' folders)."""
    return {
        str(above) for folder in workbook_folders for above in (PurePath(folder), *PurePath(folder).parents)
    }


def _unsent(among: Mapping[str, tuple[int, int] | None], holding: Collection[str]) -> Counter[PurePath]:
    """By their parent, the folders among agencies' (``among``) named as agencies but holding no
    workbook: beside the one agency's holding a workbook (the first to send) they tell as a second
    would ("02 Dinas Sosial/" beside "01 Dinas Kesehatan/")."""
    return Counter(
        PurePath(folder).parent
        for folder, level in among.items()
        if level is not None and folder not in holding and agency_named(PurePath(folder).name)
    )


def _an_agency(
    folder: str,
    files: Sequence[str],
    level: tuple[int, int] | None,
    blank: Collection[str],
    unsent: int = 0,
) -> bool:
    """``folder`` (holding ``files`` and no workbook) stands for an agency. Among agencies' folders
    named by their field only ("Perikanan/" beside "Kesehatan/", ``level``: few of them named) any
    folder may be an agency's; among two or more numbered or agency-named ones ("01 Dinas Kesehatan/",
    "Bappeda/"), most of them, only a folder numbered or named so is: "Materi Sosialisasi/", "LHE 2024/",
    "Undangan/" beside them are not, whatever they hold (their files stay named in :data:`JENIS`); a
    group's folders ("Kecamatan/Tempeh/") are agencies' whatever their names. Elsewhere cover letters and
    archives alone are no agency's ("Surat Masuk/", "Unduhan WA/"), but in a folder named as an agency
    its workbook is missing ("36 Dinas Tenaga Kerja/surat pengantar.pdf", "03 Diskominfo/",
    "19 Dinas Perikanan/LKjIP Perikanan.zip"). ``unsent``: its siblings named as agencies holding no
    workbook, which count toward the two ("01 Dinas Kesehatan/" the first to send, "02 Dinas Sosial/")."""
    named = agency_named(PurePath(folder).name)
    if level is not None:
        if 2 * level[0] <= level[1] or _GROUP_FOLDER.match(PurePath(folder).parent.name):
            return True  # a group's folder's member is an agency's (_member)
        if level[0] + unsent >= 2:  # two agencies' folders named so at least: one alone tells little
            # ... or one holding its report by name ("Perikanan/LKjIP Perikanan TW II.pdf")
            return named or any(map(_own_report, files))
    # a folder empty or of photographs (``blank``) as one of letters
    return named or not all(letter_named(name) or _archived(name) or name in blank for name in files)


# What an empty folder holds in ``grouped``: no file's name (each has a suffix), said "kosong".
_EMPTY = "(kosong)"


def _blank(name: str) -> bool:
    return PurePath(name).name == _EMPTY


_ARCHIVE_SUFFIXES = (".zip", *OTHER_ARCHIVE_SUFFIXES)


def _archived(name: str) -> bool:
    return name.lower().endswith(_ARCHIVE_SUFFIXES)


def _agency_levels(workbook_folders: Collection[str]) -> dict[PurePath, tuple[int, int]]:
    """Per folder, how many of its folders hold workbooks in them or anywhere below them, those named
    as agencies (:func:`agency_named`) first: (named, all). A period's folder ("01 Dinas Kesehatan/TW
    II/") is its agency's; neither it nor one named as no agency's ("Excel", "Final", "Bukti Dukung",
    :func:`no_agency`) counts: an agency's own subfolders are no agencies, so "kab" holding "01 Dinas
    Kesehatan/Excel/LKjIP.xlsx" and three more holds the agencies' folders, never "01 Dinas
    Kesehatan"."""
    below: dict[PurePath, set[PurePath]] = defaultdict(set)
    seen: set[PurePath] = set()
    for folder in map(PurePath, workbook_folders):
        while PERIOD_FOLDER.match(folder.name) and folder.parent != folder:
            folder = folder.parent
        while folder.parent != folder and folder not in seen:  # each folder up to the drive once
            seen.add(folder)
            if not no_agency(folder.name):
                below[folder.parent].add(folder)
            folder = folder.parent
    return {
        parent: (sum(1 for child in children if agency_named(child.name)), len(children))
        for parent, children in below.items()
        if children
    }


def _agency_folder(
    path: PurePath,
    roots: Collection[str],
    holding: Collection[str],
    workbook_folders: Collection[str],
    one_agency: Callable[[PurePath], bool],
    levels: Mapping[PurePath, tuple[int, int]] | None = None,
    periods: Collection[PurePath] = (),
) -> tuple[str, tuple[int, int] | None]:
    """The folder that stands for ``path``'s agency, at any depth under the folder given, and, when it
    is among the agencies' folders (its siblings hold workbooks), their count (``levels``: named, all):

    - the folder given itself for a file directly in it, or when it holds no workbook at all, or one
      directly, or only in its period folders or own subfolders (an agency's own folder given,
      `lkj-xl rekap */`);
    - else, of the folders holding ``path`` under the folder given, the one at the level of the most
      agencies' folders (``levels``, :func:`_agency_levels`: its siblings hold workbooks), the highest
      of equals: "07 Dinas Perikanan" of "kab/2025/TW II/07 Dinas Perikanan/x.zip" beside "kab/2025/TW
      II/01 Dinas Kesehatan/LKjIP.xlsx", or of a province's "TW II/Kab Lumajang/07 .../"; never an
      agency's own "PDF/" beside its "Excel/LKjIP.xlsx", nor its "Lampiran/Foto/" for a workbook in its
      "Lampiran/Data Puskesmas/", nor the Pemda's folder for a workbook left in it beside its agencies'
      folders;
    - else (no level holds an agency's folder) the first-level folder under the folder given."""
    under = [PurePath(root) for root in roots if PurePath(root) in path.parents]
    if not under:
        return str(path.parent), None
    root = max(under, key=lambda r: len(r.parts))
    rest = path.relative_to(root).parts
    level = levels or {}
    if (
        len(rest) == 1
        or str(root) not in holding
        # its own workbook in it, unless beside two agencies' folders or more ("Format LKjIP.xlsx"
        # left in the collection folder)
        or str(root) in workbook_folders
        and level.get(root, (0, 0))[1] < 2
        or one_agency(root)  # _one_agency
    ):
        return str(root), None
    folders = [root.joinpath(*rest[:depth]) for depth in range(1, len(rest))]
    best = max(folders, key=lambda folder: (*level.get(folder.parent, (0, 0)), -len(folder.parts)))
    if best.parent not in level:
        return str(folders[0]), None
    # a group's member ("Kecamatan/Kec C/" beside "Kecamatan/Kec A/", "Kec B/" holding workbooks): the
    # folder chosen holds its members' workbooks, never the one of ``path``
    for member in folders[folders.index(best) + 1 :]:
        if str(best) not in holding or not _member(member, level):
            break
        best = member
    inner = folders[folders.index(best) + 1 :]
    agency = in_pemda(inner, level, periods) if inner and pemda_standing(best, holding) else None
    return agency or (str(best), level[best.parent])


# A folder named by an agencies' kind alone, a group of them ("Kecamatan/", "05 Puskesmas/", "UPTD/", a
# province's "Cabang Dinas/"):
# each of its folders is an agency's, whatever its name ("Kecamatan/Tempeh/").
_GROUP_FOLDER = re.compile(
    r"[\W_]*(?:\d+[\W_]*)?(?:semua[\W_]+)?(?:kecamatan|kelurahan|desa|puskesmas|uptd?(?:[\W_]+puskesmas)?|rsud|"
    r"sekolah|bagian|unit[\W_]+kerja|cabang[\W_]+dinas|cabdin|kec|kel)[\W_]*$",
    re.IGNORECASE,
)


def _member(folder: PurePath, level: Mapping[PurePath, tuple[int, int]]) -> bool:
    """``folder`` is an agency's among its siblings holding workbooks: in a group's folder
    (:data:`_GROUP_FOLDER`) any but a period's or one named as no agency's; among siblings mostly named
    as agencies ("Sekretariat Daerah/Bagian Hukum/" beside "Bagian Organisasi/") one named by its kind
    too. An agency's own subfolders ("Renja/", "Bukti Dukung/", "TW II/") never are."""
    named, every = level.get(folder.parent, (0, 0))
    if not every or no_agency(folder.name):
        return False
    if _GROUP_FOLDER.match(folder.parent.name):
        return True
    # by its kind, not a number alone: an agency's "1. Renja/", "2. Renstra/" hold workbooks beside
    # its "3. Dokumen Pendukung/"
    return every >= 2 and 2 * named > every and bool(AGENCY_KINDS.match(folder.name))


def _one_agency(root: PurePath, workbook_folders: Collection[str], others: Sequence[str] = ()) -> bool:
    """``root`` (a folder given) is one agency's folder: its workbooks lie in its period folders or
    its own subfolders ("01 Dinas Kesehatan/TW II/", ".../Excel/", :func:`no_agency`), none in another agency's folder under it, and no other
    first-level folder of it holds a file (of ``others``: a document, an archive, an empty folder's "(kosong)") that may be a report or is named as an agency
    ("LKjIP 2025/13 Dinas Sosial/" beside "LKjIP 2025/TW II/"; its "Bukti Dukung/" may hold files)."""
    inside = [
        PurePath(folder)
        for folder in workbook_folders
        if PurePath(folder) == root or root in PurePath(folder).parents
    ]
    if not inside or not all(folder.parent == root and no_agency(folder.name) for folder in inside):
        return False
    for name in others:
        path = PurePath(name)
        rest = path.relative_to(root).parts if root in path.parents else ()
        other = len(rest) > 1 and not PERIOD_FOLDER.match(rest[0]) and not archive_folder(rest[0])
        if other and agency_named(rest[0]):
            return False
    return True


def _own_report(name: str) -> bool:
    """``name`` is named as an agency's LKjIP ("LKjIP Perikanan TW II.pdf", "Laporan Kinerja.docx"),
    not as the Bappeda's papers about it ("Juknis LKjIP.pdf", "Format LKjIP.pdf", :data:`NO_AGENCY`)."""
    stem = PurePath(name).stem
    words = " ".join(re.findall(r"[^\W_]+", stem.casefold()))
    return (
        any(word in words for word in ("lkj", "lakip", "laporan kinerja"))
        and not any(word in words for word in _EVERY_AGENCY_WORDS)
        and not letter_named(name)
        and not NO_AGENCY.match(stem)
    )


# Words of a file of every agency's reports ("LKjIP semua OPD.zip", "Kumpulan LKjIP.pdf"): no one's own.
_EVERY_AGENCY_WORDS = ("semua", "seluruh", "kumpulan", "gabungan", "rekap")


# Words of a report's file name ("LKjIP Dinas Koperasi TW II 2025.pdf", "Laporan Kinerja.docx").
_REPORT_WORDS = ("lkj", "lakip", "laporan", "kinerja", "sakip")


def _report(name: str) -> bool:
    stem = PurePath(name).stem.casefold()
    return not letter_named(name) and any(word in stem for word in _REPORT_WORDS)


def _missing_folders(
    missing: Mapping[str, list[str]],
    blank: Collection[str] = (),
    counted: Counted | None = None,
    templates: Collection[str] = (),
    said: Mapping[str, str] | None = None,
    periods: Collection[str] = (),
    holding: Collection[str] = (),
) -> tuple[str, str]:
    """The warning on the folders ``missing``; ``said``: what a file of them is, after its name (a workbook
    of another period, of ``periods``, or an earlier rekap's)."""
    said = said or {}
    zipped = any(name.lower().endswith(".zip") for files in missing.values() for name in files)
    by_words = counted_by_words(counted or {})  # once (a province's thousands of agencies)
    parts = []
    for folder, every in missing.items():
        files = [name for name in every if not _blank(name)]  # an empty subfolder beside them: not said
        # the blank template, then a workbook of another period, first: never cut
        files.sort(key=lambda name: (name not in templates, name not in periods))
        shown = ", ".join(
            str(PurePath(name).relative_to(folder))
            + (f": {BELUM_DIISI}" if name in templates else f": {said[name]}" if name in said else "")
            for name in files[:_NAMED_IN_FOLDER]
        )
        more = f" dan {len(files) - _NAMED_IN_FOLDER} berkas lain" if len(files) > _NAMED_IN_FOLDER else ""
        parts.append(f"{folder} ({shown or 'kosong'}{more}{counted_from(folder, by_words, holding)})")
    empty = any(all(_blank(name) for name in files) for files in missing.values())
    every = [name for files in missing.values() for name in files]
    other = any(
        name in blank and not _blank(name) and name not in templates and name not in periods for name in every
    )
    archived = any(name in periods for name in every)  # last quarter's workbook in the agency's archive
    sent = any(name in templates for name in every)  # an agency's blank template sent back unfilled
    kinds = [
        "dokumen",
        "arsip",
        *(["berkas lain"] if other else []),
        *(["buku kerja kosong (templat)"] if sent else []),
        *(["buku kerja periode lain di folder arsip"] if archived else []),
    ]
    held = f"{', '.join(kinds[:-1])} atau {kinds[-1]}"
    this = " periode ini" if archived else ""
    return (
        JENIS_FOLDER,
        f"{len(missing)} folder {'kosong atau ' if empty else ''}berisi {held} tetapi tidak "
        f"berisi buku kerja Excel (.xlsx/.xlsm){' yang terisi' if sent else ''}{this}: {'; '.join(parts)}. "
        "Bila folder itu milik perangkat daerah, perangkat daerah itu "
        f"tidak masuk peringkat, jumlah dan tabel{this}: minta buku kerja LKjIP-nya"
        + (" yang sudah diisi" if sent else "")
        + ", simpan di folder itu lalu rekap ulang."
        + (" Arsip ZIP tidak dibuka: bila berisi buku kerja itu, ekstrak ke folder itu." if zipped else "")
        + (_SHORTCUTS if _shortcut(name for files in missing.values() for name in files) else ""),
    )


def _shortcut(names: Iterable[str]) -> bool:
    return any(name.lower().endswith(SHORTCUT_SUFFIXES) for name in names)


def _every_file(names: Sequence[str], missing: dict[str, list[str]]) -> tuple[str, str]:
    named_apart = {name for files in missing.values() for name in files}

    def order(name: str) -> tuple[bool, bool, bool]:  # a file that may be a report first
        return name in named_apart, letter_named(name), not _report(name)

    ordered = sorted(names, key=order)
    # never cut before a file named as a report ("LKjIP Dinas Koperasi.pdf" in a bidang's folder)
    cut = max(_NAMED, sum(1 for name in names if name not in named_apart and _report(name)))
    shown = ", ".join(ordered[:cut]) + (f", dan {len(names) - cut} lainnya" if len(names) > cut else "")
    archives = any(name.lower().endswith(OTHER_ARCHIVE_SUFFIXES) for name in names)
    extract = (
        " Arsip .rar atau .7z tidak dibuka: ekstrak buku kerja di dalamnya ke folder lalu rekap ulang."
        if archives
        else ""
    )
    folders = (
        f" (folder tanpa buku kerja: lihat peringatan {JENIS_FOLDER})" if named_apart & set(names) else ""
    )
    return (
        JENIS,
        f"{len(names)} berkas di folder bukan buku kerja Excel (.xlsx/.xlsm) dan tidak direkap{folders}: "
        f"{shown}. Bila salah satunya laporan perangkat daerah (PDF atau Word) yang buku kerjanya tidak ada "
        "di folder, perangkat daerah itu tidak masuk peringkat, jumlah dan tabel: minta buku kerja "
        f"LKjIP-nya lalu rekap ulang.{extract}" + (_SHORTCUTS if _shortcut(names) else ""),
    )
