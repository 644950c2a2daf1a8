"""Review of figures56: an index's words said of a share, an index typed behind its acronym, a
victims' name quoted unlike its typing.

1. `Nilai kontribusi sektor pertanian terhadap PDRB` (a share of the PDRB) and `Nilai PDRB sektor
   industri` (an amount) under % were told `indikatornya nilai ... bukan bagian dari keseluruhan`: a
   share of a whole called no share; they keep the share's words as before figures56;
2. `IKM (Indeks Kepuasan Masyarakat)` under % summed was told in a share's words (`bagian dari
   keseluruhan tidak mungkin lebih dari 100 %`), where `Indeks Kepuasan Masyarakat` is told as an index;
3. `Jumlah korban luka-luka akibat bencana` was quoted `"korban luka luka akibat bencana"`.
"""

from __future__ import annotations

from tests.test_figures55 import _report


def _jenis(report):
    return [f.pesan for f in report.findings if f.sel == "H2"]


def test_a_share_or_an_amount_named_nilai_is_not_told_as_an_index():
    for indikator in (
        "Nilai kontribusi sektor pertanian terhadap PDRB",
        "Nilai PDRB sektor industri",
        "Nilai sumbangan sektor industri terhadap PDRB",
    ):
        # 15 + 16 = 31 % of a target 20 %: a share summed within 100 %, quiet as before figures56 (was
        # told 'indikatornya nilai ... bukan bagian dari keseluruhan')
        assert _jenis(_report(indikator, "20", ("15", "16"))) == [], indikator
        # 55 + 60 = 115 % of 60 %: a share beyond 100 %, told in the share's words
        (said,) = _jenis(_report(indikator, "60", ("55", "60")))
        assert "115 %, lebih dari 100 %" in said and "bagian dari keseluruhan tidak mungkin" in said, said
        assert "indikatornya nilai" not in said, said


def test_an_index_behind_its_acronym_is_told_as_an_index():
    # IKM 80 + 82 = 162 of 85: Nilai Akhir 82 / 85 x 100 = 96,47 %; Rata-rata 81 / 85 x 100 = 95,29 %
    for indikator in ("IKM (Indeks Kepuasan Masyarakat)", "SKM (Indeks Kepuasan Masyarakat)"):
        (said,) = _jenis(_report(indikator, "85", ("80", "82")))
        assert "bagian dari keseluruhan tidak mungkin" not in said, said
        assert "indeks setahun bukan jumlah indeks" in said and "96,47% (Sangat Tinggi)" in said, said
        assert "95,29% (Sangat Tinggi)" in said, said
    # an acronym before a count is no index: "IKM" of a Diskopindag is industri kecil menengah
    said = _jenis(_report("IKM (industri kecil menengah) yang dibina", "85", ("80", "82")))
    assert all("indikatornya indeks" not in p for p in said), said


def test_victims_are_quoted_as_typed():
    from lkj_xl.core import pasted

    assert (
        pasted.lower_is_better("Jumlah korban luka-luka akibat bencana", "orang")
        == '"korban luka-luka akibat bencana"'
    )


def test_an_index_with_one_quarter_not_nought_summed_to_itself_is_quiet():
    # IKM TW I 90, TW II 0 of 85: the sum 90 + 0 = 90 is TW I's own index (90 / 85 x 100 = 105,88 %);
    # "Nilai Akhir" would read TW II's 0, capaian 0 %: no advice to give, quiet as before figures56
    for indikator in ("Indeks Kepuasan Masyarakat", "Nilai SAKIP"):
        assert _jenis(_report(indikator, "85", ("90", "0"))) == [], indikator
    # 90 + 0 + 88 = 178 of 85: two quarters summed, told
    (said,) = _jenis(_report("Indeks Kepuasan Masyarakat", "85", ("90", "0", "88"), 3))
    assert "indeks setahun bukan jumlah" in said, said
