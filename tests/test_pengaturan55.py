"""Pengaturan readings left open by the review of pengaturan54 (pengaturan55):

1. Tahun unreadable (`2025/2026`, a galat): the sheet titles, the Word cover and the e-mail subject
   printed the period without a year (`TRIWULAN III`), as if none belonged there. Now `Tahun ?`
   everywhere the year belongs, as an unreadable Triwulan is `Triwulan ?`.
2. `Th. Anggaran 2025`, `Thn. Anggaran 2025` in Tahun were a galat `harus angka 2000-2100`.
3. A row staff add, `Pangkat/Golongan` (or `Pangkat`, `Golongan`), was ignored without a word: the
   signature block (as the seed's: jabatan, name, NIP) has no rank line; now a peringatan says so.
4. Nama Kepala holding the name and the NIP (pasted from Word) printed the NIP as part of the name;
   now the name is printed, the NIP taken when the NIP cell is empty, a peringatan either way.
5. Tanggal `30 Spt 2025` was not read; `30 Sept '25` was told "tidak dapat dibaca" without saying why.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.tables import layouts
from tests.helpers_staff import pengaturan_findings, report_with_pengaturan

# Pengaturan rows B3..B9 under the title and header rows; the test's own rows from B10 on. TW III 2025:
# the quarter ends 30 September 2025.
BASE = [
    ["Pemerintah Daerah", "Kabupaten Lumajang"],
    ["Perangkat Daerah", "Dinas Contoh"],
    ["Tahun", 2025],
    ["Triwulan", 3],
    ["Jabatan Kepala", "Kepala Dinas Contoh"],
    ["Nama Kepala", "Drs. H. Ahmad Fauzi, M.Si."],
    ["Tempat Penandatanganan", "Lumajang"],
]


def _with(**changed):
    """BASE with its rows' values ``changed`` (by the parameter's name, underscores for spaces) and
    the rows of ``extra`` after it."""
    extra = changed.pop("extra", [])
    rows = [[name, changed.pop(name.replace(" ", "_"), value)] for name, value in BASE]
    assert not changed, changed
    return report_with_pengaturan([*rows, *extra])


def _signature(report):
    """The signature block's texts of the first signed sheet (the block printed under Tabel 3.1)."""
    lay = next(lay for lay in layouts(report) if lay.signature_rows is not None)
    first, last = lay.signature_rows
    return [str(v) for row in lay.rows[first : last + 1] for v in row if isinstance(v, str) and v.strip()]


# --- 1. Tahun unreadable: "Tahun ?" where the year belongs ----------------------------------------------

TAHUN_GALAT = {"Tahun": "2025/2026"}  # two years: which one is the report's is unknown (a galat at B5)


def _no_year():
    report = _with(**TAHUN_GALAT)
    assert report.settings.tahun is None
    assert [f.severity for f in pengaturan_findings(report, "B5")] == [GALAT]
    return report


def test_the_sheet_titles_say_the_year_is_unknown():
    report = _no_year()
    titled = [
        str(lay.rows[0][0]) for lay in layouts(report) if lay.rows and "Triwulan" in str(lay.rows[0][0])
    ]
    assert titled
    for title in titled:
        assert title.endswith("s.d. Triwulan III Tahun ?"), title


def test_tabel_3_2s_header_says_the_year_is_unknown():
    # Tabel 3.2's "Kinerja Tahun 2025" header above its target and realisasi columns
    from lkj_xl.core.tables import capaian_program

    rows = capaian_program.layout(_no_year()).rows
    assert any(v == "Kinerja Tahun ?" for row in rows[:6] for v in row), rows[:6]


def test_the_word_cover_and_sentences_say_the_year_is_unknown():
    pytest.importorskip("docx")
    from lkj_xl.core.kalimat import sd
    from lkj_xl.core.narasi import Narasi
    from lkj_xl.laporan import document, template

    report = _no_year()
    assert template.fields(report, Narasi())["{{periode}}"] == "TRIWULAN III TAHUN ?"
    assert document._periode(report) == "s.d. Triwulan III Tahun ?"
    assert sd(report.settings) == "s.d. Triwulan III Tahun ?"


def test_the_mail_subject_and_body_say_the_year_is_unknown():
    from lkj_xl.delivery.message import default_body, default_subject, summary_lines

    report = _no_year()
    assert default_subject(report.settings) == "Laporan Kinerja Triwulan III Tahun ? - Dinas Contoh"
    assert "Triwulan III Tahun ?" in default_body(report.settings, summary_lines(report))


def test_the_mail_sent_says_the_year_is_unknown(smtp_server):
    # through the project's real SMTP test server: the subject as delivered
    from lkj_xl.delivery.config import SmtpConfig
    from lkj_xl.delivery.message import build_message, default_body, default_subject, summary_lines
    from lkj_xl.delivery.smtp import send_message

    report = _no_year()
    srv = smtp_server()
    msg = build_message(
        sender="LKjIP Dinas Contoh <lkjip@dinas.example.go.id>",
        to=["bappeda@pemda.example.go.id"],
        subject=default_subject(report.settings),
        body=default_body(report.settings, summary_lines(report)),
        attachments=[],
    )
    send_message(msg, SmtpConfig(host=srv.host, port=srv.port, security="none"), sleep=lambda s: None)
    [got] = srv.handler.received
    assert got.message["Subject"] == "Laporan Kinerja Triwulan III Tahun ? - Dinas Contoh"


@pytest.mark.parametrize(
    ("triwulan", "period"), [("Tahunan", "Tahun ?"), ("Semester I", "Semester I Tahun ?")]
)
def test_the_years_and_a_half_years_report_say_the_year_is_unknown(triwulan, period):
    from lkj_xl.core.narasi import Narasi
    from lkj_xl.delivery.message import default_subject
    from lkj_xl.laporan import template

    report = _with(Triwulan=triwulan, **TAHUN_GALAT)
    assert default_subject(report.settings).startswith(f"Laporan Kinerja {period} - ")
    assert template.fields(report, Narasi())["{{periode}}"] == period.upper()


def test_the_sheets_titled_without_a_year_stay_the_tools():
    # a rebuild must still replace its own sheets (ownership reads their A1 titles)
    from lkj_xl.core.ownership import has_tool_title

    for triwulan in (3, "Tahunan"):
        report = _with(Triwulan=triwulan, **TAHUN_GALAT)
        for lay in layouts(report):
            if lay.rows and "Tahun ?" in str(lay.rows[0][0]):
                assert has_tool_title(lay.name, lay.rows[0][0]), (lay.name, lay.rows[0][0])


def test_an_empty_tahun_keeps_its_peringatan_and_titles():
    # (left empty the peringatan already says the titles are incomplete: no galat, no "?")
    report = _with(Tahun=None)
    assert [f.severity for f in pengaturan_findings(report, "B5")] == [PERINGATAN]


# --- 2. Tahun typed with "Tahun Anggaran" abbreviated ---------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "Th. Anggaran 2025",
        "Thn. Anggaran 2025",
        "Th Anggaran 2025",
        "Tahun Anggaran 2025",
        "Tahun Anggaran: 2025",
        "TA 2025",
        "TA: 2025",
        "T.A. 2025",
        "T.A 2025",
    ],
)
def test_a_tahun_with_its_label_is_read(typed):
    report = _with(Tahun=typed)
    assert report.settings.tahun == 2025
    assert not pengaturan_findings(report, "B5")
    assert str(layouts(report)[0].rows[0][0]).endswith("Tahun 2025")


def test_a_tahun_anggaran_of_two_years_is_told_so():
    report = _with(Tahun="Th. Anggaran 2025/2026")
    (said,) = pengaturan_findings(report, "B5")
    assert said.severity == GALAT and "dua tahun" in said.pesan


# --- 3. A Pangkat/Golongan row: not printed, said so ----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("Pangkat/Golongan", "Pembina Utama Muda (IV/c)"),
        ("Pangkat", "Pembina Tk. I"),
        ("Golongan", "IV/b"),
        ("Pangkat / Gol.", "Pembina"),
        ("Pangkat Kepala", "Pembina Utama Muda"),
        ("Pangkat/Gol. Kepala", "Pembina Tk. I / IV-b"),
    ],
)
def test_a_rank_row_is_told_it_is_not_printed(name, typed):
    report = _with(extra=[[name, typed]])
    said = pengaturan_findings(report, "A10")
    assert [f.severity for f in said] == [PERINGATAN], said
    assert "pangkat" in said[0].pesan.casefold() and "tidak dicetak" in said[0].pesan
    # the block as the seed's: jabatan, name, NIP; no rank line
    assert not any(typed in text for text in _signature(report))
    assert "Drs. H. Ahmad Fauzi, M.Si." in _signature(report)


def test_an_empty_rank_row_says_nothing():
    # the row kept from a colleague's template, left empty: nothing to print, nothing to say
    report = _with(extra=[["Pangkat/Golongan", None]])
    assert not pengaturan_findings(report, "A10") and not pengaturan_findings(report, "B10")


# --- 4. Nama Kepala holding the name and the NIP ---------------------------------------------------------

NAMA_NIP = [
    "Drs. H. Ahmad Fauzi, M.Si.\nNIP. 19700101 199003 1 005",
    "Drs. H. Ahmad Fauzi, M.Si. NIP. 19700101 199003 1 005",
    "Drs. H. Ahmad Fauzi, M.Si.\nNIP: 19700101 199003 1 005",
    "Drs. H. Ahmad Fauzi, M.Si. / NIP 197001011990031005",
]


@pytest.mark.parametrize("typed", NAMA_NIP)
def test_the_name_and_the_nip_in_one_cell_print_the_name_and_take_the_nip(typed):
    # Nama Kepala is B8; no NIP Kepala row: the NIP typed with the name is the block's NIP
    report = _with(Nama_Kepala=typed)
    assert report.settings.nama_kepala == "Drs. H. Ahmad Fauzi, M.Si."
    assert report.settings.nip_kepala.replace(" ", "") == "197001011990031005"
    said = pengaturan_findings(report, "B8")
    assert [f.severity for f in said] == [PERINGATAN], said
    assert "NIP Kepala" in said[0].pesan
    block = _signature(report)
    assert "Drs. H. Ahmad Fauzi, M.Si." in block
    assert not any("NIP" in text and "Ahmad" in text for text in block)  # never one line of both
    assert any(text.startswith("NIP. 19700101") for text in block), block


def test_the_nip_cell_filled_is_the_one_printed():
    # the NIP also in its own cell (B10): that one printed, the name's NIP told (here the same)
    typed = "Drs. H. Ahmad Fauzi, M.Si.\nNIP. 19700101 199003 1 005"
    report = _with(Nama_Kepala=typed, extra=[["NIP Kepala", "19700101 199003 1 005"]])
    assert report.settings.nama_kepala == "Drs. H. Ahmad Fauzi, M.Si."
    assert report.settings.nip_kepala == "19700101 199003 1 005"
    said = pengaturan_findings(report, "B8")
    assert [f.severity for f in said] == [PERINGATAN] and "B10" in said[0].pesan, said


def test_two_nips_differing_print_the_nip_cells_and_name_both():
    # another NIP with the name (a predecessor's block pasted): the NIP Kepala cell's is printed, both named
    typed = "Drs. H. Ahmad Fauzi, M.Si.\nNIP. 19650505 198903 1 010"
    report = _with(Nama_Kepala=typed, extra=[["NIP Kepala", "19700101 199003 1 005"]])
    assert report.settings.nip_kepala == "19700101 199003 1 005"
    (said,) = pengaturan_findings(report, "B8")
    assert "19650505 198903 1 010" in said.pesan and "19700101 199003 1 005" in said.pesan


# --- 5. Tanggal with September abbreviated, a two-digit year -------------------------------------------


def _tanggal(typed):
    return _with(extra=[["Tanggal Penandatanganan", typed]])


@pytest.mark.parametrize("typed", ["30 Spt 2025", "30 Spt. 2025", "30-Spt-2025", "30 Sept 2025"])
def test_september_abbreviated_spt_is_read(typed):
    # 30 September 2025: the last day of TW III, a date the report may be signed on
    report = _tanggal(typed)
    assert report.settings.tanggal == "30 September 2025"
    assert not pengaturan_findings(report, "B10")
    assert "Lumajang, 30 September 2025" in _signature(report)


@pytest.mark.parametrize("typed", ["30 Sept '25", "30-Sep-25", "30 Spt ’25"])
def test_a_two_digit_year_is_told_as_such(typed):
    report = _tanggal(typed)
    (said,) = pengaturan_findings(report, "B10")
    assert (
        said.severity == PERINGATAN and "dua angka" in said.pesan and "tulis tahunnya lengkap" in said.pesan
    )


def test_spt_is_no_month_beside_a_kinerja_figure():
    # "SPT" (Surat Pemberitahuan Tahunan) stays no month outside a date: month_number is unchanged
    from lkj_xl.core.nama_periode import month_number

    assert month_number("SPT") is None


# --- The printed fronts: PDF (LibreOffice), Word laporan, `lkj-xl send` -----------------------------------


@pytest.fixture
def pasted_book(tmp_path):
    """The BPBD's workbook (tests/test_send_bpbd.py: `lkj-xl new` filled as staff type, TW III) with its
    Tahun typed as two years (B6) and the block pasted from Word into Nama Kepala (B9), NIP Kepala (B11)
    left empty."""
    from tests.test_send_bpbd import _bpbd

    return _bpbd(
        tmp_path,
        Pengaturan_B6="2025/2026",
        Pengaturan_B9="Drs. SUTOMO\nNIP. 19700101 199503 1 001",
        Pengaturan_B11=None,
    )


@pytest.mark.slow
def test_the_pdf_prints_tahun_unknown_and_the_name_above_its_nip(pasted_book, tmp_path):
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from tests.helpers_print import have_soffice, page_texts

    if not have_soffice():
        pytest.skip("LibreOffice not installed")
    out = tmp_path / "laporan.pdf"
    result = CliRunner().invoke(main, ["pdf", str(pasted_book), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = " ".join(page_texts(out))
    assert "s.d. Triwulan III Tahun ?" in text
    assert "Drs. SUTOMO NIP. 19700101 199503 1 001" in text  # the name's line, then the NIP's
    assert "SUTOMO NIP. 19700101 199503 1 001 NIP." not in text  # never the NIP inside the name line


@pytest.mark.slow
def test_the_word_laporan_prints_tahun_unknown_and_the_name_above_its_nip(pasted_book):
    pytest.importorskip("docx")
    from tests.helpers_print import laporan_docx

    texts = [p.text for p in laporan_docx(pasted_book).paragraphs]
    assert "TRIWULAN III TAHUN ?" in texts
    assert [t for t in texts if t.startswith("Tabel 2.1 ") and t.endswith(" Tahun ?")], texts
    assert "Drs. SUTOMO" in texts and "NIP. 19700101 199503 1 001" in texts
    assert not [t for t in texts if "SUTOMO" in t and "NIP" in t]


def test_send_mails_the_subject_with_tahun_unknown(pasted_book, smtp_server):
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from tests.common import smtp_args
    from tests.test_send_bpbd import BAPPEDA

    srv = smtp_server()
    result = CliRunner().invoke(main, ["send", str(pasted_book), "--to", BAPPEDA, *smtp_args(srv.port)])
    assert result.exit_code == 0, result.output
    ((_, msg),) = srv.handler.messages
    # (the long header folded: its words compared)
    subject = " ".join(str(msg["Subject"]).split())
    assert subject == "Laporan Kinerja Triwulan III Tahun ? - Badan Penanggulangan Bencana Daerah"
