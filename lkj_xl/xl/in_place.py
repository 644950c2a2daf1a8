"""Desktop Excel (COM): an output sheet cleared in place for a press to write it again, rather than
deleted and added (Excel turns every formula citing a deleted sheet into #REF!)."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lkj_xl.xl.book import Calls


def clear_in_place(sheet, calls: Calls) -> bool:
    """Reset a desktop sheet to a new sheet's for everything a press writes, as the task pane's
    clearSheet does (lkj_xl/xl/static/lkj.js): the sheet shown if hidden (Protect Workbook refuses:
    left hidden, said in the pop-up), charts, hidden rows and columns, merges, conditional formats,
    values and formats (Cells.Clear), column widths and row heights; frozen panes and manual page
    breaks are set by :func:`~lkj_xl.xl.book.write_sheet`. Its position, name, defined names and the
    user's references to it stay. False (nothing changed) when it cannot be unprotected: a password of
    the user's (Excel raises for the empty one rather than asking), or no COM (macOS)."""
    try:
        api = sheet.api
        api.Unprotect("")  # lkj-xl protects without a password; an unprotected sheet ignores it
    except Exception:  # noqa: BLE001 - protected with a password, or not COM: deleted and added
        return False
    if api.Visible != -1:  # xlSheetVisible: a sheet the user hid shown, as lkj-xl build writes it
        try:
            api.Visible = -1
        except Exception:  # noqa: BLE001 - the structure protected: written in place, left hidden
            calls.left_hidden.append(sheet.name)
    with contextlib.suppress(Exception):  # no chart there: nothing to delete
        api.ChartObjects().Delete()
    api.Rows.Hidden = False
    api.Columns.Hidden = False
    cells = api.Cells
    cells.UnMerge()
    cells.FormatConditions.Delete()
    sheet.clear()  # Cells.Clear: values, formulas, formats
    api.Columns.UseStandardWidth = True
    api.Rows.UseStandardHeight = True
    calls.sheets += 11
    return True
