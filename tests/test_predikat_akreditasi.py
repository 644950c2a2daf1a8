"""A hospital's accreditation status as its staff write it (staff round 42: the Kasubbag Program dan
Pelaporan of an RSUD, a BLUD hospital, TW III 2026). Status akreditasi rumah sakit, target `Paripurna`
(the words of the KLA scale, README "Grade targets", read as plain "Predikat"), TW I and TW II `Utama`,
TW III as the KARS certificate and the LKjIP write it: `Terakreditasi Paripurna`, `Lulus Tingkat
Paripurna`.

Found wrong, and tested here: such a TW III was a status text ("berisi 'Terakreditasi Paripurna', bukan
predikat"), so the realisasi s.d. TW III was TW II's `Utama` and the report printed "Predikat Utama di
bawah target Paripurna", no capaian, counted under 100 %, for a hospital that reached Paripurna; a
target typed so was a galat ("bukan angka"). The words before the grade are dropped as `Predikat`,
`Opini` and `KLA` already are, for the grades in words only: `Terakreditasi A` (an akreditasi's letter,
not the SAKIP's A) stays a status, as `Tidak Terakreditasi` does.
"""

from __future__ import annotations

import pytest

from tests.helpers_staff import book_of, report_of
from tests.test_engine import kinerja_row

NAME = "Status akreditasi rumah sakit"


def _akreditasi(target, tws):
    row = kinerja_row("S1", "Sasaran", "", "Mutu pelayanan RSUD", NAME, target, [*tws, None],
                      satuan="Predikat", polaritas="Positif", jenis="Nilai Akhir")  # fmt: skip
    report = report_of(book_of([row], triwulan=3))
    return report, report.indicators[0]


@pytest.mark.parametrize(
    "typed",
    [
        "Terakreditasi Paripurna",
        "terakreditasi paripurna",
        "Terakreditasi Tingkat Paripurna",
        "Lulus Tingkat Paripurna",
        "Lulus Paripurna",
        "Akreditasi Paripurna",
        "Akreditasi Tingkat Paripurna",  # (review of round 42: was a status, TW II's Utama printed)
    ],
)
def test_a_hospital_accredited_paripurna_as_the_certificate_says_reaches_its_target(typed):
    # Nilai Akhir: TW III's grade; Paripurna at the target Paripurna: capaian exactly 100 % (README, Grade
    # targets), Sangat Tinggi (> 90)
    report, ind = _akreditasi("Paripurna", ["Utama", "Utama", typed])
    assert (ind.capaian, ind.kriteria) == (100, "Sangat Tinggi")
    assert ind.realisasi_text == typed
    assert not [f for f in report.findings if f.sel == "M2"], report.findings


def test_a_target_typed_as_the_certificate_says_is_the_grade():
    # target "Terakreditasi Utama", TW III "Paripurna": above the target, capaian exactly 100 %
    report, ind = _akreditasi("Terakreditasi Utama", ["Utama", "Utama", "Paripurna"])
    assert (ind.capaian, ind.kriteria) == (100, "Sangat Tinggi")
    assert not [f for f in report.findings if f.severity == "galat"]


def test_a_lower_grade_typed_so_is_below_the_target():
    # "Terakreditasi Madya" of a target Paripurna: below it, no capaian (README: no formula is invented);
    # the status names the grade as typed, without "Predikat" before the word that says what it is
    _, ind = _akreditasi("Paripurna", ["Utama", "Utama", "Terakreditasi Madya"])
    assert ind.capaian is None
    assert ind.status == "Terakreditasi Madya di bawah target Paripurna"


@pytest.mark.parametrize("typed", ["Terakreditasi A", "Tidak Terakreditasi"])
def test_an_akreditasi_letter_or_no_accreditation_stays_a_status(typed):
    # neither is a grade of the scales here: TW II's Utama stays the latest grade, with the peringatan
    report, ind = _akreditasi("Paripurna", ["Utama", "Utama", typed])
    assert ind.status == "Predikat Utama di bawah target Paripurna"
    assert any(f.sel == "M2" and "bukan predikat" in f.pesan for f in report.findings)


def test_the_sentence_names_the_accreditation_once():
    # the Word report's and the Analisis' figures of a grade put the scale before it ("Predikat
    # Paripurna"); before a grade typed with its own word they printed "Predikat Terakreditasi Paripurna"
    from lkj_xl.core.kalimat import angka_indikator

    report, ind = _akreditasi("Paripurna", ["Utama", "Utama", "Terakreditasi Paripurna"])
    angka = angka_indikator(ind, report.settings)
    assert (angka.target, angka.realisasi) == ("Predikat Paripurna", "Terakreditasi Paripurna")


@pytest.mark.parametrize(
    ("target", "tws", "shown"),
    [
        # (review of round 42) every word a grade is typed with is named once, not only Opini, Predikat
        # and an accreditation's: the scale of "KLA Madya" is Predikat KLA, so it printed "Predikat KLA
        # KLA Madya"; "Nilai SAKIP BB" printed "Predikat SAKIP Nilai SAKIP BB"
        ("KLA Madya", ["Madya", "Madya", "KLA Nindya"], ("KLA Madya", "KLA Nindya")),
        ("Nilai SAKIP BB", ["B", "B", "Nilai SAKIP BB"], ("Nilai SAKIP BB", "Nilai SAKIP BB")),
        ("Opini WTP", ["WTP", "WTP", "WTP"], ("Opini WTP", "Opini BPK WTP")),
        ("WTP", ["WTP", "WTP", "Opini BPK WTP"], ("Opini BPK WTP", "Opini BPK WTP")),
    ],
)
def test_the_sentence_names_any_grade_once(target, tws, shown):
    from lkj_xl.core.kalimat import angka_indikator

    report, ind = _akreditasi(target, tws)
    angka = angka_indikator(ind, report.settings)
    assert (angka.target, angka.realisasi) == shown
