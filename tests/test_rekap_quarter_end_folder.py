"""``lkj-xl rekap`` of a Bappeda's folder at quarter's end, as it really is (issue 13).

Beside the agencies' workbooks (tests/bench_rekap.py's generator: 20 programs, pagu 1.000.000 +
p x 1.000 each, so 20 x 1.000.000 + 1.000 x (0 + 1 + ... + 19) = 20.190.000 per agency; spending TW I
100.000 + variant x 1.000 and TW II 150.000 per program) the folder holds: Excel's owner file of a
workbook open on the analyst's machine, an .xls, an .xlsm, a second download ``Dinas Kesehatan
(1).xlsx``, a file of 0 bytes, a ZIP archive named .xlsx, a PDF, a subfolder per month, last year's TW
IV file in a folder ``2024``, and a copy of the Dinas Sosial's workbook sent as ``Dinas Pemberdayaan
Masyarakat dan Desa.xlsx`` (its Pengaturan still the Dinas Sosial's), saved after the Dinas Sosial's own.

Each file is a row of its agency or named in Pemeriksaan or a warning with its reason in Bahasa
Indonesia; the totals are the hand-derived ones and each agency's ``lkj-xl export``'s; the xlsx, CSV,
Parquet, JSON and the DataFrames hold the same rows and figures.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

import lkj_xl
from lkj_xl.core import rekap as core
from tests.bench_rekap import agency_workbook
from tests.test_rekap import _same, invoke

PEMDA = "Kabupaten Lumajang"
PAGU = 20_190_000  # 20 x 1.000.000 + 1.000 x (0 + ... + 19)


def _spent(variant: int) -> int:
    # TW I 100.000 + variant x 1.000 and TW II 150.000, in each of the 20 programs
    return 20 * (100_000 + variant * 1_000 + 150_000)


# The agencies counted for Triwulan II 2025: file, Perangkat Daerah, the generator's variant
TW2 = [
    ("Dinas Kesehatan (1).xlsx", "Dinas Kesehatan", 1),  # the later download of one content
    ("Dinas Sosial.xlsx", "Dinas Sosial", 2),
    ("Dinas Pendidikan.xlsx", "Dinas Pendidikan", 3),
    ("Dinas Pertanian.xlsm", "Dinas Pertanian", 4),
    ("Juni/Dinas Lingkungan Hidup.xlsx", "Dinas Lingkungan Hidup", 5),
    ("Mei/Dinas Perindustrian dan Perdagangan.xlsx", "Dinas Perindustrian dan Perdagangan", 6),
]
LAST_YEAR = ("2024/Dinas Kesehatan TW IV 2024.xlsx", "Dinas Kesehatan", 7)


def _agency(root: Path, name: str, opd: str, variant: int, when: int, **period: int) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    agency_workbook(path, opd=opd, pemda=PEMDA, indicators=12, variant=variant, **period)
    os.utime(path, (when, when))
    return path


def _as_xlsm(path: Path) -> None:
    """The workbook saved by Excel as macro-enabled (.xlsm): its content type says so."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                )
            zout.writestr(info, data)
    path.with_suffix(".xlsm").write_bytes(out.getvalue())
    path.unlink()


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("rekap") / "TW II 2025"
    day = 1_751_270_400  # 30 June 2025, on disk
    _agency(root, "Dinas Kesehatan.xlsx", "Dinas Kesehatan", 1, day)
    shutil.copy(root / "Dinas Kesehatan.xlsx", root / "Dinas Kesehatan (1).xlsx")
    os.utime(root / "Dinas Kesehatan (1).xlsx", (day + 600, day + 600))
    _agency(root, "Dinas Sosial.xlsx", "Dinas Sosial", 2, day)
    (root / "~$Dinas Sosial.xlsx").write_bytes(b"\x0bAnalis Bappeda" + b"\x00" * 150)
    _agency(root, "Dinas Pendidikan.xlsx", "Dinas Pendidikan", 3, day)
    _as_xlsm(_agency(root, "Dinas Pertanian.xlsx", "Dinas Pertanian", 4, day))
    _agency(root, "Juni/Dinas Lingkungan Hidup.xlsx", "Dinas Lingkungan Hidup", 5, day)
    _agency(
        root, "Mei/Dinas Perindustrian dan Perdagangan.xlsx", "Dinas Perindustrian dan Perdagangan", 6, day
    )
    _agency(root, LAST_YEAR[0], LAST_YEAR[1], LAST_YEAR[2], day - 200 * 86_400, tahun=2024, triwulan=4)
    # the Dinas PMD filled in a copy of the Dinas Sosial's and saved it a day later
    _agency(root, "Dinas Pemberdayaan Masyarakat dan Desa.xlsx", "Dinas Sosial", 8, day + 86_400)
    (root / "Dinas Perhubungan.xls").write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 504)
    (root / "Dinas Perikanan.xlsx").write_bytes(b"")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("LKjIP Bappeda/LKjIP Bappeda TW II.docx", b"bukan buku kerja")
        z.writestr("LKjIP Bappeda/catatan.txt", b"lihat lampiran")
    (root / "Bappeda.xlsx").write_bytes(archive.getvalue())
    (root / "LKjIP Inspektorat TW II 2025.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    return root


@pytest.fixture(scope="module")
def result(folder) -> lkj_xl.Rekap:
    return lkj_xl.rekap([folder], jobs=1)


def _rows(result: lkj_xl.Rekap, folder: Path) -> dict[str, dict]:
    return {str(Path(r["berkas"]).relative_to(folder)): r for r in result.perangkat_daerah.to_dict("records")}


def test_each_agency_counted_once_with_its_own_figures(result, folder):
    rows = _rows(result, folder)
    assert sorted(rows) == sorted([name for name, _, _ in TW2] + [LAST_YEAR[0]])
    for name, opd, variant in [*TW2, LAST_YEAR]:
        row = rows[name]
        assert row["perangkat_daerah"] == opd and row["pemerintah_daerah"] == PEMDA
        assert row["pagu"] == PAGU and row["realisasi_anggaran"] == _spent(variant), name
    assert (rows[LAST_YEAR[0]]["tahun"], rows[LAST_YEAR[0]]["triwulan"]) == (2024, 4)
    tw2 = result.perangkat_daerah[result.perangkat_daerah["tahun"] == 2025]
    # 6 agencies x 20.190.000; spending 20 x (6 x 250.000 + (1 + ... + 6) x 1.000) = 30.420.000
    assert tw2["pagu"].sum() == 6 * PAGU == 121_140_000
    assert tw2["realisasi_anggaran"].sum() == 30_420_000
    # the Dinas Sosial's own (variant 2), not the Dinas PMD's copy (variant 8: 5.160.000)
    assert rows["Dinas Sosial.xlsx"]["realisasi_anggaran"] == 5_040_000


def test_every_other_file_is_in_pemeriksaan_or_a_warning_with_its_reason(result, folder):
    checked = {str(Path(r["berkas"]).relative_to(folder)): r for r in result.pemeriksaan.to_dict("records")}
    said = " ".join(result.peringatan["pesan"])
    status = {name: row["status"] for name, row in checked.items()}
    for name in ("Dinas Kesehatan.xlsx", "Dinas Pemberdayaan Masyarakat dan Desa.xlsx"):
        assert status[name] == "tidak dihitung: ganda", name
    assert "sama persis" in checked["Dinas Kesehatan.xlsx"]["keterangan"]
    assert (
        "menyebut perangkat daerah lain"
        in checked["Dinas Pemberdayaan Masyarakat dan Desa.xlsx"]["keterangan"]
    )
    for name in ("Dinas Perhubungan.xls", "Dinas Perikanan.xlsx", "Bappeda.xlsx"):
        assert status[name] == core.TIDAK_TERBACA, name
    assert checked["Dinas Perhubungan.xls"]["keterangan"] == core.ALASAN_FORMAT
    assert checked["Dinas Perikanan.xlsx"]["keterangan"] == core.ALASAN_NOL_BYTE
    # a ZIP archive named .xlsx is said as one, with what to do: not "rusak, terpotong, terenkripsi"
    assert checked["Bappeda.xlsx"]["keterangan"].startswith("arsip ZIP"), checked["Bappeda.xlsx"]
    assert "ekstrak" in checked["Bappeda.xlsx"]["keterangan"]
    assert "LKjIP Inspektorat TW II 2025.pdf" in said  # Berkas bukan buku kerja
    assert "~$Dinas Sosial.xlsx" in said  # Sedang dibuka
    on_disk = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    for name in on_disk:
        assert name in checked or name in said, name  # never a file left out without a word


def test_rows_agree_with_each_agencys_export(result, folder):
    for name, _, _ in [*TW2, LAST_YEAR]:
        run = invoke("export", folder / name)
        assert run.exit_code in (0, 1), run.output
        data = json.loads(run.stdout)
        row = _rows(result, folder)[name]
        assert row["pagu"] == data["ringkasan"]["total_pagu"]
        assert row["realisasi_anggaran"] == data["ringkasan"]["total_realisasi_anggaran"]
        assert row["penyerapan"] == data["ringkasan"]["total_penyerapan"]
        assert row["indikator"] == len(data["indikator"])
        mine = result.indikator[result.indikator["berkas"] == str(folder / name)]
        assert list(mine["capaian"].astype(object).where(mine["capaian"].notna(), None)) == [
            i["capaian"] for i in data["indikator"]
        ]


def test_the_outputs_hold_the_same_rows_and_figures(result, folder, tmp_path):
    for fmt in ("csv", "parquet"):
        run = invoke("rekap", folder, "--format", fmt, "-o", tmp_path / fmt, "--jobs", "1")
        assert run.exit_code == 2, run.output  # some file could not be read
    invoke("rekap", folder, "--format", "json", "-o", tmp_path / "rekap.json", "--jobs", "1")
    invoke("rekap", folder, "-o", tmp_path / "rekap.xlsx", "--jobs", "1")
    data = json.loads((tmp_path / "rekap.json").read_text(encoding="utf-8"))
    for name, frame in result.tables().items():
        _same(pd.read_parquet(tmp_path / "parquet" / f"{name}.parquet"), frame)
        _same(pd.DataFrame(data[name], columns=list(frame.columns)), frame)
        from_csv = pd.read_csv(tmp_path / "csv" / f"{name}.csv")
        assert len(from_csv) == len(frame), name
    from_csv = pd.read_csv(tmp_path / "csv" / "perangkat_daerah.csv")
    assert list(from_csv["pagu"]) == list(result.perangkat_daerah["pagu"])
    assert list(from_csv["realisasi_anggaran"]) == list(result.perangkat_daerah["realisasi_anggaran"])
    book = openpyxl.load_workbook(tmp_path / "rekap.xlsx", read_only=True)
    sheet = list(book["Rekap Perangkat Daerah"].iter_rows(values_only=True))
    header = next(r for r in sheet if r and r[0] == "Peringkat")
    at = {
        title: header.index(title) for title in ("Perangkat Daerah", "Pagu (Rp)", "Realisasi Anggaran (Rp)")
    }
    shown = sorted(
        (r[at["Perangkat Daerah"]], r[at["Pagu (Rp)"]], r[at["Realisasi Anggaran (Rp)"]])
        for r in sheet
        if r and isinstance(r[0], int)
    )
    frame = result.perangkat_daerah
    assert shown == sorted(zip(frame["perangkat_daerah"], frame["pagu"], frame["realisasi_anggaran"]))
    listed = [r[0] for r in book["Pemeriksaan"].iter_rows(values_only=True) if r and r[0]]
    for berkas in result.pemeriksaan["berkas"]:
        assert berkas in listed
    program = list(book["Semua Program"].iter_rows(values_only=True))
    assert len(program) - 1 == len(result.program) == 7 * 20  # 7 agencies' 20 programs
