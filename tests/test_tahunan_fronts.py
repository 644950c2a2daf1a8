"""The year's report (Pengaturan Triwulan "Laporan Tahunan") names its period "Tahun 2025" on every
front (continues test_tahunan_teks.py): the findings (check, the Pemeriksaan sheet, export), the
sentences that quote a finding (Analisis Capaian, Efisiensi, the Word document, the mail body) and the
rekap. The faults below are those whose finding names the period of the realisasi counted:

- a staff column of the year's total beside a blank TW IV ("Realisasi Tahunan" in Kinerja,
  "Realisasi s.d. TW IV" in Anggaran) and of the year's capaian ("Capaian Tahunan (%)"): their galat
  said "Realisasi s.d. TW IV ...", "Capaian s.d. TW IV ...", "(realisasi s.d. TW IV dari kolom
  triwulan ...)", and the Anggaran one is quoted whole wherever the budget is not summed (Word, mail);
- a grade followed by a status ("WTP" in TW II, "Menunggu LHP BPK" in TW III, TW IV blank): "realisasi
  s.d. TW IV diambil dari TW II" (the status was in TW IV until the year's grade with TW IV a status
  became belum diketahui, tests/test_predikat_tahunan.py: no grade is then taken from TW II);
- Realisasi Tahun Lalu unlike "Realisasi 2024": "padahal laporan ini Triwulan IV: realisasi s.d.
  Triwulan IV Tahun 2024 adalah ...".

The quarterly report of Triwulan IV (Triwulan typed 4) keeps its words; cells keep their quarter's name
("kolom "Realisasi TW IV" (N13) kosong").

Example rows (workbooks/make_example.py): Kinerja row 5 S1 (Nilai Akhir %, Realisasi 2024 2,50% in
Q5), row 8 P1.02 (Nilai Akhir, target 100%, TW II 100%), row 13 S2 (Kumulatif %, TW I 25, TW II 4),
row 14 P2.01 (Nilai Akhir %, target 54,27%, TW II 0,8%); K..N Realisasi TW I..IV, R Realisasi Tahun
Lalu, V the last header. Anggaran row 5 P2.01 (pagu 41.000.000, TW II 8.000.000), I Realisasi TW IV.
"""

from __future__ import annotations

import email
import json
import re
import subprocess
from pathlib import Path

import docx
import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from tests.common import example_typed
from tests.fronts_kalimat import sheet_texts

S1 = 'indikator "Persentase Pertumbuhan Nilai Produksi Industri" (S1)'
P12 = 'indikator "Prosentase jumlah izin yang diterbitkan" (P1.02)'
S2 = 'indikator "Persentase koperasi yang taat akan peraturan perundang - undangan" (S2)'
P21 = 'indikator "Persentase pengawasan dan pemeriksaan koperasi" (P2.01)'
PROGRAM = 'program "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI"'

FAULTS: dict[tuple[str, str], object] = {
    # S2: the year's total in a column of its own, TW IV (N13) blank.
    ("Kinerja", "W3"): "Realisasi Tahunan",
    ("Kinerja", "W13"): "45%",
    # P2.01: the year's capaian in a column of its own, TW IV (N14) blank.
    ("Kinerja", "X3"): "Capaian Tahunan (%)",
    ("Kinerja", "X14"): 50,
    # P1.02 graded: target WTP, TW II WTP, TW III a status, TW IV blank (a status in TW IV: belum diketahui).
    ("Kinerja", "F8"): "predikat",
    ("Kinerja", "I8"): "WTP",
    ("Kinerja", "L8"): "WTP",
    ("Kinerja", "M8"): "Menunggu LHP BPK",
    # S1: Realisasi Tahun Lalu 3% beside "Realisasi 2024" 2,50%.
    ("Kinerja", "R5"): "3%",
    # P2.01's spending: the BUD's total s.d. TW IV typed beside a blank TW IV (I5).
    ("Anggaran", "J3"): "Realisasi s.d. TW IV",
    ("Anggaran", "J5"): 12000000,
    # Faults whose findings already named the year (test_tahunan_teks.py), on the fronts too:
    # K2.01.01 (row 15, TW IV blank): the year's total as "Realisasi Semester II".
    ("Kinerja", "Y3"): "Realisasi Semester II",
    ("Kinerja", "Y15"): 20,
    # K2.02.01 (row 17, Kumulatif, target 68, TW II 73): TW IV "(200)", a negative capaian.
    ("Kinerja", "N17"): "(200)",
    # P2.02 (row 6, pagu 54.888.000): TW IV 1.000.000 beside the staff's own penyerapan and sisa.
    ("Anggaran", "I6"): 1000000,
    ("Anggaran", "K3"): "Penyerapan (%)",
    ("Anggaran", "K6"): "55%",
    ("Anggaran", "L3"): "Sisa Anggaran",
    ("Anggaran", "L6"): 1000,
    # A grand total typed under the programs.
    ("Anggaran", "B20"): "JUMLAH",
    ("Anggaran", "I20"): 1,
}


def _strings(x: object) -> list[str]:
    if isinstance(x, str):
        return [x]
    if isinstance(x, dict):
        return [s for v in x.values() for s in _strings(v)]
    if isinstance(x, list):
        return [s for v in x for s in _strings(v)]
    return []


def _sheet_texts(path: Path, skip: tuple[str, ...] = ()) -> dict[str, list[str]]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: sheet_texts(ws) for ws in wb.worksheets if ws.title not in skip}


def _fronts(folder: Path, triwulan: object) -> dict[str, list[str]]:
    """Every text a reader of the report sees, by front: check's lines, each output sheet of the built
    workbook, the Word document, the export, the mail's subject and body, the rekap's sheets."""
    folder.mkdir()
    workbook = example_typed(folder, "wb", triwulan, FAULTS)  # type: ignore[arg-type]
    run = CliRunner()
    fronts: dict[str, list[str]] = {}
    check = run.invoke(main, ["check", str(workbook)])
    fronts["check"] = check.output.splitlines()
    built = folder / "built.xlsx"
    assert run.invoke(main, ["build", str(workbook), "-o", str(built)]).exit_code in (0, 1)
    inputs = ("Pengaturan", "Kinerja", "Anggaran", "Narasi", "Petunjuk")  # the staff's own sheets
    fronts |= {f"sheet {k}": v for k, v in _sheet_texts(built, inputs).items()}
    word = folder / "wb.docx"
    assert run.invoke(main, ["laporan", str(workbook), "-o", str(word)]).exit_code == 0
    document = docx.Document(str(word))
    fronts["word"] = [p.text for p in document.paragraphs] + [
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    ]
    export = run.invoke(main, ["export", str(workbook)])
    fronts["export"] = _strings(json.loads(export.output))
    eml = folder / "m.eml"
    sent = run.invoke(main, ["send", str(workbook), "--to", "a@example.go.id", "--from", "b@example.go.id",
                             "--dry-run", str(eml)])  # fmt: skip
    assert sent.exit_code == 0, sent.output
    mail = email.message_from_bytes(eml.read_bytes())
    fronts["mail"] = [str(mail["Subject"])] + [
        part.get_payload(decode=True).decode()
        for part in mail.walk()
        if part.get_content_type() == "text/plain"
    ]
    rekap = folder / "rekap.xlsx"
    assert run.invoke(main, ["rekap", str(workbook), "-o", str(rekap), "--jobs", "1"]).exit_code in (0, 1)
    fronts |= {f"rekap {k}": v for k, v in _sheet_texts(rekap).items()}
    return fronts


@pytest.fixture(scope="module")
def fronts(tmp_path_factory: pytest.TempPathFactory) -> dict[object, dict[str, list[str]]]:
    root = tmp_path_factory.mktemp("tahunan_fronts")
    return {t: _fronts(root / str(t).replace(" ", "_"), t) for t in ("Laporan Tahunan", 4)}


# The report's period said as its last quarter: "realisasi s.d. TW IV", "laporan ini Triwulan IV",
# "s.d. Triwulan IV Tahun 2025", "(triwulan yang dilaporkan)". A quarter's cell keeps its name
# ("Realisasi TW IV" (N13) kosong, "Realisasi TW I s.d. TW IV" summed), and a title the staff typed is
# quoted as typed (di kolom "Realisasi s.d. TW IV"): quoted words are left out before looking.
QUARTER_AS_PERIOD = re.compile(
    r"(?<!Realisasi TW I )s\.d\. TW IV|s\.d\. Triwulan IV|laporan ini Triwulan IV|Triwulan IV Tahun|"
    r"triwulan yang dilaporkan|s\.d\. triwulan ini"
)


def _quarter_as_period(fronts: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [
        (front, text[:200])
        for front, texts in fronts.items()
        for text in texts
        if QUARTER_AS_PERIOD.search(re.sub(r'"[^"]*"', '""', text))
    ]


def test_no_front_of_the_years_report_names_its_period_as_triwulan_iv(fronts) -> None:
    assert not _quarter_as_period(fronts["Laporan Tahunan"])


def test_the_quarterly_report_of_triwulan_iv_keeps_its_quarter(fronts) -> None:
    # The same faults at Triwulan 4: the fronts still say s.d. TW IV (the look above can fail).
    said = _quarter_as_period(fronts[4])
    where = {front for front, _ in said}
    assert {"check", "export", "sheet Pemeriksaan", "word", "mail"} <= where, where


def _finding(fronts: dict[str, list[str]], sel: str) -> list[str]:
    """The messages check prints at ``sel`` ("Kinerja!W13")."""
    out = []
    for line in fronts["check"]:
        parts = line.split(None, 2)
        if len(parts) == 3 and parts[1] == sel:
            out.append(parts[2])
    return out


@pytest.mark.parametrize(
    "triwulan, period, report_is",
    [("Laporan Tahunan", "Tahun 2025", "Tahun 2025"), (4, "s.d. TW IV", "Triwulan IV")],
)
def test_each_finding_names_the_period(fronts, triwulan: object, period: str, report_is: str) -> None:
    said = fronts[triwulan]
    # S2 Kumulatif: TW I 25 + TW II 4 = 29 (TW III and TW IV blank).
    assert _finding(said, "Kinerja!W13") == [
        f'Realisasi {period} {S2} ditulis di kolom "Realisasi Tahunan" (45%), yang tidak dibaca, sedangkan '
        f'kolom "Realisasi TW IV" (N13) kosong (realisasi {period} dari kolom triwulan: 29%): tulis realisasi '
        'masing-masing triwulan di kolom "Realisasi TW I" s.d. "Realisasi TW IV" ("-" bila datanya memang '
        "belum ada); capaian tidak dihitung sampai angkanya dipindahkan"
    ]
    # P2.01 Nilai Akhir: TW II 0,8 of the target 54,27: 0,8 / 54,27 x 100 = 1,4741... -> "1,47%".
    assert _finding(said, "Kinerja!X14") == [
        f'Capaian {period} {P21} ditulis di kolom "Capaian Tahunan (%)" (50%), yang tidak dibaca, sedangkan '
        'kolom "Realisasi TW IV" (N14) kosong (capaian dari kolom triwulan: 1,47%): tulis realisasinya (bukan '
        'capaian) di kolom "Realisasi TW IV" ("-" bila datanya memang belum ada); capaian dihitung dari '
        "realisasi dan target, dan tidak dihitung sampai realisasinya ditulis"
    ]
    # P2.01's spending: TW II 8.000.000 only, the column "Realisasi s.d. TW IV" 12.000.000.
    budget = (
        f'Realisasi anggaran {period} {PROGRAM} ditulis di kolom "Realisasi s.d. TW IV" (Rp 12.000.000), yang '
        f'tidak dibaca, sedangkan kolom "Realisasi TW IV" (I5) kosong (realisasi {period} dari kolom triwulan: '
        'Rp 8.000.000): tulis belanja tiap triwulan di kolom "Realisasi TW I" s.d. "Realisasi TW IV" (0 atau '
        '"-" bila memang tidak ada belanja); penyerapan tidak dihitung sampai angkanya dipindahkan'
    )
    assert _finding(said, "Anggaran!J5") == [budget]
    # The budget is not summed (its galat): the mail and the Word document quote the galat.
    assert any(budget in text for text in said["mail"])
    assert any(budget in text for text in said["word"])
    # P1.02: the latest grade is TW II's WTP (TW IV blank: still the year's, said at N8 too).
    assert _finding(said, "Kinerja!M8") == [
        f'Realisasi TW III {P12} berisi "Menunggu LHP BPK", bukan predikat: realisasi {period} diambil dari TW II'
    ]
    (blank,) = _finding(said, "Kinerja!N8")
    assert (
        blank.startswith(f"Realisasi TW IV {P12} (")
        and f"kosong: realisasi {period} diambil dari TW II" in blank
    )
    # S1: Realisasi Tahun Lalu 3% against "Realisasi 2024" 2,50%, the same period (the whole of 2024).
    whole_year = (
        "Realisasi Tahun Lalu adalah realisasi tahun 2024 itu"
        if report_is == "Tahun 2025"
        else "realisasi s.d. Triwulan IV Tahun 2024 adalah realisasi tahun 2024 itu"
    )
    assert _finding(said, "Kinerja!R5") == [
        f'Realisasi Tahun Lalu {S1} (3%) berbeda dengan kolom "Realisasi 2024" (2,50%), padahal laporan ini '
        f"{report_is}: {whole_year}. Perbandingan Kinerja memakai Realisasi Tahun Lalu; perbaiki angka yang salah"
    ]


@pytest.mark.slow
def test_the_years_pdf_names_the_year(tmp_path: Path) -> None:
    # lkj-xl pdf prints the output sheets (Pemeriksaan chosen too): the same words on paper.
    from lkj_xl.delivery.pdf import PdfError, find_soffice

    try:
        find_soffice()
    except PdfError as exc:
        pytest.skip(str(exc))
    workbook = example_typed(tmp_path, "wb", "Laporan Tahunan", FAULTS)  # type: ignore[arg-type]
    pdf = tmp_path / "wb.pdf"
    sheets = ("Pemeriksaan", "Efisiensi", "Analisis Capaian")
    result = CliRunner().invoke(
        main, ["pdf", str(workbook), "-o", str(pdf), *(a for s in sheets for a in ("--sheet", s))]
    )
    assert result.exit_code == 0, result.output
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "Realisasi anggaran Tahun 2025 program" in flat
    assert not _quarter_as_period({"pdf": [flat]})


# --- the staff's own text (sheet Narasi) naming the year's report as Triwulan IV ---------------------

# The example's Kata Pengantar (B3) and Tindak Lanjut (B26) as an agency carries them from its
# quarterly Triwulan IV report into the year's: the report named as Triwulan IV, "sampai dengan Triwulan
# IV" for the year. Pendahuluan (B9) compares two quarters (no period of the report); B5 names no quarter.
NARASI = {
    (
        "Narasi",
        "B3",
    ): "Puji Syukur kami panjatkan kehadirat Allah SWT, sehingga Laporan Kinerja (LKj) Triwulan IV "
    "Dinas Koperasi, UKM, Perindustrian, dan Perdagangan Kabupaten Lumajang Tahun Anggaran 2025 dapat "
    "diselesaikan dengan baik.",
    (
        "Narasi",
        "B5",
    ): "Tujuan penyampaian Laporan Kinerja ini adalah sebagai wujud pertanggungjawaban kinerja.",
    ("Narasi", "B9"): "Realisasi Triwulan IV lebih tinggi daripada Triwulan III karena pelatihan koperasi "
    "dilaksanakan pada bulan Oktober.",
    (
        "Narasi",
        "B26",
    ): "Berdasarkan hasil kinerja yang telah dicapai sampai dengan Triwulan IV tahun 2025, maka "
    "tindak lanjut dan upaya yang dapat dilaksanakan sebagai berikut :",
}


@pytest.mark.parametrize(
    "triwulan, warned", [("Laporan Tahunan", ["Kata Pengantar", "Tindak Lanjut"]), (4, [])]
)
def test_narasi_naming_the_years_report_triwulan_iv(
    tmp_path: Path, triwulan: object, warned: list[str]
) -> None:
    workbook = example_typed(tmp_path, "wb", triwulan, NARASI)  # type: ignore[arg-type]
    word = tmp_path / "wb.docx"
    result = CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(word)])
    assert result.exit_code == 0, result.output
    said = [line for line in result.stderr.splitlines() if "menyebut Triwulan" in line]
    assert len(said) == len(warned), said
    for line, bagian in zip(said, warned, strict=True):
        assert line.endswith(
            f'Teks Bagian "{bagian}" menyebut Triwulan IV, tetapi laporan ini Tahun 2025 (Pengaturan, Triwulan): '
            "perbarui teksnya untuk laporan tahunan ini"
        ), line
    # The Word document marks the same paragraphs for the staff to update.
    marks = [p.text for p in docx.Document(str(word)).paragraphs if "teks ini menyebut Triwulan" in p.text]
    assert [m for m in marks if "laporan ini Tahun 2025" in m] == marks and len(marks) == len(warned), marks
    assert all(f'Bagian "{bagian}"' in mark for mark, bagian in zip(marks, warned, strict=True)), marks
