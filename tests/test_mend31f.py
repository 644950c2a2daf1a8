"""Review of staff round 33: staff's lines kept as typed, "-" per Narasi section, one bullet set.

Found: a line starting in lower case was joined to the line before whenever that one ended without
".:;!?": a Narasi list under a heading, an address block, a heading over its paragraph and an Analisis
point over the next printed as one run-on paragraph in the signed report. Only a line as long as a PDF's
printed line is a wrapped one now. And "-" in a Narasi section that is an optional part of the report
(an introduction to a table the report prints anyway, the cover's address, staff's own Tindak Lanjut)
means "none", as "-" in an Analisis cell does; in a required part it keeps the placeholder and says what
to write.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import PERINGATAN, Cell
from lkj_xl.core.narasi import parse_narasi
from lkj_xl.core.parse_analisis import split_points


def _narasi(bagian: str, teks: str):
    return parse_narasi([[Cell("Bagian"), Cell("Teks")], [Cell(bagian), Cell(teks)]])  # Teks in B2


# --- lines typed one under another stay as typed ------------------------------------------------------


@pytest.mark.parametrize(
    "bagian, typed",
    [
        # a heading over its list: the items are short, the heading too
        (
            "Isu Strategis",
            "Sasaran yang dicapai\nmeningkatnya kualitas koperasi\nmeningkatnya daya saing UMKM",
        ),
        # an address block: each line a line of the cover
        (
            "Alamat",
            "Jl. Letkol Slamet Wardoyo No. 33 Lumajang\ntelepon (0334) 881234\n"
            "email: diskopukm@lumajangkab.go.id\nwebsite: diskopukm.lumajangkab.go.id",
        ),
        # a heading over its paragraph
        (
            "Tugas dan Fungsi",
            "Tugas pokok\nmembantu Bupati melaksanakan urusan pemerintahan bidang koperasi.",
        ),
        # a long lead-in without a colon over its (short) items
        (
            "Isu Strategis",
            "Isu-isu strategis yang perlu diperhatikan oleh Dinas Koperasi dalam tugasnya antara lain\n"
            "penanggulangan kemiskinan\npeningkatan daya saing UMKM",
        ),
        # a long line over a "label:" line
        (
            "Alamat",
            "Dinas Koperasi, Usaha Kecil Menengah, Perindustrian dan Perdagangan Kabupaten Lumajang\n"
            "email: diskopukm@lumajangkab.go.id",
        ),
    ],
)
def test_narasi_lines_typed_one_under_another_are_kept_as_typed(bagian, typed):
    assert _narasi(bagian, typed).get(bagian) == typed


def test_analisis_points_typed_under_a_number_are_kept_apart():
    # "1. Koperasi aktif" then "koperasi tidak aktif": two things typed, not one wrapped line
    assert split_points("1. Koperasi aktif\nkoperasi tidak aktif") == [
        "Koperasi aktif",
        "koperasi tidak aktif",
    ]


# --- a paragraph pasted from a PDF is still one paragraph ---------------------------------------------

# The seed's Pendahuluan (l.104) as an A4 PDF prints it, ~85 characters a line: every line but the last
# runs to the margin (>= 60 characters), the next starts in lower case.
_SEED_104 = (
    "Dinas Koperasi, Usaha Kecil Menengah, Perindustrian dan Perdagangan (Diskopindag)\n"
    "Kabupaten Lumajang menyusun Laporan Kinerja Triwulan II Tahun 2025 secara sistematis\n"
    "dan terukur. Laporan ini bertujuan untuk memberikan gambaran nyata atas tingkat\n"
    "pencapaian kinerja berdasarkan indikator dan target yang telah ditetapkan, sekaligus\n"
    "menjadi sarana evaluasi."
)


def test_a_narasi_paragraph_pasted_from_a_pdf_is_joined():
    # "(Diskopindag)" / "Kabupaten": a capital after the line break stays a line (as typed)
    assert _narasi("Pendahuluan", _SEED_104).get("Pendahuluan") == (
        "Dinas Koperasi, Usaha Kecil Menengah, Perindustrian dan Perdagangan (Diskopindag)\n"
        "Kabupaten Lumajang menyusun Laporan Kinerja Triwulan II Tahun 2025 secara sistematis "
        "dan terukur. Laporan ini bertujuan untuk memberikan gambaran nyata atas tingkat "
        "pencapaian kinerja berdasarkan indikator dan target yang telah ditetapkan, sekaligus "
        "menjadi sarana evaluasi."
    )


def test_a_pdf_paragraph_ending_in_a_short_last_line_is_joined():
    # the last printed line of a sentence may be one word: it ends the sentence, so it is no list item
    pasted = (
        "Laporan Kinerja ini menjadi sarana evaluasi kinerja selama periode bulan April sampai\n"
        "Juni 2025 sehingga dapat memberikan umpan balik bagi upaya perbaikan pada masa yang\n"
        "produktif."
    )
    assert _narasi("Kata Pengantar", pasted).get("Kata Pengantar") == (
        "Laporan Kinerja ini menjadi sarana evaluasi kinerja selama periode bulan April sampai\n"
        "Juni 2025 sehingga dapat memberikan umpan balik bagi upaya perbaikan pada masa yang produktif."
    )


def test_an_analisis_point_pasted_from_a_pdf_is_one_point():
    pasted = (
        "1. Terlaksananya pelatihan pembuatan konten pemasaran online bagi UMKM binaan di seluruh\n"
        "kecamatan Kabupaten Lumajang melalui dukungan APBD\n2. Dukungan APBD"
    )
    assert split_points(pasted) == [
        "Terlaksananya pelatihan pembuatan konten pemasaran online bagi UMKM binaan di seluruh "
        "kecamatan Kabupaten Lumajang melalui dukungan APBD",
        "Dukungan APBD",
    ]


# --- "-" alone in a Narasi section --------------------------------------------------------------------


@pytest.mark.parametrize(
    "bagian", ["Indikator Kinerja Utama", "Perjanjian Kinerja", "Program dan Kegiatan", "Pengukuran Kinerja",
               "Tindak Lanjut", "Alamat"],
)  # fmt: skip
@pytest.mark.parametrize("typed", ["-", " - ", "--", "–", "—"])
def test_a_dash_in_an_optional_section_means_none(bagian, typed):
    narasi = _narasi(bagian, typed)
    assert narasi.get(bagian) == "" and narasi.findings == []
    assert narasi.kosong(bagian)  # the document prints nothing there, no [isi: ...]


@pytest.mark.parametrize(
    "bagian, tulis",
    [
        ("Pendahuluan", "latar belakang penyusunan laporan kinerja"),
        ("Kata Pengantar", "kata pengantar kepala perangkat daerah"),
        ("Isu Strategis", "isu-isu strategis perangkat daerah"),
        ("Penutup", "kesimpulan"),
        ("Formulasi S2", "Formulasi"),
    ],
)
def test_a_dash_in_a_required_section_keeps_the_placeholder_and_says_what_to_write(bagian, tulis):
    narasi = _narasi(bagian, "-")
    assert narasi.get(bagian) == "" and not narasi.kosong(bagian)
    (said,) = narasi.findings
    assert (said.severity, said.sel) == (PERINGATAN, "B2")
    assert "wajib" in said.pesan and tulis in said.pesan, said.pesan


def test_dots_in_an_optional_section_stay_not_yet_written_and_say_how_to_leave_it_out():
    narasi = _narasi("Pengukuran Kinerja", "...")
    assert not narasi.kosong("Pengukuran Kinerja")
    (said,) = narasi.findings
    assert "belum ditulis" in said.pesan and '"-"' in said.pesan


def test_the_word_report_prints_nothing_for_a_dash_in_an_optional_section(tmp_path):
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from tests.common import example_typed
    from tests.helpers_print import docx_paragraphs

    # the example's Narasi: B23/B24 Pengukuran Kinerja, B7 Pendahuluan (required, B8/B9 too)
    workbook = example_typed(
        tmp_path,
        "strip",
        2,
        {("Narasi", "B23"): "-", ("Narasi", "B24"): "-", ("Narasi", "B7"): "-", ("Narasi", "B8"): "-",
         ("Narasi", "B9"): "-"},
    )  # fmt: skip
    out = tmp_path / "laporan.docx"
    result = CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(out)])
    assert result.exit_code == 0, result.output
    flat = "\n".join(docx_paragraphs(out))
    assert 'Bagian "Pengukuran Kinerja"' not in flat and "Narasi!B23" not in result.output
    assert 'Bagian "Pendahuluan"' in flat and "Narasi!B7" in result.output


# --- one set of bullet characters -----------------------------------------------------------------------


def test_the_word_report_and_analisis_read_the_same_bullets():
    from lkj_xl.core import parse_analisis
    from lkj_xl.laporan import document

    for mark in parse_analisis.BULLETS:
        assert document._BULLET.match(f"{mark}\tbutir"), mark
        assert split_points(f"{mark} butir") == ["butir"], mark
