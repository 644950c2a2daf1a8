"""Rekaps of several quarters, as the Bappeda analyst stacks them: the tahun and triwulan of every row,
the ``kunci`` that joins an indicator, a budget row and an agency from TW I to TW II, and the warnings
of a folder holding both quarters.

Three agencies report TW I and TW II 2025; TW II is typed again by staff (names in other case and
spacing, rows in another order, an Uraian reworded, other file names). Every capaian below is worked
out by hand from the typed cells.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core import rekap as core
from lkj_xl.xlsx.template import new_workbook

KAB, KOTA = "Kabupaten Uji", "Kota Uji"
# (Pemerintah Daerah, Perangkat Daerah, T1's TW II realisasi): the same Dinas Koperasi in two Pemda.
AGENCIES = ((KAB, "Dinas Koperasi", "72"), (KAB, "Dinas Pariwisata", "64"), (KOTA, "Dinas Koperasi", "76"))


def kinerja(triwulan: int, t1_tw2: str, retyped: bool = False) -> list[dict[str, object]]:
    """The agency's indicators, typed as staff type them, up to ``triwulan``; ``retyped``: TW II as
    staff re-type it (names in other case and spacing, S1 and S2 swapped, an Uraian reworded)."""
    tw2 = triwulan >= 2
    rows = [
        # T1: Nilai Akhir, target 80: TW I 60 -> 75; TW II the agency's t1_tw2: 72 -> 90, 64 -> 80, 76 -> 95.
        {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Meningkatnya ekonomi daerah",
         "Indikator": "Indeks kepuasan pelaku usaha", "Satuan": "Indeks", "Jenis Realisasi": "Nilai Akhir",
         "Target": "80", "Realisasi TW I": "60", "Realisasi TW II": t1_tw2 if tw2 else None},
        # S1: Kumulatif, target 40%: TW I 10 -> 25; TW II 10 + 12 = 22 -> 55.
        {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Koperasi sehat",
         "Indikator": "Persentase koperasi sehat", "Satuan": "%", "Jenis Realisasi": "Kumulatif",
         "Target": "40%", "Realisasi TW I": "10%", "Realisasi TW II": "12%" if tw2 else None},
        # S2: Negatif, Nilai Akhir, target 5%: TW I waits for BPS (no capaian); TW II 4 -> (2 x 5 - 4) / 5 = 120.
        {"Kode": "S2", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Lapangan kerja",
         "Indikator": "Tingkat pengangguran terbuka", "Satuan": "%", "Polaritas": "Negatif",
         "Jenis Realisasi": "Nilai Akhir", "Target": "5%", "Realisasi TW I": "Menunggu data BPS",
         "Realisasi TW II": "4%" if tw2 else None},
        # P1, two indicators of one Kode. Kumulatif, target 200: TW I 50 -> 25; TW II 50 + 70 = 120 -> 60.
        {"Kode": "P1", "Tingkat": "Program", "Kode Induk": "S1", "Uraian": "Program pemberdayaan UMKM",
         "Indikator": "Jumlah UMKM dibina", "Satuan": "unit", "Target": "200", "Realisasi TW I": "50",
         "Realisasi TW II": "70" if tw2 else None},
        # Rata-rata, target 50%: TW I 40 -> 80; TW II (40 + 50) / 2 = 45 -> 90.
        {"Kode": "P1", "Indikator": "Persentase UMKM naik kelas", "Satuan": "%",
         "Jenis Realisasi": "Rata-rata", "Target": "50%", "Realisasi TW I": "40%",
         "Realisasi TW II": "50%" if tw2 else None},
    ]  # fmt: skip
    if retyped:
        rows[0]["Indikator"] = "Indeks Kepuasan  Pelaku Usaha "
        rows[3]["Indikator"] = "jumlah UMKM dibina"
        rows[1]["Uraian"] = "Meningkatnya koperasi yang sehat"  # not part of the key
        rows[1], rows[2] = rows[2], rows[1]
    return rows


def anggaran(triwulan: int) -> list[dict[str, object]]:
    # Pagu 1.000.000: TW I 100.000 -> 10 %; TW II 100.000 + 150.000 = 250.000 -> 25 %.
    return [
        {"Kode": "P1", "Program": "Program pemberdayaan UMKM", "Kode Sasaran": "S1", "Pagu": "Rp 1.000.000",
         "Realisasi TW I": "100.000", "Realisasi TW II": "150.000" if triwulan >= 2 else None},
    ]  # fmt: skip


# The capaian of each agency's indicators (by Kode and Indikator as first typed): (TW I, TW II).
EXPECTED = {
    ("T1", "Indeks kepuasan pelaku usaha"): (75, None),  # TW II per agency: T1_TW2
    ("S1", "Persentase koperasi sehat"): (25, 55),
    ("S2", "Tingkat pengangguran terbuka"): (None, 120),
    ("P1", "Jumlah UMKM dibina"): (25, 60),
    ("P1", "Persentase UMKM naik kelas"): (80, 90),
}
T1_TW2 = {"72": 90, "64": 80, "76": 95}  # 72 / 80, 64 / 80, 76 / 80


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def quarters(tmp_path_factory) -> Path:
    """``root/tw1`` and ``root/tw2``: the three agencies' workbooks of each quarter."""
    root = tmp_path_factory.mktemp("triwulan")
    for pemda, opd, t1_tw2 in AGENCIES:
        slug = f"{pemda.split()[0].lower()}-{opd.split()[1].lower()}"
        first = {c.P_PEMDA: pemda, c.P_OPD: opd, c.P_TAHUN: "TA 2025", c.P_TRIWULAN: "TW I"}
        (root / "tw1").mkdir(exist_ok=True)
        new_workbook(root / "tw1" / f"{slug}.xlsx", pengaturan=first, kinerja=kinerja(1, t1_tw2),
                     anggaran=anggaran(1))  # fmt: skip
        # TW II: the Kabupaten's Dinas Koperasi typed again, its name in capitals and two spaces.
        retyped = (pemda, opd) == (KAB, "Dinas Koperasi")
        second = {c.P_PEMDA: pemda, c.P_OPD: "DINAS  KOPERASI" if retyped else opd, c.P_TAHUN: 2025,
                  c.P_TRIWULAN: "Triwulan II"}  # fmt: skip
        (root / "tw2").mkdir(exist_ok=True)
        new_workbook(root / "tw2" / f"lkjip-{slug}-tw2-revisi.xlsx", pengaturan=second,
                     kinerja=kinerja(2, t1_tw2, retyped), anggaran=anggaran(2))  # fmt: skip
    return root


def _read(folder: Path, fmt: str, table: str) -> pd.DataFrame:
    if fmt == "parquet":
        return pd.read_parquet(folder / f"{table}.parquet")
    # As README says to read a rekap's CSV: codes (and keys) as text.
    return pd.read_csv(folder / f"{table}.csv", dtype={"kode": str, "kode_induk": str, "kunci": str})


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_two_quarters_join_on_the_key(quarters, tmp_path, fmt):
    # Each quarter rekapped on its own, read back, stacked and joined TW I to TW II on kunci.
    stacked = {"indikator": [], "program": [], "perangkat_daerah": []}
    for tw in ("tw1", "tw2"):
        run = invoke("rekap", quarters / tw, "--format", fmt, "-o", tmp_path / tw, "--jobs", "1")
        assert run.exit_code == 0, run.output
        # One quarter, three agencies: nothing to say but that one of them is of another Pemda (Kota
        # Uji's Dinas Koperasi beside Kabupaten Uji's two), the warning of tests/test_rekap_round5.py.
        warned = [line for line in run.stderr.splitlines() if line.startswith("warning:")]
        # In TW I, Kabupaten Uji's two agencies typed the same figures (T1 differs from TW II on):
        # one workbook under two names to the rekap, said too (tests/test_rekap_round10.py).
        same = [line for line in warned if "sama persis" in line]
        assert len(same) == (tw == "tw1") and all("Triwulan I Tahun 2025" in line for line in same)
        warned = [line for line in warned if line not in same]
        assert len(warned) == 1 and "dari 2 pemerintah daerah" in warned[0], run.stderr
        for table, frames in stacked.items():
            frames.append(_read(tmp_path / tw, fmt, table))
    tables = {name: pd.concat(frames, ignore_index=True) for name, frames in stacked.items()}
    for frame in tables.values():
        assert set(frame["tahun"]) == {2025} and set(frame["triwulan"]) == {1, 2}
        if fmt == "parquet":
            assert frame["tahun"].dtype == "Int64" and frame["triwulan"].dtype == "Int64"

    def joined(name: str) -> pd.DataFrame:
        frame = tables[name]
        tw1, tw2 = frame[frame["triwulan"] == 1], frame[frame["triwulan"] == 2]
        both = tw1.merge(tw2, on="kunci", how="outer", suffixes=("_tw1", "_tw2"), validate="one_to_one",
                         indicator=True)  # fmt: skip
        assert set(both["_merge"]) == {"both"}, both[both["_merge"] != "both"]
        return both

    indikator = joined("indikator")
    assert len(indikator) == 3 * len(EXPECTED)  # every indicator of every agency, once
    for row in indikator.to_dict("records"):
        kode = row["kode_tw1"]
        assert row["kode_tw2"] == kode and row["pemerintah_daerah_tw2"] == row["pemerintah_daerah_tw1"]
        first, second = EXPECTED[(kode, row["indikator_tw1"])]
        if kode == "T1":
            (t1_tw2,) = [t for p, o, t in AGENCIES if (p, o) == (row["pemerintah_daerah_tw1"],
                                                                row["perangkat_daerah_tw1"])]  # fmt: skip
            second = T1_TW2[t1_tw2]
        got = [None if pd.isna(row[f"capaian_{tw}"]) else row[f"capaian_{tw}"] for tw in ("tw1", "tw2")]
        assert got == [first, second], row
    # S2 has no capaian in TW I: the reason is in status, never in the figure.
    s2 = indikator[indikator["kode_tw1"] == "S2"]
    assert set(s2["status_tw1"]) == {"Menunggu data BPS"} and s2["capaian_tw1"].isna().all()

    program = joined("program")
    assert len(program) == 3
    assert list(program["penyerapan_tw1"]) == [10] * 3 and list(program["penyerapan_tw2"]) == [25] * 3

    opd = joined("perangkat_daerah")
    assert len(opd) == 3
    # The mean capaian of the Tujuan and Sasaran: TW I (75 + 25) / 2 = 50 (S2 not measured) for all;
    # TW II (T1 + 55 + 120) / 3: (90 + 175) / 3 = 88,33..., (80 + 175) / 3 = 85, (95 + 175) / 3 = 90.
    by_name = {(r["pemerintah_daerah_tw1"], r["perangkat_daerah_tw1"]): r for r in opd.to_dict("records")}
    assert {k: r["capaian_tw1"] for k, r in by_name.items()} == {(p, o): 50 for p, o, _ in AGENCIES}
    expected = {(KAB, "Dinas Koperasi"): 265 / 3, (KAB, "Dinas Pariwisata"): 85, (KOTA, "Dinas Koperasi"): 90}
    assert {k: r["capaian_tw2"] for k, r in by_name.items()} == pytest.approx(expected, rel=1e-12)
    # The retyped name is the same agency (Pengaturan's text as it shows: the two spaces as one).
    assert by_name[(KAB, "Dinas Koperasi")]["perangkat_daerah_tw2"] == "DINAS KOPERASI"


def test_the_key_is_documented_arithmetic(quarters):
    # README: "k" and the first 16 hex digits of SHA-256 of the Pemerintah Daerah, the Perangkat Daerah,
    # (then the Kode and the Indikator) in lower case, spaces collapsed, joined by U+001F.
    def key(*parts: str) -> str:
        return "k" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]

    result = lkj_xl.rekap([quarters / "tw2"], jobs=1)
    indikator = result.indikator
    (row,) = indikator[(indikator["perangkat_daerah"] == "DINAS KOPERASI") & (indikator["kode"] == "P1")
                       & (indikator["indikator"] == "jumlah UMKM dibina")].to_dict("records")  # fmt: skip
    assert row["kunci"] == key("kabupaten uji", "dinas koperasi", "P1", "jumlah umkm dibina")
    (program,) = result.program[result.program["perangkat_daerah"] == "DINAS KOPERASI"].to_dict("records")
    assert program["kunci"] == key("kabupaten uji", "dinas koperasi", "P1")
    agency = result.perangkat_daerah.set_index("perangkat_daerah").loc["DINAS KOPERASI"]
    assert agency["kunci"] == key("kabupaten uji", "dinas koperasi")
    # The same Dinas Koperasi of the Kota: other keys.
    kota = result.perangkat_daerah[result.perangkat_daerah["pemerintah_daerah"] == KOTA]["kunci"]
    assert list(kota) == [key("kota uji", "dinas koperasi")]


def test_capaian_is_each_agency_export(quarters):
    # The rekap's capaian of every indicator is its own `lkj-xl export`'s, in both quarters.
    for tw in ("tw1", "tw2"):
        result = lkj_xl.rekap([quarters / tw], jobs=1)
        for path in sorted((quarters / tw).iterdir()):
            run = invoke("export", path)
            assert run.exit_code == 0, run.output
            data = json.loads(run.stdout)
            mine = result.indikator[result.indikator["berkas"] == str(path)]
            assert [(r["kode"], r["indikator"], r["capaian"]) for r in data["indikator"]] == [
                (k, i, None if pd.isna(v) else v)
                for k, i, v in zip(mine["kode"], mine["indikator"], mine["capaian"])
            ]
            assert set(mine["triwulan"]) == {data["triwulan"]} and set(mine["tahun"]) == {data["tahun"]}


def test_a_folder_holding_both_quarters(quarters, tmp_path):
    # Both quarters in one rekap: the different quarters are still said, the rows carry their own
    # quarter, and the same agency once per quarter is a stacked input, not a duplicate.
    result = lkj_xl.rekap(quarters, jobs=1)
    kinds = dict(zip(result.peringatan["jenis"], result.peringatan["pesan"]))
    # And Kota Uji's Dinas Koperasi beside Kabupaten Uji's two agencies (tests/test_rekap_round5.py).
    # And Kabupaten Uji's two agencies of the same figures in TW I (tests/test_rekap_round10.py).
    assert set(kinds) == {"Triwulan berbeda", "Beberapa periode", "Pemerintah Daerah berbeda", "Isi sama"}
    assert kinds["Isi sama"].startswith("Pada Triwulan I Tahun 2025, Dinas Koperasi (")
    # Three agencies a quarter: neither is "sebagian besar" (most), the TW II files are named.
    tw2 = ", ".join(
        f"{opd} ({quarters / 'tw2' / name})"
        for opd, name in (
            ("DINAS KOPERASI", "lkjip-kabupaten-koperasi-tw2-revisi.xlsx"),
            ("Dinas Pariwisata", "lkjip-kabupaten-pariwisata-tw2-revisi.xlsx"),
            ("Dinas Koperasi", "lkjip-kota-koperasi-tw2-revisi.xlsx"),
        )
    )
    assert kinds["Triwulan berbeda"] == (
        "Triwulan laporan tidak sama di semua perangkat daerah: Triwulan I (3 perangkat daerah); "
        f"Triwulan II: {tw2}. "
        "Bila berkas itu laporan periode lain yang ikut terbawa ke folder, pindahkan lalu rekap ulang; bila isinya "
        "periode ini, minta perangkat daerahnya membetulkan Triwulan di sheet Pengaturan lalu rekap ulang."
    )
    assert kinds["Beberapa periode"].startswith(
        "3 perangkat daerah tercatat di lebih dari satu periode (Triwulan I Tahun 2025, Triwulan II Tahun "
        "2025)"
    )
    for table in (result.indikator, result.program, result.perangkat_daerah):
        quarter = table["berkas"].map(lambda b: 1 if Path(b).parent.name == "tw1" else 2)
        assert list(table["triwulan"]) == list(quarter)
        # (kunci, tahun, triwulan) names one row of the stacked set.
        assert not table.duplicated(["kunci", "tahun", "triwulan"]).any()
    # A file sent twice for the same quarter: that is a duplicate, said with its period.
    again = tmp_path / "opd"
    shutil.copytree(quarters, again)
    shutil.copyfile(again / "tw2" / "lkjip-kota-koperasi-tw2-revisi.xlsx", again / "tw2" / "kota-lagi.xlsx")
    kinds = dict(zip(*(lkj_xl.rekap(again, jobs=1).peringatan[k] for k in ("jenis", "pesan"))))
    # The copy, made last, is the file changed last on disk (their workbooks' own dates are the same):
    # it counts, the other is not counted.
    assert kinds["Perangkat daerah ganda"].startswith(
        f"Dinas Koperasi, {KOTA} tercatat di 2 berkas (periode yang sama, Triwulan II Tahun 2025): "
        f"{again / 'tw2' / 'kota-lagi.xlsx'}, {again / 'tw2' / 'lkjip-kota-koperasi-tw2-revisi.xlsx'}. "
        f"Hanya {again / 'tw2' / 'kota-lagi.xlsx'} yang dihitung (berkas paling akhir diubah, "
    )
    assert "Beberapa periode" in kinds


def test_an_agency_without_a_name_has_no_key(tmp_path):
    # Nothing identifies it across quarters: no key (NA), rather than one two nameless agencies share.
    new_workbook(tmp_path / "tanpa-nama.xlsx", pengaturan={c.P_PEMDA: KAB, c.P_OPD: "", c.P_TAHUN: 2025,
                 c.P_TRIWULAN: 1}, kinerja=kinerja(1, "72"), anggaran=anggaran(1))  # fmt: skip
    result = lkj_xl.rekap([tmp_path], jobs=1)
    for table in (result.indikator, result.program, result.perangkat_daerah):
        assert len(table) and table["kunci"].isna().all()
    assert "tanpa Kunci" in dict(zip(result.peringatan["jenis"], result.peringatan["pesan"]))["Tanpa nama"]


def test_a_repeated_budget_kode_gets_its_own_key():
    # Anggaran's Kode P1 typed on two rows (a galat there; the row with figures is kept): each row
    # its own key, the second with its occurrence number as one more part.
    from tests import report_factory

    report = report_factory.report(
        budgets=[report_factory.budget("P1", "Program satu", 10.0, None, None),
                 report_factory.budget("P1", "Program dua", 20.0, None, None)]
    )  # fmt: skip
    # the agency as the duplicate check reads "Dinas Koperasi, UKM, Perindustrian, dan Perdagangan":
    # lower case, its commas dropped (rekap16: a comma more or less next quarter keeps the key)
    agency = "kabupaten lumajang\x1fdinas koperasi ukm perindustrian dan perdagangan"
    keys = [row[-1] for row in core.program_rows(report, "x")]
    assert keys == [
        "k" + hashlib.sha256(f"{agency}\x1fP1".encode()).hexdigest()[:16],
        "k" + hashlib.sha256(f"{agency}\x1fP1\x1f2".encode()).hexdigest()[:16],
    ]


@pytest.mark.slow
def test_printed_sheets_show_the_period_but_not_the_key(quarters, tmp_path, monkeypatch):
    # On paper (LibreOffice, as lkj-xl pdf prints) Semua Indikator and Semua Program end with Tahun and
    # Triwulan; the key, 16 hex digits a row for joins, is not printed (nor on Rekap Perangkat Daerah),
    # and the sheets print as many pages wide as before it (5, 3 and 7; Semua Indikator and Semua
    # Program 6 and 4 since they carry Target PK / Target Perubahan and Pagu PK / Pagu Perubahan;
    # Semua Indikator 7 since a grade realisasi as typed, its 24th printed column: test_rekap_staff).
    # Rekap Perangkat Daerah prints 8 since visual38: a page break before each kriteria group that
    # would not fit whole on its page, at a fixed zoom (test_rekap_staff: 8 = 7 packed + 1), where a
    # page fitted to 7 wide ended inside a group, its columns under no heading.
    import re
    import subprocess

    from tests.test_rekap import print_pdf

    out = tmp_path / "rekap.xlsx"
    monkeypatch.chdir(quarters)  # the files named short (tw2/...): each sheet one page tall
    invoke("rekap", "tw2", "-o", out, "--jobs", "1")
    for sheet, pages in ((core.SHEET_INDIKATOR, 7), (core.SHEET_PROGRAM, 4), (core.SHEET_REKAP, 8)):
        pdf = print_pdf(out, tmp_path / "cetak.pdf", sheets=[sheet])
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert len([p for p in text.split("\f") if p.strip()]) == pages, sheet
        words = text.split()
        assert "Triwulan" in words and "Tahun" in words, sheet
        assert "Kunci" not in words and not any(re.fullmatch("k[0-9a-f]{16}", w) for w in words), sheet


def test_a_folder_holding_both_quarters_ranks_each_quarter_apart(quarters):
    # TW I and TW II in one rekap: an agency competes with the other agencies of its own quarter, never
    # with its own other quarter. The rows come grouped by period, the newest first.
    # TW II (module docstring's EXPECTED and T1_TW2): Kota's Dinas Koperasi (95 + 55 + 120) / 3 = 90,
    # the Kabupaten's (90 + 55 + 120) / 3 = 88,33..., Dinas Pariwisata (80 + 55 + 120) / 3 = 85: 1, 2, 3.
    # TW I: every agency (75 + 25) / 2 = 50 and penyerapan 10 %: the same figures, all rank 1.
    frame = lkj_xl.rekap(quarters, jobs=1).perangkat_daerah
    got = [
        (r["triwulan"], r["pemerintah_daerah"], r["perangkat_daerah"], r["peringkat"])
        for r in frame.astype(object).to_dict("records")
    ]
    assert got[:3] == [
        (2, KOTA, "Dinas Koperasi", 1),
        (2, KAB, "DINAS KOPERASI", 2),
        (2, KAB, "Dinas Pariwisata", 3),
    ]
    assert sorted(got[3:]) == sorted((1, p, o, 1) for p, o, _ in AGENCIES)


def test_rank_is_within_each_period_newest_first():
    def agency(name, tahun, triwulan, capaian):
        return {"perangkat_daerah": name, "berkas": f"{name}-{tahun}-{triwulan}.xlsx", "tahun": tahun,
                "triwulan": triwulan, "capaian": capaian, "penyerapan": 10.0}  # fmt: skip

    ranked = core.rank(
        [
            agency("Dinas A", 2025, 1, 95.0),  # best of TW I 2025, below B's TW II: still rank 1 there
            agency("Dinas B", 2025, 2, 80.0),
            agency("Dinas A", 2025, 2, 70.0),
            agency("Dinas B", 2024, 4, 99.0),  # last year's TW IV: an older period than 2025's TW I
            agency("Dinas B", 2025, 1, None),  # no mean capaian: last of its period, unranked
        ]
    )
    assert [(r["tahun"], r["triwulan"], r["perangkat_daerah"], r["peringkat"]) for r in ranked] == [
        (2025, 2, "Dinas B", 1),
        (2025, 2, "Dinas A", 2),
        (2025, 1, "Dinas A", 1),
        (2025, 1, "Dinas B", None),
        (2024, 4, "Dinas B", 1),
    ]


def test_the_grafik_charts_each_period_apart(quarters, tmp_path):
    # The Grafik sheet of both quarters: a set of charts per period (the newest first), each titled
    # with its period and plotting that period's three agencies, never TW I and TW II bars side by side.
    import re
    import zipfile

    import openpyxl

    out = tmp_path / "rekap.xlsx"
    run = invoke("rekap", quarters, "-o", out, "--jobs", "1")
    assert run.exit_code == 0, run.output
    with zipfile.ZipFile(out) as z:
        charts = [
            z.read(n).decode() for n in sorted(z.namelist()) if re.fullmatch(r"xl/charts/chart\d+\.xml", n)
        ]
    assert len(charts) == 6
    titles = [" ".join(re.findall(r"<a:t>([^<]*)</a:t>", chart)) for chart in charts]
    assert sum("Triwulan II Tahun 2025" in t for t in titles) == 3
    assert sum("Triwulan I Tahun 2025" in t for t in titles) == 3
    for chart in charts:
        for ref in re.findall(r"<c:cat>.*?<c:f>([^<]*)</c:f>", chart, re.S):
            first, last = (int(n) for n in re.findall(r"\$(\d+)", ref))
            assert last - first + 1 == 3, ref  # three agencies a chart
    # The Rekap sheet says under its title where each period's ranking is (rows 7 on: two header rows).
    rekap = openpyxl.load_workbook(out)[core.SHEET_REKAP]
    assert rekap["A2"].value == (
        "2 pemerintah daerah, peringkat per periode: Triwulan II Tahun 2025 (baris 7–9), Triwulan I Tahun "
        "2025 (baris 10–12); lihat sheet Pemeriksaan"
    )
    assert [rekap.cell(r, len(core.AGENCY_COLUMNS) - 1).value for r in range(7, 13)] == [2, 2, 2, 1, 1, 1]
    ws = openpyxl.load_workbook(out)[core.SHEET_GRAFIK]
    # The data block under each period's heading names its three agencies once each.
    values = [[cell.value for cell in row] for row in ws.iter_rows(max_col=2)]
    headings = [i for i, row in enumerate(values) if str(row[0]).startswith("Peringkat Rata-rata Capaian")]
    assert len(headings) == 2
    assert (
        "Triwulan II Tahun 2025" in values[headings[0]][0]
        and "Triwulan I Tahun 2025" in values[headings[1]][0]
    )
    first = [row[0] for row in values[headings[0] + 2 : headings[0] + 5]]
    assert first == [
        "Dinas Koperasi (Kota Uji)",
        "DINAS KOPERASI (Kabupaten Uji)",
        "Dinas Pariwisata (Kabupaten Uji)",
    ]


def test_the_rekap_sheet_names_each_periods_rows_on_lines_it_makes_room_for(quarters, tmp_path):
    # The period line under the title wraps to two lines when it names each period's rows: its row is
    # made as tall (Excel keeps a merged cell's row one line tall and cuts the second line off).
    import openpyxl

    out = tmp_path / "rekap.xlsx"
    assert invoke("rekap", quarters, "-o", out, "--jobs", "1").exit_code == 0
    ws = openpyxl.load_workbook(out)[core.SHEET_REKAP]
    assert "peringkat per periode" in ws["A2"].value
    assert ws.row_dimensions[2].height is not None and ws.row_dimensions[2].height >= 2 * 15
    single = tmp_path / "satu.xlsx"
    assert invoke("rekap", quarters / "tw2", "-o", single, "--jobs", "1").exit_code == 0
    assert openpyxl.load_workbook(single)[core.SHEET_REKAP].row_dimensions[2].height is None  # one line
