"""lkj-xl rekap as a Bappeda officer meets it on a quarter's folder: an agency of another Pemda mixed
in, workbooks that arrive locked or in another format under an .xlsx name, and the printed rekap's
later pages. Every expected figure and text is derived by hand in the comments.
"""

from __future__ import annotations

import subprocess

import openpyxl
import pytest
from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core import rekap as core
from lkj_xl.xlsx.template import new_workbook
from tests.common import strict_open_xml
from tests.test_rekap import print_pdf


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def settings(opd: str, pemda: str = "Kabupaten Uji") -> dict[str, object]:
    return {c.P_PEMDA: pemda, c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 2}


def sasaran(tw2: object) -> list[dict[str, object]]:
    """One Sasaran indicator, Nilai Akhir, target 100: its capaian is its TW II."""
    return [
        {"Kode": "S1", "Tingkat": "Sasaran", "Uraian": "Sasaran satu", "Indikator": "Persentase satu",
         "Satuan": "%", "Jenis Realisasi": "Nilai Akhir", "Target": 100, "Realisasi TW II": tw2},
    ]  # fmt: skip


def test_an_agency_of_another_pemda_in_the_folder_is_warned_about(tmp_path):
    # Three agencies of Kabupaten Uji (one typed "Kab. Uji", the same Pemda as the duplicate check reads
    # it) and one workbook of Kota Lain that came along in the folder: it would be ranked among them
    # (its capaian 95 first) with nothing but "2 pemerintah daerah" in the title saying so.
    new_workbook(tmp_path / "a.xlsx", pengaturan=settings("Dinas A"), kinerja=sasaran(80))
    new_workbook(tmp_path / "b.xlsx", pengaturan=settings("Dinas B"), kinerja=sasaran(70))
    new_workbook(tmp_path / "c.xlsx", pengaturan=settings("Dinas C", "Kab. Uji"), kinerja=sasaran(60))
    result = lkj_xl.rekap([tmp_path], jobs=1)
    assert "Pemerintah Daerah berbeda" not in set(result.peringatan["jenis"])  # one Pemda, typed two ways
    new_workbook(tmp_path / "z.xlsx", pengaturan=settings("Dinas Z", "Kota Lain"), kinerja=sasaran(95))
    result = lkj_xl.rekap([tmp_path], jobs=1)
    found = dict(zip(result.peringatan["jenis"], result.peringatan["pesan"]))
    assert found["Pemerintah Daerah berbeda"] == (
        "Rekap memuat perangkat daerah dari 2 pemerintah daerah: sebagian besar Kabupaten Uji "
        f"(3 perangkat daerah); Kota Lain: Dinas Z ({tmp_path / 'z.xlsx'}). Peringkat, grafik dan "
        "jumlah menggabungkan semuanya; bila berkas pemerintah daerah lain terbawa, pindahkan dari "
        "folder lalu rekap ulang, atau perbaiki Pemerintah Daerah di sheet Pengaturan berkas itu."
    )
    # Said on stderr too, as the other warnings.
    out = invoke("rekap", tmp_path, "-o", tmp_path.parent / "rekap-pemda.xlsx", "--jobs", "1")
    assert "warning: Rekap memuat perangkat daerah dari 2 pemerintah daerah" in out.stderr


def test_a_province_of_many_pemda_names_each_pemda_not_every_agency(tmp_path):
    # A province's rekap: four agencies of each of two Kabupaten. More than three agencies of a Pemda are
    # not a stray file: the Pemda is named with its count, its agencies are not listed.
    for pemda in ("Kabupaten Satu", "Kabupaten Dua"):
        for i in range(4):
            new_workbook(tmp_path / f"{pemda}-{i}.xlsx", pengaturan=settings(f"Dinas {i}", pemda),
                         kinerja=sasaran(50 + i))  # fmt: skip
    found = dict(zip(*(lkj_xl.rekap([tmp_path], jobs=1).peringatan[k] for k in ("jenis", "pesan"))))
    # Four and four: neither is "sebagian besar"; sorted by name, Kabupaten Dua first.
    assert found["Pemerintah Daerah berbeda"].startswith(
        "Rekap memuat perangkat daerah dari 2 pemerintah daerah: Kabupaten Dua (4 perangkat daerah); "
        "Kabupaten Satu (4 perangkat daerah). Peringkat"
    )


def test_a_locked_or_disguised_workbook_says_in_indonesian_what_to_do(tmp_path):
    # Staff read Pemeriksaan's Keterangan; it said "rusak, terpotong, terenkripsi, atau tidak aman" for
    # each of these, which tells the officer neither what is wrong nor what to ask the agency for.
    from tests.safety_books import encrypt

    good = tmp_path / "baik.xlsx"
    new_workbook(good, pengaturan=settings("Dinas Baik"), kinerja=sasaran(80))
    data = good.read_bytes()
    folder = tmp_path / "opd"
    folder.mkdir()
    # Saved with a password to open (File > Info > Protect Workbook > Encrypt with Password): an OLE
    # compound file holding EncryptionInfo and EncryptedPackage (msoffcrypto writes it as Excel does).
    (folder / "dinas-sandi.xlsx").write_bytes(encrypt(data))
    # An Excel 97-2003 workbook renamed to .xlsx: the OLE compound file signature D0 CF 11 E0 A1 B1 1A E1
    # (as tests/test_rekap_round2.py's .xls), with no encryption streams.
    (folder / "dinas-lama.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    (folder / "dinas-strict.xlsx").write_bytes(strict_open_xml(data))
    rows = lkj_xl.rekap([folder], jobs=1).pemeriksaan.set_index("berkas")
    sandi = rows.loc[str(folder / "dinas-sandi.xlsx")]
    assert sandi["status"] == core.TIDAK_TERBACA
    assert sandi["keterangan"] == (
        "buku kerja dikunci dengan kata sandi untuk membuka (terenkripsi), sehingga tidak dapat dibaca: "
        "minta perangkat daerah menyimpannya tanpa kata sandi (Excel: File > Info > Protect Workbook > "
        "Encrypt with Password, kosongkan kata sandinya) lalu mengirim ulang"
    )
    # the technical detail in Bahasa Indonesia (its English in the log, result.details)
    assert sandi["rincian"] == "buku kerja terenkripsi (dikunci kata sandi untuk membuka)"
    # The renamed .xls is told as the .xls named .xls is: saved in a format the rekap does not read.
    assert rows.loc[str(folder / "dinas-lama.xlsx"), "keterangan"] == core.ALASAN_FORMAT
    assert rows.loc[str(folder / "dinas-strict.xlsx"), "keterangan"] == (
        "disimpan dalam format Strict Open XML, yang tidak dibaca: buka berkas lalu simpan sebagai "
        "Excel Workbook (.xlsx) biasa, kemudian rekap ulang"
    )


@pytest.mark.slow
def test_every_printed_page_of_the_rekap_says_what_rekap_it_is(tmp_path):
    # 40 agencies: the Rekap sheet prints two pages down (the header rows repeat, the title block does
    # not) and several across. Page 2 began with the column headers and agency 32: a reader who took it
    # from the pile could not tell which Pemda and which quarter it ranks. Every page now says it in
    # its footer, beside "Halaman n dari m" (as an agency's printed tables name the agency there).
    folder = tmp_path / "opd"
    folder.mkdir()
    for i in range(40):
        new_workbook(folder / f"dinas-{i:02d}.xlsx", pengaturan=settings(f"Dinas Nomor {i}"),
                     kinerja=sasaran(50 + i))  # fmt: skip
    out = tmp_path / "rekap.xlsx"
    assert invoke("rekap", folder, "-o", out, "--jobs", "1").exit_code == 0
    pdf = print_pdf(out, tmp_path / "rekap.pdf", sheets=[core.SHEET_REKAP])
    pages = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    texts = [" ".join(page.split()) for page in pages.stdout.split("\f") if page.strip()]
    assert len(texts) >= 2
    # Sasaran capaian 50..89 ranked highest first: the lowest, Dinas Nomor 0 (capaian 50,00), is on a
    # later page than the title block, which is printed once.
    assert "Dinas Nomor 0 " in " ".join(texts[1:]) and "Rekap Capaian Kinerja" in texts[0]
    said = "Rekap Capaian Kinerja Perangkat Daerah, Kabupaten Uji, s.d. Triwulan II Tahun 2025"
    assert all(said in text and "Halaman" in text for text in texts), [
        t[:300] for t in texts if said not in t
    ]
    # The other sheets' pages likewise, each under its own title.
    footers = {ws.title: ws.oddFooter.left.text for ws in openpyxl.load_workbook(out)}
    assert footers == {
        core.SHEET_REKAP: said,
        core.SHEET_INDIKATOR: "Semua Indikator, Kabupaten Uji, s.d. Triwulan II Tahun 2025",
        core.SHEET_PROGRAM: "Semua Program, Kabupaten Uji, s.d. Triwulan II Tahun 2025",
        core.SHEET_GRAFIK: "Grafik Rekap Perangkat Daerah, Kabupaten Uji, s.d. Triwulan II Tahun 2025",
        core.SHEET_PEMERIKSAAN: "Pemeriksaan Rekap, Kabupaten Uji, s.d. Triwulan II Tahun 2025",
    }


def test_an_agency_that_sent_kinerja_without_anggaran_is_warned_about(tmp_path):
    # Dinas Kinerja filled Kinerja and left Anggaran empty: the Rekap sheet showed its Pagu and Realisasi
    # Anggaran as 0 (as its own export's total_pagu 0) and its penyerapan blank, with no word, while an
    # empty Kinerja is warned about ("Tanpa indikator"). A Pemda's pagu summed over the rekap lacks it.
    # Pagu 1.000.000, spent 250.000: penyerapan 25 % for the agencies that filled Anggaran.
    budget = [{"Kode": "P1", "Program": "Program satu", "Pagu": 1_000_000, "Realisasi TW II": 250_000}]
    new_workbook(
        tmp_path / "a.xlsx", pengaturan=settings("Dinas Lengkap"), kinerja=sasaran(80), anggaran=budget
    )
    new_workbook(tmp_path / "b.xlsx", pengaturan=settings("Dinas Kinerja"), kinerja=sasaran(70))
    result = lkj_xl.rekap([tmp_path], jobs=1)
    row = result.perangkat_daerah.set_index("perangkat_daerah").loc["Dinas Kinerja"]
    assert row["pagu"] == 0 and row["program"] == 0  # as its export says; the warning says why
    found = dict(zip(result.peringatan["jenis"], result.peringatan["pesan"]))
    assert found["Tanpa anggaran"] == (
        f"Sheet Anggaran tidak berisi program pada 1 perangkat daerah: Dinas Kinerja ({tmp_path / 'b.xlsx'}). "
        "Pagu dan realisasi anggarannya tercatat 0, penyerapan dan efisiensinya kosong, dan jumlah pagu "
        "atas semua perangkat daerah tidak memuat anggarannya; periksa apakah berkas yang dikirim sudah "
        "lengkap."
    )
    # A blank workbook (no indicator either) is told once, as "Tanpa indikator", not twice.
    new_workbook(tmp_path / "c.xlsx", pengaturan=settings("Dinas Kosong"))
    found = dict(zip(*(lkj_xl.rekap([tmp_path], jobs=1).peringatan[k] for k in ("jenis", "pesan"))))
    assert "Dinas Kosong" in found["Tanpa indikator"] and "Dinas Kosong" not in found["Tanpa anggaran"]
