"""Review of pengaturan55: what staff type that the branch still got wrong.

1. Tahun unreadable (`2025/2026`): the Word laporan still printed the year left out in its Lampiran
   (`Lampiran 1 Perjanjian Kinerja`, Tabel L.1 and L.2's captions, the Perjanjian's `Target` column) and
   `Anggaran ... tahun  sebesar Rp` (the year dropped, two spaces) in 3.2.4.
2. A Nama Kepala with a NIP of 19 digits (one typed twice) was cut inside the NIP: the name printed
   `Ahmad Fauzi NIP 1`, the NIP its last 18 digits.
3. A Nama Kepala with the NIP and then the rank (`... NIP. 19700101 199003 1 005 / Pembina Tk. I`)
   printed all of it as the signer's name, without a word.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import PERINGATAN
from tests.helpers_staff import pengaturan_findings
from tests.test_pengaturan55 import _signature, _with

# --- 1. The Word laporan's Lampiran and 3.2.4 with the Tahun unreadable ---------------------------------


def _laporan(tmp_path, tahun):
    """The Word laporan's paragraphs and table cells of the BPBD's workbook (tests/test_send_bpbd.py,
    TW III 2026) with its Tahun (B6) typed ``tahun``."""
    pytest.importorskip("docx")
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from tests.helpers_print import docx_text
    from tests.test_send_bpbd import _bpbd

    book = _bpbd(tmp_path, Pengaturan_B6=tahun)
    out = tmp_path / "laporan.docx"
    result = CliRunner().invoke(main, ["laporan", str(book), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return docx_text(out.read_bytes()).splitlines()


@pytest.fixture
def laporan_texts(tmp_path):
    return _laporan(tmp_path, "2025/2026")  # two years: which is the report's is unknown (a galat)


def test_the_lampiran_says_the_year_is_unknown(laporan_texts):
    texts = [t.strip() for t in laporan_texts]
    assert "Lampiran 1 Perjanjian Kinerja Tahun ?" in texts
    assert "Tabel L.1 Perjanjian Kinerja Tahun ?" in texts
    assert "Tabel L.2 Matriks Tujuan, Sasaran, Program, Kegiatan dan Sub Kegiatan Tahun ?" in texts
    # the target column of the tables of the year's targets, each "Target 2026" or "Target Tahun 2026"
    # when the year is read: Tabel 2.2 (its Tujuan and its Sasaran table: 2), Tabel 2.3, Tabel 2.4, L.1,
    # L.2 (1 each): 6
    assert texts.count("Target Tahun ?") == 2 + 1 + 1 + 1 + 1


def test_the_budget_sentence_says_the_year_is_unknown(laporan_texts):
    # 3.2.4: "Anggaran <agency> tahun 2026 sebesar Rp 2.500.000.000 ..." (P1 1.250.000.000 + P2 1,25 M)
    [said] = [t for t in laporan_texts if t.startswith("Anggaran Badan Penanggulangan Bencana Daerah tahun")]
    assert said.startswith("Anggaran Badan Penanggulangan Bencana Daerah tahun ? sebesar Rp 2.500.000.000 ")


def test_an_empty_tahun_leaves_the_budget_sentence_whole(tmp_path):
    # Tahun left empty (a peringatan says the titles are incomplete): no "tahun  sebesar" with two spaces
    texts = _laporan(tmp_path, None)
    [said] = [t for t in texts if t.startswith("Anggaran Badan ") and "dengan rincian" in t]  # (3.2.4)
    assert said.startswith("Anggaran Badan Penanggulangan Bencana Daerah sebesar Rp 2.500.000.000 "), said


# --- 2, 3. The NIP with the name: never cut inside a number, a rank after it ----------------------------


def test_a_nip_of_19_digits_is_not_cut_inside():
    # 19700101 199003 1 005 with a 1 typed twice at its end: 19 digits, no NIP of 18 to take from it;
    # the name must never print "NIP 1" nor the NIP its last 18 digits
    report = _with(Nama_Kepala="Drs. H. Ahmad Fauzi, M.Si. NIP 1970010119900310051")
    assert report.settings.nama_kepala != "Drs. H. Ahmad Fauzi, M.Si. NIP 1"
    assert report.settings.nip_kepala != "970010119900310051"


@pytest.mark.parametrize(
    "typed",
    [
        "Drs. H. Ahmad Fauzi, M.Si. NIP. 19700101 199003 1 005 / Pembina Tk. I",
        "Drs. H. Ahmad Fauzi, M.Si.\nNIP. 19700101 199003 1 005\nPembina Utama Muda (IV/c)",
        "Drs. H. Ahmad Fauzi, M.Si.\nPembina Tk. I\nNIP. 19700101 199003 1 005",
    ],
)
def test_the_name_the_nip_and_the_rank_print_the_name(typed):
    # the block pasted from Word with its rank line: the name printed alone, the NIP taken, told
    report = _with(Nama_Kepala=typed)
    assert report.settings.nama_kepala == "Drs. H. Ahmad Fauzi, M.Si."
    assert report.settings.nip_kepala.replace(" ", "") == "197001011990031005"
    said = pengaturan_findings(report, "B8")
    assert [f.severity for f in said] == [PERINGATAN], said
    assert "Pembina" in said[0].pesan  # the rank left out is named
    assert not any("Pembina" in text for text in _signature(report))


# --- 4. The rekap's rows of a workbook with the Tahun unreadable ---------------------------------------


@pytest.mark.parametrize(
    ("triwulan", "period", "kind"),
    [
        (3, "Triwulan III Tahun ?", "Laporan Kinerja Triwulan III"),
        ("Semester I", "Semester I Tahun ?", "Laporan Kinerja Semester I"),
        ("Tahunan", "Tahun ?", "Laporan Tahunan"),
    ],
)
def test_the_rekap_row_names_the_year_unknown(triwulan, period, kind):
    # the agency's own report is titled "... Tahun ?": its rekap row, its indicators' and programs' rows
    # name the period so (as an unreadable Triwulan is "Triwulan ? Tahun 2025"), the half year still
    # counted as the half year's report
    from lkj_xl.core import rekap
    from lkj_xl.core.rekap_jenis_laporan import kind as kind_of

    report = _with(Triwulan=triwulan, Tahun="2025/2026")
    row = rekap.agency_row(report, "dinas.xlsx")
    assert (row["periode"], row["tahun"]) == (period, None)
    assert kind_of(row) == kind
    assert {r[-4] for r in rekap.indicator_rows(report, "dinas.xlsx")} == {period}


# --- 5. A two-digit year after Word's opening quote ----------------------------------------------------


def test_a_two_digit_year_after_words_opening_quote_is_told_as_such():
    # Word turns the ' typed before 25 into ‘ (U+2018) as often as into ’: told as '25 is
    report = _with(extra=[["Tanggal Penandatanganan", "30 Sept \u201825"]])
    (said,) = pengaturan_findings(report, "B10")
    assert said.severity == PERINGATAN and "dua angka" in said.pesan


@pytest.mark.parametrize("typed", ["NIP. 19700101 199003 1 005", "19700101 199003 1 005"])
def test_a_nip_alone_in_the_nama_kepala_is_no_name(typed):
    # the NIP's line pasted one row up: "NIP. 19700101 ..." was printed as the signer's name
    report = _with(Nama_Kepala=typed)
    assert report.settings.nama_kepala == ""  # no block without a name, as for "-"
    assert report.settings.nip_kepala.replace(" ", "") == "197001011990031005"
    (said,) = pengaturan_findings(report, "B8")
    assert said.severity == PERINGATAN and "bukan nama" in said.pesan


@pytest.mark.parametrize("typed", ["-", "\u2013"])
def test_a_dash_in_tahun_is_told_as_empty(typed):
    # "-" (no data, as in every cell): the titles print no year; said as an empty Tahun is, never quiet
    report = _with(Tahun=typed)
    assert report.settings.tahun is None
    (said,) = pengaturan_findings(report, "B5")
    assert said.severity == PERINGATAN and "belum diisi" in said.pesan
