"""Mend 35b: what the review (revB) of reader14 and rekap16 reproduced.

1. reader14's history rule (an earlier report followed up is no leftover) swallowed leftover titles:
   "Kritik dan saran atas Laporan Kinerja Triwulan I Tahun 2025 ini ..." in a Triwulan II report (the
   optional year let the "ini" check pass), "... Triwulan I Dinas Koperasi ini ...", "masukan atas
   Laporan Kinerja Triwulan I." were flagged before reader14 and printed without a word after it.
2. A Semester II rekap's title read "Semester II Tahun 2025" while the agencies' own sheets, PDF and
   Word say "s.d. Semester II Tahun 2025" (its figures are counted from TW I).
3. The rekap's ``kunci`` ignored straight quotes and "..." in names but not Word's autocorrected
   curly quotes and ellipsis: an indicator retyped in Word lost its partner across quarters.
"""

from __future__ import annotations

import pytest

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.core.model import Cell
from lkj_xl.core.narasi import parse_narasi, triwulan_lain
from lkj_xl.core.rekap_kunci import indicator_part, names_key
from tests.helpers_staff import report_with_pengaturan
from tests.test_rekap16 import PLAIN, _joined, _typed_indicator
from tests.test_rekap_round3 import anggaran, kinerja
from tests.test_staff_round5 import BASE

# --- 1. a leftover title behind "atas" ---------------------------------------------------------------

LEFTOVER = [
    # (text, triwulan, tahunan, semester, named): this report's title left from the earlier one
    ("Kritik dan saran atas Laporan Kinerja Triwulan I Tahun 2025 ini sangat kami harapkan.", 2, False, None, ["Triwulan I"]),
    ("Kritik dan saran atas Laporan Kinerja Semester I Tahun 2025 ini sangat kami harapkan.", 4, False, 2, ["Semester I"]),
    ("Kritik dan saran atas Laporan Kinerja Semester I 2025 ini sangat kami harapkan.", 4, False, 2, ["Semester I"]),
    ("Kritik dan saran atas Laporan Kinerja Triwulan III, Tahun 2025 ini sangat kami harapkan.", 4, False, None, ["Triwulan III"]),
    ("Kritik dan saran atas Laporan Kinerja Triwulan III Tahun Anggaran 2025 ini kami harapkan.", 4, False, None, ["Triwulan III"]),
    # "ini" further on in the clause: still this report
    ("Kritik dan saran atas Laporan Kinerja Triwulan I Dinas Koperasi ini kami harapkan.", 2, False, None, ["Triwulan I"]),
    ("Kritik dan saran atas Laporan Kinerja Triwulan I yang kami susun ini sangat kami harapkan.", 2, False, None, ["Triwulan I"]),
    # nothing says the earlier report was followed up: it is this report's title
    ("Demikian, kami harapkan masukan atas Laporan Kinerja Triwulan I.", 2, False, None, ["Triwulan I"]),
]  # fmt: skip


@pytest.mark.parametrize(("teks", "triwulan", "tahunan", "semester", "named"), LEFTOVER)
def test_a_leftover_title_after_atas_is_pointed_out(teks, triwulan, tahunan, semester, named):
    assert triwulan_lain(teks, triwulan, tahunan, semester, 2025) == named


HISTORY = [
    # (text, triwulan, tahunan, semester): an earlier report named as what was followed up
    ("Rekomendasi atas Laporan Kinerja Semester I telah ditindaklanjuti dalam laporan ini.", 4, False, 2),
    ("Catatan hasil evaluasi atas Laporan Kinerja Triwulan I Tahun 2025 telah ditindaklanjuti.", 2, False, None),
    ("Rekomendasi atas Laporan Kinerja Triwulan IV Tahun 2024 telah ditindaklanjuti.", 1, False, None),
    ("Evaluasi terhadap Laporan Kinerja Semester I telah dilaksanakan oleh Inspektorat.", 4, False, 2),
    ("Tindak lanjut atas Laporan Kinerja Triwulan III, Tahun 2025 sudah selesai.", 4, False, None),
    ("Temuan atas Laporan Kinerja Triwulan I, yang kini diperbaiki, dicatat di Bab III.", 2, False, None),
    # mend35g (the lead's decision: an earlier report after "atas" is history whatever words surround
    # it, unless its title before "ini" or the Kata Pengantar's closing): these two were pointed out
    ("Kami sampaikan terima kasih atas Laporan Kinerja Triwulan I Tahun 2025.", 2, False, None),
    ("Sebagai pertanggungjawaban atas Laporan Kinerja Semester I, disampaikan capaian kinerja.", 4, False, 2),
    # mend35k (the lead's decision 3): the title before "ini" said followed up is history; it was
    # pinned a leftover above
    ("Rekomendasi atas Laporan Kinerja Triwulan I 2025 ini telah ditindaklanjuti.", 2, False, None),
]  # fmt: skip


@pytest.mark.parametrize(("teks", "triwulan", "tahunan", "semester"), HISTORY)
def test_an_earlier_report_followed_up_stays_history(teks, triwulan, tahunan, semester):
    assert triwulan_lain(teks, triwulan, tahunan, semester, 2025) == []


def test_the_kata_pengantar_closing_of_triwulan_i_gets_its_peringatan():
    """Pengaturan Triwulan 2: the Kata Pengantar's last sentence left from Triwulan I's report."""
    report = report_with_pengaturan([*BASE, ["Triwulan", 2]])
    teks = "Kritik dan saran atas Laporan Kinerja Triwulan I Tahun 2025 ini sangat kami harapkan."
    rows = [[Cell("Bagian"), Cell("Teks")], [Cell("Kata Pengantar"), Cell(teks)]]
    narasi = parse_narasi(rows, settings=report.settings)
    assert [f.pesan for f in narasi.findings] == [
        'Teks Bagian "Kata Pengantar" menyebut Triwulan I, tetapi laporan ini Triwulan II Tahun 2025 '
        "(Pengaturan, Triwulan): perbarui teksnya untuk triwulan ini"
    ]


# --- 2. the Semester II rekap's title: s.d. -----------------------------------------------------------


def _rekap_titles(tmp_path, triwulan: object) -> tuple[str, str]:
    """The Rekap sheet's subtitle (A2) and its footer of one agency typed Triwulan ``triwulan``."""
    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from lkj_xl.xlsx.template import new_workbook

    folder = tmp_path / "in"
    folder.mkdir()
    new_workbook(folder / "o.xlsx",
                 pengaturan={c.P_PEMDA: PLAIN[0], c.P_OPD: PLAIN[1], c.P_TAHUN: 2025, c.P_TRIWULAN: triwulan},
                 kinerja=kinerja("90", "9%"), anggaran=anggaran("1.000.000.000", "100 jt", "150 jt"))  # fmt: skip
    out = tmp_path / "rekap.xlsx"
    run = CliRunner().invoke(main, ["rekap", str(folder), "-o", str(out)])
    assert run.exit_code == 0, run.output
    ws = openpyxl.load_workbook(out).worksheets[0]
    return ws["A2"].value, ws.oddFooter.left.text


@pytest.mark.parametrize(
    ("typed", "periode"),
    [
        # Semester II is counted s.d. TW IV (README Pengaturan), as the agency's own sheets name it
        ("Semester II", "s.d. Semester II Tahun 2025"),
        # Semester I is s.d. TW II exactly, a period of its own; a quarter is s.d. itself
        ("Semester I", "Semester I Tahun 2025"),
        (3, "s.d. Triwulan III Tahun 2025"),
    ],
)
def test_the_rekap_title_names_the_period_as_the_agency_report_does(tmp_path, typed, periode):
    settings = report_with_pengaturan([*BASE, ["Triwulan", typed]]).settings
    assert c.periode_laporan(settings) == periode  # the agency's sheets, PDF and Word
    title, footer = _rekap_titles(tmp_path, typed)
    assert title == f"{PLAIN[0]}, {periode}"
    assert footer == f"Rekap Capaian Kinerja Perangkat Daerah, {PLAIN[0]}, {periode}"


# --- 3. Word's autocorrect in the names the kunci reads ----------------------------------------------

WORD = [
    # (typed in Excel, as Word's autocorrect makes it when pasted from Word)
    ('Persentase koperasi "sehat"', "Persentase koperasi \u201csehat\u201d"),
    ("Persentase pelaku usaha 'naik kelas'", "Persentase pelaku usaha \u2018naik kelas\u2019"),
    ("Jumlah UMKM yang dibina...", "Jumlah UMKM yang dibina\u2026"),
    ("Persentase koperasi - aktif", "Persentase koperasi \u2014 aktif"),
    ("Persentase perundang-undangan", "Persentase perundang\u2011undangan"),
    ("Selisih -5 persen", "Selisih \u22125 persen"),
]


@pytest.mark.parametrize(("ascii_", "word"), WORD)
def test_word_punctuation_is_ignored_in_the_kunci(ascii_, word):
    assert indicator_part(word) == indicator_part(ascii_)
    assert names_key(PLAIN[0], f"Dinas {word}") == names_key(PLAIN[0], f"Dinas {ascii_}")


def test_an_indicator_pasted_from_word_joins_across_quarters(tmp_path):
    # TW I typed with straight quotes, TW II pasted from Word with curly ones: T1 and S1 each paired
    first = _typed_indicator(tmp_path / "tw1", 'Persentase koperasi "sehat"', 1)
    second = _typed_indicator(tmp_path / "tw2", "Persentase koperasi \u201csehat\u201d", 2)
    assert _joined(first.indikator, second.indikator) == ["both", "both"]


def test_the_agency_pasted_from_word_keeps_its_key(tmp_path):
    from tests.test_mend34h import _quarter

    tw1 = lkj_xl.rekap(
        _quarter(tmp_path / "tw1", [(PLAIN[0], "Dinas Koperasi dan UKM \u2018Lumajang\u2019")], 1), jobs=1
    )
    tw2 = lkj_xl.rekap(
        _quarter(tmp_path / "tw2", [(PLAIN[0], "Dinas Koperasi dan UKM 'Lumajang'")], 2), jobs=1
    )
    assert _joined(tw1.perangkat_daerah, tw2.perangkat_daerah) == ["both"]
