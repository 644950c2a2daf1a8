"""A new user's trial (newuser53): a Dinas Sosial's annual report (PPKS tertangani, KPM PKH graduasi
Kumulatif, bansos tepat sasaran, IKM; pagu pasted from SIPD with 5.1.06 Belanja Bantuan Sosial and a BTT
line) and an Inspektorat's Semester I report (tindak lanjut temuan BPK, Level kapabilitas APIP, Maturitas
SPIP 3,25, Nilai SAKIP, Opini BPK) filling `lkj-xl new`'s workbook.

- Nilai SAKIP typed `B B` in the reported quarter (no grade before it) was belum diketahui with its text
  as the status, without a word: the grade staff typed was dropped silently (only TW IV of a year's
  report was told so).
"""

from __future__ import annotations

import pytest

from lkj_xl.core.findings import PERINGATAN
from tests.test_engine import kinerja_row, run

SAKIP = "Nilai SAKIP"


def _sakip(tws, triwulan="Semester I", target="A"):
    return run(
        [
            kinerja_row(
                "S2",
                "Sasaran",
                "",
                "Akuntabilitas kinerja",
                SAKIP,
                target,
                tws,
                satuan="Predikat",
                jenis="Nilai Akhir",
            )
        ],
        triwulan=triwulan,
    )


def _at(report, sel):
    return [f for f in report.findings if (f.sheet, f.sel, f.severity) == ("Kinerja", sel, PERINGATAN)]


@pytest.mark.parametrize(
    ("typed", "grade", "sel", "triwulan"),
    [
        ("B B", "BB", "L2", "Semester I"),  # the LHE's BB typed with a space, TW II of a Semester I report
        ("Predikat: A", "A", "L2", 2),
        ("W T P", "WTP", "K2", 1),
    ],
)
def test_a_grade_typed_unlike_a_grade_in_the_reported_quarter_is_told(typed, grade, sel, triwulan):
    tws = (None, typed, None, None) if sel == "L2" else (typed, None, None, None)
    report = _sakip(tws, triwulan, target="WTP" if grade == "WTP" else "A")
    item = report.indicators[0]
    # no grade read in any quarter: belum diketahui, never a capaian
    assert item.capaian is None
    said = _at(report, sel)
    assert len(said) == 1, [f.pesan for f in report.findings]
    assert f'"{typed}"' in said[0].pesan and f'("{grade}")' in said[0].pesan
    assert "belum diketahui" in said[0].pesan


@pytest.mark.parametrize("status", ["menunggu LHE", "proses evaluasi KemenPAN-RB", "-"])
def test_a_status_in_the_reported_quarter_stays_quiet(status):
    # a status names no grade (ordinary input): belum diketahui quietly
    report = _sakip((None, status, None, None))
    assert report.indicators[0].capaian is None
    assert not _at(report, "L2"), [f.pesan for f in report.findings]


def test_a_grade_typed_unlike_a_grade_before_a_status_is_told_too():
    # TW I "B B" (the LHE's BB), TW II "menunggu LHE": typed "BB", TW I's grade would be the realisasi
    # s.d. Semester I (BB below the target A, said so); unread, the period is belum diketahui and TW I
    # must be told, not dropped quietly
    report = _sakip(("B B", "menunggu LHE", None, None))
    assert report.indicators[0].capaian is None
    said = _at(report, "K2")
    assert len(said) == 1 and '("BB")' in said[0].pesan, [f.pesan for f in report.findings]
    # the status itself names no grade: nothing at TW II
    assert not _at(report, "L2")


# --- the review (revnewuser53): statuses that only mention a grade's letters or words -------------------


def _graded(target, tws, triwulan):
    indikator, satuan = {
        "WTP": ("Opini BPK atas LKPD", "Opini"),
        "A": (SAKIP, "Predikat"),
        "Nindya": ("Predikat Kabupaten Layak Anak (KLA)", "Predikat"),
    }[target]
    row = kinerja_row(
        "S2", "Sasaran", "", "Akuntabilitas", indikator, target, tws, satuan=satuan, jenis="Nilai Akhir"
    )
    return run([row], triwulan=triwulan)


@pytest.mark.parametrize(
    ("target", "status"),
    [
        # a quarter named: "TW" is no opini Tidak Wajar
        ("WTP", "TW II belum ada LHP"),
        ("WTP", "menunggu LHP s.d. TW II"),
        ("WTP", "Pemeriksaan interim TW I"),
        # the "d" of s.d. / s/d, the "a" of a.n., the "c" of c.q. are no SAKIP D, A, C
        ("A", "menunggu LHE s.d. Juni"),
        ("A", "belum ada s/d TW II"),
        ("A", "LHE a.n. Kemenpan"),
        ("A", "c.q. Inspektorat"),
        # a grade said not to be there yet, another year's, or the target: belum diketahui quietly
        ("A", "B (sementara)"),
        ("A", "BB (proses)"),
        ("A", "Tahun lalu BB"),
        ("A", "target A"),
        ("A", "Evaluasi tahap 1 (kategori C)"),
        ("A", "menunggu hasil 2025 (2024: BB)"),
        # "KLA" names the programme (alone it is read as the KLA's top grade, Paripurna)
        ("Nindya", "Proses verifikasi KLA"),
        ("Nindya", "Madya (sementara)"),
        ("Nindya", "menuju Nindya"),
        ("Nindya", "Evaluasi mandiri menuju KLA Utama"),
    ],
)
def test_a_status_mentioning_a_grade_s_letters_stays_quiet(target, status):
    # Semester I, TW II the status, no quarter with a grade: belum diketahui, its text the status, and
    # nothing said at L2 (main said nothing; the branch named "TW", "D", "A", "C", "BB", "Paripurna")
    report = _graded(target, (None, status, None, None), "Semester I")
    item = report.indicators[0]
    assert item.capaian is None and item.status == status
    assert not _at(report, "L2"), [f.pesan for f in report.findings]


@pytest.mark.parametrize(
    ("target", "typed", "grade"),
    [
        ("A", "Hasil: BB", "BB"),
        ("A", "B.B", "BB"),
        ("A", "Nilai 72,5 (BB)", "BB"),  # the LHE's score and its grade: the grade is BB
        ("Nindya", "N i n d y a", "Nindya"),
        ("Nindya", "Predikat: Madya", "Madya"),
    ],
)
def test_a_grade_in_a_form_not_read_is_still_told(target, typed, grade):
    report = _graded(target, (None, typed, None, None), 2)
    assert report.indicators[0].capaian is None
    (said,) = _at(report, "L2")
    assert f'("{grade}")' in said.pesan


@pytest.mark.parametrize(
    ("target", "status"),
    [
        ("WTP", "menunggu LHP s.d. TW IV"),
        ("A", "menunggu LHE s.d. Desember"),
        ("Nindya", "Proses verifikasi KLA"),
    ],
)
def test_the_year_s_tw_iv_status_names_no_false_grade(target, status):
    # the year's report, TW IV a status after TW III's grade: belum diketahui (the year's rule); the
    # status names no grade to type (main advised "TW" Tidak Wajar, "D", "Paripurna" at N2)
    earlier = {"WTP": "WTP", "A": "A", "Nindya": "Nindya"}[target]
    report = _graded(target, (None, None, earlier, status), "Tahunan")
    assert report.indicators[0].capaian is None and report.indicators[0].status == status
    assert not [f for f in _at(report, "N2") if "tidak terbaca sebagai predikat" in f.pesan]


@pytest.mark.parametrize(
    ("target", "status"),
    [("A", "Tahun lalu BB"), ("A", "Evaluasi tahap 1 (kategori C)"), ("Nindya", "menuju Nindya")],
)
def test_the_year_s_tw_iv_status_mentioning_another_grade_names_none(target, status):
    # last year's BB, a stage's category C, the KLA aimed at: no grade of the year (main: "tulis BB", "C")
    report = _graded(target, (None, None, target, status), "Tahunan")
    assert not [f for f in _at(report, "N2") if "tidak terbaca sebagai predikat" in f.pesan]


def test_the_year_s_tw_iv_spaced_grade_with_a_note_names_the_grade_typed():
    # "B B (sementara)": the BB typed with a space and a note; main named "B" (its first letter), a grade
    # below the one typed
    report = _graded("A", (None, None, "A", "B B (sementara)"), "Tahunan")
    (said,) = [f for f in _at(report, "N2") if "tidak terbaca sebagai predikat" in f.pesan]
    assert '("BB")' in said.pesan


@pytest.mark.parametrize(("typed", "grade"), [("KLA: Nindya", "Nindya"), ("Predikat KLA: Madya", "Madya")])
def test_kla_s_name_before_its_grade_names_the_grade_typed(typed, grade):
    # "KLA" alone reads as the KLA's top grade (Paripurna); typed as a label before the grade it was a
    # galat telling staff to type "KLA": Paripurna, at or above a target Utama (capaian 100 %, tercapai)
    # where the grade typed is Nindya or Madya, below it
    row = kinerja_row(
        "S2",
        "Sasaran",
        "",
        "Perlindungan anak",
        "Predikat Kabupaten Layak Anak (KLA)",
        "Utama",
        (None, typed, None, None),
        satuan="Predikat",
        jenis="Nilai Akhir",
    )
    report = run([row], triwulan="Semester I")
    assert report.indicators[0].capaian is None
    said = [f.pesan for f in report.findings if f.sheet == "Kinerja" and f.sel == "L2"]
    assert said and all('("KLA")' not in p and "Paripurna" not in p for p in said), said
    assert any(f'("{grade}")' in p for p in said), said
