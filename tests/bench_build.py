"""Benchmark: build times and memory, as ratios against a plain openpyxl load+save in the same run.

Run by hand (not part of the test suite):  python tests/bench_build.py [--indicators 10000 --programs 2000]

Prints: the example's build time; for a generated district-scale workbook, the build time and peak
memory next to a plain openpyxl load+save of the same file; and the CLI's --help start-up time.
Each measurement runs in a fresh Python process so peak memory (ru_maxrss) is its own.
Goals (issue 2): large build within 2x of the plain load+save, under 1.5 GB.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"

CHILD = r"""
import json, resource, sys, time, shutil
mode, src, dst = sys.argv[1], sys.argv[2], sys.argv[3]
start = time.perf_counter()
if mode == "build":
    from lkj_xl.build import build
    build(src, dst)
elif mode == "openpyxl":
    import openpyxl
    wb = openpyxl.load_workbook(src)
    wb.save(dst)
elif mode == "help":
    from lkj_xl.cli import main
    try:
        main(["--help"])
    except SystemExit:
        pass
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(mode: str, src: Path, dst: Path, repeat: int = 1) -> dict[str, float]:
    runs = []
    for _ in range(repeat):
        wall = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", CHILD, mode, str(src), str(dst)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        result = json.loads(out.strip().splitlines()[-1])
        result["process_seconds"] = time.perf_counter() - wall
        runs.append(result)
    return {
        "seconds": statistics.median(r["seconds"] for r in runs),
        "process_seconds": statistics.median(r["process_seconds"] for r in runs),
        "maxrss_mb": max(r["maxrss_mb"] for r in runs),
    }


class Figures(NamedTuple):
    """What a generated workbook's rows hold beyond their place in the tree: the words of the Tujuan
    and Sasaran indicators and, by the row's index at its level, the realisations typed.

    A NamedTuple, not a dataclass: the xlclient harness loads this file without registering it in
    ``sys.modules``, where a dataclass with string annotations fails to build."""

    tujuan_words: str
    sasaran_words: str
    tujuan: Callable[[int], tuple[int, int]]  # Realisasi TW I and TW II
    sasaran: Callable[[int], int]  # Realisasi TW I (TW II is 4)
    program: Callable[[int], int]  # Realisasi TW II, "Direkap diakhir periode" every 7th program
    pagu_tw1: Callable[[int], int]  # the program's budget, Realisasi TW I
    kegiatan: Callable[[int], int]  # Realisasi TW I (TW II is 45)
    kegiatan_more: Mapping[str, object] = MappingProxyType({})  # more columns of every Kegiatan


def generated_workbook(
    path: Path, settings: dict[str, object], indicators: int, levels: tuple[int, int, int], figures: Figures
) -> None:
    """A generated workbook: ``levels`` Tujuan, Sasaran and Program rows, then Kegiatan up to
    ``indicators`` rows; one budget row per program; ``settings``: Pengaturan's."""
    from lkj_xl.xlsx.template import new_workbook

    n_tujuan, n_sasaran, n_program = levels
    rows: list[dict[str, object]] = []
    budgets: list[dict[str, object]] = []
    for t in range(n_tujuan):
        tw1, tw2 = figures.tujuan(t)
        rows.append(
            {
                "Kode": f"T{t}",
                "Tingkat": "Tujuan",
                "Uraian": f"Tujuan {t}",
                "Indikator": f"{figures.tujuan_words} {t}",
                "Satuan": "%",
                "Target": "75,5%",
                "Realisasi TW I": tw1,
                "Realisasi TW II": tw2,
                "Jenis Realisasi": "Nilai Akhir",
            }
        )
    for s in range(n_sasaran):
        rows.append(
            {
                "Kode": f"S{s}",
                "Tingkat": "Sasaran",
                "Kode Induk": f"T{s % n_tujuan}",
                "Uraian": f"Sasaran {s}",
                "Indikator": f"{figures.sasaran_words} {s}",
                "Satuan": "%",
                "Target": 40.71,
                "Realisasi TW I": figures.sasaran(s),
                "Realisasi TW II": 4,
            }
        )
    for p in range(n_program):
        rows.append(
            {
                "Kode": f"P{p}",
                "Tingkat": "Program",
                "Kode Induk": f"S{p % n_sasaran}",
                "Uraian": f"Program {p}",
                "Indikator": f"Persentase program {p}",
                "Satuan": "%",
                "Target": 80,
                "Realisasi TW II": "Direkap diakhir periode" if p % 7 == 0 else figures.program(p),
                "Jenis Realisasi": "Nilai Akhir",
            }
        )
        budgets.append(
            {
                "Kode": f"P{p}",
                "Program": f"Program {p}",
                "Pagu": 1_000_000 + p * 1_000,
                "Realisasi TW I": figures.pagu_tw1(p),
                "Realisasi TW II": "150.000",
            }
        )
    k = 0
    while len(rows) < indicators:
        rows.append(
            {
                "Kode": f"K{k}",
                "Tingkat": "Kegiatan",
                "Kode Induk": f"P{k % n_program}",
                "Uraian": f"Kegiatan {k}",
                "Indikator": f"Jumlah keluaran {k}",
                "Satuan": "dokumen",
                "Target": 400,
                "Realisasi TW I": figures.kegiatan(k),
                "Realisasi TW II": 45,
                **figures.kegiatan_more,
            }
        )
        k += 1
    new_workbook(path, pengaturan=settings, kinerja=rows, anggaran=budgets)


# A district's figures: the same in every row of a level.
DISTRICT = Figures(
    tujuan_words="Indikator tujuan",
    sasaran_words="Indikator sasaran",
    tujuan=lambda t: (30, 35),
    sasaran=lambda s: 25,
    program=lambda p: 77,
    pagu_tw1=lambda p: 100_000,
    kegiatan=lambda k: 50,
    kegiatan_more={"Keterangan": "data uji"},
)


def district_workbook(
    path: Path, indicators: int, programs: int, *, opd: str = "Semua Perangkat Daerah"
) -> None:
    """A generated district-scale workbook: Tujuan/Sasaran/Program/Kegiatan with realistic values
    (``opd``: the Perangkat Daerah's name, so that generated agencies differ)."""
    from lkj_xl.core import contract as c

    settings = {c.P_PEMDA: "Kabupaten Uji", c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 2}
    generated_workbook(path, settings, indicators, (10, 40, programs), DISTRICT)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indicators", type=int, default=10_000)
    parser.add_argument("--programs", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        example = measure("build", EXAMPLE, tmpdir / "example-out.xlsx", args.repeat)
        print(
            f"example build: {example['seconds'] * 1000:.0f} ms in-process, "
            f"{example['process_seconds'] * 1000:.0f} ms with interpreter start, peak {example['maxrss_mb']:.0f} MB"
        )

        big = tmpdir / "district.xlsx"
        start = time.perf_counter()
        district_workbook(big, args.indicators, args.programs)
        print(
            f"generated {args.indicators} indicators / {args.programs} programs "
            f"({big.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - start:.1f} s"
        )
        baseline = measure("openpyxl", big, tmpdir / "plain.xlsx", args.repeat)
        built = measure("build", big, tmpdir / "built.xlsx", args.repeat)
        ratio = built["seconds"] / baseline["seconds"]
        print(f"plain openpyxl load+save: {baseline['seconds']:.2f} s, peak {baseline['maxrss_mb']:.0f} MB")
        print(f"lkj-xl build:             {built['seconds']:.2f} s, peak {built['maxrss_mb']:.0f} MB")
        print(
            f"ratio build / load+save:  {ratio:.2f}x (goal <= 2.0x); peak memory goal < 1500 MB: "
            f"{'met' if built['maxrss_mb'] < 1500 else 'NOT met'}"
        )

        start_up = measure("help", EXAMPLE, tmpdir / "unused", max(args.repeat, 5))
        print(
            f"lkj-xl --help start-up: {start_up['process_seconds'] * 1000:.0f} ms (whole process), "
            f"{start_up['seconds'] * 1000:.1f} ms after interpreter start"
        )


if __name__ == "__main__":
    main()
