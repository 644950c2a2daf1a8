"""A quarter's realisation typed up to it with a note that says so ("46,6% (s.d. Juni)", "Rp 522.750.000
(kumulatif)", "s.d. Juni 46,6%"), beside a quarter before it with a figure: a half year's report, whose
staff copy the figure s.d. June from e-Monev into TW II.

The cell is not read either way (a word after the number is a galat; before it, a status). But the
advice it got, "tulis angkanya saja (46,6%)", counts TW I twice once followed: Kumulatif sums the
quarters (22,5 + 46,6 = 69,1 of 95, 72,74 % Sedang instead of 49,05 % Sangat Rendah), and so does every
Anggaran row. So the galat says the quarter's own share to type (46,6 - 22,5 = 24,1). A Nilai Akhir or
Rata-rata indicator, or a quarter with nothing before it, keeps its advice: the figure is the quarter's.
Pure.
"""

from __future__ import annotations

import re
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import figure
from lkj_xl.core.grids import DataRow
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.model import GALAT, Finding, Value
from lkj_xl.core.numbers import NumberParseError, parse_number

# The words of a figure counted from January: "s.d. Juni", "s/d Semester I", "sampai dengan TW II",
# "kumulatif", "akumulasi", "Jan-Jun", "Januari s.d. Juni".
_UP_TO = re.compile(
    r"^(?:s\s?[./]?\s?d\b\.?|sampai\s+dengan\b|kumulatif\b|komulatif\b|akumulasi\b|jan(?:uari)?\.?\s*(?:[-–/]|s\s?[./]?\s?d\b))",
    re.IGNORECASE,
)
_NOTE_AFTER = re.compile(r"(.*?\d.*?)\s*\(([^()]+)\)")  # "46,6% (s.d. Juni)"
_NOTE_BEFORE = re.compile(
    r"((?:s\s?[./]?\s?d\b\.?|sampai\s+dengan)\s*[^\d:=]*?)\s*[:=]?\s*(\d.*)", re.IGNORECASE
)


def _up_to(value: Value) -> tuple[str, str] | None:
    """(number text, note) of a cell typed up to its quarter, None for any other text."""
    text = c.tidy_text(value.text or value.status or "")
    found = _NOTE_AFTER.fullmatch(text)
    if found is not None and _UP_TO.match(found.group(2).strip()):
        return found.group(1), found.group(2).strip()
    found = _NOTE_BEFORE.fullmatch(text)
    if found is not None:
        return found.group(2), found.group(1).strip()
    return None


def quarters_typed_up_to(
    data: DataRow,
    tws: list[Value],
    sheet: str,
    findings: list[Finding],
    *,
    label: str,
    satuan: str | None = None,
) -> None:
    """A galat (replacing the cell's own, in ``findings``) at each quarter of ``tws`` (a Kumulatif
    indicator's or an Anggaran row's, parsed, in place) typed up to it with a note beside earlier
    quarters with a figure, naming the quarter's own share. ``data``: the row of ``sheet``; ``label``:
    "Realisasi" or "Realisasi anggaran"; ``satuan``: the indicator's (None: rupiah)."""
    money = satuan is None
    for q in range(1, len(tws)):
        value = tws[q]
        if not (value.galat or value.status) or (found := _up_to(value)) is None:
            continue
        before = [v.exact for v in tws[:q] if v.exact is not None]
        if not before or not (earlier := sum(before, Fraction(0))) > 0:
            continue  # nothing before it: the figure is the quarter's own, as typed
        try:
            parsed = parse_number(found[0], satuan=satuan, money=money)
        except NumberParseError:
            continue
        typed = Fraction(parsed.exact) if parsed.exact is not None else Fraction(parsed.value)
        if typed < earlier:
            continue  # less than the quarters before: no figure from January
        tw, ref = c.TW_LABELS[q], data.ref(c.REALISASI_TW_HEADERS[q])
        show = rupiah if money else figure
        prev = c.TW_LABELS[0] if q == 1 else f"{c.TW_LABELS[0]}-{c.TW_LABELS[q - 1]}"
        how = (
            "realisasi anggaran dijumlahkan per triwulan"
            if money
            else "Kumulatif menjumlahkan realisasi per triwulan"
        )
        written = value.text or value.status or ""
        # (the cell's own galat, "tulis angkanya saja", is replaced; nothing else said there)
        findings[:] = [f for f in findings if not (f.severity == GALAT and f.sheet == sheet and f.sel == ref)]
        findings.append(
            Finding(
                GALAT,
                sheet,
                ref,
                f'{label} {tw} "{written}" tidak dapat dibaca: "{found[1]}" berarti '
                f"realisasi s.d. {tw}, padahal {how} ({prev} sudah terisi); tulis realisasi {tw} saja "
                f"({show(typed)} - {show(earlier)} = {show(typed - earlier)}) dan catatannya, bila perlu, di "
                "kolom Keterangan",
            )
        )
        tws[q] = Value(text=written, galat=f"{sheet}!{ref}")
