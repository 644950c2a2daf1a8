"""Leftovers reported by this session's helpers, each seen failing on main first.

1. An input text over 10.000 characters (a Kinerja Uraian or Indikator, a Narasi Teks, an Analisis
   text) was cut at 10.000 characters without a word: the outputs showed it half-written. Now the cut
   is marked where it is ("… (dipotong, N karakter lagi)", as lkj_xl.core.sheet_fit.shorten_text marks
   Excel's 32.767 cut) and a peringatan names the cell and the text's length.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl

from lkj_xl.build import build, load_report
from lkj_xl.core.contract import written_sheets
from lkj_xl.core.model import PERINGATAN
from lkj_xl.laporan import read_inputs
from tests.common import EXAMPLE
from tests.test_mend32a import SEED_PAGU


def _long(n: int) -> str:
    """A text of exactly ``n`` characters of words, ending in a letter; its first 10.000 characters
    end with "Z" (a character appearing nowhere else), to see where the cut falls."""
    words = "peningkatan kapasitas usaha mikro koperasi Kabupaten Lumajang "
    text = (words * (n // len(words) + 1))[: n - 1] + "x"
    return text[:9_999] + "Z" + text[10_000:]


def _example_with(tmp_path, cells: dict[tuple[str, str], str]):
    path = tmp_path / "panjang.xlsx"
    shutil.copy(EXAMPLE, path)
    wb = openpyxl.load_workbook(path)
    for (sheet, ref), value in cells.items():
        wb[sheet][ref] = value
    wb.save(path)
    return path


def test_long_kinerja_text_cut_visibly_and_said(tmp_path):
    # Kinerja!E4: T1's Indikator ("Nilai PDRB sektor Industri"), 12.345 characters typed.
    indikator = _long(12_345)
    path = _example_with(tmp_path, {("Kinerja", "E4"): indikator})
    report = load_report(path)
    # 12.345 - 10.000 = 2.345 characters left out, marked at the cut
    cut = indikator[:10_000] + "… (dipotong, 2.345 karakter lagi)"
    (t1,) = [i for i in report.indicators if i.kode == "T1"]
    assert t1.indikator == cut
    said = [
        f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "E4") and "terlalu panjang" in f.pesan
    ]
    assert [(f.severity, f.pesan) for f in said] == [
        (
            PERINGATAN,
            "Teks di Kinerja!E4 terlalu panjang (12.345 karakter); laporan memuat 10.000 karakter "
            "pertama: persingkat teksnya",
        )
    ]
    # the output sheets show the mark too (one computation)
    out = tmp_path / "hasil.xlsx"
    build(path, out)
    wb = openpyxl.load_workbook(out)
    assert wb["Kinerja"]["E4"].value == indikator  # the input cell itself is untouched
    texts = [c.value for name in written_sheets(False) for row in wb[name].iter_rows() for c in row]
    shown = [t for t in texts if isinstance(t, str) and "kapasZ" in t]  # (the text's last kept word)
    assert shown and all("kapasZ… (dipotong, 2.345 karakter lagi)" in t for t in shown)


def test_text_of_exactly_ten_thousand_characters_is_quiet(tmp_path):
    # the edge: 10.000 characters are kept whole, no mark, no peringatan
    uraian = _long(10_000)
    path = _example_with(tmp_path, {("Kinerja", "D4"): uraian})
    report = load_report(path)
    (t1,) = [i for i in report.indicators if i.kode == "T1"]
    assert t1.uraian == uraian
    assert not [f for f in report.findings if "terlalu panjang" in f.pesan]


def test_long_narasi_text_cut_visibly_and_said(tmp_path):
    # Narasi!B3: the first Kata Pengantar paragraph, 10.001 characters typed: one character left out
    teks = _long(10_001)
    path = _example_with(tmp_path, {("Narasi", "B3"): teks})
    _report, narasi = read_inputs(path.read_bytes())
    assert narasi.get("Kata Pengantar").startswith(teks[:10_000] + "… (dipotong, 1 karakter lagi)")
    # (mend33h: a Bagian's text can go on in the Bagian's next rows, its paragraphs: said too)
    assert [f.pesan for f in narasi.findings if (f.sheet, f.sel) == ("Narasi", "B3")] == [
        "Teks di Narasi!B3 terlalu panjang (10.001 karakter); laporan memuat 10.000 karakter pertama: "
        "persingkat teksnya atau bagi ke beberapa baris Bagian yang sama"
    ]


def test_long_analisis_text_cut_visibly_and_said(tmp_path):
    # Analisis!C4: T1's Faktor Pendukung, 10.500 characters typed (one point): 500 left out
    teks = _long(10_500)
    report = load_report(_example_with(tmp_path, {("Analisis", "C4"): teks}))
    (t1,) = [a for a in report.analisis if a.kode == "T1" and not a.indikator]
    assert t1.faktor_pendukung == [teks[:10_000] + "… (dipotong, 500 karakter lagi)"]
    assert [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Analisis", "C4")] == [
        "Teks di Analisis!C4 terlalu panjang (10.500 karakter); laporan memuat 10.000 karakter pertama: "
        "persingkat teksnya"
    ]


def test_addin_reader_cuts_alike():
    # the add-in's reader (xlwings values): the same cut and mark, the length kept for the peringatan
    from lkj_xl.xl.inputs import _cell

    cell = _cell(_long(15_000), False)
    assert cell.value.endswith("Z… (dipotong, 5.000 karakter lagi)")  # 15.000 - 10.000
    assert cell.cut == 15_000


# --- 2. the note of Pengaturan's Total Pagu Perjanjian Kinerja names a line on top left out -------------


def _pk_report(tmp_path, total_pk: int, perubahan: int | None):
    """The example with a "5.1.01 Belanja Pegawai" line of 8.000.000.000 (spent 2.000.000.000) typed on
    top of Anggaran (row 4, above P0.01), B16 and P0.01's Pagu Perubahan typed."""
    from tests.test_fix13 import PEGAWAI, _report
    from tests.test_mend32d import _on_top

    return _report(tmp_path, _on_top(*PEGAWAI, 8_000_000_000, 2_000_000_000), total_pk, perubahan)


def _notes(report) -> list[str]:
    """Every text of Tabel 3.4's sheet, of the e-mail, and of the Word report's paragraphs."""
    import io

    import docx

    from lkj_xl.core.narasi import Narasi
    from lkj_xl.core.tables import realisasi_anggaran
    from lkj_xl.delivery.message import summary_lines
    from lkj_xl.laporan import render

    sheet = [v for row in realisasi_anggaran.layout(report).rows for v in row if isinstance(v, str)]
    doc = docx.Document(io.BytesIO(render(report, Narasi())))
    return [*sheet, *summary_lines(report), *(p.text for p in doc.paragraphs)]


def test_total_pagu_pk_note_names_the_line_on_top_that_makes_up_the_difference(tmp_path):
    # B16 typed as =SUM(Anggaran!D4:D22), Excel's saved value the seed's TOTAL 27.805.047.633 plus the
    # line's 8.000.000.000 = 35.805.047.633. A formula over Anggaran is no evidence (mend33a): the line
    # stays P0.01's rincian and the programs' pagu stays 27.805.047.633. The printed note said "lebih
    # Rp 8.000.000.000 dari jumlah pagu program" (35.805.047.633 - 27.805.047.633)
    # without naming the 8.000.000.000 line that is the whole difference. (fix14 first tested this with
    # P0.01 revised to 12.500.000.000, a case mend33a now counts: the Pagu before the revision plus the
    # line is B16.)
    from tests.test_mend33a import _formula_total

    report = _formula_total(tmp_path, "SUM(Anggaran!D4:D22)", 35_805_047_633)
    said = [t for t in _notes(report) if "lebih Rp 8.000.000.000 dari jumlah pagu program" in t]
    assert len(said) >= 4  # Tabel 3.4's note, the e-mail, the Word report's 3.2.4 and its PK section
    for text in said:
        assert 'Anggaran!A4 "5.1.01 Belanja Pegawai" (Rp 8.000.000.000)' in text, text


def test_a_sipd_block_on_top_is_named_once_in_the_total_pagu_pk_note(tmp_path):
    # "5.1 BELANJA OPERASI" 8.000.000.000 with "5.1.01 Belanja Pegawai" 8.000.000.000 under it on top,
    # B16 a formula summing Anggaran's column: 27.805.047.633 + 8.000.000.000 + 8.000.000.000 =
    # 43.805.047.633 (the column counts both rows). Left out (a formula is no evidence); the note's
    # difference is 16.000.000.000, the two rows' sum, so both are named as "jumlah baris". The block's
    # money is its outer line's 8.000.000.000 only: naming each row as if its own would read as twice
    # the money, so the note names the block once, by its outer line, or not at all.
    from tests.common import rewrite_cells
    from tests.test_mend33a import _nested

    path = tmp_path / "laporan.xlsx"
    shutil.copy(EXAMPLE, path)
    wb = openpyxl.load_workbook(path)
    _nested(8_000_000_000, 2_000_000_000)(wb["Anggaran"])
    wb["Pengaturan"]["B16"] = 0
    part = f"xl/worksheets/sheet{wb.sheetnames.index('Pengaturan') + 1}.xml"
    wb.save(path)
    rewrite_cells(path, {part: [("B16", "", "<f>SUM(Anggaran!D4:D23)</f><v>43805047633</v></c>")]})
    report = load_report(path)
    for text in _notes(report):
        assert "Anggaran!A5" not in text, text  # (the 5.1.01 row under 5.1: the same money)


def test_total_pagu_pk_note_names_no_line_that_does_not_make_up_the_difference(tmp_path):
    # B16 = 27.805.047.633 + 5.000.000.000 (fix13's case): the 8.000.000.000 line explains none of the
    # "lebih Rp 5.000.000.000": the note stays as it was (the peringatan at B16 names the line anyway).
    report = _pk_report(tmp_path, SEED_PAGU + 5_000_000_000, None)
    said = [t for t in _notes(report) if "lebih Rp 5.000.000.000 dari jumlah pagu program" in t]
    assert said and not [t for t in said if "Anggaran!A4" in t]


# --- 3. run's log with a file name that is not UTF-8; serve --workers and SIGTERM ---------------------

ROOT = Path(__file__).resolve().parent.parent


def test_run_log_shows_a_file_name_that_is_not_utf8_readably(tmp_path):
    # A Latin-1 name from an old Windows share: byte 0xE9 ("é" in Latin-1) is no UTF-8, Python holds it
    # as the lone surrogate U+DCE9 and the log printed "dinas-\udce9.xlsx", a code point no file has.
    # Now the byte itself, "\xe9" (xlsx.safe_io.printable, as the rekap's Berkas column writes it).
    name = os.fsdecode(b"dinas-\xe9.xlsx")
    shutil.copy(EXAMPLE, tmp_path / name)
    done = subprocess.run(
        [sys.executable, "-m", "lkj_xl", "run", name, "--no-pdf"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    log = done.stderr.decode("utf-8")  # (valid UTF-8: a lone surrogate cannot be encoded strictly)
    assert "INFO dinas-\\xe9.xlsx: built (" in log, log
    assert "udce9" not in log


def _serve_with_workers(code: str) -> subprocess.CompletedProcess:
    """``code`` run in a fresh process beside lkj_xl.xl.server._run and a free port."""
    from tests.common import free_port

    prelude = f"import signal, uvicorn\nfrom lkj_xl.xl import server\nPORT = {free_port()}\n"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XLWINGS_LICENSE_KEY": "noncommercial"}
    env.pop("XLWINGS_ON_SERVER", None)  # (as tests/test_xl_server.py starts serve)
    try:
        return subprocess.run(
            [sys.executable, "-c", prelude + code], env=env, capture_output=True, text=True, timeout=60
        )
    except subprocess.TimeoutExpired:
        raise AssertionError("the server went on serving") from None


def test_sigterm_stops_serve_with_workers_as_with_one(tmp_path):
    # `systemctl stop` of `serve --workers 2`: uvicorn's supervisor stopped the workers and returned,
    # exit 0 but no "stopped" on stderr (README: SIGTERM "exits with status 0 and `stopped`", as one
    # server process does since newuser11). A SIGTERM as the supervisor starts is queued by it (its
    # handlers are set when it is made), so none is lost there.
    done = _serve_with_workers(
        """
from uvicorn.supervisors import Multiprocess
original = Multiprocess.run
def early(self, *args, **kwargs):
    signal.raise_signal(signal.SIGTERM)  # systemd's stop, as the workers are being started
    return original(self, *args, **kwargs)
Multiprocess.run = early
config = uvicorn.Config("lkj_xl.xl.server:worker_app", host="127.0.0.1", port=PORT, factory=True,
                        workers=2, lifespan="off", log_level="warning")
server._run(config)
print("returned")
"""
    )
    assert done.returncode == 0, done.stderr
    # (a worker's own log lines may come after the supervisor's)
    assert "returned" in done.stdout and "stopped" in done.stderr.splitlines(), done.stderr


def test_serve_with_workers_that_cannot_start_is_an_error(tmp_path):
    # Workers that cannot start (their app fails to load): uvicorn's supervisor gave up and returned,
    # and `serve --workers 2` exited 0 as if stopped (a systemd unit showed a clean stop); with one
    # process it is a ServeError, exit 2 "the server did not start".
    done = _serve_with_workers(
        """
config = uvicorn.Config("lkj_xl_no_such_module:app", host="127.0.0.1", port=PORT, factory=True,
                        workers=2, lifespan="off", log_level="critical")
try:
    server._run(config)
except server.ServeError as exc:
    print("ServeError:", exc)
"""
    )
    assert "ServeError: the server did not start" in done.stdout, (done.stdout, done.stderr)
