"""The whole output of a Hitung Ulang press as one compact plan, applied by the task pane in a few
round trips.

xlwings Server's client applies each action with about two ``context.sync()`` round trips of its own
(one to find the sheet, one to apply), so writing the output sheets as hundreds of actions costs
hundreds of round trips: a minute in Excel on the web. Instead the server answers with one
``runMacro`` action (``book.app.macro(CALLBACK)(plan)``) that calls the task pane's ``lkjTerapkan``
(`lkj_xl/xl/static/lkj.js`) with this plan; it queues every write and syncs only when the
queued request approaches Excel's payload limit (5 MB on the web), so a press costs a handful of
round trips whatever the number of rectangles.

The plan is generic: it carries layouts (values, format rectangles, merges, conditional formats,
widths, heights, freeze panes), never table knowledge. Format of version :data:`PLAN_VERSION`::

    {"version": 2, "sheets": [{
        "name": "Capaian Program",            # replaces the sheet of that name (any case), in place
        "n_rows": 60, "n_cols": 12,
        "values": [[...], ...],                 # n_rows x n_cols; texts behind "'", blanks null
        "formats": [[prop, [[r1, c1, r2, c2, value], ...]], ...],   # 0-based, inclusive
        "merges": [[r1, c1, r2, c2], ...],     # merges over several rows
        "across": [[r1, c1, r2, c2], ...],     # rows r1..r2 each merged from c1 to c2 (version 2)
        "conditionals": [[r1, c1, r2, c2, formula1, fill, font_color, bold, italic], ...],
        "widths": [[c1, c2, points], ...],
        "heights": [[r1, r2, points], ...],     # after autofitting rows 0..n_rows-1
        "freeze": "1:5" | null,                 # the frozen top-left pane (Office.js freezeAt)
        "protect": true,                        # protected without a password, as lkj-xl build
        "print_area": [r1, c1, r2, c2] | null,  # the rows printed (Grafik: down to the signature)
        "charts": [{"type": "ColumnClustered" | "Line", "title": ..., "anchor": [r, c],
                    "width": points, "height": points, "categories": [r1, c1, r2, c2],
                    "series": [{"name", "values": [r1, c1, r2, c2], "by": "Columns" | "Rows",
                                "type": "Line" | null, "colour", "points": [colour | null, ...],
                                "dashed", "labels", "legend"}, ...],
                    "y_min", "y_title", "number_format", "label_format",
                    "point_label_formats": [format, ...], "legend"}, ...],
    }, ...],
     "remove": [{"name": "Perbandingan Kinerja", "titles": ["Perbandingan Realisasi Kinerja"]}, ...]}

``across`` is what Office.js ``Range.merge(true)`` does in one command: each row of the range merged
on its own. Rows of text merged across the page (Analisis Capaian: every text row, 11,252 at 5,000
indicators) are written by ``lkj-xl build`` as one merge per row; the plan groups consecutive rows
merged over the same columns, so Excel holds the same merged areas for a command per run. A task
pane that applies version 1 (loaded before an upgrade) announces it and gets ``merges`` only, one
per merged area, as before.

``remove`` (optional) lists output sheets this press no longer writes (the analysis sheets of a
workbook without analysis inputs): the task pane deletes a sheet of that name only when its A1 holds
one of the titles lkj-xl writes there (``"<title> s.d. Triwulan ..."``), so a user's own sheet of
that name stays.

Charts (the Grafik sheet, :mod:`lkj_xl.core.charts`) are added with ``worksheet.charts.add`` and their
series set with ExcelApi 1.7 members (the task pane's minimum); data labels and number formats need
1.8 and are left out on older clients. ``print_area`` is set with ``PageLayout.setPrintArea`` (ExcelApi
1.9; an older client leaves the sheet's area as it was), in the final batch after every sheet is
written and protected: a refusal there leaves the sheets written and is told as a note.

``prop`` is an Office.js property path: ``font.bold``, ``font.italic``, ``font.size``, ``font.color``,
``font.underline``, ``fill.color``, ``numberFormat``, ``horizontalAlignment``,
``verticalAlignment``, ``wrapText``, ``indentLevel``, or ``borders`` (value ``[style, weight]`` for
the edges and inside lines of the rectangle). The rectangles of one property never overlap (each
cell's final value, as :func:`lkj_xl.xl.book.resolved_properties` resolves them), so the order of
application does not matter. Tests replay a plan onto a model of a workbook and compare it, cell by
cell, with ``lkj-xl build``.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Sequence

from lkj_xl.core.charts import CellRange, ChartSpec
from lkj_xl.core.contract import normalize_label
from lkj_xl.core.layout import STYLES, SheetLayout
from lkj_xl.core.sheet_fit import enforce_excel_limits
from lkj_xl.xl.book import (
    _BORDERS,
    _HALIGN,
    _VALIGN,
    Calls,
    _row_height_runs,
    _runs,
    column_points,
    freeze_address,
    merge_runs,
    resolved_properties,
    text_value,
)

PLAN_VERSION = 2
PLAN_VERSIONS = (1, 2)  # the versions the server still answers: a task pane loaded before an upgrade
CALLBACK = "lkjTerapkan"  # the task pane function that applies a plan (registerCallback)
# The task pane syncs when its queued writes reach BATCH_CHARS (Excel on the web refuses a request
# over 5 MB), counting COMMAND_CHARS per range write and the JSON size of values. Shared with lkj.js.
BATCH_CHARS = 2_000_000
COMMAND_CHARS = 400
READ_ROUND_TRIPS = 2  # the task pane's read of the input sheets: sheet names, then used ranges

_OFFICE_BORDER_STYLE = {"continuous": "Continuous"}


def _office_value(prop: str, value: object) -> tuple[str, object]:
    """An xlsxwriter format property and value as an Office.js property path and value."""
    if prop == "bold":
        return "font.bold", bool(value)
    if prop == "italic":
        return "font.italic", bool(value)
    if prop == "underline":
        return "font.underline", "Single" if value else "None"
    if prop == "font_size":
        return "font.size", float(value)  # type: ignore[arg-type]
    if prop == "font_color":
        return "font.color", str(value).upper()
    if prop == "bg_color":
        return "fill.color", str(value).upper()
    if prop == "num_format":
        return "numberFormat", str(value)
    if prop == "align":
        return "horizontalAlignment", _HALIGN[str(value)].capitalize()
    if prop == "valign":
        return "verticalAlignment", _VALIGN[str(value)].capitalize()
    if prop == "text_wrap":
        return "wrapText", bool(value)
    if prop == "indent":
        return "indentLevel", int(value)  # type: ignore[call-overload]
    if prop == "border":
        style, weight = _BORDERS.get(int(value), ("continuous", "thin"))  # type: ignore[call-overload]
        return "borders", [_OFFICE_BORDER_STYLE[style], weight.capitalize()]
    raise ValueError(f"format property {prop!r} has no Office.js counterpart")


def plan_version(klien: object) -> int | None:
    """The plan version a task pane announces (``{"rencana": N}``) when the server answers it, else
    None (an older task pane or another xlwings client: one action per write)."""
    version = klien.get("rencana") if isinstance(klien, dict) else None
    if isinstance(version, int) and not isinstance(version, bool) and version in PLAN_VERSIONS:
        return version
    return None


def sheet_plan(lay: SheetLayout, version: int = PLAN_VERSION) -> dict:
    """One output sheet as plan data (see the module docstring) for a task pane of ``version``."""
    lay.validate()
    enforce_excel_limits(lay)
    grid = lay.grid()
    formats = []
    for prop, rects in resolved_properties(lay).items():
        key = None
        out = []
        for r1, c1, r2, c2, value in rects:
            key, office = _office_value(prop, value)
            out.append([r1, c1, r2, c2, office])
        if key is not None:
            formats.append([key, out])
    conditionals = []
    for cond in lay.conditionals:
        props = STYLES[cond.style]
        fill, font = props.get("bg_color"), props.get("font_color")
        conditionals.append(
            [
                cond.first_row,
                cond.first_col,
                cond.last_row,
                cond.last_col,
                '"' + cond.equals.replace('"', '""') + '"',
                str(fill).upper() if fill else None,
                str(font).upper() if font else None,
                bool(props.get("bold")),
                bool(props.get("italic")),
            ]
        )
    freeze = lay.freeze if lay.freeze is not None and lay.freeze != (0, 0) else None
    if version >= 2:
        merges, across = merge_runs(lay)
    else:
        merges, across = [[m.first_row, m.first_col, m.last_row, m.last_col] for m in lay.merges], []
    plan = {
        "name": lay.name,
        "n_rows": len(grid),
        "n_cols": len(grid[0]) if grid else 0,
        "values": [[text_value(v) for v in row] for row in grid],
        "formats": formats,
        "merges": merges,
        "conditionals": conditionals,
        "widths": [[c1, c2, column_points(width)] for c1, c2, width in _runs(lay.columns)],
        "heights": [[r1, r2, height] for r1, r2, height in _row_height_runs(lay.row_heights)],
        "freeze": freeze_address(freeze) if freeze else None,
        "charts": [chart_plan(spec) for spec in lay.charts],
        "protect": lay.protect,
        "print_area": _print_area(lay, len(grid[0]) if grid else 0),
    }
    if version >= 2:
        plan["across"] = across
    return plan


def _print_area(lay: SheetLayout, n_cols: int) -> list[int] | None:
    """Rows 0..last_printed_row over every column, as lkj-xl build sets the print area; None: all."""
    last = lay.print_setup.last_printed_row
    return None if last is None else [0, 0, last, max(n_cols, 1) - 1]


_OFFICE_CHART_TYPES = {"column": "ColumnClustered", "bar": "BarClustered", "line": "Line"}
_POINTS_PER_PIXEL = 0.75


def _rect(cells: CellRange) -> list[int]:
    return [cells.first_row, cells.first_col, cells.last_row, cells.last_col]


def chart_plan(spec: ChartSpec) -> dict:
    """One chart as plan data: Office.js chart types, sizes in points, ranges as rectangles."""
    return {
        "type": _OFFICE_CHART_TYPES[spec.kind],
        "title": spec.title,
        "anchor": list(spec.anchor),
        "width": spec.width * _POINTS_PER_PIXEL,
        "height": spec.height * _POINTS_PER_PIXEL,
        "categories": _rect(spec.categories),
        "series": [
            {
                "name": s.name,
                "values": _rect(s.values),
                # a one-row range is a series by rows (a trend), a one-column range by columns
                "by": "Rows" if s.values.first_row == s.values.last_row and s.values.count > 1 else "Columns",
                "type": _OFFICE_CHART_TYPES[s.kind] if s.kind and s.kind != spec.kind else None,
                "colour": s.colour,
                "points": list(s.point_colours),
                "dashed": s.dashed,
                "labels": s.labels,
                "legend": s.in_legend,
            }
            for s in spec.series
        ],
        "y_min": spec.y_min,
        "y_title": spec.y_title,
        "number_format": spec.number_format,
        "label_format": spec.label_format or spec.number_format,
        # each labelled point's own (its cell's), set point by point (ExcelApi 1.8, as label_format)
        "point_label_formats": list(spec.point_label_formats),
        "legend": spec.legend,
    }


def book_plan(
    layouts: Sequence[SheetLayout],
    remove: Sequence[str] = (),
    version: int = PLAN_VERSION,
    existing: Sequence[str] = (),
) -> dict:
    """Every output sheet, in the order they are placed (existing ones keep their position), and the
    output sheets to remove when lkj-xl wrote them (``remove``), for a task pane of ``version``.

    ``existing``: the book's sheets named like an output sheet when the task pane read it (those it
    sent A1 of, each lkj-xl's): the pane rewrites those of them the plan writes in place instead of
    deleting them (Excel turns every reference to a deleted sheet into #REF!). A pane that does not
    know the key deletes and adds them as before."""
    from lkj_xl.core.ownership import TITLES

    plan: dict = {"version": version, "sheets": [sheet_plan(lay, version) for lay in layouts]}
    if remove:
        plan["remove"] = [{"name": name, "titles": list(TITLES.get(name, ()))} for name in remove]
    written = {normalize_label(lay.name) for lay in layouts}
    there = [name for name in existing if normalize_label(name) in written]
    if there:
        plan["existing"] = there
    return plan


def plan_operations(plan: dict) -> dict[str, int]:
    """How many Office.js writes the plan stands for, by kind (for the benchmark and Calls)."""
    counts = {
        "sheets": 0,
        "values": 0,
        "formats": 0,
        "merges": 0,
        "conditionals": 0,
        "widths": 0,
        "heights": 0,
        "charts": 0,
    }
    for sheet in plan["sheets"]:
        counts["sheets"] += 1
        counts["values"] += 1
        for prop, rects in sheet["formats"]:
            counts["formats"] += len(rects) * (6 if prop == "borders" else 1)
        for kind in ("merges", "conditionals", "widths", "heights", "charts"):
            counts[kind] += len(sheet[kind])
        counts["merges"] += len(sheet.get("across", ()))  # one Range.merge(true) per run
    return counts


def write_plan(
    book,
    layouts: Sequence[SheetLayout],
    remove: Sequence[str] = (),
    version: int = PLAN_VERSION,
    existing: Sequence[str] = (),
) -> tuple[Calls, dict[str, int]]:
    """Answer the add-in with one ``runMacro`` action carrying the plan of every layout (and the
    output sheets to ``remove``; the ``existing`` ones to rewrite in place, :func:`book_plan`) for a
    task pane of ``version``. Returns the calls made (one action) and the Office.js writes the plan
    stands for (:func:`plan_operations`)."""
    plan = book_plan(layouts, remove, version, existing)
    # The action xlwings' book.app.macro(CALLBACK)(plan) makes, appended to this book itself: the
    # remote App appends to ``books.active``, which concurrent presses share (another press's book).
    book.impl.append_json_action(func="runMacro", args=[CALLBACK, plan])
    return Calls(macros=1), plan_operations(plan)


def chart_commands(chart: dict) -> int:
    """Office.js commands lkj.js queues for one chart (its accounting, shared here): the chart, title,
    position, size, legend, axis; per series its values, categories, colour, labels and one per
    coloured point, and the labels' white box under a dashed reference line."""
    commands = 8 + len(chart.get("point_label_formats", ()))
    dashed = any(series.get("dashed") for series in chart["series"])
    for series in chart["series"]:
        commands += (
            6 + sum(1 for colour in series["points"] if colour) + int(bool(dashed and series.get("labels")))
        )
    return commands


def _sheet_spends(sheet: dict, charts: bool) -> Iterator[int]:
    """The characters lkj.js's writeSheet spends for one sheet, write by write, in its order."""
    yield 5 * COMMAND_CHARS  # the sheet deleted, added, placed, its owner name added and hidden
    size = 0
    start = 0
    n_rows, n_cols = sheet["n_rows"], sheet["n_cols"]
    for r in range(n_rows + 1):  # values in slices of rows, each below BATCH_CHARS / 2
        row = sheet["values"][r] if r < n_rows else None
        row_size = len(json.dumps(row, ensure_ascii=False, separators=(",", ":"))) if r < n_rows else 0
        if r == n_rows or (r > start and size + row_size > BATCH_CHARS // 2):
            if r > start and n_cols > 0:
                yield size + COMMAND_CHARS
            start, size = r, 0
        size += row_size
    for prop, rects in sheet["formats"]:
        for r1, c1, r2, c2, _ in rects:
            yield (4 + (c2 > c1) + (r2 > r1) if prop == "borders" else 1) * COMMAND_CHARS
    for _ in sheet["merges"] + sheet.get("across", []):
        yield COMMAND_CHARS
    for _ in sheet["conditionals"]:
        yield 5 * COMMAND_CHARS
    for _ in sheet["widths"] + sheet["heights"]:
        yield COMMAND_CHARS
    yield 2 * COMMAND_CHARS  # autofit and freeze panes
    yield COMMAND_CHARS  # the protection
    if charts:
        for chart in sheet.get("charts", ()):
            yield chart_commands(chart) * COMMAND_CHARS


def estimated_round_trips(plan: dict, *, charts: bool = True, present: Collection[str] = ()) -> int:
    """``context.sync()`` round trips of one press with this plan, by the task pane's own accounting
    as xlwings' client runs it (Excel with ExcelApi 1.9, as Excel on the web and Microsoft 365): the
    read (2; one Excel on the web refuses as over 5 MB costs more, lkj.js reading it again in slices
    of rows, which this does not count), the sheet names, the A1 of the output sheets to remove that the book has (``present``,
    its sheet names), one sync each time the queued writes reach BATCH_CHARS, and the final sync
    (one more, not counted, when an output sheet rewritten in place is protected with a password),
    which always carries a command (after a batch sync lkj.js queues
    suspendScreenUpdatingUntilNextSync again). xlwings adds none: runMacro is not followed by a sync
    and Excel.run's closing sync finds nothing queued. ``charts=False``: a host whose worksheets
    cannot add charts (the xlclient harness's fake Office.js), where lkj.js skips them."""
    syncs = 1  # the sheet names, before replacing sheets
    there = {normalize_label(name) for name in present}
    if any(normalize_label(item["name"]) in there for item in plan.get("remove", ())):
        syncs += 1  # removeStale: A1 and the owner name of those sheets, in one round trip
    queued = 0
    for sheet in plan["sheets"]:
        for chars in _sheet_spends(sheet, charts):
            queued += chars
            if queued >= BATCH_CHARS:
                syncs += 1
                queued = 0
    return READ_ROUND_TRIPS + syncs + 1  # + the final sync
