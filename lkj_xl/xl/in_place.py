"""Desktop Excel (COM): an output sheet cleared in place for a press to write it again, rather than
deleted and added (Excel turns every formula citing a deleted sheet into #REF!)."""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lkj_xl.xl.book import Calls


def password_locked(book, names: Collection[str]) -> list[str]:
    """The desktop book's sheets named like ``names`` (any case) that ``Unprotect("")`` cannot
    unprotect: locked with a password of the user's. Those would be deleted and added, turning every
    formula of the user's citing them (=Ringkasan!C8) into #REF!, so the press stops before writing
    (:func:`password_locked_alert`). Only a protected sheet (``ProtectContents``) is tried, and when one
    is locked those the trial opened are protected again as lkj-xl build leaves them: the press stops
    saying nothing was written, and a sheet left open took a note the next press cleared without a
    word. A host without COM (macOS: no ``ProtectContents``) has none to tell."""
    keys = {name.strip().casefold() for name in names}
    locked: list[str] = []
    opened: list[object] = []  # the COM sheets the trial unprotected
    for sheet in book.sheets:
        if sheet.name.strip().casefold() not in keys:
            continue
        try:
            api = sheet.api
            if not api.ProtectContents:  # open (staff unprotected it): nothing to try, left as it is
                continue
            api.Unprotect("")  # lkj-xl protects without a password
        except AttributeError:  # no COM
            continue
        except Exception:  # noqa: BLE001 - COM's error for a wrong password
            locked.append(sheet.name)
            continue
        opened.append(api)
    if locked:
        for api in opened:
            protect_as_built(api)
    return locked


def protect_as_built(api) -> None:
    """Protect a desktop sheet (COM) as lkj-xl build leaves an output sheet: without a password,
    column widths and row heights free."""
    api.Protect(Password="", AllowFormattingColumns=True, AllowFormattingRows=True)


def password_locked_alert(names: Sequence[str]) -> str:
    """What a press stopped by output sheets locked with the user's password says; the task pane
    says the same (``passwordLocked`` in lkj_xl/xl/static/lkj.js)."""
    from lkj_xl.core.kalimat import daftar

    which = daftar([f'"{name}"' for name in names])
    return (
        f"Hitung Ulang tidak dapat dijalankan: Lembar {which} dikunci dengan kata sandi, sehingga lkj-xl "
        "tidak dapat memperbaruinya. Lembar hasil tidak ditulis dan lembar input tidak diubah. Buka "
        "proteksinya (Tinjau > Buka Proteksi Lembar, dengan kata sandinya), lalu tekan Hitung Ulang lagi."
    )


def clear_in_place(sheet, calls: Calls) -> bool:
    """Reset a desktop sheet to a new sheet's for everything a press writes, as the task pane's
    clearSheet does (lkj_xl/xl/static/lkj.js): the sheet shown if hidden (Protect Workbook refuses:
    left hidden, said in the pop-up), charts, hidden rows and columns, merges, conditional formats,
    values and formats (Cells.Clear), column widths and row heights; frozen panes and manual page
    breaks are set by :func:`~lkj_xl.xl.book.write_sheet`. Its position, name, defined names and the
    user's references to it stay. False (nothing changed) when it cannot be unprotected: no COM
    (macOS), or a password of the user's (Excel raises for the empty one rather than asking; a press
    stops before on one: :func:`password_locked`)."""
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
