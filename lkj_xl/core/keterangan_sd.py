"""A Kumulatif indicator whose Keterangan says a quarter reported holds the realisasi up to it ("TW II
diisi kumulatif s.d. Juni", "realisasi s/d TW II", "nilai TW II adalah akumulasi", "kumulatif Jan-Jun",
"diisi akumulatif" for every quarter), as staff copy it from e-Monev. Kumulatif sums the quarters, so
the quarters before are counted twice (150 M + 312,5 M = 462,5 M where the note says 312,5 M is the half
year's), and while the sum stays under the target no check on the figures alone can tell
(capaian_checks._typed_sd needs a repeat or a sum over the target). A peringatan at the Keterangan
names the sum computed and the quarter's own figure to type (below zero said as such); the indicator is
computed as typed (the note may describe the sum). A Rata-rata averages the quarters alike: the average
is named, no figure (a rate up to June cannot be split without each quarter's weight). A Nilai Akhir
counts the latest quarter: such a note is right there. Words that do not say the cell is a running
total stay quiet: a denial (`bukan kumulatif`), the target's or the capaian's (`capaian kumulatif s.d.
Juni`), last year's, a running total naming no quarter (`akumulasi 2 triwulan sesuai DPA`), an "up to"
that is not the note's whole point (`data s.d. Juni belum final`). Pure."""

from __future__ import annotations

import re
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.cell_reader import CellReader
from lkj_xl.core.findings import figure
from lkj_xl.core.model import PERINGATAN, IndicatorInput
from lkj_xl.core.nama_periode import (
    HALF_NUMBER,
    HALF_WORD,
    NUMERAL,
    QUARTER_END_MONTHS,
    QUARTER_NUMBER,
    QUARTER_NUMERALS,
    QUARTER_WORD,
    SEP,
    di_pisah,
    month_pattern,
    number_named,
)
from lkj_xl.core.numbers import NumberParseError, parse_number

_MONTHS = QUARTER_END_MONTHS  # "s.d. Juni": TW II's last month
_ROMAN = QUARTER_NUMERALS
_MONTH = rf"(?P<month>{'|'.join(sorted(_MONTHS, key=len, reverse=True))})\b"
_TW = (
    rf"{QUARTER_WORD}{SEP}(?P<tw>{QUARTER_NUMBER})\b"  # ("TW II", "TW-II", "TWII", "Triwulan ke-2", "Kedua")
)
_HALF = rf"{HALF_WORD}{SEP}(?P<half>{HALF_NUMBER})\b"
# "s.d. Juni", "s/d TW II", "sampai dengan Triwulan II", "hingga akhir Juni", "s.d. Semester I"
# (a day before the month too: "s.d. 30 Juni 2025")
_UP_TO_WORDS = (
    r"(?:\bs\s?[./]?\s?d\b\.?|\bsampai\s+dengan\b|\bhingga\b)\s*(?:(?:bulan|akhir)\s+|[0-3]?[0-9]\s+)?"
)
_UP_TO = re.compile(rf"{_UP_TO_WORDS}(?:{_MONTH}|{_TW}|{_HALF})")
# A quarter named anywhere ("nilai TW II adalah akumulasi"), or a span of months ("Jan-Jun").
# (the last of several: "akumulasi TW I dan II" is TW II's)
_NAMED = re.compile(
    rf"\b(?:{_TW}|{_HALF}|{month_pattern(1)}\s*(?:-|\u2013|s\.?\s?d\.?|sampai)\s*{_MONTH})"
    rf"(?:\s*(?:,|dan|&|\+|-|\u2013)\s*{QUARTER_WORD}?\s*(?P<then>{NUMERAL})\b)?"
)
# A running total said in words: kumulatif as often misspelt, akumulasi.
_ACC = r"(?:a?k[ou]mulatif|akumulasi|kumulasi)\b"
# ...unless denied ("bukan kumulatif", "non-kumulatif") or said of another figure than this year's
# realisasi: the target's or the capaian's (which Kumulatif does sum), last year's.
_NOT_THIS = re.compile(
    rf"\b(?:bukan|tidak|tdk|non)[\s-]*{_ACC}|\b(?:target|capaian|tahun\s+(?:lalu|sebelumnya))\b"
)
# Without those words, an "up to" must be the note's whole point: a label of the figure ("realisasi s/d
# TW II", "data s.d. semester I (e-Monev)", the figure itself after it); "data s.d. Juni belum final"
# says how final the data is, not how the cell is filled.
_FIGURE = r"(?:rp\.?\s*)?-?\d[\d.,]*(?:\s*(?:%|[a-z]+\b))?"
_LABEL = re.compile(
    rf"(?:(?:realisasi|data|nilai|angka|posisi|{QUARTER_WORD}\s*\.?\s*\S+)\s*:?\s*)?{_UP_TO_WORDS}(?:{_MONTH}|{_TW}|{_HALF})"
    rf"(?:\s+(?:tahun\s+)?20\d\d)?(?:\s*(?::|=|adalah|sebesar)?\s*{_FIGURE})?(?:\s*\([^()]*\))?"
    r"(?:\s*,?\s*(?:sesuai|sumber|berdasarkan|menurut|dari)\b[^()]*)?\s*\.?"  # its source: "sesuai e-Monev"
)
_FILLED = re.compile(r"\b(?:diisi|ditulis|diinput|terisi)\b")
_EVERY = 0  # every quarter is said to be filled up to it ("diisi akumulatif")


def _quarter(found: re.Match[str]) -> int:
    if found["month"]:
        return _MONTHS[found["month"]]
    return number_named(found["tw"]) if found["tw"] else 2 * number_named(found["half"])


def said_quarter(note: str) -> int | None:
    """The quarter (1-4) a note says is typed up to it, ``_EVERY`` when it says each is ("diisi
    akumulatif"), None when it says neither (see the module docstring for the words read)."""
    folded = di_pisah(" ".join(note.casefold().split()))  # ("kumulatif ditw II": "di tw II")
    if _NOT_THIS.search(folded):
        return None
    if re.search(rf"\b{_ACC}", folded):
        named = [*_UP_TO.finditer(folded), *_NAMED.finditer(folded)]
        if named:
            return max(_ROMAN[m["then"]] if m.groupdict().get("then") else _quarter(m) for m in named)
        return _EVERY if _FILLED.search(folded) else None  # ("akumulasi 2 triwulan sesuai DPA": none)
    found = _UP_TO.search(folded)
    return _quarter(found) if found is not None and _LABEL.fullmatch(folded) else None


def _names(note: str, total: Fraction, satuan: str) -> bool:
    """Whether a figure of the note, with its scale word, is the sum computed ("Realisasi s.d. TW II
    462,5 M" beside 150 M and 312,5 M)."""
    for found in re.finditer(_FIGURE, note, re.IGNORECASE):
        try:
            if parse_number(found.group(), satuan=satuan).exact == total:
                return True
        except NumberParseError:
            continue
    return False


def _own(typed: list[tuple[int, Fraction]], said: int) -> list[tuple[int, Fraction, Fraction]]:
    """(quarter, typed, what the quarters before it hold) of each quarter the note says is typed up to
    it, with a figure before it: the one named (its own share is its figure less the sum of those
    before), or each after the first ("diisi akumulatif": its figure less the one before it)."""
    if said == _EVERY:
        pairs = [(q, x, before) for (_, before), (q, x) in zip(typed, typed[1:])]
    else:
        earlier = [x for q, x in typed if q < said]
        pairs = [(q, x, sum(earlier, Fraction(0))) for q, x in typed if q == said and earlier]
    return [(q, x, before) for q, x, before in pairs if before > 0]  # (nothing before: nothing twice)


def running_total(
    reader: CellReader, item: IndicatorInput, letter: str, quarters: list[str], triwulan: int
) -> None:
    """A peringatan at the Keterangan (column ``letter``; ``quarters``: the realisasi columns) of a
    Kumulatif or Rata-rata indicator whose note says a quarter reported is its realisasi up to it,
    beside figures before it: the figure computed and, for Kumulatif, each quarter's own share (see
    the module docstring). A Nilai Akhir counts the latest quarter, which such a note describes."""
    if item.jenis_realisasi not in (c.KUMULATIF, c.RATA_RATA):
        return
    said = said_quarter(item.keterangan)
    if said is None or said == 1 or said > triwulan:
        return  # (TW I up to March is TW I; a quarter not yet reported changes nothing)
    typed = [(q, v.exact) for q, v in enumerate(item.realisasi_tw[:triwulan], 1) if v.exact is not None]
    own = _own(typed, said)
    values = [x for _, x in typed]
    mean = item.jenis_realisasi == c.RATA_RATA
    computed = sum(values, Fraction(0)) / (len(values) if mean else 1)
    if not own or _names(item.keterangan, computed, item.satuan):
        return  # the note describes the figure computed
    shown = " + ".join(figure(x) for x in values)
    tw, now = c.TW_LABELS, c.TW_LABELS[triwulan - 1]
    how = (
        f"Rata-rata merata-ratakan realisasi setiap triwulan: ({shown}) / {len(values)} = {figure(computed)}"
        if mean
        else f"Kumulatif menjumlahkan realisasi setiap triwulan: realisasi s.d. {now} dihitung {shown} = "
        f"{figure(computed)}"
    )
    cells = [f'"Realisasi {tw[q - 1]}" ({quarters[q - 1]}{item.row})' for q, _, _ in own]
    if said == _EVERY:
        told, which = "realisasi diisi kumulatif", "setiap triwulan berisi realisasi s.d. triwulan itu"
    else:
        told, which = f"realisasi s.d. {tw[said - 1]}", f"{cells[0]} berisi realisasi s.d. {tw[said - 1]}"
    reader.add(
        PERINGATAN,
        f"{letter}{item.row}",
        f'Keterangan indikator "{item.indikator}" ({item.kode}) menyebut {told} ("{item.keterangan}"), '
        f"sedangkan Jenis Realisasi {how}. Bila {which}, tulis realisasi triwulan itu saja"
        + (_unknown(said) if mean else _shares(own, cells, said)),
    )


def _unknown(said: int) -> str:
    what = "angka s.d. triwulan itu" if said == _EVERY else f"angka s.d. {c.TW_LABELS[said - 1]}"
    return f" (angkanya tidak dapat dihitung dari {what} tanpa bobot setiap triwulan)"


def _shares(own: list[tuple[int, Fraction, Fraction]], cells: list[str], said: int) -> str:
    """The quarters' own shares, a share below zero said (a running total fell: a correction, or a slip
    in a figure before it; nothing is guessed)."""
    parts = []
    for (_, x, before), cell in zip(own, cells):
        share = f"{figure(x)} - {figure(before)} = {figure(x - before)}"
        if x < before:
            share += ": di bawah nol, lebih kecil dari realisasi sebelumnya; periksa angka-angka itu"
        parts.append(share if said != _EVERY else f"{cell}: {share}")
    return f" ({parts[0]})" if said != _EVERY else ": " + "; ".join(parts)
