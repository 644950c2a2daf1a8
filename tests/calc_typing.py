"""Type into a workbook the way staff do in LibreOffice Calc, and save it (run with LibreOffice's python).

Usage: python3 calc_typing.py PROFILE_DIR LOCALE IN OUT JSON_ACTIONS
Actions: ["type", sheet, cell, text] (typed in the cell as on the keyboard: Calc's own recognition of
percentages, dates and the locale's number separators), ["insert_row", sheet, row] (a row inserted
above 1-based ``row``), ["new_sheet", name, cell, text], ["text_format", sheet, cell] (the cell formatted
as Text), ["unprotect", sheet], ["check", sheet, cell] (prints one JSON line: the cell's validation as Calc
read it, its alert style, list and messages, and ``valid``, whether Calc's Tools > Detective > Mark
Invalid Data leaves the cell unmarked). OUT's suffix picks the format (.xlsx or .ods).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import uno
from com.sun.star.beans import PropertyValue


def _prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def _profile(profile: Path, locale: str) -> None:
    # The locale setting (Tools > Options > Language Settings > Languages > Locale setting) decides how a
    # typed "1.234" or "1/2" is read.
    user = profile / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
        '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">'
        f"<value>{locale}</value></prop></item>\n"
        "</oor:items>\n"
    )


def _check(doc, frame, dispatch, sheet: str, cell: str) -> dict:
    """The validation of ``cell`` as Calc holds it, and whether Calc itself finds its content valid."""
    ws = doc.getSheets().getByName(sheet)
    target = ws.getCellRangeByName(cell)
    rule = target.Validation
    doc.getCurrentController().setActiveSheet(ws)
    # Mark Invalid Data circles every cell whose content its validation refuses (Calc's own check, the
    # one typing runs); the circles are removed again (Remove All Traces) so the saved file has none.
    before = ws.DrawPage.getCount()
    dispatch.executeDispatch(frame, ".uno:ShowInvalid", "", 0, ())
    row = target.getCellAddress().Row
    col = target.getCellAddress().Column
    marked = False
    for i in range(before, ws.DrawPage.getCount()):
        anchor = ws.DrawPage.getByIndex(i).Anchor
        if hasattr(anchor, "getCellAddress"):
            address = anchor.getCellAddress()
            marked = marked or (address.Row, address.Column) == (row, col)
    dispatch.executeDispatch(frame, ".uno:ClearArrows", "", 0, ())
    return {
        "cell": cell,
        "text": target.getString(),
        "type": rule.Type.value,
        "alert": rule.ErrorAlertStyle.value,
        "show_error": bool(rule.ShowErrorMessage),
        "list": [item.strip('"') for item in rule.getFormula1().split(";")] if rule.getFormula1() else [],
        "error_title": rule.ErrorTitle,
        "error_message": rule.ErrorMessage,
        "input_message": rule.InputMessage,
        "valid": not marked,
    }


def main(profile: Path, locale: str, src: Path, out: Path, actions: list) -> None:
    _profile(profile, locale)
    pipe = f"calc1_{os.getpid()}"
    proc = subprocess.Popen(
        [
            "soffice",
            f"-env:UserInstallation={profile.resolve().as_uri()}",
            "--headless",
            "--norestore",
            "--nologo",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # soffice is a script: its soffice.bin is ended with it, by group
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(120):
            try:
                ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.5)
        if ctx is None:
            raise RuntimeError("LibreOffice did not start")
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = None
        for _ in range(3):  # a just-started soffice may answer None to the first load
            doc = desktop.loadComponentFromURL(src.resolve().as_uri(), "_blank", 0, (_prop("Hidden", True),))
            if doc is not None:
                break
            time.sleep(1)
        if doc is None:
            raise RuntimeError(f"LibreOffice could not open {src}")
        frame = doc.getCurrentController().getFrame()
        dispatch = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        ctl = doc.getCurrentController()
        for action in actions:
            kind = action[0]
            if kind == "new_sheet":
                _, name, cell, text = action
                sheets = doc.getSheets()
                sheets.insertNewByName(name, sheets.getCount())
                action = ["type", name, cell, text]
                kind = "type"
            if kind == "type":
                _, sheet, cell, text = action
                ctl.setActiveSheet(doc.getSheets().getByName(sheet))
                dispatch.executeDispatch(frame, ".uno:GoToCell", "", 0, (_prop("ToPoint", cell),))
                dispatch.executeDispatch(frame, ".uno:EnterString", "", 0, (_prop("StringName", text),))
            elif kind == "text_format":  # Format Cells > Text (@) before typing, as offices do for codes
                cell = doc.getSheets().getByName(action[1]).getCellRangeByName(action[2])
                formats = doc.getNumberFormats()
                locale = uno.createUnoStruct("com.sun.star.lang.Locale")
                key = formats.queryKey("@", locale, False)
                cell.NumberFormat = key if key != -1 else formats.addNew("@", locale)
            elif kind == "unprotect":  # Tools > Protect Sheet unticked (the tool's sheets have no password)
                doc.getSheets().getByName(action[1]).unprotect("")
            elif kind == "check":
                print(json.dumps(_check(doc, frame, dispatch, action[1], action[2])), flush=True)
            elif kind == "insert_row":
                _, sheet, row = action
                doc.getSheets().getByName(sheet).getRows().insertByIndex(row - 1, 1)
            else:
                raise ValueError(kind)
        fmt = "calc8" if out.suffix == ".ods" else "Calc MS Excel 2007 XML"
        doc.storeToURL(out.resolve().as_uri(), (_prop("FilterName", fmt),))
        for end in (lambda: doc.close(True), desktop.terminate):
            with contextlib.suppress(Exception):  # the bridge drops when soffice quits
                end()
    finally:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        # A soffice ended before it closed the document leaves its lock file beside it.
        (src.parent / f".~lock.{src.name}#").unlink(missing_ok=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]), json.loads(sys.argv[5]))
