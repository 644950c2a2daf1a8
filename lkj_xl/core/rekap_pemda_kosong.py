"""A Pemda's folder of a province's collection holding no workbook at all (``Kab Jember/`` beside
``Kab Lumajang/`` and ``Kota Malang/``, made for its agencies' folders, still empty or holding only
documents): none of that Pemda's agencies has sent its workbook.

It was named as any agency's folder without a workbook, ``Bila folder itu milik perangkat daerah``,
counted on the log's last line as one agency: it is a Pemda, every agency of which is missing from
the ranking, the Jumlah lines and the tables. Its own warning says so. Here too what makes a folder a
province's Pemda folder, and whether a workbook lies in another Pemda's (a missing agency of Kab
Jember is never "counted from" Kota Malang's agency of its name). Pure."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from pathlib import PurePath

from lkj_xl.core.nama_periode import HALF_WORD, QUARTER_WORD, number_of
from lkj_xl.core.rekap_nama import name_words
from lkj_xl.core.rekap_nama_folder import PERIOD_FOLDER, PERIOD_NUMBER, agency_named, no_agency
from lkj_xl.core.rekap_singkatan import abbreviates

JENIS_PEMDA = "Pemerintah daerah tanpa buku kerja"
_NAMED_IN_FOLDER = 3  # files named per folder; more are counted

# A Pemda's folder of a province's collection ("Kab Jember", "Kota Malang", "Pemkab Jember").
PEMDA_FOLDER = re.compile(
    r"[\W_]*(?:\d+[\W_]*)?(?:kab|kabupaten|kota|pemkab|pemkot|pemerintah[\W_]+(?:kabupaten|kota))\b",
    re.IGNORECASE,
)


# ... named as a rekap's before the Pemda ("Rekap Kab Jember", "Hasil Rekap LKjIP Kota Malang"): a
# Pemda's folder all the same when beside the Pemda's (:func:`pemda_folder`), as "Kab Jember (rekap)" is;
# an earlier rekap in it is told by its content (agency_files.is_rekap_output, its manifest)
_REKAP_BEFORE = re.compile(
    r"[\W_]*(?:\d+[\W_]*)?(?:(?:hasil|data)[\W_]+)?rekap\w*[\W_]+(?:(?:lkj\w*|lakip)[\W_]+)?",
    re.IGNORECASE,
)


def pemda_named(name: str) -> bool:
    """``name`` is a Pemda's folder's: "Kab Jember", "Kota Malang (rekap)", "Rekap Kab Jember"."""
    before = _REKAP_BEFORE.match(name)
    return bool(PEMDA_FOLDER.match(name[before.end() :] if before else name))


def pemda_folder(folder: PurePath, holding: Collection[str]) -> bool:
    """``folder`` is a Pemda's beside other Pemda's folders holding workbooks (a province's collection,
    "Kab Jember/" beside "Kab Lumajang/", "Rekap Kab Jember/" too: :func:`pemda_named`): its agencies'
    folders in it are the agencies, never it."""
    return pemda_named(folder.name) and any(
        PurePath(other).parent == folder.parent and PEMDA_FOLDER.match(PurePath(other).name)
        for other in holding
    )


def pemda_standing(folder: PurePath, holding: Collection[str]) -> bool:
    """``folder`` stands for a Pemda of a province's collection: named so (:func:`pemda_folder`), or
    named without its kind ("Jember/" beside "Lumajang/" and "Malang/"), neither as an agency nor as no
    agency's, beside two folders or more named so too, each holding two agencies' folders or more,
    named so, that hold workbooks or files (``holding``: "Lumajang/01 Dinas Kesehatan/"); never beside
    an agency's folder holding its units' ("01 Dinas Kesehatan/Puskesmas A/")."""
    if pemda_folder(folder, holding):
        return True
    if agency_named(folder.name) or no_agency(folder.name):
        return False
    beside: Counter[PurePath] = Counter()
    for held in map(PurePath, holding):
        if held.parent.parent == folder.parent and held.parent != folder and agency_named(held.name):
            beside[held.parent] += 1
    pemdas = [above for above, count in beside.items() if count >= 2]
    return sum(1 for above in pemdas if not (agency_named(above.name) or no_agency(above.name))) >= 2


def in_pemda(
    inner: Sequence[PurePath],
    level: Mapping[PurePath, tuple[int, int]],
    held_periods: Collection[PurePath] = (),
) -> tuple[str, tuple[int, int] | None] | None:
    """Of the folders ``inner`` under a province's Pemda folder (:func:`pemda_standing`), down to a
    file's, the one standing for its agency, whatever workbook the Pemda's folder holds elsewhere ("Kab
    Jember/Unduhan WA/"), past its period folders ("Kab Jember/2025/TW III/02 Dinas Sosial/"): one
    named as an agency; or among its agencies' folders holding workbooks (``level``) any not named as
    no agency's ("Kab Jember/Sosial/" beside "Kab Jember/Kesehatan/LKjIP.xlsx"), with their count; or
    one named as an agency in a folder of them ("Kab Jember/OPD/02 Dinas Sosial/"); None for none (the
    Pemda's folder stands for it), or for a period folder holding no workbook beside one that holds
    them (``held_periods``: the period folders holding workbooks) naming another period, of no later
    year: "Kab Jember/2024/", last year's kept beside "Kab Jember/2025/", or "TW I/" beside "TW II/",
    holds no agency of this rekap ("2025/" beside "2024/" of last year's workbooks does, and "TW II
    Susulan/" beside "TW II/")."""
    rest = list(inner)
    while len(rest) > 1 and PERIOD_FOLDER.match(rest[0].name):
        if rest[0] not in held_periods and any(
            held.parent == rest[0].parent
            and _period(held.name) != _period(rest[0].name)
            and not _later(rest[0].name, held.name)
            for held in held_periods
        ):
            return None
        rest.pop(0)
    if agency_named(rest[0].name):
        return str(rest[0]), None
    among = level.get(rest[0].parent)
    if among is not None and not no_agency(rest[0].name):
        return str(rest[0]), among
    for at, folder in enumerate(rest):
        if agency_named(folder.name):
            return str(folder), None
        if no_agency(folder.name) and not PERIOD_FOLDER.match(folder.name) or at == 2:
            break  # "Unduhan WA/01 Dinas Sosial/" is no agency's folder; nor a deeper one
    return None


# The period a period folder's name (core.rekap_nama_folder.PERIOD_FOLDER) names: its quarter or
# semester and number ("TW III", "Triwulan 3", "Trw Ketiga"), or its year ("2025")
_PERIOD_NAMED = re.compile(
    rf"(?:(?P<tw>{QUARTER_WORD})|{HALF_WORD})[\W_]*(?P<n>{PERIOD_NUMBER})\b|(?P<year>(?:19|20)\d\d)\b"
)


def _period(name: str) -> tuple[str, str]:
    """("tw", "3") for "TW III", "Triwulan 3", "Trw ke-3", "TW III Susulan"; ("tahun", "2025") for
    "2025"; a number of no quarter as typed ("TW V": ("tw", "v"))."""
    found = _PERIOD_NAMED.search(name.casefold())
    if found is None:
        return "", name.casefold()
    if found.group("year"):
        return "tahun", found.group("year")
    number = number_of(found.group("n"))
    return "tw" if found.group("tw") else "semester", str(number) if number else found.group("n")


def _later(name: str, other: str) -> bool:
    """``name`` (a period folder's) names a later year than ``other``: "2025" than "2024"; False
    without a year in both ("TW II", "TW III": never told apart by their names)."""
    years = [re.search(r"(?:19|20)\d\d", text) for text in (name, other)]
    return bool(years[0] and years[1] and years[0].group() > years[1].group())


def other_pemda(folder: str | PurePath, berkas: str | PurePath, holding: Collection[str]) -> bool:
    """``berkas`` lies outside the province's Pemda folder that ``folder`` is in: another Pemda's
    agency, whatever its name ("Kota Malang/Dinkes/LKjIP.xlsx" is never "Kab Jember/01 Dinas
    Kesehatan/"'s workbook), or in a folder holding agencies' folders (two or more named so, holding
    workbooks) that ``folder`` is not in: a Pemda's named without its kind ("Lumajang/02 Dinas
    Sosial/LKjIP.xlsx" is never "Jember/02 Dinas Sosial/"'s). False outside a province's Pemda folder."""
    pemda = next((above for above in PurePath(folder).parents if pemda_folder(above, holding)), None)
    if pemda is not None:
        return pemda not in PurePath(berkas).parents
    mine = set(PurePath(folder).parents)
    apart = [above for above in PurePath(berkas).parents if above not in mine]
    return any(
        sum(1 for held in map(PurePath, holding) if held.parent == above and agency_named(held.name)) >= 2
        for above in apart[1:]  # the file's own folder is an agency's, never a Pemda's
    )


# The agencies counted: by name as shown, the file counted of each ({name: file}), or as pairs (name,
# file), which keep each Pemda's agency of one name (a province's Dinas Kesehatan of every Pemda)
Counted = Mapping[str, str] | Sequence[tuple[str, str]]


def counted_by_words(counted: Counted) -> dict[tuple[str, ...], list[tuple[str, str]]]:
    """``counted`` by the words of each agency's name (core.rekap_nama.name_words), for
    :func:`counted_from`."""
    found: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for name, berkas in counted.items() if isinstance(counted, Mapping) else counted:
        found.setdefault(tuple(name_words(name)), []).append((name, berkas))
    return found


def counted_from(
    folder: str, by_words: Mapping[tuple[str, ...], Sequence[tuple[str, str]]], holding: Collection[str]
) -> str:
    """The note "; Dinas Sosial direkap dari Unduhan WA/LKjIP Dinsos.xlsx" when ``folder`` (its number
    left out: "03. Dinas Sosial") is named as an agency counted (``by_words``: :func:`counted_by_words`)
    from a workbook outside it, never another Pemda's folder's (a province's: of the Dinas Kesehatan of
    every Pemda, the one of the Pemda's folder ``folder`` is in), nor one of another period's folder
    (:func:`_other_period`), else ""."""
    key = tuple(name_words(re.sub(r"^[\W_]*\d+[\W_]+", "", PurePath(folder).name)))
    found = by_words.get(key) or [
        pair for words in _abbreviated(key, tuple(by_words)) for pair in by_words[words]
    ]
    for name, berkas in found:
        if (
            PurePath(folder) not in PurePath(berkas).parents
            and not _other_period(PurePath(folder), PurePath(berkas))
            and not other_pemda(folder, berkas, holding)
        ):
            return f"; {name} direkap dari {berkas}"
    return ""


@functools.lru_cache(maxsize=1024)
def _abbreviated(key: tuple[str, ...], names: tuple[tuple[str, ...], ...]) -> list[tuple[str, ...]]:
    """Of ``names`` (the counted agencies' names' words), those a folder's name (``key``, its words)
    is the abbreviation of, or that abbreviate it (core.rekap_singkatan.abbreviates: "Dinsos/" of the
    Dinas Sosial, "02 Dinas Sosial/" of an agency typed "Dinsos"; never "Dinkes/" of the Dinas
    Kesehatan Hewan). Once per name and collection: a province's folders are named by the same few."""
    if len(key) == 1:
        return [words for words in names if abbreviates(key[0], words)]
    return [words for words in names if len(words) == 1 and abbreviates(words[0], key)]


def _other_period(folder: PurePath, berkas: PurePath) -> bool:
    """``berkas`` lies in a period folder beside the folders ``folder`` is in (the highest folder of its
    path not above ``folder``): "2024/02 Dinas Sosial/LKjIP.xlsx" is last year's, never "02 Dinas
    Sosial/"'s, nor "TW II/Unduhan WA/LKjIP.xlsx" "TW I/02 Dinas Sosial/"'s."""
    mine = {folder, *folder.parents}
    apart = [above for above in berkas.parents if above not in mine]
    return bool(apart) and bool(PERIOD_FOLDER.match(apart[-1].name))


def pemda_warning(
    folders: Mapping[str, Sequence[str]], said: Mapping[str, str] | None = None
) -> tuple[str, str]:
    """(jenis, pesan) naming each Pemda's folder of ``folders`` (folder -> the files in it, none for an
    empty one) with what it holds, and what the Bappeda does; ``said``: what a file is, after its name
    (an earlier rekap the Pemda sent instead of its agencies' workbooks, core.rekap_hasil_lama)."""
    said = said or {}
    parts = []
    for folder, files in folders.items():
        shown = ", ".join(
            str(PurePath(name).relative_to(folder)) + (f": {said[name]}" if name in said else "")
            for name in files[:_NAMED_IN_FOLDER]
        )
        more = f" dan {len(files) - _NAMED_IN_FOLDER} berkas lain" if len(files) > _NAMED_IN_FOLDER else ""
        parts.append(f"{folder} ({shown or 'kosong'}{more})")
    return (
        JENIS_PEMDA,
        f"{len(folders)} folder pemerintah daerah tidak berisi buku kerja Excel (.xlsx/.xlsm) satu pun "
        f"perangkat daerahnya: {'; '.join(parts)}. Belum ada perangkat daerah pemerintah daerah itu yang "
        "mengirim buku kerja LKjIP, sehingga tidak satu pun masuk peringkat, jumlah dan tabel: minta buku "
        "kerja LKjIP setiap perangkat daerahnya, simpan di folder pemerintah daerah itu (satu folder per "
        "perangkat daerah, seperti di folder pemerintah daerah lain) lalu rekap ulang.",
    )
