"""A share's quarter typed as a fraction in a General cell (=412/520 saved as 0,755 or 0,7923076923)
beside a target typed `85%`: the peringatan quoted the cell rounded to two decimals, `ditulis 0,76 ...
dibaca 0,76%`, a figure staff never typed and not the one read (0,755 %). It quotes the figure as read.
Kinerja: A Kode ... I Target, K..N TW I..IV; the indicator on row 2, TW II report (TW II: L2).
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import PERINGATAN
from tests.test_engine import kinerja_row, run


@pytest.mark.parametrize(
    ("cell", "shown", "meant"),
    [
        (0.755, "0,755", "75,50%"),  # 0,755 x 100 = 75,5
        (0.7923, "0,7923", "79,23%"),  # 0,7923 x 100 = 79,23
        (0.81, "0,81", "81,00%"),  # two decimals: as before
    ],
)
def test_the_fraction_is_quoted_as_read(cell, shown, meant):
    row = kinerja_row(
        "S2",
        "Sasaran",
        "",
        "Tindak lanjut",
        "Persentase rekomendasi yang ditindaklanjuti",
        "85%",
        (None, cell, None, None),
        jenis="Nilai Akhir",
    )
    report = run([row])
    (said,) = [f for f in report.findings if f.sel == "L2" and f.severity == PERINGATAN]
    assert f"ditulis {shown} tanpa tanda %" in said.pesan and f"dibaca {shown}%" in said.pesan
    assert f"bila maksudnya {meant}" in said.pesan
