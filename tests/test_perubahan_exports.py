"""After the APBD-P, ``lkj-xl export``'s hierarki and efisiensi tables and the Word report's Tabel 2.4
say the Perjanjian Kinerja's figure beside the revised one, as the indikator and anggaran tables,
the rekap and Tabel 2.2 / 2.3 already did (tests/test_perubahan_rekap.py).

Before, hierarki gave only ``target`` and efisiensi only ``pagu``: the figure in use. An inspector
holding the signed Perjanjian Kinerja could not find its pagu of Sasaran 2 (14.162.109.953, seed
Tabel 2.3 / 3.3) anywhere in the efisiensi export or in Tabel 2.4 once a Pagu Perubahan was typed.
Now hierarki ends with ``target_pk`` / ``target_perubahan`` and efisiensi with ``pagu_pk`` /
``pagu_perubahan`` (the columns before keep their places); Tabel 2.4 has "Target Perubahan" and
"Anggaran Perubahan (Rp)" columns beside the PK's.

The workbook is tests/test_perubahan.py's: the example (the seed's raw data) with Sasaran 2's Target
Perubahan 40,38 % beside its PK target 40,71 % (seed ~1127, ~381) and a Pagu Perubahan of 40.000.000
for P2.01 (PK pagu 41.000.000, seed ~386). Every figure below is summed by hand from the example's
Anggaran sheet.
"""

from __future__ import annotations

import csv
import shutil
from fractions import Fraction
from pathlib import Path

import pytest

from lkj_xl.build import load_report
from lkj_xl.core.export import table_rows, to_csv, to_frames
from tests.common import EXAMPLE
from tests.helpers_workbooks import revised_example
from tests.test_export_shown import EFISIENSI_CSV_COLUMNS
from tests.test_perubahan import INDIKATOR

# The example's Anggaran sheet, Pagu column (the PK's), by program.
PAGU = {
    "P0.01": 12_076_486_014,  # counted toward S2 (its Kode Sasaran), seed ~787
    "P2.01": 41_000_000,
    "P2.02": 54_888_000,
    "P2.03": 101_563_000,
    "P2.04": 1_888_172_939,
    "P3.01": 3_578_850_965,
    "P3.02": 82_706_300,
    "P4.01": 62_200_000,
    "P4.02": 6_532_742_965,
    "P4.03": 987_614_940,
    "P4.04": 435_942_350,  # typed "Rp 435.942.350"
    "P4.05": 543_218_610,
    "P4.06": 286_850_000,
    "P1.01": 1_116_055_550,
    "P1.02": 8_050_000,
    "P1.03": 8_706_000,
}
REVISED = {"P2.01": 40_000_000}  # the Pagu Perubahan typed in Anggaran!E5


def _sum(prefixes: tuple[str, ...], pagu: dict[str, int]) -> Fraction:
    return sum((Fraction(v) for k, v in pagu.items() if k.startswith(prefixes)), Fraction(0))


USED = {**PAGU, **REVISED}
S1, S3, S4 = (_sum((p,), PAGU) for p in ("P1.", "P3.", "P4."))  # no Pagu Perubahan among them
S2_PK, S2_USED = _sum(("P0.", "P2."), PAGU), _sum(("P0.", "P2."), USED)
T2_PK, T2_USED = S2_PK + S3 + S4, S2_USED + S3 + S4
assert S2_PK == 14_162_109_953 and S2_USED == S2_PK - 1_000_000  # seed Tabel 3.3, ~791
assert T2_PK == 26_672_236_083  # seed Tabel 3.3, ~789
# (kode) -> (pagu used, Pagu PK, Pagu Perubahan); None: no revision in the node's programs.
EFISIENSI = {
    "T1": (S1, S1, None),
    "S1": (S1, S1, None),
    "T2": (T2_USED, T2_PK, T2_USED),
    "S2": (S2_USED, S2_PK, S2_USED),
    "S3": (S3, S3, None),
    "S4": (S4, S4, None),
}
# Sasaran 2's indicator: target used 40,38 (Target Perubahan), the PK's 40,71.
S2_TARGETS = (Fraction(4038, 100), Fraction(4071, 100), Fraction(4038, 100))


@pytest.fixture(scope="module")
def revised(tmp_path_factory):
    return load_report(revised_example(tmp_path_factory.mktemp("exports")))


def _as_fraction(value) -> Fraction | None:
    return None if value is None or value != value or value == "" else Fraction(str(value))


def _efisiensi(rows) -> dict[str, tuple]:
    return {r["kode"]: tuple(_as_fraction(r[k]) for k in ("pagu", "pagu_pk", "pagu_perubahan")) for r in rows}


def _s2_targets(rows) -> tuple:
    (row,) = [r for r in rows if r["indikator"] == INDIKATOR]
    return tuple(_as_fraction(row[k]) for k in ("target", "target_pk", "target_perubahan"))


def test_efisiensi_says_the_pk_pagu_and_the_revised_one(revised):
    assert _efisiensi(table_rows(revised, "efisiensi")) == EFISIENSI
    assert _efisiensi(csv.DictReader(to_csv(revised, "efisiensi").splitlines())) == EFISIENSI
    frame = to_frames(revised)["efisiensi"]
    assert _efisiensi(frame.to_dict("records")) == EFISIENSI
    assert frame["pagu_pk"].dtype == frame["pagu_perubahan"].dtype == "float64"


def test_hierarki_says_the_pk_target_and_the_revised_one(revised):
    rows = table_rows(revised, "hierarki")
    assert _s2_targets(rows) == S2_TARGETS
    assert _s2_targets(csv.DictReader(to_csv(revised, "hierarki").splitlines())) == S2_TARGETS
    assert _s2_targets(to_frames(revised)["hierarki"].to_dict("records")) == S2_TARGETS
    # An indicator without revision: its target is the PK's, no Target Perubahan (T1's 5.984,04 milyar).
    t1 = rows[0]
    assert (t1["kode"], t1["target_pk"], t1["target_perubahan"]) == ("T1", 5_984_040_000_000, None)
    assert t1["target"] == t1["target_pk"]


def test_excel_id_csv_shows_them_as_the_sheets_do(revised):
    def table(name: str) -> dict[str, dict[str, str]]:
        text = to_csv(revised, name, excel_id=True).lstrip("\ufeff")
        return {r["kode"]: r for r in csv.DictReader(text.splitlines(), delimiter=";")}

    t2 = table("efisiensi")["T2"]  # whole rupiah, as Tabel 3.3: 26.672.236.083 - 1.000.000
    assert (t2["pagu"], t2["pagu_pk"], t2["pagu_perubahan"]) == (
        "26.671.236.083",
        "26.672.236.083",
        "26.671.236.083",
    )
    s2 = table("hierarki")["S2"]  # as Tabel 3.1 shows 40,38 and 40,71
    assert (s2["target"], s2["target_pk"], s2["target_perubahan"]) == ("40,38", "40,71", "40,38")


WHOSE = ("pemerintah_daerah", "perangkat_daerah", "tahun", "triwulan", "semester", "tahunan")


def test_the_csv_columns_before_stay_pinned(revised):
    # tests/test_export_shown.py pins efisiensi's 8 CSV columns; hierarki's 15 are README's list.
    efisiensi = EFISIENSI_CSV_COLUMNS
    hierarki = [
        *("jalur", "kedalaman", "tingkat", "kode", "kode_induk", "uraian", "capaian_node", "kriteria_node"),
        *("indikator", "satuan", "target", "realisasi", "status", "capaian", "kriteria"),
    ]
    assert to_csv(revised, "efisiensi").splitlines()[0].split(",") == [
        *efisiensi,
        "pagu_pk",
        "pagu_perubahan",
        *WHOSE,  # whose report and its period last (fix16)
    ]
    assert to_csv(revised, "hierarki").splitlines()[0].split(",") == [
        *hierarki,
        "target_pk",
        "target_perubahan",
        *WHOSE,
    ]


def test_without_revision_the_pk_figure_is_the_one_used(tmp_path):
    book = tmp_path / "contoh.xlsx"
    shutil.copy(EXAMPLE, book)
    report = load_report(book)
    rows = table_rows(report, "efisiensi")
    assert {r["kode"]: (r["pagu_pk"], r["pagu_perubahan"]) for r in rows} == {
        r["kode"]: (r["pagu"], None) for r in rows
    }
    assert {r["kode"]: r["pagu_pk"] for r in rows}["S2"] == S2_PK  # 14.162.109.953
    hierarki = table_rows(report, "hierarki")
    assert all(r["target_pk"] == r["target"] and r["target_perubahan"] is None for r in hierarki)


def _docx_rows(path: Path) -> list[list[list[str]]]:
    docx = pytest.importorskip("docx")
    return [[[cell.text for cell in row.cells] for row in t.rows] for t in docx.Document(str(path)).tables]


TABEL_24 = ["Tujuan/Sasaran Strategis/Program/Kegiatan", "Indikator", "Target Tahun 2025"]


@pytest.mark.slow
def test_word_tabel_24_shows_the_pk_pagu_with_the_perubahan_beside(tmp_path):
    from lkj_xl.laporan import write_laporan

    out = tmp_path / "laporan.docx"
    write_laporan(revised_example(tmp_path), out)
    header = [*TABEL_24, "Target Perubahan Tahun 2025", "Anggaran (Rp)", "Anggaran Perubahan (Rp)"]
    (tabel,) = [rows for rows in _docx_rows(out) if rows[0] == header]
    by_indicator = {row[1]: row[2:] for row in tabel}
    # Sasaran 2: the signed target and pagu, the revised ones beside (14.162.109.953 - 1.000.000).
    assert by_indicator[INDIKATOR] == ["40,71%", "40,38%", "14.162.109.953", "14.161.109.953"]
    # P2.01, whose Pagu Perubahan it is: 41.000.000 as signed, 40.000.000 revised; its target unrevised.
    pengawasan = "Persentase pengawasan dan pemeriksaan koperasi"
    assert by_indicator[pengawasan] == ["54,27%", "54,27%", "41.000.000", "40.000.000"]
    # T1 (1.116.055.550 + 8.050.000 + 8.706.000, no revision): the same figure in both columns.
    assert by_indicator["Nilai PDRB sektor Industri"][2:] == ["1.132.811.550", "1.132.811.550"]
    # T2: 26.672.236.083 as signed.
    assert by_indicator["Nilai Investasi"][2:] == ["26.672.236.083", "26.671.236.083"]


@pytest.mark.slow
def test_word_tabel_24_without_revision_keeps_its_four_columns(tmp_path):
    from lkj_xl.laporan import write_laporan

    out = tmp_path / "laporan.docx"
    write_laporan(EXAMPLE, out)
    (tabel,) = [rows for rows in _docx_rows(out) if rows[0][:3] == TABEL_24]
    assert tabel[0] == [*TABEL_24, "Anggaran (Rp)"]
    assert {row[1]: row[2:] for row in tabel}[INDIKATOR] == ["40,71%", "14.162.109.953"]


# The mail's and the Word report's total budget sentence after the APBD-P: the total pagu they give is
# the revised one (27.805.047.633 - 1.000.000), so they say so and give the Perjanjian Kinerja's total.
TOTAL_PK = sum(PAGU.values())
assert TOTAL_PK == 27_805_047_633  # seed Tabel 3.4, TOTAL row
TOTAL_USED = sum(USED.values())  # 27.804.047.633
REVISED_NOTE = "dihitung dari Pagu Perubahan APBD-P; pagu Perjanjian Kinerja Rp 27.805.047.633"


def test_mail_total_budget_line_says_the_pagu_is_the_perubahan(revised):
    from lkj_xl.delivery.message import summary_lines

    (line,) = [x for x in summary_lines(revised) if x.startswith("Realisasi anggaran:")]
    assert f"dari pagu Rp {TOTAL_USED:,}".replace(",", ".") in line
    assert line.endswith(f", {REVISED_NOTE}")


def test_mail_total_budget_line_without_revision_is_unchanged():
    from lkj_xl.delivery.message import summary_lines

    (line,) = [x for x in summary_lines(load_report(EXAMPLE)) if x.startswith("Realisasi anggaran:")]
    assert "Perubahan" not in line and line.endswith("%)")


@pytest.mark.slow
def test_word_total_budget_sentences_say_the_pagu_is_the_perubahan(tmp_path):
    docx = pytest.importorskip("docx")
    from lkj_xl.laporan import write_laporan

    out = tmp_path / "laporan.docx"
    write_laporan(revised_example(tmp_path), out)
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    total = f"Rp {TOTAL_USED:,}".replace(",", ".")
    ikhtisar = [t for t in texts if t.startswith("Realisasi anggaran s.d.")]
    assert len(ikhtisar) == 1 and total in ikhtisar[0] and ikhtisar[0].endswith(f", {REVISED_NOTE}.")
    lead = [t for t in texts if t.startswith("Anggaran ") and "dengan rincian sebagai berikut" in t]
    assert len(lead) == 1 and f"({REVISED_NOTE}), dengan rincian" in lead[0]
