"""The task pane's round trips for one press (lkj_xl.xl.plan.estimated_round_trips), pinned on plans
made by hand, without Node: each expected count is derived below from lkj.js's rule (queue every
write, sync when the queued characters reach BATCH_CHARS, then queue suspendScreenUpdatingUntilNextSync
again on ExcelApi 1.9; the final sync; Excel.run's own closing sync carries nothing) as xlwings'
client runs it (runMacro calls lkjTerapkan inside runPython's Excel.run; no sync of its own after a
runMacro action). Checked against the xlclient harness's counts (see the README's table)."""

from __future__ import annotations

from lkj_xl.xl.plan import BATCH_CHARS, COMMAND_CHARS, estimated_round_trips

B, C = BATCH_CHARS, COMMAND_CHARS


def sheet(name: str, rows: list[list[object]], charts: list[dict] | None = None) -> dict:
    return {
        "name": name,
        "n_rows": len(rows),
        "n_cols": max((len(r) for r in rows), default=0),
        "values": rows,
        "formats": [],
        "merges": [],
        "across": [],
        "conditionals": [],
        "widths": [],
        "heights": [],
        "freeze": None,
        "charts": charts or [],
    }


def text_row(json_chars: int) -> list[object]:
    """A one-cell row whose JSON (["aaa"]) is ``json_chars`` characters long."""
    return ["a" * (json_chars - 4)]


def test_a_small_plan_costs_the_floor_of_four():
    # read 2 + the sheet names 1 + the final sync 1; queued: 3C + (5 + C) + 2C, far below B
    plan = {"version": 2, "sheets": [sheet("Ringkasan", [["x"]])]}
    assert estimated_round_trips(plan) == 4


def test_a_batch_ending_exactly_on_the_last_write_still_costs_the_final_sync():
    # Two rows of 998,600 JSON characters: the second does not fit in the first slice (B/2), so two
    # value writes. Queued: 3C (sheet) + 998,600 + C + 998,600 + C + 2C (freeze etc.) = 2,000,000 = B:
    # the last write syncs (a round trip) and lkj.js then queues suspendScreenUpdatingUntilNextSync,
    # so the final sync carries a command: another round trip. 2 + 1 + 1 + 1 = 5.
    half = 998_600
    assert 3 * C + 2 * (half + C) + 2 * C == B
    plan = {"version": 2, "sheets": [sheet("Analisis Capaian", [text_row(half), text_row(half)])]}
    assert estimated_round_trips(plan) == 5


def chart(points: int = 0) -> dict:
    return {"series": [{"points": ["#C00000"] * points}]}


def test_charts_count_where_the_host_adds_them_and_not_where_it_cannot():
    # Values of 1,000,000 and 990,000 characters (two slices): queued 3C + 1,000,000 + C + 990,000 + C
    # + 2C = 1,992,800 before the chart; one chart of one series with 2 coloured points is
    # 8 + 6 + 2 = 16 commands = 6,400 characters: 1,999,200 < B, no sync yet; a second one reaches
    # 2,005,600 >= B: a batch sync. With charts: 2 + names + batch + final = 5. Without
    # ChartCollection.add (the xlclient harness's fake Office.js; lkj.js skips the charts): 4.
    rows = [text_row(1_000_000), text_row(990_000)]
    assert 3 * C + 1_990_000 + 2 * C + 2 * C + 2 * 16 * C >= B > 3 * C + 1_990_000 + 4 * C + 16 * C
    plan = {"version": 2, "sheets": [sheet("Grafik", rows, [chart(2), chart(2)])]}
    assert estimated_round_trips(plan) == 5
    assert estimated_round_trips(plan, charts=False) == 4


def test_output_sheets_to_remove_cost_a_round_trip_only_when_the_book_has_them():
    # removeStale loads A1 and the owner name of each output sheet to remove that the book has, in
    # one round trip; none there, no sync.
    plan = {
        "version": 2,
        "sheets": [sheet("Ringkasan", [["x"]])],
        "remove": [{"name": "Grafik", "titles": ["Grafik Capaian Kinerja"]}],
    }
    assert estimated_round_trips(plan) == 4
    assert estimated_round_trips(plan, present=["Kinerja", " grafik "]) == 5
