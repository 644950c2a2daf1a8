"""A rupiah amount typed with an English thousands comma ("100,000", "Rp. 500,000", "1.250,000"), in
Anggaran's Pagu, Pagu Perubahan and quarters, or in Kinerja's cells of a Rupiah Satuan. Read the
Indonesian way it is Rp 100 (a decimal comma), a thousand times less than meant when the comma is the
English separator; a rupiah figure with three decimals is almost surely that, but not surely, and a wrong
figure in a signed report is the worst failure: the cell is made a galat naming both readings (the
figures that need it are withheld), where comma_thousands would offer the thousands reading. A reading
that only one way fits (a quarter whose thousands reading is above 10x its pagu: three zero decimals)
stays read, with comma_thousands' peringatan. Runs after parse (parse_workbook). Pure."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.comma_thousands import comma_reading
from lkj_xl.core.grids import SCALED_NOTE
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.model import GALAT, BudgetInput, Finding, IndicatorInput, Value, WorkbookInput
from lkj_xl.core.number_words import scaled_satuan
from lkj_xl.core.numbers import format_number
from lkj_xl.core.periode_diminta import Periode, kuartal

_SCALE = frozenset({"ribu", "rb", "juta", "jt", "miliar", "milyar", "m", "triliun", "trilyun"})


@functools.lru_cache(maxsize=1024)  # called per indicator, a few Satuan per workbook
def _rupiah_satuan(satuan: str) -> bool:
    """A Satuan of whole rupiah ("Rp", "Rupiah"; not one counting in a scale, "juta rupiah", "Jutaan
    Rupiah", "Rp (ribuan)", "Rp (000)", whose "12,500" is 12,5 of it, nor a rate "Rp per kapita")."""
    words = re.findall(r"[^\W\d_]+", satuan.casefold())
    return (
        bool({"rp", "rupiah"} & set(words))
        and not (_SCALE & set(words))
        and "per" not in words
        and not scaled_satuan(satuan)
        and not SCALED_NOTE.search(satuan.casefold())
        and not re.search(r"\b000\b", satuan)
    )


def _galat(value: Value, exact: Fraction, meant: Fraction, what: str) -> str:
    """The message: both readings, and what to type."""
    decimal = format_number(exact, 0) if exact.denominator == 1 else ""
    advice = (
        f"tulis {format_number(meant, 0)} atau {decimal}" if decimal else f"tulis {format_number(meant, 0)}"
    )
    return (
        f'"{value.text}" tidak dapat dibaca: {rupiah(exact) if decimal else f"Rp {format_number(exact, 3)}"} (koma sebagai pemisah desimal) atau {rupiah(meant)} '
        f"(koma sebagai pemisah ribuan cara Inggris)? {what} tidak dihitung sampai angka ini jelas: {advice} "
        "(ribuan dengan titik, desimal dengan koma)"
    )


def _cells(
    values: Sequence[tuple[str, Value]],
    against: Sequence[Sequence[Fraction]],
    bounds: Sequence[Fraction | None],
) -> list[tuple[int, Fraction, Fraction]]:
    """(index, read, thousands reading) of each of ``values`` whose thousands reading is offered."""
    out = []
    for i, ((_, value), side, bound) in enumerate(zip(values, against, bounds)):
        got = comma_reading(value, "Rp", side, bound)
        if got is not None and got[2] and value.exact is not None:
            out.append((i, value.exact, got[1]))
    return out


def _marked(
    cells: list[tuple[str, Value]],
    found: list[tuple[int, Fraction, Fraction]],
    at: tuple[str, int, str],
    letters: Mapping[str, str],
    findings: list[Finding],
) -> list[Value]:
    """``cells`` (header, value) with each of ``found`` made a galat, its finding added; ``at``: the
    sheet, the row and how the row is named."""
    sheet, row, name = at
    out = [value for _, value in cells]
    for i, exact, meant in found:
        header, value = cells[i]
        sel = f"{letters.get(header, '')}{row}"
        if sheet == c.SHEET_KINERJA:
            what = "Capaian dan kriterianya"
        else:
            what = "Pagu" if i < 2 else "Realisasi anggaran"
            what += ", penyerapan dan total Tabel 3.4"
        findings.append(Finding(GALAT, sheet, sel, f"{header} {name} {_galat(value, exact, meant, what)}"))
        out[i] = Value(text=value.text, galat=f"{sheet}!{sel}")
    return out


def _budget(item: BudgetInput, letters: Mapping[str, str], findings: list[Finding], upto: int) -> None:
    pagus = [("Pagu", item.pagu), ("Pagu Perubahan", item.pagu_perubahan)]
    quarters = list(zip(c.REALISASI_TW_HEADERS, item.realisasi_tw))[:upto]
    spent = [v.exact for _, v in quarters if v.exact is not None]
    found = _cells(pagus, [spent, spent], [None, None])
    used = item.pagu_used.exact
    doubtful = any(pagus[i][1] is item.pagu_used for i, _, _ in found)
    bound = None if used is None else used * (10_000 if doubtful else 10)
    side = [used] if used is not None else []
    found += [(i + 2, e, m) for i, e, m in _cells(quarters, [side] * len(quarters), [bound] * len(quarters))]
    if found:
        at = (c.SHEET_ANGGARAN, item.row, f'program "{item.program or item.kode}"')
        values = _marked([*pagus, *quarters], found, at, letters, findings)
        item.pagu, item.pagu_perubahan = values[0], values[1]
        item.realisasi_tw = [*values[2:], *item.realisasi_tw[upto:]]


def _indicator(item: IndicatorInput, letters: Mapping[str, str], findings: list[Finding], upto: int) -> None:
    targets = [("Target", item.target), ("Target Perubahan", item.target_perubahan)]
    quarters = list(zip(c.REALISASI_TW_HEADERS, item.realisasi_tw))[:upto]
    spent = [v.exact for _, v in quarters if v.exact is not None]
    side = [v.exact for _, v in targets if v.exact is not None]
    found = _cells(
        [*targets, *quarters], [spent, spent, *[side] * len(quarters)], [None] * (2 + len(quarters))
    )
    if found:
        at = (c.SHEET_KINERJA, item.row, f'indikator "{item.indikator}" ({item.kode})')
        values = _marked([*targets, *quarters], found, at, letters, findings)
        item.target, item.target_perubahan = values[0], values[1]
        item.realisasi_tw = [*values[2:], *item.realisasi_tw[upto:]]


def comma_galat(data: WorkbookInput, letters: Mapping[str, Mapping[str, str]], asked: Periode | None) -> None:
    """Each such rupiah cell of ``data`` made a galat (its finding added); ``letters``: each input sheet's
    column letters by header; ``asked``: the quarter asked for (``--triwulan``) over Pengaturan's. A
    quarter after the reported one counts for nothing (told so where it is read): no galat there."""
    s = data.settings
    upto = kuartal(asked) or (4 if s.triwulan_galat else s.triwulan)
    for item in data.budgets:  # (in place, as revisi_tetap.read_unchanged: the rows read so far keep them)
        _budget(item, letters.get(c.SHEET_ANGGARAN, {}), data.findings, upto or 4)
    for indicator in data.indicators:
        if _rupiah_satuan(indicator.satuan):
            _indicator(indicator, letters.get(c.SHEET_KINERJA, {}), data.findings, upto or 4)
