"""Speed cuts of stop 51 (speed59, docs/speed.md): the engine's compute phase, no output changed. Each
cut is checked against the code as it was (c8318afd), kept here as the oracle: seperseribu's and
melebihi_awal's gates on the integers of each Fraction (copied whole below), and three calls skipped
where their own first test says nothing (quarter_numbers' after_period, _indicator's sd_unknown,
target_tertulis' texts of a figure target), their old forms rebuilt from today's source with the gate
taken out (:func:`_ungated`: the test fails loudly if the gate's text is changed). Whole workbooks
typed as staff type them are computed both ways and every Report compared."""

from __future__ import annotations

import contextlib
import inspect
import math
import sys
import textwrap
import types
from collections import Counter
from fractions import Fraction
from unittest import mock

from hypothesis import example, given
from hypothesis import strategies as st

from lkj_xl.core import capaian_looks, engine, indicator_cells, number_format, target_tertulis
from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.melebihi_awal import _SMALLER, above_year_early
from lkj_xl.core.model import PERINGATAN, IndicatorInput, Value
from lkj_xl.core.number_words import is_money_unit, is_percent_unit, satuan_scale
from lkj_xl.core.parse import parse_workbook
from lkj_xl.core.seperseribu import seperseribu
from lkj_xl.core.unit_checks import every_decimal
from tests.test_engine import kinerja_row, workbook

SHEET = c.SHEET_KINERJA
HEADERS = ("Target", *c.REALISASI_TW_HEADERS)
COLUMNS = {SHEET: dict(zip(HEADERS, "IJKLM"))}


def _seperseribu_old(
    cells: list[tuple[str, Value]],
    item: IndicatorInput,
    name: str,
    realisasi: Fraction,
    n: int,
    log: FindingLog,
) -> None:
    """seperseribu as it was (c8318afd): its Fraction comparisons."""
    header, target = cells[0]
    flow = item.jenis_realisasi == c.KUMULATIF  # (may start at a thousandth, never at a millionth)
    part = 1_000_000 if flow else 1000
    if (
        item.polaritas == c.NEGATIF
        or target.exact is None
        or target.exact < 1000  # (no scale word lifts a figure to a target below a thousand: 0,0003 of 0,3)
        or is_percent_unit(item.satuan)  # (nor is one typed after a percentage: 0,05 % of 60 % is as meant)
        or realisasi <= 0
        or realisasi * part > target.exact
    ):
        return
    typed = [(h, v) for h, v in cells[1 : n + 1] if v.exact is not None and v.exact > 0]
    if not typed:
        return
    refs = [log.ref(h, item.row, c.SHEET_KINERJA) for h, _ in cells[: n + 1]]
    if log.said_at(c.SHEET_KINERJA, refs):
        return  # (another scale word, a miliar's thousands dot: said already)
    shown = figure(realisasi)
    # the scale word nearest the gap: 1,23 of 1.230.000 is juta, 1.230 of it ribu, Rp 5 of 5 M miliar
    # (and 45 of Rp 45 T triliun: a PDRB's)
    # (the ratio's log10 from its integer parts: 1e200 against 1e-200 holds no float)
    ratio = target.exact / realisasi
    tens = math.log10(ratio.numerator) - math.log10(ratio.denominator)
    word = ("ribu", "juta", "miliar", "triliun")[min(3, max(0, round(tens / 3) - 1))]
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        typed[-1][0],
        item.row,
        f"Realisasi {log.sd(n)} {name} ({shown}) tidak sampai {'sepersejuta' if flow else 'seperseribu'} {header} ({figure(target.exact)}): "
        f"periksa skala keduanya, mis. kata skala yang terlupa ({shown} {word} ditulis {shown}); bila memang "
        "sekecil itu, biarkan",
    )


def _above_year_early_old(
    cells: list[tuple[str, Value]],
    item: IndicatorInput,
    name: str,
    realisasi: Fraction,
    n: int,
    log: FindingLog,
) -> None:
    """melebihi_awal.above_year_early as it was (c8318afd): its Fraction comparisons."""
    header, target = cells[0]
    t = target.exact
    if (
        n > 2
        or item.jenis_realisasi != c.KUMULATIF
        or item.polaritas == c.NEGATIF
        or t is None
        or t <= 0
        or not realisasi > t
        or realisasi > 10 * t  # (capaian_checks' far-off peringatan says it)
        or not is_money_unit(item.satuan)
    ):
        return
    # (a stock summed by a blank Jenis Realisasi, said there: its "pilih Nilai Akhir" is the advice)
    refs = [
        log.ref(h, item.row, c.SHEET_KINERJA) for h in [*(h for h, _ in cells[: n + 1]), "Jenis Realisasi"]
    ]
    if log.said_at(c.SHEET_KINERJA, refs):
        return  # (a running total, a scale word: said already)
    unit = item.satuan.strip()
    # under a Satuan of juta or more a quarter in the scale a thousand times smaller is a thousandth of
    # its reading (2.500 ribu = 2,5 Juta Rupiah; 2.500 juta = 2,5 Milyar Rupiah, never "2.500 ribu");
    # under Rp a scale word left off or misplaced
    smaller = _SMALLER.get(satuan_scale(unit) or 0)
    example = (
        f"mis. realisasi ditulis dalam {smaller[0]} ({figure(realisasi)} {smaller[1]} = "
        f"{every_decimal(realisasi / 1000)} {unit})"
        if smaller
        else "mis. kata skala yang tertukar atau terlupa pada salah satunya"
    )
    # TW II typed s.d. TW II (700; 1.300 of 1.250) and summed: 2.000, a running total, no scale's slip
    q1, q2 = (cells[1][1].exact, cells[2][1].exact) if n == 2 else (None, None)
    if q1 is not None and q2 is not None and q2 > q1 > 0:
        example += (
            f"; atau TW II diketik s.d. TW II, padahal realisasi per triwulan dijumlahkan: bila demikian, "
            f"tulis TW II {figure(q2 - q1)} ({figure(q2)} - {figure(q1)})"
        )
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        header,
        item.row,
        f"Realisasi {log.sd(n)} {name} ({figure(realisasi)}) sudah melebihi {header} setahun "
        f"({figure(t)}) pada TW {c.roman(n)}: periksa skala dan satuan keduanya, {example}; bila memang "
        "sudah melampaui target setahun, biarkan",
    )


def _ungated(module, name: str, gated: str, ungated: str):
    """``module.name`` compiled again from its source with the text ``gated`` replaced by ``ungated``
    (the form before the cut), looking its names up in the module itself, live: under
    :func:`_old_forms` the old _indicator calls the old quarter_numbers patched into engine (a copy of
    the module's names, taken once, held the new one: that cut was compared with itself)."""
    source = textwrap.dedent(inspect.getsource(getattr(module, name)))
    assert source.count(gated) == 1, f"{module.__name__}.{name}: the gate's text changed, update this oracle"
    namespace = dict(vars(module))
    exec(compile(source.replace(gated, ungated), module.__file__, "exec"), namespace)  # noqa: S102
    built = namespace[name]
    return types.FunctionType(built.__code__, vars(module), name, built.__defaults__, built.__closure__)


# quarter_numbers before the cut: after_period asked of every quarter after the reported one
_QUARTER_NUMBERS_OLD = _ungated(
    indicator_cells,
    "quarter_numbers",
    "            if value.number:  # (after_period's own test: a blank or zero quarter, most rows, says nothing)\n"
    "                after_period(",
    "            if True:\n                after_period(",
)
# _indicator before the cut: sd_unknown asked of every indicator
_INDICATOR_OLD = _ungated(
    engine,
    "_indicator",
    "0 < counted <= len(numbers)\n        and numbers[counted - 1] is None\n        and ",
    "",
)


def _with_target_texts_old(result, used, pk, revised):
    """target_tertulis.with_target_texts as it was (c8318afd)."""
    result.target_tertulis, result.target_pk_tertulis, result.target_perubahan_tertulis = (
        target_tertulis.target_texts(used, pk, revised)
    )
    result.realisasi_tertulis, result.realisasi_tw_tertulis = target_tertulis.realisasi_texts(result)
    return result


def _old_forms():
    """Every cut of this stop undone, in one context."""
    patches = [
        mock.patch.object(capaian_looks, "seperseribu", _seperseribu_old),
        mock.patch.object(capaian_looks, "above_year_early", _above_year_early_old),
        mock.patch.object(engine, "quarter_numbers", _QUARTER_NUMBERS_OLD),
        mock.patch.object(engine, "_indicator", _INDICATOR_OLD),
        mock.patch.object(engine, "with_target_texts", _with_target_texts_old),
    ]
    stack = contextlib.ExitStack()
    for p in patches:
        stack.enter_context(p)
    return stack


# --- the two checks on their own, at their edges ----------------------------------------------------

_SATUAN = [
    "Juta Rupiah",
    "Milyar Rupiah",
    "Rp",
    "Rupiah",
    "Ribu Rupiah",
    "orang",
    "dokumen",
    "%",
    "Persen",
    "",
]
# figures at the checks' edges: a thousand, a thousandth, a millionth, ten times, equal, zero, below zero
_EXACT = st.one_of(
    st.none(),
    st.sampled_from([0, 1, -1, 999, 1000, 1001, 10**6, 10**9, 10**12]).map(Fraction),
    st.fractions(min_value=-10, max_value=10**13, max_denominator=10**4),
)


def _value(exact: Fraction | None) -> Value:
    return Value(
        number=None if exact is None else float(exact), exact=exact, text="" if exact is None else "x"
    )


def _item(satuan: str, polaritas: str, jenis: str) -> IndicatorInput:
    none = Value()
    return IndicatorInput(
        row=7, kode="1.1", tingkat="Sasaran", kode_induk="", uraian="U", indikator="Nilai transaksi",
        satuan=satuan, polaritas=polaritas, jenis_realisasi=jenis, target=none,
        target_perubahan=none, realisasi_tw=[none] * 4,
    )  # fmt: skip


@given(
    st.sampled_from(_SATUAN),
    st.sampled_from(c.POLARITAS),
    st.sampled_from(c.JENIS_REALISASI),
    _EXACT,
    st.lists(_EXACT, min_size=4, max_size=4),
    st.integers(1, 4),
    st.sampled_from([1, 2, 3, 10, 1000, 10**6]),
)
@example("Juta Rupiah", c.POSITIF, c.KUMULATIF, Fraction(1000), [Fraction(1), None, None, None], 1, 1)
@example(
    "Juta Rupiah", c.POSITIF, c.KUMULATIF, Fraction(100), [Fraction(600), Fraction(400), None, None], 2, 1
)
@example("orang", c.POSITIF, c.NILAI_AKHIR, Fraction(10**6), [Fraction(1000), None, None, None], 1, 1)
@example("orang", c.POSITIF, c.NILAI_AKHIR, Fraction(1000), [Fraction(1), None, None, None], 1, 1)
def test_the_two_checks_say_what_their_fraction_forms_said(satuan, polaritas, jenis, target, tws, n, times):
    # realisasi s.d. TW n drawn apart too, as a multiple of the target (equal, ten times, a thousandth)
    item = _item(satuan, polaritas, jenis)
    cells = [("Target", _value(target)), *zip(c.REALISASI_TW_HEADERS, map(_value, tws))][: n + 1]
    known = [x for x in tws[:n] if x is not None]
    candidates = [sum(known, Fraction(0))] if known else []
    if target is not None:
        candidates += [target * times, target / times, target * 10, target * 10 + Fraction(1, 10**6)]
    for realisasi in candidates:
        for new, old in ((seperseribu, _seperseribu_old), (above_year_early, _above_year_early_old)):
            found: list[list] = [[], []]
            for k, check in enumerate((new, old)):
                check(cells, item, 'indikator "X" (1.1)', realisasi, n, FindingLog(found[k], COLUMNS))
            assert found[0] == found[1]


def test_the_oracles_speak_at_their_edges():
    # 1.000 orang of a Target of 1.000.000 (Nilai Akhir: a thousandth is the edge): 1000 * 1000 <= 10**6,
    # said at TW I (J7 in this test's columns);
    # a money flow of 600 + 400 = 1.000 juta by TW II of a Target of 99 (more than ten times, 990: the
    # far-off check's, so quiet here), of 100 (exactly ten times: not "lebih dari 10 kali", said here),
    # of 150 (above it, within ten times: said)
    for check in (seperseribu, _seperseribu_old):
        found: list = []
        item = _item("orang", c.POSITIF, c.NILAI_AKHIR)
        cells = [("Target", _value(Fraction(10**6))), ("Realisasi TW I", _value(Fraction(1000)))]
        check(cells, item, "X", Fraction(1000), 1, FindingLog(found, COLUMNS))
        # and 1 of a Target of 1.000, the smallest target weighed: 1 * 1000 <= 1000, said
        cells = [("Target", _value(Fraction(1000))), ("Realisasi TW I", _value(Fraction(1)))]
        check(cells, item, "X", Fraction(1), 1, FindingLog(more := [], COLUMNS))
        assert [f.sel for f in found + more] == ["J7", "J7"]
    for check in (above_year_early, _above_year_early_old):
        said = []
        for target in (99, 100, 150):
            found = []
            item = _item("Juta Rupiah", c.POSITIF, c.KUMULATIF)
            cells = [
                ("Target", _value(Fraction(target))),
                *zip(c.REALISASI_TW_HEADERS, map(_value, (600, 400))),
            ]
            check(cells, item, "X", Fraction(1000), 2, FindingLog(found, COLUMNS))
            said.append([f.sel for f in found])
        assert said == [[], ["I7"], ["I7"]]


# --- whole workbooks, every cut at once --------------------------------------------------------------

_TYPED = [
    "1.250", "40,71%", "Rp 325.000.000.000", "325.000", "2,5 M", "1,25 jt", "5.984,04 milyar", "0,001",
    "-", "nihil", "Menunggu data BPS", "direkap diakhir periode", "selesai", "WTP", "60-85 %", "1.282,684,40 juta",
    "+0,3 poin", "0", "",
]  # fmt: skip
_FIGURE = st.one_of(
    st.sampled_from(_TYPED),
    st.none(),
    st.integers(-5, 10**13),
    st.sampled_from([0, 1, 2, 10, 100, 1000, 10**6, 10**9, 10**12]),
    st.floats(0, 1e6, allow_nan=False),
)
_ROWS = st.lists(
    st.tuples(
        st.sampled_from(
            ["Jumlah koperasi aktif", "Nilai investasi", "Indeks Kepuasan Masyarakat", "Opini BPK"]
        ),
        st.sampled_from([*_SATUAN, "Nilai", "Indeks"]),
        st.sampled_from([None, *c.POLARITAS]),
        st.sampled_from([None, *c.JENIS_REALISASI]),
        st.lists(_FIGURE, min_size=6, max_size=6),
    ),
    min_size=1,
    max_size=4,
)


def _typed(rows) -> list[list]:
    typed = [kinerja_row("1.01", "Sasaran", "", "S", "Persentase koperasi sehat", 60, (55, None, None, None))]
    for i, (indikator, satuan, polaritas, jenis, (t, tp, *tws)) in enumerate(rows):
        typed.append(
            kinerja_row(
                f"2.17.0{i + 1}", "Program", "1.01", f"Program {i + 1}", indikator, t, tuple(tws),
                satuan=satuan, polaritas=polaritas, jenis=jenis, target_perubahan=tp,
            )
        )  # fmt: skip
    return typed


@given(_ROWS, st.integers(1, 4))
@example([("Nilai investasi", "Juta Rupiah", None, "Kumulatif", [100, None, 600, 400, None, None])], 2)
@example([("Jumlah koperasi aktif", "orang", None, "Nilai Akhir", [10**6, None, 1000, None, 5, None])], 1)
@example([("Jumlah koperasi aktif", "orang", None, None, [100, None, 40, "Menunggu data BPS", None, 7])], 2)
@example(
    [("Jumlah koperasi aktif", "orang", None, "Nilai Akhir", [100, None, 40, 50, 60, "Menunggu data BPS"])], 4
)
@example([("Opini BPK", "", None, None, ["WTP", "WDP", "WTP", None, None, None])], 2)
@example([("Jumlah koperasi aktif", "%", None, None, ["60-85 %", None, 70, 75, None, None])], 2)
def test_every_cut_computes_the_report_it_computed(rows, triwulan):
    data = parse_workbook(workbook(_typed(rows), triwulan=triwulan))
    new = engine.compute(data)
    with _old_forms():
        old = engine.compute(data)
    assert new.findings == old.findings
    assert new == old  # (every IndicatorResult, node, budget, Ringkasan)


def test_every_old_form_is_what_the_comparison_computes():
    # Under _old_forms each old form is called, or a cut is compared with itself. A money flow of
    # Target 100 juta, 60 + 50 by TW II with TW III's 40 typed early: looks' two checks, the old
    # quarter_numbers (TW III after the report), the old _indicator and the texts' old form all run
    # (the old quarter_numbers did not: the old _indicator called the new one).
    module = sys.modules[__name__]
    called: Counter[str] = Counter()

    def counted(key: str):
        old = getattr(module, key)

        def spy(*args, **kwargs):
            called[key] += 1
            return old(*args, **kwargs)

        return spy

    keys = [
        "_seperseribu_old",
        "_above_year_early_old",
        "_QUARTER_NUMBERS_OLD",
        "_INDICATOR_OLD",
        "_with_target_texts_old",
    ]
    rows = [("Nilai investasi", "Juta Rupiah", None, "Kumulatif", [100, None, 60, 50, 40, None])]
    data = parse_workbook(workbook(_typed(rows), triwulan=2))
    with contextlib.ExitStack() as spies:
        for key in keys:
            spies.enter_context(mock.patch.object(module, key, counted(key)))
        with _old_forms():
            engine.compute(data)
    assert {key: called[key] > 0 for key in keys} == dict.fromkeys(keys, True)


def test_a_quarter_after_the_reported_one_is_still_said():
    # TW III's 40 in a TW II report: said whatever the cut (after_period asked when TW III holds a figure),
    # at M3 (the header row 1, the Sasaran row 2, the program row 3; TW III is column M); TW IV's 0 is a
    # template's placeholder, quiet before the cut too
    data = parse_workbook(
        workbook(_typed([("Jumlah koperasi aktif", "orang", None, None, [100, None, 20, 30, 40, 0])]))
    )
    said = [f.sel for f in engine.compute(data).findings if "padahal laporan" in f.pesan]
    assert said == ["M3"]


def test_to_fraction_calls_no_cast():
    # typing.cast returns its argument unchanged (`def cast(typ, val): return val`): the three usual
    # kinds read with no such call, each value as before: a Fraction itself, a float at its shortest
    # decimal form (0.1 is 1/10), an int exactly
    calls: list[str] = []

    def profile(frame, event, arg):
        if event == "call":
            calls.append(frame.f_code.co_name)

    third = Fraction(1, 3)
    sys.setprofile(profile)
    try:
        got = [number_format.to_fraction(x) for x in (third, 0.1, 7)]
    finally:
        sys.setprofile(None)
    assert got[0] is third and got[1:] == [Fraction(1, 10), Fraction(7)]
    assert "cast" not in calls
