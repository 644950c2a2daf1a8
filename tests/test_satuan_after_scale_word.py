"""A figure typed with a scale word keeps its Satuan in sentences and the Word tables when that Satuan
is a count ("1,23 juta jiwa", as a Disdukcapil's target of penduduk terdata is typed): the sentence
said "target 1,23 juta dan realisasi 1.234.567 jiwa", the unit dropped from one figure of two. A
rupiah amount keeps the seed's form ("5.984,04 milyar", seed line 358), and so does a Satuan in rupiah
counting in a scale word ("Juta Rupiah") or a percentage."""

from __future__ import annotations

from lkj_xl.core.kalimat import with_satuan


def test_a_count_typed_with_a_scale_word_keeps_its_satuan() -> None:
    assert with_satuan("1,23 juta", "jiwa", "juta") == "1,23 juta jiwa"
    assert with_satuan("2,5 ribu", "Ton", "ribu") == "2,5 ribu Ton"


def test_a_rupiah_amount_or_a_scaled_satuan_is_written_with_rp() -> None:
    # money in a sentence with Rp, as the seed's l.825 / l.590 (tampilan56; was "5.984,04 milyar")
    assert with_satuan("5.984,04 milyar", "Rp", "milyar") == "Rp 5.984,04 milyar"
    assert with_satuan("5.984,04 milyar", "Rupiah", "milyar") == "Rp 5.984,04 milyar"
    assert with_satuan("523,40 juta", "Juta Rupiah", "juta") == "Rp 523,40 juta"
    # (a Satuan naming a scale and a count, "juta jiwa", keeps what is no scale word, as main's
    # tests/test_kalimat_skala_satuan.py has "Ribu Orang": "1,2 juta" alone lost its jiwa)
    assert with_satuan("1,2 juta", "juta jiwa", "juta") == "1,2 juta jiwa"
    # a percentage in any spelling adds nothing after its scale word
    assert with_satuan("1,2 ribu", "Persen (%)", "ribu") == "1,2 ribu"
    # (a figure without a scale word is unchanged: the unit after it)
    assert with_satuan("1.234.567", "jiwa") == "1.234.567 jiwa"
