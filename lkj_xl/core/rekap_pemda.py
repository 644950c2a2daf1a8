"""A rekap whose files type their Pemerintah Daerah without its kind ("Malang" for Kota Malang, for
Kabupaten Malang, or for both): the title and the Jumlah line say "Malang" (the rekap claims no kind
nobody typed), and one warning asks for the kind. Pure."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from lkj_xl.core.pemda_kembar import FULL_NAMES, TWIN_NAMES
from lkj_xl.core.rekap_ganda import (
    agency_identity,
    pemda_key,
    pemda_keys,
    pemda_shown,
    pemda_words,
)

_KINDS = ("kabupaten", "kota", "provinsi")
_NAMED_FILES = 5  # files named in the warning; more are counted


def _files(rows: Sequence[dict[str, Any]]) -> str:
    names = [row["berkas"] for row in rows[:_NAMED_FILES]]
    more = len(rows) - len(names)
    return ", ".join(names) + (f" dan {more} berkas lain" if more else "")


def _kinds_said(kinds: set[str]) -> str:
    """ "Kabupaten, Kota atau Provinsi" of the kinds, as a sentence lists them."""
    ordered = [kind.title() for kind in _KINDS if kind in kinds]
    return ordered[0] if len(ordered) == 1 else ", ".join(ordered[:-1]) + " atau " + ordered[-1]


def _asked(pemda: str, read: set[str]) -> tuple[str, str]:
    """The kinds a kind-less Pemda may be and how to type it: the kinds its agencies' names give
    ("Provinsi Jawa Timur"), with both of a name of a Kota and a Kabupaten (:data:`TWIN_NAMES`), else
    any kind ("Kabupaten, Kota atau Provinsi")."""
    known = set(read) | TWIN_NAMES.get(pemda_key(pemda), frozenset())
    if not known:
        return _kinds_said(set(_KINDS)), f"({_kinds_said(set(_KINDS))} dengan namanya)"
    return _kinds_said(known), "(" + " atau ".join(
        f'"{_typed_as(k, pemda)}"' for k in _KINDS if k in known
    ) + ")"


def _typed_as(kind: str, pemda: str) -> str:
    """ "Kota Yogyakarta"; the Provinsi by its own name, "Daerah Istimewa Yogyakarta" (pemda_kembar)."""
    return FULL_NAMES.get(f"{kind} {pemda_key(pemda)}", f"{kind.title()} {pemda}")


def kindless_pemda(rows: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    """Per Pemda name that no file types with its kind ("Malang" in every file; "Sumenep" beside
    "Kabupaten Sumenep" is read as it, :func:`rekap_ganda.pemda_keys`): which files, which kinds the
    agencies' names give ("Dinas Kesehatan Kota Malang"), and a request to type the kind. The title's
    claim ("Malang" only) is made only when the rekap is of that one Pemda."""
    names = [row["pemerintah_daerah"] for row in rows]
    typed = [pemda_words(name) for name in names]
    typed_kind = {
        " ".join(words[1:]) for words in typed if words and words[0] in _KINDS
    }  # "Kota Malang": malang
    keys = pemda_keys(rows)
    pemdas = len({key for key in keys if key})  # as the title counts them
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row, key in zip(rows, keys):
        if key and key.split(" ", 1)[0] not in _KINDS and key not in typed_kind:
            groups[key].append(row)
    found = []
    for group in groups.values():
        pemda = " ".join(str(group[0]["pemerintah_daerah"]).split())
        read: dict[str, list[dict[str, Any]]] = defaultdict(list)  # the kind an agency's name gives
        for row in group:
            identity = agency_identity(row)
            if identity is not None and identity[0].split(" ", 1)[0] in _KINDS:
                read[identity[0].title()].append(row)
        told = ""
        if read:
            told = " Nama perangkat daerahnya menyebut " + " dan ".join(
                f"{kind} ({_files(its)})" for kind, its in sorted(read.items())
            )
            told += (
                ": bila itu pemerintah daerah yang berbeda, baris Jumlah menjumlahkan pagu dan realisasi "
                "keduanya sebagai satu pemerintah daerah."
                if len(read) > 1
                else "."
            )
        title = (
            f'judul rekap dan baris Jumlah menyebutnya "{pemda}" saja.'
            if pemdas == 1
            else f'rekap menghitungnya sebagai "{pemda}", satu dari {pemdas} pemerintah daerah di judul rekap.'
        )
        lacks, typed_as = _asked(pemda, {kind.split(" ", 1)[0].lower() for kind in read})
        found.append(
            (
                "Pemerintah Daerah tanpa Kabupaten/Kota",
                f'{len(group)} berkas mencatat Pemerintah Daerah "{pemda}" tanpa {lacks} '
                f"({_files(group)}); {title}{told} Tulis Pemerintah Daerah lengkap {typed_as} di sheet "
                "Pengaturan setiap berkas itu lalu rekap ulang.",
            )
        )
    return found


def joined(rows: Sequence[dict[str, Any]]) -> dict[str, tuple[str, str, str]]:
    """Each file whose Pemda typed without its kind is read as a Pemda typed with it
    (:func:`rekap_ganda.pemda_keys`): its Pemda as typed, as shown ("Sumenep", "Kabupaten Sumenep"),
    and why, in the same words on stderr and in Pemeriksaan."""
    return {
        row["berkas"]: (typed, shown, _why(row, key, typed))
        for row, key, shown in zip(rows, pemda_keys(rows), pemda_shown(rows))
        if key and key != pemda_key(typed := " ".join(str(row["pemerintah_daerah"]).split()))
    }


def _why(row: dict[str, Any], key: str, typed: str) -> str:
    """Why a kind-less name was read as ``key``: the agency's own name says the kind ("Dinas Kesehatan
    Kabupaten Malang"), or the rekap types no other Pemda with its kind."""
    found = agency_identity(row)
    if found is not None and found[0] == key:
        return f"sebagaimana nama perangkat daerahnya menyebut {_typed_as(key.split(' ', 1)[0], typed)}"
    return f"satu-satunya pemerintah daerah bernama {typed} yang ditulis dengan Kabupaten, Kota atau Provinsi di rekap ini"


def joined_warnings(rows: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    """The files :func:`joined` reads as another spelling's Pemda, said once per Pemda and reason
    (stderr and Pemeriksaan): a join is a guess the user confirms by typing the Pemda as the rekap
    shows it (the spelling whose keys the file then keeps)."""
    by_pemda: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for berkas, read in joined(rows).items():
        by_pemda[read].append(berkas)
    return [
        (
            "Pemerintah Daerah digabung",
            f'{len(files)} berkas mencatat Pemerintah Daerah "{typed}" {_NO_KIND} '
            f"({_files([{'berkas': name} for name in files])}); rekap menghitungnya sebagai {shown}, "
            f"{why}. Bila berkas pemerintah daerah lain, tulis Pemerintah Daerah lengkap di sheet "
            f'Pengaturan berkas itu lalu rekap ulang; bila memang {shown}, tulis "{shown}" (seperti '
            "berkas lain pemerintah daerah itu) agar rekap tidak perlu menebak.",
        )
        for (typed, shown, why), files in by_pemda.items()
    ]


# How a joined file's Pemda is said, on stderr and in Pemeriksaan alike (the kinds any Pemda has).
_NO_KIND = "tanpa Kabupaten, Kota atau Provinsi"


def kindless_notes(rows: Sequence[dict[str, Any]]) -> dict[str, str]:
    """Pemeriksaan's note of each file whose Pemda typed without its kind is read as a Pemda typed
    with it (:func:`joined`): "Sumenep" counted as Kabupaten Sumenep's, said."""
    return {
        berkas: f'Pemerintah Daerah ditulis "{typed}" {_NO_KIND}; dibaca sebagai {shown}, {why}'
        for berkas, (typed, shown, why) in joined(rows).items()
    }


def respelt(rows: Sequence[dict[str, Any]], shown: Mapping[str, str]) -> dict[str, str]:
    """By file, the spelling of its Pemda the rekap shows (:func:`pemda_shown`) for each of ``rows``
    typing it otherwise ("Kab. Lumajang" of Kabupaten Lumajang) and not in ``shown``: a pivot over the
    tables' Pemerintah Daerah then gives one Pemda, as the Jumlah line does."""
    spelt = zip(rows, pemda_shown(rows))
    return {r["berkas"]: its for r, its in spelt if its and r["berkas"] not in shown and its != _typed(r)}


def _typed(row: Mapping[str, Any]) -> str:
    return " ".join(str(row["pemerintah_daerah"] or "").split())
