"""Look-ups that :mod:`lkj_xl.core.grids` keeps so that a workbook's parse does not repeat them: the
header row found in a grid (each input sheet's is asked for by four or five readers and checks), and
the columns of a table's data row taken in C (one row of a table after another, few lengths).

Pure: no spreadsheet library, like grids.
"""

from __future__ import annotations

import contextvars
import operator
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from lkj_xl.core.model import Cell, Grid

# The header rows found during one parse (parse_workbook's, by :func:`headers_remembered`), keyed by
# the grid's identity, the grid held (so that its id is no other grid's while the parse lives).
# Kept for that parse only: the grids are the caller's, who may change one in place and parse it
# again (a module-level dict answered the second parse with the first's header row: figures read
# from the wrong columns); a context variable is each thread's own (the add-in's server). Outside a
# parse nothing is kept. A header row not found raises, and is not kept.
Found = dict[tuple[int, tuple[str, ...]], tuple[Grid, int, dict[str, int]]]
_FOUND: contextvars.ContextVar[Found | None] = contextvars.ContextVar("lkj_xl_headers_found", default=None)


@contextmanager
def headers_remembered() -> Iterator[None]:
    """Within the block (one parse), a header row found in a grid is remembered, for this context."""
    token = _FOUND.set({})
    try:
        yield
    finally:
        _FOUND.reset(token)


def header_known(grid: Grid, headers: tuple[str, ...]) -> tuple[int, dict[str, int]] | None:
    """The header row found before in ``grid`` for ``headers`` in this parse (a copy of its columns:
    the caller's to change), None when not looked for yet or outside a parse."""
    found = _FOUND.get()
    known = None if found is None else found.get((id(grid), headers))
    if known is None or known[0] is not grid:
        return None
    return known[1], dict(known[2])


def keep_header(grid: Grid, headers: tuple[str, ...], row: int, found: dict[str, int]) -> None:
    """Remember the header row ``row`` and its columns ``found`` (copied) of ``grid``, in a parse."""
    if (kept := _FOUND.get()) is not None:
        kept[(id(grid), headers)] = (grid, row, dict(found))


# By a row's length: the headers of a table whose columns the row reaches and an itemgetter of those
# columns (in the same order), or None for fewer than two (an itemgetter of one index gives the item,
# not a tuple). DataRow's dict is then made without a Python loop; data_rows keeps one for a table.
Picked = tuple[tuple[str, ...], Callable[[list[Cell]], tuple[Cell, ...]]]
Picks = dict[int, "Picked | None"]


def picked(cols: dict[str, int], end: int) -> Picked | None:
    """The headers of ``cols`` whose column is before ``end`` and an itemgetter of their columns."""
    headers = tuple(h for h, at in cols.items() if at < end)
    if len(headers) < 2:
        return None
    return headers, operator.itemgetter(*(cols[h] for h in headers))


# (a look in C at a whole row: nearly no row holds a struck or a cut cell)
STRUCK = operator.attrgetter("struck")
CUT = operator.attrgetter("cut")
MERGED = operator.attrgetter("merged")  # (nor a cell hidden under a merge across rows)
FORMULA = operator.attrgetter("formula")  # (nor, in most workbooks, a formula)
