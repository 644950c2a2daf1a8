"""Review of tampilan56: the selisih with last year beside a realisasi s.d. shown in its own scale.

tampilan56 shows a realisasi s.d. the target's scale word would round in the scale the staff read it
in (`350 jt` + `425 jt` of `Rp 1,5 M`: `775 juta`; `285.430,50` + `310.000` of `Rp 1,2 jt`:
`595.430,50`). Perbandingan Kinerja and the sentences still showed the selisih with last year in the
target's scale, rounded: `0,70 milyar | 775 juta | 0,08 milyar` (a reader subtracting gets 75 juta,
and 0,08 / 0,70 = 11,43 %, not the 10,71 % beside it), `1,10 juta | 595.430,50 | -0,50 juta` (0,50 /
1,10 = 45,45 %, not 45,87 %; main showed `-0,5046 juta`). The selisih is shown as the realisasi is.
"""

from __future__ import annotations

import docx
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core import contract as c
from tests.helpers_print import have_soffice, page_texts
from tests.helpers_staff import built_new_workbook, row_of
from tests.test_fronts_parity import shown_text
from tests.test_tampilan56 import _report, _rupiah_row

# S1: 350 jt + 425 jt = 775 juta of Rp 1,5 M; last year Rp 700 jt (0,70 milyar): selisih
# 775 - 700 = 75 juta, 75 / 700 x 100 = 10,714... -> 10,71 %.
# S2: 285.430,50 + 310.000 = 595.430,50 of Rp 1,2 jt; last year Rp 1,1 jt (1,10 juta): selisih
# 595.430,50 - 1.100.000 = -504.569,50, 504.569,50 / 1.100.000 x 100 = 45,869... -> 45,87 %.
ROWS = [
    _rupiah_row("Rp 1,5 M", "350 jt", "425 jt", **{c.H_REALISASI_TAHUN_LALU: "Rp 700 jt"}),
    {
        **_rupiah_row("Rp 1,2 jt", "285.430,50", "310.000", **{c.H_REALISASI_TAHUN_LALU: "Rp 1,1 jt"}),
        "Kode": "S2",
        "Indikator": "Nilai transaksi",
    },
]


def _shown(ws, name):
    return [shown_text(cell.value, cell.number_format) for cell in row_of(ws, name) if cell.value is not None]


def test_perbandingan_shows_the_selisih_as_the_realisasi_is_shown(tmp_path):
    wb = built_new_workbook(tmp_path, ROWS)
    ws = wb[c.SHEET_PERBANDINGAN]
    pasar = _shown(ws, "Pendapatan retribusi pasar")
    assert pasar[-5:] == ["0,70 milyar", "775 juta", "75 juta", "10,71", "Membaik"], pasar  # was 0,08 milyar
    transaksi = _shown(ws, "Nilai transaksi")
    # was -0,50 juta (main: -0,5046 juta)
    assert transaksi[-5:] == ["1,10 juta", "595.430,50", "-504.569,50", "-45,87", "Menurun"], transaksi
    # the value is the selisih itself, only its number format follows the realisasi
    selisih = [cell for cell in row_of(ws, "Pendapatan retribusi pasar") if cell.value == 75_000_000]
    assert selisih, _shown(ws, "Pendapatan retribusi pasar")


def test_the_sentences_name_the_selisih_as_the_realisasi_is_named(tmp_path):
    path, _ = _report(tmp_path, ROWS)
    out = tmp_path / "LKjIP.docx"
    result = CliRunner().invoke(main, ["laporan", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "(Rp 0,70 milyar) mengalami kenaikan sebesar Rp 75 juta (10,71% " in text, text
    assert "(Rp 1,10 juta) mengalami penurunan sebesar Rp 504.569,50 (45,87% " in text, text
    assert "0,08 milyar" not in text and "0,50 juta" not in text


@pytest.mark.slow
@pytest.mark.skipif(not have_soffice(), reason="LibreOffice (soffice) is not installed")
def test_libreoffice_prints_the_selisih_as_the_realisasi(tmp_path):
    path, _ = _report(tmp_path, ROWS)
    pdf = tmp_path / "perbandingan.pdf"
    result = CliRunner().invoke(main, ["pdf", str(path), "-o", str(pdf), "--sheet", c.SHEET_PERBANDINGAN])
    assert result.exit_code == 0, result.output
    text = " ".join(page_texts(pdf))
    # 775 - 700 = 75 juta; 595.430,50 - 1.100.000 = -504.569,50 (see ROWS)
    for shown in ("0,70 milyar", "775 juta", "75 juta", "10,71", "1,10 juta", "595.430,50", "-504.569,50"):
        assert shown in text, (shown, text)
    assert "0,08 milyar" not in text and "-0,50 juta" not in text, text


def test_a_rise_of_a_few_rupiah_beside_a_realisasi_shown_plain_leaves_the_row_at_two_decimals(tmp_path):
    # Rp 4.500.410 this year (TW I, shown plain as typed) against 4,5 jt last year: a rise of
    # 4.500.410 - 4.500.000 = 410 rupiah, shown 410; last year needs no 4 decimals for it any more
    # (was 4,5000 juta beside 0,0004 juta); 410 / 4.500.000 x 100 = 0,0091 -> 0,01 %.
    row = _rupiah_row("7 jt", "Rp 4.500.410", None, **{c.H_REALISASI_TAHUN_LALU: "4,5 jt"})
    wb = built_new_workbook(tmp_path, [{**row, "Satuan": "Rupiah"}])
    shown = _shown(wb[c.SHEET_PERBANDINGAN], "Pendapatan retribusi pasar")
    assert shown[-5:] == ["4,50 juta", "4.500.410", "410", "0,01", "Membaik"], shown
