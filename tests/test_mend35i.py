"""Rekap, mend of the merged mend35d (a reviewer's reproductions, revH).

1. A folder without a workbook was decided folder by folder: every "Bukti Dukung", "lampiran",
   "Surat" or "arsip" subfolder was named `Perangkat daerah tanpa buku kerja`, burying the agency
   really missing; now each first-level folder under a folder given is decided as a whole.
2. Revision marks the agency's identity reads ("Revisi II", "(revisi) TW II", "-REVISI", a Pemda
   "(Revisi)") did not make the file the revision: the original counted.
3. `lkj-xl laporan --template` output kept the template's creator and was named a non-workbook.
4. The tables showed "Dinas Kesehatan Revisi II", "Dinas Sosial TW II", a Pemda "(Revisi)".
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import lkj_xl
from tests.test_mend35d import _AGENCIES
from tests.test_rekap15 import PAGU, _workbook

_JENIS_FOLDER = "Perangkat daerah tanpa buku kerja"
_JENIS_FILES = "Berkas bukan buku kerja"


def _said(result: lkj_xl.Rekap, jenis: str) -> str:
    (pesan,) = result.peringatan[result.peringatan["jenis"] == jenis]["pesan"]
    return str(pesan)


def _pdf(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"%PDF-1.4\n")


# --- 1. folders without a workbook ------------------------------------------------------------------


def test_an_agency_folders_subfolders_are_not_agencies_without_a_workbook(tmp_path):
    base = tmp_path / "tw2"
    for number, name in enumerate(_AGENCIES, 1):
        folder = base / f"{number:02d} {name}"
        _workbook(folder / "LKjIP TW II 2025.xlsx", "Kabupaten Lumajang", name, capaian=str(60 + number))
        for k in (1, 2):
            _pdf(folder / "Bukti Dukung" / f"Bukti {k}.pdf")
    _pdf(base / "13 Dinas Sosial" / "LKjIP Dinas Sosial TW II 2025.pdf")
    result = lkj_xl.rekap(base, jobs=1)
    # twelve workbooks, each pagu once: 12 x 1.000.000.000
    assert result.perangkat_daerah["pagu"].sum() == 12 * PAGU
    missing = _said(result, _JENIS_FOLDER)
    assert missing.startswith("1 folder") and "13 Dinas Sosial" in missing
    assert "Bukti Dukung" not in missing


def test_the_folder_given_alone_is_decided_by_its_first_level_folders_through_the_cli(tmp_path):
    from click.testing import CliRunner

    from lkj_xl.cli import main

    base = tmp_path / "tw2"
    _workbook(base / "Dinas Kesehatan" / "dinkes.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan")
    _pdf(base / "Dinas Kesehatan" / "lampiran" / "Lampiran.pdf")
    _pdf(base / "Dinas Sosial" / "LKjIP Dinas Sosial.pdf")
    out = tmp_path / "rekap.xlsx"
    cli = CliRunner().invoke(main, ["rekap", str(base), "-o", str(out), "--jobs", "1"])
    assert cli.exit_code == 0, cli.output
    (said,) = [line for line in cli.output.splitlines() if "tidak berisi buku kerja" in line]
    assert "warning: 1 folder" in said and "Dinas Sosial" in said and "lampiran" not in said


def test_bappeda_layout_flags_no_bidang_surat_or_arsip_folder_and_names_the_report_pdf_first(tmp_path):
    base = tmp_path / "tw2"
    sosbud = base / "Bidang Sosbud"
    _workbook(sosbud / "Dinas Kesehatan.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan")
    _workbook(sosbud / "Dinas Pendidikan.xlsx", "Kabupaten Lumajang", "Dinas Pendidikan", capaian="70")
    _pdf(sosbud / "Surat" / "Surat Pengantar Dinkes.pdf")
    _pdf(sosbud / "Surat" / "Surat Pengantar Dispendik.pdf")
    ekonomi = base / "Bidang Ekonomi"
    _workbook(ekonomi / "Dinas Pertanian.xlsx", "Kabupaten Lumajang", "Dinas Pertanian", capaian="80")
    _pdf(ekonomi / "LKjIP Dinas Koperasi TW II 2025.pdf")  # sent only its PDF, into a bidang's folder
    for name in ("Dinkes 2024.pdf", "Dispendik 2024.pdf", "Pertanian 2024.pdf", "Koperasi 2024.pdf"):
        _pdf(base / "arsip" / name)
    for number in range(1, 12):  # more cover letters than the warning names
        _pdf(base / "Dinas Sosial" / f"Surat Pengantar {number:02d}.pdf")
    _workbook(base / "Dinas Sosial" / "final" / "LKjIP.xlsx", "Kabupaten Lumajang", "Dinas Sosial")
    _pdf(base / "Dinas Sosial" / "lampiran" / "Lampiran.pdf")
    _pdf(base / "Surat Masuk" / "Surat Pengantar Bappeda.pdf")  # a folder of cover letters only
    result = lkj_xl.rekap(base, jobs=1)
    assert _JENIS_FOLDER not in list(result.peringatan["jenis"])
    said = _said(result, _JENIS_FILES)
    # 2 (Surat) + 1 (Koperasi) + 4 (arsip) + 11 + 1 (Dinas Sosial) + 1 (Surat Masuk) files; the report
    # PDF named first, before any cut
    assert "20 berkas" in said
    assert said.index("LKjIP Dinas Koperasi TW II 2025.pdf") < said.index("Surat Pengantar")


# --- 2. which of an agency's files is the revision --------------------------------------------------


def _file(path: Path, pemda: str, opd: str, pagu: str, *, disk: int) -> Path:
    """A workbook saved by Excel at one moment (the same saved date for every file here), its time on
    disk ``disk`` (one extraction: seconds apart, which tell nothing)."""
    from lkj_xl.core import contract as c
    from lkj_xl.xlsx.template import new_workbook
    from tests.test_rekap_round3 import anggaran, kinerja, saved_by_excel

    path.parent.mkdir(parents=True, exist_ok=True)
    new_workbook(
        path,
        pengaturan={c.P_PEMDA: pemda, c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 2},
        kinerja=kinerja("85", "9%"),
        anggaran=anggaran(pagu, "100 jt", "150 jt"),
    )
    saved_by_excel(path, "2025-07-01T08:00:00Z")
    os.utime(path, (disk, disk))
    return path


def _two(
    folder: Path, first: tuple[str, str, str], second: tuple[str, str, str]
) -> tuple[lkj_xl.Rekap, dict]:
    """The rekap of two files (berkas, Pemda, agency) of one agency saved alike: ``first`` pagu
    1.000.000.000 and 60 s later on disk, ``second`` pagu 1.200.000.000 (one extraction: within 10
    minutes); with the one row counted."""
    for (berkas, pemda, opd), pagu, disk in (
        (first, "1.000.000.000", 1_751_000_060),
        (second, "1.200.000.000", 1_751_000_000),
    ):
        _file(folder / berkas, pemda, opd, pagu, disk=disk)
    result = lkj_xl.rekap(folder, jobs=1)
    (row,) = result.perangkat_daerah.to_dict("records")
    return result, row


@pytest.mark.parametrize(
    ("berkas", "pemda", "opd"),
    [
        ("LKjIP-Dinkes-TW2-REVISI.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan"),
        ("REVISI LKjIP Dinkes TW2.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan"),
        ("LKjIP Dinkes TW2 Revisi II.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan"),
        ("LKjIP Dinkes (revisi) TW2.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan"),
        ("dinkes 2.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan Revisi II"),
        ("dinkes 2.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan (revisi) TW II"),
        ("dinkes 2.xlsx", "Kabupaten Lumajang (Revisi)", "Dinas Kesehatan"),
    ],
)
def test_a_revision_marked_as_the_identity_reads_it_counts(tmp_path, berkas, pemda, opd):
    # one extraction: the original's time on disk 60 s after the revision's (within 10 minutes)
    original = ("LKjIP Dinkes TW2.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan")
    result, row = _two(tmp_path / "tw2", original, (berkas, pemda, opd))
    # the revision's pagu, 1.200.000.000 as typed in its Anggaran, not the original's 1.000.000.000
    assert Path(row["berkas"]).name == berkas and row["pagu"] == 1_200_000_000
    assert "bertanda revisi" in _said(result, "Perangkat daerah ganda")


@pytest.mark.parametrize("first", ["Revisi", "Revisi 1", "Rev.1"])
def test_of_two_marked_files_the_higher_revision_number_counts(tmp_path, first):
    # "Revisi 2" extracted first, the earlier revision 60 s later on disk: the number decides
    earlier = (f"Dinkes ({first}).xlsx", "Kabupaten Lumajang", f"Dinas Kesehatan ({first})")
    second = ("Dinkes (Revisi 2).xlsx", "Kabupaten Lumajang", "Dinas Kesehatan (Revisi 2)")
    _, row = _two(tmp_path / "tw2", earlier, second)
    # Revisi 2's pagu, 1.200.000.000
    assert Path(row["berkas"]).name == "Dinkes (Revisi 2).xlsx" and row["pagu"] == 1_200_000_000


def test_two_files_marked_alike_on_one_disk_second_go_by_file_order(tmp_path):
    # mend35m: files marked alike go by the time on disk first (tests/test_mend35m.py); the same
    # second on disk here, so file order decides
    folder = tmp_path / "tw2"
    _file(
        folder / "Dinkes (Revisi) a.xlsx",
        "Kabupaten Lumajang",
        "Dinas Kesehatan (Revisi)",
        "1.000.000.000",
        disk=1_751_000_000,
    )
    _file(
        folder / "Dinkes (Revisi) b.xlsx",
        "Kabupaten Lumajang",
        "Dinas Kesehatan (Revisi)",
        "1.200.000.000",
        disk=1_751_000_000,
    )
    result = lkj_xl.rekap(folder, jobs=1)
    (row,) = result.perangkat_daerah.to_dict("records")
    # the last in file order (b), whose pagu is 1.200.000.000
    assert Path(row["berkas"]).name == "Dinkes (Revisi) b.xlsx" and row["pagu"] == 1_200_000_000
    assert "tidak membedakan; yang terakhir menurut urutan berkas" in _said(result, "Perangkat daerah ganda")


# --- 4. the names the tables show --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("Dinas Kesehatan Revisi II", "Dinas Kesehatan"),
        ("Dinas Kesehatan (revisi) TW II", "Dinas Kesehatan"),
        ("DINAS KESEHATAN - REVISI 2", "DINAS KESEHATAN"),
        ("Dinas Kesehatan (Revisi) Kabupaten Lumajang", "Dinas Kesehatan Kabupaten Lumajang"),
    ],
)
def test_the_counted_revision_is_shown_without_the_marks_its_identity_drops(tmp_path, typed, shown):
    _workbook(tmp_path / "tw1" / "dinkes.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan", 1, capaian="80")
    _workbook(tmp_path / "tw2" / "dinkes.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan", capaian="80")
    revision = _workbook(tmp_path / "tw2" / "dinkes revisi.xlsx", "Kabupaten Lumajang", typed, capaian="85")
    os.utime(revision, (2_000_000_000, 2_000_000_000))  # saved on disk well after the original
    result = lkj_xl.rekap([tmp_path / "tw1", tmp_path / "tw2"], jobs=1)
    (row,) = result.perangkat_daerah[result.perangkat_daerah["triwulan"] == 2].to_dict("records")
    assert Path(row["berkas"]).name == "dinkes revisi.xlsx" and row["perangkat_daerah"] == shown
    for table in (result.indikator, result.program):
        assert set(table[table["triwulan"] == 2]["perangkat_daerah"]) == {shown}
    typed_in = dict(
        zip(result.pemeriksaan["berkas"].map(lambda b: Path(b).name), result.pemeriksaan["perangkat_daerah"])
    )
    assert typed_in["dinkes revisi.xlsx"] == typed  # Pemeriksaan keeps what the file typed


def test_a_pemda_typed_with_its_mark_by_every_file_is_shown_without_it(tmp_path):
    folder = tmp_path / "tw2"
    _workbook(folder / "dinkes.xlsx", "Kabupaten Lumajang (Revisi)", "Dinas Kesehatan", capaian="80")
    _workbook(folder / "dinsos.xlsx", "Kabupaten Lumajang (Revisi)", "Dinas Sosial", capaian="70")
    result = lkj_xl.rekap(folder, jobs=1)
    for table in (result.perangkat_daerah, result.indikator, result.program):
        assert set(table["pemerintah_daerah"]) == {"Kabupaten Lumajang"}
    assert set(result.pemeriksaan["pemerintah_daerah"]) == {"Kabupaten Lumajang (Revisi)"}


# --- 3. lkj-xl's own Word report from an agency's template ------------------------------------------


def test_laporan_with_an_agencys_template_is_known_as_lkj_xls_own_print(tmp_path):
    import docx
    from click.testing import CliRunner

    from lkj_xl.cli import main

    template = tmp_path / "kop.docx"
    agency = docx.Document()
    agency.core_properties.author = "Sekretariat Dinas Sosial"  # the template's creator, typed in Word
    agency.sections[0].header.paragraphs[0].text = "PEMERINTAH KABUPATEN LUMAJANG - DINAS SOSIAL"
    agency.save(str(template))
    folder = tmp_path / "tw2"
    dinsos = _workbook(folder / "dinsos.xlsx", "Kabupaten Lumajang", "Dinas Sosial")
    made = CliRunner().invoke(main, ["laporan", str(dinsos), "--template", str(template)])
    assert made.exit_code == 0, made.output and (folder / "dinsos.docx").is_file()
    # a report some agency wrote in Word, named as no workbook beside it: still named
    other = docx.Document()
    other.core_properties.author = "Dinas Pertanian"
    other.save(str(folder / "LKjIP Dinas Pertanian.docx"))
    said = _said(lkj_xl.rekap(folder, jobs=1), _JENIS_FILES)
    assert "1 berkas" in said and "LKjIP Dinas Pertanian.docx" in said and "dinsos.docx" not in said
