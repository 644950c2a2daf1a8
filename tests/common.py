"""What many test files share: where the project and its example workbook are, the example with cells
typed in, a free loopback port, a workbook saved as Strict Open XML, the Word report printed and read
back page by page, the project copied into a git repository of its own and built as a wheel, the CLI run
with its standard output on a given file."""

from __future__ import annotations

import io
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The seed report's workbook (workbooks/make_example.py writes it from the seed's raw data).
EXAMPLE = ROOT / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"


def example_typed(folder: Path, name: str, triwulan: int, cells: dict[tuple[str, str], object]) -> Path:
    """A copy of the example in ``folder`` with Pengaturan's Triwulan (B7) set and ``cells``
    ((sheet, ref) -> value) typed in, saved by openpyxl."""
    import shutil

    import openpyxl

    workbook = folder / f"{name}.xlsx"
    shutil.copy(EXAMPLE, workbook)
    wb = openpyxl.load_workbook(workbook)
    assert wb["Pengaturan"]["A7"].value == "Triwulan"
    wb["Pengaturan"]["B7"] = triwulan
    for (sheet, ref), value in cells.items():
        wb[sheet][ref] = value
    wb.save(workbook)
    return workbook


def kinerja_row(kode, tingkat, induk, uraian, indikator, target=None, tw1=None, tw2=None, **more) -> dict:
    """A Kinerja row as new_workbook takes it: a % indicator with its Target and Realisasi TW I and
    II, ``more`` columns by their header."""
    row = {
        "Kode": kode,
        "Tingkat": tingkat,
        "Kode Induk": induk,
        "Uraian": uraian,
        "Indikator": indikator,
        "Satuan": "%",
        "Target": target,
        "Realisasi TW I": tw1,
        "Realisasi TW II": tw2,
    }
    row.update(more)
    return row


def rewrite_cells(path: Path, parts: dict[str, list[tuple[str, str, str]]]) -> None:
    """Rewrite cells of the xlsx at ``path`` in place, as Excel would store them and openpyxl cannot:
    in each worksheet part, each (ref, attributes, inner XML) becomes ``<c r=ref s=.. attributes>inner``
    (its style kept; the inner XML ends with ``</c>``)."""
    with zipfile.ZipFile(path) as z:
        members = {name: z.read(name) for name in z.namelist()}
    for part, cells in parts.items():
        xml = members[part].decode()
        for ref, kind, body in cells:
            xml, count = re.subn(
                rf'<c r="{ref}"( s="\d+")?[^>]*?(?:/>|>.*?</c>)',
                lambda m, kind=kind, body=body, ref=ref: f'<c r="{ref}"{m.group(1) or ""}{kind}>{body}',
                xml,
                count=1,
            )
            assert count == 1, (part, ref)
        members[part] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)


def peringatan_alike(path: Path, folder: Path, said: list[tuple[str, str]]) -> dict:
    """Runs check, export and build on the workbook at ``path`` and asserts that each (Kinerja cell,
    words) of ``said`` is one peringatan there, alike in the three (the Pemeriksaan sheet of the built
    copy in ``folder``); returns the export."""
    import json

    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main

    runner = CliRunner()
    checked = runner.invoke(main, ["check", str(path)]).output.splitlines()
    exported = json.loads(runner.invoke(main, ["export", str(path)]).stdout)
    out = folder / "hasil.xlsx"
    assert runner.invoke(main, ["build", str(path), "-o", str(out)]).exit_code == 0
    sheet = openpyxl.load_workbook(out)["Pemeriksaan"]
    for sel, words in said:
        lines = [line for line in checked if f"Kinerja!{sel} " in line]
        assert len(lines) == 1 and lines[0].startswith("peringatan") and words in lines[0], lines
        found = [f for f in exported["pemeriksaan"] if (f["sheet"], f["sel"]) == ("Kinerja", sel)]
        assert len(found) == 1 and words in found[0]["pesan"]
        rows = [r for r in sheet.iter_rows(min_row=5, values_only=True) if (r[2], r[3]) == ("Kinerja", sel)]
        assert [(r[1], r[4]) for r in rows] == [("Peringatan", found[0]["pesan"])]
    return exported


def sigterm_when(
    proc: subprocess.Popen, ready: Callable[[], bool], wait: float = 60, settle: float = 0
) -> bytes:
    """SIGTERM to ``proc`` once ``ready()`` (or after ``wait`` seconds), ``settle`` seconds later; its
    stderr. The process is killed whatever happens (a failing test leaves none behind)."""
    try:
        deadline = time.monotonic() + wait
        while not ready() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(settle)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    return err


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now (for a real server started by a test)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LoopbackServer:
    """A TCP server on a free loopback port for a test that needs one to misbehave: it accepts on a
    daemon thread, counts the connections and hands each to ``handle`` in that thread (a subclass that
    serves connections side by side starts a thread there). ``listener``: a bound, listening socket
    set up otherwise (a small receive window...)."""

    def __init__(self, listener: socket.socket | None = None) -> None:
        self.connections = 0
        self.listener = listener or socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return  # closed
            self.connections += 1
            self.handle(conn)

    def handle(self, conn: socket.socket) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.listener.close()


def smtp_args(port: int, sender: str = "program@example.go.id") -> list[str]:
    """The CLI options that send to a test SMTP server on loopback ``port``, plainly, from ``sender``."""
    return ["--no-tls", "--smtp-host", "127.0.0.1", "--smtp-port", str(port), "--from", sender]


def strict_open_xml(data: bytes) -> bytes:
    """The workbook as Excel's Save As "Strict Open XML Spreadsheet (*.xlsx)" writes it: the same parts
    under the Strict namespaces."""
    transitional_to_strict = [
        (b"http://schemas.openxmlformats.org/spreadsheetml/2006/main", b"http://purl.oclc.org/ooxml/spreadsheetml/main"),
        (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
         b"http://purl.oclc.org/ooxml/officeDocument/relationships"),
    ]  # fmt: skip
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as strict:
        for name in source.namelist():
            part = source.read(name)
            for old, new in transitional_to_strict:
                part = part.replace(old, new)
            strict.writestr(name, part)
    return out.getvalue()


def printed_laporan(workbook: Path, out: Path, *more: str) -> list[list[str]]:
    """``lkj-xl laporan WORKBOOK -o OUT --pdf``, its PDF read back with pdftotext: the stripped,
    non-blank lines of each page."""
    import subprocess
    import sys

    command = [sys.executable, "-m", "lkj_xl", "laporan", str(workbook), "-o", str(out), "--pdf", *more]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    from lkj_xl.laporan import laporan_pdf_path

    # (WORKBOOK-laporan.pdf when the .docx has the workbook's name: never read a missing PDF as empty)
    pdf = laporan_pdf_path(workbook, out)
    assert pdf.exists(), pdf
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in text.split("\f")]


def checkout_copy(folder: Path) -> Path:
    """This project's files (as they are now, uncommitted changes too) in ``folder/src``, a git
    repository of one commit: a build there leaves no ``build/`` in the real checkout."""
    import shutil

    src = folder / "src"
    junk = ("build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis", ".venv", ".git")
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(*junk, "_commit.txt"))
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "copy"]):
        git(src, *args)
    return src


def git(root: Path, *args: str) -> str:
    """``git -C root ARGS``' output, with an author for commits."""
    done = subprocess.run(
        ["git", "-c", "user.name=test", "-c", "user.email=test@example.org", "-C", str(root), *args],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def wheel_commit(src: Path, out: Path) -> str | None:
    """``pip wheel .`` in ``src`` (as `pip install .` builds) into ``out``, and the commit the wheel
    carries (lkj_xl/_commit.txt), None without one."""
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), "."],
        cwd=src,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    (wheel,) = out.glob("lkj_xl-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        if "lkj_xl/_commit.txt" not in zf.namelist():
            return None
        return zf.read("lkj_xl/_commit.txt").decode().strip()


def cli_into(stdout, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    """``python -m lkj_xl ARGS`` (this checkout's) with its standard output on ``stdout``."""
    env = {k: v for k, v in os.environ.items() if k != "LKJ_XL_DEBUG"}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "lkj_xl", *args],
        cwd=cwd,
        env=env,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
    )
