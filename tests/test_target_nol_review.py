"""A zero target printed as a figure (tests/test_target_nol_figures.py), tried at its edges: the
realisasi printed beside it must carry what a realisasi beside a usable target carries (the note that
it comes from fewer quarters), Perbandingan Kinerja (which does not divide by the target) must compare
it, and the rekap must not call the target's cell unreadable.

Grids as tests/test_negatif_target_nol.py builds them: P1 "Jumlah kecelakaan kerja" in kasus,
Kumulatif, its target Kinerja!I3, TW I K3, TW II L3; the report s.d. TW II."""

from __future__ import annotations

from lkj_xl.core import contract as c
from lkj_xl.core.engine import compute
from lkj_xl.core.kalimat import hasil_kalimat
from lkj_xl.core.model import PERINGATAN, Cell
from lkj_xl.core.parse import parse_workbook
from lkj_xl.core.rekap_peringkat import galat_left_out, unranked_reason
from tests.test_engine import run, workbook
from tests.test_negatif_target_nol import _rows


def _at(report, sel):
    return [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel)]


def test_a_zero_target_beside_a_quarter_not_yet_known_says_the_realisasi_is_partial():
    # TW I 1 accident, TW II "belum ada data": the realisasi s.d. TW II printed is TW I's 1 alone. Beside
    # a target 5 the report says so (a peringatan at L3, "(data s.d. Triwulan I ...)" in the sentence);
    # beside a target 0 it printed "terealisasi s.d. Triwulan II ... sebesar 1 kasus" with no word.
    # Changed by the lead's later decision (README "Values"): a Kumulatif whose reported quarter holds a
    # status is belum diketahui, so neither target prints TW I's 1 as the realisasi s.d. TW II any more
    # (this test pinned 1 with the peringatan at L3); the zero target stays its galat.
    for target in (5, 0):
        report = run(_rows(target, "Negatif", (1, "belum ada data", None, None)))
        p1 = report.indicators[1]
        assert p1.realisasi is None and p1.capaian is None
        assert p1.status == ("belum ada data" if target else "Galat (Kinerja!I3)")
        assert "sebesar 1 kasus" not in hasil_kalimat(p1, report.settings)


def test_a_zero_target_beside_a_blank_reported_quarter_says_so():
    # TW I 2, TW II (the reported quarter) left blank: realisasi 2 from TW I only, which needs the
    # peringatan at L3 whatever the target
    report = run(_rows(0, "Negatif", (2, None, None, None)))
    assert report.indicators[1].realisasi == 2.0
    assert [f.severity for f in _at(report, "L3")] == [PERINGATAN]


def _with_last_year(target, lalu, tws):
    wb = workbook(_rows(target, "Negatif", tws))
    kinerja = wb["Kinerja"]
    kinerja[0].append(Cell(c.H_REALISASI_TAHUN_LALU))
    kinerja[1].append(Cell(None))
    kinerja[2].append(Cell(lalu))
    return compute(parse_workbook(wb))


def test_a_zero_target_is_compared_with_last_year():
    # Perbandingan Kinerja compares the realisasi with last year's, never with the target: 1 + 0 = 1
    # accident s.d. TW II against 3 last year: selisih 1 - 3 = -2, perubahan -2 / 3 x 100 = -66,67 %,
    # fewer accidents (Negatif): membaik
    p = _with_last_year(0, 3, (1, 0, None, None)).indicators[1].pembanding
    assert p.selisih == -2.0 and round(p.perubahan_persen, 2) == -66.67 and p.membaik is True
    assert p.galat == []


def test_a_zero_target_beside_an_unreadable_quarter_is_not_compared():
    # TW II "1,2,3" unreadable: the realisasi is not known, so nothing is compared (its cell named)
    p = _with_last_year(0, 3, (1, "1,2,3", None, None)).indicators[1].pembanding
    assert p.selisih is None and "Kinerja!L3" in p.galat


def test_the_rekap_does_not_call_a_zero_target_unreadable():
    # Sasaran S1's only indicator has target 0 (read, known): the agency is unranked, and the reason
    # names the zero target, not an unreadable cell
    rows = _rows(0, "Negatif", (1, 0, None, None))
    rows[0][c.KINERJA_HEADERS.index("Target")] = 0  # S1's target 0 too (I2)
    report = run(rows)
    reason = unranked_reason(report.indicators)
    assert reason is not None and "Sasaran S1" in reason
    assert "tidak terbaca" not in reason and "target nol" in reason and "Kinerja!I2" in reason


def test_the_rekap_still_says_unreadable_for_an_unreadable_target():
    # (merged with revnewuser42, which words any other galat "galat di sel ...": a galat's cell may be
    # read well, a range target; the zero target alone is named as such)
    rows = _rows(0, "Negatif", (1, 0, None, None))
    rows[0][c.KINERJA_HEADERS.index("Target")] = "1,2,3"
    reason = unranked_reason(run(rows).indicators)
    assert reason is not None and "galat di sel Kinerja!I2" in reason and "target nol" not in reason


def test_galat_left_out_names_a_zero_target_as_such():
    # S1 50 % (20 of 40) is measured, S2 has target 0: the mean leaves S2 out, and says why
    rows = _rows(0, "Negatif", (1, 0, None, None))
    s2 = list(rows[0])
    s2[0], s2[c.KINERJA_HEADERS.index("Target")] = "S2", 0
    report = run([rows[0], s2])
    why = galat_left_out(report.indicators)
    # (the indicator named as revnewuser42 names it: "Persentase koperasi sehat" (Sasaran S2, ...))
    assert why is not None and "Sasaran S2, target nol, galat di sel Kinerja!I3" in why
    assert "tidak terbaca" not in why


def test_a_zero_target_in_juta_beside_plain_quarters_is_told_apart():
    # "Kerugian daerah", Satuan Rupiah, target "0 jt", TW I 1 and TW II 1 typed plain (1 juta each
    # meant, or 1 rupiah?): beside a target "5 jt" that gets the peringatan "ditulis dengan satuan
    # berbeda" at K3 and L3. Beside "0 jt" it got none, and the sentence printed the realisasi 1 + 1 = 2
    # in the target's juta, "0,00 juta" (2 / 1.000.000 rounded), where Tabel 3.1 prints 2.
    rows = _rows("0 jt", "Negatif", (1, 1, None, None))
    rows[1][c.KINERJA_HEADERS.index("Satuan")] = "Rupiah"
    report = run(rows)
    p1 = report.indicators[1]
    assert p1.realisasi == 2.0  # 1 + 1, as typed
    for sel in ("K3", "L3"):
        assert any(f.severity == PERINGATAN and "skala berbeda" in f.pesan for f in _at(report, sel))
    kalimat = hasil_kalimat(p1, report.settings)
    assert "terealisasi s.d. Triwulan II Tahun 2025 sebesar 0,00 juta" not in kalimat
