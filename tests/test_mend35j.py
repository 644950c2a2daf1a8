"""Mend of this session's typing rules (staff37, mend35a, mend35f) after review (revI).

- The thousands-comma peringatan only caught ",000": "1.134,567" jiwa of a target 1.200.000 was read
  1.134,567 (capaian 0,09 %) without a word; "Rp 1.250,000.-" (a dot-dash ending) too.
- staff37's served-clause rule silenced words that warned before it ("Angka kematian pasien yang
  mendapat perawatan > 48 jam"): the older words behave as at 60f0e75 again.
- "di Kabupaten X" dropped everything after the place ("... di Kabupaten Lumajang yang mendapat
  bantuan sosial" warned).
- An arrow ("↓ 0,5%") got other advice than its words ("turun 0,5%"), blind to the indicator.
- "Persentase pengurangan sampah" (a level) with "naik 2%" was told "tulis -2% saja".
- "A- (Memuaskan)" got the signed-grade galat, "A- Memuaskan" grade-with-a-note.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core import pasted
from lkj_xl.core.model import GALAT
from tests.test_engine import kinerja_row, messages, run

# --- 1. Comma thousands with any last three digits; a trailing ".-" -----------------------------------


def _said(report, sel):
    return [
        f.pesan
        for f in report.findings
        if (f.sheet, f.sel) == ("Kinerja", sel) and f.severity == "peringatan"
    ]


@pytest.mark.parametrize(
    ("indikator", "satuan", "target", "typed", "read", "meant"),
    [
        # "1.134,567" jiwa: 1.134 + 567/1000 by the README's rule; meant 1.134.567
        ("Jumlah penduduk", "jiwa", "1.200.000", "1.134,567", Fraction(1134567, 1000), "1.134.567"),
        ("Jumlah kunjungan wisatawan", "orang", "1.500.000", "1.250,500", Fraction(12505, 10), "1.250.500"),
        (
            "Nilai investasi",
            "Rupiah",
            "Rp 2.500.000.000",
            "Rp 1.134.250,500",
            Fraction(11342505, 10),
            "1.134.250.500",
        ),
        # ".-" as a rupiah amount ends: "Rp 1.250,000.-" is 1.250 by the README's rule, meant 1.250.000
        ("Nilai investasi", "Rupiah", "Rp 2.500.000", "Rp 1.250,000.-", Fraction(1250), "1.250.000"),
    ],
)
def test_comma_thousands_with_any_last_group_is_a_peringatan(indikator, satuan, target, typed, read, meant):
    row = kinerja_row(
        "T1", "Tujuan", "", "Tujuan", indikator, target, (None, typed, None, None),
        satuan=satuan, polaritas="Positif", jenis="Nilai Akhir",
    )  # fmt: skip
    report = run([row], triwulan=2)
    if satuan == "Rupiah":  # a rupiah figure: neither reading printed, a galat (test_anggaran_koma_ribuan)
        assert report.indicators[0].capaian is None
        galat = [f.pesan for f in report.findings if (f.sheet, f.sel, f.severity) == ("Kinerja", "L2", GALAT)]
        assert any(f"tulis {meant}" in p and typed in p for p in galat), messages(report)
        return
    # the figure stays as read (a peringatan, no galat): capaian = read / target x 100
    whole = Fraction(target.removeprefix("Rp ").replace(".", ""))
    assert Fraction(report.indicators[0].capaian).limit_denominator(10**9) == read / whole * 100
    said = _said(report, "L2")
    assert any(f"bila maksudnya {meant}, tulis ribuan dengan titik" in p and typed in p for p in said), (
        messages(report)
    )


def test_comma_thousands_in_a_summed_quarter_is_a_peringatan():
    # "1.250,500" wisatawan in TW I of a Kumulatif: 1.250,5 + 250.000 = 251.250,5 of 1.500.000
    row = kinerja_row(
        "T1", "Tujuan", "", "Tujuan", "Jumlah kunjungan wisatawan", "1.500.000", ("1.250,500", "250.000", None, None),
        satuan="orang", polaritas="Positif", jenis="Kumulatif",
    )  # fmt: skip
    report = run([row], triwulan=2)
    assert Fraction(report.indicators[0].realisasi).limit_denominator() == Fraction(2512505, 10)
    assert any("bila maksudnya 1.250.500" in p for p in _said(report, "K2")), messages(report)


# --- 2. The words before this session warn as at 60f0e75 ---------------------------------------------

# Expected: lower_is_better of 60f0e75 (git archive 60f0e75, run on these names), the reference the
# brief names; a served clause ("yang mendapat ...") never silenced these words there.
OLD_WORDS = [
    ("Angka kematian ibu", "kematian"),
    ("Angka kematian pasien yang mendapat perawatan > 48 jam", "kematian"),
    ("Persentase balita gizi buruk yang mendapat perawatan", "gizi buruk"),
    ("Prevalensi stunting pada balita yang mendapat intervensi", "prevalensi"),
    ("Angka kematian ibu yang memiliki buku KIA", "kematian"),
    ("Net Death Rate (NDR) pasien yang dirawat", "death rate"),
    ("Tingkat pengangguran terbuka", "pengangguran"),
    ("Persentase penurunan angka kemiskinan", ""),
    ("Pengendalian inflasi daerah", ""),
]


@pytest.mark.parametrize(("indikator", "word"), OLD_WORDS)
def test_older_lower_is_better_words_warn_as_before_this_session(indikator, word):
    assert pasted.lower_is_better(indikator, "%") == word


# --- 3. "di Kabupaten X": only the place is dropped --------------------------------------------------


@pytest.mark.parametrize(
    "indikator",
    [
        "Persentase penduduk miskin di Kabupaten Lumajang yang mendapat bantuan sosial",
        "Jumlah keluarga miskin di Kota Malang penerima PKH",
        "Jumlah desa tertinggal di Kabupaten Lumajang yang berhasil dientaskan",
        "Persentase temuan yang tidak berulang",
    ],
)
def test_what_follows_a_place_is_still_read(indikator):
    assert pasted.lower_is_better(indikator, "%") == ""


@pytest.mark.parametrize(
    ("indikator", "word"),
    [
        ("Persentase penduduk miskin di Kabupaten Lumajang", '"penduduk miskin"'),
        ("Jumlah desa tertinggal di Provinsi Jawa Timur", '"desa tertinggal"'),
    ],
)
def test_the_bad_thing_in_a_place_still_warns(indikator, word):
    assert pasted.lower_is_better(indikator, "%") == word


# --- 4. An arrow gets the advice its words get --------------------------------------------------------


@pytest.mark.parametrize(
    ("indikator", "arrow", "words"),
    [
        ("Laju pertumbuhan ekonomi", "↓ 0,5%", "turun 0,5%"),
        ("Persentase penurunan angka stunting", "↑ 1%", "naik 1%"),
        ("Persentase penurunan angka stunting", "↓ 2%", "turun 2%"),
    ],
)
def test_an_arrow_is_told_what_its_words_are_told(indikator, arrow, words):
    def said(typed):
        row = kinerja_row(
            "T1", "Tujuan", "", "Tujuan", indikator, "5", (None, typed, None, None),
            satuan="%", polaritas="Positif", jenis="Nilai Akhir",
        )  # fmt: skip
        report = run([row], triwulan=2)
        return [
            (f.severity, f.pesan.replace(f"({typed})", "()").split(";")[1:])
            for f in report.findings
            if f.sel == "L2"
        ]

    by_words = said(words)
    assert by_words and said(arrow) == [
        (s, [p.replace('"turun"', '"↓"').replace('"naik"', '"↑"') for p in parts]) for s, parts in by_words
    ]


# --- 5. "pengurangan" names a level ------------------------------------------------------------------


def test_pengurangan_sampah_is_a_level_not_a_change():
    row = kinerja_row(
        "T1", "Tujuan", "", "Tujuan", "Persentase pengurangan sampah", "30%", (None, "naik 2%", None, None),
        satuan="%", polaritas="Positif", jenis="Nilai Akhir",
    )  # fmt: skip
    # the reported quarter of a Nilai Akhir: a galat at the cell since mend35l (it was a peringatan)
    report = run([row], triwulan=2)
    said = " ".join(f.pesan for f in report.findings if (f.sel, f.severity) == ("L2", "galat"))
    # followed, "tulis -2% saja" reads -2 of 30: capaian -2/30 x 100 = -6,67 %: never said
    assert "-2%" not in said and "bukan nilainya" in said, said


# --- 6. A signed grade's meaning in brackets ---------------------------------------------------------


@pytest.mark.parametrize("typed", ["A- (Memuaskan)", "A-(Memuaskan)", "A- Memuaskan"])
def test_a_grade_with_its_meaning_in_brackets_reads_as_without_them(typed):
    row = kinerja_row(
        "T1", "Tujuan", "", "Tujuan", "Predikat SAKIP", "A", (None, typed, None, None),
        satuan="predikat", polaritas="Positif", jenis="Nilai Akhir",
    )  # fmt: skip
    said = [f.pesan for f in run([row], triwulan=2).findings if f.sel == "L2"]
    assert said and not any("bertanda plus/minus" in p for p in said), said
    assert any('berisi predikat "A" dengan catatan' in p for p in said), said
