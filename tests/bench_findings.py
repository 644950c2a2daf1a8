"""Benchmark: `lkj-xl check` and `build` of workbooks in which every (or every other) row has a finding.

Run by hand (not part of the test suite):
    python tests/bench_findings.py [--sizes 200,1000,2000,5000 --repeat 3 --keep DIR]

Generated with tests/bench_build.py's ``generated_workbook``, Kegiatan rows whose realisasi is more
than ten times its target (a peringatan at each such row's Target), every row or every other row;
text typed in every Kegiatan's Realisasi TW I (a peringatan at each), and with it a negative budget
realisasi in every program (a galat at each). Workbooks are made with this checkout's lkj_xl; with
``--against`` the same files are timed with another checkout's too (e.g. a worktree of main). Each measurement
runs in a fresh Python process (imports done before the clock starts), the fastest of ``--repeat``
counts. Printed as ratios: each size against the smallest in the same run (1.000 -> 2.000 rows: ~2
means linear, ~4 quadratic) and against a plain read + parse of the same workbook (``read_grids`` +
``parse_workbook``, the part without findings to speak of).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_build import DISTRICT, ROOT, generated_workbook

CHILD = r"""
import json, sys, time, io, contextlib
mode, src, dst = sys.argv[1], sys.argv[2], sys.argv[3]
from lkj_xl.cli import main
from lkj_xl.build import build
from lkj_xl.core.parse import parse_workbook
from lkj_xl.xlsx.read import read_grids
start = time.perf_counter()
cpu = time.process_time()
if mode == "check":
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            main(["check", src])
        except SystemExit:
            pass
elif mode == "build":
    build(src, dst)
elif mode == "parse":
    grids, names = read_grids(src)
    parse_workbook(grids, names)
print(json.dumps({"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu}))
"""

SCENARIOS = {
    # realisasi 5.000 + 45 of a target 400: more than ten times it
    "far-off every row": {"kegiatan": lambda k: 5000},
    "far-off every other row": {"kegiatan": lambda k: 5000 if k % 2 == 0 else 50},
    "text in every row": {"kegiatan": lambda k: f"lima puluh {k}"},
    # and a galat at every program's budget, Realisasi TW I: a negative amount
    "budget galat every program": {
        "kegiatan": lambda k: f"lima puluh {k}",
        "pagu_tw1": lambda p: -100_000 - p,
    },
}


def workbook(path: Path, indicators: int, scenario: str) -> None:
    """A generated workbook of ``indicators`` rows (a tenth as many programs) of ``scenario``."""
    from lkj_xl.core import contract as c

    figures = DISTRICT._replace(**SCENARIOS[scenario])
    settings = {c.P_PEMDA: "Kabupaten Uji", c.P_OPD: "Dinas Uji", c.P_TAHUN: 2025, c.P_TRIWULAN: 2}
    programs = max(indicators // 10, 4)
    generated_workbook(path, settings, indicators, (2, 4, programs), figures)


def measure(mode: str, src: Path, dst: Path, repeat: int, code: Path = ROOT) -> float:
    """The least CPU seconds of ``repeat`` runs of ``mode`` with the lkj_xl of ``code``."""
    best = float("inf")
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", CHILD, mode, str(src), str(dst)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONPATH": str(code)},  # this checkout's lkj_xl, not an installed one
        ).stdout
        best = min(best, json.loads(out.strip().splitlines()[-1])["cpu"])
    return best


def main() -> None:
    sys.path.insert(0, str(ROOT))  # (the workbooks made with this checkout's lkj_xl too)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="200,1000,2000,5000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--modes", default="parse,check,build")
    parser.add_argument("--scenarios", default=",".join(SCENARIOS))
    parser.add_argument("--keep", type=Path, help="write the generated workbooks here (and reuse them)")
    parser.add_argument(
        "--against", type=Path, help="another checkout (e.g. a worktree of main): its times too"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    modes = args.modes.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for scenario in args.scenarios.split(","):
            print(f"== {scenario} (CPU seconds, fastest of {args.repeat})")
            first: dict[str, float] = {}
            for n in sizes:
                src = folder / f"{scenario.replace(' ', '-')}-{n}.xlsx"
                if not src.exists():
                    workbook(src, n, scenario)
                times = {m: measure(m, src, Path(tmp) / "out.xlsx", args.repeat) for m in modes}
                first = first or times
                parts = [
                    f"{m} {t:6.2f} s (x{t / first[m]:5.1f} of {sizes[0]} rows"
                    + (
                        f", x{t / times['parse']:4.1f} of parse)"
                        if "parse" in times and m != "parse"
                        else ")"
                    )
                    for m, t in times.items()
                ]
                print(f"  {n:5d} rows: " + "; ".join(parts), flush=True)
                if args.against:
                    other = {
                        m: measure(m, src, Path(tmp) / "out.xlsx", args.repeat, args.against)
                        for m in modes
                        if m != "parse"
                    }
                    print(
                        "             against: "
                        + "; ".join(f"{m} {t:6.2f} s (this x{times[m] / t:4.2f})" for m, t in other.items())
                    )


if __name__ == "__main__":
    main()
