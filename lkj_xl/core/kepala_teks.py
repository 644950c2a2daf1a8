"""Pengaturan's signer texts typed in another's place: a jabatan typed as the Nama Kepala ("Kepala Dinas
Kesehatan", "Plt. Kepala Dinas": printed where the signer's name belongs), a rank (pangkat/golongan)
typed with the NIP or in its place ("NIP. 19700101 199003 1 005 / Pembina Tk. I (IV/b)", "Pembina Tk.
I": printed as the NIP). Pure, like :mod:`lkj_xl.core.pengaturan`, which calls it.
"""

from __future__ import annotations

import re

from lkj_xl.core.cell_reader import CellReader
from lkj_xl.core.findings import clip as _clip
from lkj_xl.core.model import PERINGATAN

# An acting or delegated head's mark before the jabatan ("Plt.", "Plh.", "Pj.", "Pjs.", "a.n.", "atas
# nama"), then the jabatan's first word; never a name's (no name begins with "Kepala" or "Camat": "H.
# CAMATIN" is a name, "Plt. Drs. H. Ahmad" an acting head's name).
_ACTING = r"(?:(?:plt|plh|pjs?|a\.?\s?n|atas\s+nama)\b\.?\s*)*"
_POSITION = (
    r"(?:kepala|sekretaris|kabid|kabag|kasubb?ag|kasubbid|kasi|kadis|kaban|sekdin|sekban|sekda|direktur|"
    r"inspektur|camat|"
    r"lurah|bupati|wakil\s+bupati|wali\s?kota|gubernur|pejabat)\b"
)
_JABATAN = re.compile(_ACTING + _POSITION, re.IGNORECASE)
# A name after the jabatan in the same cell (the block copied into one cell, its lines joined: "Plt.
# Kepala Dinas Kesehatan Drs. H. Ahmad Fauzi, M.Si."): from the first title before a name on.
_NAME_AFTER = re.compile(r"(?<![\w.])(?:Prof|Dr|Drs|Dra|dr|drg|Ir|Hj|H|KH|K\.H|Rr?)\.\s*[A-Z]")


def jabatan_typed(name: str) -> bool:
    """Whether a Nama Kepala is a jabatan, not a person's name ("Kepala Dinas Kesehatan", "Plt. Kepala
    Dinas", "a.n. Kepala Dinas", "Sekretaris Dinas")."""
    return _JABATAN.match(name.strip()) is not None


def nama_kepala(reader: CellReader, nama: str, ref: str, jabatan: str) -> str:
    """The Nama Kepala as printed: "" for a jabatan or a rank ("Pembina Tk. I") (the block is not printed without a name, as for
    "-"), with a peringatan at its cell saying what to type; any other name as typed. ``jabatan``: the
    Jabatan Kepala read, to tell the two typed in each other's place."""
    if not nama or not (jabatan_typed(nama) or rank_typed(nama)):
        return nama
    named = _NAME_AFTER.search(nama)
    if named is not None and jabatan_typed(nama):  # the name after it: the Plt./a.n. lost if printed alone
        reader.add(
            PERINGATAN,
            ref,
            f'Nama Kepala "{_clip(nama)}" memuat jabatan dan nama ("{_clip(nama[named.start() :])}"), jadi '
            "tidak dicetak (blok tanda tangan tidak dicetak): tulis namanya saja di sini dan jabatannya "
            "(dengan Plt./a.n. bila ada) di Jabatan Kepala",
        )
        return ""
    if rank_typed(nama):  # "Pembina Tk. I": the block's lines typed one row off
        what = "tulis nama kepala (mis. Dr. H. Ahmad, M.Si.) di sini (pangkat tidak dicetak di blok tanda tangan)"
    elif not jabatan:
        what = "tulis nama kepala (mis. Dr. H. Ahmad, M.Si.) di sini dan jabatan itu di Jabatan Kepala"
    elif jabatan_typed(jabatan):
        what = f'tulis nama kepala (mis. Dr. H. Ahmad, M.Si.) di sini (Jabatan Kepala: "{_clip(jabatan)}")'
    else:  # "dr. Budi" under Jabatan Kepala: the two rows swapped
        what = (
            f'Jabatan Kepala berisi "{_clip(jabatan)}": Nama Kepala dan Jabatan Kepala tertukar? Tukar isinya'
        )
    reader.add(
        PERINGATAN,
        ref,
        f'Nama Kepala "{_clip(nama)}" adalah {"pangkat/golongan" if rank_typed(nama) else "jabatan"}, bukan '
        f"nama, jadi tidak dicetak sebagai nama penandatangan (blok tanda tangan tidak dicetak); {what}",
    )
    return ""


# A rank as the SK and the signature block write it: its name ("Pembina Tk. I", "Pembina Utama Muda",
# "Penata Muda Tk.I") with or without its golongan, or the golongan alone ("IV/b", "(III/d)", "Gol. IV/b").
_GOLONGAN = r"(?:gol(?:ongan)?\b\.?\s*)?\(?\b(?:iv|i{1,3})\s*[/.-]\s*[a-e]\b\)?"
_PANGKAT = (
    r"(?:pangkat\b\s*[:.]?\s*)?(?:pembina|penata|pengatur|juru)\b(?:[\s.]*(?:utama|madya|muda|tingkat|tk|i)\b)*"
    rf"\.?(?:\s*[,/(-]?\s*{_GOLONGAN})?"
)
_RANK = re.compile(rf"(?:{_PANGKAT}|{_GOLONGAN})", re.IGNORECASE)
# A NIP's 18 digits within a text, spaced or dotted as the SK writes them or not ("19700101 199003 1 005",
# "19700101.199003.1.005").
_NIP_INSIDE = re.compile(r"(?<!\d)(\d(?:[ .]?\d){17})(?![ .]?\d)")
_NIP_LABEL = re.compile(r"\bnip\b\s*[.:]?", re.IGNORECASE)
_AROUND = " /,;:.|-\u2013\u2014"


def rank_typed(text: str) -> bool:
    """Whether a text is a rank, with or without its golongan ("Pembina Tk. I (IV/b)", "IV/b")."""
    return _RANK.fullmatch(text.strip(_AROUND)) is not None


def nip_inside(text: str) -> tuple[str, str] | None:
    """A NIP typed with another text (a rank, "NIP. 19700101 199003 1 005 / Pembina Tk. I (IV/b)";
    "Pembina Utama Muda / NIP. 1970..."): (the NIP as typed, the other text: "" for none but a stray
    stop or dash, "1970... ."); None for a text without 18 digits in a run."""
    found = _NIP_INSIDE.search(text)
    if found is None:
        return None
    rest = _NIP_LABEL.sub(" ", text[: found.start()] + " / " + text[found.end() :])
    rest = " ".join(rest.split()).strip(_AROUND)
    return found.group(1), rest


def nip_with_rank(reader: CellReader, text: str, ref: str) -> str | None:
    """The NIP to print of a NIP cell holding a rank: the NIP alone when typed with it ("19700101 199003
    1 005 / Pembina Tk. I"), "" for the rank alone (no NIP line: "NIP. Pembina Tk. I" was printed), each
    with a peringatan at the cell (the block has no rank line); None for any other text."""
    inside = nip_inside(text)
    if inside is not None and not inside[1]:  # (a full stop after it is no part of the NIP printed)
        return inside[0]
    if inside is not None:
        nip, rest = inside
        what = "pangkat/golongan" if rank_typed(rest) else "teks lain"
        reader.add(
            PERINGATAN,
            ref,
            f'NIP Kepala "{_clip(text)}" memuat {what} "{_clip(rest)}"; dibaca NIP-nya saja ({nip}): '
            "tulis NIP saja di sel ini (pangkat tidak dicetak di blok tanda tangan)",
        )
        return nip
    if rank_typed(text):
        reader.add(
            PERINGATAN,
            ref,
            f'NIP Kepala "{_clip(text)}" berisi pangkat/golongan, bukan NIP, jadi NIP tidak dicetak; tulis '
            "18 angka NIP di sel ini (pangkat tidak dicetak di blok tanda tangan)",
        )
        return ""
    return None


# A NIP typed after the name in the Nama Kepala (the block pasted from Word: the name, then "NIP. 1970..."
# on its next line, maybe the rank's line before or after it): the name before it, the NIP's 18 digits
# spaced or dotted as typed (never 18 of a longer run: "NIP 1970...0051" is no NIP after "NIP 1").
_LABEL_AT_END = re.compile(r"\bnip\b\s*[.:]?\s*$", re.IGNORECASE)
_AFTER_NAME = " \n/,;|(-\u2013\u2014"
_RANK_AT_END = re.compile(rf"[\s,/;|(-]+((?:{_PANGKAT}|{_GOLONGAN})\)?)[\s,/;|-]*$", re.IGNORECASE)


def name_and_nip(nama: str) -> tuple[str, str, str] | None:
    """(the name, the NIP, the rank typed with them or "") of a Nama Kepala holding both ("Drs. H. Ahmad
    Fauzi, M.Si.\\nNIP. 19700101 199003 1 005", "... / Pembina Tk. I" after it or on a line before it,
    "... (NIP 1970...)"); the name "" for a NIP alone (its line pasted one row up: no name to print); None
    for a name alone or another text after the NIP."""
    found = _NIP_INSIDE.search(nama)
    around = _around(nama, found) if found is not None else None
    return (around[0], found.group(1), around[1]) if found is not None and around is not None else None


def _around(nama: str, found: re.Match[str]) -> tuple[str, str] | None:
    """(the name before the digits ``found``, the rank typed with them or "") of a Nama Kepala; None when
    another text than a rank follows them."""
    after = nama[found.end() :].strip(_AROUND + "\n()")
    after += ")" * (after.count("(") - after.count(")"))  # ("Pembina Tk. I (IV/b)": its own bracket kept)
    if after and not rank_typed(after):
        return None
    before = _LABEL_AT_END.sub("", nama[: found.start()])
    ranked = _RANK_AT_END.search(before)  # (the block's lines joined: "... M.Si. Pembina Tk. I NIP. 1970...")
    name = " ".join(before[: ranked.start() if ranked else None].split()).strip(_AFTER_NAME)
    rank = ", ".join(r for r in (ranked.group(1).strip(_AROUND + "()") if ranked else "", after) if r)
    return name, rank


# Digits typed after the name as a NIP is, but not its 18 ("19690312 199003 1 005 1": a digit too many, or
# one lost), maybe with the rank (:func:`name_and_nip`): no NIP taken from them, never printed in the name.
# A NIP begins with its holder's birth year.
_NIP_LIKE = re.compile(r"(?<!\d)((?:19|20)\d(?:[ .]?\d){11,21})(?![ .]?\d)")


def name_and_wrong_nip(nama: str) -> tuple[str, str, int, str] | None:
    """(the name, the digits as typed, how many, the rank typed with them or "") of a Nama Kepala ending in
    a run of 14 to 24 digits that is no NIP (:func:`name_and_nip` takes one of 18), maybe with a rank after
    or before them; the name "" for the digits alone (no name to print); None otherwise."""
    runs = list(_NIP_LIKE.finditer(nama))
    around = _around(nama, runs[-1]) if runs else None
    if around is None:
        return None
    count = sum(ch.isdigit() for ch in runs[-1].group(1))
    name = around[0] if re.search(r"[^\W\d_]", around[0]) else ""
    return (name, runs[-1].group(1), count, around[1]) if count != 18 and name == around[0] else None


def wrong_nip_said(
    reader: CellReader, nama_ref: str, found: tuple[str, str, int, str], nip_ref: str, nip: str
) -> None:
    """The peringatan at a Nama Kepala typed with digits that are no NIP (:func:`name_and_wrong_nip`)."""
    where = f"NIP Kepala ({nip_ref})" if nip_ref else 'baris "NIP Kepala"'
    fix = (
        f"yang dicetak NIP di {where}; hapus angka itu dari sel ini"
        if nip
        else f"tulis 18 angka NIP di {where}"
    )
    ranked = f' dan pangkat/golongan "{_clip(found[3])}" (pangkat tidak dicetak)' if found[3] else ""
    digits = f'angka seperti NIP ("{found[1]}", {found[2]} angka){ranked}, padahal NIP 18 angka'
    printed = (
        "dicetak namanya saja, angka itu tidak dicetak sebagai NIP"
        if found[0]
        else "bukan nama, jadi tidak dicetak sebagai nama penandatangan (blok tanda tangan tidak dicetak) "
        "dan angka itu tidak dicetak sebagai NIP; tulis nama kepala di sini"
    )
    reader.add(
        PERINGATAN,
        nama_ref,
        f"Nama Kepala {'memuat' if found[0] else 'berisi'} {digits}: {printed}; periksa NIP-nya, {fix}",
    )


def nip_from_nama(
    reader: CellReader, nama_ref: str, found: tuple[str, str, str], printed: str, nip_ref: str
) -> str:
    """The NIP to print of a Nama Kepala typed with its NIP (``found``: :func:`name_and_nip`'s name, NIP
    and rank, not printed): the NIP Kepala cell's when it gives one (``printed``), else the one typed
    with the name; a peringatan at the Nama Kepala either way (the NIP alone: no name printed)."""
    nama, typed, rank = found
    if not nama:
        reader.add(
            PERINGATAN,
            nama_ref,
            f'Nama Kepala berisi NIP ("{typed}"), bukan nama, jadi tidak dicetak sebagai nama penandatangan (blok '
            "tanda tangan tidak dicetak); tulis nama kepala di sini dan NIP itu di NIP Kepala",
        )
        return printed or typed
    ranked = f' dan pangkat/golongan "{_clip(rank)}" (pangkat tidak dicetak)' if rank else ""
    said = f'Nama Kepala memuat NIP ("{typed}"){ranked}: dicetak namanya saja'
    where = f"NIP Kepala ({nip_ref})" if nip_ref else 'baris "NIP Kepala"'
    if not printed:
        why = f"{said}, dan NIP itu dicetak sebagai NIP Kepala; pindahkan NIP itu ke {where}"
        reader.add(PERINGATAN, nama_ref, why)
        return typed
    if printed.replace(" ", "").replace(".", "") == typed.replace(" ", "").replace(".", ""):
        why = f"{said}; NIP yang sama di {where} yang dicetak: hapus NIP dari sel ini"
    else:
        why = (
            f'{said}; yang dicetak NIP di {where}, "{_clip(printed)}", bukan "{typed}": periksa mana yang '
            "benar, lalu hapus NIP dari sel ini"
        )
    reader.add(PERINGATAN, nama_ref, why)
    return printed


# A row staff add for the rank ("Pangkat/Golongan", "Pangkat", "Golongan", "Pangkat / Gol. Kepala"): the
# block, as the report's own (jabatan, name, NIP), has no rank line.
_RANK_ROW = re.compile(r"(?:pangkat|golongan|gol)\b", re.IGNORECASE)


def rank_row(reader: CellReader, name: str, ref: str, value: str) -> bool:
    """Whether a Pengaturan row is a rank's; one holding a value is told it is not printed."""
    if _RANK_ROW.match(name) is None:
        return False
    if value:
        reader.add(
            PERINGATAN,
            ref,
            f'Parameter "{_clip(name)}" "{_clip(value)}" tidak dicetak: blok tanda tangan memuat jabatan, '
            "nama dan NIP kepala saja, seperti laporan kinerja (pangkat tidak dicetak); baris ini boleh dihapus",
        )
    return True
