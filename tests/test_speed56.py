"""Speed cuts of stop 49 (docs/speed.md) that gate a check stop 48 added to every row by a cheap first
test: each gated step says exactly what it said ungated, on rows typed the way staff type them. The
ungated forms are kept here as oracles (the code as it was before the cut, 1d9a177f)."""

from __future__ import annotations

import re
from fractions import Fraction
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from lkj_xl.core import contract as c
from lkj_xl.core import indicator_cells as ic
from lkj_xl.core.engine import compute
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.model import Cell, IndicatorInput, Value
from lkj_xl.core.parse import parse_workbook
from tests.report_dump import deep
from tests.test_engine import kinerja_row, workbook

# --- indicator_cells.quarter_numbers: whole_rupiah asked only under a Satuan of juta rupiah or more ----

# Satuan as staff type them: of rupiah in a scale (whole_rupiah's), of whole rupiah, of counts
RUPIAH_SATUAN = [
    "Milyar Rupiah",
    "Rp Milyar",
    "Juta Rupiah",
    "Rp. Juta",
    "miliar rupiah",
    "Triliun Rupiah",
    "Ribu Rupiah",
    "Rupiah",
    "Rp",
    "orang",
    "%",
    "",
]
# Figures as staff type them: whole rupiah pasted from the BPKAD's report, in the Satuan's units, with
# Rp and a scale word, statuses, numbers
RUPIAH_TYPED = st.one_of(
    st.sampled_from(
        [
            "78.450.125.300",
            "325",
            "Rp 325 M",
            "Rp 81,2 M",
            "92.300 jt",
            "4.750",
            "3,37",
            "Rp 78.450.125.300",
            "1.000.000",
            "-",
            "nihil",
            "Menunggu data BPS",
            "0",
        ]
    ),
    st.none(),
    st.integers(min_value=-5, max_value=10**12),
    # (typed: at most four decimals; a subnormal float such as 2.2e-311 crashes the reading on main
    # too, docs/speed.md Stop 49)
    st.floats(min_value=0, max_value=1e12, allow_nan=False).map(lambda x: round(x, 4)),
)


def _quarter_numbers_ungated(
    item: IndicatorInput,
    name: str,
    triwulan: int,
    target: Value,
    log: FindingLog,
    galat: list[str],
    beda: list[str] | None = None,
) -> tuple[list[Fraction | None], list[str]]:
    """indicator_cells.quarter_numbers as it was before the cut (1d9a177f): whole_rupiah asked of
    every quarter of a positive target."""
    numbers: list[Fraction | None] = []
    statuses: list[str] = []
    # (a zero or negative target is a galat of its own)
    positive = target.exact is not None and target.exact.numerator > 0
    # A plain target (no %, Rp or scale word): a plain quarter beside it needs neither check below
    # (count_clash and scale_mismatch look for one of these marks first; nearly every figure has none).
    marked = target.marked
    texts: list[int] = []  # the quarters read as a status
    for q, value in enumerate(item.realisasi_tw, start=1):
        if q > triwulan:  # after the reported quarter: not counted (after_period says so when filled)
            ic.after_period(log, c.SHEET_KINERJA, item.row, q, triwulan, value, "Realisasi", name)
            numbers.append(None)
            continue
        if value.galat:
            galat.append(value.galat)
        numbers.append(value.exact)
        if value.exact is not None and value.exact.numerator <= 0:  # (nearly every figure is positive)
            ic._not_above_zero(q, name, value, item, log)
        if value.exact is None and value.status:
            if target.exact is not None and (grade := ic.predikat.predikat_lain(value)) is not None:
                header = c.REALISASI_TW_HEADERS[q - 1]
                log.add(
                    ic.GALAT,
                    c.SHEET_KINERJA,
                    header,
                    item.row,
                    f'{header} {name} berisi predikat "{value.status}" ({grade.skala}), padahal targetnya '
                    "angka; tulis target dan realisasi sama-sama predikat atau sama-sama angka, capaian "
                    "tidak dihitung",
                )
                galat.append(log.where(c.SHEET_KINERJA, header, item.row))
                continue
            statuses.append(value.status)
            texts.append(q)
        if positive and ic.whole_rupiah(q, name, (value, target), item, log, galat):  # "78.450.125.300"
            numbers[-1] = None  # (of 325 Milyar Rupiah)
            continue
        if value.exact is None or not (marked or value.marked):
            continue
        if positive and ic.count_clash(q, name, value, target, item, log, galat):
            numbers[-1] = None
            continue
        # (a zero target too: its realisasi is printed, in the target's scale unless told apart)
        if (
            target.exact is not None
            and (why := ic.scale_mismatch(value, target, item.satuan))
            and ic.scale_differs(q, name, (value, target), item, why, log, galat, beda)
        ):
            numbers[-1] = None
    ic._figures_in_texts(item, name, texts, numbers, triwulan, log, galat)
    return numbers, statuses


@settings(max_examples=150)
@given(
    st.lists(
        st.tuples(st.sampled_from(RUPIAH_SATUAN), st.lists(RUPIAH_TYPED, min_size=5, max_size=5)),
        min_size=1,
        max_size=3,
    ),
    st.integers(min_value=1, max_value=4),
)
@example([("Milyar Rupiah", [325, "78.450.125.300", "Rp 81,2 M", None, None])], 2)
# a whole amount under each Satuan of juta rupiah or more, within a hundredth to ten times the target:
# 1.250.000.000 of 1.500 Juta Rupiah (1.500.000.000 rupiah) is 83 %; 4.000.000.000.000 of 2,5 Triliun
@example([("Juta Rupiah", ["1.500", "1.250.000.000", None, None, None])], 1)
@example([("Rp. Juta", ["1.500", 125_000_000, None, None, None])], 1)
@example([("Rp Milyar", [325, 4, "78.450.125.300", None, None])], 2)
@example([("miliar rupiah", ["3,5", 2_000_000_000, None, None, None])], 1)
@example([("Triliun Rupiah", ["2,5", "4.000.000.000.000", None, None, None])], 1)
def test_quarter_numbers_gated_says_what_it_said_ungated(rows, triwulan):
    # every row a Program of Sasaran 1.01 (Target, TW I-IV drawn), computed with quarter_numbers and
    # with its form before the cut
    from lkj_xl.core import engine

    typed = [kinerja_row("1.01", "Sasaran", "", "S", "Persentase koperasi sehat", 60, (55, None, None, None))]
    for i, (satuan, (t, *tws)) in enumerate(rows):
        typed.append(
            kinerja_row(
                f"2.17.0{i + 1}", "Program", "1.01", f"P{i + 1}", "Nilai PAD", t, tuple(tws), satuan=satuan
            )
        )
    gated = compute(parse_workbook(workbook(typed, triwulan=triwulan)))
    with mock.patch.object(engine, "quarter_numbers", _quarter_numbers_ungated):
        ungated = compute(parse_workbook(workbook(typed, triwulan=triwulan)))
    assert deep(gated) == deep(ungated)


def test_whole_rupiah_is_asked_only_under_a_satuan_of_juta_rupiah():
    # 200 rows of counts (orang) never ask it; one row under Milyar Rupiah asks it of each of its two
    # quarters s.d. TW II; its TW I 78.450.125.300 read in the Satuan is 241 million times the target
    # 325 (78.450.125.300 / 325 = 241.384.999,4): a galat at L203 (TW I of the 203rd row)
    from lkj_xl.core import indicator_cells
    from lkj_xl.core.unit_checks import whole_rupiah

    rows = [
        kinerja_row("1.01", "Sasaran", "", "S", "Jumlah UMKM", 60, (55, None, None, None), satuan="orang")
    ]
    rows += [
        kinerja_row(f"2.17.{i:03}", "Program", "1.01", f"P{i}", "Jumlah pelaku usaha", 60, (25, 4, None, None), satuan="orang")
        for i in range(200)
    ]  # fmt: skip
    rows.append(
        kinerja_row(
            "2.17.999", "Program", "1.01", "P", "Nilai PAD", 325, ("78.450.125.300", 4, None, None),
            satuan="Milyar Rupiah",
        )
    )  # fmt: skip
    asked = []

    def counted(*args):
        asked.append(args[0])
        return whole_rupiah(*args)

    with mock.patch.object(indicator_cells, "whole_rupiah", counted):
        report = compute(parse_workbook(workbook(rows)))
    assert asked == [1, 2]
    said = [f for f in report.findings if "rupiah penuh" in f.pesan]
    assert [(f.severity, f.sel) for f in said] == [("galat", f"{_col('Realisasi TW I')}203")]


def _col(header: str) -> str:
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[c.KINERJA_HEADERS.index(header)]
