"""A file read as one agency's whose name names another agency: the Dinas Perikanan filled in a copy of
the Dinas Peternakan's workbook, forgot to change Perangkat Daerah in Pengaturan and sent it as "LKjIP
Diskan SMT I.xlsx" beside the Peternakan's own "LKjIP Disnak SMT I.xlsx". Both read as the Dinas
Peternakan's, the one saved last counted: the Perikanan's figures in the Peternakan's row.

core.rekap_ganda counts the file named for the agency over one named for another, whatever their dates,
and says so. Only an abbreviation listed whole (core.rekap_berkas_lain.AGENCY_ABBREVIATIONS: "Diskan")
names another agency, alone among the file's own words and never one of two agencies
(core.rekap_singkatan.ambiguous), and only when the agency's own name holds none of the words it stands
for (:data:`SUBJECTS`: "Diskan" is the Dinas Perikanan's own, its revision "LKjIP Diskan revisi.xlsx"
chosen by its dates, though core.rekap_singkatan.abbreviates does not spell it); a name not read
("Disnakkeswan") leaves the dates to choose.

An agency's folder counts as the file's name does (:class:`Folders`): "19 Dinas Perikanan/LKjIP TW
II.xlsx" beside "18 Dinas Peternakan/LKjIP TW II.xlsx", both typing Dinas Peternakan, as the Bappeda's
collections are laid out. The nearest folder named as an agency (core.rekap_berkas_lain.agency_named,
its number "18 ", "18. ", "18_" set aside) past its own subfolders named as no agency's ("Final",
"Excel"), below the folder holding every file read; never a folder holding several agencies' files (a
collection's, or an agency's gathering its UPTDs'), but between one agency's files: there a folder
named as an agency holding a file whose name names that agency ("19 Dinas Perikanan/LKjIP Perikanan
TW II.xlsx") is that agency's for a file beside it whose name does not ("LKjIP TW II.xlsx" typing
Dinas Peternakan, the Perikanan's copy of the Peternakan's workbook). Pure."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from lkj_xl.core.rekap_berkas_lain import AGENCY_ABBREVIATIONS, agency_named, no_agency
from lkj_xl.core.rekap_nama import name_words
from lkj_xl.core.rekap_revisi import draft_folder, final_folder, shown_name
from lkj_xl.core.rekap_singkatan import (
    abbreviates,
    abbreviates_run,
    alone_in,
    ambiguous,
    held_name,
    irregular,
    name_starts,
)
from lkj_xl.core.rekap_templat_kiriman import abbreviations_in, names_agency

# An abbreviation listed, the word whole ("Diskan"; not "Disnakkeswan", "Dinkesos")
_LISTED = re.compile(rf"(?<![^\W\d_])(?:{AGENCY_ABBREVIATIONS})(?![^\W_])", re.IGNORECASE)


# Abbreviations of one agency before and after a rename or a merger ("Bappeda", now the Bapperida; the
# BPKAD, now the BKAD): the old one names no other agency
_RENAMED = (
    frozenset({"bappeda", "bapeda", "bapperida", "bappelitbangda"}),
    frozenset({"bpkad", "bkad", "bpkd", "bpkpd", "bpkpad", "bppkad", "bakeuda"}),
    frozenset({"disperindag", "diskoperindag", "disdagperin"}),
    frozenset({"dispar", "disparbud", "disbudpar"}),
    frozenset({"disdik", "dindik", "dispendik", "disdikbud", "dindikbud"}),
    frozenset({"disperkim", "dprkp", "dpkp"}),
)  # never two agencies a Pemda may have both of (the BPKAD and the Bapenda, Bappeda and BRIDA, Diskop and Disperindag)


# The words each abbreviation listed stands for, any one of which, in the agency's own name, makes it that
# agency's abbreviation: "Diskan" of the Dinas Perikanan (which core.rekap_singkatan does not spell), of
# the Dinas Peternakan dan Perikanan; "Satpol" of the Satuan Polisi Pamong Praja; "DP3A" of the DP3AP2KB.
# Matched within the name's words run together ("kearsipan" holds "arsip"). An abbreviation without its
# words here names no other agency: the dates choose, as before any name was read.
SUBJECTS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("dinkes", "diskes"), ("kesehatan",)),
    **dict.fromkeys(
        ("disdik", "dispendik", "dindik", "disdikbud", "dindikbud"), ("pendidikan", "kebudayaan")
    ),
    "dinsos": ("sosial",),
    **dict.fromkeys(("diskominfo", "kominfo"), ("komunikasi", "informatika", "kominfo")),
    "disnaker": ("tenaga", "naker"),
    **dict.fromkeys(
        ("dispendukcapil", "disdukcapil", "dukcapil"), ("kependudukan", "capil", "pencatatansipil")
    ),
    "disperindag": ("perindustrian", "perdagangan", "industri", "dagang"),
    **dict.fromkeys(("disperkim", "dprkp", "dpkp"), ("perumahan", "permukiman", "perkim")),
    "dishub": ("perhubungan",),
    "dispora": ("pemuda", "olahraga"),
    **dict.fromkeys(("disbudpar", "disparbud", "dispar"), ("pariwisata", "kebudayaan")),
    **dict.fromkeys(("disperta", "distan"), ("pertanian", "tanamanpangan")),
    "diskop": ("koperasi",),
    **dict.fromkeys(("disperpusip", "dispusip"), ("perpustakaan", "arsip")),
    **dict.fromkeys(("dpupr", "pupr", "dpu"), ("pekerjaanumum", "pupr", "penataanruang")),
    "dlh": ("lingkungan",),
    "dpmd": ("masyarakat",),
    "dpmptsp": ("penanamanmodal", "terpadu", "perizinan"),
    "dp3a": ("perempuan", "perlindungananak", "p3a"),
    "dppkb": ("penduduk", "keluargaberencana", "kb"),
    **dict.fromkeys(("bappeda", "bapeda"), ("perencanaan",)),
    **dict.fromkeys(("bapenda", "bpprd"), ("pendapatan", "pajak", "retribusi")),
    **dict.fromkeys(
        ("bpkad", "bpkd", "bppkad", "bpkpad", "bakeuda", "bpkpd"), ("keuangan", "aset", "pendapatan")
    ),
    **dict.fromkeys(("bkpsdm", "bkpp"), ("kepegawaian", "sumberdaya", "sdm", "aparatur")),
    "bpbd": ("bencana",),
    "satpol": ("polisi", "pamong"),
    **dict.fromkeys(("kesbangpol", "bakesbangpol"), ("kesatuanbangsa", "kesbang", "politik")),
    **dict.fromkeys(("setwan", "sekwan", "setdprd"), ("dprd", "dewan", "perwakilan")),
    **dict.fromkeys(("setda", "sekda"), ("sekretariat",)),
    "damkar": ("pemadam", "kebakaran"),
    **dict.fromkeys(
        ("bapperida", "brida", "bappelitbangda", "balitbangda"),
        ("perencanaan", "riset", "inovasi", "penelitian", "litbang"),
    ),
    "diskan": ("perikanan", "kelautan"),
    "disnak": ("peternakan", "ternak", "kesehatanhewan"),
    "disbun": ("perkebunan",),
    "dispertaru": ("pertanahan", "tataruang"),
}


def _own_subject(token: str, owns: Sequence[Sequence[str]]) -> bool:
    """The agency's name (``owns``) holds a word ``token`` stands for (:data:`SUBJECTS`), or ``token``
    stands for none known."""
    subjects = SUBJECTS.get(token)
    return subjects is None or any(subject in "".join(own) for subject in subjects for own in owns)


def _renamed(token: str, owns: Sequence[Sequence[str]]) -> bool:
    """``token`` and an abbreviation of the agency's name (``owns``) are one agency's before and after
    a rename (:data:`_RENAMED`)."""
    return any(
        token in names and any(abbreviates(name, own) for name in names for own in owns) for names in _RENAMED
    )


def _stem(row: Mapping[str, Any]) -> str:
    return PurePath(str(row.get("berkas") or "")).stem


def _owns(row: Mapping[str, Any], key: Sequence[str]) -> list[list[str]]:
    """The names of the row's agency: as its Pengaturan shows it without a revision's mark
    (core.rekap_revisi.shown_name: "Dinas Kesehatan" of "Dinas Kesehatan Revisi per 30 Juni 2025"), its
    name's starts (core.rekap_singkatan.name_starts) and its words as the rekap joins agencies (``key``)."""
    typed = " ".join(str(shown_name(row.get("perangkat_daerah") or "")).split())
    return [name_words(typed), *name_starts(typed), list(key)]


@dataclass(frozen=True)
class Folders:
    """Of every file read: the folder holding them all (``common``; None when none) and the folders
    below it holding files of several agencies (``mixed``): neither is one agency's folder; of those
    named as an agency, the files below them whose names name it (``told``, :func:`_names_folder`)."""

    common: PurePath | None = None
    mixed: frozenset[PurePath] = frozenset()
    told: Mapping[PurePath, tuple[str, ...]] = field(default_factory=dict)


def folders_of(rows: Sequence[Mapping[str, Any]]) -> Folders:
    """:class:`Folders` of ``rows`` (every file read)."""
    parents = [PurePath(str(row.get("berkas") or "")).parent for row in rows]
    if not parents:
        return Folders()
    common = parents[0]
    for parent in parents[1:]:
        while common != parent and common not in parent.parents and common != common.parent:
            common = common.parent
    agencies: dict[PurePath, set[str]] = {}
    for row, parent in zip(rows, parents):
        agency = " ".join(name_words(shown_name(row.get("perangkat_daerah") or "")))
        for folder in (parent, *parent.parents):
            if folder == common or common not in folder.parents:
                break
            agencies.setdefault(folder, set()).add(agency)
    mixed = frozenset(folder for folder, held in agencies.items() if len(held) > 1)
    told = {
        folder: named
        for folder in mixed
        if agency_named(folder.name) and not no_agency(folder.name)
        if (named := tuple(str(row.get("berkas")) for row in rows if _told(row, folder)))
    }
    return Folders(common, mixed, told)


def _told(row: Mapping[str, Any], folder: PurePath) -> bool:
    path = PurePath(str(row.get("berkas") or ""))
    return folder in path.parents and _names_folder(path.stem, folder.name)


def _names_folder(stem: str, folder: str) -> bool:
    """A file's name (``stem``) names the agency its folder's name names: whole or by an abbreviation
    (:func:`_names`), by the folder's words past its kind ("LKjIP Perikanan" in "19 Dinas Perikanan"),
    or by a listed abbreviation standing for them either way ("LKjIP Diskan" there, "LKjIP Perikanan"
    in "19 Diskan": :data:`SUBJECTS`)."""
    text = _NUMBER.sub("", folder)
    words, stem_words = name_words(text), name_words(stem)
    subjects = [word for word in words if word not in _KIND_WORDS and not word.isdigit()]
    if not subjects:
        return False
    if _names(stem, [words]) or all(word in stem_words for word in subjects):
        return True
    pairs = ((_LISTED.findall(stem), "".join(words)), (_LISTED.findall(text), "".join(stem_words)))
    return any(
        subject in joined
        for found, joined in pairs
        for token in found
        for subject in SUBJECTS.get(token.casefold(), ())
    )


def _agency_folders(row: Mapping[str, Any], folders: Folders | None, told: bool = False) -> list[str]:
    """The names of the folders named as agencies holding the row's file, nearest first (see the
    module's docstring), past the agency's own subfolders named as no agency's, a draft's or a final
    version's ("Final", "02_Konsep", "Excel"); none above a folder named otherwise ("Laporan Pak Budi").
    ``told``: between one agency's files, also a folder of several agencies' whose agency another
    file's name names while the row's does not (:func:`_teller`)."""
    found: list[str] = []
    if folders is None or folders.common is None:
        return found
    for folder in PurePath(str(row.get("berkas") or "")).parents:
        if folder in folders.mixed and told and _teller(row, folder, folders):
            found.append(folder.name)
            break
        if folder == folders.common or folders.common not in folder.parents or folder in folders.mixed:
            break
        if no_agency(folder.name) or draft_folder(folder.name) or final_folder(folder.name):
            continue
        if not agency_named(folder.name):
            break
        found.append(folder.name)
    return found


# Words of a unit's name ("UPTD Puskeswan", "UPT Puskesmas Tempeh", "Kelurahan Jogotrunan", "Bagian
# Hukum"): its parent agency gathers its workbook in its own folder, which is then no other agency's for it.
_UNIT_WORDS = frozenset({
    "upt", "uptd", "unit", "puskesmas", "puskeswan", "kelurahan", "desa", "rsud", "sekolah", "sd", "sdn",
    "smp", "smpn", "sma", "sman", "smk", "smkn", "bagian", "bidang", "seksi", "cabang",
})  # fmt: skip


def _teller(row: Mapping[str, Any], folder: PurePath, folders: Folders) -> str:
    """The file beside the row's in ``folder`` (one of several agencies' files) whose name names the
    folder's agency when the row's does not: it tells the folder is that agency's; "". Never for a row
    whose name names its own agency, nor of a unit (:data:`_UNIT_WORDS`): a Dinas gathering its UPTD's
    workbook beside its own is not the UPTD's copy of the Dinas's."""
    if folder == folders.common or _told(row, folder):
        return ""
    owns = [own for own in _owns(row, ()) if own]
    if not owns or _names(_stem(row), owns) or _UNIT_WORDS.intersection(owns[0]):
        return ""
    return next((berkas for berkas in folders.told.get(folder, ()) if berkas != row.get("berkas")), "")


def _names(name: str, owns: Sequence[Sequence[str]]) -> bool:
    """A file's or folder's ``name`` names the agency (``owns``), whole or by an abbreviation."""
    text = _NUMBER.sub("", name)
    return any(names_agency(own, abbreviations_in(text), name_words(text)) for own in owns)


# An agency folder's number ("18 ", "18. ", "18_") and the words of an agency's kind, no subject of its own
_NUMBER = re.compile(r"^[\W_]*\d+[\W_]*")
_KIND_WORDS = frozenset({
    "dinas", "badan", "kantor", "sekretariat", "satuan", "bagian", "bidang", "seksi", "cabang", "unit", "upt",
    "uptd", "dan",
    "daerah", "kabupaten", "kota", "provinsi", "pemerintah", "kab", "kec", "kecamatan", "kelurahan",
})  # fmt: skip


def _folder_other(name: str, owns: Sequence[Sequence[str]]) -> bool:
    """The agency folder's ``name`` names another agency than the row's (``owns``): a listed abbreviation
    of another (:func:`_listed_other`), or a name holding none of the agency's own name's words
    ("19 Dinas Perikanan" of the Dinas Peternakan; never of the Dinas Peternakan dan Perikanan)."""
    text = _NUMBER.sub("", name)
    words = name_words(text)
    if _listed_other(text, owns):
        return True
    if _LISTED.search(text) or _names(text, owns):
        return False  # its own abbreviation ("18 Disnak") or name
    if len(owns[0]) < 2:  # an agency typed by an abbreviation ("DKP"): its words are not known
        return False
    subjects = [word for word in words if word not in _KIND_WORDS and not word.isdigit()]
    joined = ["".join(own) for own in owns]
    return bool(subjects) and not any(word in own for word in subjects for own in joined)


def _names_own(row: Mapping[str, Any], key: Sequence[str], folders: Folders | None = None) -> bool:
    """The row's file's name, or a folder of an agency holding it (:func:`_agency_folders`, between one
    agency's files), names the agency its Pengaturan names (:func:`_owns`), whole or by an abbreviation
    (core.rekap_templat_kiriman.names_agency)."""
    owns = _owns(row, key)
    return any(_names(name, owns) for name in (_stem(row), *_agency_folders(row, folders, told=True)))


def _listed_other(text: str, owns: Sequence[Sequence[str]]) -> str:
    """The abbreviation of another agency ``text`` holds, as typed ("Diskan"); ""."""
    words = name_words(text)
    for found in _LISTED.findall(text):
        token = found.casefold()
        if ambiguous(token) or not alone_in(token, words):
            continue
        if not (
            any(token in own or abbreviates(token, own) for own in owns)
            or _renamed(token, owns)
            or _own_subject(token, owns)
        ):
            return found
    return ""


# The kinds a file's name holding an agency's full name begins it with ("LKjIP Dinas Pemberdayaan
# Masyarakat dan Desa TW II"): never a unit's (a Dinas gathers its UPTD's workbook under the UPTD's name)
_FULL_KINDS = frozenset({"dinas", "badan", "inspektorat", "sekretariat", "satuan", "kantor"})
_SUBJECT_LEAST = 4  # shorter words may be abbreviations ("Dinas PU"): never another agency's by themselves


_MISSPELT = 0.8  # difflib's ratio of a word and one misspelt ("kesehtan", "kesehatan": 0,94; "pertanian", "pertanahan" 0,84)


def _misspelt(word: str, own: str) -> bool:
    """``word`` may be ``own`` misspelt (a letter left out, swapped or wrong): never two agencies' words
    ("pemberdayaan", "pembangunan": 0,52; "perikanan", "peternakan": 0,63); a miss only leaves the dates to
    choose, as before a file's name was read."""
    return difflib.SequenceMatcher(None, word, own).ratio() >= _MISSPELT


def _unit(*names: Sequence[str]) -> bool:
    """One of ``names`` (words) is a unit's (:data:`_UNIT_WORDS`), never by a word after "dan" (the Dinas
    Pemberdayaan Masyarakat dan Desa's own)."""
    return any(
        word in _UNIT_WORDS and not (at and words[at - 1] == "dan")
        for words in names
        for at, word in enumerate(words)
    )


# A word of an agency's name as typed that may stand for several of its words: a digit or no vowel in it
# ("P3A", "PP", "DPRD", "PTSP"), in capitals in a name typed otherwise ("PUPR"), or a listed abbreviation
_SHORT_TYPED = re.compile(r"[^\W_]*\d[^\W_]*|[^\W\d_aeiouAEIOU]+")
_LISTED_WORD = re.compile(rf"(?:{AGENCY_ABBREVIATIONS})", re.IGNORECASE)


def _typed_short(typed: str) -> bool:
    """The agency's name as its Pengaturan types it (``typed``) holds an abbreviation ("Satpol PP",
    "Dinas PUPR", "Sekretariat DPRD", "Dinsos P3A", "Dinas Perkim"): the words it stands for are not
    known, so no full name in a file's name can be told another agency's by them."""
    tokens = re.findall(r"[^\W_]+", typed)
    mixed = any(token != token.upper() for token in tokens)
    return any(
        _SHORT_TYPED.fullmatch(token)
        or (mixed and len(token) > 1 and token.isupper())
        or _LISTED_WORD.fullmatch(token)
        or irregular(token)
        for token in tokens
    )


def _one_subject(word: str, whole: str) -> bool:
    """``word`` and a word of the agency's name run together (``whole``) are what one abbreviation
    stands for (:data:`SUBJECTS`): "pertanian" of the Dinas Tanaman Pangan (Disperta), "pajak" of the
    Badan Pendapatan (Bapenda), "perizinan" of the Dinas Penanaman Modal (DPMPTSP): staff's name for it."""
    return any(word in found and any(subject in whole for subject in found) for found in SUBJECTS.values())


def _full_other(stem: str, owns: Sequence[Sequence[str]]) -> str:
    """The agency's name a file's name (``stem``) holds in full, as typed, when it is another's than the
    row's (``owns``): between the file's own words (core.rekap_singkatan.held_name), beginning with an
    agency's kind (:data:`_FULL_KINDS`), none of its words of its own (four letters at least) related to
    the agency's name: no part of it, holding none of its words nor abbreviating a run of them nor
    standing with one of them for one abbreviation (:func:`_one_subject`)
    ("Dinas Pemberdayaan Masyarakat dan Desa" of the Dinas Sosial; never "Dinas Perkim" of the Dinas
    Perumahan dan Kawasan Permukiman, "Dinas Kesehatan" of the Dinas Kesehatan, Pengendalian Penduduk
    dan Keluarga Berencana); "" otherwise, and for an agency typed by one word or a unit's name in either
    (its words unknown; a unit's parent's name its file's, or a unit's writing its agency's report:
    "Sekretariat Daerah Bagian Organisasi")."""
    typed = [
        (token, words[0]) for token in re.findall(r"[^\W_]+", stem) if len(words := name_words(token)) == 1
    ]
    start, end = held_name([word for _, word in typed])
    name = typed[start:end]
    if not name or name[0][1] not in _FULL_KINDS or len(owns[0]) < 2 or _unit([w for _, w in name], owns[0]):
        return ""
    subjects = [word for _, word in name if word not in _KIND_WORDS and not word.isdigit()]
    if len(subjects) < 1 or any(len(word) < _SUBJECT_LEAST for word in subjects) or _names(stem, owns):
        return ""
    joined = ["".join(own) for own in owns]
    related = any(
        word in whole
        or any(len(part) >= _SUBJECT_LEAST and (part in word or _misspelt(word, part)) for part in own)
        or abbreviates_run(word, own)
        or _one_subject(word, whole)
        for word in subjects
        for own, whole in zip(owns, joined)
    )
    return "" if related else " ".join(token for token, _ in name)


def _other(
    row: Mapping[str, Any], key: Sequence[str], folders: Folders | None = None, told: bool = False
) -> str:
    """What names another agency than the row's (Bahasa Indonesia): its file's name by an abbreviation
    ("namanya menyebut perangkat daerah lain (Diskan)") or its agency's folder ("foldernya (19 Dinas
    Perikanan) menyebut perangkat daerah lain", with the file beside it whose name said so when the
    folder holds several agencies' files: ``told``, between one agency's files); ""."""
    owns = _owns(row, key)
    typed = str(shown_name(row.get("perangkat_daerah") or ""))
    full = "" if _typed_short(typed) else _full_other(_stem(row), owns)
    if token := _listed_other(_stem(row), owns) or full:
        return f"namanya menyebut perangkat daerah lain ({token})"
    named = _agency_folders(row, folders, told)
    if named and _folder_other(named[0], owns) and not any(_names(name, owns) for name in named):
        parent = next(folder for folder in PurePath(str(row["berkas"])).parents if folder.name == named[0])
        teller = _teller(row, parent, folders) if folders is not None and parent in folders.mixed else ""
        beside = f", seperti nama berkas {teller} di folder itu" if teller else ""
        return f"foldernya ({named[0]}) menyebut perangkat daerah lain{beside}"
    return ""


def named_for_another(
    group: Sequence[Mapping[str, Any]], key: Sequence[str], folders: Folders | None = None
) -> dict[int, str]:
    """The rows of ``group`` (one agency and period, ``key`` its name's words as the rekap joins
    agencies) whose file's name or agency's folder (``folders``: :func:`folders_of` every file read)
    names another agency (by id: :func:`_other`'s words), when another row's names this agency; {}
    otherwise."""
    others = {id(row): other for row in group if (other := _other(row, key, folders, told=True))}
    if others and any(id(row) not in others and _names_own(row, key, folders) for row in group):
        return others
    return {}


def own_note(row: Mapping[str, Any], key: Sequence[str], agency: str, folders: Folders | None) -> str:
    """Why the one file left of a group named for another agency counts (Bahasa Indonesia)."""
    owns = _owns(row, key)
    folder = next((name for name in _agency_folders(row, folders, told=True) if _names(name, owns)), "")
    if _names(_stem(row), owns) or not folder:
        return f"namanya menyebut {agency}"
    return f"foldernya ({folder}) menyebut {agency}"


def another_note(row: Mapping[str, Any], other: str, agency: str) -> str:
    """Why the file of ``row`` does not count (Bahasa Indonesia), ``other`` saying what names another
    agency (:func:`_other`)."""
    return (
        f"{row['berkas']} {other} padahal Perangkat Daerah di sheet "
        f"Pengaturan-nya {agency}: bila itu buku kerja perangkat daerah lain yang disalin tanpa mengganti "
        "Perangkat Daerah, minta perangkat daerah itu membetulkan sheet Pengaturan lalu rekap ulang"
    )


# The warning over the files counted whose name names another agency (core.rekap_peringatan.warnings)
JENIS_ASING = "Nama berkas menyebut perangkat daerah lain"


def named_for_another_warnings(
    counted: Sequence[Mapping[str, Any]], folders: Folders | None = None
) -> list[tuple[str, str]]:
    """One warning (jenis, pesan) naming each file counted whose name names another agency (:func:`_other`):
    the Dinas Perikanan's copy of the Peternakan's workbook, the Peternakan having sent nothing, counts
    as the Peternakan's (nothing else tells), the Perikanan in no row; [] when none."""
    found = []
    for row in counted:
        agency = " ".join(str(shown_name(row.get("perangkat_daerah") or "")).split())
        key = name_words(agency)
        if agency and (other := _other(row, key, folders)):
            found.append(
                f"{row['berkas']} dihitung sebagai {agency} (Perangkat Daerah di sheet Pengaturan-nya), "
                f"padahal {other}"
            )
    if not found:
        return []
    return [
        (
            JENIS_ASING,
            "; ".join(found)
            + ". Bila berkas itu buku kerja perangkat daerah lain yang disalin tanpa mengganti "
            "Perangkat Daerah, angkanya bukan angka perangkat daerah yang tertulis: minta perangkat daerah "
            "itu membetulkan sheet Pengaturan lalu rekap ulang.",
        )
    ]
