"""rev_kinerja64: the review of kinerja64, each defect found typed as staff type it.

- A rate's base in juta after a thousands dot (`per 1.000 juta penduduk`) was read as if the dot were a
  decimal one: 1.000.000 (one juta) instead of 1.000.000.000 (main read it whole).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("satuan", "base", "named"),
    [
        # a thousands dot before "juta": 1.000 x 1.000.000 = 1.000.000.000 (kinerja64 read 1.000.000,
        # the "000" taken for decimals of one juta)
        ("per 1.000 juta penduduk", 1_000_000_000, "per 1.000.000.000 penduduk"),
        # 2.500 x 1.000.000 = 2.500.000.000 (kinerja64: 2.500.000)
        ("per 2.500 juta penduduk", 2_500_000_000, "per 2.500.000.000 penduduk"),
        # the decimals kinerja64 added stay: 1,5 x 1.000.000 = 1.500.000; 2.25 (English dot) x 1.000.000
        ("per 1,5 juta penduduk", 1_500_000, "per 1.500.000 penduduk"),
        ("per 2.25 jt penduduk", 2_250_000, "per 2.250.000 penduduk"),
    ],
)
def test_a_thousands_dot_before_juta_is_no_decimal(satuan, base, named):
    from lkj_xl.core.satuan_laju import base_named, rate_base

    assert rate_base(satuan) == base and base_named(satuan) == (base, named)


# --- the lead (stop 51): a Renstra read in another scale only when that reading is at least half the
# year's Target. tests/test_oracle_pembanding's long run drew Juta Rupiah, Kumulatif, Target 3, TW II 317,
# TW III 0, Renstra 316,99: read in ribuan 316,99 ribu = 0,317 juta, about a tenth of the year's 3 juta,
# no plausible Renstra (a period's end or total), so 316,99 stays the Renstra period's total as the
# oracle's model (and main before kinerja64) reads it: no capaian against it; before, the other-scale
# peringatan and 317 / 316,99 = 100,003 % compared.
def test_a_renstra_whose_other_scale_reading_is_a_tenth_of_the_target_stays_a_periods_total():
    from tests.test_kinerja64 import _renstra

    report = _renstra("Juta Rupiah", "3", "316,99", (None, "317", "0", None), "Kumulatif")
    said = [f.pesan for f in report.findings if "Target Akhir Renstra" in f.pesan]
    assert said and all("ribuan" not in pesan for pesan in said), said
    assert report.indicators[0].pembanding.renstra_jumlah
    assert report.indicators[0].pembanding.capaian_renstra_exact is None


def test_a_renstra_in_ribuan_half_the_target_is_still_said_in_its_scale():
    from tests.test_kinerja64 import _renstra

    # Juta Rupiah, Target 50, Renstra 25.000: 25.000 ribu = 25 juta, half the year's 50: the ribuan reading
    report = _renstra("Juta Rupiah", "50", "25.000", ("10", "20", None, None), "Kumulatif")
    (said,) = [f.pesan for f in report.findings if "Target Akhir Renstra" in f.pesan]
    assert "ribuan" in said and "tulis 25" in said, said
    assert not report.indicators[0].pembanding.renstra_jumlah
