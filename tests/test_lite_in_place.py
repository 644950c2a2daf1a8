"""xlwings Lite rewrites the output sheets in place (lkj_xl.xl.lite.clear_in_place_lite).

xlwings Lite applies one xlwings action per write and used to delete and add every output sheet at
every press: Excel turns a formula citing a deleted sheet into #REF! for good, so a user's own
``=Ringkasan!B6`` broke there, where the task pane, the desktop button and `lkj-xl build` keep it.
xlwings has no action to unprotect a sheet and its client does not say which sheets are protected
(`lkj-xl build` protects its sheets), so each sheet is cleared in a batch of its own sent with
``Book.flush`` (xlwings Lite only), and a sheet Excel refuses to clear (protected) is deleted and
added as before.

No Pyodide here: the book is xlwings' remote engine built from the book JSON (as xlwings Lite's is),
its ``flush`` a fake that records each batch as xlwings Lite's client would apply it, refusing the
clear of a "protected" sheet as Excel does; the actions are replayed with tests/test_xl_server.py's
replayer onto sheets that hold last press's leftovers, and compared with `lkj-xl build`'s sheets.
"""

from __future__ import annotations

import asyncio
import os

import pytest

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")

import xlwings as xw  # noqa: E402

from lkj_xl.core import contract as c  # noqa: E402
from lkj_xl.xl import scripts  # noqa: E402
from tests.common import EXAMPLE  # noqa: E402
from tests.test_xl_server import (  # noqa: E402
    SheetModel,
    assert_same_sheet,
    book_json,
    headless_build,
    remote_book,
    replay,
    xlsx_model,
)


class FakeLite:
    """``Book.flush`` of xlwings Lite: the queued actions sent as one batch (recorded in order), a
    new empty queue put in their place; or refused whole when it clears a sheet in ``protected``
    (Excel's AccessDenied; the dispatch stops at that first action, so nothing of the batch applies),
    the batch then kept queued (xlwings 0.36) or dropped (0.37: a new queue before sending)."""

    def __init__(self, book: xw.Book, protected: set[str], keeps_failed_batch: bool):
        self.book = book
        self.protected = protected
        self.keeps_failed_batch = keeps_failed_batch
        self.sent: list[dict] = []
        self.flushes = 0

    async def flush(self) -> None:
        data = self.book.impl.json()
        batch = data["actions"]
        self.flushes += 1
        if not self.keeps_failed_batch:
            data["actions"] = []
        names = [s.name for s in self.book.sheets]
        for action in batch:
            if action["func"] == "sheetClear" and names[action["sheet_position"]] in self.protected:
                raise RuntimeError("AccessDenied: the sheet is protected")
        self.sent += batch
        data["actions"] = []


def leftovers(name: str) -> SheetModel:
    """An output sheet as last press left it (values, formats, merges, conditional formats, panes)."""
    sheet = SheetModel(name)
    sheet.values[(0, 0)] = "Tabel lama"
    sheet.values[(500, 30)] = 123.0  # beyond anything the new table writes
    sheet.formats[(500, 30)]["bold"] = True
    sheet.merges.add((400, 0, 400, 5))
    sheet.conditionals.add(((400, 0, 410, 0), "cellValue", "equal", '"x"', None, None, False))
    sheet.freeze = (9, 3)
    return sheet


def press_lite(tmp_path, protected: set[str], keeps_failed_batch: bool = False):
    built = headless_build(EXAMPLE, tmp_path)  # a book holding every output sheet
    data = book_json(built, exclude=c.OUTPUT_SHEETS)
    book = remote_book(data)
    fake = FakeLite(book, protected, keeps_failed_batch)
    book.flush = fake.flush
    before = [
        leftovers(s["name"]) if s["name"] in c.OUTPUT_SHEETS else SheetModel(s["name"])
        for s in data["sheets"]
    ]
    originals = list(before)  # (replay changes the list)
    result = asyncio.run(scripts.hitung_ulang_lite(book, None, {}))
    actions = fake.sent + book.impl.json()["actions"]  # then xlwings Lite sends the rest
    sheets, alerts = replay(data, actions, before)
    return built, data, actions, sheets, originals, fake, result


@pytest.mark.parametrize(
    "protected, keeps_failed_batch",
    [(set(), False), ({c.SHEET_RINGKASAN}, False), ({c.SHEET_CAPAIAN_TS, c.SHEET_RINGKASAN}, True)],
    ids=["unprotected", "ringkasan-protected", "two-protected-xlwings-0.36"],
)
def test_lite_keeps_the_output_sheets_and_writes_what_lkj_xl_build_writes(
    tmp_path, protected, keeps_failed_batch
):
    built, data, actions, sheets, originals, fake, _ = press_lite(tmp_path, protected, keeps_failed_batch)
    # Every output sheet written equals the build's, leftovers gone.
    want = {s.name: s for s in xlsx_model(built, c.OUTPUT_SHEETS)}
    assert [s.name for s in sheets] == [s["name"] for s in data["sheets"]]  # same order
    for sheet in sheets:
        if sheet.name in want:
            assert_same_sheet(sheet, want[sheet.name])
    # The same sheet objects (the user's =Ringkasan!B6 keeps pointing at them), except Grafik (its
    # charts cannot be deleted from Lite) and a sheet Excel refused to clear: deleted and added.
    replaced = {c.SHEET_GRAFIK} | protected
    same = {s.name for s in sheets if s.name in want and any(s is o for o in originals)}
    assert same == set(want) - replaced
    deleted = [data["sheets"][a["sheet_position"]]["name"] for a in actions if a["func"] == "sheetDelete"]
    assert sorted(deleted) == sorted(replaced)
    # One flush a sheet tried (every output sheet the book has but Grafik), the refused one included
    assert fake.flushes == len(want) - 1
    # The owner name on each sheet added, none on a sheet kept (Excel refuses a duplicate; it has
    # lkj-xl build's)
    assert sum(a["func"] == "namesAdd" for a in actions) == len(replaced)


def test_the_script_takes_the_lite_way_under_pyodide(tmp_path, monkeypatch):
    calls = []

    async def lite(book, persen, options):
        calls.append((persen, sorted(options)))

    monkeypatch.setattr(scripts.sys, "platform", "emscripten")
    monkeypatch.setattr(scripts, "hitung_ulang_lite", lite)
    book = remote_book(book_json(EXAMPLE, exclude=c.OUTPUT_SHEETS))
    asyncio.run(scripts.hitung_ulang_script(book))
    assert calls == [
        (
            None,
            [
                "formula_cells",
                "hidden_rows",
                "merged_areas",
                "month_cells",
                "output_owners",
                "output_titles",
                "struck_cells",
                "typed_texts",
            ],
        )
    ]
