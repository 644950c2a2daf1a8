"""The Analisis sheet's texts left from another period's workbook (narasi50): the Narasi sheet's leftover
check (tests/test_narasi_periode_lain*.py) on every text cell of Analisis.

Staff copy last quarter's (or last year's) workbook and edit its figures; the points behind a capaian
keep "Capaian Triwulan I ...", "s.d. Maret 2025", "akan dilaksanakan pada bulan Mei 2025". The Word
report (3.2.1) and the Analisis Capaian sheet print them as this period's analysis. A peringatan at the
cell, worded as the Narasi's, and "[isi: ...]" under the cell's points where they are printed; honest
sentences (an earlier quarter compared with, an activity told as done, a later plan) stay quiet.

The sentences are the existing tests' where they apply (tests/test_narasi_periode_lain.py,
test_narasi_periode_lain_review2.py) and the seed's own 3.2.1 and Bab IV points
(/work/shared/seeds/000_237f033edcd5cb60.txt l.695-714, 847, 1003-1033). The report: Tahun 2025
(tests/test_engine.py's Pengaturan), the Triwulan given; a quarter's months are 3q-2..3q (Triwulan II:
April - Juni), so a month up to Juni 2025 has passed in Triwulan II's report.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.engine import compute
from lkj_xl.core.parse import parse_workbook
from tests.test_analisis_capaian import ANALISIS_HEADERS
from tests.test_engine import grid, kinerja_row, workbook
from tests.test_mend36e import _lain

# The Analisis row is Excel row 2: Faktor Pendukung C2, Faktor Penghambat D2, Upaya / Solusi E2,
# Tindak Lanjut F2.
SEL = {"Faktor Pendukung": "C2", "Faktor Penghambat": "D2", "Upaya / Solusi": "E2", "Tindak Lanjut": "F2"}
LAPORAN = {1: "Triwulan I Tahun 2025", 2: "Triwulan II Tahun 2025", 3: "Triwulan III Tahun 2025",
           4: "Triwulan IV Tahun 2025"}  # fmt: skip


def _report(triwulan: int, column: str, teks: str, asked: int | None = None, indikator: str = ""):
    """One Sasaran S1 with one % indicator (target 80, TW II 68), its Analisis ``column`` typed
    ``teks``; Pengaturan's Triwulan ``triwulan`` (``asked``: the --triwulan option)."""
    rows = [
        kinerja_row("T1", "Tujuan", "", "Ekonomi tumbuh", "Pertumbuhan ekonomi", 80, (None, 68, None, None)),
        kinerja_row("S1", "Sasaran", "T1", "Koperasi sehat", "Persentase koperasi sehat", 80, (None, 68, None, None)),
    ]  # fmt: skip
    books = workbook(rows, triwulan=triwulan)
    row = ["S1", indikator, *(teks if h == column else None for h in ANALISIS_HEADERS[2:])]
    books["Analisis"] = grid([ANALISIS_HEADERS, row])
    return compute(parse_workbook(books), asked)


def _said(report) -> list[tuple[str, str]]:
    return [(f.sel, f.pesan) for f in report.findings if f.sheet == "Analisis"]


def _menyebut(column: str, named: str, tw: int) -> str:
    return (
        f'{column} Kode "S1" menyebut {named}, tetapi laporan ini {LAPORAN[tw]} (Pengaturan, Triwulan): '
        "perbarui teksnya untuk triwulan ini"
    )


def _rencana(column: str, named: str, tw: int) -> str:
    return (
        f'{column} Kode "S1" masih menyebut rencana untuk {named}, padahal laporan ini melaporkan hasil '
        f"{LAPORAN[tw]} yang sudah berakhir (Pengaturan, Triwulan): perbarui teksnya untuk triwulan ini"
    )


# (report's quarter, column, text, the peringatan) -- each period read off the sentence by hand
LEFTOVERS = [
    # a stale quarter: Triwulan I's analysis in Triwulan II (test_narasi_periode_lain DONE_EARLIER_LEFTOVER)
    (2, "Faktor Penghambat", "Capaian kinerja telah mencapai 25% pada Triwulan I.", _menyebut("Faktor Penghambat", "Triwulan I", 2)),
    (2, "Faktor Penghambat", "1. Capaian Triwulan I belum optimal\n2. Keterbatasan anggaran kegiatan", _menyebut("Faktor Penghambat", "Triwulan I", 2)),
    # "s.d. Maret 2025": Januari - Maret is Triwulan I's period, the report's ends in Juni
    (2, "Faktor Penghambat", "Realisasi s.d. Maret 2025 masih rendah karena proses pengadaan belum selesai", _menyebut("Faktor Penghambat", "Januari – Maret", 2)),
    # a stale month plan: Mei (5) has passed by Juni; Agustus (8) by September
    (2, "Upaya / Solusi", "Pelatihan digital marketing akan dilaksanakan pada bulan Mei 2025.", _rencana("Upaya / Solusi", "bulan Mei 2025", 2)),
    (3, "Upaya / Solusi", "1. Melaksanakan pendampingan RAT;\n2. Pelatihan kewirausahaan bagi 30 pelaku IKM akan dilaksanakan pada bulan Agt 2025.", _rencana("Upaya / Solusi", "bulan Agustus 2025", 3)),
    # the Tindak Lanjut column is printed as "Tindak lanjut yang akan dilaksanakan:" and its points: a
    # dated point is a plan (the lead's decision 4, stop 39); Oktober (10) is after Juni, quiet
    (2, "Tindak Lanjut", "1. Melaksanakan temu bisnis pada bulan Mei 2025\n2. Melaksanakan pelatihan pada bulan Oktober 2025", _rencana("Tindak Lanjut", "bulan Mei 2025", 2)),
    # the Triwulan III workbook's follow-up in Triwulan IV: a point opening with its quarter
    (4, "Tindak Lanjut", "1. Melaksanakan pendampingan RAT\n2. Pada Triwulan IV akan dilakukan percepatan realisasi anggaran", _rencana("Tindak Lanjut", "Triwulan IV", 4)),
    # last year's: the Triwulan IV 2024 report's figure in Triwulan I 2025 (review2 LEFTOVERS)
    (1, "Faktor Pendukung", "Realisasi anggaran triwulan IV tahun 2024 sebesar 95% tergolong sangat tinggi.", _menyebut("Faktor Pendukung", "Triwulan IV", 1)),
    # (revnarasi50) a later quarter's own figure is no schedule (the workbook is Triwulan III's and
    # Pengaturan says II); last year's later quarter, its year written, is last year's workbook's
    (2, "Faktor Pendukung", "Realisasi triwulan III sebesar 80% tergolong tinggi.", _menyebut("Faktor Pendukung", "Triwulan III", 2)),
    (2, "Upaya / Solusi", "Realisasi anggaran triwulan III tahun 2024 sebesar 95% tergolong sangat tinggi.", _menyebut("Upaya / Solusi", "Triwulan III", 2)),
    # (revnarasi50) a stale plan in one point whatever another point says: the points are no sentences of
    # one paragraph, "telah dilaksanakan" / "telah berjalan" of a neighbour is not its history (were quiet)
    (3, "Upaya / Solusi", "1. Melaksanakan sosialisasi SI DILAN (telah dilaksanakan)\n2. Pelatihan digital marketing akan dilaksanakan pada bulan Mei 2025", _rencana("Upaya / Solusi", "bulan Mei 2025", 3)),
    (2, "Upaya / Solusi", "1. Melaksanakan sosialisasi (telah dilaksanakan)\n2. Pada Triwulan II akan dilaksanakan pelatihan", _rencana("Upaya / Solusi", "Triwulan II", 2)),
    (2, "Tindak Lanjut", "1. Pendampingan koperasi telah berjalan baik\n2. Melaksanakan temu bisnis pada bulan Mei 2025", _rencana("Tindak Lanjut", "bulan Mei 2025", 2)),
    # (speed50) a point is read alone only when it holds a plan's word: typed apart too ("di jadwalkan", as
    # staff type it; read as "dijadwalkan"); Mei (5) has passed by Juni (Triwulan II's last month, 3 x 2)
    (2, "Upaya / Solusi", "1. Melaksanakan sosialisasi (telah dilaksanakan)\n2. Pameran produk IKM di jadwalkan pada bulan Mei 2025", _rencana("Upaya / Solusi", "bulan Mei 2025", 2)),
    (2, "Faktor Penghambat", "1. Pendampingan telah berjalan\n2. Pengadaan di rencanakan pada bulan April 2025", _rencana("Faktor Penghambat", "bulan April 2025", 2)),
    # in Triwulan I a later quarter without its year is read as the Narasi's: mostly last year's workbook
    # (its Triwulan IV report's "kegiatan dilaksanakan pada triwulan III")
    (1, "Faktor Penghambat", "Capaian rendah karena kegiatan baru dilaksanakan pada triwulan III", _menyebut("Faktor Penghambat", "Triwulan III", 1)),
]  # fmt: skip

# honest: no peringatan (report's quarter, column, text, why)
QUIET = [
    (2, "Faktor Pendukung", "Capaian triwulan II meningkat dibandingkan triwulan I karena pelatihan telah terlaksana.", "the own quarter compared with an earlier one"),
    (2, "Faktor Penghambat", "Dibandingkan dengan capaian Triwulan I, capaian pada triwulan ini meningkat 12%.", "'triwulan ini'"),
    # the seed's own point (l.847) with its next sentence, as staff type the paragraph
    (2, "Faktor Penghambat", "Tergolong sangat rendah karena capaian tersebut hanya berdasar realisasi triwulan I. Sedangkan realisasi triwulan II akan terbit tanggal 10 Juli 2025.", "data still to come"),
    # the same point alone: the quarter before as the realisasi the capaian rests on (the data lag)
    (2, "Faktor Penghambat", "Tergolong sangat rendah karena capaian tersebut hanya berdasar realisasi triwulan I.", "the seed's data note"),
    # the seed's Upaya (l.695-696) in its own report and copied into Triwulan III: told as done
    (2, "Upaya / Solusi", "1. Melaksanakan sosialiasasi SI DILAN (telah dilaksanakan di triwulan II)\n2. Melaksanakan pelatihan pemasaran online dan digital marketing (telah dilaksanakan di triwulan I)", "done, the seed's"),
    (3, "Upaya / Solusi", "1. Melaksanakan sosialiasasi SI DILAN (telah dilaksanakan di triwulan II)\n2. Melaksanakan pelatihan pemasaran online dan digital marketing (telah dilaksanakan di triwulan I)", "done in earlier quarters"),
    (3, "Faktor Penghambat", "Kendala yang dihadapi pada triwulan II, yaitu keterlambatan pencairan anggaran, telah diatasi pada triwulan III melalui koordinasi dengan BPKAD.", "the own quarter named (review2 QUIET)"),
    (3, "Tindak Lanjut", "Pelatihan lanjutan akan dilaksanakan pada bulan Oktober 2025.", "a later month (Oktober, 10, after September)"),
    (3, "Tindak Lanjut", "1. Melaksanakan temu bisnis pada bulan November 2025\n2. Melaksanakan pameran produk unggulan", "a later month in the list"),
    # the seed's Bab IV follow-up (l.1003-1006): no period at all
    (2, "Tindak Lanjut", "1. Melaksanakan pengawasan koperasi yang belum ber-RAT secara berkelanjutan\n2. Melaksanakan pendampingan RAT\n3. Melaksanakan bimbingan dan pelatihan bagi pengurus koperasi", "no period"),
    (2, "Faktor Pendukung", "Capaian meningkat dibandingkan tahun 2024 karena seluruh koperasi telah didampingi.", "last year compared with"),
    (4, "Tindak Lanjut", "Sisa kegiatan yang belum terlaksana akan dilanjutkan pada triwulan I tahun 2026.", "next year's quarter"),
    # (revnarasi50) a later quarter of the year named without "akan" is when the work will be done, as
    # the seed's "belum tercapai maksimal karena pelaksanaan pada Triwulan III dan IV" (l.839): no text
    # left from an earlier workbook (were: "menyebut Triwulan III dan Triwulan IV, tetapi laporan ini
    # Triwulan II")
    (2, "Upaya / Solusi", "1. Percepatan pelaksanaan kegiatan pada triwulan III dan IV\n2. Pendampingan koperasi secara berkelanjutan", "an effort's later quarters"),
    (3, "Upaya / Solusi", "Melakukan percepatan penyerapan anggaran pada Triwulan IV", "Triwulan IV in Triwulan III"),
    (2, "Faktor Penghambat", "Realisasi anggaran rendah karena pembayaran dilakukan pada triwulan III", "a payment scheduled later"),
    (3, "Faktor Penghambat", "Capaian rendah karena kegiatan baru dilaksanakan pada TW IV", "'baru dilaksanakan' later"),
    # (revnarasi50) a later quarter in a list's second point after a long first one: the "Tindak lanjut:"
    # header reached only 8 words into the list (was: "menyebut Triwulan III")
    (2, "Tindak Lanjut", "1. Melaksanakan pengawasan koperasi secara berkelanjutan dan terus menerus di seluruh kecamatan\n2. Melaksanakan pelatihan pada triwulan III", "the list's second point"),
    (2, "Upaya / Solusi", "1. Melaksanakan pengawasan koperasi secara berkelanjutan dan terus menerus di seluruh kecamatan\n2. Melaksanakan pelatihan pada triwulan III", "an effort's second point"),
]  # fmt: skip


@pytest.mark.parametrize(("tw", "column", "teks", "pesan"), LEFTOVERS)
def test_a_text_left_from_another_period_is_a_peringatan_at_its_cell(tw, column, teks, pesan):
    assert _said(_report(tw, column, teks)) == [(SEL[column], pesan)]


@pytest.mark.parametrize(("tw", "column", "teks", "alasan"), QUIET)
def test_an_honest_analisis_text_stays_quiet(tw, column, teks, alasan):
    assert _said(_report(tw, column, teks)) == [], alasan


def test_the_quarter_asked_for_is_named_as_the_narasi_names_it():
    """`--triwulan 3` over Pengaturan's Triwulan II: the Triwulan II workbook's plan for Agustus (8, a
    month of Triwulan III) is stale, and the message says where the quarter came from."""
    teks = "Pameran produk UMKM akan diikuti pada bulan Agustus 2025."
    report = _report(2, "Upaya / Solusi", teks, asked=3)
    assert _said(report) == [
        (
            "E2",
            'Upaya / Solusi Kode "S1" masih menyebut rencana untuk bulan Agustus 2025, padahal laporan ini '
            "melaporkan hasil Triwulan III Tahun 2025 yang sudah berakhir (--triwulan 3): perbarui "
            "teksnya untuk triwulan ini",
        )
    ]
    assert _said(_report(2, "Upaya / Solusi", teks)) == []  # in Triwulan II Agustus is still to come


def test_a_row_of_one_indicator_names_it():
    report = _report(
        2, "Faktor Penghambat", "Capaian Triwulan I belum optimal.", indikator="Persentase koperasi sehat"
    )
    assert _said(report) == [
        (
            "D2",
            'Faktor Penghambat Kode "S1" indikator "Persentase koperasi sehat" menyebut Triwulan I, tetapi '
            "laporan ini Triwulan II Tahun 2025 (Pengaturan, Triwulan): perbarui teksnya untuk triwulan ini",
        )
    ]


def test_the_stale_cell_is_marked_where_its_points_are_printed():
    """3.2.1 (the Word report and the Analisis Capaian sheet): "[isi: ...]" under the cell's points,
    naming the cell, as a figure the table contradicts is (angka_teks); the honest cell has none."""
    from lkj_xl.core.analisis_bagian import Bagian, analisis_entries, faktor_butir

    report = _report(
        2, "Upaya / Solusi", "Pelatihan digital marketing akan dilaksanakan pada bulan Mei 2025."
    )
    bagian = Bagian("3.2.1")
    assert faktor_butir(
        bagian, analisis_entries(report, "S1"), "tercapainya sasaran ini", findings=report.findings
    )
    texts = [b.teks for b in bagian.blok]
    i = texts.index("Pelatihan digital marketing akan dilaksanakan pada bulan Mei 2025.")
    assert texts[i + 1] == f"[isi: {_rencana('Upaya / Solusi', 'bulan Mei 2025', 2)}; perbaiki Analisis!E2]"
    quiet = _report(2, "Upaya / Solusi", "Pelatihan lanjutan akan dilaksanakan pada bulan Oktober 2025.")
    bagian = Bagian("3.2.1")
    faktor_butir(bagian, analisis_entries(quiet, "S1"), "tercapainya sasaran ini", findings=quiet.findings)
    assert not [b for b in bagian.blok if b.teks.startswith("[isi:")]


def test_the_seeds_analisis_gets_no_peringatan_in_its_quarter_nor_copied_to_the_next():
    """The example workbook (Triwulan II 2025, the seed's 3.2.1 and Bab IV points): nothing stale in
    its own report; computed for Triwulan III (the workbook copied forward) its "(telah dilaksanakan di
    triwulan I/II)" points are history told as history."""
    from pathlib import Path

    from lkj_xl.xlsx.read import read_grids
    from tests.common import EXAMPLE

    data = parse_workbook(*read_grids(Path(EXAMPLE).read_bytes()))
    for asked in (None, 3):
        assert _said(compute(data, asked)) == []


@pytest.mark.parametrize(
    ("teks", "kode", "named"),
    [
        # (Narasi too) a numbered or bulleted point opens its clause as a sentence does
        (
            "1) Pada Triwulan IV akan dilakukan percepatan realisasi anggaran.",
            "T4",
            ["rencana untuk Triwulan IV"],
        ),
        (
            "Tindak lanjut:\n- Pada bulan Mei 2025 akan dilaksanakan temu bisnis.",
            "T2",
            ["rencana untuk bulan Mei 2025"],
        ),
        (
            "a. Pada Triwulan III, sesuai jadwal, akan dilaksanakan pelatihan UMKM.",
            "T3",
            ["rencana untuk Triwulan III"],
        ),
    ],
)
def test_a_list_item_opening_with_its_period_plans_for_it(teks, kode, named):
    assert _lain(teks, kode, 2025) == named


@pytest.mark.parametrize(
    "teks",
    [
        "1) Pada TW IV, sesuai jadwal, akan dilaksanakan pameran produk UMKM.",  # a later quarter in T3
        "- Pada Triwulan III telah dilaksanakan pelatihan bagi 40 pelaku usaha.",  # done
    ],
)
def test_a_list_item_of_a_later_period_or_told_as_done_stays_quiet(teks):
    assert _lain(teks, "T3", 2025) == []


def test_the_stale_cell_is_marked_in_the_built_workbook_and_the_word_report(tmp_path):
    """The example (Triwulan II 2025) with S2's Tindak Lanjut (Analisis!F7) still planning a month that
    has passed (Mei, 5, before Juni): the same "[isi: ...]" line under its points in the Analisis
    Capaian sheet and in the Word report."""
    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from tests.common import example_typed
    from tests.helpers_print import docx_paragraphs

    teks = "1. Melaksanakan pendampingan RAT\n2. Melaksanakan temu bisnis koperasi pada bulan Mei 2025"
    workbook = example_typed(tmp_path, "sisa", 2, {("Analisis", "F7"): teks})
    built = CliRunner().invoke(main, ["build", str(workbook)])
    assert built.exit_code == 0, built.output
    pesan = _rencana("Tindak Lanjut", "bulan Mei 2025", 2).replace('Kode "S1"', 'Kode "S2"')
    mark = f"[isi: {pesan}; perbaiki Analisis!F7]"
    sheet = openpyxl.load_workbook(workbook)["Analisis Capaian"]
    texts = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v]
    # (revnarasi50) the sheet prints the point twice, in 3.2.1 and in Bab IV's follow-up list: marked
    # at both; the Word report's Bab IV holds the Narasi's Bagian "Tindak Lanjut" in its place
    assert [t for t in texts if t.startswith("[isi:") and "bulan Mei 2025" in t] == [mark, mark]
    assert len([t for t in texts if t.endswith("temu bisnis koperasi pada bulan Mei 2025")]) == 2
    out = tmp_path / "laporan.docx"
    result = CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert [t for t in docx_paragraphs(out) if t.startswith("[isi:") and "bulan Mei 2025" in t] == [mark]


def _with_sub_kegiatan(teks: str):
    """S1 -> P1 -> K1 -> SK1 (each one % indicator, target 80, TW II 68), the Sub Kegiatan SK1's Tindak
    Lanjut typed ``teks``; Triwulan II 2025. The report prints a Sub Kegiatan's follow-up only in Bab IV's
    list ("tindak lanjut dan upaya ... sebagai berikut:"), not in 3.2.x."""
    rows = [
        kinerja_row("T1", "Tujuan", "", "Ekonomi tumbuh", "Pertumbuhan ekonomi", 80, (None, 68, None, None)),
        kinerja_row("S1", "Sasaran", "T1", "Koperasi sehat", "Persentase koperasi sehat", 80, (None, 68, None, None)),
        kinerja_row("P1", "Program", "S1", "Program pengawasan koperasi", "Persentase koperasi diawasi", 80, (None, 68, None, None)),
        kinerja_row("K1", "Kegiatan", "P1", "Pemeriksaan koperasi", "Persentase koperasi diperiksa", 80, (None, 68, None, None)),
        kinerja_row("SK1", "Sub Kegiatan", "K1", "Pemeriksaan KSP", "Persentase KSP diperiksa", 80, (None, 68, None, None)),
    ]  # fmt: skip
    books = workbook(rows, triwulan=2)
    books["Analisis"] = grid([ANALISIS_HEADERS, ["SK1", "", None, None, None, teks]])
    return compute(parse_workbook(books))


def test_a_stale_follow_up_is_marked_in_bab_iv_where_it_is_printed():
    """(revnarasi50) Bab IV lists every node's Tindak Lanjut again (the Analisis Capaian sheet always, the
    Word report when the Narasi has no Bagian "Tindak Lanjut"): a Sub Kegiatan's stale point (Mei, 5, has
    passed by Juni) is printed there only, and was printed without its "[isi: ...]" line, so the sheet and
    the Word report showed it as this quarter's plan."""
    from lkj_xl.core.analisis_teks import penutup

    point = "Melaksanakan pemeriksaan KSP pada bulan Mei 2025"
    report = _with_sub_kegiatan(point)
    pesan = _rencana("Tindak Lanjut", "bulan Mei 2025", 2).replace('Kode "S1"', 'Kode "SK1"')
    assert _said(report) == [("F2", pesan)]
    texts = [b.teks for b in penutup(report).blok]
    i = texts.index(point)
    assert texts[i + 1] == f"[isi: {pesan}; perbaiki Analisis!F2]"
    # an honest plan (Oktober, after Juni) has no mark
    quiet = _with_sub_kegiatan("Melaksanakan pemeriksaan KSP pada bulan Oktober 2025")
    assert not [b for b in penutup(quiet).blok if b.teks.startswith("[isi:")]
