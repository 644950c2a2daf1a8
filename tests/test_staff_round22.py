"""Staff round 22: the planning staff (Subbag Perencanaan) of a Dinas Kesehatan and of a BPBD filling
Kinerja for Triwulan III 2025: rates per 1.000 KH, zero-case targets, response times in jam, ranges
and bounds, percentages in cells formatted as Percent, figures pasted with marks and spaces.

Found wrong, and tested here:
- a percentage of Satuan "%" typed as a fraction in one quarter only (0,85 for 85 %, a ratio =A/B
  saved without x 100) beside whole percentages in the others (TW I 80): read as 0,85 %, a Rata-rata
  of (80 + 0,85) / 2 = 40,425 (capaian 44,92 % Sangat Rendah for a target of 90) or a Nilai Akhir of
  0,85 (0,94 %), without a word (round 8's check wants every quarter at most 1);
- a Target (or Target Perubahan) of 90 in a cell formatted as Percent, which Excel shows as 9.000 %
  (typed before the column was formatted): read as 9.000, a capaian of 85 / 9.000 = 0,94 % Sangat
  Rendah (a Negatif target of 5 read as 500: (1.000 - 4) / 500 = 199,2 %), without a word (only a
  realisasi more than ten times its target was pointed out).

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: F Satuan,
G Polaritas, H Jenis Realisasi, I Target, J Target Perubahan, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN, Cell
from tests.test_engine import kinerja_row, run


def _at(report, sel, severity=None):
    return [
        f for f in report.findings if f.sheet == "Kinerja" and f.sel == sel and severity in (None, f.severity)
    ]


def _one(target, tws, triwulan=3, **kw):
    """One Sasaran (row 2) with its indicator; Kode Induk left blank (its own peringatan at C2)."""
    return run([kinerja_row("S1", "Sasaran", "", "Sasaran", "Ind", target, tws, **kw)], triwulan=triwulan)


# --- 1. a fraction in one quarter beside whole percentages ------------------------------------------


@pytest.mark.parametrize(
    ("jenis", "polaritas", "target", "expected"),
    [
        # Cakupan imunisasi (%), target 90: (80 + 0,85) / 2 = 40,425; 40,425 / 90 x 100
        ("Rata-rata", "Positif", 90, Fraction(40425, 1000) / 90 * 100),
        # the latest quarter, 0,85: 0,85 / 90 x 100 = 0,944...
        ("Nilai Akhir", "Positif", 90, Fraction(85, 100) / 90 * 100),
        # Angka kesakitan (%), Negatif, target 12: (24 - 0,85) / 12 x 100 = 192,91... Sangat Tinggi
        ("Nilai Akhir", "Negatif", 12, (24 - Fraction(85, 100)) / 12 * 100),
    ],
)
def test_a_fraction_in_one_quarter_beside_whole_percentages_is_a_peringatan(
    jenis, polaritas, target, expected
):
    report = _one(target, (80, 0.85, None, None), triwulan=2, satuan="%", polaritas=polaritas, jenis=jenis)
    assert report.indicators[0].capaian_exact == expected  # computed as typed
    said = _at(report, "L2")
    assert [f.severity for f in said] == [PERINGATAN]
    assert "0,85" in said[0].pesan and "Realisasi TW I" in said[0].pesan and "80" in said[0].pesan
    assert "tulis 85" in said[0].pesan  # 0,85 x 100
    assert _at(report, "K2") == []


def test_round_8s_quarter_typed_whole_beside_a_fraction_is_now_pointed_out():
    # Round 8 kept quiet on TW I "45", TW II "0,9" of a target 90 (Nilai Akhir: 0,9 / 90 x 100 = 1 %,
    # Sangat Rendah) as "percentages are typed whole"; a position falling from 45 % to 0,9 % in one
    # quarter is far likelier 90 % typed as a fraction: said, and computed as typed.
    report = _one(
        "90", ("45", "0,9", None, None), triwulan=2, satuan="%", polaritas="Positif", jenis="Nilai Akhir"
    )
    assert report.indicators[0].capaian_exact == Fraction(9, 10) / 90 * 100
    said = _at(report, "L2")
    assert len(said) == 1 and "Realisasi TW I 45" in said[0].pesan and "tulis 90" in said[0].pesan


@pytest.mark.parametrize(
    ("tws", "jenis"),
    [
        ((80, 85, None, None), "Rata-rata"),  # whole percentages
        ((25, 4, None, None), "Kumulatif"),  # the seed's S2: 25 + 4 koperasi %
        ((0.5, 1.2, None, None), "Nilai Akhir"),  # a small rate rising: 0,5 x 100 = 50 is no 1,2
        ((80, "0,85%", None, None), "Rata-rata"),  # 0,85 typed with %: meant as written
    ],
)
def test_quarters_of_one_scale_or_a_declared_small_percentage_are_not_pointed_out(tws, jenis):
    report = _one(90, tws, triwulan=2, satuan="%", polaritas="Positif", jenis=jenis)
    assert _at(report, "K2") == [] and _at(report, "L2") == []


def test_a_fraction_beside_whole_counts_is_not_a_percentage_slip():
    # Satuan "ton": 0,5 beside 80 is a small harvest, no percentage typed as a fraction.
    report = _one(90, (80, 0.5, None, None), triwulan=2, satuan="ton", polaritas="Positif", jenis="Kumulatif")
    assert _at(report, "L2") == []


# --- 2. a target in a cell formatted as Percent, typed before the format ----------------------------


@pytest.mark.parametrize(
    ("polaritas", "stored", "tw3", "expected", "shown"),
    [
        # 90 in a % cell shows 9.000%: 85 / 9.000 x 100 = 0,944... Sangat Rendah (meant: 85/90 = 94,44)
        ("Positif", 90, 85, Fraction(85, 9000) * 100, "9.000%"),
        # Angka kematian (%), Negatif, 5 shows 500%: (1.000 - 4) / 500 x 100 = 199,2 (meant: 120)
        ("Negatif", 5, 4, Fraction(1000 - 4, 500) * 100, "500%"),
    ],
)
def test_a_target_typed_whole_in_a_percent_cell_is_a_peringatan(polaritas, stored, tw3, expected, shown):
    report = _one(
        Cell(stored, percent=True),
        (None, None, tw3, None),
        satuan="%",
        polaritas=polaritas,
        jenis="Nilai Akhir",
    )
    assert report.indicators[0].capaian_exact == expected  # computed as Excel shows it
    said = _at(report, "I2")
    assert [f.severity for f in said] == [PERINGATAN]
    assert f"realisasi s.d. TW III {tw3}" in said[0].pesan
    assert shown in said[0].pesan and f"{stored}%" in said[0].pesan and "format persen" in said[0].pesan


def test_a_target_perubahan_typed_whole_in_a_percent_cell_is_pointed_out_at_its_cell():
    # Target 90, Target Perubahan 95 in a % cell (9.500%): 85 / 9.500 x 100 = 0,894...
    report = _one(
        90,
        (None, None, 85, None),
        satuan="%",
        polaritas="Positif",
        jenis="Nilai Akhir",
        target_perubahan=Cell(95, percent=True),
    )
    assert report.indicators[0].capaian_exact == Fraction(85, 9500) * 100
    assert [f.severity for f in _at(report, "J2")] == [PERINGATAN] and _at(report, "I2") == []


@pytest.mark.parametrize(
    ("stored", "tw3"),
    [
        (0.9, 85),  # 90 %: as meant
        (1, 95),  # 100 %
        (1.1, 105),  # 110 %, a target above 100 % (a growth ratio)
        (0.9, 0),  # nothing realised yet
        (90, Cell(85, percent=True)),  # both cells the same way (9.000 % and 8.500 %): the ratio holds
    ],
)
def test_a_percent_cell_target_as_shown_is_not_pointed_out(stored, tw3):
    report = _one(
        Cell(stored, percent=True),
        (None, None, tw3, None),
        satuan="%",
        polaritas="Positif",
        jenis="Nilai Akhir",
    )
    assert _at(report, "I2") == [] and not [f for f in report.findings if f.severity == GALAT]


# --- 3. a response time typed in minutes, or in hours and minutes ----------------------------------


@pytest.mark.parametrize(
    ("column", "typed", "hint"),
    [
        ("M2", "90 menit", "1,5"),  # 90 / 60 = 1,5 jam
        ("M2", "1 jam 30 menit", "1,5"),  # 1 + 30 / 60 = 1,5 jam (the Satuan's own word first)
        ("M2", "45 menit", "0,75"),  # 45 / 60
        ("I2", "120 menit", "2"),  # the target: 120 / 60 = 2 jam
    ],
)
def test_a_duration_in_other_time_units_is_a_galat_giving_the_figure_in_the_satuan(column, typed, hint):
    target, tw3 = (typed, 1) if column == "I2" else (2, typed)
    report = _one(target, (None, None, tw3, None), satuan="jam", polaritas="Negatif", jenis="Rata-rata")
    said = _at(report, column, GALAT)
    assert len(said) == 1 and report.indicators[0].capaian is None
    assert "padahal Satuan indikator 'jam'" in said[0].pesan
    assert f"tulis angkanya dalam jam saja: {hint}" in said[0].pesan
    assert "ribu/rb" not in said[0].pesan  # no scale words offered for a time unit


def test_a_day_for_an_hour_is_named_without_a_figure():
    # a "hari" of service may be a working day of eight hours: no figure guessed
    report = _one(2, (None, None, "1 hari", None), satuan="jam", polaritas="Negatif", jenis="Rata-rata")
    said = _at(report, "M2", GALAT)
    assert len(said) == 1 and said[0].pesan.endswith("tulis angkanya dalam jam saja")


def test_a_duration_in_its_satuan_is_read():
    # Waktu tanggap 1,5 jam of a target of 2 jam, Negatif: (4 - 1,5) / 2 x 100 = 125
    report = _one(2, (None, None, "1,5 jam", None), satuan="jam", polaritas="Negatif", jenis="Rata-rata")
    assert report.indicators[0].capaian_exact == 125 and _at(report, "M2") == []


# --- 4. an Indikator text continued on the next row -------------------------------------------------

_PCT = {"satuan": "%", "polaritas": "Positif", "jenis": "Nilai Akhir"}


def _rest(indikator, target=None, tws=(None, None, None, None), **kw):
    """A row with Kode, Tingkat, Kode Induk and Uraian blank."""
    return kinerja_row(None, None, None, None, indikator, target, tws, **{"satuan": None, **kw})


def test_an_indikator_continued_on_the_next_row_says_to_join_the_text():
    # Row 2 holds the indicator and its figures, row 3 the rest of its text (typed as it wraps in the
    # printed PK): the indicator is scored, 80 / 90 x 100 = 88,88...; row 3 is a galat saying how to join.
    rows = [
        kinerja_row(
            "S1",
            "Sasaran",
            "",
            "Sasaran",
            "Persentase ibu hamil yang mendapat",
            90,
            (None, None, 80, None),
            **_PCT,
        ),
        _rest("pelayanan kesehatan sesuai standar"),
    ]
    report = run(rows, triwulan=3)
    assert [i.capaian_exact for i in report.indicators] == [Fraction(80, 90) * 100]
    said = _at(report, "A3", GALAT)
    assert len(said) == 1
    assert "lanjutan teks Indikator baris 2" in said[0].pesan and "sel E2" in said[0].pesan
    assert "Alt+Enter" in said[0].pesan and "tulis lagi Kodenya" not in said[0].pesan


def test_an_indikator_whose_figures_stand_on_its_continuation_row_says_so():
    # Row 2 holds the first half of the text and nothing else (Target kosong: a galat at I2), row 3 the
    # rest of the text with the figures: row 3 says to move them up, not to type Kode S1 again.
    rows = [
        kinerja_row("S1", "Sasaran", "", "Sasaran", "Persentase ibu hamil yang mendapat", None, satuan=None),
        _rest("pelayanan kesehatan sesuai standar", 90, (None, None, 80, None), **_PCT),
    ]
    report = run(rows, triwulan=3)
    assert report.indicators[0].capaian is None and _at(report, "I2", GALAT)
    said = _at(report, "A3", GALAT)
    assert len(said) == 1
    assert "lanjutan teks Indikator baris 2" in said[0].pesan and "angka-angkanya ke baris 2" in said[0].pesan


def test_a_second_indicator_without_its_kode_still_asks_for_the_kode():
    # Row 3 has its own figures under a row 2 that is complete: another indicator of S1 (round 6).
    rows = [
        kinerja_row("S1", "Sasaran", "", "Sasaran", "AKI", 98, (None, None, 90, None), **_PCT),
        _rest("Persentase ibu hamil K4", 90, (None, None, 80, None), **_PCT),
    ]
    said = _at(run(rows, triwulan=3), "A3", GALAT)
    assert len(said) == 1 and "tulis lagi Kodenya" in said[0].pesan and "lanjutan" not in said[0].pesan


# --- 5. a Satuan glued to the number, a time typed as jam:menit ---------------------------------


@pytest.mark.parametrize(
    ("typed", "satuan", "target", "polaritas", "expected"),
    [
        # AKB 8,2 per mille of a target 9, Negatif: (18 - 8,2) / 9 x 100 = 108,88...
        ("8,2‰", "‰", 9, "Negatif", (18 - Fraction(82, 10)) / 9 * 100),
        # waktu tanggap 1,5 jam of 2 jam, Negatif: (4 - 1,5) / 2 x 100 = 125
        ("1,5jam", "jam", 2, "Negatif", Fraction(125)),
        # 12 kasus tertangani of 16, Positif: 12 / 16 x 100 = 75
        ("12kasus", "kasus", 16, "Positif", Fraction(75)),
    ],
)
def test_a_satuan_glued_to_the_number_is_read_as_when_spaced(typed, satuan, target, polaritas, expected):
    report = _one(target, (None, None, typed, None), satuan=satuan, polaritas=polaritas, jenis="Nilai Akhir")
    assert report.indicators[0].capaian_exact == expected
    assert _at(report, "M2") == []


@pytest.mark.parametrize(("typed", "satuan"), [("8,2‰", "%"), ("8,2‰", "orang"), ("12kasus", "orang")])
def test_a_glued_word_that_is_not_the_satuan_stays_a_galat(typed, satuan):
    report = _one(90, (None, None, typed, None), satuan=satuan, polaritas="Positif", jenis="Nilai Akhir")
    assert len(_at(report, "M2", GALAT)) == 1 and report.indicators[0].capaian is None


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("90mnt", "1,5"),  # 90 / 60
        ("01:30", "1,5"),  # jam:menit as a clock shows it: 1 + 30 / 60
        ("00:45", "0,75"),  # 45 / 60
    ],
)
def test_a_glued_or_clock_duration_is_a_galat_giving_the_figure_in_the_satuan(typed, hint):
    report = _one(2, (None, None, typed, None), satuan="jam", polaritas="Negatif", jenis="Rata-rata")
    said = _at(report, "M2", GALAT)
    assert len(said) == 1 and f"tulis angkanya dalam jam saja: {hint}" in said[0].pesan


# --- 6. a bound in words, a footnote mark other than * and ¹ ------------------------------------


@pytest.mark.parametrize(
    ("typed", "side", "number"),
    [
        ("kurang dari 5 kasus", "atas", "5 kasus"),
        ("tidak lebih dari 2 jam", "atas", "2 jam"),
        ("tidak melebihi 2 jam", "atas", "2 jam"),
        ("di bawah 5", "atas", "5"),
        ("selambat-lambatnya 2 jam", "atas", "2 jam"),
        ("lebih dari 90%", "bawah", "90%"),
        ("tidak kurang dari 90%", "bawah", "90%"),
        ("di atas 90", "bawah", "90"),
        ("sedikitnya 90%", "bawah", "90%"),
    ],
)
def test_a_target_written_as_a_bound_in_words_is_a_galat_saying_it_is_a_bound(typed, side, number):
    report = _one(typed, (None, None, 1, None), satuan="jam", polaritas="Negatif", jenis="Rata-rata")
    said = _at(report, "I2", GALAT)
    assert len(said) == 1 and report.indicators[0].capaian is None
    assert f"berupa batas {side}" in said[0].pesan and f"tulis angkanya saja ({number})" in said[0].pesan


@pytest.mark.parametrize(("typed", "mark"), [("85#", "#"), ("85†", "†"), ("85 ‡", "‡")])
def test_other_footnote_marks_are_named_as_footnotes(typed, mark):
    report = _one(90, (None, None, typed, None), satuan="%", polaritas="Positif", jenis="Nilai Akhir")
    said = _at(report, "M2", GALAT)
    assert len(said) == 1 and f'catatan kaki ("{mark}")' in said[0].pesan
    assert "tulis angkanya saja (85)" in said[0].pesan


# --- 7. a rate per 1.000 / 100.000 or a lower-is-better % saved as a fraction ---------------------


@pytest.mark.parametrize(
    ("satuan", "target", "typed", "expected", "meant", "base"),
    [
        # AKB per 1.000 KH, =kematian/kelahiran without x 1.000: (24 - 0,0118) / 12 x 100 = 199,90...
        ("per 1.000 KH", 12, 0.0118, (24 - Fraction(118, 10000)) / 12 * 100, "11,8", "1.000"),
        # AKI per 100.000 KH: (196 - 0,00085) / 98 x 100 = 199,99...
        ("per 100.000 KH", 98, 0.00085, (196 - Fraction(85, 100000)) / 98 * 100, "85", "100.000"),
        # Tingkat pengangguran terbuka (%), Negatif: (25 - 0,121) / 12,5 x 100 = 199,03...
        ("%", 12.5, 0.121, (25 - Fraction(121, 1000)) / Fraction(25, 2) * 100, "12,1", "100"),
    ],
)
def test_a_lower_is_better_rate_saved_as_a_fraction_is_a_peringatan(
    satuan, target, typed, expected, meant, base
):
    report = _one(target, (None, None, typed, None), satuan=satuan, polaritas="Negatif", jenis="Nilai Akhir")
    assert report.indicators[0].capaian_exact == expected  # computed as typed, nearly 200 %
    said = _at(report, "M2")
    assert [f.severity for f in said] == [PERINGATAN]
    assert f"tulis {meant}" in said[0].pesan and f"tanpa x {base}" in said[0].pesan


def test_a_rate_per_thousand_of_a_positif_indicator_saved_as_a_fraction_is_a_peringatan():
    # Rasio dokter per 1.000 penduduk, target 0,5 ... typed 0,00045 (=dokter/penduduk): 0,09 %
    report = _one(
        0.5,
        (None, None, 0.00045, None),
        satuan="per 1.000 penduduk",
        polaritas="Positif",
        jenis="Nilai Akhir",
    )
    assert report.indicators[0].capaian_exact == Fraction(45, 100000) / Fraction(1, 2) * 100
    said = _at(report, "M2")
    assert len(said) == 1 and "tulis 0,45" in said[0].pesan


@pytest.mark.parametrize(
    ("satuan", "polaritas", "target", "typed"),
    [
        ("per 1.000 KH", "Negatif", 12, 11.8),  # as meant
        ("per 1.000 KH", "Negatif", 0.8, 0.6),  # a low rate near its target
        ("%", "Negatif", 0.5, 0.4),  # a small percentage near its target
        ("%", "Negatif", 12.5, 0),  # nothing: zero is zero in any base
        ("ton", "Negatif", 12, 0.5),  # no rate (sampah, ton)
    ],
)
def test_a_rate_as_meant_is_not_pointed_out(satuan, polaritas, target, typed):
    report = _one(target, (None, None, typed, None), satuan=satuan, polaritas=polaritas, jenis="Nilai Akhir")
    assert _at(report, "M2") == []


# --- 8. Polaritas as e-SAKIP applications write it -------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # Kasus DBD, target 10, TW III 8: Negatif (20 - 8) / 10 x 100 = 120; Positif 8 / 10 x 100 = 80
        ("Minimalisasi", 120),
        ("Minimize", 120),
        ("makin kecil makin baik", 120),  # the words of the tool's own messages
        ("makin rendah makin baik", 120),
        ("Maksimalisasi", 80),
        ("Maximize", 80),
        ("makin tinggi makin baik", 80),
    ],
)
def test_polaritas_as_esakip_writes_it_is_read(typed, expected):
    report = _one(10, (None, None, 8, None), satuan="kasus", polaritas=typed, jenis="Nilai Akhir")
    assert report.indicators[0].capaian_exact == expected
    assert _at(report, "G2") == []


def test_a_polaritas_with_no_such_reading_stays_a_galat():
    # "Stabilisasi" (e-SAKIP's "stabilize", a band around the target) is neither formula
    report = _one(10, (None, None, 8, None), satuan="kasus", polaritas="Stabilisasi", jenis="Nilai Akhir")
    assert len(_at(report, "G2", GALAT)) == 1 and report.indicators[0].capaian is None


def _merged(value, rng):
    return Cell(value, merged=rng)


def test_an_indikator_continued_under_merged_cells_is_one_galat_saying_to_join_the_text():
    # Kode, Tingkat, Uraian, Satuan and the figures merged over rows 2-3 as the printed PK merges them,
    # the Indikator's text split in E2 and E3: row 2 is scored, 80 / 90 x 100 = 88,88...; row 3 is one
    # galat saying how to join, not four asking to fill each merged cell (which makes it an indicator).
    first = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Sasaran",
        "Persentase ibu hamil yang mendapat",
        90,
        (None, None, 80, None),
        **_PCT,
    )
    rest = kinerja_row(
        _merged("S1", "A2:A3"),
        _merged("Sasaran", "B2:B3"),
        _merged("", "C2:C3"),
        _merged("Sasaran", "D2:D3"),
        "pelayanan kesehatan sesuai standar",
        _merged(90, "I2:I3"),
        (None, None, _merged(80, "M2:M3"), None),
        satuan=_merged("%", "F2:F3"),
        polaritas=_merged("Positif", "G2:G3"),
        jenis=_merged("Nilai Akhir", "H2:H3"),
    )
    report = run([first, rest], triwulan=3)
    assert [i.capaian_exact for i in report.indicators] == [Fraction(80, 90) * 100]
    row3 = [f for f in report.findings if f.severity == GALAT and f.sel.endswith("3")]
    assert [f.sel for f in row3] == ["A3"]
    assert "lanjutan teks Indikator baris 2" in row3[0].pesan and "sel E2" in row3[0].pesan


def test_a_second_indicator_under_a_merged_kode_is_the_nodes_second_indicator():
    # Row 3 has figures of its own: another indicator of S1 under a merged Kode, Tingkat merged too, as
    # the PK prints them (rows58; each hidden cell was a galat and the row not counted before): both
    # scored, AKI 90 / 98 x 100, K4 80 / 90 x 100
    first = kinerja_row("S1", "Sasaran", "", "Sasaran", "AKI", 98, (None, None, 90, None), **_PCT)
    rest = kinerja_row(
        _merged("S1", "A2:A3"),
        _merged("Sasaran", "B2:B3"),
        None,
        None,
        "Persentase K4",
        90,
        (None, None, 80, None),
        **_PCT,
    )
    report = run([first, rest], triwulan=3)
    assert not [f.sel for f in report.findings if f.severity == GALAT]
    assert not any("lanjutan" in f.pesan or "digabung" in f.pesan for f in report.findings)
    assert [i.capaian_exact for i in report.indicators] == [Fraction(90, 98) * 100, Fraction(80, 90) * 100]


def test_a_merged_kode_in_anggaran_keeps_its_galat():
    # Anggaran has no Indikator: a program Kode under a merge is said as before (at its cell)
    from tests.test_engine import anggaran_row

    rows = [
        anggaran_row("P1.01", "Program A", "S1", 1000),
        anggaran_row(_merged("P1.01", "A2:A3"), "Program B", "S1", 500),
    ]
    first = kinerja_row("S1", "Sasaran", "", "Sasaran", "AKI", 98, (None, None, 90, None), **_PCT)
    report = run([first], rows, triwulan=3)
    assert [f.sel for f in report.findings if f.sheet == "Anggaran" and f.severity == GALAT] == ["A3"]


# --- 9. an index or a score of zero for a quarter without a survey ------------------------------


@pytest.mark.parametrize(("satuan", "typed"), [("Indeks", 0), ("Nilai", "nihil"), ("Skor", 0), ("poin", 0)])
def test_a_score_of_zero_is_a_peringatan_saying_to_type_a_dash(satuan, typed):
    # IKM, Rata-rata, target 82: TW I typed as nothing (no survey yet), TW II 83, TW III 84.
    # (0 + 83 + 84) / 3 = 167/3; 167/3 / 82 x 100 = 67,88...% Sedang (with "-": 83,5 / 82 = 101,82 %)
    report = _one(82, (typed, 83, 84, None), satuan=satuan, polaritas="Positif", jenis="Rata-rata")
    assert report.indicators[0].capaian_exact == Fraction(167, 3) / 82 * 100
    said = _at(report, "K2")
    assert [f.severity for f in said] == [PERINGATAN]
    assert "nilai 0" in said[0].pesan and 'tulis "-"' in said[0].pesan


@pytest.mark.parametrize(
    ("satuan", "tws"), [("%", (0, 83, 84)), ("Indeks", (80, 83, 84)), ("orang", (0, 5, 6))]
)
def test_a_zero_percentage_or_count_or_a_score_above_zero_is_not_pointed_out(satuan, tws):
    report = _one(82, (*tws, None), satuan=satuan, polaritas="Positif", jenis="Rata-rata")
    assert _at(report, "K2") == []
