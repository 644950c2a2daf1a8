"""Numbers on edges, as a reader sees them: the text a capaian or a penyerapan shows in the output
sheets (Excel's display of the cell under its number format), in the Word report (the same layout
through ``format_cell``) and in the sentences beside them, against an exact Fraction computation
written here from DOMAIN.md (never from lkj_xl.core).

What is asserted, for target/realisasi and pagu/realisasi pairs on and near the edges (kriteria bands,
100 %, zero):
- a capaian shown gives the kriteria and the side of 100 % of the exact value, and is negative when it
  is: a negative capaian (an indicator Negatif whose realisasi is over twice its target) is never shown
  "-0,00" (what Excel shows for -0,001 under "#,##0.00") nor "0,00" (a tiny positive one may round to
  "0,00": Sangat Rendah and below 100 % as zero is);
- a penyerapan anggaran shown is on the side of 100 % of the exact one: 99,995 % (Rp 2.050 of the pagu
  left) is never "100,00", a realisasi above its pagu never "100,00";
- the Word report's text of a cell is Excel's, and a sentence's percentage is the table's;
- a peringatan comparing two rupiah amounts keeps their sen (a difference of Rp 0,50 is not "Rp 1").
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction as F

from hypothesis import HealthCheck, example, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from lkj_xl.core.styles import STYLES, format_cell
from tests.test_engine import anggaran_row, kinerja_row, run

# --- an independent model of the reader's view ------------------------------------------------------


def band(x: F) -> str:
    """DOMAIN.md, PermenPANRB (Tabel 3.1): > 90 Sangat Tinggi, > 75 Tinggi, > 65 Sedang, > 50 Rendah,
    else Sangat Rendah (exactly 90 is Tinggi, exactly 50 Sangat Rendah)."""
    for bound, name in ((90, "Sangat Tinggi"), (75, "Tinggi"), (65, "Sedang"), (50, "Rendah")):
        if x > bound:
            return name
    return "Sangat Rendah"


def sign(x: F) -> int:
    return (x > 0) - (x < 0)


def excel_text(value: float, num_format: str) -> str:
    """What Excel shows for a number cell under one of the tool's number formats ("[$-421]#,##0.00",
    "#,##0.00;(#,##0.00)"), Indonesian locale: the value at its shortest decimal form (Excel's 15
    digits), rounded half away from zero to the format's decimals; under a format of one section a
    negative value keeps its minus even when it rounds to zero ("-0,00")."""
    sections = num_format.removeprefix("[$-421]").split(";")
    negative_section = value < 0 and len(sections) > 1
    section = sections[1] if negative_section else sections[0]
    decimals = len(section.split(".", 1)[1].rstrip(")")) if "." in section else 0
    exact = abs(F(Decimal(repr(value))))
    rounded = int(exact * 10**decimals + F(1, 2))  # half away from zero, on the magnitude
    whole, frac = divmod(rounded, 10**decimals)
    text = f"{whole:,}".replace(",", ".") + (f",{frac:0{decimals}d}" if decimals else "")
    if negative_section:
        return f"({text})"
    return f"-{text}" if value < 0 else text


def read_back(text: str) -> F:
    """The number a reader reads in a shown text ("-0,001", "(0,50)", "99,995%")."""
    body = text.strip().rstrip("%")
    negative = body.startswith("-") or body.startswith("(")
    body = body.strip("-()").replace(".", "").replace(",", ".")
    value = F(Decimal(body))
    return -value if negative else value


def cell_formats(lay) -> dict[tuple[int, int], str]:
    """(row, column) -> number format of a layout, its blocks applied in order (the last one wins)."""
    formats: dict[tuple[int, int], str] = {}
    for block in lay.blocks:
        num_format = STYLES[block.style].get("num_format")
        if num_format:
            for r in range(block.first_row, block.last_row + 1):
                for c in range(block.first_col, block.last_col + 1):
                    formats[(r, c)] = str(num_format)
    return formats


def shown_cells(lay, column: int, value: float) -> list[tuple[str, str]]:
    """(Excel's text, the Word report's text) of every cell of ``lay``'s ``column`` holding ``value``."""
    formats = cell_formats(lay)
    return [
        (excel_text(v, formats.get((r, column), "General")), format_cell(v, formats.get((r, column))))
        for r, row in enumerate(lay.rows)
        if len(row) > column
        and isinstance(v := row[column], float | int)
        and not isinstance(v, bool)
        and v == value
    ]


# --- capaian on the edges -----------------------------------------------------------------------------


def capaian_report(target: float, realisasi: float, polaritas: str):
    """One Program indicator (Satuan unit, Nilai Akhir) with ``realisasi`` in TW I, TW I reported."""
    row = kinerja_row(
        "P1", "Program", "", "Program A", "Jumlah A", target, (realisasi, None, None, None),
        satuan="unit", polaritas=polaritas, jenis="Nilai Akhir",
    )  # fmt: skip
    return run([row], triwulan=1)


def assert_capaian_shown(target: float, realisasi: float, polaritas: str) -> None:
    from lkj_xl.core.kalimat import capaian_teks
    from lkj_xl.core.tables import capaian_program

    t, r = F(Decimal(repr(target))), F(Decimal(repr(realisasi)))
    exact = (r if polaritas == "Positif" else 2 * t - r) / t * 100  # DOMAIN.md's two formulas
    report = capaian_report(target, realisasi, polaritas)
    (ind,) = report.indicators
    assert ind.capaian_exact == exact
    cells = shown_cells(capaian_program.layout(report), capaian_program.C_CAPAIAN, float(exact))
    assert cells, "the capaian is in Tabel 3.2"
    for excel, word in cells:
        seen = read_back(excel)
        assert (band(seen), seen >= 100, seen < 0) == (band(exact), exact >= 100, exact < 0), (
            f"capaian {float(exact)!r} shown {excel!r} ({band(exact)})"
        )
        assert word == excel, f"the Word report prints {word!r}, the sheet shows {excel!r}"
        assert capaian_teks(exact, None, report.settings) == f"{excel}%"  # the sentences' figure


def test_negative_capaian_is_not_shown_as_minus_zero():
    # Negatif, target 10, realisasi 20,0001: (2 x 10 - 20,0001) / 10 x 100 = -0,001. Excel shows it
    # "-0,00" under "#,##0.00" (the Word report and the sentences printed "0,00"); it takes "-0,001".
    assert_capaian_shown(10, 20.0001, "Negatif")


def test_capaian_on_the_edges_keeps_what_already_held():
    # 359,98 of 400 = 89,995: Tinggi, shown "90,00", which is Tinggi too (DOMAIN.md: exactly 90 is
    # Tinggi); 34,6766 of 68 = 50,995 (Rendah) shown "51,00"; 2 of 2 = 100 exactly; 0,0001 of 61,45 =
    # 0,000162...: shown "0,00" (rounded as any figure; zero and it are both Sangat Rendah, below 100)
    assert_capaian_shown(400, 359.98, "Positif")
    assert_capaian_shown(68, 34.6766, "Positif")
    assert_capaian_shown(2, 2, "Positif")
    assert_capaian_shown(61.45, 0.0001, "Positif")


EDGES = (0, 50, 65, 75, 90, 100)


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    edge=st.sampled_from(EDGES),
    polaritas=st.sampled_from(["Positif", "Negatif"]),
    target_cents=st.integers(1, 10**8),
    offset=st.integers(-2000, 2000),
    decimals=st.integers(0, 6),
)
@example(edge=0, polaritas="Negatif", target_cents=1000, offset=-100, decimals=4)
def test_capaian_shown_near_an_edge_agrees_with_its_kriteria(edge, polaritas, target_cents, offset, decimals):
    # a capaian of edge + offset / 10^5 percent wanted; the realisasi typed with ``decimals`` decimals
    target = F(target_cents, 100)
    wanted = F(edge) + F(offset, 10**5)
    ratio = wanted / 100 if polaritas == "Positif" else 2 - wanted / 100
    realisasi = F(round(target * ratio * 10**decimals), 10**decimals)
    if realisasi < 0:
        return
    assert_capaian_shown(float(target), float(realisasi), polaritas)


# --- penyerapan anggaran on 100 % ----------------------------------------------------------------------


def budget_report(pagu: float, realisasi: float):
    """Program P1 under Sasaran S1 (each one indicator at 100 % of its target) with ``pagu`` and
    ``realisasi`` in TW I."""
    rows = [
        kinerja_row("S1", "Sasaran", "", "Sasaran A", "Jumlah S", 10, (10, None, None, None), satuan="unit"),
        kinerja_row(
            "P1", "Program", "S1", "Program A", "Jumlah A", 10, (10, None, None, None), satuan="unit"
        ),
    ]
    return run(rows, [anggaran_row("P1", "Program A", "", pagu, (realisasi, None, None, None))], triwulan=1)


def assert_penyerapan_shown(pagu: float, realisasi: float) -> None:
    from lkj_xl.core.analisis_teks import analisis_capaian
    from lkj_xl.core.export import to_csv
    from lkj_xl.core.kalimat_program import melebihi_pagu_anggaran
    from lkj_xl.core.tables import efisiensi, realisasi_anggaran
    from lkj_xl.delivery.message import summary_lines

    exact = F(Decimal(repr(realisasi))) / F(Decimal(repr(pagu))) * 100  # DOMAIN.md: realisasi / pagu x 100
    report = budget_report(pagu, realisasi)
    (budget,) = report.budgets
    assert budget.penyerapan == float(exact)
    cells = shown_cells(realisasi_anggaran.layout(report), realisasi_anggaran.C_PERSEN, float(exact))
    assert len(cells) == 2, "the program's row and the TOTAL"
    for excel, word in cells:
        seen = read_back(excel)
        assert sign(seen - 100) == sign(exact - 100), f"penyerapan {float(exact)!r} shown {excel!r}"
        assert word == excel
    excel = cells[0][0]
    # the program's sentence (3.2.2 / Analisis Capaian) and the note on spending above the pagu
    said = " ".join(str(blok.teks) for bagian in analisis_capaian(report) for blok in bagian.blok)
    assert f"penyerapan {excel}%" in said and f"atau {excel}%" in said, said  # the program's, the total's
    if exact > 100:
        assert f", {excel}%)" in melebihi_pagu_anggaran(report.budgets, report.findings, 2)
    # Tabel 3.3 (Sasaran S1 holds the program's budget), the mail body, export's Excel-id CSV
    (efisiensi_cell,) = shown_cells(efisiensi.layout(report), efisiensi.C_PENYERAPAN, float(exact))
    assert sign(read_back(efisiensi_cell[0]) - 100) == sign(exact - 100), efisiensi_cell
    assert f"({excel}%)" in "\n".join(summary_lines(report))
    assert f";{excel}" in to_csv(report, "anggaran", excel_id=True)


def test_penyerapan_just_below_100_is_not_shown_100():
    # Rp 40.997.950 of Rp 41.000.000: 40997950 / 41000000 x 100 = 99,995 (Rp 2.050 left), was "100,00"
    assert_penyerapan_shown(41_000_000, 40_997_950)


def test_penyerapan_just_above_100_is_not_shown_100():
    # Rp 54.890.195 of Rp 54.888.000: 54890195 / 54888000 x 100 = 100,003999... (Rp 2.195 over the
    # pagu, named "melebihi pagu" under the table), was "100,00"
    assert_penyerapan_shown(54_888_000, 54_890_195)


@hsettings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pagu=st.integers(1, 10**13), offset=st.integers(-(10**4), 10**4), sen=st.booleans())
def test_penyerapan_shown_near_100_is_on_its_side(pagu, offset, sen):
    # a realisasi of pagu x (1 + offset / 10^7), in whole rupiah or with sen
    step = F(1, 100) if sen else F(1)
    realisasi = round(F(pagu) * (1 + F(offset, 10**7)) / step) * step
    if realisasi <= 0:
        return
    assert_penyerapan_shown(float(pagu), float(realisasi))


def test_read_back_and_excel_text_agree_with_excel():
    # the helpers themselves: Excel shows 2,675 as "2,68" (half away from zero on the decimal form),
    # -0,001 as "-0,00" under one section and "(0,00)" under two
    assert excel_text(2.675, "[$-421]#,##0.00") == "2,68"
    assert excel_text(-0.001, "[$-421]#,##0.00") == "-0,00"
    assert excel_text(-0.001, "[$-421]#,##0.00;(#,##0.00)") == "(0,00)"
    assert excel_text(1234567.5, "[$-421]#,##0") == "1.234.568"
    assert read_back("-0,001") == F(-1, 1000) and read_back("99,995%") == F(99995, 1000)
    assert re.fullmatch(r"\d", "5")


def test_penyerapan_below_100_in_the_built_sheet_and_the_rekap(tmp_path):
    # End to end: `build` and `rekap` of a workbook whose only program spent Rp 40.997.950 of Rp
    # 41.000.000 (99,995 %, the agency's total too): Tabel 3.4's row and TOTAL and the rekap's
    # penyerapan show 99,995, not 100,00.
    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from lkj_xl.core import contract as c
    from lkj_xl.xlsx.template import new_workbook
    from tests.common import kinerja_row as row

    path, built, rekap = tmp_path / "dinas.xlsx", tmp_path / "hasil.xlsx", tmp_path / "rekap.xlsx"
    new_workbook(
        path,
        pengaturan={c.P_PEMDA: "Kabupaten Contoh", c.P_OPD: "Dinas Contoh", c.P_TAHUN: 2025, c.P_TRIWULAN: 1},
        kinerja=[
            row("S1", "Sasaran", None, "Sasaran A", "Jumlah S", 10, 10, Satuan="unit"),
            row("P1", "Program", "S1", "Program A", "Jumlah A", 10, 10, Satuan="unit"),
        ],
        anggaran=[{"Kode": "P1", "Program": "Program A", "Pagu": 41_000_000, "Realisasi TW I": 40_997_950}],
    )
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(path), "-o", str(built)]).exit_code == 0
    assert runner.invoke(main, ["rekap", str(path), "-o", str(rekap), "--jobs", "1"]).exit_code == 0
    exact = F(40_997_950, 41_000_000) * 100  # 99,995
    for workbook, sheet in ((built, c.SHEET_REALISASI_ANGGARAN), (rekap, None)):
        wb = openpyxl.load_workbook(workbook)
        cells = [
            cell
            for ws in ([wb[sheet]] if sheet else wb.worksheets)
            for line in ws.iter_rows()
            for cell in line
            if isinstance(cell.value, float) and cell.value == float(exact)
        ]
        assert cells, f"{workbook.name}: no penyerapan {float(exact)}"
        for cell in cells:
            assert excel_text(cell.value, cell.number_format) == "99,995", (workbook.name, cell.coordinate)


# --- rupiah with sen in the messages that compare two amounts ------------------------------------------

PROGRAMS = [
    kinerja_row("P1", "Program", "", "Program A", "Jumlah A", 10, (10, None, None, None), satuan="unit"),
    kinerja_row("P2", "Program", "", "Program B", "Jumlah B", 10, (10, None, None, None), satuan="unit"),
]


def sen_report():
    """Two programs of Rp 1.000.000,25 (pagu typed with sen, as a DPA's "1.000.000,25"): together
    Rp 2.000.000,50 against a Total Pagu Perjanjian Kinerja of Rp 2.000.000, 0,50 more."""
    anggaran = [
        anggaran_row("P1", "Program A", "", "1.000.000,25", (0, None, None, None)),
        anggaran_row("P2", "Program B", "", "1.000.000,25", (0, None, None, None)),
    ]
    return run(PROGRAMS, anggaran, triwulan=1, **{"Total Pagu Perjanjian Kinerja": 2_000_000})


def test_a_difference_of_sen_is_not_rounded_to_a_rupiah():
    # The peringatan said "(Rp 2.000.001) ... (Rp 2.000.000), lebih Rp 1": both the sum and the
    # difference rounded to whole rupiah.
    report = sen_report()
    said = [f.pesan for f in report.findings if f.sheet == "Pengaturan"]
    assert any(
        "(Rp 2.000.000,50)" in pesan and "(Rp 2.000.000)" in pesan and pesan.endswith("lebih Rp 0,50")
        for pesan in said
    ), said


def test_sen_in_the_total_pagu_note_and_over_the_pagu():
    # The note under Tabel 3.4 (also the mail's and the Word report's): Total Pagu Rp 2.000.000 is
    # 0,50 below the programs' Rp 2.000.000,50 (was "kurang Rp 1"). A realisasi of Rp 1.000.000,40
    # against a pagu of Rp 1.000.000 is over it by 0,40: was "(Rp 1.000.000) melebihi pagu (Rp 1.000.000)".
    from lkj_xl.core.kalimat import total_pk_beda

    report = sen_report()
    assert "Rp 2.000.000, kurang Rp 0,50 dari jumlah pagu" in total_pk_beda(report.budgets, report.settings)
    over = run(
        PROGRAMS[:1], [anggaran_row("P1", "Program A", "", 1_000_000, ("1.000.000,40", None, None, None))]
    )
    said = [f.pesan for f in over.findings if f.sheet == "Anggaran"]
    assert any("(Rp 1.000.000,40) melebihi pagu (Rp 1.000.000)" in pesan for pesan in said), said
