"""Benchmark (not a test): `lkj-xl laporan` on the example workbook, without --pdf. Goal: under 3 s.

Run from the project root:  python tests/bench_laporan.py
Prints the whole command's wall time (a fresh process, as staff run it) and the library call alone,
best of a few runs (the machine may be shared), next to `lkj-xl build` of the same workbook.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"
RUNS = 3


def best(command: list[str]) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # An installed lkj-xl runs from compiled bytecode (pip compiles it); these machines set
    # PYTHONDONTWRITEBYTECODE, which would make every run compile every module again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from lkj_xl.laporan import write_laporan

    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "LKjIP.docx"
        cli = best([sys.executable, "-m", "lkj_xl", "laporan", str(EXAMPLE), "-o", str(out)])
        build = best(
            [sys.executable, "-m", "lkj_xl", "build", str(EXAMPLE), "-o", str(Path(work) / "b.xlsx")]
        )
        write_laporan(EXAMPLE, out)  # warm: imports, fonts
        library = []
        for _ in range(RUNS):
            start = time.perf_counter()
            write_laporan(EXAMPLE, out)
            library.append(time.perf_counter() - start)
        size = out.stat().st_size
    print(f"lkj-xl laporan (whole process): {cli:.2f} s  (goal < 3 s) -> {size / 1024:.0f} KB")
    print(f"write_laporan (library, warm):  {min(library):.2f} s")
    print(f"lkj-xl build (whole process):   {build:.2f} s  (for comparison)")


if __name__ == "__main__":
    main()
