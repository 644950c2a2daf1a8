"""The same agency in more than one file of one period (a file sent again: "Dinkes.xlsx", then
"Dinkes (revisi).xlsx"): which one the rekap counts, and what it says about the others. Pure.

Counting both put the agency twice into the ranking and into every total an analyst takes over the
rekap (kriteria counts, pagu and realisasi summed over the agencies, pivot tables over every
indicator). One file counts: the one saved last by the workbook's own date (``disimpan``: the
package's last-saved time, which Excel writes on every save and which travels with the file through
e-mail and USB sticks, unlike the file's own time on disk); when the workbooks do not tell (a date
missing or the same), the file changed last on disk (``diubah``); when neither tells, the last in
file order. Every other file is listed in Pemeriksaan as not counted, naming the one that is.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from lkj_xl.core import contract as c
from lkj_xl.core.dates import tanggal_indonesia
from lkj_xl.core.pemda_kembar import PROVINSI_NAMES, TWIN_NAMES, provinsi_words
from lkj_xl.core.rekap_berkas_asing import Folders, another_note, folders_of, named_for_another, own_note
from lkj_xl.core.rekap_jenis_laporan import kind, longer_note, longest, semester, tahunan
from lkj_xl.core.rekap_nama import PUNCTUATION, name_words
from lkj_xl.core.rekap_revisi import (
    CACHED_NAME,
    against_marks,
    final_folders,
    in_draft_folder,
    one_content,
    prefer_revised,
    shown_name,
    untold_by_disk,
    without_revision,
    without_revision_words,
)
from lkj_xl.core.rekap_tahun_nama import joined_names, year_joined, year_less
from lkj_xl.core.rekap_tanpa_jenis import joined_keys, kinded_of

# Pemeriksaan's status of a file not counted because another file of the same agency and period is.
GANDA = "tidak dihitung: ganda"


def period_of(row: Mapping[str, Any]) -> tuple[Any, Any]:
    return (row.get("tahun"), row.get("triwulan"))


def period_text(period: tuple[Any, Any], rows: Iterable[Mapping[str, Any]] = ()) -> str:
    """ "Triwulan II Tahun 2025"; "Tahun 2025" when every one of ``rows`` of that period is a Laporan
    Tahunan (:func:`tahunan`), "Semester I Tahun 2025" when every one is of the half year
    (:func:`semester`), as the agencies' own reports name it. Some of the half year and some of its
    last quarter: one period (the same figures, s.d. Triwulan II), "Semester I / Triwulan II Tahun 2025"."""
    tahun, triwulan = period
    same = [row for row in rows if period_of(row) == period]
    halves = [semester(row) for row in same]
    half = triwulan // 2 if any(halves) else None
    # beside the half year, the others' name: "Semester II / Tahun 2025" when they are all annual
    others = [row for row, is_half in zip(same, halves, strict=True) if not is_half]
    text = c.triwulan_tahun(
        triwulan,
        tahun,
        tahunan=bool(others) and all(map(tahunan, others)),
        semester=half if all(halves) else None,
    )
    return f"{c.triwulan_tahun(triwulan, None, semester=half)} / {text}" if half and not all(halves) else text


def who(row: dict[str, Any]) -> str:
    name = row["perangkat_daerah"] or "(tanpa nama)"
    return f"{name} ({row['berkas']})"


# The kinds of Pemda a name says before the Pemda's own name ("Kabupaten Lumajang"), with "Pemerintah".
_PEMDA_KINDS = ("kabupaten", "kota", "provinsi")


def pemda_words(name: object) -> list[str]:
    """:func:`_pemda_words`; a name typed as text worked out once (asked of each agency's Pemda some ten
    times in a rekap's parent pass), a new list each time (callers may change it)."""
    cached = type(name) is str and len(name) <= CACHED_NAME  # a pasted paragraph: not kept (shown_name)
    return list(_text_pemda_words(name)) if cached else _pemda_words(name)


@functools.lru_cache(maxsize=4096)
def _text_pemda_words(name: str) -> tuple[str, ...]:
    return tuple(_pemda_words(name))


def _pemda_words(name: object) -> list[str]:
    """The words of a Pemerintah Daerah's name as the rekap compares them (:func:`name_words`), without a
    leading "Pemerintah" or "Pemerintah Daerah": "Pemerintah Kabupaten Lumajang", "Pemkab Lumajang"
    and "Kab. Lumajang" are all "kabupaten lumajang"; a Provinsi named by its status is "provinsi" and
    its name ("Daerah Istimewa Yogyakarta", "Provinsi DIY": "provinsi yogyakarta", pemda_kembar)."""
    # "Kabupaten Lumajang (Revisi)", "Revisi Kabupaten Lumajang"
    words = without_revision_words(name_words(without_revision(name)))
    if words[:1] == ["pemerintah"]:
        words = words[1:]
        if words[:1] == ["daerah"] and provinsi_words(words) is None:  # not "Pemerintah Daerah Istimewa ..."
            words = words[1:]
    elif words[:1] == ["pemda"]:
        words = words[1:]
    return provinsi_words(words) or words


def pemda_key(name: object) -> str:
    """One Pemda's name however its agencies typed it (:func:`pemda_words`), "" for none."""
    return " ".join(pemda_words(name))


def _kinded_key(key: str) -> bool:
    return key.split(" ", 1)[0] in _PEMDA_KINDS


def _named_as(row: Mapping[str, Any], key: str, kinded: set[str]) -> str | None:
    """The Pemda a file typing it without its kind is of by its agency's own name ("Dinas Kesehatan
    Kabupaten Malang" of "Malang": "kabupaten malang") when some file types that Pemda with its kind;
    else None."""
    if not key or _kinded_key(key):
        return None
    found = agency_identity(dict(row))
    return found[0] if found is not None and found[0] in kinded else None


# Each row's Pemda as read over every file of the folder, dropped duplicates included (read_pemda).
_READ = "pemda_dibaca"


def read_pemda(rows: Sequence[dict[str, Any]]) -> None:
    """Store in each row its :func:`pemda_keys` and :func:`pemda_shown` read over all ``rows``, which
    those then return for any subset: the files counted after :func:`choose` keep the Pemda read with
    the file left out as "ganda" ("Kabupaten Malang" typed by the file a "Malang" revision replaced),
    so the ganda line, title, rows, warnings and kunci name one Pemda."""
    keys = _keys_read(rows)
    for row, key, shown in zip(rows, keys, _shown_read(rows, keys)):
        row[_READ] = (key, shown)


def _respell(counted: Sequence[dict[str, Any]]) -> None:
    """The spelling each Pemda :func:`read_pemda` read is shown with, as the files counted type it
    with its kind (the title reads the counted rows: "Kab. Lumajang" twice beside one left-out
    "Kabupaten Lumajang" is "Kab. Lumajang"); the one over every file when none of them does."""
    keys = [row[_READ][0] for row in counted]
    for row, key, shown in zip(counted, keys, _shown_read(counted, keys)):
        if pemda_key(shown) == key:
            row[_READ] = (key, shown)


def pemda_keys(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """The Pemda keys :func:`read_pemda` stored, else :func:`_keys_read` of ``rows``."""
    if rows and all(_READ in row for row in rows):
        return [row[_READ][0] for row in rows]
    return _keys_read(rows)


def _keys_read(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """:func:`pemda_key` of each row's Pemerintah Daerah, a Pemda typed without its kind read as one
    typed with it, file by file:

    - when its agency's name gives the kind of a Pemda some file types ("Dinas Kesehatan Kabupaten
      Malang" of "Malang" beside "Kabupaten Malang"), as that Pemda, whatever else is typed (a
      province's rekap with Kota Malang too), as the duplicate check reads it (:func:`identities`);
    - else when that is the only Pemda of its name any file types with its kind ("Sumenep" beside
      "Kabupaten Sumenep", in a Kabupaten's or a province's rekap: core.rekap_tanpa_jenis) and no
      agency of the name is named with another kind; never for a
      name of two Pemda (:data:`TWIN_NAMES`: "Blitar" beside only "Kota Blitar" may be Kabupaten
      Blitar's), nor a guess between two Pemda ("Malang" beside "Kota Malang" and "Kabupaten
      Lumajang" stays "malang"), nor a kind read from an agency's name alone."""
    keys = [pemda_key(row["pemerintah_daerah"]) for row in rows]
    kinded = {key for key in keys if _kinded_key(key)}
    keys = [_named_as(row, key, kinded) or key for row, key in zip(rows, keys)]
    found = [None if _kinded_key(key) else agency_identity(dict(row)) for row, key in zip(rows, keys)]
    return joined_keys(keys, kinded, found)  # name by name: a province's rekap too


def pemda_spellings(rows: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """Each Pemda name as typed (non-blank), the spelling its Pemda is shown with (:func:`pemda_shown`;
    a name read two ways, "Malang" of Kabupaten Malang's file and of one kept apart, by its last row)."""
    return {str(row["pemerintah_daerah"]): shown for row, shown in zip(rows, pemda_shown(rows)) if shown}


def pemda_shown(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """Each row's Pemda as the rekap shows it, one spelling per :func:`pemda_keys`: as most of its
    agencies typed it with its kind, or without when none did; "" for none (as :func:`read_pemda`
    stored it)."""
    if rows and all(_READ in row for row in rows):
        return [row[_READ][1] for row in rows]
    return _shown_read(rows, _keys_read(rows))


def _shown_read(rows: Sequence[Mapping[str, Any]], keys: list[str]) -> list[str]:
    names = [str(row["pemerintah_daerah"]).strip() for row in rows]
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for name, key in zip(names, keys):
        if key:
            spellings[key][name] += 1

    def rank(key: str, name: str, found: Counter[str]) -> tuple[bool, bool, int, bool, bool, str]:
        spelt = any(word in _PEMDA_KINDS for word in c.normalize_label(name).translate(PUNCTUATION).split())
        # with the kind and no "(Revisi)" first, the most typed, the kind spelt out ("Kabupaten", not "Kab."), not in capitals
        marked = without_revision(name) != name
        return (pemda_key(name) != key, marked, -found[name], not spelt, name.isupper(), name)

    shown = {key: min(found, key=lambda n: rank(key, n, found)) for key, found in spellings.items()}
    return [shown[key] if key else "" for key in keys]


def _pemda_tails(pemda: list[str]) -> list[tuple[list[str], str]]:
    """The ways an agency's name may end with its Pemda's name (:func:`pemda_words`), longest first,
    each with the kind of Pemda it names ("" for none): with "Pemerintah" ("... Pemerintah Kabupaten
    Lumajang"), as Pengaturan has it ("... Kabupaten Lumajang") and without its kind ("... Lumajang");
    of a Pemda typed without its kind ("Malang"), after any kind ("... Kabupaten Malang", "... Kota
    Malang": two Pemda, which the kind tells apart)."""
    if not pemda:
        return []
    kinded = pemda[0] in _PEMDA_KINDS
    names = [pemda] if kinded else [[kind, *pemda] for kind in _PEMDA_KINDS]
    tails = [(pemda[1:], "")] if kinded else [(pemda, "")]
    for name in names:
        tails += [(["pemerintah", *name], name[0]), (name, name[0])]
    # "... Daerah Istimewa Yogyakarta", "... DIY": the Provinsi
    own = " ".join(pemda[1:]) if pemda[0] == "provinsi" else "" if kinded else " ".join(pemda)
    tails += [(list(words), "provinsi") for words, name in PROVINSI_NAMES.items() if name == own]
    return sorted((tail for tail in tails if tail[0]), key=lambda tail: len(tail[0]), reverse=True)


# Units named by the place they serve: "Kecamatan Kota Sumenep" is the kecamatan named Kota Sumenep
# (of Kabupaten Sumenep), never an agency of the Pemda Kota Sumenep; but of a name two Pemda bear
# ("Kecamatan Kota Kediri"), the Kota's own kecamatan "Kota" (no such Kabupaten has a "Kota X").
_UNITS = ("kecamatan", "kelurahan")


def agency_identity(row: dict[str, Any]) -> tuple[str, str] | None:
    """Who the agency is: Pemerintah Daerah and Perangkat Daerah ignoring case, spaces and punctuation,
    "&" read as "dan", "Kab." read as Kabupaten, "Pemerintah" before a Pemda's name dropped
    (:func:`pemda_words`), and the Pemda's name written after the agency's dropped, as often as it is
    ("DINAS KESEHATAN KAB. LUMAJANG" of "Pemerintah Kabupaten Lumajang" is the Dinas Kesehatan of
    Kabupaten Lumajang; "Kecamatan Lumajang Kabupaten Lumajang" its "Kecamatan Lumajang"; "RSUD
    Lumajang" its "RSUD Kabupaten Lumajang"); None for an agency without a name, which nothing tells
    from another. A Pemda typed without its kind ("Malang") takes the kind the name gives ("Dinas
    Kesehatan Kota Malang" is ("kota malang", "dinas kesehatan"), never the Dinas Kesehatan of
    Kabupaten Malang); a name giving two kinds keeps the last. (A unit named by the Pemda's own name,
    "Kecamatan Lumajang", is read "kecamatan": still another agency than "Kecamatan Sukodono" or
    "Kelurahan Lumajang".)"""
    return _identity(row["pemerintah_daerah"], row["perangkat_daerah"])


# A rekap asks each row's identity many times over (duplicates, revision marks, kunci, warnings), and
# an agency's name is on every row of it: read once per name.
@functools.lru_cache(maxsize=8192)
def _identity(pemda_typed: object, opd_typed: object) -> tuple[str, str] | None:
    """:func:`agency_identity` of a Pemerintah Daerah and a Perangkat Daerah as typed."""
    pemda, opd = (
        pemda_words(pemda_typed),
        name_words(without_revision(shown_name(opd_typed))),
    )
    tails, kind = _pemda_tails(pemda), ""
    twin = " ".join(pemda[1:] if pemda and pemda[0] in _PEMDA_KINDS else pemda) in TWIN_NAMES
    stripped = True
    while stripped:  # "Kecamatan Lumajang Kabupaten Lumajang" -> "Kecamatan Lumajang" -> "Kecamatan"
        opd, stripped = without_revision_words(opd), False  # "... (Revisi) Kab. Lumajang"
        for tail, its_kind in tails:
            if len(opd) > len(tail) and opd[-len(tail) :] == tail and (not kind or its_kind in ("", kind)):
                if its_kind and opd[-len(tail) - 1] in _UNITS and not twin:  # "Kecamatan Kota Sumenep"
                    continue
                opd, kind, stripped = opd[: -len(tail)], kind or its_kind, True
                break
    if kind and pemda[0] not in _PEMDA_KINDS:
        pemda = [kind, *pemda]
    return (" ".join(pemda), " ".join(opd)) if opd else None


def _kinded(
    rows: Sequence[dict[str, Any]],
) -> tuple[list[tuple[str, str] | None], list[set[tuple[str, str]]]]:
    """:func:`agency_identity` of each row, and for an agency of a Pemda typed without its kind and
    named without one ("Dinas Kesehatan" of "Malang") the agencies of that name and Pemda whose kind
    the other rows give ("Dinas Kesehatan" of "Kota Malang"); empty for every other row."""
    found = [agency_identity(row) for row in rows]
    kinded: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)  # by the Pemda's name without kind
    for identity in found:
        if identity is not None and identity[0].split(" ", 1)[0] in _PEMDA_KINDS:
            kinded[(identity[0].split(" ", 1)[-1], identity[1])].add(identity)
    return found, [kinded.get(identity, set()) if identity is not None else set() for identity in found]


def identities(rows: Sequence[dict[str, Any]]) -> list[tuple[str, str] | None]:
    """:func:`agency_identity` of each row, an agency of a Pemda typed without its kind and named
    without one ("Kecamatan Sukodono" of "Lumajang") read as the agency of that name whose kind the
    other rows give ("Kecamatan Sukodono Kabupaten Lumajang") only when the rekap's Pemda of that name
    is one (a Kabupaten's rekap, or a province's where only Kabupaten Lumajang bears it): "Dinas
    Kesehatan" of "Malang" beside "Dinas Kesehatan" of "Kota Malang" may be Kabupaten Malang's, and
    stays itself (:func:`kindless_warnings` asks which it is). A guess never makes a file "ganda" and
    leaves it out. Names differing only by a year's tail ("Dinas Kesehatan 2025 Revisi" beside "Dinas
    Kesehatan"), their Pemda read as :func:`pemda_keys` joins its spellings, are one (rekap_tahun_nama)."""
    return _identities(rows)[1]


def _identities(
    rows: Sequence[dict[str, Any]],
) -> tuple[list[tuple[str, str] | None], list[tuple[str, str] | None]]:
    found, candidates = _kinded(rows)  # each row's identity before and after year_joined
    pemdas = _kinded_pemdas(rows, found)
    written = [pemda_words(row["pemerintah_daerah"]) for row in rows]
    typed = {" ".join(words[1:]) for words in written if words[:1] and words[0] in _PEMDA_KINDS}
    found = [
        next(iter(kinds)) if _one_pemda(kinds, pemdas, typed) else identity
        for identity, kinds in zip(found, candidates)
    ]  # "Dinas Kesehatan 2025 Revisi" beside "Dinas Kesehatan", the Pemda typed either way
    return found, year_joined(found, year_less(rows, found, pemda_keys(rows), agency_identity))


def _one_pemda(kinds: set[tuple[str, str]], pemdas: set[str], typed: set[str]) -> bool:
    """The one agency with its kind a kind-less one may be is of the rekap's one Pemda of its name
    with a kind, and, for a name two Pemda bear (:data:`TWIN_NAMES`), its kind was not typed in another file's
    Pengaturan (``typed``: the names after a kind, as :func:`pemda_words`): "Dinas Sosial" of "Blitar"
    beside "Dinas Sosial" of "Kota Blitar" may be Kabupaten Blitar's; of "Malang" beside "Dinas
    Kesehatan Kota Malang" of "Malang" (the kind read from a name, the Pemda typed alike) it is the Kota's."""
    if len(kinds) != 1:
        return False
    ((pemda, _),) = kinds
    name = pemda.split(" ", 1)[-1]
    return kinded_of(name, pemdas) == {pemda} and not (name in TWIN_NAMES and name in typed)


def _kinded_pemdas(rows: Sequence[dict[str, Any]], found: list[tuple[str, str] | None]) -> set[str]:
    """The Pemdas of the rekap with their kind: for each Pemda name, the kinds Pengaturan types, or
    when no file types one, the kinds read from the agencies' names ("Dinas Kesehatan Kota Malang" of
    "Malang"). A kind typed wins over a name's tail: "Kecamatan Kota Sumenep" of "Sumenep" is no Kota
    Sumenep beside files typing "Kabupaten Sumenep"."""
    typed: dict[str, set[str]] = defaultdict(set)
    read: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        words = pemda_words(row["pemerintah_daerah"])
        if words[:1] and words[0] in _PEMDA_KINDS:
            typed[" ".join(words[1:])].add(" ".join(words))
    for identity in found:
        if identity is not None and identity[0].split(" ", 1)[0] in _PEMDA_KINDS:
            read[identity[0].split(" ", 1)[-1]].add(identity[0])
    return {pemda for name in typed.keys() | read.keys() for pemda in typed.get(name) or read[name]}


def kindless_warnings(rows: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    """An agency of a Pemda typed without its kind kept apart from an agency of that name whose file
    gives the kind (:func:`identities`): both are counted, which is the same pagu twice if they are one
    agency. Said for each such file, naming the other and asking for the kind."""
    joined = identities(rows)
    found, candidates = _kinded(rows)
    named: dict[tuple[str, str] | None, list[int]] = defaultdict(list)  # each agency's rows, gathered once
    for at, its in enumerate(found):
        named[its].append(at)
    warned = []
    for row, identity, kinds, as_read in zip(rows, found, candidates, joined):
        if not kinds or as_read != identity:
            continue
        others = [rows[at] for at in sorted(at for its in kinds for at in named.get(its, ()))]  # file order
        pemda = " ".join(str(row["pemerintah_daerah"]).split())
        warned.append(
            (
                "Pemerintah Daerah tanpa Kabupaten/Kota",
                f'{who(row)} mencatat Pemerintah Daerah "{pemda}" tanpa Kabupaten atau Kota; perangkat '
                "daerah bernama sama tercatat dengan Kabupaten/Kota: "
                + ", ".join(f"{who(o)} dari {' '.join(str(o['pemerintah_daerah']).split())}" for o in others)
                + ". Keduanya dihitung sebagai perangkat daerah terpisah; bila sama, pagu dan "
                "realisasinya terjumlah dua kali. Tulis Pemerintah Daerah lengkap (Kabupaten atau Kota) di "
                "sheet Pengaturan berkas itu lalu rekap ulang.",
            )
        )
    return warned


def agency_key(row: dict[str, Any]) -> tuple[str, str] | str:
    """What tells one agency from another: :func:`agency_identity`, or for an agency without a name
    its file (nothing else tells it from another)."""
    return agency_identity(row) or row["berkas"]


def same_agency(
    rows: Sequence[dict[str, Any]], found: Sequence[tuple[str, str] | None] | None = None
) -> list[list[dict[str, Any]]]:
    """The rows of each agency (``found``, else :func:`identities`; none unnamed) per period, in file order."""
    groups: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for row, identity in zip(rows, identities(rows) if found is None else found):
        if identity is not None:
            groups[(identity, period_of(row))].append(row)
    return list(groups.values())


def _shown(moment: dt.datetime) -> str:
    moment = moment.astimezone(dt.UTC)
    return f"{tanggal_indonesia(moment.date())} {moment.hour:02d}.{moment.minute:02d} UTC"


def _newest(group: list[dict[str, Any]], folders: Folders | None = None) -> tuple[dict[str, Any], str]:
    """The row that counts among the files of one agency and period, and why (Bahasa Indonesia), with
    a later revision or a draft it was chosen against (:func:`against_marks`); never a file whose name
    names another agency over one named for this one, by its name or its agency's folder (``folders``,
    core.rekap_berkas_asing: a copy not renamed); never a shorter period's report over a longer one of
    the same year (core.rekap_jenis_laporan), unless the longer lies only in a draft's folder beside a
    Final one (core.rekap_revisi.final_folders)."""
    identity = agency_identity(group[0])
    key = identity[1].split() if identity else ()
    apart = named_for_another(group, key, folders)  # first: another agency's copy is no longer report
    if apart:
        rest = [row for row in group if id(row) not in apart]
        agency = " ".join(str(shown_name(rest[0]["perangkat_daerah"] or "")).split())
        kept, why = _newest(rest) if len(rest) > 1 else (rest[0], own_note(rest[0], key, agency, folders))
        copies = (another_note(row, apart[id(row)], agency) for row in group if id(row) in apart)
        return kept, "; ".join((why, *copies))
    rest, shorter = longest(group)
    drafted = {id(row) for row in in_draft_folder(group)} if final_folders(group) else set()
    if shorter and not all(id(row) in drafted for row in rest):  # a Final folder outweighs the length
        kept, why = _newest(rest, folders) if len(rest) > 1 else (rest[0], "")
        against = against_marks([kept, *shorter], kept)  # a shorter report marked as a later revision
        return kept, "; ".join(filter(None, (longer_note(kept, shorter), why, against)))
    kept, why = _by_dates(group)
    finals = final_folders(group)
    drafts = in_draft_folder(group) if finals else []
    if any(row is kept for row in drafts):
        kept, why = _over_drafts(group, drafts, finals, why)
    against = against_marks(group, kept)
    if one_content(group):  # the same file sent or downloaded twice: say so, no need to compare them
        files = "kedua berkas" if len(group) == 2 else f"{len(group)} berkas itu"
        against = (
            f"indikator, target, realisasi dan anggaran {files} sama persis: angka yang dihitung sama, "
            "berkas mana pun yang dihitung"
        )
    return kept, f"{why}; {against}" if against else why


def _over_drafts(
    group: list[dict[str, Any]], drafts: list[dict[str, Any]], finals: dict[int, str], why_draft: str
) -> tuple[dict[str, Any], str]:
    """The row that counts once the files in a draft's folder (``drafts``, one of which the dates chose
    for ``why_draft``) are set aside for another in its Final folder (``finals``, core.rekap_revisi's
    final_folders), and why (Bahasa Indonesia), naming the drafts and what would have chosen them."""
    aside_ids = {id(row) for row in drafts}
    rest = [row for row in group if id(row) not in aside_ids]
    kept, why = _by_dates(rest) if len(rest) > 1 else (rest[0], "")
    aside = f"{', '.join(str(row['berkas']) for row in drafts)} di folder draf atau arsip tidak dihitung"
    if id(kept) in finals:
        mark = (
            f"berkasnya di folder versi final ({finals[id(kept)]}/), tanda dari perangkat daerah bahwa "
            "berkas inilah yang berlaku"
        )
        among = f"; di antara yang lain: {why}" if why else ""
        return kept, f"{mark}; {aside} walaupun {why_draft}{among}"
    (final, folder), *_ = ((row, finals[id(row)]) for row in group if id(row) in finals)
    return (
        kept,
        f"{why}; {aside} walaupun {why_draft}, karena {final['berkas']} di folder versi final ({folder}/)",
    )


def _by_dates(group: list[dict[str, Any]]) -> tuple[dict[str, Any], str]:
    """:func:`_newest` by the saved dates, the marks, the times on disk, then file order."""
    candidates = group
    saved: list[dt.datetime] = [row["disimpan"] for row in candidates if row.get("disimpan")]
    if len(saved) == len(candidates):
        last_saved = max(saved)
        candidates = [row for row in candidates if row["disimpan"] == last_saved]
        if len(candidates) == 1:
            return candidates[0], f"disimpan paling akhir menurut buku kerjanya, {_shown(last_saved)}"
    candidates, marked = prefer_revised(candidates)  # before the time on disk, which a copy changes
    if marked:
        return candidates[0], marked
    changed: list[float] = [row["diubah"] for row in candidates if row.get("diubah") is not None]
    untold = untold_by_disk(candidates)  # one copy, or the same second: said, never hidden
    untold = f"{untold}; " if untold else ""
    if len(changed) == len(candidates):
        last_changed = max(changed)
        candidates = [row for row in candidates if row["diubah"] == last_changed]
        if len(candidates) == 1:
            moment = dt.datetime.fromtimestamp(last_changed, dt.UTC)
            return candidates[0], f"{untold}berkas paling akhir diubah, {_shown(moment)}"
    why = "tanggal simpan dan tanggal berkasnya tidak membedakan; yang terakhir menurut urutan berkas"
    return candidates[-1], untold + why


@dataclass
class Ganda:
    """The choice over a set of agency rows: the rows counted (file order), what Pemeriksaan says
    about each file of an agency sent twice (berkas: keterangan), and the warnings (jenis, pesan)."""

    counted: list[dict[str, Any]]
    not_counted: dict[str, str] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)  # the file that counts: which it outranked
    warnings: list[tuple[str, str]] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # by file: the name joined without its year


def _kinds(group: Sequence[dict[str, Any]]) -> dict[str, str]:
    """Each file's kind of report, by file, when ``group`` (one agency, one period) holds two kinds: its
    Laporan Tahunan and its quarterly Laporan Kinerja Triwulan IV, its Laporan Kinerja Semester I and
    its Triwulan II: one period, but two reports, which the analyst must tell apart; {} otherwise."""
    kinds = {row["berkas"]: kind(row) for row in group}
    return kinds if len(set(kinds.values())) > 1 else {}


def _named(row: dict[str, Any], kinds: dict[str, str]) -> str:
    """The row's file, with its kind when the agency sent both kinds (:func:`_kinds`)."""
    return f"{row['berkas']} ({kinds[row['berkas']]})" if kinds else row["berkas"]


def _kind_first(row: dict[str, Any], kinds: dict[str, str], mark: str) -> str:
    """ "Laporan Tahunan; " opening Pemeriksaan's note of the row's file when the agency sent both kinds."""
    return f"{kinds[row['berkas']]}{mark} " if kinds else ""


def choose(rows: Sequence[dict[str, Any]]) -> Ganda:
    """One row per agency and period: see the module's docstring."""
    read_pemda(rows)  # over every file, before any is left out
    before, joined = _identities(rows)
    result = Ganda(counted=[], names=joined_names(rows, before, joined, shown_name, agency_identity))
    folders = folders_of(rows)  # an agency's folder tells a copy as its name does
    chosen = [(group, *_newest(group, folders)) for group in same_agency(rows, joined) if len(group) > 1]
    dropped = {id(row) for group, kept, _ in chosen for row in group if row is not kept}
    result.counted = [row for row in rows if id(row) not in dropped]
    _respell(result.counted)
    # as the file that counts types it, or the Pemda its kind-less name is read as ("Malang": Kabupaten Malang)
    pemda = {
        id(row): its
        if pemda_key(its) != pemda_key(row["pemerintah_daerah"])
        else " ".join(str(row["pemerintah_daerah"] or "").split())
        for row, its in zip(result.counted, pemda_shown(result.counted))
    }
    for group, kept, why in chosen:
        others = [row for row in group if row is not kept]
        name = result.names.get(kept["berkas"]) or " ".join(str(shown_name(kept["perangkat_daerah"])).split())
        where = f", {pemda[id(kept)]}" if pemda[id(kept)] else ""
        kinds = _kinds(group)
        for row in others:
            result.not_counted[row["berkas"]] = (
                f"{_kind_first(row, kinds, ';')}perangkat daerah yang sama ({name}{where}, "
                f"{period_text(period_of(row), group)}) "
                f"juga dikirim sebagai {_named(kept, kinds)}, yang dihitung ({why}); berkas ini tidak masuk "
                "peringkat, jumlah dan tabel."
            )
        result.notes[kept["berkas"]] = (
            f"{_kind_first(kept, kinds, ',')}dihitung ({why}); berkas lain perangkat daerah yang sama tidak "
            "dihitung: " + ", ".join(_named(r, kinds) for r in others)
        )
        result.warnings.append(
            (
                "Perangkat daerah ganda",
                f"{name}{where} tercatat di {len(group)} berkas (periode yang sama, "
                f"{period_text(period_of(kept), group)}): "
                + ", ".join(_named(row, kinds) for row in group)
                + f". Hanya {kept['berkas']} yang dihitung ({why}); yang lain tidak masuk peringkat, "
                "jumlah dan tabel (lihat Pemeriksaan). Bila yang berlaku berkas lain, pindahkan berkas yang "
                "tidak berlaku dari folder lalu rekap ulang.",
            )
        )
    return result
