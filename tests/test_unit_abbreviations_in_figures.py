"""A count's unit as staff abbreviate it after a figure: `40 dok` under Satuan `Dokumen`, `12 ha` under
`Hektar` (not `2 x` under `Kali`: a galat naming the figure 2, pinned in test_staff_round29). Said "kata 'dok' tidak dikenal dan tidak sesuai Satuan indikator
('Dokumen')", untrue (dok is Dokumen) though the figure was right: now read as the Satuan's own word,
from the one table of abbreviations the status texts use (unit_checks). An abbreviation of ANOTHER unit
(`40 keg` under `Dokumen`) stays a galat, as `40 kegiatan` is."""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.numbers import parse_number
from tests.helpers_staff import book_of, report_of
from tests.test_engine import kinerja_row


@pytest.mark.parametrize(
    ("typed", "satuan", "figure"),
    [
        ("40 dok", "Dokumen", 40),
        ("40 Dok.", "Dokumen", 40),
        ("40 dokumen", "Dok", 40),
        ("12 keg", "Kegiatan", 12),
        ("1.250 org", "Orang", 1250),  # thousands dot: one thousand two hundred fifty
        ("7 bh", "Buah", 7),
        ("3 pkt", "Paket", 3),
        ("4 lap", "Laporan", 4),
        ("12,5 ha", "Hektar", Fraction(25, 2)),  # 12,5: decimal comma
        ("12,5 hektar", "Ha", Fraction(25, 2)),
        ("8 km", "Kilometer", 8),
        ("150 m²", "m2", 150),
        ("150 m2", "M²", 150),
        ("85 point", "Poin", 85),
        ("0 dok", "Dokumen", 0),  # an edge: nothing done is 0 of the Satuan
    ],
)
def test_an_abbreviated_satuan_after_the_figure_is_read(typed, satuan, figure):
    assert parse_number(typed, satuan=satuan).exact == figure


@pytest.mark.parametrize(("typed", "satuan"), [("40 keg", "Dokumen"), ("40 org", "Dokumen"), ("12 ha", "Km")])
def test_an_abbreviation_of_another_unit_stays_refused(typed, satuan):
    # 40 kegiatan are not 40 dokumen: never read as the Satuan
    with pytest.raises(ValueError) as raised:
        parse_number(typed, satuan=satuan)
    assert "tidak sesuai Satuan indikator" in str(raised.value), str(raised.value)


def test_the_satuan_own_abbreviation_is_not_called_unknown():
    # the message the reviewers found: 'dok' IS known (Dokumen), so no galat claims it is not
    assert parse_number("40 dok", satuan="Dokumen").exact == 40
    with pytest.raises(ValueError) as raised:
        parse_number("40 keg", satuan="Dokumen")
    assert "tidak dikenal" not in str(raised.value), str(raised.value)
    assert "'keg'" in str(raised.value) and "kegiatan" in str(raised.value), str(raised.value)


def test_dokumen_typed_abbreviated_gives_its_capaian():
    # Target 50 dokumen, Kumulatif, TW I "12 dok", TW II "15 dok." : 12 + 15 = 27; Positif:
    # 27 / 50 x 100 = 54 %
    row = kinerja_row("S1", "Sasaran", "", "Tata kelola perencanaan", "Dokumen perencanaan yang disusun", 50,
                      ["12 dok", "15 dok.", None, None], satuan="Dokumen", jenis="Kumulatif")  # fmt: skip
    report = report_of(book_of([row], triwulan=2))
    ind = report.indicators[0]
    assert ind.realisasi == 27
    assert ind.capaian == pytest.approx(54.0)
    assert not [f for f in report.findings if f.severity == "galat"], report.findings
