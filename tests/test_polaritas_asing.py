"""A Polaritas typed as no choice ("Kumulatif", a Jenis Realisasi's word; "Naik turun", "Tetap", "1")
beside a ratio typed in a quarter under Satuan "%" ("1:20"): the Polaritas' galat and the ratio's, no
crash. rasio_bulat.keep_kriteria weighed the ratio's advised figure by the Polaritas, "" for an unknown
one, and formulas.capaian_exact raised ValueError ("internal error" in lkj-xl check)."""

from __future__ import annotations

import pytest

from tests.test_engine import messages, run


def _row(polaritas, jenis=None, tw1="1:20", target="82,5"):
    # contract.KINERJA_HEADERS: Kode, Tingkat, Kode Induk, Uraian, Indikator, Satuan, Polaritas, Jenis
    # Realisasi, Target (I), Target Perubahan (J), Realisasi TW I (K), TW II (L)
    return [
        "1",
        "Tujuan",
        "",
        None,
        "Persentase koperasi aktif",
        "%",
        polaritas,
        jenis,
        target,
        None,
        tw1,
        "1:10",
    ]


@pytest.mark.parametrize(
    "polaritas", ["Kumulatif", "Naik turun", "Tetap", "1", 1, 2.5, "positip", " KUMULATIF "]
)
@pytest.mark.parametrize("jenis", [None, "Kumulatif", "Nilai Akhir"])
def test_unknown_polaritas_beside_a_ratio_is_its_galat_not_a_crash(polaritas, jenis):
    report = run([_row(polaritas, jenis)])
    galat = messages(report, "galat")
    assert any(
        "Polaritas" in m and "tidak dikenal" in m and "capaian indikator ini tidak dihitung" in m
        for m in galat
    )
    # 1 / 20 x 100 = 5 and 1 / 10 x 100 = 10: the advice each ratio's galat gives, by hand
    assert any(m.startswith("Kinerja!K2 ") and "1 / 20 x 100 = 5" in m for m in galat), galat
    assert any(m.startswith("Kinerja!L2 ") and "1 / 10 x 100 = 10" in m for m in galat), galat
    (item,) = [i for i in report.indicators]
    assert item.capaian is None  # no capaian under an unknown Polaritas


@pytest.mark.parametrize("target", ["80-90", "1:4", "5"])
def test_unknown_polaritas_with_other_targets(target):
    report = run([_row("Kumulatif", target=target)])
    assert any("tidak dikenal" in m for m in messages(report, "galat"))
