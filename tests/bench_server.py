"""Benchmark: the Hitung Ulang button against a real ``lkj-xl serve`` process on loopback.

Run by hand (not part of the test suite):  python tests/bench_server.py [--indicators 10000 --programs 2000]

For the example workbook and a generated district-scale workbook it prints what a user feels of one
press of the lkj-xl task pane: the server's time (p50/p95 over repeated calls on loopback, and
``hitung_ulang`` alone in-process), the actions of the answer (one runMacro with the plan, plus the
alert), the Office.js writes the plan stands for, the ``context.sync()`` round trips of the press
(the task pane's own accounting, :func:`lkj_xl.xl.plan.estimated_round_trips`; the xlclient harness
measures the same figure through xlwings' real client, with ``charts=False``: its fake draws no charts) and the estimated press time at 50 ms and
150 ms per round trip (Excel on the web: every round trip, and the request itself, cross the
network). For comparison, the same press answered action by action (xlwings Lite, an older task
pane: about two round trips per action). Then the COM calls of the desktop button's writes (a
recording stand-in for desktop Excel), and a load run of 50 concurrent presses of the example.
Goals (issue 9): at most 30 round trips for the example, 60 for 10,000 indicators.
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

from lkj_xl.core import contract as c  # noqa: E402
from lkj_xl.core.layout import STYLES  # noqa: E402

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
    from lkj_xl.core.tables import layouts

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


PLAN_ARGS = [{}, {"rencana": 2}]  # what the lkj-xl task pane sends
# xlwings' client (runPython) reading the book: measured with the xlclient harness on the example.
XLWINGS_READ_ROUND_TRIPS = 18


class ComRecorder:
    """Stands in for desktop Excel's COM objects: every property set and every call is one COM call
    (getting a Range is a call too), counted in ``ComRecorder.calls``."""

    calls = 0

    def __init__(self, name: str = "") -> None:
        object.__setattr__(self, "name", name)

    def __getattr__(self, key: str):
        return ComRecorder(key)

    def __setattr__(self, key: str, value) -> None:
        ComRecorder.calls += 1

    def __call__(self, *args, **kwargs):
        ComRecorder.calls += 1
        return ComRecorder()


class ComSheets(list):
    def __getitem__(self, key):
        return super().__getitem__(key) if isinstance(key, int) else next(s for s in self if s.name == key)

    def add(self, name, before=None, after=None):
        ComRecorder.calls += 1
        sheet = ComRecorder(name)
        self.append(sheet)
        return sheet


class ComBook:
    def __init__(self, names):
        self.sheets = ComSheets(ComRecorder(n) for n in names)
        self.app = ComRecorder("app")
        self.impl = ComRecorder("impl")


def desktop_writes(report) -> tuple[int, object]:
    """COM calls of the desktop button's writes (write_layouts) and its own Calls accounting."""
    from lkj_xl.core.tables import layouts
    from lkj_xl.xl.book import write_layouts

    ComRecorder.calls = 0
    calls = write_layouts(ComBook(["Petunjuk", *c.INPUT_SHEETS]), layouts(report))
    return ComRecorder.calls, calls


def press_time(server_s: float, round_trips: int, rtt_ms: int) -> str:
    """A press in Excel on the web: every round trip and the request itself cross the network."""
    return f"{server_s + (round_trips + 1) * rtt_ms / 1000:.1f} s".replace(".", ",")


def measure(client: httpx.Client, label: str, path: Path, repeat: int) -> list[dict]:
    from lkj_xl.xl.plan import estimated_round_trips, plan_operations
    from lkj_xl.xl.scripts import hitung_ulang

    data = book_json(path, exclude=c.OUTPUT_SHEETS, args=PLAN_ARGS)
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
        result = hitung_ulang(book, plan=True)
        in_process.append(time.perf_counter() - start)
    kinds = collections.Counter(a["func"] for a in actions)
    (plan,) = [a["args"][1] for a in actions if a["func"] == "runMacro"]
    round_trips = estimated_round_trips(plan)
    server = statistics.median(times)
    old = hitung_ulang(xw.Book(json=copy.deepcopy(data)))  # the same press, action by action
    old_actions = old.calls.writes
    old_round_trips = XLWINGS_READ_ROUND_TRIPS + 2 * old_actions
    print(f"\n{label}: {len(result.report.indicators)} indicators, {len(result.report.budgets)} budget rows")
    print(f"  server: p50 {ms(server)}, p95 {ms(percentile(times, 0.95))} ({repeat} presses on loopback)")
    print(f"  hitung_ulang in-process: {ms(statistics.median(in_process))}")
    print(f"  request {len(body) / 1e6:.2f} MB, response {len(response.content) / 1e6:.2f} MB")
    print("  actions: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    print(f"  the plan stands for these Office.js writes: {plan_operations(plan)}")
    print(
        f"  round trips per press: {round_trips} (read {2}, apply {round_trips - 2}); "
        f"press at 50 ms per round trip: {press_time(server, round_trips, 50)}, "
        f"at 150 ms: {press_time(server, round_trips, 150)}"
    )
    print(
        f"  action by action instead: {old_actions} actions, about {old_round_trips} round trips "
        f"({press_time(server, old_round_trips, 50)} at 50 ms, {press_time(server, old_round_trips, 150)} at 150 ms)"
    )
    com, calls = desktop_writes(result.report)
    print(f"  desktop button (COM): {com} COM calls to write the output sheets; by kind: {calls}")
    return actions


def load_run(base: str, path: Path, expected: list[dict], presses: int) -> None:
    body = json.dumps(book_json(path, exclude=c.OUTPUT_SHEETS, args=PLAN_ARGS)).encode()

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
