"""How figures are shown, left open by stop 48 (tampilan57: a Dinas Penanaman Modal's and a Dinas
Koperasi's trial, TW II 2025).

1. Word's Tabel 2.2, 2.3, 2.4 and L.1 cut a Satuan naming the scale to its scale word: a target `1.500`
   under Satuan `Juta Rupiah` (Tabel 3.1: `1.500` beside `Juta Rupiah`) printed `1.500 juta`, the
   `Rupiah` lost (these tables have no Satuan column). The cell is now the sheet's figure with the
   Satuan's words: `1.500 Juta Rupiah`, `4.045,54 Milyar Rupiah`; a Satuan opening with Rp (`Rp. Juta`,
   the seed's l.1118) as a sentence writes it, `Rp 1.191.064,10 juta`. A target typed with its scale
   word beside a Satuan `Rupiah` keeps the seed's cell, `5.984,04 milyar` (l.358).
2. Last year's figure was shown in the target's scale, rounded (`0,71 milyar` for Rp 705 jt) beside a
   realisasi s.d. shown in its quarters' juta (`775 juta`): a reader recomputing the change got 0,71 ->
   0,775 (9,15 %), not the 9,93 % printed. Shown now as the realisasi is, `705 juta`, and the selisih
   with it (`70 juta`), as tampilan56 did for the selisih alone.
3. Tabel 2.4 printed `-` as the Anggaran of a Kegiatan without an Anggaran row of its own whose Sub
   Kegiatan each have one: the sum of their pagu now.
"""

from __future__ import annotations

import docx
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core.kalimat_pembanding import tahun_lalu_kalimat
from tests.common import kinerja_row
from tests.helpers_staff import built_new_workbook, row_of
from tests.test_fronts_parity import shown_text
from tests.test_tampilan56 import _report, _rupiah_row

SETTINGS = {c.P_PEMDA: "Kabupaten Contoh", c.P_OPD: "Dinas Contoh", c.P_TAHUN: 2025, c.P_TRIWULAN: 2}


def _laporan(tmp_path, kinerja, anggaran=()):
    """`lkj-xl new`'s workbook with ``kinerja`` and ``anggaran`` rows, its Word report opened."""
    from lkj_xl.xlsx.template import new_workbook

    path, out = tmp_path / "laporan.xlsx", tmp_path / "LKjIP.docx"
    new_workbook(path, pengaturan=SETTINGS, kinerja=kinerja, anggaran=anggaran)
    result = CliRunner().invoke(main, ["laporan", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return docx.Document(str(out))


def _tables(document, number: str) -> list:
    """The tables under the caption ``number`` (Tabel 2.2 holds a Tujuan and a Sasaran table)."""
    body = list(document.element.body.iterchildren())
    by_element = {t._tbl: t for t in document.tables}
    out, on = [], False
    for element in body:
        if element.tag.endswith("}p"):
            text = "".join(element.itertext()).strip()
            if text.startswith("Tabel "):
                on = text.startswith(number + " ")
        elif on and element in by_element:
            out.append(by_element[element])
    assert out, number
    return out


def _cell(document, number: str, indikator: str, column: int = 3) -> str:
    for table in _tables(document, number):
        for row in table.rows:
            cells = [cell.text for cell in row.cells]
            if indikator in cells:
                return cells[column] if column >= 0 else cells[-1]
    raise AssertionError((number, indikator))


# --- 1. a Satuan naming the scale, in the Word's tables without a Satuan column --------------------

INVESTASI = "Nilai investasi PMDN"
PDRB = "Nilai PDRB sektor Perdagangan"
PMA = "Nilai investasi PMA"
ROWS_SATUAN = [
    # 350 + 425 = 775 of 1.500 juta rupiah: 51,67 %
    kinerja_row(
        "T1", "Tujuan", "", "Meningkatnya investasi", INVESTASI, "1.500", "350", "425",
        **{"Satuan": "Juta Rupiah", "Jenis Realisasi": "Kumulatif"},
    ),
    # the seed's Sasaran 4 (Tabel 2.2 l.366: 4.045,54 under Satuan Milyar Rupiah, Tabel 2.1 l.349)
    kinerja_row(
        "S1", "Sasaran", "T1", "Meningkatnya Nilai PDRB sektor Perdagangan", PDRB, "4.045,54", "-", "-",
        **{"Satuan": "Milyar Rupiah", "Jenis Realisasi": "Nilai Akhir"},
    ),
    # the seed's Nilai Investasi of its matrix (l.1118: 1.191.064,10 under Satuan Rp. Juta)
    kinerja_row(
        "S2", "Sasaran", "T1", "Meningkatnya investasi asing", PMA, "1.191.064,10", "193.900", "-",
        **{"Satuan": "Rp. Juta", "Jenis Realisasi": "Nilai Akhir"},
    ),
]  # fmt: skip


def test_the_sheet_shows_the_figure_beside_its_satuan(tmp_path):
    # what the Word's cells agree with: Tabel 3.1's Target beside its Satuan
    wb = built_new_workbook(tmp_path, ROWS_SATUAN)
    ws = wb[c.SHEET_CAPAIAN_TS]
    for indikator, satuan, target in (
        (INVESTASI, "Juta Rupiah", "1.500"),
        (PDRB, "Milyar Rupiah", "4.045,54"),
        (PMA, "Rp. Juta", "1.191.064,10"),
    ):
        cells = row_of(ws, indikator)
        shown = [shown_text(cell.value, cell.number_format) for cell in cells if cell.value is not None]
        assert shown[3:5] == [satuan, target], shown


def test_word_tables_keep_the_satuans_words_beside_the_figure(tmp_path):
    document = _laporan(tmp_path, ROWS_SATUAN)
    for number in ("Tabel 2.2", "Tabel 2.3", "Tabel L.1", "Tabel 2.4"):
        column = 2 if number == "Tabel 2.4" else 3  # (2.4: the node, the indicator, the target)
        if number in ("Tabel 2.2", "Tabel 2.4"):  # (2.3 and L.1 list the Sasaran only)
            assert _cell(document, number, INVESTASI, column) == "1.500 Juta Rupiah", number  # was 1.500 juta
        assert _cell(document, number, PDRB, column) == "4.045,54 Milyar Rupiah", (
            number
        )  # was 4.045,54 milyar
        # Rp first as its Satuan writes it, the figure as the sheet (was 1.191.064,10 juta)
        assert _cell(document, number, PMA, column) == "Rp 1.191.064,10 juta", number
    # Lampiran L.2 has a Satuan column: the figure alone, as before
    matriks = _tables(document, "Tabel L.2")
    rows = [[cell.text for cell in row.cells] for table in matriks for row in table.rows]
    assert ["T1", "Tujuan", "Meningkatnya investasi", INVESTASI, "Juta Rupiah", "1.500"] in [
        [cell.strip() for cell in row] for row in rows
    ], rows


def test_a_target_typed_with_its_scale_word_beside_satuan_rupiah_keeps_the_seeds_cell(tmp_path):
    # the seed's Tabel 2.2 l.358: "5.984,04 milyar" (Satuan Rupiah, Tabel 2.1 l.340)
    row = kinerja_row(
        "T1", "Tujuan", "", "Terciptanya Ekonomi Wilayah", "Nilai PDRB sektor Industri", "5.984,04 milyar",
        "-", "-", **{"Satuan": "Rupiah", "Jenis Realisasi": "Nilai Akhir"},
    )  # fmt: skip
    document = _laporan(tmp_path, [row])
    assert _cell(document, "Tabel 2.2", "Nilai PDRB sektor Industri") == "5.984,04 milyar"


# --- 2. last year's figure as the realisasi beside it ---------------------------------------------

PASAR = "Pendapatan retribusi pasar"
# 350 jt + 425 jt = 775 juta of Rp 1,5 M (775 / 1.500 = 51,67 %); last year Rp 705 jt, 0,705 milyar,
# which the target's 2 decimals of a milyar round to 0,71. Selisih 775 - 705 = 70 juta; perubahan
# 70 / 705 x 100 = 9,929... -> 9,93 %.
LALU = _rupiah_row("Rp 1,5 M", "350 jt", "425 jt", **{c.H_REALISASI_TAHUN_LALU: "Rp 705 jt"})


def _shown(ws, name):
    return [shown_text(cell.value, cell.number_format) for cell in row_of(ws, name) if cell.value is not None]


def test_perbandingan_shows_last_year_as_the_realisasi_is_shown(tmp_path):
    wb = built_new_workbook(tmp_path, [LALU])
    shown = _shown(wb[c.SHEET_PERBANDINGAN], PASAR)
    # was 0,71 milyar | 775 juta | 0,07 milyar
    assert shown[-5:] == ["705 juta", "775 juta", "70 juta", "9,93", "Membaik"], shown
    lalu = [cell for cell in row_of(wb[c.SHEET_PERBANDINGAN], PASAR) if cell.value == 705_000_000]
    assert lalu, shown  # the value itself, only its number format follows the realisasi


def test_grafik_trend_shows_last_year_as_the_realisasi_is_shown(tmp_path):
    wb = built_new_workbook(tmp_path, [LALU])
    rows = [_shown(wb["Grafik"], f"{PASAR} (Rp)")]
    assert rows[0][-2:] == ["705 juta", "775 juta"], rows  # was 0,71 milyar


def test_the_sentence_names_last_year_as_the_realisasi(tmp_path):
    _, report = _report(tmp_path, [LALU])
    said = tahun_lalu_kalimat(report.indicators[0], report.settings)
    assert said.startswith(
        "Jika diperbandingkan dengan tahun sebelumnya (Rp 705 juta) mengalami kenaikan sebesar Rp 70 juta "
        "(9,93% dari realisasi tahun sebelumnya)"
    ), said  # was (Rp 0,71 milyar) ... Rp 0,07 milyar


def test_last_year_exact_in_the_targets_scale_stays_in_it(tmp_path):
    # Rp 700 jt = 0,70 milyar exactly: as before (test_revtampilan56), 75 juta beside 775 juta
    row = _rupiah_row("Rp 1,5 M", "350 jt", "425 jt", **{c.H_REALISASI_TAHUN_LALU: "Rp 700 jt"})
    wb = built_new_workbook(tmp_path, [row])
    shown = _shown(wb[c.SHEET_PERBANDINGAN], PASAR)
    assert shown[-5:] == ["0,70 milyar", "775 juta", "75 juta", "10,71", "Membaik"], shown


# --- 3. Tabel 2.4: a Kegiatan's Anggaran, the sum of its Sub Kegiatan ------------------------------


def _anggaran_row(kode, program, kode_sasaran, pagu, tw1, tw2):
    return dict(zip(c.ANGGARAN_HEADERS, [kode, program, kode_sasaran, pagu, None, tw1, tw2, None, None]))


KEGIATAN = "Jumlah Usaha Mikro yang difasilitasi"
KINERJA_KEGIATAN = [
    kinerja_row("S1", "Sasaran", "", "Meningkatnya Kualitas Usaha Mikro", "Persentase Usaha Mikro naik kelas",
                "0,01", "0", "0,01", **{"Jenis Realisasi": "Nilai Akhir"}),
    kinerja_row("P1", "Program", "S1", "Program Pemberdayaan UMKM", "Persentase UMKM yang diberdayakan",
                "0,9", "0,2", "0,4", **{"Jenis Realisasi": "Nilai Akhir"}),
    kinerja_row("K1", "Kegiatan", "P1", "Pemberdayaan Usaha Mikro", KEGIATAN, "471", "60", "35",
                **{"Satuan": "UM", "Jenis Realisasi": "Kumulatif"}),
    kinerja_row("SK1", "Sub Kegiatan", "K1", "Pelatihan Usaha Mikro", "Jumlah Usaha Mikro dilatih", "271",
                "30", "20", **{"Satuan": "UM", "Jenis Realisasi": "Kumulatif"}),
    kinerja_row("SK2", "Sub Kegiatan", "K1", "Pendampingan Usaha Mikro", "Jumlah Usaha Mikro didampingi",
                "200", "30", "15", **{"Satuan": "UM", "Jenis Realisasi": "Kumulatif"}),
]  # fmt: skip
# The seed's program 3.578.850.965 (l.955) made of its Sub Kegiatan: 2.000.000.000 + 1.578.850.965;
# spent 50.000.000 + 20.000.000 and 50.000.000 + 37.853.500 = 157.853.500 (l.955's realisasi).
ANGGARAN_KEGIATAN = [
    _anggaran_row("P1", "Program Pemberdayaan UMKM", "S1", 3_578_850_965, 100_000_000, 57_853_500),
    _anggaran_row("SK1", "Pelatihan Usaha Mikro", None, 2_000_000_000, 50_000_000, 20_000_000),
    _anggaran_row("SK2", "Pendampingan Usaha Mikro", None, 1_578_850_965, 50_000_000, 37_853_500),
]


def test_tabel_2_4_shows_a_kegiatans_anggaran_as_its_sub_kegiatan_sum(tmp_path):
    document = _laporan(tmp_path, KINERJA_KEGIATAN, ANGGARAN_KEGIATAN)
    # 2.000.000.000 + 1.578.850.965 = 3.578.850.965 (was "-")
    assert _cell(document, "Tabel 2.4", KEGIATAN, -1) == "3.578.850.965"
    assert _cell(document, "Tabel 2.4", "Jumlah Usaha Mikro dilatih", -1) == "2.000.000.000"
    assert _cell(document, "Tabel 2.4", "Persentase UMKM yang diberdayakan", -1) == "3.578.850.965"


def test_a_kegiatan_with_a_sub_kegiatan_without_anggaran_stays_unknown(tmp_path):
    # SK2 has no Anggaran row: 2.000.000.000 alone would be a part of K1's budget, printed as all of it
    document = _laporan(tmp_path, KINERJA_KEGIATAN, ANGGARAN_KEGIATAN[:2])
    assert _cell(document, "Tabel 2.4", KEGIATAN, -1) == "-"
    assert _cell(document, "Tabel 2.4", "Jumlah Usaha Mikro didampingi", -1) == "-"


@pytest.mark.slow
def test_libreoffice_prints_last_year_as_the_realisasi(tmp_path):
    from tests.helpers_print import have_soffice, page_texts

    if not have_soffice():
        pytest.skip("LibreOffice (soffice) is not installed")
    path, _ = _report(tmp_path, [LALU])
    pdf = tmp_path / "perbandingan.pdf"
    result = CliRunner().invoke(main, ["pdf", str(path), "-o", str(pdf), "--sheet", c.SHEET_PERBANDINGAN])
    assert result.exit_code == 0, result.output
    text = " ".join(page_texts(pdf))
    # 705 juta last year, 775 juta this year, 70 juta between (see LALU)
    for shown in ("705 juta", "775 juta", "70 juta", "9,93"):
        assert shown in text, (shown, text)
    assert "0,71 milyar" not in text and "0,07 milyar" not in text, text


# --- 4. a rupiah figure typed in another scale under Satuan Milyar Rupiah --------------------------


def _findings(tmp_path, row, triwulan=2):
    from lkj_xl.build import load_report
    from lkj_xl.xlsx.template import new_workbook

    path = tmp_path / "laporan.xlsx"
    new_workbook(path, pengaturan={**SETTINGS, c.P_TRIWULAN: triwulan}, kinerja=[row])
    report = load_report(path)
    said = {}
    for f in report.findings:
        said.setdefault(f.sel, []).append((f.severity, f.pesan))
    return report.indicators[0], said


def _investasi(target, tw1, tw2, **more):
    # (row 4 of `lkj-xl new`'s Kinerja: Target I4, TW I K4, TW II L4)
    return kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya investasi", "Nilai realisasi investasi", target, tw1, tw2,
        **{"Satuan": "Milyar Rupiah", "Jenis Realisasi": "Kumulatif", **more},
    )  # fmt: skip


def test_a_whole_rupiah_target_beside_quarters_in_milyar_names_the_target_to_type(tmp_path):
    # Rp 325.000.000.000 / 1.000.000.000 = 325 (Milyar Rupiah): the figure to type. Still a galat:
    # Tabel 3.1 would print 325.000.000.000 under Milyar Rupiah, in a table the Kepala signs.
    ind, said = _findings(tmp_path, _investasi("Rp 325.000.000.000", "80", "95"))
    assert ind.capaian is None
    (galat,) = said["K4"]
    assert galat[0] == "galat" and "tulis Target 325 (Rp 325.000.000.000 / 1.000.000.000)" in galat[1], galat
    assert "mis. 523,40" not in galat[1]  # (was: an example, no figure of this row)


def test_a_whole_rupiah_quarter_beside_a_target_in_milyar_still_names_its_figure(tmp_path):
    # the other side as before (unit_checks.whole_rupiah): Rp 78.450.125.300 / 10^9 = 78,4501253
    ind, said = _findings(tmp_path, _investasi("325", "78.450.125.300", "82,5"))
    assert ind.capaian is None
    (galat,) = said["K4"]
    assert galat[0] == "galat" and "tulis 78,4501253" in galat[1], galat


def test_a_quarter_pasted_in_ribuan_under_milyar_rupiah_is_a_galat_naming_it(tmp_path):
    # 78.450.125 (ribu rupiah, the BPKAD's report in ribuan) read in Milyar Rupiah is 78.450.125 milyar:
    # (78.450.125 + 82,5) / 325 x 100 = 24.138.525,38 % with only the ten-times peringatan. In ribuan it
    # is Rp 78.450.125.000 = 78,450125 milyar: the figure to type.
    ind, said = _findings(tmp_path, _investasi("325", "78.450.125", "82,5"))
    assert ind.capaian is None  # was 24.138.525,38
    (galat,) = said["K4"]
    assert galat[0] == "galat", galat
    assert "ribuan rupiah (Rp 78.450.125.000), tulis 78,450125" in galat[1], galat
    assert not [m for m in said.get("I4", []) if "10 kali" in m[1]], said  # (the galat says it)


def test_quarters_in_milyar_beside_a_target_in_milyar_are_computed(tmp_path):
    # 78,45 + 82,5 = 160,95 of 325: 49,523... -> 49,52 % (Sangat Rendah, <= 50)
    ind, said = _findings(tmp_path, _investasi("325", "78,45", "82,5"))
    assert round(ind.capaian, 2) == 49.52
    assert not [m for ms in said.values() for m in ms if m[0] == "galat"], said


def test_a_large_quarter_that_is_no_ribuan_keeps_the_ten_times_peringatan(tmp_path):
    # 3.500 + 82,5 = 3.582,5 of 325 (11,02 times): in ribuan Rp 3.500.000, 0,0035 milyar, not even a
    # hundredth of the target: no reading to name; computed, the target's cell says to check it
    ind, said = _findings(tmp_path, _investasi("325", "3.500", "82,5"))
    assert ind.capaian is not None and round(ind.capaian, 2) == 1102.31  # 3.582,5 / 325 x 100
    assert any("10 kali" in m for _, m in said["I4"]), said


# --- 5. a stock repeated in a quarter, its Jenis Realisasi blank -----------------------------------


def _koperasi(tw1, tw2, tw3, target="400", **more):
    # (Jenis Realisasi H4, TW III M4)
    return kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya kualitas koperasi", "Jumlah koperasi aktif", target, tw1, tw2,
        **{"Satuan": "unit", "Realisasi TW III": tw3, "Jenis Realisasi": None, **more},
    )  # fmt: skip


def test_a_stock_repeated_with_jenis_blank_gets_nilai_akhirs_reading_not_a_subtraction(tmp_path):
    # 350 koperasi aktif at the end of TW I, 360 at TW II and still 360 at TW III (no change): a stock,
    # summed by the blank Jenis: 350 + 360 + 360 = 1.070 of 400. "TW III dikurangi TW II" would make TW
    # III 0 and the sum 710, as wrong; Nilai Akhir reads 360 (360 / 400 = 90 %).
    _, said = _findings(tmp_path, _koperasi("350", "360", "360"), triwulan=3)
    assert not [m for ms in said.values() for _, m in ms if "dikurangi" in m], said
    (jenis,) = said["H4"]
    assert jenis[0] == "peringatan" and 'pilih "Nilai Akhir" (360)' in jenis[1], jenis
    assert "TW I 350 + TW II 360 + TW III 360 = 1.070" in jenis[1], jenis


def test_a_flow_repeated_with_jenis_blank_keeps_the_advice_to_subtract(tmp_path):
    # 20 + 6 + 6 = 32 of 30 UMKM dilatih: each quarter a small part of the target (a flow), TW III
    # equal to TW II may be its s.d. figure typed: as before
    row = {**_koperasi("20", "6", "6", target="30"), "Indikator": "Jumlah UMKM dilatih"}
    _, said = _findings(tmp_path, row, triwulan=3)
    assert any("TW III dikurangi TW II" in m for _, m in said["M4"]), said


# --- 6. a length typed in metres under Satuan km ----------------------------------------------------


def test_metres_under_km_are_told_in_km_never_as_miliar(tmp_path):
    # 2.750 m / 1.000 m per km = 2,75 km: the figure to type; "miliar" is no reading of a road's length
    row = kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya kemantapan jalan", "Panjang jalan yang dibangun", "10", "2.750 m",
        "3", **{"Satuan": "km", "Jenis Realisasi": "Kumulatif"},
    )  # fmt: skip
    ind, said = _findings(tmp_path, row)
    assert ind.capaian is None  # not read: a galat naming it, never 2.750 km (27.530 %)
    (galat,) = said["K4"]
    assert galat[0] == "galat" and "2.750 m = 2,75 km, jadi tulis 2,75" in galat[1], galat
    assert "miliar" not in galat[1], galat  # was "'m' bisa berarti miliar atau meter"
