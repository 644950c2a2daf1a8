"""The LKjIP document read as the Inspektorat reads it before it is signed (round 1): every table or
figure a sentence cites is one the document holds.

Workbooks are the example (../shared/seeds/000_237f033edcd5cb60.txt, "l.N"); its Narasi sheet holds
the seed's own texts, verbatim.
"""

from __future__ import annotations

import re
import shutil

import pytest
from click.testing import CliRunner

docx = pytest.importorskip("docx")

from lkj_xl.cli import main  # noqa: E402
from lkj_xl.core.narasi import GAMBAR_LAPORAN, TABEL_LAPORAN  # noqa: E402
from tests.test_laporan import EXAMPLE  # noqa: E402


@pytest.fixture(scope="module")
def example(tmp_path_factory) -> tuple[object, str]:
    """The example's document and what ``lkj-xl laporan`` printed on stderr."""
    workbook = tmp_path_factory.mktemp("reader-round1") / "contoh.xlsx"
    shutil.copy(EXAMPLE, workbook)
    out = workbook.with_suffix(".docx")
    result = CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return docx.Document(str(out)), result.stderr


def _paragraphs(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def test_the_document_holds_every_table_and_figure_number_the_narasi_check_knows(example):
    """The check of cited tables compares with TABEL_LAPORAN / GAMBAR_LAPORAN: they must be the
    captions the document writes (Tabel 2.1-2.4, 3.1-3.4, L.1, L.2; Gambar 3.1, 3.2), or the check
    would pass a missing one or flag one that is there."""
    document, _ = example
    captions = [p.text for p in document.paragraphs if p.style.name in ("Judul Tabel", "Judul Gambar")]
    tabel = {m.group(1) for t in captions if (m := re.match(r"Tabel (\S+) ", t))}
    gambar = {m.group(1) for t in captions if (m := re.match(r"Gambar (\S+) ", t))}
    assert tabel == set(TABEL_LAPORAN) and gambar == set(GAMBAR_LAPORAN)
    assert tabel == {"2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "L.1", "L.2"}


def test_a_narasi_text_citing_a_table_the_document_lacks_says_so_where_the_reader_meets_it(example):
    """The seed's 1.1.3 reads "Berdasarkan tabel 1.1 di atas, total pegawai ... 240 orang" (l.268) and
    its 1.1.4 ends "disajikan pada tabel 1.2. di bawah ini:" (l.272): in the seed those tables are
    images (l.254, l.274) that the workbook does not hold, so the document printed both sentences with
    no Tabel 1.1 above and no Tabel 1.2 below, and said nothing. The reader must see what is missing
    (a placeholder beside the sentence) and ``lkj-xl laporan`` must name the Narasi cell (B13, B14 in
    the example). Tabel 2.1, cited by the Bagian "Indikator Kinerja Utama" (Narasi!B20), is in the
    document: no placeholder and no peringatan for it."""
    document, stderr = example
    texts = _paragraphs(document)
    sdm = next(i for i, t in enumerate(texts) if t.startswith("Berdasarkan tabel 1.1 di atas"))
    sarana = next(i for i, t in enumerate(texts) if t.endswith("disajikan pada tabel 1.2. di bawah ini:"))
    assert "Tabel 1.1" in texts[sdm + 1] and "tidak ada dalam laporan ini" in texts[sdm + 1]
    assert "Tabel 1.2" in texts[sarana + 1] and "tidak ada dalam laporan ini" in texts[sarana + 1]
    assert texts[sdm + 1].startswith("[isi: ") and 'Bagian "Sumber Daya Manusia"' in texts[sdm + 1]
    warnings = [line for line in stderr.splitlines() if line.startswith("warning: ")]
    assert any("Narasi!B13" in w and "Tabel 1.1" in w for w in warnings), stderr
    assert any("Narasi!B14" in w and "Tabel 1.2" in w for w in warnings), stderr
    assert not any("Tabel 2.1" in w for w in warnings), stderr
    iku = next(i for i, t in enumerate(texts) if "disajikan pada Tabel 2.1" in t)
    assert not texts[iku + 1].startswith("[isi: ")


# The example's Narasi cells that say "Triwulan II": Kata Pengantar (B3, B5), Pendahuluan (B9) and
# Tindak Lanjut (B26), the seed's words (l.100-110, l.975).
NARASI_TRIWULAN_II = {"Narasi!B3", "Narasi!B5", "Narasi!B9", "Narasi!B26"}


def narasi_cells(lines: list[str]) -> set[str]:
    """The Narasi cell each line names ("Narasi!B9")."""
    return {re.search(r"Narasi!B\d+", line).group(0) for line in lines}


def test_a_narasi_text_written_for_another_quarter_is_pointed_out(tmp_path):
    """Staff copy last quarter's workbook and change Pengaturan's Triwulan: the example set to
    Triwulan IV prints TRIWULAN IV on the cover and "s.d. Triwulan IV" in every table, while its
    Kata Pengantar (Narasi!B3, B5), Pendahuluan (B9) and Tindak Lanjut (B26) still say "Triwulan II"
    (the seed's words, l.100-110, l.975), and nothing said so. Each such cell is a peringatan naming
    both quarters, and the document marks the paragraph. A text naming no quarter ("baik triwulan
    maupun tahunan", B23) or the reported one (the same workbook at Triwulan II) is not."""
    import openpyxl

    workbook = tmp_path / "tw4.xlsx"
    shutil.copy(EXAMPLE, workbook)
    wb = openpyxl.load_workbook(workbook)
    assert wb["Pengaturan"]["A7"].value == "Triwulan"
    wb["Pengaturan"]["B7"] = 4
    wb.save(workbook)
    out = workbook.with_suffix(".docx")
    result = CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(out)])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "Triwulan II" in line]
    assert narasi_cells(warnings) == NARASI_TRIWULAN_II, result.stderr
    assert all("Triwulan IV" in w for w in warnings), warnings
    texts = _paragraphs(docx.Document(str(out)))
    pengantar = next(i for i, t in enumerate(texts) if t.startswith("Puji Syukur kami panjatkan"))
    assert texts[pengantar + 1].startswith("[isi: ") and "Triwulan IV" in texts[pengantar + 1]


def test_the_reported_quarter_named_in_the_narasi_is_no_peringatan(example):
    """The example as it is (Triwulan II, its texts say Triwulan II): no such peringatan."""
    _, stderr = example
    assert "Triwulan II" not in stderr, stderr


def test_a_realisasi_from_an_earlier_quarter_says_which_quarter_it_is(example, tmp_path):
    """Nilai Investasi (T2, Kumulatif) has 193.900 juta under TW I and "-" under TW II in the example
    (seed Tabel 3.1, l.975-980: realisasi TW II of DPMPTSP released 10 July, l.520). Its realisasi s.d.
    TW II is TW I's 193.900 juta (the seed: "dikarenakan merupakan realisasi triwulan I", l.520), but
    3.1.3 and 3.2.3 said "terealisasi s.d. Triwulan II Tahun 2025 sebesar 193.900,00 juta" and
    "realisasi 193.900,00 juta", as if it were the half year's. Both sentences, in the document and in
    the built workbook's Analisis Capaian sheet (one text), now say the figure runs to TW I and what
    TW II holds. Persentase koperasi yang taat (S2: TW I 25, TW II 4, sum 29) has TW II's figure: no
    such words."""
    import openpyxl

    document, _ = example
    note = 'Rp 193.900,00 juta (data s.d. Triwulan I; realisasi Triwulan II belum ada: "-")'
    texts = _paragraphs(document)
    data = next(t for t in texts if t.startswith("Tujuan ini diukur") and "Nilai Investasi" in t)
    program = next(t for t in texts if t.startswith("Indikator Nilai Investasi dengan target"))
    assert f"terealisasi s.d. Triwulan II Tahun 2025 sebesar {note} dengan capaian 15,12%" in data
    assert f"dan realisasi {note} sehingga capaiannya 15,12%" in program
    koperasi = next(t for t in texts if t.startswith("Sasaran ini diukur") and "taat akan" in t)
    assert "sebesar 29,00% dengan capaian 71,24%" in koperasi and "data s.d." not in koperasi

    workbook = tmp_path / "contoh.xlsx"
    shutil.copy(EXAMPLE, workbook)
    built = tmp_path / "contoh-built.xlsx"
    result = CliRunner().invoke(main, ["build", str(workbook), "-o", str(built)])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(built)["Analisis Capaian"]
    cells = [v for row in sheet.iter_rows(values_only=True) for v in row if isinstance(v, str)]
    assert data in cells and program in cells


def test_bab_iv_says_each_thing_once_when_staff_wrote_the_penutup_and_tindak_lanjut(example):
    """The example's Narasi holds the seed's Bab IV (l.973: "Berdasarkan analisis capaian kinerja
    ... Tujuan rencana strategis ... adalah ..."; l.1000: "Berdasarkan hasil kinerja yang telah
    dicapai ... tindak lanjut ... sebagai berikut :" with its Sektor lists). The document printed
    staff's paragraph and then its own paragraph saying the same, and the tindak lanjut twice (per
    Sasaran from the Analisis sheet, then staff's per Sektor, under the same opening sentence). Staff's
    text stands for the generated one of the same part; the measurement's lists and the budget
    sentence (computed, l.983-995) are kept, once."""
    document, _ = example
    texts = _paragraphs(document)
    bab4 = texts[max(i for i, t in enumerate(texts) if t.startswith("BAB IV")) :]
    bab4 = bab4[: next(i for i, t in enumerate(bab4) if t.startswith("LAMPIRAN"))]
    assert sum(t.startswith("Berdasarkan analisis capaian kinerja") for t in bab4) == 1
    assert sum("tindak lanjut dan upaya" in t for t in bab4) == 1
    # "Melaksanakan pendampingan RAT" is in both the Analisis sheet (S2) and Narasi's Sektor Koperasi.
    assert sum("Melaksanakan pendampingan RAT" in t for t in bab4) == 1
    assert "Berdasarkan hasil pengukuran kinerja dapat diketahui:" in bab4
    # The budget sentence: Rp 27.805.047.633 and Rp 6.835.975.140 (seed Tabel 3.4, l.966), 24,59%.
    assert any("Rp 27.805.047.633" in t and "Rp 6.835.975.140" in t and "24,59%" in t for t in bab4)


def test_bab_iv_lists_the_sasaran_staff_text_leads_into(example):
    """Staff's Penutup ends "menetapkan empat sasaran kinerja antara lain :" (l.973): the four Sasaran
    of the example's Kinerja follow it as points, as the seed's table followed it."""
    document, _ = example
    texts = _paragraphs(document)
    at = next(i for i, t in enumerate(texts) if t.endswith("menetapkan empat sasaran kinerja antara lain :"))
    points = [t.split("\t", 1)[-1] for t in texts[at + 1 : at + 5]]
    assert points == [
        "Meningkatnya pertumbuhan sektor industri",
        "Meningkatnya kualitas Koperasi",
        "Meningkatnya Kualitas Usaha Mikro",
        "Meningkatnya Nilai PDRB sektor Perdagangan",
    ]
