"""Numbers on edges, round 2: the agency's Desimal (Pengaturan, 0 to 3) across every output of one
build. A figure shown with fewer decimals must still give what the exact one gives: a capaian its
kriteria and its side of 100 %, a penyerapan its side of 100 % ("100,0" is never 99,96 % nor 100,004 %),
an efisiensi its sign, and the sentences beside a table quote the table's own text. Expected values
come from an exact Fraction model written here from DOMAIN.md (never from lkj_xl.core); Excel's text
of a cell is tests.test_edges1.excel_text (half away from zero on the value's decimal form, as Excel
shows 2,675 "2,68").
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction as F

from hypothesis import HealthCheck, example, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from tests.test_edges1 import band, cell_formats, excel_text, read_back, sign
from tests.test_engine import anggaran_row, kinerja_row, run


def exact_of(value: float) -> F:
    """A number as staff typed it (the float's shortest decimal form: 99.96 is 9996/100)."""
    return F(repr(value))


def half_up(value: F, decimals: int) -> F:
    """``value`` rounded half away from zero to ``decimals`` decimals (Excel's number format)."""
    scale = 10**decimals
    magnitude = int(abs(value) * scale + F(1, 2))
    return F(magnitude if value >= 0 else -magnitude, scale)


# --- Grafik: the data labels on the bars -------------------------------------------------------------


def grafik_report(
    capaian_target: float, capaian_realisasi: float, pagu: float, realisasi: float, desimal: int
):
    """Sasaran S1 (one indicator, drawn in chart 1) and its Program P1 (at 100 %, spending ``realisasi``
    of ``pagu``, drawn in chart 3), TW I, Pengaturan Desimal ``desimal``."""
    rows = [
        kinerja_row(
            "S1", "Sasaran", "", "Sasaran A", "Jumlah S", capaian_target,
            (capaian_realisasi, None, None, None), satuan="unit",
        ),
        kinerja_row("P1", "Program", "S1", "Program A", "Jumlah A", 10, (10, None, None, None), satuan="unit"),
    ]  # fmt: skip
    budget = [anggaran_row("P1", "Program A", "S1", pagu, (realisasi, None, None, None))]
    return run(rows, budget, triwulan=1, Desimal=desimal)


def chart_labels(report) -> dict[str, list[tuple[float, str, str]]]:
    """Chart title -> (value, the bar's data label as Excel shows it, the table cell's text) of every
    labelled point of the Grafik sheet's charts."""
    from lkj_xl.core.tables import grafik

    lay = grafik.layout(report)
    formats = cell_formats(lay)
    labels: dict[str, list[tuple[float, str, str]]] = {}
    for chart in lay.charts:
        for series in chart.series:
            if not series.labels:
                continue
            v = series.values
            for r in range(v.first_row, v.last_row + 1):
                value = lay.rows[r][v.first_col]
                cell = excel_text(value, formats[(r, v.first_col)])
                # each bar's own format where the chart has them (mend33b), else the one for all
                own = chart.point_label_formats[r - v.first_row] if chart.point_label_formats else None
                label_format = own or chart.label_format or chart.number_format
                labels.setdefault(chart.title, []).append((value, excel_text(value, label_format), cell))
    return labels


def assert_chart_labels(target: float, realisasi: float, pagu: float, spent: float, desimal: int) -> None:
    capaian = exact_of(realisasi) / exact_of(target) * 100  # DOMAIN.md: realisasi / target x 100 (Positif)
    penyerapan = exact_of(spent) / exact_of(pagu) * 100  # realisasi / pagu x 100
    labels = chart_labels(grafik_report(target, realisasi, pagu, spent, desimal))
    ((value, label, cell),) = next(v for k, v in labels.items() if k.startswith("Capaian"))
    assert value == float(capaian)
    seen = read_back(label)
    assert (band(seen), seen >= 100) == (band(capaian), capaian >= 100), (
        f"capaian {float(capaian)!r} ({band(capaian)}) labelled {label!r} on its bar (Desimal {desimal})"
    )
    assert read_back(cell) == half_up(capaian, len(cell.partition(",")[2])), cell  # the table is not worse
    ((value, label, cell),) = next(v for k, v in labels.items() if k.startswith("Penyerapan"))
    assert value == float(penyerapan)
    assert sign(read_back(label) - 100) == sign(penyerapan - 100), (
        f"penyerapan {float(penyerapan)!r} labelled {label!r} on its bar, the table shows {cell!r} "
        f"(Desimal {desimal})"
    )


def test_penyerapan_99_96_is_not_labelled_100_0_on_its_bar():
    # Rp 9.996 of Rp 10.000: 9996 / 10000 x 100 = 99,96, Tabel 3.4 and the chart's table show "99,96";
    # the bar's label (one decimal at most, whatever Desimal) read "100,0", as if all was spent.
    assert_chart_labels(10, 10, 10_000, 9_996, 2)
    # Rp 10.000,40 of Rp 10.000: 100,004 (over the pagu) was labelled "100,0" too
    assert_chart_labels(10, 10, 10_000, 10_000.40, 2)


def test_capaian_90_004_is_not_labelled_90_00_on_its_green_bar():
    # 90.004 of 100.000 units: 90004 / 100000 x 100 = 90,004 is Sangat Tinggi (> 90), the bar is
    # coloured so and the table shows "90,004"; its label read "90,00" (Desimal 2), which is Tinggi.
    assert_chart_labels(100_000, 90_004, 10_000, 10_000, 2)
    # Desimal 0: 99.950 of 100.000 = 99,95 was labelled "100" (the target reached)
    assert_chart_labels(100_000, 99_950, 10_000, 10_000, 0)


EDGES = (50, 65, 75, 90, 100)


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    desimal=st.integers(0, 3),
    edge=st.sampled_from(EDGES),
    offset=st.integers(-600, 600),
    spent_offset=st.integers(-600, 600),
)
@example(desimal=1, edge=100, offset=-50, spent_offset=-40)  # capaian 99,95 and penyerapan 99,96
def test_chart_labels_near_an_edge_with_each_desimal(desimal, edge, offset, spent_offset):
    # capaian edge + offset / 10^4 (realisasi of a target of 10^6 units); penyerapan 100 + spent_offset
    # / 10^4 (realisasi of a pagu of Rp 10^8)
    target = 10**6
    realisasi = F(edge) * target / 100 + F(offset, 10**4) * target / 100
    spent = 10**8 + F(spent_offset, 10**4) * 10**8 / 100
    assert_chart_labels(target, float(realisasi), 10**8, float(spent), desimal)


# --- a realisasi above its pagu by sen -------------------------------------------------------------------


def test_spending_above_the_pagu_by_sen_keeps_the_sen_in_the_sentences():
    # Program B: pagu Rp 10.000, realisasi Rp 10.000,40 (typed with its sen): 0,40 over the pagu,
    # penyerapan 10000,40 / 10000 x 100 = 100,004. 3.2.3 said "melebihi pagu sebesar Rp 0" and the
    # note under Tabel 3.4 "(Rp 10.000 dari pagu Rp 10.000, 100,004%)": the amounts rounded to whole
    # rupiah, so the reader sees nothing over the pagu.
    from lkj_xl.core.analisis_teks import analisis_capaian
    from lkj_xl.core.kalimat_program import melebihi_pagu_anggaran

    rows = [
        kinerja_row("S1", "Sasaran", "", "Sasaran A", "Jumlah S", 10, (10, None, None, None), satuan="unit"),
        kinerja_row(
            "P2", "Program", "S1", "Program B", "Jumlah B", 10, (10, None, None, None), satuan="unit"
        ),
    ]
    budget = [anggaran_row("P2", "Program B", "S1", 10_000, ("10.000,40", None, None, None))]
    for desimal in (0, 1, 2, 3):
        report = run(rows, budget, triwulan=1, Desimal=desimal)
        said = " ".join(str(blok.teks) for bagian in analisis_capaian(report) for blok in bagian.blok)
        assert "melebihi pagu sebesar Rp 0,40 " in said, said
        note = melebihi_pagu_anggaran(report.budgets, report.findings, desimal)
        assert "Program B (Rp 10.000,40 dari pagu Rp 10.000, 100,004%)" in note, note


# --- one build with each Desimal: Tabel 3.1, 3.3, 3.4, the sentences, the mail, the CSV ----------------


def efisiensi_report(caps: tuple[F, F], penyerapan: F, desimal: int):
    """Sasaran S1 measured by two indicators of capaian ``caps`` (realisasi of a target of 10^6 units)
    and its Program P1 (at 100 %), which spends ``penyerapan`` % of a pagu of Rp 10^9; TW I."""
    rows = [
        kinerja_row(
            "S1", "Sasaran", "", "Sasaran A", f"Jumlah {i}", 10**6,
            (float(cap * 10**4), None, None, None), satuan="unit",
        )
        for i, cap in enumerate(caps)
    ]  # fmt: skip
    rows.append(
        kinerja_row("P1", "Program", "S1", "Program A", "Jumlah A", 10, (10, None, None, None), satuan="unit")
    )
    spent = penyerapan * 10**7  # Rp 10^9 x penyerapan / 100
    budget = [anggaran_row("P1", "Program A", "S1", 10**9, (float(spent), None, None, None))]
    return run(rows, budget, triwulan=1, Desimal=desimal)


def row_texts(lay, name: str) -> dict[int, str]:
    """column -> Excel's text of the row of ``lay`` that names ``name`` (its Uraian, its Program)."""
    formats = cell_formats(lay)
    ((r, row),) = [(r, row) for r, row in enumerate(lay.rows) if name in row[1:3]]
    return {
        c: excel_text(v, formats.get((r, c), "General")) if isinstance(v, float | int) else str(v)
        for c, v in enumerate(row)
    }


def assert_one_build(caps: tuple[F, F], penyerapan: F, desimal: int) -> None:
    from lkj_xl.core.analisis_teks import analisis_capaian
    from lkj_xl.core.export import to_csv
    from lkj_xl.core.tables import efisiensi, realisasi_anggaran
    from lkj_xl.delivery.message import summary_lines

    report = efisiensi_report(caps, penyerapan, desimal)
    capaian = sum(caps) / 2  # a Sasaran's capaian: the mean of its indicators' (DOMAIN.md, Tabel 3.3)
    efis = capaian - penyerapan  # DOMAIN.md: capaian kinerja - penyerapan anggaran, in points
    where = f"(capaian {float(capaian)!r}, penyerapan {float(penyerapan)!r}, Desimal {desimal})"
    row = row_texts(efisiensi.layout(report), "Sasaran A")
    cap, pen, eff = row[efisiensi.C_CAPAIAN], row[efisiensi.C_PENYERAPAN], row[efisiensi.C_EFISIENSI]
    seen_cap, seen_pen, seen_eff = read_back(cap), read_back(pen), read_back(eff)
    assert (band(seen_cap), seen_cap >= 100) == (band(capaian), capaian >= 100), (cap, where)
    assert sign(seen_pen - 100) == sign(penyerapan - 100), (pen, where)
    assert seen_eff == seen_cap - seen_pen, f"Tabel 3.3 prints {cap} - {pen} = {eff} {where}"
    assert (seen_eff >= 0) == (efis >= 0), (eff, where)
    assert row[efisiensi.C_KETERANGAN] == ("Efisien" if efis >= 0 else "Tidak efisien"), where
    # every figure shown with at least the agency's decimals, each the exact one rounded half up
    for text, exact in ((cap, capaian), (pen, penyerapan)):
        decimals = len(text.partition(",")[2])
        assert decimals >= desimal and read_back(text) == half_up(exact, decimals), (text, where)
    # 3.2.2's sentence quotes the row (a difference below zero written "-4,98" where the table has "(4,98)")
    said = " ".join(str(blok.teks) for bagian in analisis_capaian(report) for blok in bagian.blok)
    points = eff.replace("(", "-").rstrip(")")
    assert (
        f"Sasaran A: capaian kinerja sebesar {cap}%, sedangkan penyerapan anggaran sebesar {pen}%" in said
        and f"efisiensinya {points} poin" in said
    ), (where, said)
    # 3.1's sentence on the Sasaran: its capaian with the decimals of its kriteria (Tabel 3.3 may show
    # more, for the efisiensi's sign: 50,005 there "50,00500")
    node = re.search(
        r"capaian kinerja s\.d\. Triwulan I Tahun 2025 sebesar ([\d.,]+)% \(kriteria ([a-z ]+)\)", said
    )
    assert node and node[2] == band(capaian).lower(), (where, said)
    decimals = len(node[1].partition(",")[2])
    assert decimals >= desimal and read_back(node[1]) == half_up(capaian, decimals), (node[1], where)
    assert band(read_back(node[1])) == band(capaian), (node[1], where)
    # Tabel 3.4's program row (its TOTAL too), the agency's sentence, the mail body: one text, on the side
    # of 100 % of the exact penyerapan (Tabel 3.3 may show more decimals, for the efisiensi's sign)
    total = row_texts(realisasi_anggaran.layout(report), "Program A")[realisasi_anggaran.C_PERSEN]
    decimals = len(total.partition(",")[2])
    assert decimals >= desimal and read_back(total) == half_up(penyerapan, decimals), (total, where)
    assert sign(read_back(total) - 100) == sign(penyerapan - 100), (total, where)
    assert "Rp 1.000.000.000 terealisasi s.d. Triwulan I Tahun 2025 sebesar" in said, where
    assert f"atau {total}%." in said, (total, where)
    assert f"({total}%)" in "\n".join(summary_lines(report)), where
    header, line = to_csv(report, "efisiensi", excel_id=True).lstrip("\ufeff").splitlines()[:2]
    shown = dict(zip(header.split(";"), line.split(";")))
    assert (shown["capaian"], shown["penyerapan"], shown["efisiensi"]) == (cap, pen, eff), (shown, where)


def test_desimal_0_capaian_89_5_and_99_95():
    # Desimal 0: capaian 89,5 (895.000 of 10^6 units... typed as 89,5% of the target) and 99,95: mean
    # (89,5 + 99,95) / 2 = 94,725, shown "95" (Sangat Tinggi either way); penyerapan 99,96 is not "100":
    # shown "99,96", efisiensi 95 - 99,96 = -4,96, Tidak efisien (exact 94,725 - 99,96 = -5,235).
    assert_one_build((F(895, 10), F(9995, 100)), F(9996, 100), 0)


@hsettings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    desimal=st.integers(0, 3),
    edge=st.sampled_from(EDGES),
    offsets=st.tuples(st.integers(-600, 600), st.integers(-600, 600)),
    efis_offset=st.integers(-600, 600),
    near_100=st.booleans(),
)
@example(desimal=1, edge=100, offsets=(-5, -5), efis_offset=0, near_100=False)  # 99,95 - 99,95: Efisien
@example(desimal=1, edge=100, offsets=(0, 0), efis_offset=-4, near_100=True)  # penyerapan 99,96
def test_one_build_with_each_desimal(desimal, edge, offsets, efis_offset, near_100):
    # two capaian of edge + offset / 100 (realisasi of 10^6 units with 2 decimals: exact); a penyerapan
    # near 100 % or near their mean (efisiensi near 0), a whole number of rupiah of Rp 10^9
    caps = tuple(F(edge) + F(o, 100) for o in offsets)
    mean = sum(caps) / 2
    penyerapan = (F(100) if near_100 else mean) + F(efis_offset, 10**5)
    penyerapan = F(round(penyerapan * 10**7), 10**7)  # whole rupiah of the pagu
    assert_one_build(caps, penyerapan, desimal)


# --- the staff's own penyerapan column: "laporan memakai ..." is the report's figure ---------------------


def own_penyerapan_said(desimal: int, own: object, total: object) -> dict[str, str]:
    """Program P1 (pagu Rp 10.000.000, Rp 9.996.000 spent in TW I) and P2 (Rp 10.000.000, all spent),
    the staff's own "Penyerapan (%)" column typed ``own`` on P1's row and ``total`` on a JUMLAH row
    under them; the peringatan by cell of the Anggaran sheet."""
    from lkj_xl.core import contract as c
    from lkj_xl.core.engine import compute
    from lkj_xl.core.parse import parse_workbook
    from tests.test_engine import grid, pengaturan

    kinerja = [
        kinerja_row(kode, "Program", "", name, f"Jumlah {kode}", 10, (10, None, None, None), satuan="unit")
        for kode, name in (("P1", "Program A"), ("P2", "Program B"))
    ]
    rows = [
        [*c.ANGGARAN_HEADERS, "Penyerapan (%)"],
        [*anggaran_row("P1", "Program A", "", 10_000_000, (9_996_000, None, None, None)), own],
        [*anggaran_row("P2", "Program B", "", 10_000_000, (10_000_000, None, None, None)), None],
        [None, "JUMLAH", None, 20_000_000, None, 19_996_000, None, None, None, total],
    ]
    sheets = {
        "Pengaturan": pengaturan(1, Desimal=desimal),
        "Kinerja": grid([list(c.KINERJA_HEADERS), *kinerja]),
        "Anggaran": grid(rows),
    }
    report = compute(parse_workbook(sheets))
    return {f.sel: f.pesan for f in report.findings if f.sheet == "Anggaran" and "laporan memakai" in f.pesan}


def test_laporan_memakai_says_the_penyerapan_the_report_shows():
    # P1: 9.996.000 / 10.000.000 x 100 = 99,96, Tabel 3.4 shows "99,96" with Desimal 0 or 1 (never
    # "100", not all was spent); the staff typed 98,5 beside it. The peringatan said "... : 100%;
    # laporan memakai 100%" (Desimal 0). The JUMLAH row: 19.996.000 / 20.000.000 x 100 = 99,98, typed
    # 97,5: it said "laporan memakai 100,0%" with Desimal 1.
    for desimal, p1, total in ((0, "99,96%", "99,98%"), (1, "99,96%", "99,98%"), (3, "99,960%", "99,980%")):
        said = own_penyerapan_said(desimal, "98,5", "97,5")
        (at_p1,) = [t for t in said.values() if "Program A" in t]
        (at_total,) = [t for t in said.values() if "JUMLAH" in t]
        assert f": {p1}; laporan memakai {p1} " in at_p1, (desimal, at_p1)
        assert f": {total}; laporan memakai {total} " in at_total, (desimal, at_total)


# --- figures typed with three decimals: Excel's display and the tool's text ----------------------------


def excel15_text(value: float, decimals: int) -> str:
    """What Excel shows for a double under "#,##0.00"-like formats: the double at 15 significant digits
    (Excel's precision: 2,675 saved as 2.67499999999999982236431605997495353221893310546875 shows
    2,67500000000000), then rounded half away from zero to ``decimals`` (so "2,68", where rounding the
    binary value would give "2,67"). Positive values only."""
    from decimal import Context, Decimal

    exact = F(Context(prec=15).create_decimal(Decimal(value)))
    whole, frac = divmod(half_up(exact, decimals) * 10**decimals, 10**decimals)
    return f"{int(whole):,}".replace(",", ".") + (f",{int(frac):0{decimals}d}" if decimals else "")


def test_excel15_text_is_excel():
    # the helper itself: 1,005, 2,675 and 90,045 as typed are shown rounded up (Excel: "1,01", "2,68",
    # "90,05"), though the doubles of the first two are slightly below (1.00499999999999989...; that of
    # 90,045 is 90.04500000000000170...); 0,1 + 0,2 is 0,3 at 15 digits
    assert (excel15_text(1.005, 2), excel15_text(2.675, 2), excel15_text(90.045, 2)) == (
        "1,01",
        "2,68",
        "90,05",
    )
    assert F(1.005) < F(1005, 1000) and F(2.675) < F(2675, 1000) and F(90.045) > F(90045, 1000)
    assert (
        excel15_text(1234567.5, 0) == "1.234.568"
        and excel15_text(0.30000000000000004, 17) == "0," + "3" + "0" * 16
    )


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    desimal=st.integers(0, 3),
    target=st.integers(1, 10**6),
    realisasi=st.integers(0, 10**6),
)
@example(desimal=2, target=90_045, realisasi=2_675)  # 90,045 and 2,675: both round half up in Excel
@example(desimal=0, target=1_005, realisasi=1_005)
def test_figures_typed_with_three_decimals_read_as_excel_shows_them(desimal, target, realisasi):
    # target and realisasi typed with three decimals (thousandths: 90,045 is 90045 / 1000, the decimal
    # staff typed, saved by Excel as the nearest double); Tabel 3.1's cells as Excel shows them and the
    # sentence of 3.1.2 print the same figures, the capaian with it: realisasi / target x 100.
    from lkj_xl.core.analisis_teks import analisis_capaian
    from lkj_xl.core.tables import capaian_tujuan_sasaran as t31

    t, r = F(target, 1000), F(realisasi, 1000)
    row = kinerja_row(
        "S1", "Sasaran", "", "Sasaran A", "Indeks A", float(t), (float(r), None, None, None), satuan="indeks"
    )
    report = run([row], triwulan=1, Desimal=desimal)
    lay = t31.layout(report)
    formats = cell_formats(lay)
    ((i, cells),) = [(i, x) for i, x in enumerate(lay.rows) if "Indeks A" in x]
    shown = {}
    for col in (t31.C_TARGET, t31.C_TOTAL, t31.C_CAPAIAN):
        fmt = formats[(i, col)]
        decimals = len(fmt.split(";")[0].partition(".")[2])
        shown[col] = excel15_text(cells[col], decimals)
    capaian = r / t * 100  # DOMAIN.md (Positif)
    assert read_back(shown[t31.C_TARGET]) == half_up(t, len(shown[t31.C_TARGET].partition(",")[2]))
    assert read_back(shown[t31.C_TOTAL]) == half_up(r, len(shown[t31.C_TOTAL].partition(",")[2]))
    assert read_back(shown[t31.C_CAPAIAN]) == half_up(capaian, len(shown[t31.C_CAPAIAN].partition(",")[2]))
    said = " ".join(str(blok.teks) for bagian in analisis_capaian(report) for blok in bagian.blok)
    # the target as typed, as the PK tables print it (tampilan61: never Tabel 3.1's padded 1,005 of 1,00500),
    # a score's figure without its Satuan's word ("1,01 indeks" read as 1,01 indexes)
    typed = (
        format(Decimal(target) / 1000, "f").rstrip("0").rstrip(".") if target % 1000 else str(target // 1000)
    )
    whole, _, frac = typed.partition(".")
    typed = f"{int(whole):,}".replace(",", ".") + (f",{frac}" if frac else "")
    sentence = (
        f"Indikator Indeks A dengan target {typed} dan realisasi {shown[t31.C_TOTAL]} "
        f"sehingga capaiannya {shown[t31.C_CAPAIAN]}%"
    )
    assert sentence in said, (sentence, said)


# --- the rekap's row of an agency with Desimal 0 or 3 ------------------------------------------------------


def test_rekap_row_of_an_agency_with_its_own_desimal(tmp_path):
    # An agency with Desimal 0 (and one with 3): Sasaran indicators at 895 of 1.000 (89,5) and 9.995 of
    # 10.000 (99,95), its one program spending Rp 9.996.000 of Rp 10.000.000 (99,96). With Desimal 0 the
    # agency shows "90" (Tinggi), "99,95" (below 100) and "99,96" (not all spent). The rekap
    # shows every agency with its own 2 decimals (more near an edge): mean (89,5 + 99,95) / 2 = 94,725
    # shown "94,73" (Sangat Tinggi), penyerapan "99,96", efisiensi the shown difference 94,73 - 99,96 =
    # -5,23, "(5,23)" (exact -5,235: Tidak efisien either way).
    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from lkj_xl.core import contract as c
    from lkj_xl.xlsx.template import new_workbook
    from tests.common import kinerja_row as row

    for desimal in (0, 3):
        path, rekap = tmp_path / f"dinas{desimal}.xlsx", tmp_path / f"rekap{desimal}.xlsx"
        new_workbook(
            path,
            pengaturan={
                c.P_PEMDA: "Kabupaten Contoh", c.P_OPD: "Dinas Contoh", c.P_TAHUN: 2025, c.P_TRIWULAN: 1,
                c.P_DESIMAL: desimal,
            },
            kinerja=[
                row("S1", "Sasaran", None, "Sasaran A", "Jumlah S", 1000, 895, Satuan="unit"),
                row("S1", "Sasaran", None, "Sasaran A", "Jumlah S2", 10000, 9995, Satuan="unit"),
                row("P1", "Program", "S1", "Program A", "Jumlah A", 10, 10, Satuan="unit"),
            ],
            anggaran=[{"Kode": "P1", "Program": "Program A", "Pagu": 10_000_000, "Realisasi TW I": 9_996_000}],
        )  # fmt: skip
        result = CliRunner().invoke(main, ["rekap", str(path), "-o", str(rekap), "--jobs", "1"])
        assert result.exit_code == 0, result.output
        ws = openpyxl.load_workbook(rekap)["Rekap Perangkat Daerah"]
        lines = [[cell for cell in line if cell.value is not None] for line in ws.iter_rows()]
        (agency,) = [line for line in lines if any(cell.value == "Dinas Contoh" for cell in line)]
        texts = [
            excel_text(cell.value, cell.number_format) if isinstance(cell.value, float | int) else cell.value
            for cell in agency
        ]
        start = texts.index("Dinas Contoh") + 1  # capaian, kriteria, penyerapan, efisiensi follow
        assert texts[start : start + 4] == ["94,73", "Sangat Tinggi", "99,96", "(5,23)"], (desimal, texts)


# --- a capaian typed in a column of the staff's own, the quarter left blank --------------------------------


def test_capaian_from_the_quarters_in_the_galat_is_not_rounded_to_100():
    # Nilai Akhir, target 1.000, TW I 999,96, TW II blank, the staff's "Capaian s.d. TW II (%)" 95: the
    # galat names what the quarters give, 999,96 / 1000 x 100 = 99,996 (below the target). It said
    # "capaian dari kolom triwulan: 100,00%" whatever Desimal, as if the target was reached.
    from lkj_xl.core import contract as c
    from lkj_xl.core.engine import compute
    from lkj_xl.core.parse import parse_workbook
    from tests.test_engine import grid, pengaturan

    row = kinerja_row(
        "S1", "Sasaran", "", "Sasaran A", "Indeks A", 1000, (999.96, None, None, None), satuan="unit",
        jenis="Nilai Akhir",
    )  # fmt: skip
    for desimal, shown in ((0, "99,996%"), (2, "99,996%"), (3, "99,996%")):
        sheets = {
            "Pengaturan": pengaturan(2, Desimal=desimal),
            "Kinerja": grid([[*c.KINERJA_HEADERS, "Capaian s.d. TW II (%)"], [*row, 95]]),
            "Anggaran": grid([list(c.ANGGARAN_HEADERS)]),
        }
        report = compute(parse_workbook(sheets))
        (said,) = [f.pesan for f in report.findings if "dari kolom triwulan" in f.pesan]
        assert f"(capaian dari kolom triwulan: {shown})" in said, (desimal, said)
