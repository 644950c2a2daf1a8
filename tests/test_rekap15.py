"""Rekap, round 15 (a Bappeda collecting its agencies' workbooks).

1. An agency that sent only a PDF (or a .docx) into the collection folder was missing from the rekap
   without a word: the folder listing passes over every file that is no spreadsheet.
2. An agency's name typed with "(Revisi)" / "- revisi" in Pengaturan beside its original file was two
   agencies: its pagu summed twice, only a "Rencana sama" note saying anything.
3. "Kab. Lumajang" in one quarter's files and "Kabupaten Lumajang" in the next gave the same agency two
   kunci: the quarters did not join.
4. Collection names (WhatsApp "(1)", "Copy of", "- Salinan"), a folder given twice, a file given both
   by name and inside its folder: each agency counted once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.core import rekap as core
from lkj_xl.xlsx.template import new_workbook
from tests.test_rekap_round3 import anggaran, kinerja

# Every workbook below types the pagu "1.000.000.000" in Anggaran (one program): each agency's pagu is
# Rp1.000.000.000, so a Pemda of n agencies counted once each has n x 1.000.000.000.
PAGU = 1_000_000_000


def _workbook(path: Path, pemda: str, opd: str, triwulan: int = 2, capaian: str = "90") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    new_workbook(
        path,
        pengaturan={c.P_PEMDA: pemda, c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: triwulan},
        kinerja=kinerja(capaian, "9%"),
        anggaran=anggaran("1.000.000.000", "100 jt", "150 jt"),
    )
    return path


def _rekap_of(folder: Path, agencies: list[tuple[str, str]]) -> lkj_xl.Rekap:
    """The rekap of one workbook per (Pemda, agency) in ``folder``, named a.xlsx, b.xlsx, ..."""
    for letter, (pemda, opd) in zip("abcdefgh", agencies):
        _workbook(folder / f"{letter}.xlsx", pemda, opd)
    return lkj_xl.rekap(folder, jobs=1)


def _jenis(result: lkj_xl.Rekap) -> set[str]:
    return set(result.peringatan["jenis"])


# --- 2. "(Revisi)" typed in the agency's name -------------------------------------------------------


@pytest.mark.parametrize(
    "revised",
    [
        "Dinas Kesehatan (Revisi)",
        "Dinas Kesehatan - revisi",
        "DINAS KESEHATAN REVISI 2",
        "Dinas Kesehatan (rev.1)",
        "Dinas Kesehatan [Perbaikan]",
        "Dinas Kesehatan \u2013 Revisi ke-2",
    ],
)
def test_an_agency_name_typed_with_revisi_is_the_same_agency_counted_once(tmp_path, revised):
    folder = tmp_path / "tw2"
    _workbook(folder / "dinkes.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan", capaian="80")
    _workbook(folder / "dinkes revisi.xlsx", "Kabupaten Lumajang", revised, capaian="85")
    _workbook(folder / "dinsos.xlsx", "Kabupaten Lumajang", "Dinas Sosial")
    result = lkj_xl.rekap(folder, jobs=1)
    # two agencies (Dinas Kesehatan once, Dinas Sosial): 2 x 1.000.000.000, never 3 x
    assert len(result.perangkat_daerah) == 2
    assert result.perangkat_daerah["pagu"].sum() == 2 * PAGU
    assert "Perangkat daerah ganda" in _jenis(result)
    statuses = dict(
        zip(result.pemeriksaan["berkas"].map(lambda b: Path(b).name), result.pemeriksaan["status"])
    )
    assert sorted(statuses.values()).count("dibaca") == 2 and len(statuses) == 3


def test_revisi_in_the_name_keeps_the_agencys_kunci_across_quarters(tmp_path):
    tw1 = lkj_xl.rekap(
        _workbook(tmp_path / "tw1" / "dinkes.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan", 1), jobs=1
    )
    tw2 = lkj_xl.rekap(
        _workbook(tmp_path / "tw2" / "dinkes.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan (Revisi)", 2),
        jobs=1,
    )
    assert list(tw1.perangkat_daerah["kunci"]) == list(tw2.perangkat_daerah["kunci"])
    assert list(tw1.indikator["kunci"]) == list(tw2.indikator["kunci"])
    assert list(tw1.program["kunci"]) == list(tw2.program["kunci"])


def test_a_name_that_only_looks_like_a_revision_is_kept_apart(tmp_path):
    # "Badan Perencanaan" and "Badan Perencanaan Revisi Tata Ruang" are not one agency; nor is a name
    # of "revisi" alone stripped to nothing.
    names = ["Badan Perencanaan", "Badan Perencanaan Revisi Tata Ruang", "Revisi"]
    result = _rekap_of(tmp_path / "tw2", [("Kabupaten Lumajang", name) for name in names])
    assert len(result.perangkat_daerah) == 3 and result.perangkat_daerah["pagu"].sum() == 3 * PAGU
    assert "Perangkat daerah ganda" not in _jenis(result)


# --- 1. a PDF or Word report in the collection folder ----------------------------------------------

_ONLY_PDF = "Dinas Sosial - LKjIP TW2 2025.pdf"


def _collection(tmp_path: Path) -> Path:
    """Two agencies sent their workbooks; a third, Dinas Sosial, only its report as PDF; a fourth its
    report as Word; the cover letter (PDF) and Windows' desktop.ini lie beside them."""
    folder = tmp_path / "tw2"
    _workbook(folder / "dinkes.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan")
    _workbook(folder / "DISDIK" / "lkjip.xlsx", "Kabupaten Lumajang", "Dinas Pendidikan")
    (folder / _ONLY_PDF).write_bytes(b"%PDF-1.4\n")
    (folder / "DPMPTSP").mkdir()
    (folder / "DPMPTSP" / "Laporan Kinerja TW II.docx").write_bytes(b"PK\x03\x04")
    (folder / "surat pengantar.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "desktop.ini").write_text("[.ShellClassInfo]\n")
    # what lkj-xl pdf / laporan wrote beside Dinas Kesehatan's workbook (as they write it: mend35d): its
    # agency is read
    for twin in ("dinkes.pdf", "dinkes-laporan.pdf"):
        (folder / twin).write_bytes(LIBREOFFICE_PDF)
    lkj_xl_docx(folder / "dinkes.docx")
    return folder


# What LibreOffice (lkj-xl pdf's and laporan's engine) writes at a PDF's end: Creator "Calc",
# Producer "LibreOffice 7.4", as UTF-16 hex strings (a real `lkj-xl pdf` output's Info dictionary).
LIBREOFFICE_PDF = (
    b"%PDF-1.4\n1 0 obj\n<</Creator<FEFF00430061006C0063>\n"
    b"/Producer<FEFF004C0069006200720065004F0066006600690063006500200037002E0034>\n>>\nendobj\n%%EOF\n"
)


def lkj_xl_docx(path: Path) -> Path:
    """A Word file with the core properties `lkj-xl laporan` writes (python-docx's: creator python-docx)."""
    import zipfile

    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr(
            "docProps/core.xml",
            '<cp:coreProperties xmlns:cp="x" xmlns:dc="y"><dc:creator>python-docx</dc:creator></cp:coreProperties>',
        )
    return path


def test_a_report_sent_as_pdf_or_word_only_is_named_in_peringatan(tmp_path):
    folder = _collection(tmp_path)
    result = lkj_xl.rekap(folder, jobs=1)
    # the two workbooks are read, each pagu once: 2 x 1.000.000.000
    assert len(result.perangkat_daerah) == 2 and result.perangkat_daerah["pagu"].sum() == 2 * PAGU
    # never a file to read: not in Pemeriksaan (tests/test_newuser4.py), not a failure
    assert not [b for b in result.pemeriksaan["berkas"] if not b.endswith(".xlsx")]
    assert result.status == 0
    table = result.peringatan
    (said,) = table[table["jenis"] == "Berkas bukan buku kerja"]["pesan"]
    assert _ONLY_PDF in said and "Laporan Kinerja TW II.docx" in said and "surat pengantar.pdf" in said
    assert "desktop.ini" not in said  # Windows' own file: nobody's report
    assert "dinkes" not in said  # the PDF and Word made from dinkes.xlsx, which is read
    assert "3 berkas" in said and "tidak direkap" in said and "minta buku kerja" in said


def test_the_cli_says_the_pdf_was_not_read(tmp_path):
    from click.testing import CliRunner

    from lkj_xl.cli import main

    folder = _collection(tmp_path)
    out = tmp_path / "rekap.xlsx"
    result = CliRunner().invoke(main, ["rekap", str(folder), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    (line,) = [x for x in result.stderr.splitlines() if _ONLY_PDF in x]
    assert line.startswith("warning:") and "bukan buku kerja" in line
    assert "2 of 2 workbooks" in result.stdout  # the PDFs are no workbooks read or not


def test_a_folder_without_other_files_has_no_such_warning(tmp_path):
    folder = tmp_path / "tw2"
    _workbook(folder / "dinkes.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan")
    (folder / "Thumbs.db").write_bytes(b"\0")
    assert "Berkas bukan buku kerja" not in _jenis(lkj_xl.rekap(folder, jobs=1))


# --- 4. collection names, a folder given twice, a file given twice ----------------------------------


def test_whatsapp_and_mail_copies_of_one_workbook_count_once(tmp_path):
    folder = tmp_path / "tw2"
    first = _workbook(folder / "LKJIP TW2.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan")
    for copy in ("LKJIP TW2 (1).xlsx", "Copy of LKJIP TW2.xlsx", "LKJIP TW2 - Salinan.xlsx"):
        (folder / copy).write_bytes(first.read_bytes())
    _workbook(folder / "dinsos.xlsx", "Kab. Lumajang", "Dinas Sosial")
    result = lkj_xl.rekap(folder, jobs=1)
    # Dinas Kesehatan once, Dinas Sosial once: 2 x 1.000.000.000
    assert len(result.perangkat_daerah) == 2 and result.perangkat_daerah["pagu"].sum() == 2 * PAGU
    assert list(result.pemeriksaan["status"]).count("dibaca") == 2
    assert list(result.pemeriksaan["status"]).count(core.GANDA) == 3


def test_a_folder_given_twice_or_a_file_given_beside_its_folder_counts_once(tmp_path):
    from click.testing import CliRunner

    from lkj_xl.cli import main

    folder = _collection(tmp_path)
    dinkes = folder / "dinkes.xlsx"
    for sources in ([folder, folder], [dinkes, folder], [folder, folder / "DISDIK", dinkes]):
        result = lkj_xl.rekap(sources, jobs=1)
        assert len(result.pemeriksaan) == 2 and result.perangkat_daerah["pagu"].sum() == 2 * PAGU
        (said,) = result.peringatan[result.peringatan["jenis"] == "Berkas bukan buku kerja"]["pesan"]
        assert said.count(_ONLY_PDF) == 1 and "3 berkas" in said
    out = tmp_path / "rekap.json"
    args = ["rekap", str(dinkes), str(folder), str(folder), "--format", "json", "-o", str(out), "--jobs", "1"]
    cli = CliRunner().invoke(main, args)
    assert cli.exit_code == 0, cli.output
    assert "2 of 2 workbooks" in cli.stdout
    assert [x for x in cli.stderr.splitlines() if _ONLY_PDF in x][0].count(_ONLY_PDF) == 1


# --- 3. "Kab. Lumajang" one quarter, "Kabupaten Lumajang" the next --------------------------------


@pytest.mark.parametrize(
    ("tw1_pemda", "tw1_opd"),
    [
        ("Kab. Lumajang", "Dinas Kesehatan"),
        ("Pemerintah Kabupaten Lumajang", "Dinas Kesehatan"),
        ("PEMKAB. LUMAJANG", "DINAS KESEHATAN"),
        ("Pemerintah Daerah Kab Lumajang", "Dinas  Kesehatan (Revisi)"),
    ],
)
def test_the_pemda_spelt_otherwise_next_quarter_keeps_the_kunci(tmp_path, tw1_pemda, tw1_opd):
    # The duplicate check reads each of these as the Dinas Kesehatan of Kabupaten Lumajang; the key
    # reads the Pemda's opening as its kind (README "What a key is made of").
    _workbook(tmp_path / "tw1" / "dinkes.xlsx", tw1_pemda, tw1_opd, 1)
    _workbook(tmp_path / "tw2" / "dinkes.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan", 2)
    stacked = lkj_xl.rekap([tmp_path / "tw1", tmp_path / "tw2"], jobs=1)
    for table in (stacked.perangkat_daerah, stacked.indikator, stacked.program):
        tw1, tw2 = table[table["triwulan"] == 1], table[table["triwulan"] == 2]
        joined = tw1.merge(tw2, on="kunci", how="outer", validate="one_to_one", indicator=True)
        assert set(joined["_merge"]) == {"both"} and len(joined) == len(tw2) > 0
    # the key of a file typing "Kabupaten Lumajang" is what README's recipe gives: unchanged
    import hashlib

    expected = "k" + hashlib.sha256(b"kabupaten lumajang\x1fdinas kesehatan").hexdigest()[:16]
    assert set(stacked.perangkat_daerah["kunci"]) == {expected}


@pytest.mark.parametrize(
    ("pemda", "read"),
    [
        ("Kabupaten Kotabaru", "kabupaten kotabaru"),
        ("Kotabaru", "kotabaru"),  # "Kotabaru" is no Kota Baru
        ("Kabupaten Tojo Una-Una", "kabupaten tojo una una"),  # punctuation ignored (rekap16)
        ("Pemerintah Lumajang", "lumajang"),  # "Pemerintah" before the Pemda's name dropped
    ],
)
def test_a_pemda_typed_in_full_keeps_the_key_of_the_readme_recipe(tmp_path, pemda, read):
    # README's recipe: SHA-256 of the names as the duplicate check reads them (lower case, punctuation
    # ignored: "Dinas Kesehatan, P2KB" is "dinas kesehatan p2kb"), joined by U+001F
    import hashlib

    _workbook(tmp_path / "tw2" / "dinkes.xlsx", pemda, "Dinas Kesehatan, P2KB")
    (kunci,) = lkj_xl.rekap(tmp_path / "tw2", jobs=1).perangkat_daerah["kunci"]
    typed = f"{read}\x1fdinas kesehatan p2kb"
    assert kunci == "k" + hashlib.sha256(typed.encode()).hexdigest()[:16]


def test_one_pemda_spelt_two_ways_in_one_quarter_is_one_pemda_in_every_table(tmp_path):
    # Dinas Kesehatan typed "Kab. Lumajang", two agencies "Kabupaten Lumajang": the Rekap sheet has one
    # Jumlah line of 3 agencies; a pivot of Semua Program by Pemerintah Daerah must give one Pemda of
    # 3 x 1.000.000.000, not "Kab. Lumajang" 1.000.000.000 beside "Kabupaten Lumajang" 2.000.000.000.
    agencies = [("Kab. Lumajang", "Dinas Kesehatan"), ("Kabupaten Lumajang", "Dinas Sosial")]
    result = _rekap_of(tmp_path / "tw2", [*agencies, ("Kabupaten Lumajang", "Dinas Pendidikan")])
    for table in (result.perangkat_daerah, result.indikator, result.program):
        assert set(table["pemerintah_daerah"]) == {"Kabupaten Lumajang"}
    assert result.program.groupby("pemerintah_daerah")["pagu"].sum().to_dict() == {
        "Kabupaten Lumajang": 3 * PAGU
    }
    # Pemeriksaan keeps what each file typed
    typed = dict(
        zip(result.pemeriksaan["berkas"].map(lambda b: Path(b).name), result.pemeriksaan["pemerintah_daerah"])
    )
    assert typed["a.xlsx"] == "Kab. Lumajang"
