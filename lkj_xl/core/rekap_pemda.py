"""A rekap whose files type their Pemerintah Daerah without its kind ("Malang" for Kota Malang, for
Kabupaten Malang, or for both): the title and the Jumlah line say "Malang" (the rekap claims no kind
nobody typed), and one warning asks for the kind. Pure."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from lkj_xl.core.rekap_ganda import agency_identity, pemda_key, pemda_keys, pemda_spellings, pemda_words

_KINDS = ("kabupaten", "kota", "provinsi")
_NAMED_FILES = 5  # files named in the warning; more are counted


def _files(rows: Sequence[dict[str, Any]]) -> str:
    names = [row["berkas"] for row in rows[:_NAMED_FILES]]
    more = len(rows) - len(names)
    return ", ".join(names) + (f" dan {more} berkas lain" if more else "")


def kindless_pemda(rows: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    """Per Pemda name that no file types with its kind ("Malang" in every file; "Sumenep" beside
    "Kabupaten Sumenep" is read as it, :func:`rekap_ganda.pemda_keys`): which files, which kinds the
    agencies' names give ("Dinas Kesehatan Kota Malang"), and a request to type the kind."""
    names = [row["pemerintah_daerah"] for row in rows]
    typed = [pemda_words(name) for name in names]
    typed_kind = {
        " ".join(words[1:]) for words in typed if words and words[0] in _KINDS
    }  # "Kota Malang": malang
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row, key in zip(rows, pemda_keys(rows)):
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
        found.append(
            (
                "Pemerintah Daerah tanpa Kabupaten/Kota",
                f'{len(group)} berkas mencatat Pemerintah Daerah "{pemda}" tanpa Kabupaten atau Kota '
                f'({_files(group)}); judul rekap dan baris Jumlah menyebutnya "{pemda}" saja.{told} '
                "Tulis Pemerintah Daerah lengkap (Kabupaten atau Kota) di sheet Pengaturan setiap berkas "
                "itu lalu rekap ulang.",
            )
        )
    return found


def kindless_notes(rows: Sequence[dict[str, Any]]) -> dict[str, str]:
    """Pemeriksaan's note of each file whose Pemda typed without its kind is read as the one Pemda
    typed with it (:func:`rekap_ganda.pemda_keys`): "Sumenep" counted as Kabupaten Sumenep's, said."""
    names = [row["pemerintah_daerah"] for row in rows]
    spelt = pemda_spellings(rows)
    return {
        row["berkas"]: (
            f'Pemerintah Daerah ditulis "{" ".join(str(name).split())}" tanpa Kabupaten atau Kota; dibaca '
            f"sebagai {spelt[str(name)]}, satu-satunya pemerintah daerah yang ditulis lengkap di rekap ini"
        )
        for row, name, key in zip(rows, names, pemda_keys(rows))
        if key and key != pemda_key(name)
    }
