"""``lkj-xl rekap`` as the Bappeda admin runs it in January over the TW IV folder as agencies sent it:
a folder per agency, a WhatsApp-renamed copy (``LKjIP Dinkes (1).xlsx``), a TW III workbook sent again
named TW IV, one agency's Semester II report among the TW IV ones, a workbook still open in Excel (its
``~$`` owner file), a PDF only, an ``.xls``, a corrupt download. Every figure below is worked out by hand
from the typed cells; the rows are also each agency's own ``lkj-xl export``.

Found: two byte-identical copies of one agency's workbook (the same file downloaded twice) were said
as "tanggal simpan dan tanggal berkasnya tidak membedakan; yang terakhir menurut urutan berkas" only:
the admin had to open both to learn that it does not matter which counts. The warning now says their
content is the same.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook
from tests.test_rekap_round3 import saved_by_excel

PEMDA = "Kabupaten Lumajang"


def _kinerja(t1_target, t1, s1_target, s1_quarters, *, jenis="Kumulatif", polaritas="Positif", satuan="orang",
             kolom="Realisasi TW IV"):  # fmt: skip
    s1 = {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Layanan", "Indikator": "Jumlah layanan",
          "Satuan": satuan, "Jenis Realisasi": jenis, "Polaritas": polaritas, "Target": s1_target}  # fmt: skip
    s1 |= {f"Realisasi TW {q}": v for q, v in zip(("I", "II", "III", "IV"), s1_quarters) if v is not None}
    t1_row = {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Derajat layanan", "Indikator": "Indeks layanan",
              "Satuan": "Indeks", "Jenis Realisasi": "Nilai Akhir", "Target": t1_target, kolom: t1}  # fmt: skip
    return [t1_row, s1]


def _anggaran(pagu, quarters):
    row = {"Kode": "P1", "Program": "Program layanan", "Kode Sasaran": "S1", "Pagu": pagu}
    return [
        row | {f"Realisasi TW {q}": v for q, v in zip(("I", "II", "III", "IV"), quarters) if v is not None}
    ]


def _wb(path: Path, opd: str, triwulan: object, kinerja, anggaran) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    settings = {c.P_PEMDA: PEMDA, c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: triwulan}
    new_workbook(path, pengaturan=settings, kinerja=kinerja, anggaran=anggaran)
    saved_by_excel(path, "2026-01-10T03:00:00Z")
    return path


def _january(root: Path) -> Path:
    # 01 Dinas Kesehatan: T1 80 of 100 -> 80 (Tinggi); S1 Kumulatif 200 + 250 + 300 + 150 = 900 of
    # 1.000 -> 90, exactly 90: Tinggi; mean 85. Pagu Rp 1,2 M; 200 jt + 300.000.000 + 250 jt +
    # 150.000.000 = 900.000.000 -> 75 %; efisiensi 85 - 75 = 10.
    dinkes = _wb(root / "01 Dinas Kesehatan" / "LKjIP Dinkes TW IV.xlsx", "Dinas Kesehatan", 4,
                 _kinerja(100, "80", "1.000", [200, "250", "300", "150"]),
                 _anggaran("Rp 1,2 M", ["200 jt", "300.000.000", "250 jt", "150.000.000"]))  # fmt: skip
    shutil.copy2(dinkes, dinkes.parent / "LKjIP Dinkes (1).xlsx")  # downloaded again from WhatsApp
    # 02 Dinas Sosial: its TW III workbook sent again named TW IV. T1 40 of 50 -> 80; S1 Nilai Akhir
    # 76 of 80 -> 95; mean 87,5. Pagu 700 jt; 100 + 100 + 150 jt = 350 jt -> 50 %; efisiensi 37,5.
    _wb(root / "02 Dinas Sosial" / "LKjIP Dinsos TW IV.xlsx", "Dinas Sosial", 3,
        _kinerja(50, "40", 80, [70, 74, 76, None], jenis="Nilai Akhir", satuan="%", kolom="Realisasi TW III"),
        _anggaran("700 jt", ["100 jt", "100 jt", "150 jt", None]))  # fmt: skip
    # 03 Dinas Pendidikan, Semester II: T1 94,5 of 90 -> 105; S1 Negatif, 12 % of 10 % ->
    # (2 x 10 - 12) / 10 = 80; mean 92,5. Pagu Rp 2 M; 400 + 500 + 500 + 600 jt = 2 M -> 100 %;
    # efisiensi 92,5 - 100 = -7,5.
    _wb(root / "03 Dinas Pendidikan" / "LKjIP Disdik Semester II 2025.xlsx", "Dinas Pendidikan", "Semester II",
        _kinerja(90, "94,5", "10 %", ["11", "11,5", "12", "12 %"], jenis="Nilai Akhir", polaritas="Negatif",
                 satuan="%"),
        _anggaran("Rp 2 M", ["400 jt", "500 jt", "500 jt", "600 jt"]))  # fmt: skip
    # 04 Dinas Koperasi, open in Excel: T1 "-" (belum diketahui); S1 Kumulatif 25 + 4 + 0 + 0 = 29 of
    # 29 -> 100; mean 100 (S1 alone). Pagu Rp 500.000.000; 100 + 100 + 100 + 200 jt = 500 jt -> 100 %;
    # efisiensi 0.
    koperasi = _wb(root / "04 Dinas Koperasi" / "LKjIP Diskop TW IV.xlsx",
                   "Dinas Koperasi, UKM, Perindustrian dan Perdagangan", 4,
                   _kinerja(100, "-", 29, [25, 4, 0, 0], satuan="koperasi"),
                   _anggaran("Rp 500.000.000", ["100 jt", "100 jt", "100 jt", "200 jt"]))  # fmt: skip
    (koperasi.parent / f"~${koperasi.name}").write_bytes(b"\x07Bappeda" + b" " * 40)
    (root / "05 Dinas Perikanan").mkdir()
    (root / "05 Dinas Perikanan" / "LKjIP Perikanan TW IV.pdf").write_bytes(b"%PDF-1.4\n")
    (root / "06 BPBD").mkdir()
    (root / "06 BPBD" / "LKjIP BPBD TW IV.xls").write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
    bappeda = _wb(root / "07 Bappeda" / "LKjIP Bappeda TW IV.xlsx", "Bappeda", 4,
                  _kinerja(100, "90", 10, [1, 2, 3, 4]), _anggaran("1 M", ["1 jt"] * 4))  # fmt: skip
    bappeda.write_bytes(bappeda.read_bytes()[:4000])  # a download cut short
    # 08 Inspektorat: T1 50 of 100 -> 50, exactly 50: Sangat Rendah; S1 "Menunggu data BPS"; mean 50.
    # Pagu 1 M; 4 x 250 jt = 1 M -> 100 %; efisiensi -50.
    _wb(root / "08 Inspektorat" / "LKjIP Inspektorat TW IV.xlsx", "Inspektorat", 4,
        _kinerja(100, "50", 100, [None, None, None, "Menunggu data BPS"], jenis="Nilai Akhir", satuan="%"),
        _anggaran("1 M", ["250 jt"] * 4))  # fmt: skip
    return root


# peringkat, agency, capaian, penyerapan, efisiensi, pagu, realisasi, triwulan: derived in _january
_EXPECTED = [
    (1, "Dinas Koperasi, UKM, Perindustrian dan Perdagangan", 100.0, 100.0, 0.0, 500e6, 500e6, 4),
    (2, "Dinas Pendidikan", 92.5, 100.0, -7.5, 2e9, 2e9, 4),
    (3, "Dinas Kesehatan", 85.0, 75.0, 10.0, 1.2e9, 0.9e9, 4),
    (4, "Inspektorat", 50.0, 100.0, -50.0, 1e9, 1e9, 4),
    (1, "Dinas Sosial", 87.5, 50.0, 37.5, 700e6, 350e6, 3),  # TW III, ranked apart
]


@pytest.fixture(scope="module")
def january(tmp_path_factory) -> tuple[Path, lkj_xl.Rekap]:
    root = _january(tmp_path_factory.mktemp("jan") / "LKjIP 2025" / "TW IV")
    return root, lkj_xl.rekap(root, jobs=1)


def test_every_agencys_row_as_worked_out_by_hand(january):
    _, result = january
    got = result.perangkat_daerah[
        ["peringkat", "perangkat_daerah", "capaian", "penyerapan", "efisiensi", "pagu", "realisasi_anggaran",
         "triwulan"]
    ]  # fmt: skip
    assert [tuple(row) for row in got.itertuples(index=False)] == _EXPECTED
    # TW IV's Jumlah: pagu 0,5 + 2 + 1,2 + 1 = 4,7 M; realisasi 0,5 + 2 + 0,9 + 1 = 4,4 M
    tw4 = result.perangkat_daerah.query("triwulan == 4")
    assert tw4["pagu"].sum() == 4.7e9 and tw4["realisasi_anggaran"].sum() == 4.4e9
    assert result.status == 2  # the .xls and the corrupt download are not read


def test_the_rows_are_each_agencys_export(january, tmp_path):
    root, result = january
    for berkas in result.perangkat_daerah["berkas"]:
        out = CliRunner().invoke(main, ["export", berkas])
        export = json.loads(out.stdout)
        mine = result.indikator[result.indikator["berkas"] == berkas]
        assert list(mine["capaian"].fillna(-1)) == [
            -1 if row["capaian"] is None else row["capaian"] for row in export["indikator"]
        ]
        programs = result.program[result.program["berkas"] == berkas]
        assert list(programs["realisasi"]) == [row["realisasi"] for row in export["anggaran"]]


def test_the_warnings_the_admin_reads(january):
    root, result = january
    said = dict(zip(result.peringatan["jenis"], result.peringatan["pesan"]))
    assert "Triwulan III: Dinas Sosial" in said["Triwulan berbeda"]
    assert "1 mengirim Laporan Kinerja Semester II: Dinas Pendidikan" in said["Jenis laporan berbeda"]
    assert (
        f"{root / '05 Dinas Perikanan'} (LKjIP Perikanan TW IV.pdf)"
        in said["Perangkat daerah tanpa buku kerja"]
    )
    assert "~$LKjIP Diskop TW IV.xlsx" in said["Sedang dibuka"]
    status = dict(zip(result.pemeriksaan["berkas"], result.pemeriksaan["status"]))
    assert status[str(root / "06 BPBD" / "LKjIP BPBD TW IV.xls")] == "tidak dapat dibaca"
    assert status[str(root / "07 Bappeda" / "LKjIP Bappeda TW IV.xlsx")] == "tidak dapat dibaca"


def test_copies_of_one_file_say_their_content_is_the_same(january):
    root, result = january
    ganda = dict(zip(result.peringatan["jenis"], result.peringatan["pesan"]))["Perangkat daerah ganda"]
    # was: only "tanggal simpan dan tanggal berkasnya tidak membedakan; yang terakhir menurut urutan berkas"
    assert (
        "indikator, target, realisasi dan anggaran kedua berkas sama persis: angka yang dihitung sama"
        in ganda
    )
    notes = dict(zip(result.pemeriksaan["berkas"], result.pemeriksaan["keterangan"]))
    assert (
        "realisasi dan anggaran kedua berkas sama persis"
        in notes[str(root / "01 Dinas Kesehatan" / "LKjIP Dinkes (1).xlsx")]
    )


def test_two_files_of_one_agency_with_different_figures_say_nothing_of_a_copy(tmp_path):
    root = tmp_path / "TW IV"
    for name, pagu in (("LKjIP Dinkes.xlsx", "1 M"), ("LKjIP Dinkes (1).xlsx", "2 M")):
        _wb(root / name, "Dinas Kesehatan", 4, _kinerja(100, "80", "1.000", [200, 250, 300, 150]),
            _anggaran(pagu, ["100 jt"] * 4))  # fmt: skip
    ganda = dict(zip(*lkj_xl.rekap(root, jobs=1).peringatan[["jenis", "pesan"]].T.values))
    assert "sama persis" not in ganda["Perangkat daerah ganda"]


def test_the_logs_last_line_counts_the_files_not_read(tmp_path):
    root = _january(tmp_path / "LKjIP 2025" / "TW IV")
    out = CliRunner().invoke(main, ["rekap", str(root), "-o", str(tmp_path / "rekap.xlsx"), "--jobs", "1"])
    last = out.stdout.splitlines()[-1]
    # 8 workbooks: 5 counted, Dinkes' copy not counted, the .xls and the cut download not read (was: the
    # line said "5 of 8 workbooks" and the copy, leaving 2 unexplained to one who reads the last line)
    assert "5 of 8 workbooks" in last and "1 not counted" in last
    assert "2 could not be read (see Pemeriksaan)" in last
    assert out.exit_code == 2
