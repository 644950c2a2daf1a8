"""An indicator whose reported quarter holds no figure (a status `belum ada data`, `-`, a blank) but an
earlier quarter does is computed from the earlier quarters (Kumulatif: their sum; Nilai Akhir: the last
one). Tabel 3.2 shows only target, realisasi s.d. TW n, capaian and kriteria: a reader of the signed
table took 25 (61,41 % Rendah) for TW II's result, while the only hint was a peringatan and a sentence in
3.2.3. A note under Tabel 3.1 and 3.2 (sheet, PDF and Word print the same layout) names each such
indicator with the sentence 3.2.3 gives it. Not when the whole column is blank (its own note says so).
Kinerja: A Kode ... I Target, K..N TW I..IV; TW II report.
"""

from __future__ import annotations

from lkj_xl.core.tables import capaian_program, capaian_tujuan_sasaran
from lkj_xl.laporan.tables import notes_below
from tests.test_engine import kinerja_row, run

SHARE = "Persentase koperasi yang taat akan peraturan perundang - undangan"


def report(tw2_s1, tw2_p1="60"):
    rows = [
        # the seed's S2: TW I 25 of 40,71 (25 / 40,71 x 100 = 61,41 %), TW II as given
        kinerja_row(
            "S1", "Sasaran", "", "Koperasi", SHARE, "40,71%", ("25", tw2_s1, None, None), jenis="Kumulatif"
        ),
        kinerja_row(
            "P1", "Program", "S1", "Program", "Persentase koperasi diawasi", "80", ("50", tw2_p1, None, None)
        ),
    ]
    return run(rows, triwulan=2)


def notes(rep):
    return [notes_below(m.layout(rep)) for m in (capaian_tujuan_sasaran, capaian_program)]


def test_a_dash_in_the_reported_quarter_is_noted_under_tabel_3_1_and_3_2():
    # Changed by the lead's later decision (README "Values"): this test typed "belum ada data" in the
    # Kumulatif's TW II, which is now belum diketahui (below); "-" there keeps TW I's 25 (61,41 %).
    rep = report("-")
    assert round(rep.indicators[0].capaian, 2) == 61.41  # (computed from TW I, as before)
    said = f'{SHARE} (data s.d. Triwulan I; realisasi Triwulan II belum ada: "-")'
    for under in notes(rep):
        assert any(said in note and note.startswith("Realisasi s.d. TW II berikut") for note in under), under


def test_a_kumulatif_with_a_status_in_the_reported_quarter_is_belum_diketahui_without_the_note():
    rep = report("belum ada data")
    assert rep.indicators[0].capaian is None and rep.indicators[0].status == "belum ada data"
    for under in notes(rep):
        assert not any(SHARE in n and "triwulan sebelumnya" in n for n in under), under


def test_a_nilai_akhir_taken_from_the_quarter_before_and_a_dash_too():
    # P1 Nilai Akhir (the default Jenis): TW II "-", TW I's 50 of 80 printed (62,5 %)
    rep = report("10", tw2_p1="-")
    said = 'Persentase koperasi diawasi (data s.d. Triwulan I; realisasi Triwulan II belum ada: "-")'
    table_31, table_32 = notes(rep)
    assert not any("Persentase koperasi diawasi" in n for n in table_31)  # a Program: not in Tabel 3.1
    assert any(said in n for n in table_32), table_32


def test_every_quarter_typed_gives_no_note():
    for under in notes(report("4")):
        assert not any("triwulan sebelumnya" in n for n in under), under


def test_the_column_blank_in_every_row_has_its_own_note_only():
    rep = report(None, tw2_p1=None)
    assert rep.kinerja_kosong
    for under in notes(rep):
        assert not any("triwulan sebelumnya" in n for n in under), under
        assert any(rep.kinerja_kosong in n for n in under), under
