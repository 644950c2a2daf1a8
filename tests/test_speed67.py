"""Stop 54 (speed67, issue 13): ``rekap --jobs 2`` keeps its workers busy past a slow file.

The results come back in file order, so the parent waits for the first file of its window; the other
worker goes on only while the window holds files for it. With a window of 2 files a worker, a worker
went idle after 3 files while the first was still being read (an agency of 2.000 indicators among
small ones, or a parent late to be scheduled on a loaded machine).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import lkj_xl

# Run in a child process (a hang fails the test instead of stopping the suite). The first file waits
# until the other worker has started 10 files, or 20 s; its result says how many it saw started.
_SLOW_FIRST = r"""
import os, sys, time
from pathlib import Path
import lkj_xl.agencies as agencies
from lkj_xl.core import rekap as core

folder, marks = Path(sys.argv[1]), Path(sys.argv[2])

def summarise(path):
    name = os.path.basename(path)
    if name == "f00.xlsx":
        stop = time.monotonic() + 20
        while len(os.listdir(marks)) < 10 and time.monotonic() < stop:
            time.sleep(0.01)
        return agencies.AgencyResult(path, core.DILEWATI, reason=str(len(os.listdir(marks))))
    (marks / name).touch()
    return agencies.AgencyResult(path, core.DILEWATI, reason="cepat")

agencies.summarise = summarise  # the forked workers inherit it
result = agencies.rekap([str(folder)], jobs=2)
for row in result.pemeriksaan.itertuples():
    print(os.path.basename(row.berkas), row.keterangan, sep="|")
"""


def test_the_other_worker_goes_on_while_the_first_file_is_slow(tmp_path):
    folder, marks = tmp_path / "opd", tmp_path / "mulai"
    folder.mkdir()
    marks.mkdir()
    for i in range(13):
        (folder / f"f{i:02d}.xlsx").write_bytes(b"")  # never read: summarise is replaced
    env = {**os.environ, "PYTHONPATH": str(Path(lkj_xl.__file__).parent.parent)}
    run = subprocess.run([sys.executable, "-c", _SLOW_FIRST, str(folder), str(marks)], capture_output=True,
                         text=True, timeout=120, env=env)  # fmt: skip
    assert run.returncode == 0, run.stderr
    rows = [line.split("|") for line in run.stdout.splitlines()]
    # Every file once, in file order, whatever order the workers finished them in.
    assert [name for name, _ in rows] == [f"f{i:02d}.xlsx" for i in range(13)]
    assert [why for _, why in rows[1:]] == ["cepat"] * 12
    # While f00 was read, the other worker read at least 10 of the 12 others (a window of 2 files a
    # worker let it start 3: f01, f02, f03; the test then waited its 20 s and saw 3).
    assert int(rows[0][1]) >= 10
