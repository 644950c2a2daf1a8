"""lkj-xl rekap as the Bappeda analyst meets it on Triwulan III 2025 (round 7). Two gaps left by round 6:

- Pemeriksaan said how many peringatan an agency's workbook had, not that some of its Anggaran rows
  were left out of its figures (a SIPD Bidang Urusan heading, a Kegiatan row under its program): the
  analyst comparing the agency's pagu with the APBD could not tell why it is smaller than the rows
  sent. Pemeriksaan now counts them (Isian Tidak Dihitung) and gives their messages at their cells.
- Rekap Perangkat Daerah's Pagu was the pagu used, the Pagu Perubahan for an agency after the APBD-P
  and the PK's for the others, with nothing to tell which: now Pagu PK and Pagu Perubahan beside it
  (as Semua Program and the agency's own export), and the Pemda's Jumlah line sums both.

Every expected figure is derived by hand in the comments (Fraction) and checked against each agency's
own ``lkj-xl export``.
"""

from __future__ import annotations

import json
import math
from fractions import Fraction
from itertools import takewhile

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from lkj_xl.core import rekap as core
from lkj_xl.xlsx.template import new_workbook
from tests.test_rekap_round6 import M, kinerja, rekap_rows, settings


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def program(kode, nama, pagu, spent, perubahan=None, sasaran="S1"):
    return {"Kode": kode, "Program": nama, "Kode Sasaran": sasaran, "Pagu": pagu,
            "Pagu Perubahan": perubahan, "Realisasi TW III": spent}  # fmt: skip


def program_kinerja(kode):
    return {"Kode": kode, "Tingkat": "Program", "Kode Induk": "S1", "Uraian": f"Program {kode}",
            "Indikator": f"Indeks {kode}", "Satuan": "%", "Jenis Realisasi": "Nilai Akhir", "Target": 100,
            "Realisasi TW III": 90}  # fmt: skip


def folder(root, *, a_perubahan="1.200.000.000"):
    root.mkdir()
    # Dinas A, after the APBD-P: P1's pagu 1.000 jt raised to 1.200 jt (typed as staff do, text with
    # dots), spent 600 jt; P2 not revised, 300 jt, spent 150 jt.
    new_workbook(root / "a.xlsx", pengaturan=settings("Dinas A"), kinerja=kinerja(80), anggaran=[
        program("P1", "Program satu", "Rp 1.000.000.000", 600 * M, a_perubahan),
        program("P2", "Program dua", 300 * M, 150 * M),
    ])  # fmt: skip
    # Dinas B, a SIPD copy: the Bidang Urusan heading 2.17 (500 jt, the sum of its two programs) on
    # Anggaran row 4, the programs 2.17.02 (300 jt, spent 60 jt) on row 5 and 2.17.03 (200 jt, spent
    # 40 jt) on row 7, and between them on row 6 the Kegiatan 2.17.02.2.01 (300 jt, 60 jt) of 2.17.02.
    new_workbook(
        root / "b.xlsx",
        pengaturan=settings("Dinas B"),
        kinerja=[*kinerja(95), program_kinerja("2.17.02"), program_kinerja("2.17.03")],
        anggaran=[
            program("2.17", "URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH", 500 * M, 100 * M,
                    sasaran=None),
            program("2.17.02", "Program pemberdayaan", 300 * M, 60 * M),
            program("2.17.02.2.01", "Kegiatan pendataan koperasi", "300 jt", 60 * M, sasaran=None),
            program("2.17.03", "Program pengawasan", 200 * M, 40 * M),
        ],
    )  # fmt: skip
    return root


def export(path):
    result = invoke("export", path)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)


def by_name(frame):
    return {row["perangkat_daerah"]: row for row in frame.to_dict("records")}


def test_pemeriksaan_lists_the_anggaran_rows_an_agency_s_figures_leave_out(tmp_path):
    root = folder(tmp_path / "tw3")
    result = lkj_xl.rekap(root, jobs=1)
    files = by_name(result.pemeriksaan)
    b = files["Dinas B"]
    # Two rows not counted: the heading (row 4) and the Kegiatan (row 6). The heading is said at its
    # Kode cell; the Kegiatan, 300 jt spent 60 jt as its program, is right and said nothing (sipd49, the
    # lead's decision; before, "rincian program 2.17.02" at A6 and a count of 2).
    assert b["tidak_dihitung"] == 1
    lines = b["catatan_angka"].split("\n")
    assert [line.split(":")[0] for line in lines] == ["Anggaran!A4"]
    assert "2.17" in lines[0] and "tidak dihitung" in lines[0]
    # ... and they are why B's pagu is 300 + 200 = 500 jt, not the 1.300 jt its rows add up to, and
    # B's own export leaves them out the same way.
    own = export(root / "b.xlsx")
    assert own["ringkasan"]["total_pagu"] == 500 * M
    said = {(f["sheet"], f["sel"]) for f in own["pemeriksaan"] if "tidak dihitung" in f["pesan"]}
    assert said == {("Anggaran", "A4")}
    assert by_name(result.perangkat_daerah)["Dinas B"]["pagu"] == 500 * M
    # Dinas A: every row counted, nothing to say.
    a = files["Dinas A"]
    assert a["tidak_dihitung"] == 0
    assert pd.isna(a["catatan_angka"])


def test_pemeriksaan_sheet_shows_the_count_and_the_messages(tmp_path):
    from lkj_xl.xlsx.rekap import CATATAN_HEADING

    root = folder(tmp_path / "tw3")
    out = tmp_path / "rekap.xlsx"
    assert invoke("rekap", root, "-o", out, "--jobs", "1").exit_code in (0, 1)
    ws = openpyxl.load_workbook(out)[core.SHEET_PEMERIKSAAN]
    # The file table: every column but the messages, Isian Tidak Dihitung last.
    labels = [spec.label for spec in core.FILE_COLUMNS][:-1]
    assert labels[-1] == "Isian Tidak Dihitung"
    rows = list(ws.iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r[: len(labels)] == tuple(labels))
    files = {r[2]: dict(zip(labels, r)) for r in rows[header + 1 : header + 3]}
    # (1: the heading; the right Kegiatan row is said nothing since sipd49, the lead's decision)
    assert (files["Dinas B"]["Isian Tidak Dihitung"], files["Dinas A"]["Isian Tidak Dihitung"]) == (1, 0)
    # Above it (round 11: below it, its pages printed the file table's repeated header), one row per
    # message up to the blank row before the table: the agency, then the cell and the message.
    heading = next(i for i, r in enumerate(rows) if r[0] == CATATAN_HEADING)
    assert heading < header
    listed = [(r[0], r[1].split(":")[0]) for r in takewhile(lambda r: r[0], rows[heading + 2 :])]
    assert listed == [("Dinas B", "Anggaran!A4")]


def test_rekap_gives_the_pk_pagu_beside_the_pagu_perubahan(tmp_path):
    root = folder(tmp_path / "tw3")
    agencies = by_name(lkj_xl.rekap(root, jobs=1).perangkat_daerah)
    a, b = agencies["Dinas A"], agencies["Dinas B"]
    # A: the pagu used 1.200 + 300 = 1.500 jt; the PK's 1.000 + 300 = 1.300 jt; the Pagu Perubahan the
    # pagu used; its penyerapan over the pagu used: (600 + 150) / 1.500 = 50 %.
    assert (a["pagu"], a["pagu_pk"], a["pagu_perubahan"]) == (1500 * M, 1300 * M, 1500 * M)
    assert Fraction(a["penyerapan"]) == Fraction(750, 1500) * 100
    # B, no APBD-P: its pagu is the PK's, no Pagu Perubahan.
    assert (b["pagu"], b["pagu_pk"]) == (500 * M, 500 * M) and math.isnan(b["pagu_perubahan"])
    # As A's own export gives its programs (pagu_pk, pagu_perubahan).
    own = export(root / "a.xlsx")["anggaran"]
    assert sum(Fraction(p["pagu_pk"]) for p in own) == 1300 * M
    assert [p["pagu_perubahan"] for p in own] == [1200 * M, None]


def test_the_jumlah_line_sums_pk_and_perubahan_when_only_some_agencies_have_the_apbd_p(tmp_path):
    rows = rekap_rows(tmp_path, folder(tmp_path / "tw3"))
    assert [r["perangkat_daerah"] for r in rows] == ["Dinas B", "Dinas A", "Jumlah 2 perangkat daerah"]
    total = rows[-1]
    # Pagu used 1.500 + 500 = 2.000 jt; the PK's 1.300 + 500 = 1.800 jt; after the APBD-P the Pemda's
    # pagu is the pagu used, 2.000 jt; realisasi 750 + 100 = 850 jt; penyerapan 850 / 2.000 = 42,5 %.
    assert (total["pagu"], total["pagu_pk"], total["pagu_perubahan"]) == (2000 * M, 1800 * M, 2000 * M)
    assert total["realisasi_anggaran"] == 850 * M
    assert Fraction(total["penyerapan"]) == Fraction(850, 2000) * 100
    assert rows[0]["pagu_perubahan"] is None  # B's cell blank, A's 1.500 jt
    assert rows[1]["pagu_perubahan"] == 1500 * M


def test_the_jumlah_line_has_no_pagu_perubahan_without_an_apbd_p(tmp_path):
    rows = rekap_rows(tmp_path, folder(tmp_path / "tw3", a_perubahan=None))
    total = rows[-1]
    # A without its revision: 1.000 + 300 = 1.300 jt; with B 1.800 jt, the PK's as well.
    assert (total["pagu"], total["pagu_pk"], total["pagu_perubahan"]) == (1800 * M, 1800 * M, None)


@pytest.mark.parametrize("typed", ["1,200,000,000"])
def test_a_galat_pagu_perubahan_leaves_the_pemda_s_pagu_blank_not_partial(tmp_path, typed):
    # A's Pagu Perubahan typed with commas for thousands: galat; its pagu used and its Pagu Perubahan
    # are unknown, so are the Pemda's (a sum of B's alone would read 500 jt); the PK's are known:
    # 1.000 + 300 + 500 = 1.800 jt.
    rows = rekap_rows(tmp_path, folder(tmp_path / "tw3", a_perubahan=typed))
    a = next(r for r in rows if r["perangkat_daerah"] == "Dinas A")
    assert (a["pagu"], a["pagu_perubahan"], a["pagu_pk"]) == (None, None, 1300 * M)
    total = rows[-1]
    assert (total["pagu"], total["pagu_perubahan"], total["penyerapan"]) == (None, None, None)
    assert total["pagu_pk"] == 1800 * M


def test_pemeriksaan_says_when_the_reported_quarter_was_left_blank(tmp_path):
    # Dinas C's TW III report: P1's TW III spending typed (600 jt), P2's (Anggaran row 5) left blank:
    # its realisasi s.d. TW III counts P2 as nothing spent, 600 jt of 1.300 jt pagu (46,15 %), which
    # the analyst must read beside the figure. No row is left out: 0 in the count.
    root = tmp_path / "tw3"
    root.mkdir()
    new_workbook(root / "c.xlsx", pengaturan=settings("Dinas C"), kinerja=kinerja(80), anggaran=[
        program("P1", "Program satu", 1000 * M, 600 * M),
        program("P2", "Program dua", 300 * M, None),
    ])  # fmt: skip
    result = lkj_xl.rekap(root, jobs=1)
    c = by_name(result.pemeriksaan)["Dinas C"]
    assert c["tidak_dihitung"] == 0
    assert c["catatan_angka"].startswith("Anggaran!H5: Realisasi anggaran TW III")
    assert "triwulan yang dilaporkan" in c["catatan_angka"]
    agency = by_name(result.perangkat_daerah)["Dinas C"]
    assert (agency["pagu"], agency["realisasi_anggaran"]) == (1300 * M, 600 * M)


def test_hundreds_of_rows_not_counted_fit_in_one_cell_and_say_how_many_more():
    # A SIPD copy with 300 Kegiatan rows: 300 messages of 200 characters each (60.000 characters, more
    # than the 32.767 a cell holds): the first ones whole, then how many more, never a cut message.
    from lkj_xl.core.model import GALAT, LEFT_OUT, PERINGATAN, Finding

    pesan = "Kode tidak ada di sheet Kinerja; rincian program: tidak dihitung " + "x" * 135
    findings = [Finding(PERINGATAN, "Anggaran", f"A{row}", pesan, LEFT_OUT) for row in range(4, 304)]
    findings.append(
        Finding(GALAT, "Anggaran", "D3", "Pagu tidak terbaca; tidak dihitung", LEFT_OUT)
    )  # a galat: not here
    count, text = core.catatan_angka(findings)
    assert count == 300
    lines = text.split("\n")
    assert len(text) <= 32_767
    kept = lines[:-1]
    assert all(line == f"Anggaran!A{row}: {pesan}" for line, row in zip(kept, range(4, 304)))
    assert lines[-1].startswith(f"... dan {300 - len(kept)} lainnya")


def test_a_warning_says_why_an_agency_s_pagu_and_the_jumlah_line_s_are_blank(tmp_path):
    # Dinas A's Pagu Perubahan "1,200,000,000" (Anggaran!E4: P1 on the row under the header) is galat:
    # the analyst sees A's pagu and the Jumlah line's blank and must learn why and where from the rekap.
    result = lkj_xl.rekap(folder(tmp_path / "tw3", a_perubahan="1,200,000,000"), jobs=1)
    said = [p for j, p in result.peringatan.itertuples(index=False) if j == "Anggaran galat"]
    assert len(said) == 1
    assert said[0].startswith("Dinas A") and "Anggaran!E4" in said[0] and "pagu" in said[0]
    assert "Jumlah" in said[0]
    # Realisasi anggaran known: 600 + 150 = 750 jt, not said to be unknown.
    assert by_name(result.perangkat_daerah)["Dinas A"]["realisasi_anggaran"] == 750 * M
    assert "realisasi anggaran tidak diketahui" not in said[0]


def test_a_program_counted_toward_no_sasaran_is_said_but_not_counted_as_left_out(tmp_path):
    # Dinas D: P1 with its Kode Sasaran (S1) and P9, not in Kinerja and without one (Anggaran row 5):
    # P9's 200 jt is in the agency's pagu, 1.000 + 200 = 1.200 jt, only toward no Sasaran. Its
    # message is listed (Anggaran!C5) but it is no row left out of the rekap's figures: 0.
    root = tmp_path / "tw3"
    root.mkdir()
    new_workbook(root / "d.xlsx", pengaturan=settings("Dinas D"), kinerja=kinerja(80), anggaran=[
        program("P1", "Program satu", 1000 * M, 600 * M),
        program("P9", "Program sembilan", 200 * M, 100 * M, sasaran=None),
    ])  # fmt: skip
    result = lkj_xl.rekap(root, jobs=1)
    d = by_name(result.pemeriksaan)["Dinas D"]
    assert d["tidak_dihitung"] == 0
    assert d["catatan_angka"].startswith("Anggaran!C5: ") and "sasaran mana pun" in d["catatan_angka"]
    assert by_name(result.perangkat_daerah)["Dinas D"]["pagu"] == 1200 * M
