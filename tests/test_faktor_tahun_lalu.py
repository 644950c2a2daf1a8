"""3.2.1 (Analisis Capaian sheet, Word report) compares each Tujuan/Sasaran's indicators with last
year's realisasi. It picked that sentence out of 3.1.3's by its first words ("Jika", "Realisasi tahun
sebelumnya"), and so dropped it when it names the same period of last year ("Realisasi periode yang
sama tahun sebelumnya (s.d. Triwulan II Tahun 2024: ...)"), which it does when last year's own total
is another figure."""

from __future__ import annotations

from lkj_xl.core.analisis_teks import faktor
from lkj_xl.core.kalimat_pembanding import pembanding_kalimat
from lkj_xl.core.model import walk
from tests import report_factory as rf


def _faktor_text(year_total: float | None) -> tuple[str, list[str]]:
    # The seed-like TW II 2025 report; its first Tujuan's indicator (Nilai PDRB sektor Industri, no
    # realisasi yet in TW II: "Menunggu data BPS") given last year's s.d. TW II figure, 40, and
    # (``year_total``) last year's own total.
    report = rf.seed_like_report()
    node = next(n for n in walk(report.roots) if n.tingkat == "Tujuan" and n.indicators)
    ind = node.indicators[0]
    ind.pembanding.tahun_lalu, ind.pembanding.selisih = 40.0, None
    if year_total is not None:
        ind.realisasi_tahun[2024] = year_total
    text = " ".join(b.teks for b in faktor(report).blok if b.teks)
    return text, pembanding_kalimat(ind, report.settings)


def test_last_year_s_same_period_is_compared_in_3_2_1_as_in_3_1_3():
    # 2024's total 90 is not its s.d. TW II figure 40: the sentence names the period.
    text, sentences = _faktor_text(90.0)
    said = [s for s in sentences if "periode yang sama tahun sebelumnya (s.d. Triwulan II Tahun 2024" in s]
    assert len(said) == 1
    assert said[0] in text
    assert "Realisasi tahun-tahun sebelumnya" not in text  # (3.1.3 lists the years; 3.2.1 does not)


def test_last_year_alone_is_compared_as_before():
    # No total of 2024 typed: "Realisasi tahun sebelumnya sebesar ...", as 3.2.1 said it already.
    text, sentences = _faktor_text(None)
    said = [s for s in sentences if s.startswith("Realisasi tahun sebelumnya sebesar")]
    assert len(said) == 1 and said[0] in text
