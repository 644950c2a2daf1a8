"""xlwings Lite (Python in Excel through Pyodide): what only its engine can do for Hitung Ulang.

xlwings Lite applies one xlwings action per write, queued until the script returns or it calls
``await book.flush()`` (xlwings 0.35+), which sends the queue to Excel at once and raises when Excel
refuses an action. That lets a press try to clear an output sheet in place and fall back to deleting
and adding it, without knowing beforehand which sheets are protected.
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection

from lkj_xl.core import contract as c

# Output sheets xlwings Lite always deletes and adds: Grafik may hold charts the task pane or
# `lkj-xl build` drew, which the book JSON does not list for a sheet it leaves out (xlwings' client
# loads charts of sent sheets only), so a press could not delete them; xlwings Lite draws none.
LITE_REPLACED = (c.SHEET_GRAFIK,)


async def output_titles_lite(book) -> tuple[dict[str, object] | None, set[str]]:
    """xlwings Lite: the A1 of each sheet named like an output sheet (names compared as the task pane
    compares them), as the task pane sends them (``klien.keluaran``), so that a sheet of the user's of
    that name is refused as ``lkj-xl build`` refuses it, never cleared; and those of them holding no
    value, picture, shape or chart (a press interrupted after its clear: :func:`_holds_nothing`), which
    are filled, not refused. The book JSON leaves those sheets out; ``Range.get_formula`` (xlwings
    Lite 0.37.8+) reads the one cell (a constant's formula is the constant: lkj-xl's title reads as
    itself), ``Sheet.get_used_range`` (0.37.5+) whether it holds a value, ``Sheet.load`` its pictures
    and charts. No owner name is read (the JSON lists names of the sheets sent only, and no on-demand
    read returns a sheet's names), so A1 alone decides and a doubtful sheet is refused, as in a task
    pane that sends no owners. None (not checked, as before) where this xlwings cannot
    read A1."""
    wanted = {c.normalize_label(name) for name in c.OUTPUT_SHEETS}
    titles: dict[str, object] = {}
    empty: set[str] = set()
    for sheet in book.sheets:
        if c.normalize_label(sheet.name) not in wanted:
            continue
        try:
            titles[sheet.name] = await sheet["A1"].get_formula()
        except Exception:  # noqa: BLE001 - an xlwings without on-demand reads: not checked
            return None, set()
        if titles[sheet.name] not in (None, ""):
            continue  # (a round trip each: asked only where A1 is blank)
        if await _holds_nothing(sheet):
            empty.add(sheet.name)
    return titles, empty


async def _holds_nothing(sheet) -> bool:
    """No value, picture, shape or chart on ``sheet`` (a press interrupted after its clear), so filling
    it loses nothing of the user's. The book JSON lists no chart of a sheet it leaves out, so the
    sheet's own metadata is read (``Sheet.load``, xlwings Lite 0.37.8+); an xlwings that cannot read
    or does not report them: False (refused by A1, as before: the alert says to delete the sheet)."""
    try:
        if await sheet.get_used_range(values_only=True) is not None:
            return False
        await sheet.load(values=False)  # metadata only: the sheet's pictures, shapes and charts
    except Exception:  # noqa: BLE001 - an xlwings without these reads: judged by A1 alone
        return False
    held = sheet.impl.api
    return all(held.get(kind) == [] for kind in ("pictures", "shapes", "charts"))


async def clear_in_place_lite(book, names: Collection[str]) -> set[str]:
    """xlwings Lite: clear the book's output sheets named in ``names`` (ignoring case) in place, as
    the task pane's clearSheet does (values, formats, merges, conditional formats, hidden rows and
    columns, frozen panes, a hidden sheet shown; the row heights are reset by :func:`lkj_xl.xl.book.write_sheet`'s row autofit), so that
    the user's formulas citing them (``=Ringkasan!B6``) survive a press; returns the names cleared.

    No xlwings action unprotects a sheet and the book JSON does not say which sheets are protected
    (``lkj-xl build`` and the desktop button protect theirs without a password): each sheet is
    cleared in a batch of its own, sent at once with ``Book.flush`` (xlwings 0.35+), whose first
    action, the clear, Excel refuses on a protected sheet before anything changed. Such a sheet (or
    one this xlwings cannot clear) is left to be deleted and added as before. The owner name is not
    added to a sheet kept: Excel refuses a duplicate and the JSON does not list the names of a sheet
    it leaves out; every lkj-xl that names its sheets named it, and A1 gets lkj-xl's title again."""
    wanted = {n.strip().casefold() for n in names} - {n.casefold() for n in LITE_REPLACED}
    cleared: set[str] = set()

    def queue() -> list:  # the book's queued actions (a flush puts a new list there)
        return book.impl.json()["actions"]

    for sheet in list(book.sheets):
        if sheet.name.strip().casefold() not in wanted:
            continue
        start = len(queue())
        try:
            sheet.clear()  # first: Excel refuses it on a protected sheet
            cells = sheet.cells
            cells.unmerge()
            cells.conditional_formats.clear()
            cells.rows.hidden = False
            cells.columns.hidden = False
            sheet.freeze_panes.unfreeze()
            with contextlib.suppress(Exception):  # a book JSON without visibility: left as it is
                if not sheet.visible:  # shown, as lkj-xl build writes it
                    sheet.visible = True
        except Exception:  # noqa: BLE001 - an xlwings without these actions: deleted and added
            del queue()[start:]
            continue
        try:
            await book.flush()
        except Exception:  # noqa: BLE001 - refused (protected): nothing of this batch kept
            del queue()[start:]  # (xlwings before 0.37 kept a failed batch for the next flush)
            continue
        cleared.add(sheet.name)
    return cleared
