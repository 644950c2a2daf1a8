"""The rows of the rekap's table sheets (Semua Indikator, Semua Program) written straight into the
package xlsxwriter closed: 100,000 rows as SpreadsheetML streamed into the zip, never held as
xlsxwriter cell objects. And the rows of a rekap table as plain values, for every sheet."""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lkj_xl.core import rekap as core
from lkj_xl.core.desimal_ketik import typed_places
from lkj_xl.core.grids import column_letter
from lkj_xl.core.layout import LINE_HEIGHT, MAX_ROW_HEIGHT
from lkj_xl.core.textwidth import column_characters, estimate_lines
from lkj_xl.xlsx.render import exact_number

try:
    from pandas import NA as _NA
except ImportError:  # pragma: no cover - pandas is a dependency
    _NA = None

if TYPE_CHECKING:
    import pandas as pd


def rows(frame: pd.DataFrame, chunk: int = 5000):
    """The rows of a table as lists of plain values (None where unknown), taken column by column
    ``chunk`` rows at a time: much faster than a row-wise pandas walk, and only a chunk of the
    100,000 rows exists as Python objects at once."""
    for start in range(0, len(frame), chunk):
        part = frame.iloc[start : start + chunk]
        columns = [part[name].tolist() for name in part.columns]
        for values in zip(*columns):
            yield [None if v is None or v is _NA or v != v else v for v in values]


@dataclass
class Body:
    """The rows of a table sheet, written straight into its part after xlsxwriter closed the package."""

    part: str  # "xl/worksheets/sheet2.xml"
    table: str  # the Excel table's name ("SemuaIndikator")
    frame: pd.DataFrame
    columns: Sequence[core.Column]
    styles: list[int]  # xf index per column
    bands: dict[str, int]  # xf index of a Kriteria cell per band
    # Per column shown with the decimals its values need: the rule and the xf index per count.
    shown: dict[int, tuple[Callable[[float, int], int], dict[int, int]]]
    decimals: int  # the decimals a figure is shown with unless its rule asks for more
    # Semua Indikator: the columns core.figure_decimals reads (target, realisasi first), and the xf
    # index of a figure shown with more decimals, per count.
    figures: tuple[int, ...] = ()
    figure_styles: dict[int, int] = field(default_factory=dict)
    # The columns whose texts wrap, with their widths: each row is as tall as its texts need.
    wrap: dict[int, float] = field(default_factory=dict)
    # The rows (0-based) whose target and realisasi take more decimals, with them
    # (rekap_widths.more_decimals: asked once, for the column widths too).
    more_decimals: dict[int, int] = field(default_factory=dict)


_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_")
EXCEL_CELL_TEXT = 32767  # characters at most in a cell


def _escaped(match: re.Match[str]) -> str:
    text = match.group()
    # A control character as Excel's _xHHHH_; a literal "_x0041_" typed by a user keeps its "_".
    return f"_x{ord(text):04X}_" if len(text) == 1 else "_x005F_" + text[1:]


def _xml_text(value: str) -> str:
    value = value[:EXCEL_CELL_TEXT]
    if "&" in value or "<" in value or ">" in value:
        value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if _INVALID_XML.search(value):
        value = _INVALID_XML.sub(_escaped, value)
    return value


def _column_letters(n: int) -> list[str]:
    return [column_letter(index) for index in range(n)]


def _sheetrows(body: Body) -> Iterator[str]:
    """The data rows of a table sheet as SpreadsheetML, from row 2: numbers, inline texts (kept as
    typed, never a formula), blanks carrying their column's format. Made a column at a time, a chunk
    of rows at once (:func:`_column_cells`); each row then joins its cells."""
    letters = _column_letters(len(body.columns))
    kriteria = [spec.kind == "kriteria" for spec in body.columns]
    styles, shown, figures = body.styles, body.shown, body.figures
    # Target, realisasi, Target PK and Target Perubahan of a row shown with more decimals (rare).
    shown_as_target = (*figures[:2], *figures[4:])
    height = _heights(body.wrap)
    chunk = 5000
    for start in range(0, len(body.frame), chunk):
        part = body.frame.iloc[start : start + chunk]
        values = [_plain(part[name].tolist()) for name in part.columns]
        first = start + 2
        cells = [
            _column_cells(
                letters[col], first, column, styles[col], body.bands if kriteria[col] else None,
                shown.get(col), body.decimals,
            )
            for col, column in enumerate(values)
        ]  # fmt: skip
        if figures:  # target and realisasi with the decimals the agency's own tables show them with
            for i in range(len(part)):
                decimals = body.more_decimals.get(start + i, body.decimals)
                if decimals > body.decimals:
                    for col in shown_as_target:
                        # a figure typed with fewer keeps its own (100,00 beside 90,004), as the
                        # agency's sheets show it (desimal_ketik)
                        value = values[col][i]
                        finite = isinstance(value, int | float) and math.isfinite(value)
                        places = typed_places(value, decimals) if finite else decimals
                        if places <= body.decimals:
                            continue
                        cells[col][i] = _cell(
                            letters[col],
                            first + i,
                            value,
                            body.figure_styles[places],
                            body.bands if kriteria[col] else None,
                            shown.get(col),
                            body.decimals,
                        )
        heights = height(values)
        for i, row in enumerate(zip(*cells)):
            ht = heights[i]
            attributes = f' ht="{ht}" customHeight="1"' if ht else ""
            yield f'<row r="{first + i}"{attributes}>{"".join(row)}</row>'


def _plain(values: list[Any]) -> list[Any]:
    """A column's values as :func:`rows` gives them: None for pandas' NA and NaN."""
    return [None if v is None or v is _NA or v != v else v for v in values]


Rule = tuple[Callable[[float, int], int], dict[int, int]]


def _cell(
    letter: str, r: int, value: Any, s: int, bands: dict[str, int] | None, rule: Rule | None, decimals: int
) -> str:
    """One cell's XML: the format ``s`` (a Kriteria cell's from ``bands`` by its value; a number's
    from ``rule``, the decimals it is shown with, where the column has one)."""
    if bands is not None:
        s = bands.get(value, s)
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return f'<c r="{letter}{r}" s="{s}"/>'
    if isinstance(value, str):
        return f'<c r="{letter}{r}" s="{s}" t="inlineStr"><is><t xml:space="preserve">{_xml_text(value)}</t></is></c>'
    if rule is not None:
        decide, by_decimals = rule
        s = by_decimals[decide(value, decimals)]
    return f'<c r="{letter}{r}" s="{s}"><v>{exact_number(value)}</v></c>'


def _column_cells(
    letter: str,
    first: int,
    values: list[Any],
    s: int,
    bands: dict[str, int] | None,
    rule: Rule | None,
    decimals: int,
) -> list[str]:
    """The cells of one column, row ``first`` on, each as :func:`_cell` writes it: what follows a
    cell's reference is made once per distinct text or number of the chunk (an agency's name, a
    Satuan, a kriteria, a target of 100 recur), and a zero each time (0 and -0.0 are one key)."""
    out = []
    tails: dict[Any, str] = {}
    for r, value in enumerate(values, first):
        if value is None:
            out.append(f'<c r="{letter}{r}" s="{s if bands is None else bands.get(None, s)}"/>')
            continue
        kind = type(value)
        if (kind is str or kind is float or kind is int) and value:
            tail = tails.get(value)
            if tail is None:
                cell = _cell(letter, r, value, s, bands, rule, decimals)
                tail = tails[value] = cell[len(f'<c r="{letter}{r}') :]
            out.append(f'<c r="{letter}{r}{tail}')
        else:
            out.append(_cell(letter, r, value, s, bands, rule, decimals))
    return out


def _row_height(wrap: dict[int, float]) -> Callable[[Sequence[object]], float | None]:
    """The height of a row (its values) whose texts in the ``wrap`` columns wrap (:func:`_heights`)."""
    heights = _heights(wrap)
    return lambda values: heights([[value] for value in values])[0]


def _heights(wrap: dict[int, float]) -> Callable[[list[list[Any]]], list[float | None]]:
    """The height of each row of a chunk (its values column by column) whose texts in the ``wrap``
    columns (column: width) wrap: the lines of its longest text (textwidth.estimate_lines) of
    LINE_HEIGHT each, None for one line (the default height). A text of one paragraph that fits a line
    even at the widest characters is not measured; the lines of a text are remembered per column (an
    agency's name, a Sasaran's Uraian recur)."""
    fits = {col: column_characters(width) for col, width in wrap.items()}
    seen: dict[tuple[int, str], int] = {}

    def heights(columns: list[list[Any]]) -> list[float | None]:
        lines = [1] * (len(columns[0]) if columns else 0)
        for col, width in wrap.items():
            fit = fits[col]
            for i, value in enumerate(columns[col]):
                if isinstance(value, str) and (len(value) > fit or "\n" in value):
                    key = (col, value)
                    n = seen.get(key)
                    if n is None:
                        if len(seen) > 100_000:  # a province's distinct indicators: memory bounded
                            seen.clear()
                        n = seen[key] = estimate_lines(value, width)
                    if n > lines[i]:
                        lines[i] = n
        return [min(LINE_HEIGHT * n, MAX_ROW_HEIGHT) if n > 1 else None for n in lines]

    return heights


def _last_cell(body: Body) -> str:
    """The bottom-right cell of a table sheet ("P100001"); one empty data row when there is none."""
    return f"{_column_letters(len(body.columns))[-1]}{max(len(body.frame), 1) + 1}"


def with_bodies(package: bytes, bodies: Sequence[Body]) -> bytes:
    """The package with each table sheet's rows put in (streamed into the zip, in chunks) and each
    table's range over all of them."""
    by_part = {body.part: body for body in bodies}
    tables = {f'name="{body.table}"'.encode(): body for body in bodies}
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as zin,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        for info in zin.infolist():
            data = zin.read(info)
            body = by_part.get(info.filename)
            if info.filename.startswith("xl/tables/"):
                for name, table in tables.items():
                    if name in data:  # the table and its filter: A1:P2 -> A1:P100001
                        data = re.sub(rb'ref="A1:[A-Z]+2"', f'ref="A1:{_last_cell(table)}"'.encode(), data)
            if body is None:
                zout.writestr(info, data)
                continue
            head, end, tail = data.partition(b"</sheetData>")
            if not end:
                raise ValueError(f"{info.filename}: no sheetData")  # xlsxwriter always writes one
            dimension = f'<dimension ref="A1:{_last_cell(body)}"/>'.encode()
            head = re.sub(rb'<dimension ref="[^"]*"/>', dimension, head, count=1)
            part = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            part.compress_type = zipfile.ZIP_DEFLATED
            with zout.open(part, "w") as stream:
                _write_behind(stream.write, _pieces(head, _sheetrows(body), end + tail))
    return out.getvalue()


def _pieces(head: bytes, rows: Iterator[str], tail: bytes) -> Iterator[bytes]:
    """A table sheet's part in the pieces written: its head, its rows 2.000 at a time, its tail."""
    yield head
    chunk: list[str] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == 2000:
            yield "".join(chunk).encode("utf-8")
            chunk.clear()
    yield "".join(chunk).encode("utf-8")
    yield tail


def _write_behind(write: Callable[[bytes], object], pieces: Iterator[bytes]) -> None:
    """``write`` each of ``pieces`` in order in a second thread while the next piece is made: zlib's
    compression and CRC let go of the GIL, so on two cores the rows are made while the rows before are
    compressed. The same calls in the same order as writing them here: the same bytes. At most one
    piece waits (memory bounded); an error of either side is raised here."""
    with ThreadPoolExecutor(max_workers=1) as writer:
        pending: Future[object] | None = None
        for piece in pieces:
            if pending is not None:
                pending.result()
            pending = writer.submit(write, piece)
        if pending is not None:
            pending.result()


def plain_value(value: Any) -> Any:
    """A cell's value as a plain Python value: None for pandas' NA and NaN, numpy scalars unboxed."""
    if value is None or value is getattr(value, "NA", object()):
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):  # numpy scalar
        return value.item()
    return value
