"""``lkj-xl rekap``: "Isi sama" (one workbook sent under two names, core.rekap_isi) for agencies whose
Triwulan cannot be read.

In the Bappeda's Semester I rekap, agencies that typed the Triwulan as nothing the rekap reads
(``Semester Ganjil``) had every realisasi and capaian galat; the rows the content is compared by were
then alike to the last digit whatever the agencies typed, and the rekap warned ``Isi sama``: "berisi
indikator, target, realisasi dan anggaran yang sama persis ... satu buku kerja yang dikirim dengan nama
lain?", counted "5 kali", asking to move files away, though each agency typed its own realisasi. What
was typed in each quarter now counts in the content too; one workbook under two names is still said."""

from __future__ import annotations

from pathlib import Path

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook
from tests.test_rekap_round3 import PEMDA, anggaran, kinerja


def _agency(path: Path, opd: str, t1: str, s1: str, spent: str, triwulan: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    new_workbook(
        path,
        pengaturan={c.P_PEMDA: PEMDA, c.P_OPD: opd, c.P_TAHUN: 2026, c.P_TRIWULAN: triwulan},
        kinerja=kinerja(t1, s1),
        anggaran=anggaran("Rp 1 M", spent, "150 jt"),
    )


def _isi_sama(result: lkj_xl.Rekap) -> list[str]:
    return [p for j, p in zip(result.peringatan["jenis"], result.peringatan["pesan"]) if j == "Isi sama"]


def test_agencies_of_an_unreadable_triwulan_with_their_own_figures_are_not_one_workbook(tmp_path):
    root = tmp_path / "smt1"
    # one template (the same indicators, targets, pagu), each agency's own realisasi and spending
    _agency(root / "kunir.xlsx", "Kecamatan Kunir", "80", "9%", "100 jt", "Semester Ganjil")
    _agency(root / "tempeh.xlsx", "Kecamatan Tempeh", "75", "8%", "120 jt", "Semester Ganjil")
    result = lkj_xl.rekap(root, jobs=1)
    assert _isi_sama(result) == []
    # the Triwulan unread is still said (each file's galat and the period)
    assert set(result.perangkat_daerah["periode"]) == {"Triwulan ? Tahun 2026"}


def test_one_workbook_under_two_names_with_an_unreadable_triwulan_is_still_said(tmp_path):
    root = tmp_path / "smt1"
    _agency(root / "kunir.xlsx", "Kecamatan Kunir", "80", "9%", "100 jt", "Semester Ganjil")
    _agency(root / "Copy of kunir.xlsx", "Kec Kunir", "80", "9%", "100 jt", "Semester Ganjil")
    result = lkj_xl.rekap(root, jobs=1)
    assert len(_isi_sama(result)) == 1
