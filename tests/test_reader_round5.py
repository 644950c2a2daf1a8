"""The LKjIP read as the Inspektorat reads it before it is signed (round 5): the closing sentence of
3.2.3 per Sasaran (Word report, Analisis Capaian sheet, PDF) counted "0 indikator", the style the
summary sentences gave up in round 4.

Workbooks are the example (../shared/seeds/000_237f033edcd5cb60.txt, "l.N") as staff typed it; the
cells changed for a case are ours and named in each test.
"""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.build import load_report
from lkj_xl.core.analisis_program import program_kegiatan
from tests.common import example_typed


def _closing(tmp_path, name: str, cells: dict[tuple[str, str], object]) -> list[str]:
    """3.2.3's closing sentences ("Dari N indikator program ..."), one per Sasaran, in order."""
    report = load_report(example_typed(tmp_path, name, 2, cells))
    return [t for t in program_kegiatan(report).teks.split("\n") if t.startswith("Dari ")]


def test_3_2_3_never_counts_zero_indicators(tmp_path):
    """The example at Triwulan II, program indicators per Sasaran (Kinerja, the seed's Tabel 2.4
    l.419-465 and 3.2 l.595-660):
    S1: P1.01 483.624.842.126 / 1.491.388.500.000 = 32,4...% (below), P1.02 100 / 100 = 100% (met),
        P1.03 0 / 61,45 = 0% (below): 1 met, 2 below, none unknown. 3.2.3 said "... 2 indikator di
        bawah target dan 0 indikator belum diketahui capaiannya".
    S2: P2.01 0,8 / 54,27, P2.03 0 / 40,74 and P2.04 0 / 22,98 below, P2.02 96,05 / 56,67 met:
        1 met, 3 below, none unknown ("... dan 0 indikator belum diketahui capaiannya").
    S3: P3.01 0,60 / 0,90 = 66,67% below, P3.02 "Direkap diakhir periode" unknown: none met; 3.2.3
        said "0 indikator mencapai target". The reader wants that said: "tidak ada yang mencapai
        target".
    S4 has a count in each group (P4.01 80 -> 100 met; P4.03 77/80, P4.04's two Rp indicators and
        P4.05 35/80 below; P4.02 and P4.06 "Direkap diakhir periode"): unchanged."""
    assert Fraction(483_624_842_126, 1_491_388_500_000) < 1 and Fraction(9605, 5667) >= 1
    assert Fraction(60, 90) < 1 and Fraction(77, 80) < 1
    assert _closing(tmp_path, "contoh", {}) == [
        "Dari 3 indikator program yang menunjang sasaran ini, 1 indikator mencapai target "
        "(capaian ≥ 100%) dan 2 indikator di bawah target.",
        "Dari 4 indikator program yang menunjang sasaran ini, 1 indikator mencapai target "
        "(capaian ≥ 100%) dan 3 indikator di bawah target.",
        "Dari 2 indikator program yang menunjang sasaran ini, tidak ada yang mencapai target "
        "(capaian ≥ 100%): 1 indikator di bawah target dan 1 indikator belum diketahui capaiannya.",
        "Dari 7 indikator program yang menunjang sasaran ini, 1 indikator mencapai target "
        "(capaian ≥ 100%), 4 indikator di bawah target dan 2 indikator belum diketahui capaiannya.",
    ]


def test_3_2_3_with_a_galat_and_no_indicator_met(tmp_path):
    """P1.02's target typed 0 (Kinerja!I8, a galat: no capaian): S1 is left with P1.01 (32,43%) and
    P1.03 (0%) below and the galat. 3.2.3 said "0 indikator mencapai target ..., 0 indikator belum
    diketahui capaiannya dan 1 indikator tidak dihitung ..."."""
    assert _closing(tmp_path, "nol", {("Kinerja", "I8"): 0})[0] == (
        "Dari 3 indikator program yang menunjang sasaran ini, tidak ada yang mencapai target "
        "(capaian ≥ 100%): 2 indikator di bawah target dan 1 indikator tidak dihitung karena isiannya "
        "galat (sel Kinerja!I8)."
    )


def test_3_2_3_when_every_indicator_is_met(tmp_path):
    """S3's programs both met: P3.01 TW II "0,9 %" (Nilai Akhir) = its target 0,90% (capaian exactly
    100), P3.02 TW II "0,5%" = its target 0,50%. Only the group that has indicators is said."""
    cells = {("Kinerja", "L23"): "0,9 %", ("Kinerja", "L25"): "0,5%"}
    assert _closing(tmp_path, "semua", cells)[2] == (
        "Dari 2 indikator program yang menunjang sasaran ini, 2 indikator mencapai target (capaian ≥ 100%)."
    )


def test_a_program_typed_in_kinerja_without_indicator_is_not_said_missing_from_kinerja(tmp_path):
    """A new program typed in Kinerja row 45 (P4.07 under S4, no indicator yet: the Kinerja row is a
    galat at E45, not counted) and its budget in Anggaran row 20 (pagu "Rp 250 jt", TW II "Rp 50 jt",
    Kode Sasaran empty). The Pemeriksaan sheet said at Anggaran!C20 that the program "tidak ada di
    sheet Kinerja": staff find it there and do not know what to fix. It now names the Kinerja row and
    the way out; since round 6 the budget counts toward S4, the Kode Induk its Kinerja row names (C45):
    S4's pagu in Tabel 3.3 is the six S4 programs of the seed's Tabel 3.4 (l.949-968) and 250.000.000."""
    cells = {
        ("Kinerja", "A45"): "P4.07",
        ("Kinerja", "B45"): "Program",
        ("Kinerja", "C45"): "S4",
        ("Kinerja", "D45"): "PROGRAM PENGELOLAAN PASAR RAKYAT",
        ("Anggaran", "A20"): "P4.07",
        ("Anggaran", "B20"): "PROGRAM PENGELOLAAN PASAR RAKYAT",
        ("Anggaran", "D20"): "Rp 250 jt",
        ("Anggaran", "G20"): "Rp 50 jt",
    }
    report = load_report(example_typed(tmp_path, "tanpa-indikator", 2, cells))
    said = {(f.sheet, f.sel): f.pesan for f in report.findings}
    assert said[("Kinerja", "E45")] == 'Indikator untuk Kode "P4.07" kosong; baris ini tidak dihitung'
    assert said[("Anggaran", "C20")] == (
        'Program "PROGRAM PENGELOLAAN PASAR RAKYAT" ditulis di sheet Kinerja tanpa indikator (Kinerja!E45: '
        'indikatornya kosong); anggarannya dihitung ke Sasaran "S4", Kode Induk-nya di sheet Kinerja '
        "(Kinerja!C45): isi indikatornya di sheet Kinerja"
    )
    s4 = next(e for e in report.efisiensi if e.kode == "S4")
    # 62.200.000 + 6.532.742.965 + 987.614.940 + 435.942.350 + 543.218.610 + 286.850.000 + 250.000.000
    assert s4.pagu == (
        62_200_000 + 6_532_742_965 + 987_614_940 + 435_942_350 + 543_218_610 + 286_850_000 + 250_000_000
    )


def test_tabel_2_1_never_gives_one_indicators_formulasi_to_its_sibling(tmp_path):
    """A second indicator of Sasaran S2 typed in Kinerja row 45 ("Jumlah koperasi aktif", koperasi,
    target 700, TW II "Menunggu data"), its Formulasi (U45) left empty. Tabel 2.1 printed for it
    "Jumlah Koperasi yang RAT / Jumlah total Koperasi x 100%": Narasi's "Formulasi S2" (B33), the
    percentage formula of the first indicator (Kinerja!U13, the seed's Tabel 2.1 l.343), beside a
    count in koperasi. A text per Kode cannot tell two indicators apart: the row asks for its own."""
    import pytest
    from click.testing import CliRunner

    docx = pytest.importorskip("docx")

    from lkj_xl.cli import main
    from tests.test_laporan import row_with, sasaran_table

    cells = {
        ("Kinerja", f"{col}45"): value
        for col, value in zip(
            "ABCEFGHIL",
            ["S2", "Sasaran", "T2", "Jumlah koperasi aktif", "koperasi", "Positif", "Nilai Akhir", "700", "Menunggu data"],
        )
    }  # fmt: skip
    workbook = example_typed(tmp_path, "dua-indikator", 2, cells)
    out = workbook.with_suffix(".docx")
    result = CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(out)])
    assert result.exit_code == 0, result.output
    tabel = sasaran_table(docx.Document(str(out)), "Tabel 2.1")
    first = row_with(tabel, "Persentase koperasi yang taat akan peraturan perundang - undangan")
    assert first[4] == "Jumlah Koperasi yang RAT / Jumlah total Koperasi x 100%"  # its own, Kinerja!U13
    second = row_with(tabel, "Jumlah koperasi aktif")
    assert second[4] == "[isi: Formulasi indikator ini di kolom Formulasi sheet Kinerja, baris 45]"
    assert second[5] == "Olah data DISKOPINDAG"  # Narasi's Sumber Data S2 (B34): one source per Sasaran
