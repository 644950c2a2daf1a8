"""lkj-xl rekap (issue 13): a folder of agency workbooks in one rekap.

The folder holds a small agency whose every figure is derived by hand below, its duplicate, one with a
galat cell, generated agencies (tests/bench_rekap.py's generator, one of them from another quarter),
a corrupt file and an Excel owner file. The rekap's rows are checked against each agency's own
``lkj-xl export`` (run through the CLI) and, for the small agency, against the hand-derived numbers.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core import rekap as core
from lkj_xl.core import rekap_peringatan
from lkj_xl.core.export import neutralize
from lkj_xl.core.rekap_rincian import rincian_teknis
from lkj_xl.xlsx.template import new_workbook
from tests.bench_rekap import agency_workbook
from tests.helpers_print import page_zooms, pdf_words, print_zoom

PEMDA = "Kabupaten Uji"
KECIL = "Dinas Kecil"


# Typed by staff as a program's name: must come back as text everywhere, never run as a formula.
INJECTION = '=HYPERLINK("http://x","klik") Program satu'


def kecil_rows(t1_tw2: object = 50) -> list[dict[str, object]]:
    """The small agency: one Tujuan, two Sasaran, one Program (values chosen on band edges)."""
    return [
        # T1: Kumulatif 40 + 50 = 90 of target 100 -> capaian 90, exactly 90 is Tinggi (PermenPANRB > 90 is
        # Sangat Tinggi).
        {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Meningkatnya ekonomi", "Indikator": "Indeks ekonomi",
         "Satuan": "%", "Target": 100, "Realisasi TW I": 40, "Realisasi TW II": t1_tw2},
        # S1: Nilai Akhir, latest quarter 60% of target 80% -> capaian 75, exactly 75 is Sedang.
        {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Usaha naik kelas & <mandiri>",
         "Indikator": "Persentase usaha naik kelas", "Satuan": "%", "Jenis Realisasi": "Nilai Akhir",
         "Target": "80%", "Realisasi TW I": "50%", "Realisasi TW II": "60%"},
        # S2: a status text, no number -> belum diketahui.
        {"Kode": "S2", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Wisata",
         "Indikator": "Jumlah wisatawan", "Satuan": "orang", "Target": 1000,
         "Realisasi TW I": "Menunggu data BPS"},
        # P1: Kumulatif 2 + 3 = 5 of target 4 -> capaian 125, Sangat Tinggi.
        {"Kode": "P1", "Tingkat": "Program", "Kode Induk": "S1", "Uraian": INJECTION,
         "Indikator": "Jumlah dokumen", "Satuan": "dokumen", "Target": 4, "Realisasi TW I": 2,
         "Realisasi TW II": 3},
    ]  # fmt: skip


# P1's budget: pagu Rp 1.000.000, spent 100.000 + 150.000 = 250.000 by TW II -> penyerapan 25 %.
KECIL_BUDGET = [
    {"Kode": "P1", "Program": "Program satu", "Pagu": "Rp 1.000.000", "Realisasi TW I": 100_000,
     "Realisasi TW II": "150.000"},
]  # fmt: skip


def settings(opd: str, triwulan: int = 2) -> dict[str, object]:
    return {c.P_PEMDA: PEMDA, c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: triwulan}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("opd")
    new_workbook(
        root / "dinas-kecil.xlsx", pengaturan=settings(KECIL), kinerja=kecil_rows(), anggaran=KECIL_BUDGET
    )
    # The same agency again (a resubmitted file), older on disk than dinas-kecil.xlsx, the workbooks'
    # own dates the same: dinas-kecil.xlsx counts, the copy is listed as not counted, with a warning.
    shutil.copyfile(root / "dinas-kecil.xlsx", root / "dinas-kecil-revisi.xlsx")
    older = (root / "dinas-kecil.xlsx").stat().st_mtime - 3600
    os.utime(root / "dinas-kecil-revisi.xlsx", (older, older))
    # T1's TW II typed "12,3,4": a galat, so T1 gets no capaian.
    new_workbook(
        root / "dinas-galat.xlsx",
        pengaturan=settings("Dinas Galat"),
        kinerja=kecil_rows(t1_tw2="12,3,4"),
        anggaran=KECIL_BUDGET,
    )
    agency_workbook(
        root / "dinas-pendidikan.xlsx", opd="Dinas Pendidikan", pemda=PEMDA, indicators=30, variant=3
    )
    agency_workbook(
        root / "dinas-kesehatan.xlsx", opd="Dinas Kesehatan", pemda=PEMDA, indicators=30, variant=11
    )
    agency_workbook(
        root / "dinas-pariwisata-tw3.xlsx",
        opd="Dinas Pariwisata",
        pemda=PEMDA,
        indicators=30,
        variant=5,
        triwulan=3,
    )
    # A workbook cut off in the middle of its zip (a broken download).
    (root / "rusak.xlsx").write_bytes((root / "dinas-kecil.xlsx").read_bytes()[:300])
    # Excel's owner file of an open workbook: never read.
    (root / "~$dinas-kecil.xlsx").write_bytes(b"\x00owner")
    return root


READABLE = (
    "dinas-galat.xlsx",
    "dinas-kecil-revisi.xlsx",
    "dinas-kecil.xlsx",
    "dinas-kesehatan.xlsx",
    "dinas-pariwisata-tw3.xlsx",
    "dinas-pendidikan.xlsx",
)
# The agencies the rekap counts: the copy of the small agency is not counted (the same agency twice).
COUNTED = tuple(name for name in READABLE if name != "dinas-kecil-revisi.xlsx")


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def print_pdf(xlsx: Path, pdf: Path, sheets: list[str] | None = None) -> Path:
    """``xlsx`` printed by LibreOffice (the project's PDFs); the test skipped where it is missing."""
    from lkj_xl.delivery.pdf import PdfError, xlsx_to_pdf

    try:
        return xlsx_to_pdf(xlsx, pdf, sheets=sheets)
    except PdfError as exc:
        if "not found" in str(exc) or "install" in str(exc):
            pytest.skip(str(exc))
        raise


@pytest.fixture(scope="module")
def result(folder) -> lkj_xl.Rekap:
    return lkj_xl.rekap([folder], jobs=1)


@pytest.fixture(scope="module")
def exports(folder) -> dict[str, dict]:
    """Each readable agency's `lkj-xl export` (JSON), by file name."""
    out = {}
    for name in COUNTED:
        run = invoke("export", folder / name)
        assert run.exit_code == 0, run.output
        out[name] = json.loads(run.stdout)
    return out


def row_of(frame: pd.DataFrame, folder: Path, name: str) -> dict:
    rows = frame[frame["berkas"] == str(folder / name)]
    assert len(rows) == 1, name
    return rows.iloc[0].to_dict()


def test_small_agency_by_hand(result, folder):
    row = row_of(result.perangkat_daerah, folder, "dinas-kecil.xlsx")
    assert (row["pemerintah_daerah"], row["perangkat_daerah"], row["tahun"], row["triwulan"]) == (
        PEMDA,
        KECIL,
        2025,
        2,
    )
    # 4 rows in Kinerja: T1; S1, S2; P1.
    assert row["indikator"] == 4
    assert (row["indikator_tujuan"], row["indikator_sasaran"], row["indikator_program"]) == (1, 2, 1)
    assert row["indikator_kegiatan"] == row["indikator_sub_kegiatan"] == 0
    # T1, S1, P1 have a capaian; S2 waits for BPS.
    assert (row["terukur"], row["belum_diketahui"], row["galat"]) == (3, 1, 0)
    # T1 90 Tinggi; S1 75 Sedang; P1 125 Sangat Tinggi.
    assert row["tujuan_tinggi"] == 1 and row["sasaran_sedang"] == 1
    assert sum(row[f"tujuan_{core.column_key(k)}"] for k in c.KRITERIA) == 1
    assert sum(row[f"sasaran_{core.column_key(k)}"] for k in c.KRITERIA) == 1  # S2 has no kriteria
    assert (row["semua_sangat_tinggi"], row["semua_tinggi"], row["semua_sedang"]) == (1, 1, 1)
    assert row["semua_rendah"] == row["semua_sangat_rendah"] == 0
    # Means: Tujuan 90; Sasaran 75 (S2 not measured); Tujuan and Sasaran (90 + 75) / 2 = 82,5, Tinggi.
    assert (row["capaian_tujuan"], row["capaian_sasaran"], row["capaian"]) == (90, 75, 82.5)
    assert row["kriteria"] == "Tinggi"
    # Budget: 250.000 of 1.000.000 = 25 %; efisiensi 82,5 - 25 = 57,5 points.
    assert (row["program"], row["pagu"], row["realisasi_anggaran"]) == (1, 1_000_000, 250_000)
    assert row["penyerapan"] == 25 and row["efisiensi"] == 57.5
    assert row["temuan_galat"] == 0


def test_galat_agency_by_hand(result, folder):
    row = row_of(result.perangkat_daerah, folder, "dinas-galat.xlsx")
    # T1's TW II "12,3,4" cannot be read: T1 is galat, so the Tujuan mean is unknown and the agency's
    # mean is S1's 75 alone (Sedang); efisiensi 75 - 25 = 50.
    assert (row["terukur"], row["belum_diketahui"], row["galat"]) == (2, 1, 1)
    assert pd.isna(row["capaian_tujuan"]) and row["capaian"] == 75 and row["kriteria"] == "Sedang"
    assert row["efisiensi"] == 50
    assert row["temuan_galat"] >= 1


def test_rows_agree_with_each_agency_export(result, folder, exports):
    for name, data in exports.items():
        row = row_of(result.perangkat_daerah, folder, name)
        indicators = data["indikator"]
        assert row["perangkat_daerah"] == data["perangkat_daerah"] and row["triwulan"] == data["triwulan"]
        assert row["indikator"] == len(indicators)
        for tingkat in c.TINGKAT:
            assert row[f"indikator_{core.column_key(tingkat)}"] == sum(
                i["tingkat"] == tingkat for i in indicators
            )
        groups = data["ringkasan"]["per_tingkat"]
        assert row["terukur"] == sum(g["tercapai"] + g["belum_tercapai"] for g in groups)
        assert row["belum_diketahui"] == sum(g["belum_diketahui"] for g in groups)
        assert row["galat"] == sum(
            g["jumlah"] - g["tercapai"] - g["belum_tercapai"] - g["belum_diketahui"] for g in groups
        )
        for g in groups:
            if g["tingkat"] in ("Tujuan", "Sasaran"):
                for k in c.KRITERIA:
                    assert (
                        row[f"{core.column_key(g['tingkat'])}_{core.column_key(k)}"] == g["per_kriteria"][k]
                    )
        for k in c.KRITERIA:
            assert row[f"semua_{core.column_key(k)}"] == sum(g["per_kriteria"][k] for g in groups)
        measured = [
            i["capaian"]
            for i in indicators
            if i["tingkat"] in ("Tujuan", "Sasaran") and i["capaian"] is not None
        ]
        assert row["capaian"] == pytest.approx(sum(measured) / len(measured), rel=1e-12)
        totals = data["ringkasan"]
        assert row["pagu"] == totals["total_pagu"]
        assert row["realisasi_anggaran"] == totals["total_realisasi_anggaran"]
        assert row["penyerapan"] == totals["total_penyerapan"]
        assert row["efisiensi"] == pytest.approx(row["capaian"] - totals["total_penyerapan"], rel=1e-12)
        galat = sum(f["tingkat"] == "galat" for f in data["pemeriksaan"])
        assert (row["temuan_galat"], row["temuan"]) == (galat, len(data["pemeriksaan"]))
        # The long tables hold the export's own rows.
        mine = result.indikator[result.indikator["berkas"] == str(folder / name)]
        keys = [col.key for col in core.INDICATOR_COLUMNS[3:-4]]  # then periode, tahun, triwulan, kunci
        assert [
            tuple(r)
            for r in mine[keys].astype(object).where(mine[keys].notna(), None).itertuples(index=False)
        ] == [tuple(i[k] for k in keys) for i in indicators]
        programs = result.program[result.program["berkas"] == str(folder / name)]
        for table in (mine, programs):  # each row carries its agency's period
            assert set(table["tahun"]) == {data["tahun"]} and set(table["triwulan"]) == {data["triwulan"]}
        assert list(programs["pagu"]) == [b["pagu"] for b in data["anggaran"]]
        assert [None if pd.isna(v) else v for v in programs["penyerapan"]] == [
            b["penyerapan"] for b in data["anggaran"]
        ]
    assert len(result.indikator) == sum(len(d["indikator"]) for d in exports.values())
    assert len(result.program) == sum(len(d["anggaran"]) for d in exports.values())


def whose_of(report, berkas: str) -> tuple[str, str, str]:
    return (report.settings.pemerintah_daerah, report.settings.perangkat_daerah, berkas)


def test_rows_built_from_the_report_are_exports_rows(folder):
    """The rekap's indicator and program rows are read straight from the Report (issue 13's speed):
    they must be, value for value and type for type, the rows of export's own tables they replaced."""
    from lkj_xl.build import load_report
    from lkj_xl.core.export import table_rows

    example = Path(__file__).resolve().parent.parent / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"
    for path in [*(folder / name for name in READABLE), example]:
        report = load_report(path)
        whose = whose_of(report, str(path))
        indicator_keys = [col.key for col in core.INDICATOR_COLUMNS[3:-4]]  # then periode, tahun, ...
        program_keys = [col.key for col in core.PROGRAM_COLUMNS[3:-4]]
        expected_indicators = [
            (*whose, *(r[k] for k in indicator_keys)) for r in table_rows(report, "indikator")
        ]
        expected_programs = [(*whose, *(r[k] for k in program_keys)) for r in table_rows(report, "anggaran")]
        # The period and the key last (tahun, triwulan, kunci: test_two_quarters_join_on_the_key).
        period = (report.settings.tahun, report.settings.triwulan)
        tails = [row[-3:] for row in core.indicator_rows(report, str(path))]
        tails += [row[-3:] for row in core.program_rows(report, str(path))]
        assert all(tail[:2] == period and len(tail[2]) == 17 for tail in tails), path
        got_indicators = [row[:-4] for row in core.indicator_rows(report, str(path))]  # and periode
        got_programs = [row[:-4] for row in core.program_rows(report, str(path))]
        assert got_indicators == expected_indicators and got_programs == expected_programs, path
        for got, expected in zip(got_indicators + got_programs, expected_indicators + expected_programs):
            assert list(map(type, got)) == list(map(type, expected)), path
    # The folder has what the shortcut must carry over: a galat (no capaian), a status text.
    galat = core.indicator_rows(load_report(folder / "dinas-galat.xlsx"), "x")
    keys = [col.key for col in core.INDICATOR_COLUMNS]
    capaian, status = keys.index("capaian"), keys.index("status")
    assert any(row[capaian] is None and row[status].startswith("Galat") for row in galat)
    kecil = load_report(folder / "dinas-kecil.xlsx")
    assert any(row[status] == "Menunggu data BPS" for row in core.indicator_rows(kecil, "x"))
    # A budget row counted toward no node (Kode Sasaran ""): None, as export gives it.
    from tests import report_factory

    lone = report_factory.report(budgets=[report_factory.budget("P9", "Program lepas", 10.0, None, None)])
    # Its key as README documents it: SHA-256 of Pemerintah Daerah, Perangkat Daerah (lower case,
    # punctuation dropped, as the duplicate check reads them) and Kode joined by U+001F, 16 hex digits
    # after a "k".
    typed = "kabupaten lumajang\x1fdinas koperasi ukm perindustrian dan perdagangan\x1fP9"
    key = "k" + hashlib.sha256(typed.encode()).hexdigest()[:16]
    assert core.program_rows(lone, "x") == [
        # no galat: no status; no Pagu Perubahan: the PK's pagu is the pagu, 10; Triwulan II 2025
        # (report_factory's settings), named as its report does
        (*whose_of(lone, "x"), "P9", "Program lepas", None, 10.0, 10.0, None, None, None, None,
         "Triwulan II Tahun 2025", 2025, 2, key),
    ]  # fmt: skip
    assert table_rows(lone, "anggaran")[0]["kode_sasaran"] is None


def test_ranking_by_mean_capaian(result, folder):
    # Dinas Pariwisata sent its Triwulan III: ranked in its own period, above the others (newest
    # first), never against the Triwulan II agencies.
    tw3, frame = result.perangkat_daerah.iloc[:1], result.perangkat_daerah.iloc[1:]
    assert list(tw3["perangkat_daerah"]) == ["Dinas Pariwisata"] and list(tw3["peringkat"]) == [1]
    assert set(frame["triwulan"]) == {2}
    capaian = list(frame["capaian"])
    assert capaian == sorted(capaian, reverse=True)  # every agency here has a mean
    # The small agency and its duplicate have the same figures: the same rank.
    kecil = frame[frame["perangkat_daerah"] == KECIL]
    assert kecil["peringkat"].nunique() == 1
    ranks = list(frame["peringkat"])
    assert ranks[0] == 1 and all(b in (a, i + 1) for i, (a, b) in enumerate(zip(ranks, ranks[1:]), start=1))


def test_unreadable_file_and_warnings(result, folder):
    files = result.pemeriksaan.set_index("berkas")
    # Every workbook once, in file order; the owner file never.
    assert list(result.pemeriksaan["berkas"]) == [str(folder / n) for n in sorted((*READABLE, "rusak.xlsx"))]
    broken = files.loc[str(folder / "rusak.xlsx")]
    assert broken["status"] == core.TIDAK_TERBACA
    # The sheet's readers get the reason in Bahasa Indonesia (a truncated file cannot be opened as a
    # workbook); the technical detail is what `lkj-xl check` says about the same file, in the log in
    # its English, in Rincian Teknis in Bahasa Indonesia (test_rekap_bahasa).
    assert broken["keterangan"] == core.ALASAN_BERKAS
    check = invoke("check", folder / "rusak.xlsx")
    assert check.exit_code == 2
    english = result.details[str(folder / "rusak.xlsx")]
    assert check.stderr.strip() == f"error: {folder / 'rusak.xlsx'}: {english}"
    assert broken["rincian"] == rincian_teknis(english) and broken["rincian"] != english
    galat = files.loc[str(folder / "dinas-galat.xlsx")]
    assert galat["status"] == core.DIBACA and galat["temuan_galat"] >= 1
    kinds = dict(zip(result.peringatan["jenis"], result.peringatan["pesan"]))
    # ~$dinas-kecil.xlsx is beside dinas-kecil.xlsx: it is open in Excel ("Sedang dibuka").
    # Dinas Galat ranked on S1 alone, its T1 galat (rekap17: said)
    assert set(kinds) == {
        "Triwulan berbeda",
        "Perangkat daerah ganda",
        "Sedang dibuka",
        "Peringkat tanpa indikator galat",
    }
    assert kinds["Peringkat tanpa indikator galat"].startswith(
        f"Dinas Galat ({folder / 'dinas-galat.xlsx'}): "
    )
    # T1 galat, S1 measured, S2 "Menunggu data BPS" (not yet known, no fault: not named)
    said = kinds["Peringkat tanpa indikator galat"]
    # The indicator left out is named with its node (no longer "tanpa Tujuan T1 (galat, sel ... tidak
    # terbaca)": a node's other indicators are averaged, and a galat cell may be read well, see
    # tests/test_rekap_galat_target_nol.py); still T1 alone, 1 of 3 measured.
    assert "tanpa indikator " in said and "(Tujuan T1, galat di sel " in said
    assert "hanya 1 dari 3 indikator Tujuan dan Sasaran" in said
    assert "S2" not in said
    # 5 agencies report Triwulan II, Dinas Pariwisata Triwulan III.
    assert "sebagian besar Triwulan II (4 perangkat daerah)" in kinds["Triwulan berbeda"]
    assert (
        f"Triwulan III: Dinas Pariwisata ({folder / 'dinas-pariwisata-tw3.xlsx'})"
        in kinds["Triwulan berbeda"]
    )
    assert kinds["Perangkat daerah ganda"].startswith(f"{KECIL}, {PEMDA} tercatat di 2 berkas")
    copy = files.loc[str(folder / "dinas-kecil-revisi.xlsx")]
    assert copy["status"] == core.GANDA and str(folder / "dinas-kecil.xlsx") in copy["keterangan"]
    assert result.status == 2  # the worst: a file that cannot be read


def test_warnings_on_years_and_unnamed_agencies():
    rows = [
        {"tahun": 2025, "triwulan": 2, "pemerintah_daerah": "Kab A", "perangkat_daerah": "Dinas X", "berkas": "x.xlsx"},
        {"tahun": 2025, "triwulan": 2, "pemerintah_daerah": "Kab A", "perangkat_daerah": "Dinas Y", "berkas": "y.xlsx"},
        {"tahun": 2024, "triwulan": 2, "pemerintah_daerah": "Kab A", "perangkat_daerah": "", "berkas": "z.xlsx"},
        # Same agency as Dinas X, written with other case and spaces.
        {"tahun": 2025, "triwulan": 2, "pemerintah_daerah": "kab  a", "perangkat_daerah": "DINAS X ", "berkas": "w.xlsx"},
    ]  # fmt: skip
    found = dict(rekap_peringatan.warnings(rows))
    assert found["Tahun berbeda"] == (
        "Tahun laporan tidak sama di semua perangkat daerah: sebagian besar 2025 (2 perangkat daerah); "
        "2024: (tanpa nama) (z.xlsx). "  # Dinas X counted once: w.xlsx (the last file, no dates)
        "Bila berkas itu laporan periode lain yang ikut terbawa ke folder, pindahkan lalu rekap ulang; bila isinya "
        "periode ini, minta perangkat daerahnya membetulkan Tahun di sheet Pengaturan lalu rekap ulang."
    )
    assert found["Perangkat daerah ganda"].startswith(
        "DINAS X, kab a tercatat di 2 berkas (periode yang sama, Triwulan II Tahun 2025): x.xlsx, w.xlsx. "
        "Hanya w.xlsx yang dihitung"
    )
    assert found["Tanpa nama"] == (
        "Berkas z.xlsx: Perangkat Daerah tidak diisi di sheet Pengaturan; baris-barisnya tanpa Kunci "
        "(tidak dapat dihubungkan dengan periode lain)."
    )
    assert "Triwulan berbeda" not in found


def test_rank_shares_equal_figures_and_puts_the_unmeasured_last():
    def agency(name, capaian, penyerapan):
        return {
            "perangkat_daerah": name,
            "berkas": f"{name}.xlsx",
            "capaian": capaian,
            "penyerapan": penyerapan,
        }

    ranked = core.rank(
        [
            agency("Dinas D", None, 90.0),  # no measured Tujuan/Sasaran: last, unranked
            agency("Dinas E", 80.0, 30.0),
            agency("Dinas C", 80.0, 10.0),  # same capaian as B and E, less spent: the same rank
            agency("Dinas B", 80.0, None),  # same capaian, penyerapan unknown: the same rank too
            agency("dinas a", 95.0, None),
            agency("Dinas F", 70.0, 90.0),  # after three sharing rank 2: 5th
        ]
    )
    # Equal means share a rank, listed by name; penyerapan breaks no tie (README, Rekap).
    assert [(r["perangkat_daerah"], r["peringkat"]) for r in ranked] == [
        ("dinas a", 1),
        ("Dinas B", 2),
        ("Dinas C", 2),
        ("Dinas E", 2),
        ("Dinas F", 5),
        ("Dinas D", None),
    ]


def test_cli_xlsx_reopened(folder, result, tmp_path):
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    out = tmp_path / "rekap.xlsx"
    run = invoke("rekap", folder, "-o", out, "--jobs", "2")
    assert run.exit_code == 2, run.output  # rusak.xlsx
    # Plain log lines (stderr is no terminal here), the warnings and the unreadable file on stderr.
    assert f"] {folder / 'dinas-kecil.xlsx'}: 4 indikator, 0 galat" in run.stderr
    assert "[7/7] " in run.stderr and f"{folder / 'rusak.xlsx'}: tidak dapat dibaca: " in run.stderr
    assert "warning: Triwulan laporan tidak sama" in run.stderr
    # The agencies' files are untouched (byte for byte); no new file beside them.
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()} == before

    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [
        core.SHEET_REKAP,
        core.SHEET_INDIKATOR,
        core.SHEET_PROGRAM,
        "Grafik",
        "Pemeriksaan",
    ]
    ws = wb[core.SHEET_REKAP]
    assert ws["A1"].value == "Rekap Capaian Kinerja Perangkat Daerah"
    assert (
        ws["A2"].value
        == f"{PEMDA}, peringkat per periode: Triwulan III Tahun 2025 (baris 7), Triwulan II Tahun 2025 "
        "(baris 8–11); lihat sheet Pemeriksaan"
    )
    col = {spec.key: i + 1 for i, spec in enumerate(core.AGENCY_COLUMNS)}
    for spec in core.AGENCY_COLUMNS:  # two header rows: a level over its five kriteria, else merged
        level, _, kriteria = spec.label.partition(": ")
        assert ws.cell(6 if kriteria else 5, col[spec.key]).value == (kriteria or spec.label)
    assert ws.cell(5, col["tujuan_sangat_tinggi"]).value == "Indikator Tujuan per Kriteria"
    assert ws.cell(6, col["sasaran_rendah"]).fill.fgColor.rgb == "FFFFA500"  # Rendah's colour
    # The mean capaian it is ranked by and its kriteria right beside the agency's name.
    assert [col[k] for k in ("peringkat", "perangkat_daerah", "capaian", "kriteria")] == [1, 3, 4, 5]
    # The agencies' rows (the blank row and the Pemda's Jumlah line below them name no file).
    rows = {
        ws.cell(r, col["berkas"]).value: r
        for r in range(7, ws.max_row + 1)
        if ws.cell(r, col["berkas"]).value
    }
    r = rows[str(folder / "dinas-kecil.xlsx")]
    assert ws.cell(r, col["capaian"]).value == 82.5
    assert ws.cell(r, col["capaian"]).number_format == "[$-421]#,##0.00"
    assert ws.cell(r, col["pagu"]).value == 1_000_000
    assert ws.cell(r, col["pagu"]).number_format == "[$-421]#,##0"
    assert ws.cell(r, col["efisiensi"]).value == 57.5
    assert ws.cell(r, col["efisiensi"]).number_format == "[$-421]#,##0.00;(#,##0.00)"
    assert ws.cell(r, col["tahun"]).value == 2025 and ws.cell(r, col["tahun"]).number_format == "0"
    kriteria = ws.cell(r, col["kriteria"])
    assert kriteria.value == "Tinggi" and kriteria.fill.fgColor.rgb == "FF92D050"  # styles.KRITERIA_COLOURS
    assert len(rows) == len(COUNTED)

    n = len(result.indikator)
    table = wb[core.SHEET_INDIKATOR].tables["SemuaIndikator"]
    assert (
        table.ref == f"A1:AA{n + 1}" and table.autoFilter is not None
    )  # 27 columns (Target PK and Target Perubahan after Target; Predikat, the three targets as typed
    # (tests/test_rekap_target_tertulis.py: 23 columns, W, before them), the grade realisasi as typed
    # (tests/test_predikat_realisasi_tertulis.py: X), then Periode, Tahun, Triwulan, key). Printed up
    # to Periode ("Triwulan II Tahun 2025" in words), without the numbers Tahun and Triwulan and the
    # key (16 hex digits a row are for joins, not for paper).
    assert wb[core.SHEET_INDIKATOR].print_area == f"'{core.SHEET_INDIKATOR}'!$A$1:$X${n + 1}"
    ind = wb[core.SHEET_INDIKATOR]
    # The rekap holds two periods (Triwulan III and II): Periode first, the other columns in their
    # order one column to the right (test_rekap_period_groups).
    labels = [spec.label for spec in core.INDICATOR_COLUMNS]
    assert [cell.value for cell in ind[1]] == ["Periode", *(label for label in labels if label != "Periode")]
    first = [r for r in range(2, n + 2) if ind.cell(r, 4).value == str(folder / "dinas-kecil.xlsx")][0]
    # Tingkat, Kode, Target, Target PK, Target Perubahan (none: blank), Realisasi, Capaian, Kriteria
    assert [ind.cell(first, k).value for k in (5, 6, 13, 14, 15, 16, 17, 18)] == [
        "Tujuan",
        "T1",
        100,
        100,
        None,
        90,
        90,
        "Tinggi",
    ]
    assert ind.cell(first, 17).number_format == "[$-421]#,##0.00"
    assert ind.cell(first, 1).value == "Triwulan II Tahun 2025"  # dinas-kecil.xlsx's period
    assert "Usaha naik kelas & <mandiri>" in {ind.cell(r, 8).value for r in range(2, n + 2)}
    typed = [ind.cell(r, 8) for r in range(2, n + 2) if ind.cell(r, 8).value == INJECTION]
    assert typed and all(cell.data_type == "s" for cell in typed)  # text, not a formula
    # 16 columns: the agency's 3, Kode, Program, Kode Sasaran, pagu, Pagu PK, Pagu Perubahan,
    # realisasi, penyerapan, Status, Periode, Tahun, Triwulan, Kunci.
    assert wb[core.SHEET_PROGRAM].tables["SemuaProgram"].ref == f"A1:P{len(result.program) + 1}"

    checks = wb["Pemeriksaan"]
    texts = [[cell.value for cell in row] for row in checks.iter_rows()]
    broken = next(row for row in texts if row[0] == str(folder / "rusak.xlsx"))
    assert broken[3] == "tidak dapat dibaca" and broken[6] == core.ALASAN_BERKAS
    assert broken[7] == result.pemeriksaan["rincian"].iloc[-1]
    assert any(row[0] == "Perangkat daerah ganda" for row in texts)
    # The three native charts per period: Dinas Pariwisata's Triwulan III first, then Triwulan II's.
    with zipfile.ZipFile(out) as z:
        assert sorted(n for n in z.namelist() if n.startswith("xl/charts/chart")) == [
            f"xl/charts/chart{i}.xml" for i in range(1, 7)
        ]
        for i, period in ((3, b"Triwulan III Tahun 2025"), (6, b"Triwulan II Tahun 2025")):
            assert b"Sebaran Kriteria Indikator per Perangkat Daerah, " + period in z.read(
                f"xl/charts/chart{i}.xml"
            )


def test_more_rows_than_an_excel_sheet_holds(folder, result, tmp_path, monkeypatch):
    # A whole country's indicators pass Excel's 1.048.576 rows; the limit made small to try it here.
    monkeypatch.setattr("lkj_xl.xlsx.rekap.EXCEL_ROWS", 10)
    out = tmp_path / "rekap.xlsx"
    run = invoke("rekap", folder, "-o", out)
    wb = openpyxl.load_workbook(out)
    # header and 9 rows; 27 columns (AA; W before the three targets as typed, then the grade realisasi
    # as typed, tests/test_predikat_realisasi_tertulis.py)
    assert wb[core.SHEET_INDIKATOR].tables["SemuaIndikator"].ref == "A1:AA10"
    assert wb[core.SHEET_INDIKATOR].max_row == 10
    message = (
        f"Sheet Semua Indikator hanya memuat 9 baris pertama dari {len(result.indikator)} baris (batas Excel)"
    )
    assert f"warning: {message}" in run.stderr
    assert any(str(row[1]).startswith(message) for row in wb["Pemeriksaan"].iter_rows(values_only=True))


@pytest.mark.slow
def test_libreoffice_opens_the_rekap(folder, tmp_path):

    out = tmp_path / "rekap.xlsx"
    invoke("rekap", folder, "-o", out, "--jobs", "1")
    pdf = print_pdf(out, tmp_path / "rekap.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "Rekap Capaian Kinerja Perangkat Daerah" in flat
    assert KECIL in flat and "Dinas Pariwisata" in flat
    assert "82,50" in flat  # the small agency's mean, with Indonesian separators
    assert "1.000.000" in flat
    assert "tidak dapat dibaca" in flat
    # The rows of Semua Indikator (written straight as sheet XML) open too.
    assert "Usaha naik kelas & <mandiri>" in flat and "Menunggu data BPS" in flat


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    """Same figures and texts (dtypes may differ between formats)."""
    assert list(a.columns) == list(b.columns) and len(a) == len(b)
    for col in a.columns:
        left = [None if pd.isna(v) else v for v in a[col].astype(object)]
        right = [None if pd.isna(v) else v for v in b[col].astype(object)]
        assert left == right, col


def test_csv_parquet_json_hold_the_dataframes(folder, result, tmp_path):
    for fmt in ("csv", "parquet"):
        run = invoke("rekap", folder, "--format", fmt, "-o", tmp_path / fmt)
        assert run.exit_code == 2, run.output
        assert sorted(p.name for p in (tmp_path / fmt).iterdir()) == sorted(
            [f"{t}.{fmt}" for t in result.tables()] + ["_manifest.json"]
        )
    run = invoke("rekap", folder, "--format", "json", "-o", tmp_path / "rekap.json")
    data = json.loads((tmp_path / "rekap.json").read_text(encoding="utf-8"))
    for name, frame in result.tables().items():
        from_csv = pd.read_csv(tmp_path / "csv" / f"{name}.csv", dtype=object, keep_default_na=False)
        # CSV is text: compare as the numbers it spells; formula-like texts carry a leading '.
        expected = frame.astype(object).where(frame.notna(), "").map(neutralize)
        for col in frame.columns:
            for got, want in zip(from_csv[col], expected[col]):
                if isinstance(want, (int, float)) and not isinstance(want, bool):
                    assert float(got) == want, (name, col)
                else:
                    assert got == str(want), (name, col)
        _same(pd.read_parquet(tmp_path / "parquet" / f"{name}.parquet"), frame)
        _same(pd.DataFrame(data[name], columns=list(frame.columns)), frame)
    uraian = pd.read_csv(tmp_path / "csv" / "indikator.csv", dtype=object)["uraian"]
    assert "'" + INJECTION in set(uraian) and INJECTION in set(result.indikator["uraian"])
    small = next(r for r in data["perangkat_daerah"] if r["berkas"] == str(folder / "dinas-kecil.xlsx"))
    assert small["capaian"] == 82.5 and small["efisiensi"] == 57.5 and small["peringkat"] >= 1


def test_two_jobs_give_the_same_rekap_as_one(folder, result, tmp_path):
    _two = lkj_xl.rekap([folder], jobs=2)
    for name, frame in result.tables().items():
        pd.testing.assert_frame_equal(getattr(_two, name), frame, check_exact=True)
    outs = []
    for jobs in ("1", "2"):
        invoke("rekap", folder, "--format", "json", "-o", tmp_path / f"{jobs}.json", "--jobs", jobs)
        outs.append((tmp_path / f"{jobs}.json").read_bytes())
    assert outs[0] == outs[1]


def test_refuses_to_overwrite_an_input(folder):
    target = folder / "dinas-kecil.xlsx"
    before = target.read_bytes()
    run = invoke("rekap", folder, "-o", target)
    assert run.exit_code == 2
    assert "refusing to write the rekap over" in run.stderr
    assert target.read_bytes() == before


def test_a_previous_rekap_in_the_folder_is_skipped(folder, tmp_path):
    work = tmp_path / "opd"
    shutil.copytree(folder, work)
    assert invoke("rekap", work, "-o", work / "rekap.xlsx").exit_code == 2
    # Written again over itself: left out of the inputs, then replaced.
    again = invoke("rekap", work, "-o", work / "rekap.xlsx", "--format", "xlsx")
    assert "[7/7]" in again.stderr and "[8/" not in again.stderr
    # Rekap to elsewhere: the old rekap is found, and skipped as a rekap, not an agency.
    other = lkj_xl.rekap([work], jobs=1)
    skipped = other.pemeriksaan[other.pemeriksaan["berkas"] == str(work / "rekap.xlsx")].iloc[0]
    assert skipped["status"] == core.DILEWATI and "rekap" in skipped["keterangan"]
    assert len(other.perangkat_daerah) == len(COUNTED)


def test_parquet_without_pyarrow_exits_2_before_any_work(folder, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as when it is not installed: import fails
    run = invoke("rekap", folder, "--format", "parquet", "-o", tmp_path / "out")
    assert run.exit_code == 2
    assert "--format parquet needs pyarrow" in run.stderr and "pip install 'lkj-xl[rekap]'" in run.stderr
    assert "[1/" not in run.stderr and not (tmp_path / "out").exists()


def test_nothing_to_read_is_a_usage_error(tmp_path):
    run = invoke("rekap", tmp_path)
    assert run.exit_code == 2 and "no workbook (.xlsx or .xlsm) found" in run.stderr


def test_exit_status_is_the_worst_workbook(folder, tmp_path):
    out = tmp_path / "rekap.json"
    # Files given one by one (not the folder): clean -> 0; with a galat -> 1; with a broken file -> 2.
    assert invoke("rekap", folder / "dinas-kecil.xlsx", "--format", "json", "-o", out).exit_code == 0
    galat = invoke(
        "rekap", folder / "dinas-kecil.xlsx", folder / "dinas-galat.xlsx", "--format", "json", "-o", out
    )
    assert galat.exit_code == 1
    broken = invoke(
        "rekap", folder / "dinas-galat.xlsx", folder / "rusak.xlsx", "--format", "json", "-o", out
    )
    assert broken.exit_code == 2
    assert [r["berkas"] for r in json.loads(out.read_text())["pemeriksaan"]] == [
        str(folder / "dinas-galat.xlsx"),
        str(folder / "rusak.xlsx"),
    ]


def test_a_workbook_that_is_not_an_lkj_xl_workbook_is_named_in_indonesian(tmp_path):
    # A sound .xlsx of someone else's (no Pengaturan/Kinerja/Anggaran): the sheet's readers are told
    # it is not an LKjIP workbook; the technical detail names the missing sheet, as `check` does.
    other = tmp_path / "daftar-hadir.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Daftar Hadir"
    wb.active["A1"] = "Nama"
    wb.save(other)
    result = lkj_xl.rekap([other], jobs=1)
    row = result.pemeriksaan.iloc[0]
    assert row["status"] == core.TIDAK_TERBACA
    assert row["keterangan"] == (  # the sheets it has, and what to do (tests/test_rekap_round12.py)
        "bukan buku kerja LKjIP perangkat daerah: sheet Pengaturan, Kinerja dan Anggaran tidak ditemukan "
        "(sheet yang ada: Daftar Hadir). Bila berkas ini seharusnya laporan sebuah perangkat daerah, minta "
        "buku kerja LKjIP-nya lalu rekap ulang."
    )
    check = invoke("check", other)
    assert check.exit_code == 2
    assert check.stderr.strip() == f"error: {other}: {result.details[str(other)]}"
    # Rincian Teknis: the missing sheets in Bahasa Indonesia, as the add-in says them
    assert row["rincian"] == (
        "bukan buku kerja LKjIP perangkat daerah: sheet Pengaturan, Kinerja dan Anggaran tidak ditemukan "
        "(sheet yang ada: Daftar Hadir)"
    )


def test_csv_for_excel_set_to_indonesian(folder, tmp_path):
    # --excel-id: semicolons, decimal commas, a byte order mark and CRLF, so Excel set to Indonesian
    # opens the tables in columns with numbers. The small agency's figures worked out by hand in
    # test_small_agency_by_hand: means 90 / 75 / 82,5, pagu 1.000.000, realisasi 250.000, penyerapan 25,
    # efisiensi 57,5 (unrounded, no thousands dots).
    out = tmp_path / "csv"
    run = invoke("rekap", folder, "--format", "csv", "--excel-id", "-o", out)
    assert run.exit_code in (1, 2), run.output  # the folder holds a galat and an unreadable workbook
    raw = (out / "perangkat_daerah.csv").read_bytes()
    assert raw.startswith("\ufeff".encode()) and b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    (row,) = [r for r in rows if r["berkas"] == str(folder / "dinas-kecil.xlsx")]
    figures = ("capaian_tujuan", "capaian_sasaran", "capaian", "pagu", "realisasi_anggaran")
    assert [float(row[k].replace(",", ".")) for k in figures] == [90, 75, 82.5, 1_000_000, 250_000]
    assert (row["capaian"], row["efisiensi"]) == ("82,5", "57,5")
    assert row["kriteria"] == "Tinggi" and row["perangkat_daerah"] == KECIL
    # Only for csv: refused before any workbook is read.
    refused = invoke("rekap", folder, "--excel-id", "-o", tmp_path / "r.xlsx")
    assert refused.exit_code == 2 and "--excel-id applies to --format csv" in refused.output
    assert not (tmp_path / "r.xlsx").exists()


def _column_text(words: list, left: float, right: float, below: str) -> str:
    """The text of the words starting between ``left`` and ``right`` (one column) under the header
    word ``below`` of each page and above its footer (Halaman n dari m), in reading order."""
    tops = {page: y for page, _, y, _, w in words if w == below}
    feet = {page: y for page, _, y, _, w in words if w == "Halaman"}
    inside = [(p, y, x, w) for p, x, y, _, w in words if left <= x < right and tops.get(p, 1e9) < y < feet[p]]
    return " ".join(w for *_, w in sorted(inside))


@pytest.mark.slow
def test_every_rekap_sheet_prints_legibly_in_libreoffice(folder, tmp_path):
    # The rekap as the Bappeda officer prints it (LibreOffice, the project's PDFs): every sheet at 75 %
    # or more (each sheet's words measured against the same sheet printed at 100 %), Pemeriksaan of 30
    # unreadable files on several pages with its header on each, every reason whole.
    from lkj_xl.delivery.pdf import PdfError, xlsx_to_pdf

    many = tmp_path / "opd"
    shutil.copytree(folder, many)
    for i in range(1, 26):  # cut-off downloads with long names, as agencies send them
        (many / f"laporan-kinerja-perangkat-daerah-nomor-{i:02d}-triwulan-ii-2025-revisi.xlsx").write_bytes(
            b"PK\x03\x04 terpotong"
        )
    out = tmp_path / "rekap.xlsx"
    invoke("rekap", many, "-o", out, "--jobs", "1")
    full = tmp_path / "full.xlsx"  # the same workbook, every sheet printed at 100 % (no fitting)
    book = openpyxl.load_workbook(out)
    for ws in book.worksheets:
        ws.sheet_properties.pageSetUpPr.fitToPage = False
        ws.page_setup.scale = 100
    book.save(full)
    printed = {}
    for sheet in (core.SHEET_REKAP, core.SHEET_INDIKATOR, core.SHEET_PROGRAM, core.SHEET_PEMERIKSAAN):
        try:
            pdf = xlsx_to_pdf(out, tmp_path / "cetak.pdf", sheets=[sheet])
            reference = xlsx_to_pdf(full, tmp_path / "penuh.pdf", sheets=[sheet])
        except PdfError as exc:
            if "not found" in str(exc) or "install" in str(exc):
                pytest.skip(str(exc))
            raise
        printed[sheet] = pdf_words(pdf)
        # LibreOffice zooms in whole percents and sets the zoomed font in tenths of a point: 11 pt at
        # 75 % prints as 8,2 pt, a ratio of 0,746.
        assert round(100 * print_zoom(printed[sheet], pdf_words(reference))) >= 75, sheet
    words = printed[core.SHEET_PEMERIKSAAN]
    pages = max(page for page, *_ in words)
    assert pages > 1
    for page in range(1, pages + 1):  # the file table's header on every page
        assert {"Keterangan", "Rincian"} <= {w for p, *_, w in words if p == page}, page
    # Keterangan's words start where the first reason does, Rincian Teknis's where its first message does.
    # (Under the file table's header: the warnings above it say "berkas" too.)
    top = min(y for p, _, y, _, w in words if p == 1 and w == "Keterangan")
    left = min(x for p, x, y, _, w in words if w == "berkas" and (p > 1 or y > top))
    detail = lkj_xl.rekap([many / "rusak.xlsx"], jobs=1).pemeriksaan["rincian"][0]
    right = min(x for _, x, _, _, w in words if w == detail.split()[0] and x > left)
    assert " ".join([core.ALASAN_BERKAS] * 26) in _column_text(words, left, right, "Keterangan")
    # Rincian Teknis ends where the header of the next column, Isian Tidak Dihitung, starts.
    header = ("Isian", "Tidak", "Dihitung")  # centred on its lines: the leftmost word's start
    end = min(x for p, x, y, _, w in words if p == 1 and w in header and x > right and abs(y - top) < 40)
    assert " ".join([detail] * 26) in _column_text(words, right, end, "Keterangan")


@pytest.mark.slow
def test_rekap_sheets_print_at_75_percent_whatever_the_number_of_rows(folder, tmp_path):
    # Fitted to N pages wide and 0 ("any number") tall, LibreOffice printed at the zoom that fits the
    # width, or at 98 % of it (cut to a whole percent) when that saved a page tall: whether a sheet
    # printed under 75 % depended on its rows. The folder with 0 to 7 more small agencies (4
    # indicators, 1 program each): before the fix Semua Program printed at 73 % (fitted at 75 %, x 0,98
    # = 73,5) and Semua Indikator at 74 % (fitted at 76 %) for some of these counts (measured).
    many = tmp_path / "opd"
    shutil.copytree(folder, many)
    for i in range(1, 26):  # Pemeriksaan over several pages
        (many / f"laporan-kinerja-perangkat-daerah-nomor-{i:02d}-triwulan-ii-2025-revisi.xlsx").write_bytes(
            b"PK\x03\x04 terpotong"
        )
    sheets = [core.SHEET_REKAP, core.SHEET_INDIKATOR, core.SHEET_PROGRAM, core.SHEET_PEMERIKSAAN]
    reference: list = []
    least = {}
    for more in range(8):
        if more:
            new_workbook(many / f"dinas-tambahan-{more}.xlsx", pengaturan=settings(f"Dinas Tambahan {more}"),
                         kinerja=kecil_rows(), anggaran=KECIL_BUDGET)  # fmt: skip
        out = tmp_path / f"rekap-{more}.xlsx"
        invoke("rekap", many, "-o", out, "--jobs", "1")
        if not reference:  # the same sheets printed at 100 % (no fitting): each word's height there
            book = openpyxl.load_workbook(out)
            for ws in book.worksheets:
                ws.sheet_properties.pageSetUpPr.fitToPage = False
                ws.page_setup.scale = 100
            book.save(tmp_path / "full.xlsx")
            reference = pdf_words(print_pdf(tmp_path / "full.xlsx", tmp_path / "penuh.pdf", sheets))
        zooms = page_zooms(pdf_words(print_pdf(out, tmp_path / f"cetak-{more}.pdf", sheets)), reference)
        least[more] = min(zooms.values())
    # 11 pt at 75 % prints as 8,2 pt (tenths of a point), a ratio of 0,745: 75 when rounded.
    assert all(zoom >= 75 for zoom in least.values()), least


def test_a_long_agency_name_wraps_whole_in_the_rekap_sheet(tmp_path):
    # 71 characters in the 34-character Perangkat Daerah column: it was cut off at the column's edge
    # on screen and on paper; now it wraps, on a row at least two lines (2 x 15 pt) tall.
    name = "Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan"
    (tmp_path / "opd").mkdir()
    new_workbook(tmp_path / "opd" / "dinas.xlsx", pengaturan=settings(name), kinerja=kecil_rows())
    out = tmp_path / "rekap.xlsx"
    invoke("rekap", tmp_path / "opd", "-o", out, "--jobs", "1")
    ws = openpyxl.load_workbook(out)[core.SHEET_REKAP]
    col = 1 + [spec.key for spec in core.AGENCY_COLUMNS].index("perangkat_daerah")
    (row,) = [r for r in range(7, ws.max_row + 1) if ws.cell(r, col).value == name]
    assert ws.cell(row, col).alignment.wrap_text
    assert ws.row_dimensions[row].height >= 30
    # The note under the title wraps too, over the columns of the first printed page.
    assert ws["A3"].alignment.wrap_text and ws.row_dimensions[3].height >= 30


@pytest.mark.slow
def test_the_first_printed_page_of_the_rekap_shows_what_the_ranking_is_by(folder, tmp_path):
    # The Rekap sheet prints several pages side by side. The Bappeda officer reads page 1: the title
    # and the period, each agency's rank and name, and beside them the mean capaian it is ranked by,
    # its kriteria, its penyerapan and efisiensi. (These stood on pages 4 and 5 of 6, and the title,
    # centred over 42 columns, on page 3.) The small agency (test_small_agency_by_hand): mean capaian
    # (90 + 75) / 2 = 82,5, shown 82,50, Tinggi; penyerapan 250.000 / 1.000.000 = 25 %, 25,00;
    # efisiensi 82,5 - 25 = 57,5, shown 57,50.

    out = tmp_path / "rekap.xlsx"
    invoke("rekap", folder, "-o", out, "--jobs", "1")
    pdf = print_pdf(out, tmp_path / "rekap.pdf", sheets=[core.SHEET_REKAP])
    words = pdf_words(pdf)
    first = " ".join(w for page, *_, w in words if page == 1)
    assert "Rekap Capaian Kinerja Perangkat Daerah" in first
    # Rank 1 (the revised copy ties with it, the same figures), name, capaian, kriteria, penyerapan,
    # efisiensi: one line of page 1 (then the means of the Tujuan, 90, and of the Sasaran, 75, as
    # many as the page holds).
    (line,) = {ln for ln in _lines(words, 1) if ln.startswith(f"1 {PEMDA} {KECIL} ")}
    assert line.startswith(f"1 {PEMDA} {KECIL} 82,50 Tinggi 25,00 57,50"), line
    # The note under the title whole on page 1, no word cut off at the page's edge.
    note = openpyxl.load_workbook(out)[core.SHEET_REKAP]["A3"].value
    printed = [w for page, *_, w in words if page == 1]
    assert all(word in printed for word in note.split()), [w for w in note.split() if w not in printed]
    assert "Penyerapan" in first and "Efisiensi" in first


def _lines(words: list, page: int) -> list[str]:
    """The words of ``page`` joined into lines (the same top, within a point), left to right."""
    rows: dict[float, list[tuple[float, str]]] = {}
    for p, x, y, _, w in words:
        if p == page:
            top = next((t for t in rows if abs(t - y) < 1), y)
            rows.setdefault(top, []).append((x, w))
    return [" ".join(w for _, w in sorted(row)) for _, row in sorted(rows.items())]


def test_the_grafik_sheet_prints_its_charts_one_a_page(folder, tmp_path):
    # The Grafik sheet printed its three data blocks and three charts fitted to one A4 page: the charts
    # in a third of the page, the tables' text at some 3 pt. Now only the charts print (the data
    # blocks repeat the Rekap sheet's figures), one an A4 landscape page: a break before the second and
    # the third, each chart inside the printed columns and between its breaks. The folder holds two
    # periods (Dinas Pariwisata's Triwulan III): three charts each, six pages.
    out = tmp_path / "rekap.xlsx"
    invoke("rekap", folder, "-o", out, "--jobs", "1")
    ws = openpyxl.load_workbook(out)[core.SHEET_GRAFIK]
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToHeight == 0
    breaks = [b.id for b in ws.row_breaks.brk]
    assert len(breaks) == 5
    (area,) = ws.print_area if isinstance(ws.print_area, list) else [ws.print_area]
    first_col, last_col = (
        openpyxl.utils.column_index_from_string(x) for x in re.findall(r"\$([A-Z]+)\$", area)
    )
    with zipfile.ZipFile(out) as z:
        names = [n for n in z.namelist() if n.startswith("xl/drawings/drawing") and n.endswith(".xml")]
        grafik = [z.read(n).decode() for n in names if "<c:chart" in z.read(n).decode()]
    (drawing,) = grafik
    anchors = re.findall(
        r"<xdr:from><xdr:col>(\d+)</xdr:col>.*?<xdr:row>(\d+)</xdr:row>.*?<xdr:to><xdr:col>(\d+)</xdr:col>"
        r"<xdr:colOff>(\d+)</xdr:colOff><xdr:row>(\d+)</xdr:row>",
        drawing,
    )
    assert len(anchors) == 6
    # openpyxl's breaks: a break with id N ends a page after row N (1-based), so a page starts at row N + 1.
    pages = list(zip([1] + [b + 1 for b in breaks], breaks + [10**6]))
    for (c0, r0, c1, c1_off, r1), (top, bottom) in zip(sorted(anchors, key=lambda a: int(a[1])), pages):
        # 0-based anchors: the chart's first row is row r0 + 1, its last r1 + 1 (1-based).
        assert top <= int(r0) + 1 and int(r1) + 1 <= bottom
        last = int(c1) + (1 if int(c1_off) else 0)  # the column its right edge ends in (1-based)
        assert first_col <= int(c0) + 1 and last <= last_col


@pytest.mark.slow
def test_each_chart_of_the_grafik_prints_on_its_own_page_with_every_agency_named(tmp_path):
    # In LibreOffice (the project's PDFs): three pages, one chart each; each chart names every agency.
    # Agencies' names are long: on the narrower chart such a label took two lines, and LibreOffice
    # then left out every other label (it leaves out labels that crowd). 38 agencies (the most that
    # are labelled one by one, on a chart of the most height: its scale on the same page), each with
    # kecil_rows' capaian (82,5) and a budget, named "... Wilayah 01" to "... Wilayah 38".

    (tmp_path / "opd").mkdir()
    long_name = "Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan Wilayah"
    for i in range(1, 39):
        new_workbook(tmp_path / "opd" / f"dinas-{i:02d}.xlsx", pengaturan=settings(f"{long_name} {i:02d}"),
                     kinerja=kecil_rows(), anggaran=KECIL_BUDGET)  # fmt: skip
    out = tmp_path / "rekap.xlsx"
    invoke("rekap", tmp_path / "opd", "-o", out, "--jobs", "1")
    pdf = print_pdf(out, tmp_path / "grafik.pdf", sheets=[core.SHEET_GRAFIK])
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    pages = [p for p in text.stdout.split("\f") if p.strip()]
    titles = ["Peringkat Rata-rata Capaian", "Peringkat Penyerapan Anggaran", "Sebaran Kriteria Indikator"]
    assert [[t in page for t in titles] for page in pages] == [
        [True, False, False],
        [False, True, False],
        [False, False, True],
    ]
    for page in pages:
        assert all(f"Wilayah {i:02d}" in page for i in range(1, 39)), page


@pytest.mark.parametrize(("agencies", "every_label"), [(38, True), (39, False)])
def test_every_agency_is_labelled_in_the_charts_where_the_labels_fit(tmp_path, agencies, every_label):
    # A chart is at most 700 pixels tall (one printed page), some 120 of them its title and scale; an
    # 8 pt label needs some 15: 38 agencies are labelled one by one (tickLblSkip 1; 38 long names
    # printed whole by LibreOffice, measured); a province's hundreds would print every label over its
    # neighbours, so from 39 on the program labels what fits (no tickLblSkip).
    (tmp_path / "opd").mkdir()
    new_workbook(tmp_path / "opd" / "dinas-00.xlsx", pengaturan=settings("Dinas"), kinerja=kecil_rows(),
                 anggaran=KECIL_BUDGET)  # fmt: skip
    for i in range(1, agencies):  # each its own agency (copies of one would count once)
        new_workbook(tmp_path / "opd" / f"dinas-{i:02d}.xlsx", pengaturan=settings(f"Dinas {i:02d}"),
                     kinerja=kecil_rows(), anggaran=KECIL_BUDGET)  # fmt: skip
    out = tmp_path / "rekap.xlsx"
    invoke("rekap", tmp_path / "opd", "-o", out, "--jobs", "1")
    with zipfile.ZipFile(out) as z:
        charts = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) == 3
    for chart in charts:
        assert ('<c:tickLblSkip val="1"/>' in chart) is every_label


@pytest.mark.slow
def test_pdf_prints_a_rekap_workbook_as_it_is(folder, tmp_path):
    # `lkj-xl pdf rekap.xlsx` said "Sheet "Pengaturan" tidak ditemukan ..." (it looked for an agency's
    # input sheets). It prints the rekap's paper sheets now: Rekap Perangkat Daerah, Grafik,
    # Pemeriksaan; Semua Indikator (its header "Kode Induk"; "Indeks ekonomi", an indicator of every
    # agency, is a row there, and named in Pemeriksaan too by the warning on a mean leaving its galat
    # out) only when chosen. The rekap workbook is not changed.
    out = tmp_path / "rekap.xlsx"
    invoke("rekap", folder, "-o", out, "--jobs", "1")
    before = hashlib.sha256(out.read_bytes()).hexdigest()
    pdf = tmp_path / "rekap.pdf"
    run = invoke("pdf", out, "-o", pdf)
    if run.exit_code == 3 and "LibreOffice" in run.output:
        pytest.skip(run.output)
    assert run.exit_code == 0, run.output
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    assert "Rekap Capaian Kinerja Perangkat Daerah" in pages[0]
    for title in ("Peringkat Rata-rata Capaian", "Sebaran Kriteria Indikator", "Pemeriksaan Rekap"):
        assert title in text, title
    assert "Kode Induk" not in text
    chosen = tmp_path / "indikator.pdf"
    assert invoke("pdf", out, "-o", chosen, "--sheet", "semua indikator").exit_code == 0
    text = subprocess.run(["pdftotext", str(chosen), "-"], capture_output=True, text=True, check=True).stdout
    assert "Kode Induk" in text and "Indeks ekonomi" in text and "Rekap Capaian Kinerja" not in text
    assert hashlib.sha256(out.read_bytes()).hexdigest() == before


def test_pdf_of_a_rekap_workbook_refuses_triwulan_and_unknown_sheets(folder, tmp_path):
    out = tmp_path / "rekap.xlsx"
    invoke("rekap", folder, "-o", out, "--jobs", "1")
    run = invoke("pdf", out, "--triwulan", "1")
    assert run.exit_code == 2 and "--triwulan does not apply to a rekap workbook" in run.output
    run = invoke("pdf", out, "--sheet", "Efisiensi")
    assert run.exit_code == 2 and "unknown sheet 'Efisiensi'" in run.output
    assert "Rekap Perangkat Daerah, Semua Indikator, Semua Program, Grafik, Pemeriksaan" in run.output
    assert not (tmp_path / "rekap.pdf").exists()
