"""Mend 33b: a reviewer's findings in the merges of reader11 (half-year titles, a Narasi text naming
another half year) and edges2 (Grafik labels, sen), and older ones met on the way."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core.model import GALAT
from lkj_xl.core.narasi import triwulan_lain
from tests.common import example_typed
from tests.helpers_staff import pengaturan_findings, report_with_pengaturan
from tests.test_staff_round5 import BASE

# (text, Triwulan as read, the year's report, the half year's report, what is pointed out); the
# report is of 2025. Expected by reading each text as its signer would.
NARASI = [
    # 1: the report's own half year, a quarter inside it: no other period
    (
        "Laporan Kinerja Semester I Tahun 2025 ini memuat kegiatan yang dilaksanakan di triwulan I",
        2,
        False,
        1,
        [],
    ),
    ("Laporan Kinerja Semester II ini memuat kegiatan di triwulan III", 4, False, 2, []),
    ("Kegiatan pameran dilaksanakan pada triwulan III", 4, False, 2, []),
    ("Kegiatan pameran dilaksanakan pada triwulan II", 2, False, 1, []),
    # 2: a half year mentioned (compared, another year, the earlier report): no period
    ("Dibandingkan dengan capaian Semester I Tahun 2025, capaian meningkat.", 4, False, 2, []),
    ("Realisasi Semester II Tahun 2024 menjadi pembanding.", 2, False, 1, []),
    ("Laporan ini melengkapi Laporan Kinerja Semester I yang telah disampaikan.", 4, False, None, []),
    ("Realisasi Semester I menjadi dasar perencanaan.", 3, False, None, []),
    ("Realisasi Semester I menjadi dasar perencanaan.", 4, True, None, []),
    # the year's report names quarters as before: one other quarter alone, Triwulan IV as its period
    # (narasi2: an activity told as done right before an earlier quarter is history told as history,
    # revB's/revE's/revG's verdicts, tests/test_narasi_periode_lain.py; pinned ["Triwulan II"] until
    # then, the quarter named alone now without the done-word)
    ("Kegiatan ini telah dilaksanakan di triwulan II.", 4, True, None, []),
    # (narasi51: an earlier quarter told only as an event's time is history too; pinned ["Triwulan II"]
    # until then; its capaian, "Capaian triwulan II sebesar 45%.", is still named)
    ("Kegiatan ini dilaksanakan di triwulan II.", 4, True, None, []),
    ("Capaian triwulan II sebesar 45%.", 4, True, None, ["Triwulan II"]),
    ("Laporan Kinerja Triwulan IV ini disusun.", 4, True, None, ["Triwulan IV"]),
    # 2: a half year named as this report's period, in the half year's report
    (
        "Laporan Kinerja Semester I Tahun 2025 ini disusun sebagai pertanggungjawaban.",
        4,
        False,
        2,
        ["Semester I"],
    ),
    ("Capaian kinerja s.d. Semester II Tahun 2025 disajikan berikut.", 2, False, 1, ["Semester II"]),
    # mend33f: "selama Semester I" tells when something ran, not the period (test_mend33f)
    ("Anggaran terserap s.d. Semester I sebesar 40%.", 4, False, 2, ["Semester I"]),
    # the year's report treats "Semester II" as it treats "Triwulan IV": the shorter report's title
    ("Laporan Kinerja Semester II Tahun 2025 ini disusun.", 4, True, None, ["Semester II"]),
    # 5: a quarter's title left in the half year's report
    ("Laporan Kinerja (LKj) Triwulan II Tahun 2025 ini disusun.", 2, False, 1, ["Triwulan II"]),
    ("Laporan Kinerja Triwulan IV ini disusun.", 4, False, 2, ["Triwulan IV"]),
    ("Capaian sampai dengan Triwulan I Tahun 2025.", 2, False, 1, ["Triwulan I"]),
    # s.d. Triwulan II is the period of Semester I (Januari to Juni)
    ("Capaian sampai dengan Triwulan II Tahun 2025.", 2, False, 1, []),
    # the period by its months: the half year's six, not its last quarter's three
    ("Sarana evaluasi kinerja selama periode bulan April – Juni 2025.", 2, False, 1, ["April – Juni"]),
    ("Sarana evaluasi kinerja selama periode bulan Januari – Juni 2025.", 2, False, 1, []),
    ("Sarana evaluasi kinerja selama periode bulan Juli – Desember 2025.", 4, False, 2, []),
    # a quarter outside the half year, named alone, as in a quarterly report
    # (narasi2: told as done, history, as above; pinned ["Triwulan I"] until then)
    ("Kegiatan ini telah dilaksanakan di triwulan I.", 4, False, 2, []),
    # (narasi51: without the done-word too, an event's time; pinned ["Triwulan I"] until then)
    ("Kegiatan ini dilaksanakan di triwulan I.", 4, False, 2, []),
    ("Realisasi anggaran triwulan I sebesar 18%.", 4, False, 2, ["Triwulan I"]),
]


@pytest.mark.parametrize(("teks", "triwulan", "tahunan", "semester", "named"), NARASI)
def test_a_narasi_text_naming_a_period(teks, triwulan, tahunan, semester, named):
    assert triwulan_lain(teks, triwulan, tahunan, semester, 2025) == named


def _laporan(workbook: Path) -> tuple[str, str]:
    """What ``laporan`` says (unwrapped) and the document's paragraphs, one a line."""
    out = workbook.with_suffix(".docx")
    result = CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split()), "\n".join(p.text for p in docx.Document(str(out)).paragraphs)


def _after(text: str, paragraph: str) -> str:
    """The document's paragraph after ``paragraph``."""
    lines = text.split("\n")
    return lines[lines.index(paragraph) + 1]


SMT1_TEXT = "Laporan Kinerja Semester I Tahun 2025 ini memuat kegiatan yang dilaksanakan di triwulan I."
SMT1_TW2 = "Laporan Kinerja (LKj) Triwulan II Tahun 2025 ini disusun sebagai pertanggungjawaban."


def test_the_half_years_own_text_is_printed_without_a_placeholder_and_a_quarters_title_is_not(tmp_path):
    workbook = example_typed(tmp_path, "smt1", "Semester I", {("Narasi", "B3"): SMT1_TEXT})  # type: ignore[arg-type]
    said, text = _laporan(workbook)
    assert "Narasi!B3" not in said
    assert not _after(text, SMT1_TEXT).startswith("[isi:")
    # 6: a half year is a period, said with "pada" as the year is ("pada Tahun 2025"). The example's
    # Pagu Rp 27.805.047.633 and realisasi s.d. TW II Rp 6.835.975.140 (the seed's Tabel 3.4).
    assert (
        "Anggaran Dinas Koperasi, UKM, Perindustrian dan Perdagangan sebesar Rp 27.805.047.633 terealisasi "
        "pada Semester I Tahun 2025 sebesar Rp 6.835.975.140"
    ) in text
    assert "terealisasi pada Semester I Tahun 2025 sebesar 29,00% dengan capaian 71,24%" in text
    assert "terealisasi Semester I" not in text and "dicapai Semester I" not in text
    workbook = example_typed(tmp_path, "smt1b", "Semester I", {("Narasi", "B3"): SMT1_TW2})  # type: ignore[arg-type]
    said, text = _laporan(workbook)
    assert (
        'Teks Bagian "Kata Pengantar" menyebut Triwulan II, tetapi laporan ini Semester I Tahun 2025'
    ) in said
    assert _after(text, SMT1_TW2).startswith(
        "[isi: teks ini menyebut Triwulan II, laporan ini Semester I Tahun 2025;"
    )


# --- 8: Pengaturan Triwulan typed as a half year with its months ------------------------------------------


@pytest.mark.parametrize(
    ("typed", "triwulan", "semester"),
    [
        ("Semester I (Januari-Juni)", 2, 1),
        ("Semester II (Juli-Desember)", 4, 2),  # was a galat: "(Juli-Desember)" is no Triwulan IV
        ("Smt. II (Juli - Desember 2025)", 4, 2),
    ],
)
def test_a_half_year_typed_with_its_months_is_read(typed, triwulan, semester):
    report = report_with_pengaturan([*BASE, ["Triwulan", typed]])
    assert report.settings.triwulan_galat == ""
    assert report.settings.triwulan == triwulan
    assert report.settings.semester_laporan == semester
    assert not pengaturan_findings(report, "B6", GALAT)
    # KOPERASI, Kumulatif, Target 40: figures computed (s.d. TW II 25 + 4 = 29; s.d. TW IV more)
    (row,) = [r for r in report.indicators if r.kode == "T1"]
    assert row.realisasi is not None and row.realisasi >= 29


@pytest.mark.parametrize(
    "typed",
    # mend33f: "(Oktober-Desember)" and "(April-Juni)" are the half year's last quarter, read (test_mend33f);
    # Juli-September and Januari-Maret belong to neither the half year, its last quarter nor s.d. it
    ["Semester II (Juli-September)", "Semester I (Januari-Maret)", "Semester II (Januari-Juni)"],
)
def test_a_half_year_whose_months_say_another_period_is_galat(typed):
    report = report_with_pengaturan([*BASE, ["Triwulan", typed]])
    assert report.settings.triwulan_galat == "Pengaturan!B6"
    (said,) = pengaturan_findings(report, "B6", GALAT)
    assert "tidak cocok" in said.pesan and "Semester" in said.pesan and "tulis semesternya" in said.pesan


# --- 7: spending above the pagu by sen: the realisasi with its sen ---------------------------------------


@pytest.mark.parametrize(
    ("pagu", "realisasi", "pagu_said", "realisasi_said"),
    [
        # 41.000.000,40 - 41.000.000 = 0,40 over: "Rp 41.000.000 atau penyerapan 100,000001%, melebihi
        # pagu sebesar Rp 0,40" read as spent exactly the pagu
        (41_000_000, "41.000.000,40", "Rp 41.000.000", "Rp 41.000.000,40"),
        # a pagu pasted with sen (SIPD) below a whole realisasi: 41.000.000 - 40.999.999,60 = 0,40;
        # "sebesar Rp 41.000.000 dengan realisasi ... Rp 41.000.000" hid it on both sides
        ("40.999.999,60", 41_000_000, "Rp 40.999.999,60", "Rp 41.000.000"),
    ],
)
def test_spending_above_the_pagu_by_sen_says_both_amounts_with_their_sen(
    pagu, realisasi, pagu_said, realisasi_said
):
    from lkj_xl.core.analisis_teks import analisis_capaian
    from tests.test_engine import anggaran_row, kinerja_row, run

    rows = [
        kinerja_row("S1", "Sasaran", "", "Sasaran A", "Jumlah S", 10, (10, None, None, None), satuan="unit"),
        kinerja_row(
            "P2", "Program", "S1", "Program B", "Jumlah B", 10, (10, None, None, None), satuan="unit"
        ),
    ]
    report = run(
        rows, [anggaran_row("P2", "Program B", "S1", pagu, (realisasi, None, None, None))], triwulan=1
    )
    said = " ".join(str(blok.teks) for bagian in analisis_capaian(report) for blok in bagian.blok)
    assert f"Anggaran program ini sebesar {pagu_said} dengan realisasi " in said, said
    assert f" sebesar {realisasi_said} atau penyerapan " in said, said
    assert "melebihi pagu sebesar Rp 0,40 " in said, said


# --- 4: the rekap and export name a half year's report as it is titled -----------------------------------


def test_the_rekap_and_export_name_the_half_year(tmp_path):
    import json

    import openpyxl

    one = tmp_path / "one"
    one.mkdir()
    example_typed(one, "dinas-smt1", "Semester I", {})  # type: ignore[arg-type]
    result = CliRunner().invoke(main, ["rekap", str(one), "--format", "json", "-o", str(tmp_path / "r.json")])
    assert result.exit_code in (0, 1), result.output
    data = json.loads((tmp_path / "r.json").read_text())
    # the cover says SEMESTER I TAHUN 2025 (reader11): every rekap table says the same, not Triwulan II
    for table in ("perangkat_daerah", "indikator", "program"):
        assert {row["periode"] for row in data[table]} == {"Semester I Tahun 2025"}, table
        assert {row["triwulan"] for row in data[table]} == {2}, table  # still s.d. Triwulan II
    result = CliRunner().invoke(main, ["rekap", str(one), "-o", str(tmp_path / "r.xlsx")])
    assert (
        openpyxl.load_workbook(tmp_path / "r.xlsx")
        .worksheets[0]["A2"]
        .value.endswith(", Semester I Tahun 2025")
    )
    exported = json.loads(CliRunner().invoke(main, ["export", str(one / "dinas-smt1.xlsx")]).output)
    assert exported["semester"] == 1 and exported["triwulan"] == 2 and exported["tahunan"] is False
    tw2 = json.loads(CliRunner().invoke(main, ["export", str(example_typed(tmp_path, "tw2", 2, {}))]).output)
    assert tw2["semester"] is None


def test_a_half_year_and_its_last_quarter_of_one_agency_are_one_period_said_as_both(tmp_path):
    example_typed(tmp_path, "dinas-smt1", "Semester I", {})  # type: ignore[arg-type]
    example_typed(tmp_path, "dinas-tw2", 2, {})
    result = CliRunner().invoke(
        main, ["rekap", str(tmp_path), "--format", "json", "-o", str(tmp_path / "r.json")]
    )
    said = " ".join(result.output.split())
    # the same agency, the same figures (s.d. Triwulan II): counted once, the two reports named
    assert "tercatat di 2 berkas (periode yang sama, Semester I / Triwulan II Tahun 2025)" in said, said
    assert "dinas-smt1.xlsx (Laporan Kinerja Semester I)" in said
    assert "dinas-tw2.xlsx (Laporan Kinerja Triwulan II)" in said


# --- 3: each bar of the Grafik labelled as its own cell ------------------------------------------------


def _grafik_bars(desimal: int):
    """Sasaran S1 and S2 and Programs P1-P3 (TW I, Pengaturan Desimal ``desimal``): capaian
    151,167 / 1000 = 15,1167 % and 900,04 / 1000 = 90,004 % (next to the Sangat Tinggi edge: more
    decimals in its cell); penyerapan 418.980 / 1.000.000 = 41,898 %, 44 / 1.000 = 4,4 %, 5 / 1.000 = 0,5 %."""
    from tests.test_engine import anggaran_row, kinerja_row, run

    def sasaran(kode, realisasi):
        return kinerja_row(
            kode,
            "Sasaran",
            "",
            f"Sasaran {kode}",
            f"Jumlah {kode}",
            1000,
            (realisasi, None, None, None),
            satuan="unit",
        )

    rows = [sasaran("S1", 151.167), sasaran("S2", 900.04)]
    rows += [
        kinerja_row(
            p, "Program", "S1", f"Program {p}", f"Jumlah {p}", 10, (10, None, None, None), satuan="unit"
        )
        for p in ("P1", "P2", "P3")
    ]
    budget = [
        anggaran_row("P1", "Program P1", "S1", 1_000_000, (418_980, None, None, None)),
        anggaran_row("P2", "Program P2", "S1", 1_000, (44, None, None, None)),
        anggaran_row("P3", "Program P3", "S1", 1_000, (5, None, None, None)),
    ]
    return run(rows, budget, triwulan=1, Desimal=desimal)


@pytest.mark.parametrize("desimal", [0, 1, 2, 3])
def test_each_bar_is_labelled_with_its_cells_text(desimal):
    from tests.test_edges2 import chart_labels

    labels = chart_labels(_grafik_bars(desimal))
    capaian = next(v for k, v in labels.items() if k.startswith("Capaian"))
    penyerapan = next(v for k, v in labels.items() if k.startswith("Penyerapan"))
    assert len(capaian) == 2 and len(penyerapan) == 3
    for value, label, cell in capaian + penyerapan:
        assert label == cell, (
            f"{value!r}: bar labelled {label!r}, its cell shows {cell!r} (Desimal {desimal})"
        )
    if desimal == 2:  # by hand: 15,1167 to 2 decimals; the reviewer saw "15,117" on its bar
        assert capaian[0][1:] == ("15,12", "15,12")
        assert [p[2] for p in penyerapan] == ["41,90", "4,40", "0,50"]
    if desimal == 0:  # 41,898 -> 42, 4,4 -> 4 (labelled 41,9 and 4,4 before); 15,1167 -> 15
        assert (penyerapan[0][2], penyerapan[1][2], capaian[0][2]) == ("42", "4", "15")


def test_the_workbooks_bar_labels_follow_their_cells_and_the_add_in_sets_each(tmp_path):
    """xlsxwriter sets no number format per label: the labels carry none of their own, so Excel and
    LibreOffice show each as its cell (linked to the source); the add-in sets each point's."""
    import re
    import zipfile

    from lkj_xl.core.tables import grafik
    from lkj_xl.xl.plan import book_plan
    from tests.helpers_taskpane import apply_plan
    from tests.test_edges1 import cell_formats

    report = _grafik_bars(2)
    lay = grafik.layout(report)
    formats = cell_formats(lay)
    spec = next(s for s in lay.charts if s.title.startswith("Capaian"))
    bars = spec.series[0].values
    cells = [formats[(r, bars.first_col)] for r in range(bars.first_row, bars.last_row + 1)]
    assert list(spec.point_label_formats) == cells and len(set(cells)) == 2  # 15,12 and 90,004

    from lkj_xl.xlsx.render import render_workbook

    out = tmp_path / "g.xlsx"
    out.write_bytes(render_workbook([lay]))
    with zipfile.ZipFile(out) as z:
        charts = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")]
    labelled = [x for x in charts if "Capaian (%)" in x or "Penyerapan (%)" in x]
    assert labelled
    for xml in labelled:
        for dlbls in re.findall(r"<c:dLbls>.*?</c:dLbls>", xml, re.S):
            assert "<c:numFmt" not in dlbls, dlbls  # linked to each cell's format

    result = apply_plan(tmp_path, book_plan([lay]), ["Kinerja"])
    (sheet,) = [s for s in result["sheets"] if s["name"] == "Grafik"]
    got = next(c for c in sheet["charts"] if c["title"] == spec.title)
    assert got["series"][0]["pointFormats"] == {str(i): f for i, f in enumerate(cells)}
