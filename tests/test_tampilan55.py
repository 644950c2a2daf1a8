"""Figures shown as staff typed them beside a target typed with a scale word (tampilan55: a Dinas
Pariwisata's trial, TW II 2025).

A count of visitors typed `1,2 juta` as its target and `285.430` / `0,31 juta` as its quarters showed
the whole row with 4 decimals: `285.430,0000` beside `0,3100 juta`, the realisasi s.d. `0,5954 juta`.
The realisasi s.d. (a sum of a plain quarter and one in juta) was shown in the target's scale, where it
needed 4 decimals for the capaian to be recomputed, and those 4 decimals (of a juta) were given to the
plain figures too (of one orang). The seed shows each figure as typed: `1.282.684,40 juta` beside
`193.900 juta`, a count never with decimals.
"""

from __future__ import annotations

from lkj_xl.core.kalimat import angka_indikator
from tests.common import kinerja_row
from tests.helpers_staff import built_new_workbook, row_of

# TW I 285.430 + TW II 0,31 juta (310.000) = 595.430 orang s.d. TW II (Kumulatif);
# capaian 595.430 / 1.200.000 x 100 = 49,619166... -> 49,62 %, Sangat Rendah (<= 50).
WISATAWAN = kinerja_row(
    "S1",
    "Sasaran",
    "",
    "Meningkatnya kunjungan wisata",
    "Jumlah kunjungan wisatawan",
    "1,2 juta",
    "285.430",
    "0,31 juta",
    **{"Satuan": "orang", "Jenis Realisasi": "Kumulatif"},
)


def test_plain_quarter_and_sum_shown_as_typed_beside_a_target_in_juta(tmp_path):
    wb = built_new_workbook(tmp_path, [WISATAWAN])
    ws = wb["Capaian Tujuan Sasaran"]
    row = row_of(ws, "Jumlah kunjungan wisatawan")
    cells = {c.column_letter: c for c in row}
    # Target E, TW I F, TW II G, Realisasi s.d. TW II J, Capaian K
    assert cells["E"].value == 1200000 and cells["E"].number_format == '[$-421]#,##0.00,, "juta"'  # 1,20 juta
    assert cells["F"].value == 285430 and cells["F"].number_format == "[$-421]#,##0"  # 285.430
    assert cells["G"].value == 310000 and cells["G"].number_format == '[$-421]#,##0.00,, "juta"'  # 0,31 juta
    # 595.430 orang: the sum as a whole count, never 0,5954 juta (0,5954 / 1,2 recomputes 49,62 only
    # with 4 decimals of a juta)
    assert cells["J"].value == 595430 and cells["J"].number_format == "[$-421]#,##0"
    ws2 = wb["Capaian Program"]
    cells2 = {c.column_letter: c for c in row_of(ws2, "Jumlah kunjungan wisatawan")}
    assert cells2["E"].number_format == '[$-421]#,##0.00,, "juta"'  # target 1,20 juta
    assert cells2["F"].value == 595430 and cells2["F"].number_format == "[$-421]#,##0"


def test_sentence_names_the_sum_as_a_whole_count():
    from tests.helpers_staff import book_of, report_of
    from tests.test_engine import kinerja_row as row

    report = report_of(
        book_of(
            [
                row(
                    "S1",
                    "Sasaran",
                    "",
                    "Kunjungan",
                    "Jumlah kunjungan wisatawan",
                    "1,2 juta",
                    ["285.430", "0,31 juta", None, None],
                    satuan="orang",
                    jenis="Kumulatif",
                )
            ],  # fmt: skip
            triwulan=2,
        )
    )
    said = angka_indikator(report.indicators[0], report.settings)
    assert said.target == "1,2 juta orang"  # as typed, "1,2 juta" (tampilan61); Tabel 3.1: 1,20
    assert said.realisasi == "595.430 orang"  # 285.430 + 310.000
    assert said.capaian == "49,62%"  # 595.430 / 1.200.000 = 49,6191...


def test_sum_exact_in_juta_stays_in_juta():
    # TW I 0,3 juta + TW II 0,35 juta = 0,65 juta: 650.000 / 1.200.000 = 54,1666... -> 54,17 %
    from tests.helpers_staff import book_of, report_of
    from tests.test_engine import kinerja_row as row

    report = report_of(
        book_of(
            [
                row(
                    "S1",
                    "Sasaran",
                    "",
                    "Kunjungan",
                    "Jumlah kunjungan wisatawan",
                    "1,2 juta",
                    ["0,3 juta", "0,35 juta", None, None],
                    satuan="orang",
                    jenis="Kumulatif",
                )
            ],  # fmt: skip
            triwulan=2,
        )
    )
    said = angka_indikator(report.indicators[0], report.settings)
    assert (said.target, said.realisasi, said.capaian) == (
        "1,2 juta orang",
        "0,65 juta orang",
        "54,17%",
    )  # target as typed (tampilan61)


def test_quarters_in_juta_beside_a_target_in_milyar_keep_their_own_decimals(tmp_path):
    # Satuan Rp: target 2,5 milyar; TW I 600 jt + TW II 750 jt = 1.350.000.000 = 1,35 milyar s.d. TW II;
    # capaian 1,35 / 2,5 = 54 %. The target's 2,50 milyar gives no decimals to a whole 600 juta.
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "PAD pariwisata",
        "Pendapatan sektor pariwisata",
        "2,5 milyar",
        "600 jt",
        "750 jt",
        **{"Satuan": "Rp", "Jenis Realisasi": "Kumulatif"},
    )
    ws = built_new_workbook(tmp_path, [row])["Capaian Tujuan Sasaran"]
    cells = {c.column_letter: c for c in row_of(ws, "Pendapatan sektor pariwisata")}
    assert cells["E"].number_format == '[$-421]#,##0.00,,, "milyar"'  # 2,50 milyar
    assert cells["F"].number_format == '[$-421]#,##0,, "juta"'  # 600 juta, never 600,00 juta
    assert cells["G"].number_format == '[$-421]#,##0,, "juta"'  # 750 juta
    assert cells["J"].value == 1350000000 and cells["J"].number_format == '[$-421]#,##0.00,,, "milyar"'
