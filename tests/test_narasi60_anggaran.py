"""narasi60: ``--triwulan`` reaches Anggaran's spending typed in a column of its own
(core.spending_columns.check_spending_columns), as it reaches Kinerja's since narasi59: the period asked
is read as if typed in Pengaturan.

The seed's programs (Tabel 3.4): P3.01 pagu 3.578.850.965, P3.02 pagu 82.706.300 (tests.helpers_anggaran).
"""

from __future__ import annotations

import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.engine import compute
from lkj_xl.core.model import GALAT
from lkj_xl.core.parse import parse_workbook
from tests.helpers_anggaran import PENGEMBANGAN, UMKM, kinerja_usaha_mikro
from tests.test_engine import anggaran_row, grid, pengaturan


def _hasil(pengaturan_tw: object, diminta: object, rows: list[list], extra: tuple[str, ...]):
    """The report of the seed's two programs, Pengaturan's Triwulan ``pengaturan_tw``, ``diminta`` asked
    as ``--triwulan`` (None: none), the staff's ``extra`` columns after the contract's (J, K, ...)."""
    sheets = {
        "Pengaturan": pengaturan(pengaturan_tw),
        "Kinerja": grid([list(c.KINERJA_HEADERS), *kinerja_usaha_mikro()]),
        "Anggaran": grid([[*c.ANGGARAN_HEADERS, *extra], *rows]),
    }
    return compute(parse_workbook(sheets, triwulan=diminta), diminta)


def _anggaran(report) -> list[str]:
    return [f"{f.severity} {f.sel} {f.pesan}" for f in report.findings if f.sheet == c.SHEET_ANGGARAN]


# P3.01 spent TW I 47.853.500, TW II 110.000.000, TW III 1.000.000, its TW IV only in the SP2D recap's
# "Realisasi s.d. TW IV" (J): Rp 200.000.000. P3.02: 1.800.000 in TW II, 0 in TW III and TW IV.
SD_TW_IV = [
    [*anggaran_row("P3.01", UMKM, None, 3_578_850_965, (47_853_500, 110_000_000, 1_000_000, None)), "Rp. 200.000.000"],
    [*anggaran_row("P3.02", PENGEMBANGAN, None, 82_706_300, (None, 1_800_000, 0, 0)), 1_800_000],
]  # fmt: skip


@pytest.mark.parametrize("pengaturan_tw", [2, 3])
def test_a_total_up_to_tw_iv_beside_its_blank_quarter_is_a_galat_with_tw_iv_asked(pengaturan_tw):
    # Asked --triwulan 4 over Pengaturan's 2 (or 3): before, J2 was not read and P3.01's realisasi printed
    # 47.853.500 + 110.000.000 + 1.000.000 = 158.853.500 (4,44 %) with only "TW IV kosong". Now as with
    # Triwulan 4 typed in Pengaturan: a galat at J2, P3.01's realisasi and Tabel 3.4's total unknown.
    asked = _hasil(pengaturan_tw, 4, SD_TW_IV, ("Realisasi s.d. TW IV",))
    typed = _hasil(4, None, SD_TW_IV, ("Realisasi s.d. TW IV",))
    galat = [s for s in _anggaran(asked) if s.startswith(f"{GALAT} J2 ")]
    assert len(galat) == 1 and "Rp 200.000.000" in galat[0] and "(I2)" in galat[0], _anggaran(asked)
    (p301,) = [b for b in asked.budgets if b.kode == "P3.01"]
    assert (p301.realisasi, p301.penyerapan) == (None, None)
    assert asked.total_realisasi_anggaran is None
    assert _anggaran(asked) == _anggaran(typed)


def test_a_total_up_to_tw_iv_is_no_galat_with_tw_ii_asked():
    # Asked --triwulan 2 over Pengaturan's 4: TW IV is not counted, so its column is nothing of this
    # report (before: a galat at J2 on TW IV). P3.01 s.d. TW II 47.853.500 + 110.000.000 = 157.853.500.
    asked = _hasil(4, 2, SD_TW_IV, ("Realisasi s.d. TW IV",))
    assert not [s for s in _anggaran(asked) if " J2 " in s], _anggaran(asked)
    (p301,) = [b for b in asked.budgets if b.kode == "P3.01"]
    assert p301.realisasi == 157_853_500
    assert _anggaran(asked) == _anggaran(_hasil(2, None, SD_TW_IV, ("Realisasi s.d. TW IV",)))


# P3.01's spending only in a column "Realisasi" (the reported period's total, as the BUD's recap gives
# it): Rp 157.853.500 (the seed's), its quarters blank. P3.02 1.800.000 in TW II.
REALISASI = [
    [*anggaran_row("P3.01", UMKM, None, 3_578_850_965), "Rp. 157.853.500"],
    [*anggaran_row("P3.02", PENGEMBANGAN, None, 82_706_300, (None, 1_800_000, 0, 0)), 1_800_000],
]  # fmt: skip


@pytest.mark.parametrize("pengaturan_tw", [2, 4, "Tahunan"])
def test_the_reported_total_column_names_semester_i_asked(pengaturan_tw):
    # Asked --triwulan "Semester I": the column is Semester I's total and TW II (G2) its blank quarter.
    # Before, over Pengaturan's 4 the galat named TW IV (I2) and P3.01 printed realisasi 0 (0,00 %); over
    # 2 it said "s.d. TW II". Now as typed "Semester I" in Pengaturan: "Realisasi anggaran Semester I",
    # G2, P3.01 unknown (not 0).
    asked = _hasil(pengaturan_tw, "Semester I", REALISASI, ("Realisasi",))
    typed = _hasil("Semester I", None, REALISASI, ("Realisasi",))
    (galat,) = [s for s in _anggaran(asked) if s.startswith(f"{GALAT} J2 ")]
    assert "Realisasi anggaran Semester I program" in galat and '"Realisasi TW II" (G2)' in galat, galat
    (p301,) = [b for b in asked.budgets if b.kode == "P3.01"]
    assert (p301.realisasi, p301.penyerapan) == (None, None)
    assert _anggaran(asked) == _anggaran(typed)


def test_an_own_penyerapan_column_is_read_for_the_period_asked():
    # "Penyerapan (%)" beside the quarters typed: P3.01 TW I 47.853.500 + TW II 110.000.000 = 157.853.500
    # of 3.578.850.965 = 4,4107... % s.d. TW II; with TW III 1.000.000 and TW IV 0, s.d. TW IV 158.853.500
    # = 4,4386... %. Staff typed 4,41 (right for Semester I). Asked "Semester I" over Pengaturan's 4:
    # before, compared with s.d. TW IV's 4,44 % and told; now quiet, as with "Semester I" typed.
    rows = [
        [*anggaran_row("P3.01", UMKM, None, 3_578_850_965, (47_853_500, 110_000_000, 1_000_000, 0)), "4,41"],
        [*anggaran_row("P3.02", PENGEMBANGAN, None, 82_706_300, (None, 1_800_000, 0, 0)), None],
    ]  # fmt: skip
    asked = _hasil(4, "Semester I", rows, ("Penyerapan (%)",))
    assert not [s for s in _anggaran(asked) if " J2 " in s], _anggaran(asked)
    # and the year's report reads it against s.d. TW IV's 4,44 %: told (the check itself still works)
    assert [s for s in _anggaran(_hasil(2, "Tahunan", rows, ("Penyerapan (%)",))) if " J2 " in s]


@pytest.mark.parametrize(("pengaturan_tw", "diminta"), [(4, "Semester I"), ("Semester I", None)])
def test_the_typed_total_rows_penyerapan_is_read_for_the_period_asked(pengaturan_tw, diminta):
    # (a pin: core.typed_total.read_typed_total reads the TOTAL row's four quarters and titles whatever
    # the period; the engine compares them with the asked period's settings, so it passed before too)
    # TOTAL row "4,36": s.d. TW II (47.853.500 + 110.000.000 + 1.800.000) / (3.578.850.965 + 82.706.300)
    # = 159.653.500 / 3.661.557.265 = 4,3603 %: right for Semester I; s.d. TW IV adds P3.01's TW III
    # 1.000.000: 160.653.500 / 3.661.557.265 = 4,3876 %, printed 4,39 % and told in the year's report.
    rows = [
        anggaran_row("P3.01", UMKM, None, 3_578_850_965, (47_853_500, 110_000_000, 1_000_000, 0)),
        anggaran_row("P3.02", PENGEMBANGAN, None, 82_706_300, (None, 1_800_000, 0, 0)),
        [*anggaran_row("", "TOTAL", None, 3_661_557_265, (47_853_500, 111_800_000, 1_000_000, 0)), "4,36"],
    ]
    rows[0].append(None), rows[1].append(None)
    extra = ("Penyerapan (%)",)
    assert not [s for s in _anggaran(_hasil(pengaturan_tw, diminta, rows, extra)) if " J4 " in s]
    (told,) = [s for s in _anggaran(_hasil(4, "Tahunan", rows, extra)) if " J4 " in s]
    assert "ditulis 4,36%" in told and "4,39%" in told


@pytest.mark.slow
def test_check_and_export_read_the_spending_column_for_the_period_asked(tmp_path):
    import json

    from click.testing import CliRunner

    from lkj_xl.cli import main
    from tests.common import example_typed

    # The example (Anggaran header row 3), Pengaturan's Triwulan 4, P3.01's spending (row 9, seed Tabel
    # 3.4: 157.853.500) moved from G9 (TW II) to a column "Realisasi" (J), asked --triwulan "Semester I".
    # Before: the galat named TW IV (I9) and export printed P3.01's realisasi 0 (penyerapan 0 %); now the
    # galat names Semester I and G9, and P3.01's realisasi is unknown, as with "Semester I" typed.
    path = example_typed(
        tmp_path,
        "realisasi",
        4,
        {("Anggaran", "J3"): "Realisasi", ("Anggaran", "G9"): None, ("Anggaran", "J9"): "Rp 157.853.500"},
    )
    asked = ["--triwulan", "Semester I"]
    runner = CliRunner()
    checked = runner.invoke(main, ["check", str(path), *asked])
    (said,) = [line for line in checked.output.splitlines() if "Anggaran!J9" in line]
    assert said.startswith("galat") and "Realisasi anggaran Semester I" in said and "(G9)" in said, said
    exported = json.loads(runner.invoke(main, ["export", str(path), "--table", "anggaran", *asked]).stdout)
    (p301,) = [b for b in exported if b["kode"] == "P3.01"]
    assert (p301["realisasi"], p301["penyerapan"]) == (None, None), p301


def test_the_spending_column_is_read_with_an_unreadable_triwulan_and_a_quarter_asked():
    # Pengaturan's Triwulan "xyz" (a galat), --triwulan 2 asked: the report counts s.d. TW II. Before, the
    # own "Realisasi" column was skipped (no quarter known in Pengaturan) and P3.01 printed realisasi 0
    # (0,00 %), Tabel 3.4's total 1.800.000 / 3.661.557.265 = 0,05 %, with only "TW II kosong"; now a
    # galat at J2 and P3.01's realisasi and the total unknown.
    asked = _hasil("xyz", 2, REALISASI, ("Realisasi",))
    (galat,) = [s for s in _anggaran(asked) if s.startswith(f"{GALAT} J2 ")]
    assert "Rp 157.853.500" in galat and '"Realisasi TW II" (G2)' in galat, galat
    (p301,) = [b for b in asked.budgets if b.kode == "P3.01"]
    assert (p301.realisasi, p301.penyerapan) == (None, None)
    assert asked.total_realisasi_anggaran is None
