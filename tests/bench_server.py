"""Benchmark: the Hitung Ulang button against a real ``lkj-xl serve`` process on loopback.

Run by hand (not part of the test suite):  python tests/bench_server.py [--indicators 10000 --programs 2000]

For the example workbook and a generated district-scale workbook it prints: latency of a press as
seen by a client on loopback (p50/p95 over repeated calls; the server computes, the loopback adds
little), the time of ``hitung_ulang`` alone in-process, the number of actions the add-in has to
apply (by kind), request and response sizes; then a load run of 50 concurrent presses of the
example (all must succeed with the same actions as a single press), with p50/p95.
Goal (issue 4): the example answers in under half a second.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import copy
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")

import httpx  # noqa: E402
import xlwings as xw  # noqa: E402
from bench_build import district_workbook  # noqa: E402
from test_xl_server import EXAMPLE, book_json, free_port, start_server, stop_server  # noqa: E402

from lkj_xl import contract as c  # noqa: E402
from lkj_xl.layout import STYLES  # noqa: E402

TOKEN = "token-bench-0123456789abcdef"
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
URL = "/xlwings/custom-scripts-call/hitung_ulang"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def block_by_block_count(report) -> int:
    """Actions if each layout Block were written property by property (for comparison)."""
    from lkj_xl.tables import layouts

    total = 0
    for lay in layouts(report):
        for block in lay.blocks:
            for prop in STYLES[block.style]:
                if prop == "border":
                    sides = 4 + (block.last_col > block.first_col) + (block.last_row > block.first_row)
                    total += sides
                else:
                    total += 1
        total += len(lay.merges) + len(lay.conditionals) + len(lay.columns) + len(lay.row_heights) + 4
    return total


def measure(client: httpx.Client, label: str, path: Path, repeat: int) -> list[dict]:
    from lkj_xl.xl.scripts import hitung_ulang

    data = book_json(path, exclude=c.OUTPUT_SHEETS)
    body = json.dumps(data).encode()
    times = []
    response = None
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.post(URL, content=body, headers=HEADERS)
        times.append(time.perf_counter() - start)
        response.raise_for_status()
    actions = response.json()["actions"]
    in_process = []
    for _ in range(max(1, min(repeat, 5))):
        book = xw.Book(json=copy.deepcopy(data))
        start = time.perf_counter()
        result = hitung_ulang(book)
        in_process.append(time.perf_counter() - start)
    kinds = collections.Counter(a["func"] for a in actions)
    print(f"\n{label}: {len(result.report.indicators)} indicators, {len(result.report.budgets)} budget rows")
    print(
        f"  press on loopback: p50 {ms(statistics.median(times))}, p95 {ms(percentile(times, 0.95))} ({repeat} calls)"
    )
    print(f"  hitung_ulang in-process: {ms(statistics.median(in_process))}")
    print(f"  request {len(body) / 1e6:.2f} MB, response {len(response.content) / 1e6:.2f} MB")
    print(f"  actions: {len(actions)} (block-by-block would be {block_by_block_count(result.report)})")
    print(f"  calls by kind: {result.calls}")
    print("  by action: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    return actions


def load_run(base: str, path: Path, expected: list[dict], presses: int) -> None:
    body = json.dumps(book_json(path, exclude=c.OUTPUT_SHEETS)).encode()

    def one(_):
        with httpx.Client(base_url=base, timeout=120) as client:
            start = time.perf_counter()
            response = client.post(URL, content=body, headers=HEADERS)
            elapsed = time.perf_counter() - start
        ok = response.status_code == 200 and response.json()["actions"] == expected
        return elapsed, ok

    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=presses) as pool:
        results = list(pool.map(one, range(presses)))
    wall = time.perf_counter() - start
    times = [t for t, _ in results]
    good = sum(ok for _, ok in results)
    print(
        f"\nload: {presses} concurrent presses of the example: {good}/{presses} succeeded with the expected actions"
    )
    print(f"  p50 {ms(statistics.median(times))}, p95 {ms(percentile(times, 0.95))}, all done in {ms(wall)}")
    if good != presses:
        raise SystemExit("load run: not every press succeeded")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indicators", type=int, default=10_000)
    parser.add_argument("--programs", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--repeat-large", type=int, default=5)
    parser.add_argument("--presses", type=int, default=50)
    parser.add_argument("--workers", type=int, default=1, help="server worker processes")
    args = parser.parse_args()

    port = free_port()
    server = start_server(port, token=TOKEN, max_bytes=256 * 1024 * 1024, workers=args.workers)
    print(f"server: {args.workers} worker process(es)")
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=300) as client, tempfile.TemporaryDirectory() as tmp:
            expected = measure(client, "example", EXAMPLE, args.repeat)
            big = Path(tmp) / "district.xlsx"
            district_workbook(big, args.indicators, args.programs)
            measure(client, f"district ({args.indicators} indicators)", big, args.repeat_large)
            load_run(base, EXAMPLE, expected, args.presses)
    finally:
        stop_server(server)


if __name__ == "__main__":
    main()
