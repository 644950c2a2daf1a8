"""Workbook -> PDF through a real LibreOffice (skipped only when soffice is truly absent)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from lkj_xl.delivery import pdf as pdf_mod
from lkj_xl.delivery.pdf import INSTALL_HINT, PdfError, find_soffice, pdf_page_count, xlsx_to_pdf

# Every test here starts LibreOffice: part of the full run, not the quick loop (-m "not slow").
pytestmark = pytest.mark.slow


def _have_soffice() -> bool:
    try:
        find_soffice()
    except PdfError:
        return False
    return True


needs_soffice = pytest.mark.skipif(not _have_soffice(), reason="LibreOffice (soffice) is not installed")

A4_LANDSCAPE = (842.0, 595.0)
FIRST_TITLE = "Tabel 1 Capaian Indikator Kinerja Utama"
SECOND_TITLE = "Tabel 2 Realisasi Anggaran Program"
FIRST_ROWS = 70  # enough rows for the first sheet to need several pages


def make_workbook(path: Path) -> Path:
    """Two sheets set up like the writer's output: A4 landscape, repeated header, fit to width, footer."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    bold = wb.add_format({"bold": True, "border": 1})
    first = wb.add_worksheet("First")
    second = wb.add_worksheet("Second")
    for ws in (first, second):
        ws.set_landscape()
        ws.set_paper(9)  # A4
        ws.repeat_rows(1)  # the header row (row 2) repeats on every page
        ws.fit_to_pages(1, 0)
        ws.set_footer("&LDinas Koperasi Contoh&RHalaman &P dari &N")
        ws.set_column(0, 0, 45)
        ws.set_column(1, 3, 14)
    first.write(0, 0, FIRST_TITLE)
    first.write_row(1, 0, ["Indikator Kinerja", "Target", "Realisasi", "Capaian"], bold)
    for i in range(FIRST_ROWS):
        r = i + 2
        first.write(r, 0, f"IKU-{i + 1:03d} Persentase koperasi aktif")
        first.write_number(r, 1, 100 + i)
        first.write_number(r, 2, 90 + i)
        first.write_formula(r, 3, f"=ROUND(C{r + 1}/B{r + 1}*100,2)")
    second.write(0, 0, SECOND_TITLE)
    second.write_row(1, 0, ["Program", "Pagu", "Realisasi", "Persen"], bold)
    second.write(2, 0, "PRG-01 Pemberdayaan Usaha Mikro")
    second.write_number(2, 1, 12345)
    # a formula across sheets: the PDF must show its value (xlsxwriter stores only a 0 result)
    second.write_formula(2, 2, "=B3*2+First!B3-100")
    second.write(3, 0, "Total dicek")
    wb.close()
    return path


@pytest.fixture(scope="module")
def workbook(tmp_path_factory) -> Path:
    return make_workbook(tmp_path_factory.mktemp("wb") / "Laporan Kinerja TW II (uji).xlsx")


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def assert_a4_landscape(path: Path) -> None:
    for page in PdfReader(str(path)).pages:
        box = page.mediabox
        width, height = float(box.width), float(box.height)
        if page.rotation in (90, 270):
            width, height = height, width
        assert abs(width - A4_LANDSCAPE[0]) <= 2 and abs(height - A4_LANDSCAPE[1]) <= 2, (width, height)


def our_processes(marker: str) -> list[str]:
    """Live (non-zombie) processes whose command line mentions ``marker``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if marker in cmdline and state != "Z":
            found.append(f"{entry.name} {cmdline}")
    return found


@pytest.fixture
def private_tmp(tmp_path, monkeypatch) -> Path:
    """Make xlsx_to_pdf put its work dir (and LibreOffice profile) under this test's tmp dir."""
    base = tmp_path / "tmp"
    base.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(base))
    return base


# --------------------------------------------------------------------------- real conversions


@needs_soffice
def test_whole_workbook_a4_landscape_with_both_sheets(workbook, tmp_path, private_tmp):
    out = tmp_path / "nested" / "dir" / "laporan.pdf"
    out.parent.mkdir(parents=True)  # a missing folder is refused, not made (test_newuser7)
    started = time.monotonic()
    assert xlsx_to_pdf(workbook, out) == out
    print(f"conversion took {time.monotonic() - started:.1f} s")
    assert_a4_landscape(out)
    texts = page_texts(out)
    assert pdf_page_count(out) == len(texts) >= 3
    joined = "\n".join(texts)
    assert FIRST_TITLE in joined and SECOND_TITLE in joined
    for i in (1, FIRST_ROWS // 2, FIRST_ROWS):
        assert f"IKU-{i:03d}" in joined
    assert texts[0].index(FIRST_TITLE) >= 0 and SECOND_TITLE in texts[-1]  # workbook order
    first_pages = [t for t in texts if "IKU-" in t]
    assert len(first_pages) >= 2
    assert all("Indikator Kinerja" in t for t in first_pages)  # header row repeated on every page
    assert all("Dinas Koperasi Contoh" in t and "Halaman" in t for t in texts)  # footer
    assert f"dari {len(texts)}" in texts[-1]
    assert list(private_tmp.iterdir()) == []  # work dir and profile removed

    # page 1 as PNG for the test log
    png_prefix = tmp_path / "halaman"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", str(out), str(png_prefix)],
        check=True,
        timeout=60,
    )
    png = png_prefix.with_suffix(".png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    print(f"page 1 rendered to {png}")


@needs_soffice
def test_formulas_are_recalculated(workbook, tmp_path):
    out = xlsx_to_pdf(workbook, tmp_path / "f.pdf")
    joined = "\n".join(page_texts(out))
    assert "24690" in joined  # =B3*2+First!B3-100 with B3=12345, First!B3=100
    # last IKU row: ROUND(159/169*100, 2) = 94.08 (decimal separator depends on the locale)
    assert "94.08" in joined or "94,08" in joined


@needs_soffice
def test_only_the_chosen_sheet(workbook, tmp_path):
    before = workbook.read_bytes()
    out = xlsx_to_pdf(workbook, tmp_path / "second.pdf", sheets=["Second"])
    assert workbook.read_bytes() == before  # selection works on a temporary copy
    joined = "\n".join(page_texts(out))
    assert SECOND_TITLE in joined and "24690" in joined  # still computed from the hidden sheet
    assert FIRST_TITLE not in joined and "IKU-" not in joined
    assert pdf_page_count(out) == 1
    assert_a4_landscape(out)


@needs_soffice
def test_a_left_out_sheet_with_a_print_area_of_charts_is_not_printed(tmp_path):
    # The rekap's Grafik sheet has a print area around its charts. Printing another sheet alone (its
    # Pemeriksaan), LibreOffice printed the hidden Grafik's charts after it: 2 pages of charts.
    import xlsxwriter

    path = tmp_path / "grafik.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    table = wb.add_worksheet("Tabel")
    table.write_string(0, 0, SECOND_TITLE)
    grafik = wb.add_worksheet("Grafik")
    grafik.write_column(0, 0, ["Dinas Satu", "Dinas Dua"])
    grafik.write_column(0, 1, [90, 75])
    chart = wb.add_chart({"type": "bar"})
    chart.add_series({"categories": "=Grafik!$A$1:$A$2", "values": "=Grafik!$B$1:$B$2"})
    chart.set_title({"name": "Judul Grafik Uji"})
    grafik.insert_chart(1, 4, chart)
    grafik.print_area(1, 4, 20, 12)
    wb.close()
    out = xlsx_to_pdf(path, tmp_path / "tabel.pdf", sheets=["Tabel"])
    joined = "\n".join(page_texts(out))
    assert SECOND_TITLE in joined and "Judul Grafik Uji" not in joined
    assert pdf_page_count(out) == 1


@needs_soffice
def test_sheets_in_the_order_given(workbook, tmp_path):
    out = xlsx_to_pdf(workbook, tmp_path / "order.pdf", sheets=["second", "First"])  # case-insensitive
    texts = page_texts(out)
    assert SECOND_TITLE in texts[0]
    assert FIRST_TITLE in texts[1]
    assert all("Indikator Kinerja" in t for t in texts[1:])  # print titles follow the moved sheet


@needs_soffice
def test_parallel_conversions(workbook, tmp_path):
    results: dict[int, Path | BaseException] = {}

    def run(i: int) -> None:
        try:
            results[i] = xlsx_to_pdf(workbook, tmp_path / f"p{i}.pdf")
        except BaseException as exc:  # reported below
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert all(isinstance(results.get(i), Path) for i in range(3)), results
    counts = {pdf_page_count(results[i]) for i in range(3)}
    assert len(counts) == 1 and counts.pop() >= 3


@needs_soffice
def test_timeout_message_and_no_process_left(workbook, tmp_path, private_tmp):
    with pytest.raises(PdfError, match=r"timed out after 0\.01 s"):
        xlsx_to_pdf(workbook, tmp_path / "t.pdf", timeout=0.01)
    time.sleep(0.3)
    assert our_processes(str(private_tmp)) == []
    assert not (tmp_path / "t.pdf").exists()
    assert list(private_tmp.iterdir()) == []


def test_unknown_sheet_is_reported(workbook, tmp_path, monkeypatch):
    monkeypatch.setenv("LKJ_SOFFICE", sys.executable)  # any executable: must fail before running it
    with pytest.raises(PdfError, match=r"sheet 'Third' not found; the workbook has: First, Second"):
        xlsx_to_pdf(workbook, tmp_path / "x.pdf", sheets=["Third"])


def test_missing_workbook(tmp_path):
    with pytest.raises(PdfError, match="workbook not found"):
        xlsx_to_pdf(tmp_path / "nope.xlsx", tmp_path / "x.pdf")


# --------------------------------------------------------------------------- LibreOffice missing / failing


def test_missing_soffice_says_how_to_install(workbook, tmp_path, monkeypatch):
    monkeypatch.setenv("LKJ_SOFFICE", "/nonexistent")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PdfError) as info:
        xlsx_to_pdf(workbook, tmp_path / "x.pdf")
    assert INSTALL_HINT in str(info.value)
    assert INSTALL_HINT == (
        "LibreOffice not found: install it with `apt-get install libreoffice-calc-nogui` "
        "(Debian/Ubuntu) or set LKJ_SOFFICE to the soffice binary"
    )
    # without LKJ_SOFFICE, nothing on PATH and no typical install path: the same clear message
    monkeypatch.delenv("LKJ_SOFFICE")
    monkeypatch.setattr(pdf_mod, "SOFFICE_CANDIDATES", [str(tmp_path / "soffice")])
    with pytest.raises(PdfError) as info:
        find_soffice()
    assert str(info.value) == INSTALL_HINT


def test_find_soffice_order(tmp_path, monkeypatch):
    env_bin = fake_soffice(tmp_path / "env", "exit 0")
    path_bin = fake_soffice(tmp_path / "path", "exit 0")
    monkeypatch.setenv("PATH", str(path_bin.parent))
    monkeypatch.setenv("LKJ_SOFFICE", str(env_bin))
    assert find_soffice() == str(env_bin)
    monkeypatch.delenv("LKJ_SOFFICE")
    assert find_soffice() == str(path_bin)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setattr(pdf_mod, "SOFFICE_CANDIDATES", [str(tmp_path / "missing"), str(env_bin)])
    assert find_soffice() == str(env_bin)


def fake_soffice(directory: Path, script: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "soffice"
    path.write_text(f"#!/bin/sh\n{script}\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell script as a stand-in")
def test_timeout_kills_the_whole_process_group(workbook, tmp_path, monkeypatch):
    """A stand-in soffice that starts a helper (like oosplash -> soffice.bin) and hangs."""
    pids = tmp_path / "pids"
    script = f'sleep 300 &\necho $! > "{pids}"\necho $$ >> "{pids}"\nsleep 300'
    monkeypatch.setenv("LKJ_SOFFICE", str(fake_soffice(tmp_path / "bin", script)))
    started = time.monotonic()
    with pytest.raises(PdfError, match=r"timed out after 1\.5 s"):
        xlsx_to_pdf(workbook, tmp_path / "x.pdf", timeout=1.5)
    assert time.monotonic() - started < 15
    numbers = [int(p) for p in pids.read_text().split()]
    assert len(numbers) == 2
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(alive(p) for p in numbers):
        time.sleep(0.05)
    assert not any(alive(p) for p in numbers)


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell script as a stand-in")
def test_failing_soffice_is_reported_with_its_message(workbook, tmp_path, monkeypatch):
    script = 'echo "Warning: failed to launch javaldx" >&2\necho "Error: source file could not be loaded" >&2\nexit 1'
    monkeypatch.setenv("LKJ_SOFFICE", str(fake_soffice(tmp_path / "bin", script)))
    with pytest.raises(PdfError) as info:
        xlsx_to_pdf(workbook, tmp_path / "x.pdf")
    text = str(info.value)
    assert "exit code 1" in text and "Error: source file could not be loaded" in text
    assert "javaldx" not in text
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell script as a stand-in")
def test_soffice_exiting_0_without_pdf_is_an_error(workbook, tmp_path, monkeypatch):
    monkeypatch.setenv("LKJ_SOFFICE", str(fake_soffice(tmp_path / "bin", "exit 0")))
    with pytest.raises(PdfError, match=r"could not convert .*\(exit code 0, .*no PDF was written"):
        xlsx_to_pdf(workbook, tmp_path / "x.pdf")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell script as a stand-in")
def test_command_line_uses_a_private_profile_and_headless(workbook, tmp_path, monkeypatch):
    """Records the arguments and writes a PDF where LibreOffice would."""
    args_file = tmp_path / "args"
    script = (
        f'printf "%s\\n" "$@" > "{args_file}"\n'
        "for last; do :; done\n"
        'while [ $# -gt 0 ]; do [ "$1" = "--outdir" ] && out="$2"; shift; done\n'
        'base=$(basename "$last"); cp "$last" "$out/${base%.*}.pdf"'
    )
    monkeypatch.setenv("LKJ_SOFFICE", str(fake_soffice(tmp_path / "bin", script)))
    out = xlsx_to_pdf(workbook, tmp_path / "o.pdf")
    assert out.read_bytes() == workbook.read_bytes()  # our stand-in copied the input
    args = args_file.read_text().splitlines()
    for flag in ("--headless", "--norestore", "--convert-to"):
        assert flag in args
    [profile] = [a for a in args if a.startswith("-env:UserInstallation=file://")]
    assert "lkj-xl-pdf-" in profile
    assert not Path(profile.split("file://", 1)[1]).exists()  # removed afterwards


def test_module_imports_stay_light():
    code = "import sys, lkj_xl.delivery.pdf, lkj_xl.delivery.smtp, lkj_xl.delivery.message; print(sorted(m for m in ('openpyxl','pandas','lxml','pypdf') if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[1],
    )
    assert result.stdout.strip() == "[]"


def test_libreoffice_name_on_path_is_found(monkeypatch, tmp_path):
    monkeypatch.delenv("LKJ_SOFFICE", raising=False)
    libreoffice = tmp_path / "libreoffice"
    shutil.copy(fake_soffice(tmp_path / "x", "exit 0"), libreoffice)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert find_soffice() == str(libreoffice)
    assert os.access(libreoffice, os.X_OK)
