"""A new IT admin at a Bappeda (round 4): the README, `--help`, and the CLI used as on the first day,
with the ordinary mistakes.

Found, and tested here:
- Ctrl-C in the first tenth of a second (the CLI still importing its modules) printed a Python
  traceback (KeyboardInterrupt from inside click or lkj_xl.cli), or click's "Aborted!" with status 1
  (which means "has galat" for check, run and rekap); now "interrupted", status 130, from the first
  line of lkj-xl's own code. Ctrl-C while a command imports a module late could also end in "internal
  error (RuntimeError: Error calling __set_name__ ...); this is a bug", status 4: now "interrupted".
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from tests.common import EXAMPLE, ROOT, example_typed

# --- Ctrl-C at any moment: "interrupted", 130, never a traceback ----------------------------------


def _ctrl_c_after(delay: float, args: list[str]) -> tuple[int, str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "lkj_xl", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    return proc.returncode, err.decode()


def _frames_of_the_cli(err: str) -> list[str]:
    """The traceback's frames in lkj-xl's modules or click's. None: Python's own start (its streams,
    site, the .pth files, runpy finding the package), before lkj_xl.__main__'s first line, where
    Ctrl-C is the interpreter's as for every Python program ("Fatal Python error: init_import_site"),
    or Python swallowing a KeyboardInterrupt in an import lock's weakref callback ("Exception
    ignored in: <function _get_module_lock.<locals>.cb ...>")."""
    frames = re.findall(r'File "([^"]+)"', err)
    package = str(ROOT / "lkj_xl")
    return [f for f in frames if (f.startswith(package) and f != f"{package}/__init__.py") or "/click/" in f]


@pytest.mark.slow
def test_ctrl_c_right_after_starting_the_cli_exits_130_without_a_traceback():
    # Delays from "the interpreter has not started" through "importing click and lkj_xl.cli" into the
    # command itself; a check of the example takes ~0.3 s on an idle machine.
    outcomes = []
    for step in range(24):
        code, err = _ctrl_c_after(step * 0.015, ["check", str(EXAMPLE)])
        outcomes.append(code)
        if "Traceback" in err and not _frames_of_the_cli(err):
            continue
        assert "Traceback" not in err, (step, err)
        assert "internal error" not in err and "Aborted!" not in err, (step, err)
        # 130, or the process died of SIGINT as a shell counts it (130) when the signal came before
        # Python's handler (the first milliseconds) or during the interpreter's final shutdown;
        # 0 when the check had already finished ("0 galat, 1 peringatan").
        assert code in (130, -signal.SIGINT, 0), (step, code, err)
        if code == 130:
            assert err.rstrip().endswith("interrupted"), (step, err)
    assert 130 in outcomes  # the signal did arrive while the CLI ran


def _ctrl_c_seen_by_a_library_as(error: Callable[[KeyboardInterrupt], Exception]) -> Callable[..., None]:
    """A load_report that receives a real SIGINT (the CLI's own handler raises KeyboardInterrupt)
    while a library turns it into an error of its own."""

    def load_report(*args, **kwargs) -> None:
        try:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(5)  # the handler raises here
        except KeyboardInterrupt as exc:
            raise error(exc) from None
        raise AssertionError("no KeyboardInterrupt")

    return load_report


def _wrapped_by_python(exc: KeyboardInterrupt) -> Exception:
    # Python 3.11 wraps a KeyboardInterrupt raised in __set_name__ (a dataclass being defined while
    # its module is imported) in a RuntimeError: met for real with Ctrl-C during `check`.
    error = RuntimeError("Error calling __set_name__ on 'Field' instance 'indicators' in 'Node'")
    error.__cause__ = exc
    return error


def _named_by_pydantic(exc: KeyboardInterrupt) -> Exception:
    # pydantic-core building a schema while `serve` starts: only the text names it (met for real).
    return ValueError(f"Error building `literal` serializer:\n  KeyboardInterrupt: {exc}")


@pytest.mark.parametrize("error", [_wrapped_by_python, _named_by_pydantic])
def test_ctrl_c_that_a_library_turned_into_its_own_error_is_interrupted_not_a_bug(monkeypatch, error):
    import lkj_xl.build

    monkeypatch.setattr(lkj_xl.build, "load_report", _ctrl_c_seen_by_a_library_as(error))
    result = CliRunner().invoke(main, ["check", str(EXAMPLE)])
    assert result.exit_code == 130, result.output
    assert result.stderr.strip() == "interrupted"


def test_a_real_bug_is_still_an_internal_error(monkeypatch):
    import lkj_xl.build

    def bug(*args, **kwargs):
        raise RuntimeError("something else")

    monkeypatch.setattr(lkj_xl.build, "load_report", bug)
    result = CliRunner().invoke(main, ["check", str(EXAMPLE)])
    assert result.exit_code == 4 and "internal error (RuntimeError: something else)" in result.stderr


# --- rekap of a collection folder: a .zip an agency sent is named, not passed over ----------------


def _collection(tmp_path: Path) -> Path:
    """What a Bappeda's collection folder looks like: one agency's workbook as sent, another agency's
    sent as a ZIP (zipped on Windows: "Send to > Compressed folder"), a cover letter PDF."""
    folder = tmp_path / "tw2-2025"
    (folder / "DISKOPUKM").mkdir(parents=True)
    (folder / "DISKOPUKM" / "LKjIP TW2 (final).xlsx").write_bytes(EXAMPLE.read_bytes())
    with zipfile.ZipFile(folder / "Dinas Kesehatan.zip", "w") as zf:
        zf.writestr("Dinas Kesehatan/LKjIP Dinkes TW2.xlsx", EXAMPLE.read_bytes())
    (folder / "surat pengantar.pdf").write_bytes(b"%PDF-1.4\n")
    return folder


def test_a_zip_in_the_collection_folder_is_named_with_what_to_do(tmp_path):
    folder = _collection(tmp_path)
    out = tmp_path / "rekap.json"
    result = CliRunner().invoke(
        main, ["rekap", str(folder), "--format", "json", "-o", str(out), "--jobs", "1"]
    )
    # Skipped, not unreadable: the exit status stays the workbooks' (the example has no galat).
    assert result.exit_code == 0, result.output
    zipped = str(folder / "Dinas Kesehatan.zip")
    (line,) = [x for x in result.stderr.splitlines() if zipped in x]
    assert "ZIP" in line and "extract" in line
    data = json.loads(out.read_text(encoding="utf-8"))
    (row,) = [r for r in data["pemeriksaan"] if r["berkas"] == zipped]
    assert row["status"] == "dilewati"
    assert "ZIP" in row["keterangan"] and "ekstrak" in row["keterangan"]
    # the agency in the folder is read; the PDF, never a workbook, is still not listed
    assert [r["status"] for r in data["pemeriksaan"] if r["berkas"].endswith(".xlsx")] == ["dibaca"]
    assert not [r for r in data["pemeriksaan"] if r["berkas"].endswith(".pdf")]
    assert "wrote" in result.stdout and "1 of 2 workbooks" in result.stdout


def test_a_zip_named_on_the_command_line_says_extract_it(tmp_path):
    folder = _collection(tmp_path)
    out = tmp_path / "rekap.xlsx"
    args = [
        "rekap",
        str(folder / "Dinas Kesehatan.zip"),
        str(folder / "DISKOPUKM"),
        "-o",
        str(out),
        "--jobs",
        "1",
    ]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    (line,) = [x for x in result.stderr.splitlines() if "Dinas Kesehatan.zip" in x]
    assert "ZIP" in line and "extract" in line


def test_a_folder_of_zips_only_is_refused_saying_extract_them(tmp_path):
    folder = tmp_path / "kiriman"
    folder.mkdir()
    with zipfile.ZipFile(folder / "semua-opd.zip", "w") as zf:
        zf.writestr("dinas.xlsx", EXAMPLE.read_bytes())
    out = tmp_path / "rekap.xlsx"
    result = CliRunner().invoke(main, ["rekap", str(folder), "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert "semua-opd.zip" in result.stderr and "extract" in result.stderr
    assert "Traceback" not in result.output and not out.exists()


# --- run given the collection folder instead of its workbooks -------------------------------------


@pytest.mark.parametrize("outdir", [False, True])
def test_run_given_a_folder_says_to_name_its_workbooks_not_cannot_write(tmp_path, outdir):
    # `lkj-xl run /data/lkjip/` (the folder rekap takes) where run wants /data/lkjip/*.xlsx: it said
    # "cannot write /data/lkjip: ... a folder", as if the folder were read-only or an output.
    folder = tmp_path / "lkjip"
    folder.mkdir()
    (folder / "dinas.xlsx").write_bytes(EXAMPLE.read_bytes())
    args = ["run", str(folder), "--no-pdf"] + (["--outdir", str(tmp_path / "terkirim")] if outdir else [])
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert (
        f"{folder} is a folder, not a workbook (name its workbooks, e.g. {folder / '*.xlsx'})"
        in result.stderr
    )
    assert "cannot write" not in result.stderr and "Traceback" not in result.output
    assert (folder / "dinas.xlsx").read_bytes() == EXAMPLE.read_bytes()


# --- rekap of a folder whose agency folders are linked in (symbolic links) -------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need rights on Windows")
def test_an_agency_folder_linked_into_the_collection_is_read_and_a_link_loop_is_not_followed(tmp_path):
    # The Bappeda keeps each agency's folder on its share and links them into the quarter's folder
    # (ln -s /srv/opd/dinkes tw2-2025/dinkes). The linked folder was passed over without a word: the
    # agency missing from the ranking, the rekap "1 of 1 workbooks".
    share = tmp_path / "srv" / "opd" / "dinkes"
    share.mkdir(parents=True)
    example_typed(share, "LKjIP Dinkes", 2, {("Pengaturan", "B5"): "Dinas Kesehatan"})
    folder = tmp_path / "tw2-2025"
    folder.mkdir()
    (folder / "diskopukm.xlsx").write_bytes(EXAMPLE.read_bytes())
    (folder / "dinkes").symlink_to(share, target_is_directory=True)
    (folder / "semua").symlink_to(tmp_path, target_is_directory=True)  # a loop: a folder above
    (folder / "diskop-lagi").symlink_to(folder, target_is_directory=True)  # a loop: itself
    out = tmp_path / "rekap.json"
    args = ["rekap", str(folder), "--format", "json", "-o", str(out), "--jobs", "1"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    # each workbook once, by the path under the folder given, in the folder's order ("dinkes" before
    # "diskopukm.xlsx"); nothing from above it
    assert [r["berkas"] for r in data["pemeriksaan"]] == [
        str(folder / "dinkes" / "LKjIP Dinkes.xlsx"),
        str(folder / "diskopukm.xlsx"),
    ]
    assert sorted(r["perangkat_daerah"] for r in data["perangkat_daerah"]) == [
        "Dinas Kesehatan",
        "Dinas Koperasi, UKM, Perindustrian dan Perdagangan",
    ]
    assert "2 of 2 workbooks" in result.stdout


# --- check of a workbook sent back blank ----------------------------------------------------------


def test_check_of_a_blank_workbook_says_there_is_nothing_in_it(tmp_path):
    # The admin sends `lkj-xl new`'s workbook out and checks what comes back: a blank one said only
    # "0 galat, 1 peringatan" (Pemerintah Daerah not filled), exit 0, read as checked and fine.
    blank = tmp_path / "dinas-x.xlsx"
    made = ["new", str(blank), "--pemda", "Kabupaten Lumajang", "--opd", "Dinas X", "--tahun", "2025"]
    assert CliRunner().invoke(main, [*made, "--triwulan", "2"]).exit_code == 0
    result = CliRunner().invoke(main, ["check", str(blank)])
    assert result.exit_code == 0, result.output  # no galat: the exit status keeps its meaning
    assert "warning: no indicator in sheet Kinerja and no program in sheet Anggaran" in result.stderr
    filled = CliRunner().invoke(main, ["check", str(EXAMPLE)])
    assert "no indicator" not in filled.stderr


def test_a_csv_rekap_into_a_folder_under_a_file_says_it_is_a_file(tmp_path):
    # -o laporan.xlsx/rekap-csv (a file taken for a folder): said "Folder 'laporan.xlsx' is not
    # writable", sending the admin to look at permissions.
    folder = tmp_path / "opd"
    folder.mkdir()
    (folder / "dinas.xlsx").write_bytes(EXAMPLE.read_bytes())
    a_file = tmp_path / "laporan.xlsx"
    a_file.write_bytes(EXAMPLE.read_bytes())
    result = CliRunner().invoke(
        main, ["rekap", str(folder), "--format", "csv", "-o", str(a_file / "rekap-csv")]
    )
    assert result.exit_code == 2, result.output
    assert f"'{a_file}' is a file, not a folder" in result.stderr and "not writable" not in result.stderr
    assert a_file.read_bytes() == EXAMPLE.read_bytes()


# --- run with a Word template: mistakes said before any work --------------------------------------


def _two_agencies(tmp_path: Path) -> list[str]:
    paths = []
    for name in ("dinas-a.xlsx", "dinas-b.xlsx"):
        (tmp_path / name).write_bytes(EXAMPLE.read_bytes())
        paths.append(str(tmp_path / name))
    return paths


def test_run_with_a_template_but_without_laporan_is_refused(tmp_path):
    # --laporan-template kop.docx alone: the template was ignored and no Word document written, exit 0.
    kop = tmp_path / "kop.docx"
    kop.write_bytes((ROOT / "templates" / "lkj-xl-laporan.docx").read_bytes())
    outdir = tmp_path / "terkirim"
    args = [
        "run",
        *_two_agencies(tmp_path),
        "--no-pdf",
        "--laporan-template",
        str(kop),
        "--outdir",
        str(outdir),
    ]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert "--laporan-template applies to --laporan" in result.stderr
    assert not outdir.exists()


def test_run_with_a_template_that_is_no_word_document_stops_before_any_work(tmp_path):
    # A kop.docx that is no .docx (saved as .doc and renamed, a download cut short): every workbook was
    # built, then failed one by one with the same error, in a run of 60 agencies 60 times.
    kop = tmp_path / "kop.docx"
    kop.write_bytes(b"\xd0\xcf\x11\xe0 Word 97-2003")
    outdir = tmp_path / "terkirim"
    args = ["run", *_two_agencies(tmp_path), "--no-pdf", "--laporan", "--laporan-template", str(kop)]
    result = CliRunner().invoke(main, [*args, "--outdir", str(outdir)])
    assert result.exit_code == 2, result.output
    assert f"{kop}: not a Word .docx template" in result.stderr
    assert "built" not in result.stderr and result.stderr.count("not a Word") == 1
    assert not outdir.exists() or not list(outdir.iterdir())


def test_send_with_a_template_but_without_laporan_is_refused(tmp_path):
    kop = tmp_path / "kop.docx"
    kop.write_bytes((ROOT / "templates" / "lkj-xl-laporan.docx").read_bytes())
    eml = tmp_path / "pesan.eml"
    args = ["send", str(EXAMPLE), "--to", "bappeda@example.go.id", "--from", "dinas@example.go.id"]
    result = CliRunner().invoke(main, [*args, "--laporan-template", str(kop), "--dry-run", str(eml)])
    assert result.exit_code == 2, result.output
    assert "--laporan-template applies to --laporan" in result.stderr and not eml.exists()


def test_an_agency_folder_the_rekap_may_not_read_is_listed_not_passed_over(tmp_path, monkeypatch):
    # An agency's folder on the share whose permissions leave out the account the rekap runs under:
    # the folder was passed over without a word (rglob skips what it may not list), the agency
    # missing from the ranking and the rekap exit 0. Simulated: the tests may run as root.
    folder = tmp_path / "tw2-2025"
    (folder / "dinkes").mkdir(parents=True)
    (folder / "dinkes" / "dinkes.xlsx").write_bytes(EXAMPLE.read_bytes())
    (folder / "diskopukm.xlsx").write_bytes(EXAMPLE.read_bytes())
    locked = str(folder / "dinkes")

    def refused(real: Callable[..., object]) -> Callable[..., object]:
        def listing(path=".", *args, **kwargs):
            if os.fspath(path) == locked:
                raise PermissionError(13, "Permission denied", locked)
            return real(path, *args, **kwargs)

        return listing

    monkeypatch.setattr(os, "scandir", refused(os.scandir))
    monkeypatch.setattr(os, "listdir", refused(os.listdir))
    out = tmp_path / "rekap.json"
    result = CliRunner().invoke(
        main, ["rekap", str(folder), "--format", "json", "-o", str(out), "--jobs", "1"]
    )
    assert result.exit_code == 2, result.output  # as for a workbook that cannot be read
    assert (
        f"{locked}: tidak dapat dibaca: cannot read the folder {locked}: Permission denied" in result.stderr
    )
    data = json.loads(out.read_text(encoding="utf-8"))
    rows = {r["berkas"]: r for r in data["pemeriksaan"]}
    assert rows[locked]["status"] == "tidak dapat dibaca"
    assert rows[locked]["keterangan"].startswith("folder tidak dapat dibaca")
    assert rows[str(folder / "diskopukm.xlsx")]["status"] == "dibaca"


def test_a_hidden_folder_the_rekap_may_not_read_is_no_agency(tmp_path, monkeypatch):
    # A USB stick's .Trash-1001 (hidden) that the account may not list: hidden folders are never an
    # agency's, so it is neither read nor listed as unreadable (it was, as if a workbook). Simulated
    # as above: the tests may run as root.
    from lkj_xl.agency_files import workbook_paths

    folder = tmp_path / "tw2-2025"
    (folder / ".Trash-1001").mkdir(parents=True)
    (folder / "a").mkdir()
    (folder / "a" / "x.xlsx").write_bytes(EXAMPLE.read_bytes())
    locked = str(folder / ".Trash-1001")
    real = os.scandir

    def scandir(path=".", *args, **kwargs):
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    assert workbook_paths([folder]) == [folder / "a" / "x.xlsx"]
