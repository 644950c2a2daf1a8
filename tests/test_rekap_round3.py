"""lkj-xl rekap as the Bappeda analyst meets it (round 3 of issue 13).

Cases:
- The same agency sent twice for one quarter ("Dinkes.xlsx", then "Dinkes (revisi).xlsx", the same
  Pemerintah Daerah and Perangkat Daerah) was warned about, but both rows were ranked and both were in
  every table: the Pemda's kriteria counts, pagu and realisasi summed over Rekap Perangkat Daerah (and
  pivot tables over Semua Indikator and Semua Program) counted that agency twice. Now one file
  counts: the one saved last by its workbook's own date (docProps/core.xml, which Excel writes on
  every save and which travels with the file through e-mail and USB sticks), else the one changed
  last on disk, else the last in file order; every other is a Pemeriksaan row "tidak dihitung: ganda"
  naming the file that counts, and its rows are in no table. Totals derived by hand below.
- The rekap workbook's own sheets (Rekap Perangkat Daerah, Grafik) stored numbers with xlsxwriter's
  16 significant digits: a capaian of 1 of 3 (100/3 % = 33.333333333333336 as a float, 17 digits)
  was stored 33.33333333333334, another number than the DataFrame's. They are written as the output
  sheets of ``build`` are (render's exact-number worksheet).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import zipfile
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core import rekap as core
from lkj_xl.xlsx.template import new_workbook

PEMDA = "Kabupaten Uji"


def settings(opd: str) -> dict[str, object]:
    return {c.P_PEMDA: PEMDA, c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 2}


def kinerja(t1: str, s1: str, t1_target: object = 100, s1_target: str = "10%") -> list[dict[str, object]]:
    """One Tujuan and one Sasaran, both Nilai Akhir (the TW II figure is the realisasi)."""
    return [
        {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Derajat kesehatan", "Indikator": "Indeks kesehatan",
         "Satuan": "Indeks", "Jenis Realisasi": "Nilai Akhir", "Target": t1_target, "Realisasi TW II": t1},
        {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Layanan",
         "Indikator": "Persentase layanan", "Satuan": "%", "Jenis Realisasi": "Nilai Akhir",
         "Target": s1_target, "Realisasi TW II": s1},
    ]  # fmt: skip


def anggaran(pagu: str, tw1: str, tw2: str) -> list[dict[str, object]]:
    return [
        {"Kode": "P1", "Program": "Program layanan", "Kode Sasaran": "S1", "Pagu": pagu,
         "Realisasi TW I": tw1, "Realisasi TW II": tw2},
    ]  # fmt: skip


def saved_by_excel(path: Path, when: str) -> None:
    """Set the workbook's own last-saved time (docProps/core.xml dcterms:modified), as Excel does on
    every save (lkj-xl new writes a fixed date)."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "docProps/core.xml":
                data, n = re.subn(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + when.encode() + rb"\g<2>",
                    data,
                )
                assert n == 1
            zout.writestr(info, data)
    path.write_bytes(out.getvalue())


LAMA, REVISI, PENDIDIKAN = "Dinkes.xlsx", "Dinkes (revisi).xlsx", "Pendidikan.xlsx"


def sent_twice(root: Path) -> Path:
    root.mkdir()
    # The first file: T1 80 of 100 -> 80 (Tinggi); S1 9% of 10% -> 90 (exactly 90: Tinggi); mean 85.
    # Pagu Rp 1 M, realisasi 200 jt + 300.000.000 = 500.000.000.
    new_workbook(
        root / LAMA,
        pengaturan=settings("DINAS KESEHATAN") | {c.P_PEMDA: "kabupaten  uji"},
        kinerja=kinerja("80", "9%"),
        anggaran=anggaran("Rp 1 M", "200 jt", "300.000.000"),
    )
    # The revision (the first file named in other case and spaces): T1 95,5 of 100 -> 95,5; S1
    # 9,5% of 10% -> 95; both Sangat Tinggi; mean (95,5 + 95) / 2 = 95,25. Pagu Rp 1,2 M, realisasi
    # 200 jt + 400.000.000 = 600.000.000.
    new_workbook(
        root / REVISI,
        pengaturan=settings("Dinas Kesehatan"),
        kinerja=kinerja("95,5", "9,5%"),
        anggaran=anggaran("Rp 1,2 M", "200 jt", "400.000.000"),
    )
    # Another agency: T1 75 of 100 -> 75 (exactly 75: Sedang); S1 52 of 80 -> 65 (exactly 65:
    # Rendah); mean 70. Pagu 700 jt, realisasi 0 + 350.000.000.
    new_workbook(
        root / PENDIDIKAN,
        pengaturan=settings("Dinas Pendidikan"),
        kinerja=kinerja("75", "52", s1_target=80),
        anggaran=anggaran("700 jt", "0", "350.000.000"),
    )
    return root


@pytest.fixture
def by_workbook_date(tmp_path) -> Path:
    root = sent_twice(tmp_path / "tw2")
    # Excel saved the revision five days after the first file...
    saved_by_excel(root / LAMA, "2025-07-03T02:00:00Z")
    saved_by_excel(root / REVISI, "2025-07-08T09:30:00Z")
    # ...but the analyst downloaded the first file again later: on disk it is the newer one.
    os.utime(root / REVISI, (1_750_000_000, 1_750_000_000))
    os.utime(root / LAMA, (1_760_000_000, 1_760_000_000))
    return root


def test_an_agency_sent_twice_is_counted_once_the_one_saved_last(by_workbook_date):
    root = by_workbook_date
    result = lkj_xl.rekap(root, jobs=1)
    agencies = result.perangkat_daerah
    # One row per agency: the revision (95,25) first, Dinas Pendidikan (70) second.
    assert list(agencies["berkas"]) == [str(root / REVISI), str(root / PENDIDIKAN)]
    assert list(agencies["peringkat"]) == [1, 2]
    assert list(agencies["capaian"]) == [95.25, 70.0]
    # The Pemda's totals over the rows: pagu 1.200.000.000 + 700.000.000 = 1.900.000.000; realisasi
    # 600.000.000 + 350.000.000 = 950.000.000 (with the first file too: 2.900.000.000 / 1.450.000.000).
    assert agencies["pagu"].sum() == 1_900_000_000
    assert agencies["realisasi_anggaran"].sum() == 950_000_000
    # Every indicator per kriteria: Sangat Tinggi 2 (the revision), Sedang 1 and Rendah 1 (Dinas
    # Pendidikan), Tinggi 0 (the first file's two Tinggi are not counted).
    totals = {k: int(agencies[f"semua_{core.column_key(k)}"].sum()) for k in c.KRITERIA}
    assert totals == {"Sangat Tinggi": 2, "Tinggi": 0, "Sedang": 1, "Rendah": 1, "Sangat Rendah": 0}
    # Semua Indikator and Semua Program (the pivot tables' source) hold no row of the first file.
    assert sorted(set(result.indikator["berkas"])) == [str(root / REVISI), str(root / PENDIDIKAN)]
    assert len(result.indikator) == 4 and result.program["pagu"].sum() == 1_900_000_000
    # Pemeriksaan lists every file; the one not counted says so and names the one that counts.
    checked = result.pemeriksaan.set_index("berkas")
    assert list(result.pemeriksaan["berkas"]) == [str(root / n) for n in (REVISI, LAMA, PENDIDIKAN)]
    lama = checked.loc[str(root / LAMA)]
    assert lama["status"] == core.GANDA == "tidak dihitung: ganda"
    assert str(root / REVISI) in lama["keterangan"]
    assert str(root / LAMA) in checked.loc[str(root / REVISI), "keterangan"]
    assert checked.loc[str(root / REVISI), "status"] == core.DIBACA
    # The warning names both files, which one counts and why.
    (pesan,) = [
        p
        for j, p in zip(result.peringatan["jenis"], result.peringatan["pesan"])
        if j == "Perangkat daerah ganda"
    ]
    assert pesan == (
        f"Dinas Kesehatan, Kabupaten Uji tercatat di 2 berkas (periode yang sama, Triwulan II Tahun 2025): "
        f"{root / REVISI}, {root / LAMA}. Hanya {root / REVISI} yang dihitung (disimpan paling akhir menurut "
        "buku kerjanya, 8 Juli 2025 09.30 UTC); yang lain tidak masuk peringkat, jumlah dan tabel (lihat "
        "Pemeriksaan). Bila yang berlaku berkas lain, pindahkan berkas yang tidak berlaku dari folder lalu "
        "rekap ulang."
    )  # fmt: skip
    assert result.status == 0  # no galat, nothing unreadable


def test_without_the_workbooks_own_dates_the_file_changed_last_counts(tmp_path):
    root = sent_twice(tmp_path / "tw2")  # both carry lkj-xl new's fixed date, never saved by Excel
    os.utime(root / REVISI, (1_750_000_000, 1_750_000_000))
    os.utime(root / LAMA, (1_760_000_000, 1_760_000_000))  # the first file is newer on disk here
    result = lkj_xl.rekap(root, jobs=2)
    agencies = result.perangkat_daerah
    # Dinkes.xlsx counts: mean 85, pagu 1.000.000.000 + 700.000.000 = 1.700.000.000.
    assert list(agencies["berkas"]) == [str(root / LAMA), str(root / PENDIDIKAN)]
    assert list(agencies["capaian"]) == [85.0, 70.0]
    assert agencies["pagu"].sum() == 1_700_000_000
    (pesan,) = [
        p
        for j, p in zip(result.peringatan["jenis"], result.peringatan["pesan"])
        if j == "Perangkat daerah ganda"
    ]
    assert f"Hanya {root / LAMA} yang dihitung (berkas paling akhir diubah, " in pesan
    assert result.pemeriksaan.set_index("berkas").loc[str(root / REVISI), "status"] == core.GANDA


def test_the_rekap_workbook_shows_the_agency_once(by_workbook_date, tmp_path):
    out = tmp_path / "rekap.xlsx"
    run = CliRunner().invoke(main, ["rekap", str(by_workbook_date), "-o", str(out)])
    assert run.exit_code == 0, run.output
    assert "warning: Dinas Kesehatan, Kabupaten Uji tercatat di 2 berkas" in run.stderr
    assert "wrote " in run.stdout and "2 of 3 workbooks, 4 indicators; 1 not counted" in run.stdout
    wb = openpyxl.load_workbook(out)
    ws = wb[core.SHEET_REKAP]
    col = {spec.key: i + 1 for i, spec in enumerate(core.AGENCY_COLUMNS)}
    names = [ws.cell(r, col["berkas"]).value for r in range(7, ws.max_row + 1)]
    # The two agencies, a blank row, the Pemda's line of the 2 agencies counted (not 3).
    assert names == [str(by_workbook_date / REVISI), str(by_workbook_date / PENDIDIKAN), None, None]
    assert ws.cell(10, col["perangkat_daerah"]).value == "Jumlah 2 perangkat daerah"
    rows = [[cell.value for cell in row] for row in wb["Pemeriksaan"].iter_rows()]
    lama = next(row for row in rows if row[0] == str(by_workbook_date / LAMA))
    assert lama[3] == "tidak dihitung: ganda"


def test_rekap_sheets_store_every_number_exactly(tmp_path):
    # One Tujuan, 1 of target 3 (Nilai Akhir): capaian 1 / 3 x 100 = 33,3333...; as a float
    # 33.333333333333336, which needs 17 significant digits (16 give 33.33333333333334, another float).
    capaian = float(Fraction(100, 3))
    assert repr(capaian) == "33.333333333333336" and float(f"{capaian:.16G}") != capaian
    new_workbook(
        tmp_path / "a.xlsx",
        pengaturan=settings("Dinas Tiga"),
        kinerja=kinerja("1", "", t1_target=3)[:1],
        anggaran=[],
    )
    out = tmp_path / "rekap.xlsx"
    run = CliRunner().invoke(main, ["rekap", str(tmp_path / "a.xlsx"), "-o", str(out)])
    assert run.exit_code == 0, run.output
    wb = openpyxl.load_workbook(out)
    ws = wb[core.SHEET_REKAP]
    col = {spec.key: i + 1 for i, spec in enumerate(core.AGENCY_COLUMNS)}
    assert ws.cell(7, col["capaian"]).value == capaian
    assert ws.cell(7, col["capaian_tujuan"]).value == capaian
    # Semua Indikator (written apart, rekap_rows) and Grafik's data block beside the capaian chart.
    ind = wb[core.SHEET_INDIKATOR]
    keys = [spec.key for spec in core.INDICATOR_COLUMNS]
    assert ind.cell(2, keys.index("capaian") + 1).value == capaian
    grafik = [cell.value for row in wb["Grafik"].iter_rows() for cell in row if isinstance(cell.value, float)]
    assert capaian in grafik
    # Stored as the text that reads back as that float, as the output sheets of build store it.
    with zipfile.ZipFile(out) as z:
        assert "<v>33.333333333333336</v>" in z.read("xl/worksheets/sheet1.xml").decode()


def test_the_workbooks_own_saved_time_as_programs_write_it(tmp_path):
    from lkj_xl.agency_files import saved_at

    path = tmp_path / "a.xlsx"
    new_workbook(path, pengaturan=settings("Dinas A"))
    # lkj-xl new's fixed date; Excel's UTC "Z"; a time with its zone (16.30 WIB is 09.30 UTC).
    assert saved_at(path.read_bytes()) == dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    for typed in ("2025-07-08T09:30:00Z", "2025-07-08T16:30:00+07:00"):
        saved_by_excel(path, typed)
        assert saved_at(path.read_bytes()) == dt.datetime(2025, 7, 8, 9, 30, tzinfo=dt.UTC), typed
    saved_by_excel(path, "kemarin")  # no date: the file's time on disk decides
    assert saved_at(path.read_bytes()) is None
    assert saved_at(b"PK not a zip") is None


def test_when_no_date_tells_the_last_file_counts():
    when = dt.datetime(2025, 7, 8, tzinfo=dt.UTC)

    def row(berkas: str) -> dict[str, object]:
        return {"pemerintah_daerah": PEMDA, "perangkat_daerah": "Dinas A", "tahun": 2025, "triwulan": 2,
                "berkas": berkas, "disimpan": when, "diubah": 1_750_000_000.0}  # fmt: skip

    other = row("b.xlsx") | {"perangkat_daerah": "Dinas B"}
    ganda = core.choose([row("a.xlsx"), other, row("a (1).xlsx")])
    assert [r["berkas"] for r in ganda.counted] == ["b.xlsx", "a (1).xlsx"]
    assert list(ganda.not_counted) == ["a.xlsx"]
    assert "yang terakhir menurut urutan berkas" in ganda.not_counted["a.xlsx"]


def test_the_same_agency_named_with_its_pemda_is_the_same_agency(tmp_path):
    # The revision typed the names otherwise: "DINAS KESEHATAN KAB. LUMAJANG" under "Kab. Lumajang"
    # is the Dinas Kesehatan of Kabupaten Lumajang; both were counted without a word (the names differ
    # beyond case and spaces). "Dinkes", an abbreviation, is not recognised (another agency to the
    # rekap, README says so). The Dinas Kesehatan of Kota Lumajang is another Pemda's.
    root = tmp_path / "tw2"
    root.mkdir()
    lumajang = {c.P_PEMDA: "Kabupaten Lumajang"}
    new_workbook(
        root / "a.xlsx", pengaturan=settings("Dinas Kesehatan") | lumajang, kinerja=kinerja("80", "9%")
    )
    new_workbook(root / "b.xlsx", pengaturan=settings("DINAS KESEHATAN KAB. LUMAJANG") | {c.P_PEMDA: "Kab. Lumajang"},
                 kinerja=kinerja("95,5", "9,5%"))  # fmt: skip
    new_workbook(root / "c.xlsx", pengaturan=settings("Dinas Kesehatan") | {c.P_PEMDA: "Kota Lumajang"},
                 kinerja=kinerja("75", "52", s1_target=80))  # fmt: skip
    saved_by_excel(root / "a.xlsx", "2025-07-03T02:00:00Z")
    saved_by_excel(root / "b.xlsx", "2025-07-08T09:30:00Z")
    result = lkj_xl.rekap(root, jobs=1)
    # b.xlsx (saved last) counts: (95,5 + 95) / 2 = 95,25; c.xlsx (75 + 65) / 2 = 70.
    assert list(zip(result.perangkat_daerah["berkas"], result.perangkat_daerah["capaian"])) == [
        (str(root / "b.xlsx"), 95.25),
        (str(root / "c.xlsx"), 70.0),
    ]
    assert result.pemeriksaan.set_index("berkas").loc[str(root / "a.xlsx"), "status"] == core.GANDA
