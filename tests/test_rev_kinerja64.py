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
