"""The reported quarter blank in every row (Report.kinerja_kosong / anggaran_kosong): every output
that prints a figure counted from the earlier quarters alone says so with the same sentence.

The example (the seed's TW II 2025) with Realisasi TW II cleared in Kinerja and in Anggaran: the
capaian are TW I's (S2's 25 of 40,71 = 61,41 %), the Anggaran has no TW I spending, so every
penyerapan is 0 % of the pagu and each Tujuan/Sasaran's efisiensi is its capaian minus 0. Tabel 3.3
prints both (capaian, penyerapan, efisiensi), Ringkasan and the Word report's Ikhtisar print the
counts of TW I's capaian: each carries the note, as Tabel 3.1, 3.2, 3.4 and the mail already did."""

from __future__ import annotations

import email
import email.policy
import shutil

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from tests.common import EXAMPLE, example_typed
from tests.fronts_kalimat import paragraphs, sheet_texts
from tests.test_fronts_parity import pdf_lines
from tests.test_xl_server import (  # noqa: F401 - server: the fixture
    PLAN_CLIENT,
    book_json,
    pemeriksaan_rows,
    press,
    replay_plan,
    server,
)

# the sentences of tests/test_staff_round25.py's notes, for the example: Kinerja has TW I typed, the
# example's Anggaran only its TW II column (s.d. TW II as one figure), so its spending counts as nil
KINERJA = (
    "Realisasi TW II belum diisi (kosong di semua baris): realisasi s.d. TW II dihitung dari TW I saja, "
    "begitu pula capaian dan kriterianya."
)
ANGGARAN = "Realisasi anggaran TW II belum diisi di semua baris: realisasi s.d. TW II dihitung nol."


def _blank_tw2(path) -> None:
    """The example with Realisasi TW II emptied in every Kinerja and Anggaran row."""
    shutil.copy(EXAMPLE, path)
    wb = openpyxl.load_workbook(path)
    for sheet in ("Kinerja", "Anggaran"):
        ws = wb[sheet]
        header = next(c for r in ws.iter_rows(max_row=10) for c in r if c.value == "Realisasi TW II")
        for row in range(header.row + 1, ws.max_row + 1):
            ws.cell(row, header.column).value = None
    wb.save(path)


def test_every_output_printing_a_figure_of_the_blank_quarter_notes_it(tmp_path):
    path = tmp_path / "kosong.xlsx"
    _blank_tw2(path)
    runner = CliRunner()
    hasil, doc, eml = tmp_path / "hasil.xlsx", tmp_path / "laporan.docx", tmp_path / "pesan.eml"
    for args in (
        ["build", str(path), "-o", str(hasil)],
        ["laporan", str(path), "-o", str(doc)],
        ["send", str(path), "--to", "a@example.go.id", "--from", "b@example.go.id", "--dry-run", str(eml)],
    ):
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(hasil)
    wanted = {  # sheet -> the notes it must carry: the figures it prints
        "Capaian Tujuan Sasaran": {KINERJA},
        "Capaian Program": {KINERJA},
        "Efisiensi": {KINERJA, ANGGARAN},  # capaian, penyerapan and efisiensi (capaian - penyerapan)
        "Realisasi Anggaran": {ANGGARAN},
        "Ringkasan": {KINERJA},  # the counts of capaian >= 100 %, per kriteria
        "Grafik": {KINERJA, ANGGARAN},  # the capaian and penyerapan bars and their tables
        # 3.2.2's sentences: "penyerapan anggaran sebesar 0,00% ... tergolong efisien"
        "Analisis Capaian": {KINERJA, ANGGARAN},
    }
    for sheet, notes in wanted.items():
        texts = sheet_texts(wb[sheet])
        assert notes <= set(texts), (sheet, texts)
    # the Efisiensi sheet reads 0 % (0 of 14.162.109.953) and 61,41 - 0 = 61,41 for S2: the notes
    # say why, not a penyerapan of its own
    said = paragraphs(doc)
    ikhtisar = said[: said.index("DAFTAR ISI")]
    assert KINERJA in ikhtisar, ikhtisar  # beside the counts, as the mail has it
    assert said.count(KINERJA) >= 4, said  # under Tabel 3.1, 3.2, 3.3 and in the Ikhtisar
    assert ANGGARAN in said, said  # under Tabel 3.3/3.4
    body = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    text = body.get_body(("plain",)).get_content()
    assert f"Catatan: {KINERJA}" in text and ANGGARAN[1:-1] in text, text


def test_the_add_in_writes_the_same_notes_and_peringatan(tmp_path, server):  # noqa: F811
    # Hitung Ulang in the task pane (the real HTTP server): the sheets it writes carry the notes of
    # lkj-xl build, and its Pemeriksaan the two peringatan at the columns' titles
    path = tmp_path / "kosong.xlsx"
    _blank_tw2(path)
    data = book_json(path, args=[{"Kinerja": []}, PLAN_CLIENT])
    response = press(server, data)
    assert response.status_code == 200, response.text
    sheets, alerts, _ = replay_plan(data, response.json()["actions"])
    texts = {s.name: {v for v in s.values.values() if isinstance(v, str)} for s in sheets}
    for sheet in ("Capaian Tujuan Sasaran", "Capaian Program", "Efisiensi", "Ringkasan", "Grafik"):
        assert KINERJA in texts[sheet], sheet
    for sheet in ("Efisiensi", "Realisasi Anggaran", "Grafik"):
        assert ANGGARAN in texts[sheet], sheet
    # no galat: one short note counting the peringatan, with both sentences (its Pemeriksaan lists
    # them: the two blank columns, the example's TW IV figure, the 4 Keterangan naming a figure)
    rows = pemeriksaan_rows(next(s for s in sheets if s.name == "Pemeriksaan"))
    assert len(rows) == 7 and {r[0] for r in rows} == {"Peringatan"}
    want = f"Tabel sudah dihitung. 7 peringatan: lihat sheet Pemeriksaan.\n{KINERJA}\n{ANGGARAN}"
    assert alerts == [[want, "Hitung Ulang selesai", "ok", "info", ""]]
    said = " ".join(texts["Pemeriksaan"])
    assert "Realisasi TW II (triwulan yang dilaporkan) kosong di semua baris indikator" in said, said
    assert "Realisasi anggaran TW II (triwulan yang dilaporkan) kosong di semua baris anggaran" in said, said


@pytest.mark.slow
def test_the_printed_tables_carry_the_notes(tmp_path):
    # lkj-xl pdf (LibreOffice): Tabel 3.1, 3.2, 3.3, Ringkasan, Grafik and Analisis Capaian's 3.2.2
    # print the Kinerja note, Tabel 3.3, 3.4, Grafik and 3.2.2 the Anggaran note, each as the sheets
    # have it (Pemeriksaan is not printed)
    path = tmp_path / "kosong.xlsx"
    _blank_tw2(path)
    pdf = tmp_path / "tabel.pdf"
    result = CliRunner().invoke(main, ["pdf", str(path), "-o", str(pdf)])
    assert result.exit_code == 0, result.output
    printed = " ".join(pdf_lines(pdf))
    assert (printed.count(KINERJA), printed.count(ANGGARAN)) == (6, 4), printed


# --- Tabel 3.3's notes on a program counted toward no Tujuan/Sasaran -----------------------------


def test_a_revised_program_counted_toward_no_sasaran_is_named_once_with_its_pagu_perubahan(tmp_path):
    # The example plus a program in no Kinerja row and without Kode Sasaran, revised by the APBD-P
    # (Pagu 500.000.000, Pagu Perubahan 600.000.000, 100.000.000 spent in TW II): Tabel 3.3 counts it
    # toward no row, so no row is marked *); its note names it with both pagu, as the note of a
    # program without indicator does, and the *) note (for marked rows) does not name it. Tabel 3.4
    # marks its row and keeps it in its own *) note.
    anggaran = {
        "A20": "P9.01",
        "B20": "PROGRAM LAIN",
        "D20": 500_000_000,
        "E20": 600_000_000,
        "G20": 100_000_000,
    }
    path = example_typed(tmp_path, "lain", 2, {("Anggaran", ref): v for ref, v in anggaran.items()})
    hasil, doc = tmp_path / "hasil.xlsx", tmp_path / "laporan.docx"
    for args in (["build", str(path), "-o", str(hasil)], ["laporan", str(path), "-o", str(doc)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
    lost = (
        "Anggaran program yang tidak dihitung ke tujuan/sasaran mana pun pada tabel ini (termasuk dalam "
        "total Tabel 3.4): PROGRAM LAIN (Pagu Perubahan Rp 600.000.000, pagu Perjanjian Kinerja "
        "Rp 500.000.000, realisasi s.d. Triwulan II Tahun 2025 Rp 100.000.000); lihat Anggaran!C20 di "
        "sheet Pemeriksaan."
    )
    wb = openpyxl.load_workbook(hasil)
    efisiensi = sheet_texts(wb["Efisiensi"])
    assert lost in efisiensi, efisiensi
    assert not [t for t in efisiensi if "*)" in t], efisiensi  # the example revises no other pagu
    anggaran_notes = [t for t in sheet_texts(wb["Realisasi Anggaran"]) if "*)" in t]
    assert "PROGRAM LAIN *)" in anggaran_notes, anggaran_notes
    assert any("PROGRAM LAIN: pagu Perjanjian Kinerja Rp 500.000.000" in t for t in anggaran_notes)
    said = paragraphs(doc)
    assert lost in said, [t for t in said if "PROGRAM LAIN" in t]
    assert not [t for t in said if "pagu tujuan/sasaran bertanda *)" in t], said


# --- after the APBD-P: the Grafik sheet's tables print the revised figures too --------------------


def test_the_grafik_tables_mark_a_revised_target_and_pagu_as_tabel_3_1_and_3_4_do(tmp_path):
    # S2's Target Perubahan 45% (the PK's 40,71%; 25 + 4 = 29 s.d. TW II: 29 / 45 = 64,44 %) and P3.01's
    # Pagu Perubahan 3.000.000.000 (the PK's 3.578.850.965; 157.853.500 spent: 5,26 %): the Grafik
    # sheet's tables print that capaian and pagu; each is marked *) with the note its table has (the
    # target with the decimals of its row, as 40,71: 45,00)
    cells = {("Kinerja", "J13"): "45%", ("Anggaran", "E9"): "3.000.000.000"}
    path = example_typed(tmp_path, "apbdp", 2, cells)
    hasil = tmp_path / "hasil.xlsx"
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(hasil)])
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(hasil)
    grafik = sheet_texts(wb["Grafik"])
    target = [t for t in sheet_texts(wb["Capaian Tujuan Sasaran"]) if t.startswith("*) Target Perubahan")]
    pagu = [t for t in sheet_texts(wb["Realisasi Anggaran"]) if t.startswith("*) Pagu Perubahan")]
    assert len(target) == len(pagu) == 1, (target, pagu)
    assert "S2: target Perjanjian Kinerja 40,71%, Target Perubahan 45,00%" in target[0].replace(
        "Persentase koperasi yang taat akan peraturan perundang - undangan", "S2"
    )
    assert "pagu Perjanjian Kinerja Rp 3.578.850.965, Pagu Perubahan Rp 3.000.000.000" in pagu[0]
    assert set(target + pagu) <= set(grafik), grafik
    assert "Persentase koperasi yang taat akan peraturan perundang - undangan *)" in grafik, grafik
    assert "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM) *)" in grafik, grafik
