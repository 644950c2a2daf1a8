"""The notes of the signed tables merged from reader16, as review revH found them misleading.

1. Tabel 3.3's Catatan and 3.2.1 named a Sasaran's mean with its indicators' shown capaian, 98,26 and
   50,25, beside a shown mean of 74,25: a reader adding them up gets 74,255 -> 74,26. The mean is of
   the exact values (74,2530); the text now says so when the shown figures average otherwise.
2. A Negatif capaian capped at Pengaturan's Batas Capaian stood in the note as "capaian 120,00%" beside
   realisasi 0,00 % and target 2,56 %, which the formula makes 200 %: it now says the cap as the
   sentences do.
3. With many Negatif indicators the note named 25 and left "N indikator lainnya" unnamed (and grew to
   a 409 pt row with long names): every one is named now, by Kode when the list would be long.
4. One wording of the Negatif idea (the seed's "Bernilai Negatif", as Word's 3.1 says it) in the
   notes, the sentences, Perbandingan Kinerja and Word.
"""

from __future__ import annotations

import re
from fractions import Fraction

import openpyxl

from lkj_xl.core.formulas import round_half_up
from tests.common import EXAMPLE, example_typed
from tests.helpers_print import built_workbook
from tests.test_reader16 import MEAN_S2, NEGATIF_S4, _laporan, _sheet_text

# The wording Word's 3.1 already had (Unicode minus and times, as the seed's formula reads).
NEGATIF = "Indikator bernilai negatif (semakin rendah realisasi semakin baik)"
RUMUS = "Capaian = (Target − (Realisasi − Target)) / Target × 100%"
SUFFIX = "(indikator bernilai negatif: semakin rendah realisasi semakin baik)"
TAATI = "Persentase koperasi yang taat akan peraturan perundang - undangan"


def _note(wb, sheet: str, start: str) -> tuple[str, float | None]:
    """The note of ``sheet`` beginning with ``start`` and its row's height."""
    ws = wb[sheet]
    for (cell,) in ws.iter_rows(min_col=1, max_col=1):
        if isinstance(cell.value, str) and cell.value.startswith(start):
            return cell.value, ws.row_dimensions[cell.row].height
    raise AssertionError(f"no note {start!r} in {sheet}")


def test_a_mean_whose_shown_figures_add_up_otherwise_says_it_is_of_the_exact_values(tmp_path):
    # S2's first indicator (Kumulatif 25 + 4 + 6 + 5 = 40 of 40,71): 4000 / 40,71 = 98,2559... -> 98,26;
    # the second 201 / 400 x 100 = 50,25 exactly. The mean of the exact ones (98,2559 + 50,25) / 2 =
    # 74,2530 -> 74,25 (shown); of the shown ones (98,26 + 50,25) / 2 = 74,255 -> 74,26.
    first = Fraction(4000) / Fraction("40.71")
    mean = (first + Fraction(201, 4)) / 2
    assert round_half_up(first, 2) == Fraction("98.26") and round_half_up(mean, 2) == Fraction("74.25")
    assert round_half_up((Fraction("98.26") + Fraction("50.25")) / 2, 2) == Fraction("74.26")
    workbook = example_typed(tmp_path, "meanround2", 4, {**MEAN_S2, ("Kinerja", "N45"): 201})  # type: ignore[arg-type]
    wb = built_workbook(workbook)
    said = (
        "Capaian sasaran ini rata-rata capaian 2 indikatornya (dihitung dari nilai sebelum pembulatan): "
        f"{TAATI} (98,26%) dan Jumlah koperasi aktif (50,25%)."
    )
    assert said in _sheet_text(wb, "Efisiensi")
    analisis = _sheet_text(wb, "Analisis Capaian")
    sentence = (
        "sebesar 74,25% (kriteria sedang), rata-rata capaian (dihitung dari nilai sebelum pembulatan) "
        f"{TAATI} (98,26%) dan Jumlah koperasi aktif (50,25%)"
    )
    assert sentence in analisis
    assert f"Catatan: {said}" in analisis  # 3.2.2's efisiensi sentence repeats Tabel 3.3's Catatan
    word = _laporan(workbook)
    assert said in word and sentence in word


def test_a_capped_negatif_capaian_is_said_capped_in_the_note(tmp_path):
    # S4 Negatif, target 2,56 %, realisasi 0: (2,56 - (0 - 2,56)) / 2,56 x 100 = 200 %, capped at
    # Pengaturan's Batas Capaian 120 (B14).
    assert (2 * Fraction("2.56") - 0) / Fraction("2.56") * 100 == 200
    cells = {**NEGATIF_S4, ("Kinerja", "N27"): 0, ("Pengaturan", "B14"): 120}
    workbook = example_typed(tmp_path, "negcap", 4, cells)  # type: ignore[arg-type]
    wb = built_workbook(workbook)
    item = (
        "Indeks Perkembangan Harga (target 2,56%, realisasi 0,00%, capaian 120,00% (dibatasi Batas Capaian "
        "120%; sebelum dibatasi 200,00%))"
    )
    for sheet in ("Capaian Tujuan Sasaran", "Capaian Program"):
        note, _height = _note(wb, sheet, NEGATIF)
        assert item in note, note
    assert item in _laporan(workbook)


def _all_negatif(tmp_path, name: str, long_names: bool = False, last_year: bool = False):
    """The example at TW II with every indicator Negatif (``long_names``: each about 200 characters;
    ``last_year``: a realisasi tahun lalu of 1 on each row, for Perbandingan Kinerja)."""
    ws = openpyxl.load_workbook(EXAMPLE)["Kinerja"]
    rows = [r for r in range(4, 46) if ws[f"E{r}"].value]
    cells: dict[tuple[str, str], object] = {("Kinerja", f"G{r}"): "Negatif" for r in rows}
    for r in rows:
        if long_names:
            cells["Kinerja", f"E{r}"] = (
                f"Persentase {ws[f'E{r}'].value} terhadap jumlah seluruh sasaran yang ditetapkan dalam dokumen "
                f"perencanaan daerah tahun berjalan sesuai Rencana Strategis Perangkat Daerah nomor {r}"
            )
        if last_year:
            cells["Kinerja", f"R{r}"] = 1
    return example_typed(tmp_path, name, 2, cells)


# Tabel 3.2 at TW II, every row Negatif: the rows with a capaian, in Kinerja's order (the example, by hand):
# T2 (193.900 juta of 1.282.684,40 juta) and S2 (29 of 40,71); every Program and Kegiatan but P3.02,
# P4.02 and P4.06, whose realisasi is "Direkap diakhir periode" (T1, S1, S3, S4 wait for data too).
# P4.04 has two indicators (rows 38, 39), both Negatif.
KODE_32 = (
    "P1.01, K1.01.01, P1.02, K1.02.01, P1.03, K1.03.01, T2, S2, P2.01, K2.01.01, P2.02, K2.02.01, P2.03, "
    "K2.03.01, P2.04, K2.04.01, P3.01, K3.01.01, K3.02.01, P4.01, K4.01.01, K4.01.02, K4.01.03, K4.02.01, "
    "K4.02.02, P4.03, K4.03.01, K4.03.02, P4.04 (2 indikator), K4.04.01, P4.05, K4.05.01 dan K4.06.01"
)


def test_many_negatif_indicators_are_all_named_by_kode(tmp_path):
    # 2 + 6 + 8 + 3 + 15 = 34 Negatif indicators with a capaian in Tabel 3.2 (Kode list above, P4.04
    # counted twice): more than 10, so each by its Kode; none left as "indikator lainnya".
    assert len(KODE_32.replace(" dan ", ", ").split(", ")) + 1 == 34
    wb = built_workbook(_all_negatif(tmp_path, "negmany"))
    note, height = _note(wb, "Capaian Program", NEGATIF)
    assert (
        note == f"{NEGATIF}: {RUMUS}. Indikator bernilai negatif di tabel ini, 34 indikator menurut Kode di "
        f"sheet Kinerja: {KODE_32}."
    )
    assert "lainnya" not in note
    assert height is not None and height < 100
    # Tabel 3.1: T2 and S2 only, short: named with their figures.
    note31, _ = _note(wb, "Capaian Tujuan Sasaran", NEGATIF)
    assert "Nilai Investasi (target Rp 1.282.684,40 juta" in note31 and f"{TAATI} (target 40,71%" in note31


def test_long_names_give_way_to_kodes_well_under_excels_row_limit(tmp_path):
    # Names of ~200 characters: Tabel 3.1's two with their figures stay under 1.000 characters (named,
    # about 730), Tabel 3.2's 34 by Kode; both rows far below Excel's 409 pt, where text is cut.
    wb = built_workbook(_all_negatif(tmp_path, "neglonger", long_names=True))
    note31, height31 = _note(wb, "Capaian Tujuan Sasaran", NEGATIF)
    assert "nomor 12 (target Rp 1.282.684,40 juta" in note31 and "nomor 13 (target 40,71%" in note31
    note32, height32 = _note(wb, "Capaian Program", NEGATIF)
    assert f"di tabel ini, 34 indikator menurut Kode di sheet Kinerja: {KODE_32}." in note32
    for note, height in ((note31, height31), (note32, height32)):
        assert len(note) <= 1000 and "lainnya" not in note
        assert height is None or height < 100


def test_perbandingan_names_every_negatif_row(tmp_path):
    wb = built_workbook(_all_negatif(tmp_path, "bandingmany", last_year=True))
    ws = wb["Perbandingan Kinerja"]
    # the rows with a Keterangan (Membaik / Menurun / Tetap), counted from the table itself
    header = next(c for row in ws.iter_rows() for c in row if c.value == "Keterangan")
    judged = [
        c.value for (c,) in ws.iter_rows(min_row=header.row + 1, min_col=header.column, max_col=header.column)
    ]
    count = sum(v in ("Membaik", "Menurun", "Tetap") for v in judged)
    assert count > 10
    note, height = _note(wb, "Perbandingan Kinerja", NEGATIF)
    assert f"{NEGATIF}, {count} indikator menurut Kode di sheet Kinerja: " in note, note
    listed = note.split(": ", 1)[1].rstrip(".")
    named = sum(int(n) if n else 1 for n in re.findall(r"[TSPK][\d.]+(?: \((\d+) indikator\))?", listed))
    assert named == count and "lainnya" not in note
    assert height is None or height < 100


def test_one_wording_of_the_negatif_idea_everywhere(tmp_path):
    # P4.03 Negatif, TW IV 5,5 % of 5 %: (5 - (5,5 - 5)) / 5 x 100 = 90 (Tinggi); last year 6 %: a fall
    # of 0,5, Membaik. S4 (1,06 % of 2,56 %): (2 x 2,56 - 1,06) / 2,56 x 100 = 158,59375 -> 158,59.
    assert (2 * 5 - Fraction("5.5")) / 5 * 100 == 90
    assert (2 * Fraction("2.56") - Fraction("1.06")) / Fraction("2.56") * 100 == Fraction("158.59375")
    # S4's last year 2 %: 1,06 < 2, Membaik, said in 3.1.3's comparison sentence.
    cells = {**NEGATIF_S4, ("Kinerja", "R35"): "6%", ("Kinerja", "R27"): "2%"}
    workbook = example_typed(tmp_path, "wording", 4, cells)  # type: ignore[arg-type]
    wb = built_workbook(workbook)
    program = "Persentase pengendalian stabilisasi barang kebutuhan pokok dan barang penting"
    for sheet in ("Capaian Tujuan Sasaran", "Capaian Program"):
        note, _ = _note(wb, sheet, NEGATIF)
        assert note.startswith(f"{NEGATIF}: {RUMUS}. Indikator bernilai negatif di tabel ini: ")
    banding = _sheet_text(wb, "Perbandingan Kinerja")
    assert f"{NEGATIF}: Indeks Perkembangan Harga dan {program}." in banding
    assert "turun (indikator bernilai negatif)" in banding
    analisis = _sheet_text(wb, "Analisis Capaian")
    assert f"capaian 158,59% {SUFFIX} atau tergolong" in analisis
    assert f"capaiannya 90,00% {SUFFIX} tergolong tinggi" in analisis
    assert f"artinya kinerja membaik {SUFFIX}" in analisis
    word = _laporan(workbook)
    assert f"{NEGATIF}: {RUMUS}." in word  # 3.1, as before
    assert f"capaiannya 90,00% {SUFFIX} tergolong tinggi" in word
    for text in (banding, analisis, word, _sheet_text(wb, "Capaian Program")):
        assert "makin rendah makin baik" not in text.replace("semakin rendah realisasi semakin baik", "")
        assert "polaritas Negatif" not in text and "target x 100" not in text
