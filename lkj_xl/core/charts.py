"""What a chart on an output sheet looks like, independent of the library that draws it. Pure:
standard library only.

A :class:`ChartSpec` is plain data attached to a :class:`~lkj_xl.core.layout.SheetLayout`
(``layout.charts``): its kind, title, the categories and series as ranges of the sheet's *own* cells
(the data tables printed beside it, so a reader can check every bar), colours, the anchor cell and
the size. ``lkj_xl.xlsx.render`` draws it with xlsxwriter; the add-in with Office.js where the
client can. Coordinates are 0-based and inclusive, like the layout's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ChartKind = Literal["bar", "column", "line"]

# Pixels of Excel's default row (15 pt) and of a column ``w`` characters wide (Calibri 11).
ROW_PIXELS = 20


def column_pixels(width: float) -> int:
    """Pixels of a column ``width`` characters wide, as Excel and xlsxwriter compute it."""
    if width <= 0:
        return 0
    return int(width * 12 + 0.5) if width < 1 else int(width * 7 + 0.5) + 5


@dataclass(frozen=True)
class CellRange:
    """A rectangle of the chart's own sheet (one row or one column for a series)."""

    first_row: int
    first_col: int
    last_row: int
    last_col: int

    @property
    def count(self) -> int:
        return (self.last_row - self.first_row + 1) * (self.last_col - self.first_col + 1)


@dataclass(frozen=True)
class ChartSeries:
    """One series: its name, values, and colours (hex "#RRGGBB").

    ``kind`` draws this series differently from the chart's kind (a line over columns: the 100 %
    reference); ``point_colours`` colours each point (a capaian by its kriteria), None keeps
    ``colour``; ``dashed`` for a reference line; ``labels`` shows each value on its point."""

    name: str
    values: CellRange
    colour: str | None = None
    point_colours: tuple[str | None, ...] = ()
    kind: ChartKind | None = None
    dashed: bool = False
    labels: bool = False
    marker: bool = False
    in_legend: bool = True  # False: a series whose points carry their own colours (explained in a note)


@dataclass(frozen=True)
class ChartSpec:
    kind: ChartKind
    title: str
    categories: CellRange
    series: tuple[ChartSeries, ...]
    anchor: tuple[int, int]  # top-left cell (row, col)
    width: int  # pixels
    height: int  # pixels
    y_title: str = ""
    x_title: str = ""
    y_min: float | None = None  # None: the writer's automatic scale
    number_format: str = ""  # of the value axis and data labels ("" : General)
    label_format: str = ""  # of the data labels when it differs (zeros left unlabelled)
    # Each labelled point's own format, its table cell's: a bar's label is its cell's text (15,12 beside
    # 90,004); ``label_format`` stands for them where a writer sets one format for all labels.
    point_label_formats: tuple[str, ...] = ()
    legend: bool = True

    @property
    def rows(self) -> int:
        """Default-height rows the chart covers (a layout reserves them below its anchor)."""
        return -(-self.height // ROW_PIXELS)

    def ranges(self) -> list[CellRange]:
        """Every range the chart reads: categories first, then each series' values."""
        return [self.categories, *(s.values for s in self.series)]
