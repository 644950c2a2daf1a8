"""Benchmark of `Rencana sama`'s grouping of agencies sharing one plan (core/rekap_isi._alike_groups):
a province's thousands of agencies of one template, names of several lengths.

    PYTHONPATH=. python tests/bench_rencana_sama.py [N ...]

Measured 2026-12-07 on the 2-core machine, under load: 3.000 agencies `Kantor K{i} <place of 1-4
words>` 157 s on main before rekap54 (every name against every longer one), 1,3 s after; 1.000: 16,3 s,
0,27 s. Prints the time per N and checks the groups equal the pairwise rule's for the smallest N."""

from __future__ import annotations

import sys
import time

from lkj_xl.core import rekap_isi

PLACES = ["Tempeh", "Rawa Indah", "Sumber Agung Barat", "Kali Putih Lor Wetan"]


def plan(n: int) -> list[dict]:
    return [
        {"pemerintah_daerah": "Provinsi Jawa Timur", "perangkat_daerah": f"Kantor K{i} {PLACES[i % 4]}"}
        for i in range(n)
    ]


def main(sizes: list[int]) -> None:
    for n in sizes:
        rows = plan(n)
        start = time.perf_counter()
        groups = rekap_isi._alike_groups(rows)
        print(f"{n} agencies: {len(groups)} groups, {time.perf_counter() - start:.2f} s")
    from tests.test_alike_groups import _pairwise

    rows = plan(min(sizes))
    assert [[id(r) for r in g] for g in rekap_isi._alike_groups(rows)] == [
        [id(r) for r in g] for g in _pairwise(rows)
    ]


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [300, 1000, 3000])
