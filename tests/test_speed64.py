"""Speed cuts of stop 53 (speed64, docs/speed.md): the compute's and the budget side's Fraction
comparisons written on the integers, and three calls of budget._spent skipped where their own first test
says nothing; no output changed. Each cut is checked against the code as it was (d88fcd32): the old
form is today's source compiled again with the cut's text put back (tests.test_speed59's
:func:`_ungated`: the test fails loudly if the cut's text changes), and workbooks typed as staff type
them, Kinerja and Anggaran, are computed both ways and every Report compared."""

from __future__ import annotations

import contextlib
import sys
from collections import Counter
from unittest import mock

from hypothesis import example, given
from hypothesis import strategies as st

from lkj_xl.core import budget, capaian_looks, engine, pagu_seribu, pagu_sipd, ribuan_di_rupiah
from lkj_xl.core import contract as c
from lkj_xl.core.parse import parse_workbook
from tests.test_engine import anggaran_row, kinerja_row, workbook
from tests.test_speed59 import _ungated

# ribuan_quarters before the cut: r <= 0 and t < 10**6 as Fraction comparisons
_RIBUAN_QUARTERS_OLD = _ungated(
    ribuan_di_rupiah,
    "ribuan_quarters",
    """    if t is None:
        return
    # (r <= 0 and t < 10**6 on the integers, r = rn/rd and t = tn/td with positive denominators: asked of
    # every indicator with a capaian, two Fraction comparisons cost more than the rest of a quiet call)
    (rn, _), (tn, td) = r.as_integer_ratio(), t.as_integer_ratio()
    if rn <= 0 or tn < 10**6 * td or target.marked""",
    "    if t is None or r <= 0 or t < 10**6 or target.marked",
)
# budget._spent before the cut: after_period, refund_counted and _spending_galat asked of every quarter
_SPENT_OLD = _ungated(
    budget,
    "_spent",
    """        # (after_period's first test: a counted quarter is never after the reported one)
        if q > triwulan and after_period(
            log, c.SHEET_ANGGARAN, item.row, q, triwulan, value, "Realisasi anggaran", subject
        ):
            numbers.append(None)
            continue
        # (a blank or a figure at or above zero, most cells: refund_counted and _spending_galat say nothing
        # of it, their first tests, and ``known`` is theirs alone)
        if value.galat or value.status or (value.exact is not None and value.exact.numerator < 0):
            known""",
    """        if after_period(log, c.SHEET_ANGGARAN, item.row, q, triwulan, value, "Realisasi anggaran", subject):
            numbers.append(None)
            continue
        if True:
            known""",
)
# ribuan_columns before the cut: (exact or 0) > 0, a Fraction comparison
_RIBUAN_COLUMNS_OLD = _ungated(
    budget,
    "ribuan_columns",
    """            (x, item.pagu_used.exact or Fraction(0))
            for item in rows
            if q < len(item.realisasi_tw)
            and (x := item.realisasi_tw[q].exact) is not None
            and x.numerator > 0""",
    """            (item.realisasi_tw[q].exact or Fraction(0), item.pagu_used.exact or Fraction(0))
            for item in rows
            if q < len(item.realisasi_tw) and (item.realisasi_tw[q].exact or 0) > 0""",
)
_CUMULATIVE_OLD = _ungated(budget, "_cumulative", "now.numerator > 0 and", "now > 0 and")
_PAGU_DECIMALS_OLD = _ungated(
    pagu_sipd,
    "pagu_decimals",
    """pagu.numerator > 0  # (0 < pagu * 1000 <= _APBD on the integers: the denominator is positive)
        and pagu.numerator * 1000 <= _APBD * pagu.denominator""",
    "0 < pagu * 1000 <= _APBD",
)
# pagu_seribu._why before the cut: pagu / 1000 made first, whatever is asked after
_WHY_OLD = _ungated(
    pagu_seribu,
    "_why",
    """    programs, totals = sums
    # (no total typed and a pagu up to Rp 1 triliun, nearly every program: nothing below can say why;
    # pagu <= _TRILIUN on the integers, the denominator positive)
    if programs is None and pagu.numerator <= _TRILIUN * pagu.denominator:
        return ""
    meant = pagu / 1000""",
    "    meant, (programs, totals) = pagu / 1000, sums",
)
# pagu_thousandfold before the cut: sheet_sums made first, pagu / 1000's denominator asked of every row
_THOUSANDFOLD_OLD = _ungated(
    pagu_seribu,
    "pagu_thousandfold",
    """    sums: tuple[Fraction | None, list[tuple[str, Fraction, Fraction]]] | None = None  # (asked of a program)
    for item, result in rows:
        pagu = item.pagu_used.exact
        # (pagu / 1000 whole: a whole pagu, its denominator 1, whose numerator 1.000 divides; no Fraction
        # division a row)
        if (
            item.kode_galat
            or pagu is None
            or item.pagu_used.scale_word
            or pagu.denominator != 1
            or pagu.numerator % 1000
        ):
            continue
        if row_level(item, nodes) != "Program":
            continue
        sums = sheet_sums(inputs, nodes, totals) if sums is None else sums  # (pure: the same for every row)
        if not (why := _why(pagu, result.realisasi_exact, sums, sd)):
            continue""",
    """    sums = sheet_sums(inputs, nodes, totals)
    for item, result in rows:
        pagu = item.pagu_used.exact
        if item.kode_galat or pagu is None or item.pagu_used.scale_word or (pagu / 1000).denominator != 1:
            continue
        if row_level(item, nodes) != "Program" or not (why := _why(pagu, result.realisasi_exact, sums, sd)):
            continue""",
)
_THOUSANDTH_OLD = _ungated(
    pagu_seribu,
    "pagu_thousandth",
    """        (p, d), (s, e) = pagu.as_integer_ratio(), spent.as_integer_ratio()
        if not (p >= _RIBU * d and p * 1000 <= _TRILIUN * d and p * FAR * e < s * d <= p * 1000 * e):""",
    "        if not (pagu >= _RIBU and pagu * 1000 <= _TRILIUN and pagu * FAR < spent <= pagu * 1000):",
)

# (module, name, old form's key in this module): every place each cut's function is looked up
_OLD = [
    (capaian_looks, "ribuan_quarters", "_RIBUAN_QUARTERS_OLD"),
    (budget, "_spent", "_SPENT_OLD"),
    (budget, "ribuan_columns", "_RIBUAN_COLUMNS_OLD"),
    (engine, "ribuan_columns", "_RIBUAN_COLUMNS_OLD"),
    (budget, "_cumulative", "_CUMULATIVE_OLD"),
    (engine, "pagu_decimals", "_PAGU_DECIMALS_OLD"),
    (pagu_seribu, "_why", "_WHY_OLD"),
    (engine, "pagu_thousandfold", "_THOUSANDFOLD_OLD"),
    (engine, "pagu_thousandth", "_THOUSANDTH_OLD"),
]


def _old_forms(spy: Counter[str] | None = None) -> contextlib.ExitStack:
    """Every cut of this stop undone, in one context (``spy``: each old form's calls counted)."""
    module = sys.modules[__name__]
    stack = contextlib.ExitStack()
    for where, name, key in _OLD:
        old = getattr(module, key)
        if spy is not None:
            old = _counted(old, key, spy)
        stack.enter_context(mock.patch.object(where, name, old))
    return stack


def _counted(function, key: str, spy: Counter[str]):
    def counted(*args, **kwargs):
        spy[key] += 1
        return function(*args, **kwargs)

    return counted


# --- workbooks as staff type them ----------------------------------------------------------------------

# Kinerja figures: rupiah in each scale (the ribuan check's whole-rupiah targets among them), counts, %
_FIGURE = st.one_of(
    st.sampled_from(
        [
            "1.250", "1.250.000.000", "Rp 1.250.000.000", "300.000", "400.000", "2,5 M", "40,71%", "0,5",
            "-", "nihil", "Menunggu data BPS", "selesai", "0", "",
        ]
    ),
    st.none(),
    st.sampled_from([0, 1, 999, 1000, 10**6 - 1, 10**6, 10**6 + 1, 10**9, 1_250_000_000, 10**12]),
    st.integers(-5, 10**13),
    st.floats(0, 1e6, allow_nan=False),
)  # fmt: skip
# Anggaran amounts: pagu at the checks' edges (Rp 1.000, 1 juta, 1 triliun, a thousand times them, not
# whole thousands), refunds, SIPD's decimals, statuses, words staff type
_AMOUNT = st.one_of(
    st.sampled_from(
        [
            "1.200.000", "1.200.000.000", "1.200.000.000.000", "1.250.000,000", "Rp 1,2 M", "750 rb",
            "-5.000.000", "(1.500.000)", "-", "nihil", "belum ada SP2D", "0 (belum ada SP2D)", "#N/A", "",
        ]
    ),
    st.none(),
    st.sampled_from(
        [0, -1, 999, 1000, 1001, 10**6, 10**9, 10**12, 10**12 + 1000, 10**15, 1_200_000, 300_000_000, 1_234_567]
    ),
    st.integers(-(10**9), 10**13),
    st.floats(-1e6, 1e12, allow_nan=False),
)  # fmt: skip
_SATUAN = ["Rupiah", "Rp", "Juta Rupiah", "orang", "%", "Rp/kg"]
_KINERJA = st.lists(
    st.tuples(
        st.sampled_from(["Nilai investasi", "Jumlah koperasi aktif", "Persentase koperasi sehat"]),
        st.sampled_from(_SATUAN),
        st.sampled_from([None, *c.POLARITAS]),
        st.sampled_from([None, *c.JENIS_REALISASI]),
        st.lists(_FIGURE, min_size=5, max_size=5),
    ),
    min_size=1,
    max_size=3,
)
_ANGGARAN = st.lists(
    st.tuples(st.booleans(), st.lists(_AMOUNT, min_size=6, max_size=6)), min_size=0, max_size=4
)


def _rows(kinerja, anggaran) -> tuple[list[list], list[list]]:
    typed = [kinerja_row("1.01", "Sasaran", "", "S", "Persentase koperasi sehat", 60, (55, None, None, None))]
    for i, (indikator, satuan, polaritas, jenis, (t, *tws)) in enumerate(kinerja):
        typed.append(
            kinerja_row(
                f"2.17.0{i + 1}", "Program", "1.01", f"Program {i + 1}", indikator, t, tuple(tws),
                satuan=satuan, polaritas=polaritas, jenis=jenis,
            )
        )  # fmt: skip
    # a budget row of a program of Kinerja, or of a Kode Kinerja lacks (its own "program")
    budgets = [
        anggaran_row(
            f"2.17.0{i + 1}" if known else f"9.0{i}", f"Program {i + 1}", "1.01", pagu, tuple(tws), pp
        )
        for i, (known, (pagu, pp, *tws)) in enumerate(anggaran)
    ]
    return typed, budgets


def _computed(data):
    """The Report, or the error raised (both forms must agree; a budget the float range cannot divide by,
    a Pagu Perubahan of 2,2e-308, raised OverflowError at d88fcd32: now a galat, penyerapan.beyond_a_figure)."""
    try:
        return engine.compute(data)
    except Exception as exc:  # noqa: BLE001 (compared, never hidden: both forms must agree)
        return (type(exc), str(exc))


def _both(kinerja, anggaran, triwulan, **settings):
    data = parse_workbook(workbook(*_rows(kinerja, anggaran), triwulan=triwulan, **settings))
    new = _computed(data)
    with _old_forms():
        old = _computed(data)
    return new, old


def _same(new, old) -> None:
    if isinstance(new, tuple) or isinstance(old, tuple):
        assert new == old
        return
    assert new.findings == old.findings
    assert new == old  # (every IndicatorResult, node, budget)


_RIBUAN = [
    ("Nilai investasi", "Rupiah", None, "Kumulatif", ["1.250.000.000", "300.000", "400.000", None, None])
]
_PLAIN = [("Jumlah koperasi aktif", "orang", None, None, [100, 40, 30, None, None])]


@given(_KINERJA, _ANGGARAN, st.integers(1, 4))
@example(_RIBUAN, [], 2)
@example(_PLAIN, [(True, [1_200_000_000, None, 120_000_000, "-5.000.000", 80_000_000, None])], 3)
@example(_PLAIN, [(True, [1_200_000_000, None, 50_000_000, 50_000_000, None, None])], 2)
@example(_PLAIN, [(True, [1_200_000, None, 150_000_000, 150_000_000, None, None])], 2)
@example(_PLAIN, [(True, [1_200_000_000_000, None, 5_000_000, 5_000_000, None, None])], 2)
@example(
    _PLAIN,
    [(True, [10**9, None, 1000, 2000, None, None]), (False, [2 * 10**9, None, 900, 3000, None, None])],
    2,
)
@example(
    _PLAIN,
    [(True, ["1.250.000,000", None, 1000, None, None, None]), (True, [10**9, None, 1, None, None, None])],
    1,
)
@example(_PLAIN, [(True, [10**9, None, "belum ada SP2D", "(1.500.000)", "#N/A", 7])], 2)
# the gates' edges: a whole-rupiah target of exactly Rp 1 juta (TW I 1.000: read in ribuan, Rp 1 juta);
# a pagu of exactly Rp 1.000 (a thousand times it Rp 1 juta) and one not a whole thousand above Rp 1 triliun
@example([("Nilai investasi", "Rupiah", None, "Kumulatif", [10**6, 1000, None, None, None])], [], 1)
@example(_PLAIN, [(True, [1000, None, 500_000, None, None, None])], 1)
@example(_PLAIN, [(True, [1_200_000_000_100, None, 5_000_000, 5_000_000, None, None])], 2)
@example(_PLAIN, [(True, [10**9, None, 0, 0, 0, None]), (True, [10**9, None, 0, 0, None, None])], 3)
# TW I's Rp 5 juta, 0,05 % of its Rp 10 M (1 juta or more, under 0,1 %: no sign of ribuan alone) beside
# another program's TW I of 0: one figure above zero in the column, no column in ribuan, quiet (counted
# with the 0 as a figure, the column would read as ribuan and the 5 juta be said)
@example(
    _PLAIN,
    [(True, [10**10, None, 5_000_000, None, None, None]), (True, [10**9, None, 0, None, None, None])],
    1,
)
# a pagu in SIPD's form of Rp 2 M (a thousand times it above Rp 1 triliun: no ",000" slip asked) beside
# Rp 1,5 T spent: only "melebihi pagu" at TW I; weighed as a slip it would be said at the pagu too
@example(_PLAIN, [(True, ["2.000.000.000,000", None, 1_500_000_000_000, None, None, None])], 1)
# pagu_thousandth's three other edges (rev_speed64: each bound made strict or loose in a copy passed the
# draws and the examples above): spending s.d. TW II exactly 1.000 times the pagu (500 jt + 700 jt of
# Rp 1.200.000: the galat "pagu ditulis dalam ribuan rupiah?"), exactly 10 times it (5 jt + 7 jt of
# Rp 1.200.000: "melebihi pagu" alone, 10 times is not above FAR) and a pagu of Rp 1 M whose thousand
# times is exactly Rp 1 triliun (250 M + 350 M spent, 600 times: the galat)
@example(_PLAIN, [(True, [1_200_000, None, 500_000_000, 700_000_000, None, None])], 2)
@example(_PLAIN, [(True, [1_200_000, None, 5_000_000, 7_000_000, None, None])], 2)
@example(_PLAIN, [(True, [10**9, None, 250_000_000_000, 350_000_000_000, None, None])], 2)
# pagu_decimals' upper edge (rev_speed64: the bound made strict passed without it): a pagu in SIPD's form
# of exactly Rp 1 M, a thousand times it exactly Rp 1 triliun, beside a program of Rp 2 T: under 0,1 % of
# it, the peringatan at D2 ("kurang dari 0,1% pagu program ...")
@example(
    _PLAIN,
    [
        (True, ["1.000.000.000,000", None, 5_000_000, None, None, None]),
        (True, [2 * 10**12, None, 5_000_000, None, None, None]),
    ],
    1,
)
def test_every_cut_computes_the_report_it_computed(kinerja, anggaran, triwulan):
    _same(*_both(kinerja, anggaran, triwulan))


@given(_ANGGARAN, st.sampled_from([10**9, 10**12, 1_200_000_000_000, 3_600_000_000_000]))
@example([(False, ["1.200.000", 2.2250738585072014e-308, "1.200.000", None, None, None])], 10**9)
@example([(True, [10**12, None, 5_000_000, None, None, None])], 10**9)  # (with a thousandth: the total)
def test_with_a_total_pagu_typed_too(anggaran, total):
    # Pengaturan's Total Pagu Perjanjian Kinerja: _why's first branch (a total the programs' sum with a
    # thousandth of one) is asked only then
    _same(*_both(_PLAIN, anggaran, 2, **{c.P_TOTAL_PAGU: total}))


def _said(report, words: str) -> list[str]:
    return [f"{f.sheet}!{f.sel}" for f in report.findings if words in f.pesan]


def test_each_rule_still_speaks_where_it_did():
    # Worked out by hand, each in both forms (the comparison above is not of two silences). Kinerja: the
    # header row 1, the Sasaran 2, the program 3, Realisasi TW I-IV in K-N; Anggaran: the header row 1, the
    # program 2, Pagu in D, Realisasi TW I-IV in F-I.
    cases = [
        # Target Rp 1.250.000.000 (Satuan Rupiah), TW I 300.000 + TW II 400.000 = 700.000 Kumulatif: a
        # thousand of it is Rp 700 juta, within a tenth to ten times the target: "ditulis dalam ribuan" at
        # TW II (L3), the last quarter typed
        (_RIBUAN, [], 2, "tampaknya ditulis dalam ribuan rupiah", ["Kinerja!L3"]),
        # TW II -5 juta after TW I's 120 juta: a refund, counted (net 115 juta), said at TW II (G2)
        (
            _PLAIN,
            [(True, [1_200_000_000, None, 120_000_000, "-5.000.000", 80_000_000, None])],
            3,
            "pengembalian belanja",
            ["Anggaran!G2"],
        ),
        # TW II 50 juta equal to TW I's: typed cumulatively? at TW II (G2)
        (
            _PLAIN,
            [(True, [1_200_000_000, None, 50_000_000, 50_000_000, None, None])],
            2,
            "sama dengan TW I",
            ["Anggaran!G2"],
        ),
        # pagu 1.200.000 beside 300 juta spent s.d. TW II: 250 times the pagu (> 10, <= 1.000), a pagu from
        # Rp 1.000 whose thousand times is within Rp 1 triliun: typed in ribuan, a galat at the pagu (D2)
        (
            _PLAIN,
            [(True, [1_200_000, None, 150_000_000, 150_000_000, None, None])],
            2,
            "pagu ditulis dalam ribuan rupiah?",
            ["Anggaran!D2"],
        ),
        # pagu Rp 1.200.000.000.000 (above Rp 1 triliun, a whole thousand) of which 10 juta spent: under a
        # thousandth of it, and within the thousandth (1,2 M): SIPD's ",000" read as thousands, at D2
        (
            _PLAIN,
            [(True, [1_200_000_000_000, None, 5_000_000, 5_000_000, None, None])],
            2,
            "desimal SIPD",
            ["Anggaran!D2"],
        ),
        # a quarter "belum ada SP2D" (a status): its galat at TW I (F2), whatever the cut
        (
            _PLAIN,
            [(True, [10**9, None, "belum ada SP2D", 0, None, None])],
            2,
            "belum ada SP2D",
            ["Anggaran!F2"],
        ),
    ]
    for kinerja, anggaran, triwulan, words, cells in cases:
        new, old = _both(kinerja, anggaran, triwulan)
        assert (_said(new, words), _said(old, words)) == (cells, cells), words


def test_every_old_form_is_what_the_comparison_computes():
    # Under _old_forms each old form is called (or a cut would be compared with itself): the examples of
    # test_each_rule_still_speaks_where_it_did, with a Total Pagu typed for _why's first branch
    spy: Counter[str] = Counter()
    books = [
        (_RIBUAN, []),
        (_PLAIN, [(True, [1_200_000_000_000, None, 5_000_000, 5_000_000, None, None])]),
        (
            _PLAIN,
            [
                (True, ["1.250.000,000", None, 1000, None, None, None]),
                (True, [10**9, None, 1, 2, None, None]),
            ],
        ),
    ]
    for kinerja, anggaran in books:
        data = parse_workbook(workbook(*_rows(kinerja, anggaran), triwulan=2))
        with _old_forms(spy):
            engine.compute(data)
    keys = sorted({key for _, _, key in _OLD})
    assert {key: spy[key] > 0 for key in keys} == dict.fromkeys(keys, True)
