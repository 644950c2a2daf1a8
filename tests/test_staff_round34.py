"""Staff round 34: the workbook carried into the next quarter, and codes typed the Indonesian way.

Found: staff starting TW III copy the whole "Realisasi TW II" column into "Realisasi TW III" (to
overwrite it row by row later) and report before every row is updated. Every Kumulatif indicator then
counts its TW II twice (the seed's cooperatives: 25 + 4 + 4 = 33, capaian 81,06 % "Tinggi" instead of
the 71,24 % of TW II), and only a row whose doubled sum passed its target was pointed out: most rows
printed a wrong figure without a word. A Kode typed with a decimal comma ("P2,01" for "P2.01") got no
"maksud Anda" hint, so the program's budget was counted toward no Sasaran with only a peringatan,
and the Sasaran's penyerapan was printed without it.
"""

from __future__ import annotations

import email
import email.policy
import json
import shutil
from fractions import Fraction

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from tests import common
from tests.common import EXAMPLE

# Kinerja rows of the example (row 3 is the header): S2 koperasi (TW I 25, TW II 4, Kumulatif).
_S2_ROW = 13


def _example(tmp_path, edit) -> str:
    """A copy of the example with cells edited by ``edit(wb)``, as openpyxl saves it."""
    path = tmp_path / "laporan.xlsx"
    shutil.copy(EXAMPLE, path)
    wb = openpyxl.load_workbook(path)
    edit(wb)
    wb.save(path)
    return str(path)


def _triwulan(wb, tw: int) -> None:
    assert wb["Pengaturan"]["A7"].value == "Triwulan"
    wb["Pengaturan"]["B7"] = tw


def _export(path: str) -> dict:
    result = CliRunner().invoke(main, ["export", path])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _indikator(exported: dict, kode: str) -> dict:
    return next(i for i in exported["indikator"] if i["kode"] == kode)


def _sasaran_rows(count: int, target, tws) -> list:
    """``count`` Kumulatif Sasaran rows S1, S2, ... of Satuan unit, each with ``target`` and ``tws(n)``."""
    from tests.test_engine import kinerja_row

    return [
        kinerja_row(
            f"S{n}",
            "Sasaran",
            "",
            f"Sasaran {n}",
            f"Jumlah {n}",
            target,
            tws(n),
            satuan="unit",
            jenis="Kumulatif",
        )
        for n in range(1, count + 1)
    ]


# --- TW II's column copied into TW III ------------------------------------------------------------------


def _copied_tw2_into_tw3(wb) -> None:
    _triwulan(wb, 3)
    ws = wb["Kinerja"]
    assert (ws["L3"].value, ws["M3"].value) == ("Realisasi TW II", "Realisasi TW III")
    for row in range(4, ws.max_row + 1):
        ws.cell(row, 13).value = ws.cell(row, 12).value


def test_tw2_column_copied_into_tw3_is_pointed_out_at_the_column(tmp_path):
    path = _example(tmp_path, _copied_tw2_into_tw3)
    exported = common.peringatan_alike(path, tmp_path, [("M3", "sama dengan Realisasi TW II")])
    # Computed as typed: S2 is Kumulatif, TW I 25 + TW II 4 + TW III 4 (the copy) = 33 of 40,71 %.
    s2 = _indikator(exported, "S2")
    assert Fraction(s2["realisasi"]) == 33
    (said,) = [f for f in exported["pemeriksaan"] if f["sel"] == "M3"]
    # the Kumulatif rows that count TW II twice, S2 among them, and what to type instead
    assert "S2" in said["pesan"] and "dua kali" in said["pesan"]
    assert "K2.01.01" in said["pesan"]  # 6 + 6 = 12 of 100: no row message (its sum is under the target)
    assert "tulis realisasi TW III" in said["pesan"]


# the note every output printing a capaian carries (as for a column left blank: test_fronts_notes)
_NOTE = (
    "Realisasi TW III sama dengan TW II di semua baris (kolom TW II tersalin?): realisasi s.d. TW III "
    "indikator Kumulatif dan Rata-rata menghitung angka TW II dua kali, begitu pula capaian dan kriterianya."
)


def test_the_capaian_tables_word_and_mail_carry_the_note_of_a_copied_column(tmp_path):
    from tests.fronts_kalimat import paragraphs, sheet_texts

    path = _example(tmp_path, _copied_tw2_into_tw3)
    hasil, doc, eml = tmp_path / "hasil.xlsx", tmp_path / "laporan.docx", tmp_path / "pesan.eml"
    runner = CliRunner()
    for args in (
        ["build", path, "-o", str(hasil)],
        ["laporan", path, "-o", str(doc)],
        ["send", path, "--to", "a@example.go.id", "--from", "b@example.go.id", "--dry-run", str(eml)],
    ):
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(hasil)
    for sheet in ("Capaian Tujuan Sasaran", "Capaian Program", "Efisiensi", "Ringkasan", "Grafik"):
        assert _NOTE in sheet_texts(wb[sheet]), sheet
    assert _NOTE in paragraphs(doc)
    body = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert f"Catatan: {_NOTE}" in body.get_body(("plain",)).get_content()


@pytest.mark.slow
def test_the_printed_tables_carry_the_note_of_a_copied_column(tmp_path):
    from tests.test_fronts_parity import pdf_lines

    path = _example(tmp_path, _copied_tw2_into_tw3)
    pdf = tmp_path / "tabel.pdf"
    result = CliRunner().invoke(main, ["pdf", path, "-o", str(pdf)])
    assert result.exit_code == 0, result.output
    # Tabel 3.1, 3.2, 3.3, Ringkasan, Grafik and Analisis Capaian, as for a column left blank
    assert " ".join(pdf_lines(pdf)).count(_NOTE) == 6


def test_the_rekap_lists_the_copied_column_beside_the_agencys_figures():
    # the rekap's Pemeriksaan (catatan_angka) lists what changes an agency's figures, the column left
    # blank among them: a copied column too
    from lkj_xl.core.rekap_catatan import catatan_angka
    from tests.helpers_staff import book_of, report_of

    kinerja = _sasaran_rows(5, 40, lambda n: (5, n, n, None))
    report = report_of(book_of(kinerja, triwulan=3))
    _, text = catatan_angka(report.findings)
    assert text is not None and "Kinerja!M1: Realisasi TW III sama dengan Realisasi TW II" in text


_ANGGARAN_NOTE = (
    "Realisasi anggaran TW III sama dengan TW II di semua baris: bila kolom TW II tersalin, belanja TW II "
    "terhitung dua kali dalam realisasi s.d. TW III."
)


def test_anggaran_tw2_column_copied_into_tw3_is_noted_beside_every_penyerapan(tmp_path):
    from tests.fronts_kalimat import paragraphs, sheet_texts

    def edit(wb):
        _triwulan(wb, 3)
        ws = wb["Anggaran"]
        assert (ws["G3"].value, ws["H3"].value) == ("Realisasi TW II", "Realisasi TW III")
        for row in range(4, ws.max_row + 1):
            ws.cell(row, 8).value = ws.cell(row, 7).value

    path = _example(tmp_path, edit)
    exported = _export(path)
    # computed as typed: P3.01 spent 157.853.500 in TW II and (the copy) again in TW III, of its pagu
    # 3.578.850.965: 315.707.000 / 3.578.850.965 x 100
    p301 = next(b for b in exported["anggaran"] if b["kode"] == "P3.01")
    assert Fraction(p301["realisasi"]) == 2 * 157_853_500
    assert abs(Fraction(p301["penyerapan"]) - Fraction(315_707_000, 3_578_850_965) * 100) < Fraction(1, 10**9)
    # each row's own peringatan (budget._cumulative) as before
    assert any(f["sel"] == "H9" and "sama dengan TW II" in f["pesan"] for f in exported["pemeriksaan"])
    hasil, doc = tmp_path / "hasil.xlsx", tmp_path / "laporan.docx"
    for args in (["build", path, "-o", str(hasil)], ["laporan", path, "-o", str(doc)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(hasil)
    for sheet in ("Realisasi Anggaran", "Efisiensi", "Grafik"):
        assert _ANGGARAN_NOTE in sheet_texts(wb[sheet]), sheet
    assert _ANGGARAN_NOTE in paragraphs(doc)


def test_a_few_quarters_equal_by_chance_are_not_a_copied_column(tmp_path):
    # Two Kumulatif indicators with the same figure in TW II and TW III, the others typed anew: a
    # quarter like the one before happens (6 koperasi diperiksa each quarter); nothing said at M3.
    def edit(wb):
        _triwulan(wb, 3)
        ws = wb["Kinerja"]
        for row in range(4, ws.max_row + 1):
            typed = ws.cell(row, 12).value
            ws.cell(row, 13).value = typed + 1 if isinstance(typed, int) and typed > 0 else typed
        ws["M15"] = ws["L15"].value  # K2.01.01: 6 and 6
        ws["M7"] = ws["L7"].value  # K1.01.01: 95 and 95

    exported = _export(_example(tmp_path, edit))
    assert not [f for f in exported["pemeriksaan"] if f["sel"] == "M3"]


def test_a_copied_column_of_nilai_akhir_only_is_not_said(tmp_path):
    # Every indicator a Nilai Akhir (a position): TW III like TW II changes no figure (the latest one).
    def edit(wb):
        _copied_tw2_into_tw3(wb)
        ws = wb["Kinerja"]
        for row in range(4, ws.max_row + 1):
            if ws.cell(row, 8).value:
                ws.cell(row, 8).value = "Nilai Akhir"

    exported = _export(_example(tmp_path, edit))
    assert not [f for f in exported["pemeriksaan"] if f["sel"] == "M3"]


# --- a Kode typed with a decimal comma -------------------------------------------------------------------


def test_a_program_kode_typed_with_a_comma_in_anggaran_is_a_galat_with_the_kode_meant(tmp_path):
    # Anggaran's P2.01 typed "P2,01": counted toward no Sasaran, S2's penyerapan would lack its
    # Rp 41.000.000 pagu and Rp 8.000.000 realisasi; like "P2.1" it is a galat naming "P2.01".
    def edit(wb):
        ws = wb["Anggaran"]
        assert ws["A5"].value == "P2.01"
        ws["A5"] = "P2,01"

    path = _example(tmp_path, edit)
    result = CliRunner().invoke(main, ["check", path])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if "Anggaran!A5 " in line]
    assert len(lines) == 1 and lines[0].startswith("galat") and 'maksud Anda "P2.01"' in lines[0], lines
    exported = _export(path)
    s2 = next(e for e in exported["efisiensi"] if e["kode"] == "S2")
    assert s2["penyerapan"] is None  # never printed without the program's budget


def test_a_kode_induk_typed_with_a_comma_names_the_kode_meant(tmp_path):
    def edit(wb):
        ws = wb["Kinerja"]
        assert (ws["A15"].value, ws["C15"].value) == ("K2.01.01", "P2.01")
        ws["C15"] = "P2,01"

    result = CliRunner().invoke(main, ["check", _example(tmp_path, edit)])
    lines = [line for line in result.output.splitlines() if "Kinerja!C15 " in line]
    assert len(lines) == 1 and 'maksud Anda "P2.01"' in lines[0], lines


@pytest.mark.parametrize(("rows", "said"), [(4, False), (5, False), (8, False)])
def test_a_small_workbook_repeating_its_quarterly_quota_is_no_copy(rows, said):
    # One laporan a quarter in each Kumulatif indicator (TW I-III 1, 1, 1): every row of TW III like TW
    # II, as planned, TW II being like TW I already: a steady quota, no copy, however many rows
    # (test_mend32a; the example's TW II copied into TW III above is still said).
    from tests.helpers_staff import book_of, report_of

    kinerja = _sasaran_rows(rows, 4, lambda n: (1, 1, 1, None))
    report = report_of(book_of(kinerja, triwulan=3))
    assert [i.realisasi for i in report.indicators] == [3] * rows  # 1 + 1 + 1, computed as typed
    copy = [f for f in report.findings if f.sel == "M1" and "tersalin" in f.pesan]
    assert bool(copy) is said and bool(report.kinerja_kosong) is said


# --- two indicators typed in one row with Alt+Enter --------------------------------------------------------


@pytest.mark.parametrize(
    ("sheet", "ref", "typed", "words"),
    [
        ("Kinerja", "I13", "40,71%\n50%", 'Target "40,71% / 50%" tidak dapat dibaca: berisi 2 angka'),
        ("Kinerja", "K13", "25\r\n30", 'Realisasi TW I "25 / 30" tidak dapat dibaca: berisi 2 angka'),
        ("Anggaran", "D5", "41.000.000\n54.888.000", 'Pagu "41.000.000 / 54.888.000" tidak dapat dibaca'),
    ],
)
def test_two_numbers_on_two_lines_of_one_cell_say_one_number_a_cell(tmp_path, sheet, ref, typed, words):
    # Two indicators (or programs) typed in one row, each figure on its own line (Alt+Enter): joined
    # as "40,71% 50%" the message said "tanda persen (%) ganda", which tells staff nothing.
    def edit(wb):
        wb[sheet][ref] = typed

    result = CliRunner().invoke(main, ["check", _example(tmp_path, edit)])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if f"{sheet}!{ref} " in line]
    assert len(lines) == 1 and lines[0].startswith("galat") and words in lines[0], lines
    assert "Alt+Enter" in lines[0] and "satu sel hanya untuk satu angka" in lines[0]
    assert ("indikator" if sheet == "Kinerja" else "program") + ", tulis masing-masing" in lines[0]


def test_a_number_over_a_note_on_its_second_line_keeps_its_own_message(tmp_path):
    def edit(wb):
        wb["Kinerja"]["K13"] = "25\n(data sementara)"

    result = CliRunner().invoke(main, ["check", _example(tmp_path, edit)])
    lines = [line for line in result.output.splitlines() if "Kinerja!K13 " in line]
    assert lines and not any("Alt+Enter" in line for line in lines), lines
