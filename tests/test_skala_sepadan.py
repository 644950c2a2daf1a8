"""A scale word beside a plain figure of the same row that agrees with it (the lead's decision, README
"Values"): `12,5 rb ha` target beside `12.500 ha` realisasi is read exactly (12.500 of 12.500), yet it
printed "satuan berbeda ... periksa besarnya" in the signed Ringkasan, the 3.x sentences and Word. Now
it is quiet when the figure read with the scale lies between a tenth of its target and ten times it
and, without the scale word, does not; a note still due says "skala", once per sentence.

Grids built by hand (tests/test_engine.py): Kinerja header row 1, data from row 2; K Realisasi TW I,
L TW II."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core.analisis_teks import _capaian_node
from lkj_xl.core.model import Value
from lkj_xl.core.skala_sepadan import sepadan
from tests.test_engine import kinerja_row, run


def _row(kode, indikator, target, tws, jenis="Kumulatif", tingkat="Tujuan", induk=""):
    return kinerja_row(kode, tingkat, induk, "T", indikator, target, tws, jenis=jenis, satuan="ha")


def _noted(report):
    return [f for f in report.findings if "berbeda" in f.pesan and "Target dan" in f.pesan]


def test_a_plain_realisasi_agreeing_with_a_scaled_target_is_quiet():
    # TW I 6.000 + TW II 6.500 = 12.500 of "12,5 rb" = 12.500: capaian 100 %; each quarter read with
    # the scale is 0,48 and 0,52 of its target, without it 480 and 520 times: the scale is right
    report = run([_row("T1", "Luas tanam", "12,5 rb", ("6.000", "6.500", None, None))])
    item = report.indicators[0]
    assert item.capaian_exact == 100 and item.satuan_beda == []
    assert _noted(report) == []
    assert not [k for g in report.ringkasan for k in g.kalimat if "berbeda" in k]
    assert "berbeda" not in _capaian_node(report.nodes()[0], report.settings)


def test_a_scaled_realisasi_agreeing_with_a_plain_target_is_quiet():
    # Nilai Akhir TW II "12,5 rb" = 12.500 of 12.500: 100 %
    report = run([_row("T1", "Luas tanam", "12.500", ("12 rb", "12,5 rb", None, None), jenis="Nilai Akhir")])
    assert report.indicators[0].capaian_exact == 100 and _noted(report) == []


def test_a_figure_that_agrees_only_without_the_scale_keeps_its_note_said_skala():
    # TW I 4 + TW II 4,5 = 8,5 of "10 rb" = 10.000: 0,085 %; read without "rb" 8,5 of 10 (85 %): the
    # scale is the doubt, so the peringatan stays, called "skala berbeda", never "satuan berbeda"
    report = run([_row("T1", "Luas panen", "10 rb", ("4", "4,5", None, None))])
    item = report.indicators[0]
    assert item.capaian_exact == Fraction(85, 10) / 10_000 * 100
    found = _noted(report)
    assert [f.sel for f in found] == ["K2", "L2"]
    assert all("skala berbeda" in f.pesan and "satuan berbeda" not in f.pesan for f in found)


def test_the_note_is_said_once_in_a_sentence_naming_several():
    # two indicators of one Tujuan, both 8,5 of "10 rb" (0,085 %): one note in the node's sentence and
    # in the Ringkasan's list, naming both cells
    rows = [
        _row("T1", "Luas panen", "10 rb", ("4", "4,5", None, None)),
        _row("T1", "Luas sawah", "10 rb", ("4", "4,5", None, None)),
    ]
    report = run(rows)
    sentence = _capaian_node(report.nodes()[0], report.settings)
    assert sentence.count("skala berbeda") == 1, sentence
    assert "Kinerja!K2, Kinerja!L2, Kinerja!K3, Kinerja!L3" in sentence, sentence
    kalimat = [k for g in report.ringkasan for k in g.kalimat if "berbeda" in k]
    assert len(kalimat) == 1 and kalimat[0].count("skala berbeda") == 1, kalimat
    assert "satuan berbeda" not in sentence + kalimat[0]


def test_the_bounds_of_agreement():
    ribu = Value(number=10_000.0, text="10 rb", scale_word="ribu", exact=Fraction(10_000))

    def plain(x):
        return Value(number=float(x), text=str(x), exact=Fraction(x))

    # a tenth of 10.000 is 1.000 (read without "rb": 1.000 of 10 = 100 times): agrees, the bound kept
    assert sepadan(plain(1000), ribu)
    assert not sepadan(plain(999), ribu)  # below a tenth: a Kumulatif's early quarter keeps its note
    assert sepadan(plain(100_000), ribu)  # ten times 10.000; without: 10.000 times
    assert not sepadan(plain(100_001), ribu)  # above ten times
    # both readings sensible cannot be told: 1 juta of "10 rb" is 100 times as read, not agreeing
    juta = Value(number=1e6, text="1 jt", scale_word="juta", exact=Fraction(10**6))
    assert not sepadan(juta, plain(10_000))
    assert sepadan(plain(0), ribu)  # zero: no magnitude to be off
    assert not sepadan(plain(5), ribu)  # 5 of 10 without the scale: the scale is the doubt
    # both with a scale word, or neither: not this rule's
    assert not sepadan(ribu, ribu) and not sepadan(plain(5), plain(10))


def test_tabel_3_3_notes_several_in_one_sentence():
    # the same two indicators (8,5 of "10 rb" each, 0,085 %): Tabel 3.3's Catatan of their Tujuan said
    # the whole note once per indicator; now one sentence naming both and their four cells
    rows = [
        _row("T1", "Luas panen", "10 rb", ("4", "4,5", None, None)),
        _row("T1", "Luas sawah", "10 rb", ("4", "4,5", None, None)),
    ]
    (row,) = run(rows).efisiensi
    assert row.catatan.count("skala berbeda") == 1, row.catatan
    assert "Luas panen dan Luas sawah" in row.catatan, row.catatan
    assert "Kinerja!K2, Kinerja!L2, Kinerja!K3, Kinerja!L3" in row.catatan, row.catatan
    # one indicator: its name and cells, as before
    (row,) = run(rows[:1]).efisiensi
    assert row.catatan.startswith("Target dan realisasi Luas panen ditulis dengan skala berbeda, sel "), (
        row.catatan
    )
