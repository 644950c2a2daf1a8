"""Never half-written: atomic replacement under SIGKILL, stale temporaries, the build lock, busy files."""

from __future__ import annotations

import io
import os
import random
import signal
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from lkj_xl.xlsx.package import check_package
from lkj_xl.xlsx.safe_io import (
    TEMP_SUFFIX,
    FileBusyError,
    atomic_write,
    check_writable,
    cleanup_stale_temps,
    lock_path,
    workbook_lock,
)
from tests.common import ROOT

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def temps(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.endswith(TEMP_SUFFIX))


def workbook_bytes(label: str, blob_mib: int = 0) -> bytes:
    """A valid .xlsx whose A1 is ``label``, padded with an incompressible stored part of ``blob_mib``."""
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    wb.add_worksheet("Kinerja").write("A1", label)
    wb.close()
    if not blob_mib:
        return buf.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info))
        zout.writestr("xl/media/lampiran.bin", random.Random(label).randbytes(blob_mib * 1024 * 1024))
    return out.getvalue()


def run_py(code: str, *args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kw,
    )


# --- atomic_write -------------------------------------------------------------------------------------


def test_atomic_write_replaces_content_and_keeps_permissions(tmp_path):
    target = tmp_path / "laporan.xlsx"
    target.write_bytes(b"lama")
    os.chmod(target, 0o640)
    inode = target.stat().st_ino
    atomic_write(target, b"baru" * 1000)
    assert target.read_bytes() == b"baru" * 1000
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.stat().st_ino != inode  # a new file was renamed over it, not rewritten in place
    assert temps(tmp_path) == []

    os.chmod(target, 0o604)
    atomic_write(target, b"lagi")
    assert stat.S_IMODE(target.stat().st_mode) == 0o604


def test_atomic_write_new_file_gets_umask_mode(tmp_path):
    old = os.umask(0o027)
    try:
        atomic_write(tmp_path / "baru.xlsx", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "baru.xlsx").stat().st_mode) == 0o640


@pytest.mark.skipif(not IS_ROOT, reason="changing a file's owner needs root")
def test_atomic_write_keeps_owner(tmp_path):
    target = tmp_path / "milik.xlsx"
    target.write_bytes(b"lama")
    os.chown(target, 4321, 4322)
    atomic_write(target, b"baru")
    assert (target.stat().st_uid, target.stat().st_gid) == (4321, 4322)


def test_atomic_write_follows_symlink(tmp_path):
    real = tmp_path / "data" / "laporan.xlsx"
    real.parent.mkdir()
    real.write_bytes(b"lama")
    link = tmp_path / "pintasan.xlsx"
    link.symlink_to(real)
    atomic_write(link, b"baru")
    assert link.is_symlink() and real.read_bytes() == b"baru"
    assert temps(real.parent) == [] and temps(tmp_path) == []


def test_atomic_write_failure_leaves_original_and_no_temp(tmp_path):
    target = tmp_path / "laporan.xlsx"
    target.write_bytes(b"asli")
    with pytest.raises(TypeError):
        atomic_write(target, "bukan bytes")  # fails after the temporary file was created
    assert target.read_bytes() == b"asli" and temps(tmp_path) == []

    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    with pytest.raises(IsADirectoryError):
        atomic_write(folder, b"x")
    assert folder.is_dir() and temps(tmp_path) == []


_WRITER = """
import sys
from pathlib import Path
from lkj_xl.xlsx.safe_io import atomic_write
target = Path(sys.argv[1])
payloads = [Path(sys.argv[2]).read_bytes(), Path(sys.argv[3]).read_bytes()]
atomic_write(target, payloads[0])
print("ready", flush=True)
i = 1
while True:
    atomic_write(target, payloads[i % 2])
    i += 1
"""


@pytest.mark.slow
def test_sigkill_at_random_points_never_leaves_a_broken_workbook(tmp_path):
    """50 builds killed with SIGKILL at random moments: the workbook is always old or new, whole."""
    a, b = workbook_bytes("versi A", blob_mib=12), workbook_bytes("versi B", blob_mib=12)
    (tmp_path / "a.bin").write_bytes(a)
    (tmp_path / "b.bin").write_bytes(b)
    folder = tmp_path / "kerja"
    folder.mkdir()
    target = folder / "laporan.xlsx"
    target.write_bytes(workbook_bytes("versi awal"))
    valid = {a: "versi A", b: "versi B", target.read_bytes(): "versi awal"}
    rng = random.Random(20250101)
    leftovers = 0
    for trial in range(50):
        child = run_py(_WRITER, str(target), str(tmp_path / "a.bin"), str(tmp_path / "b.bin"))
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(rng.uniform(0, 0.12))
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()
        assert child.returncode == -signal.SIGKILL
        data = target.read_bytes()
        assert data in valid, f"trial {trial}: the workbook is neither the old nor the new content"
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            assert zf.testzip() is None
        check_package(data)
        if trial % 10 == 0:
            assert openpyxl.load_workbook(io.BytesIO(data))["Kinerja"]["A1"].value == valid[data]
        stale = temps(folder)
        leftovers += bool(stale)
        removed = cleanup_stale_temps(folder, target.name)
        assert sorted(removed) == stale
        assert temps(folder) == [] and target.read_bytes() == data
    print(f"kills that left a temporary file behind: {leftovers}/50")
    # the kills really landed in the middle of writes (otherwise this test would prove nothing)
    assert leftovers >= 5


# --- cleanup ----------------------------------------------------------------------------------------


def test_cleanup_removes_only_this_workbooks_temps(tmp_path):
    mine = tmp_path / ".laporan.xlsx.0123456789ab.lkj-tmp"
    other = tmp_path / ".laporan2.xlsx.0123456789ab.lkj-tmp"
    odd = tmp_path / ".laporan.xlsx.bukan-hex.lkj-tmp"
    user = tmp_path / "laporan.xlsx"
    for p in (mine, other, odd, user):
        p.write_bytes(b"x")
    assert cleanup_stale_temps(tmp_path, "laporan.xlsx") == [mine]
    assert not mine.exists() and other.exists() and odd.exists() and user.exists()
    assert cleanup_stale_temps(tmp_path / "tidak-ada", "laporan.xlsx") == []


# --- the build lock ---------------------------------------------------------------------------------

_HOLDER = """
import sys, time
from pathlib import Path
from lkj_xl.xlsx.safe_io import workbook_lock
with workbook_lock(Path(sys.argv[1]), timeout=5):
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def test_second_build_times_out_with_clear_message(tmp_path):
    target = tmp_path / "laporan.xlsx"
    holder = run_py(_HOLDER, str(target), "30")
    try:
        assert holder.stdout.readline().strip() == "locked"
        start = time.monotonic()
        with pytest.raises(FileBusyError) as info, workbook_lock(target, timeout=0.5):
            pytest.fail("acquired a lock that another process holds")
        waited = time.monotonic() - start
        assert 0.5 <= waited < 3
        assert "Workbook 'laporan.xlsx' is being processed by another lkj-xl run" in str(info.value)
    finally:
        holder.kill()
        holder.communicate()


def test_second_build_waits_for_the_first(tmp_path):
    target = tmp_path / "laporan.xlsx"
    holder = run_py(_HOLDER, str(target), "1.0")
    assert holder.stdout.readline().strip() == "locked"
    start = time.monotonic()
    with workbook_lock(target, timeout=15):
        waited = time.monotonic() - start
    holder.communicate(timeout=10)
    assert holder.returncode == 0
    assert 0.5 < waited < 10
    assert not lock_path(target).exists()  # the sidecar goes away with the last holder


def test_lock_of_a_killed_build_is_released(tmp_path):
    target = tmp_path / "laporan.xlsx"
    holder = run_py(_HOLDER, str(target), "60")
    assert holder.stdout.readline().strip() == "locked"
    holder.send_signal(signal.SIGKILL)
    holder.communicate()
    start = time.monotonic()
    with workbook_lock(target, timeout=5):
        assert time.monotonic() - start < 1


_COUNTER = """
import sys, time
from pathlib import Path
from lkj_xl.xlsx.safe_io import atomic_write, workbook_lock
target = Path(sys.argv[1])
for _ in range(25):
    with workbook_lock(target, timeout=30):
        n = int(target.read_text())
        time.sleep(0.002)  # read-modify-write: loses updates unless serialised
        atomic_write(target, str(n + 1).encode())
"""


def test_lock_serialises_concurrent_builds(tmp_path):
    target = tmp_path / "hitung.txt"
    target.write_text("0")
    procs = [run_py(_COUNTER, str(target)) for _ in range(4)]
    for p in procs:
        _out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
    assert target.read_text() == "100"
    assert temps(tmp_path) == [] and not lock_path(target).exists()


@pytest.mark.skipif(IS_ROOT, reason="root may write into read-only folders")
def test_lock_in_read_only_folder(tmp_path):
    folder = tmp_path / "arsip"
    folder.mkdir()
    os.chmod(folder, 0o555)
    try:
        refused = r"Folder '.*arsip' is not writable, so workbook 'a\.xlsx' cannot be updated"
        with pytest.raises(PermissionError, match=refused), workbook_lock(folder / "a.xlsx"):
            pass
    finally:
        os.chmod(folder, 0o755)


# --- busy and read-only targets -----------------------------------------------------------------------


def test_workbook_open_in_libreoffice_is_refused(tmp_path):
    target = tmp_path / "laporan.xlsx"
    target.write_bytes(b"isi")
    lock = tmp_path / ".~lock.laporan.xlsx#"  # LibreOffice's lock file while the workbook is open
    lock.write_text(",budi,PC-PROGRAM,29.11.2026 09:00,file:///home/budi/.config/libreoffice/4;")
    with pytest.raises(FileBusyError) as info:
        check_writable(target)
    assert ".~lock.laporan.xlsx#" in str(info.value)
    lock.unlink()
    check_writable(target)


def test_workbook_open_in_excel_is_refused(tmp_path):
    target = tmp_path / "Laporan Kinerja.xlsx"
    target.write_bytes(b"isi")
    check_writable(target)
    owner = tmp_path / "~$Laporan Kinerja.xlsx"
    owner.write_bytes(b"\x05Budi ")
    with pytest.raises(FileBusyError) as info:
        check_writable(target)
    assert f"is open in Excel or LibreOffice (its lock file '{owner.name}' exists)" in str(info.value)
    assert "Close the workbook there" in str(info.value)
    owner.unlink()
    (tmp_path / "~$poran Kinerja.xlsx").write_bytes(b"x")  # Word's shortened form: Excel never makes it
    check_writable(target)
    assert target.read_bytes() == b"isi"


def test_read_only_workbook_is_refused(tmp_path):
    target = tmp_path / "laporan.xlsx"
    target.write_bytes(b"isi")
    os.chmod(target, 0o444)
    with pytest.raises(PermissionError, match=r"Workbook 'laporan\.xlsx' is read-only"):
        check_writable(target)
    os.chmod(target, 0o644)
    check_writable(target)
    check_writable(tmp_path / "belum-ada.xlsx")  # a new output file in a writable folder is fine


@pytest.mark.skipif(IS_ROOT, reason="root may write into read-only folders")
def test_read_only_folder_is_refused(tmp_path):
    folder = tmp_path / "arsip"
    folder.mkdir()
    (folder / "laporan.xlsx").write_bytes(b"isi")
    os.chmod(folder, 0o555)
    try:
        with pytest.raises(
            PermissionError, match=r"Folder '.*arsip' is not writable, so workbook 'laporan\.xlsx'"
        ):
            check_writable(folder / "laporan.xlsx")
    finally:
        os.chmod(folder, 0o755)


def test_odd_targets_are_refused(tmp_path):
    with pytest.raises(IsADirectoryError, match="is a folder, not a workbook"):
        check_writable(tmp_path)
    with pytest.raises(FileNotFoundError, match=r"Folder '.*tidak-ada' does not exist"):
        check_writable(tmp_path / "tidak-ada" / "laporan.xlsx")


def test_lock_timeout_comes_from_the_environment(monkeypatch):
    from lkj_xl.errors import UsageError
    from lkj_xl.xlsx.safe_io import DEFAULT_LOCK_TIMEOUT, lock_timeout

    monkeypatch.delenv("LKJ_XL_LOCK_TIMEOUT", raising=False)
    assert lock_timeout() == DEFAULT_LOCK_TIMEOUT == 10.0
    monkeypatch.setenv("LKJ_XL_LOCK_TIMEOUT", "2.5")
    assert lock_timeout() == 2.5
    monkeypatch.setenv("LKJ_XL_LOCK_TIMEOUT", "sebentar")
    with pytest.raises(UsageError, match="LKJ_XL_LOCK_TIMEOUT"):
        lock_timeout()
