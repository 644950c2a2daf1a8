"""Named cell styles and number formats of the output sheets, shared by every writer (xlsxwriter,
xlwings), and a value as such a format shows it. Pure: standard library only."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TypeVar

from lkj_xl.core.numbers import format_number

# --- number formats -------------------------------------------------------------------------------
# Tagged Indonesian (LCID 0x421): LibreOffice then shows 1.491.388.500.000 and 15,12 whatever the
# machine's locale. Excel ignores the tag for separators (it takes them from the operating system's
# regional settings; see README) and keeps it only for date names, so the format is safe there.

LOCALE_ID = "[$-421]"
FMT_INTEGER = LOCALE_ID + "#,##0"
FMT_DECIMAL = LOCALE_ID + "#,##0.00"
FMT_RUPIAH = LOCALE_ID + "#,##0"
FMT_RUPIAH_SEN = (
    LOCALE_ID + "#,##0.00"
)  # an amount with sen (9.999.999,60), never shown rounded to 10.000.000
MAX_DESIMAL = 4
MAX_SHOWN_DECIMALS = 10
SCALE_COMMAS = {"ribu": ",", "juta": ",,", "milyar": ",,,", "triliun": ",,,,"}


def fmt_percent(desimal: int = 2) -> str:
    """Percent-unit numbers (71.23 means 71,23 %): thousands separator and ``desimal`` decimals."""
    return LOCALE_ID + "#,##0" + ("." + "0" * desimal if desimal > 0 else "")


def fmt_efisiensi(desimal: int = 2) -> str:
    """Percentage points, negative in parentheses: -10.27 shows (10,27)."""
    positive = fmt_percent(desimal)
    return f"{positive};({positive.removeprefix(LOCALE_ID)})"  # one tag covers every section


_NUMBER = re.compile(r"[#0,]*0(?:\.(0+))?(,*)")
_QUOTED = re.compile(r'"([^"]*)"')


def format_cell(value: object, num_format: str | None) -> str:
    """A cell value as the sheet shows it under ``num_format`` (the formats of this module:
    thousands, decimals, a scale of trailing commas with its word, negatives in parentheses), with
    Indonesian separators: what the Word report prints and what a column must be wide enough for."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return str(value)
    if not num_format or num_format == "General":
        return format_number(value, 0 if float(value).is_integer() else 2)
    sections = num_format.removeprefix(LOCALE_ID).split(";")
    section = sections[1] if value < 0 and len(sections) > 1 else sections[0]
    match = _NUMBER.search(section)
    if match is None:
        return format_number(value, 2)
    decimals = len(match.group(1) or "")
    scale = 1000 ** len(match.group(2) or "")
    exact = Fraction(Decimal(repr(float(value)))) if isinstance(value, float) else Fraction(value)
    if value < 0 and len(sections) > 1:
        exact = -exact  # the negative section carries its own sign, e.g. parentheses
    number = format_number(exact / scale, decimals)
    before = _QUOTED.sub(r"\1", section[: match.start()]).replace(LOCALE_ID, "")
    after = _QUOTED.sub(r"\1", section[match.end() :])
    return f"{before}{number}{after}"


# --- styles ---------------------------------------------------------------------------------------

HEADER_FILL = "#D9E1F2"
SECTION_FILL = "#EDEDED"
TOTAL_FILL = "#D9E1F2"
FUTURE_FONT = "#808080"

# Kriteria bands: fill and a font colour readable on it.
KRITERIA_STYLE = {
    "Sangat Tinggi": "kriteria_sangat_tinggi",
    "Tinggi": "kriteria_tinggi",
    "Sedang": "kriteria_sedang",
    "Rendah": "kriteria_rendah",
    "Sangat Rendah": "kriteria_sangat_rendah",
}
KRITERIA_COLOURS = {  # kriteria -> (fill, font)
    "Sangat Tinggi": ("#006100", "#FFFFFF"),  # dark green
    "Tinggi": ("#92D050", "#000000"),  # green
    "Sedang": ("#FFEB3B", "#000000"),  # yellow
    "Rendah": ("#FFA500", "#000000"),  # orange
    "Sangat Rendah": ("#C00000", "#FFFFFF"),  # red
}

STYLES: dict[str, dict[str, object]] = {
    # title block
    # wrapped: an agency's name of 120 characters is wider than a portrait page (rows sized to it)
    "title": {"bold": True, "font_size": 12, "align": "center", "valign": "vcenter", "text_wrap": True},
    "subtitle": {"bold": True, "align": "center", "valign": "vcenter", "text_wrap": True},
    "note": {"italic": True, "font_size": 9},
    # table frame
    "header": {
        "bold": True,
        "bg_color": HEADER_FILL,
        "border": 1,
        "text_wrap": True,
        "align": "center",
        "valign": "vcenter",
    },
    "cell": {"border": 1, "text_wrap": True, "valign": "top"},
    "center": {"align": "center"},
    "right": {"align": "right"},
    # numbers
    "integer": {"num_format": FMT_INTEGER, "align": "right"},
    "decimal": {"num_format": FMT_DECIMAL, "align": "right"},
    "rupiah": {"num_format": FMT_RUPIAH, "align": "right"},
    "rupiah_sen": {"num_format": FMT_RUPIAH_SEN, "align": "right"},
    # row emphasis
    "section": {"bold": True, "bg_color": SECTION_FILL},
    "tujuan": {"bold": True, "bg_color": SECTION_FILL},
    "sasaran": {"bold": True},
    "total": {"bold": True, "bg_color": TOTAL_FILL},
    "future": {"italic": True, "font_color": FUTURE_FONT},
    "unknown": {"italic": True},
    # findings
    "galat": {"bold": True, "bg_color": "#FFC7CE", "font_color": "#9C0006"},
    "peringatan": {"bg_color": "#FFEB9C", "font_color": "#7F6000"},
    "efisien": {"font_color": "#006100"},
    "tidak_efisien": {"bold": True, "font_color": "#C00000"},
    # text rows
    "paragraph": {"text_wrap": True, "valign": "top"},
    "heading": {"bold": True},
    # a running text's section title and heading, wrapped: "Tujuan 1: <an Uraian of 200 characters>"
    "section_text": {"bold": True, "bg_color": SECTION_FILL, "text_wrap": True, "valign": "top"},
    "heading_text": {"bold": True, "text_wrap": True, "valign": "top"},
    # signature block
    "signature": {"align": "center", "valign": "top", "text_wrap": True},
    "signature_name": {"align": "center", "valign": "top", "bold": True, "underline": 1, "text_wrap": True},
}
# Up to MAX_SHOWN_DECIMALS: a capaian next to a band edge is shown with the decimals that tell which
# side of the edge it is on (engine.capaian_decimals).
for _d in range(MAX_SHOWN_DECIMALS + 1):
    STYLES[f"percent_{_d}"] = {"num_format": fmt_percent(_d), "align": "right"}
    STYLES[f"efisiensi_{_d}"] = {"num_format": fmt_efisiensi(_d), "align": "right"}
# A number typed with a scale word ("523,40 juta") stays a number Excel can sum, shown in that scale:
# each trailing "," of a number format divides the shown value by 1.000.
for _word, _commas in SCALE_COMMAS.items():
    STYLES[f"{_word}_integer"] = {"num_format": f'{FMT_INTEGER}{_commas} "{_word}"', "align": "right"}
    STYLES[f"{_word}_decimal"] = {"num_format": f'{FMT_DECIMAL}{_commas} "{_word}"', "align": "right"}
# An indicator's figures with more than 2 decimals (formulas.figure_decimals: a target and realisasi
# shown so that the capaian recomputed from them is the one printed, 0,135 beside 110,00).
for _d in range(3, MAX_SHOWN_DECIMALS + 1):
    STYLES[f"decimal_{_d}"] = {"num_format": fmt_percent(_d), "align": "right"}
    for _word, _commas in SCALE_COMMAS.items():
        _fmt = f'{fmt_percent(_d)}{_commas} "{_word}"'
        STYLES[f"{_word}_decimal_{_d}"] = {"num_format": _fmt, "align": "right"}


def figure_kind(decimals: int) -> str:
    """The style of an indicator's figures with ``decimals`` decimals (its scale word's style adds
    ``<word>_`` before it): integer, decimal (2) or decimal_<n>."""
    if decimals <= 0:
        return "integer"
    return "decimal" if decimals <= 2 else f"decimal_{min(decimals, MAX_SHOWN_DECIMALS)}"


for _d in range(3, MAX_SHOWN_DECIMALS + 1):  # amounts no whole yet whole at the sen: rupiah_decimals
    STYLES[f"rupiah_{_d}"] = {"num_format": fmt_percent(_d), "align": "right"}
for _d in range(1, 5):
    STYLES[f"indent_{_d}"] = {"indent": _d, "align": "left"}
for _k, _name in KRITERIA_STYLE.items():
    _fill, _font = KRITERIA_COLOURS[_k]
    STYLES[_name] = {"bg_color": _fill, "font_color": _font}


def percent_style(desimal: int) -> str:
    return f"percent_{min(max(int(desimal), 0), MAX_SHOWN_DECIMALS)}"


def percent_formats(decimals: Sequence[int]) -> tuple[str, ...]:
    """The number formats of percent cells of these decimals (:func:`percent_style`), one by one."""
    return tuple(str(STYLES[percent_style(d)]["num_format"]) for d in decimals)


def efisiensi_style(desimal: int) -> str:
    return f"efisiensi_{min(max(int(desimal), 0), MAX_SHOWN_DECIMALS)}"


def indent_style(depth: int) -> str | None:
    """Indent for a hierarchy depth (0: none); deeper than 4 is indented as 4."""
    return f"indent_{min(depth, 4)}" if depth > 0 else None


def rupiah_decimals(value: float | Fraction) -> int:
    """The decimals an amount is printed with: none when whole, 2 when it has sen ("9.999.999,60"),
    more when it is no whole amount yet rounds to one at the sen (a formula's 9.999.999,996 reads
    "9.999.999,996", never its pagu "10.000.000" beside a penyerapan under 100 %; so does an 11-digit
    12.345.678.901,996). Only as many as a float holds exactly (14 digits in all: it holds 15, one
    kept for a sum's noise) and 4 at most: the noise of a sum, 9.999.999,999999998, is 10.000.000, and
    so is a difference of two amounts, 0,000000002, Rp 0."""
    if isinstance(value, float) and not math.isfinite(value):
        return 0
    if not format_number(value, 2).endswith(",00"):
        return 2
    digits = len(str(abs(int(value))))  # of the whole rupiah
    for decimals in range(3, min(MAX_DESIMAL, 14 - digits) + 1):
        if not format_number(value, decimals).endswith("0" * decimals):
            return decimals
    return 0


def amount_decimals(value: float | Fraction, column: int | None = None) -> int:
    """The decimals one amount is shown with in every table, sentence and mail of a report: its own
    (:func:`rupiah_decimals`), or its column's (:func:`column_rupiah_decimals`, 2 at most) when more."""
    return max(rupiah_decimals(value), column or 0)


T = TypeVar("T")


def amount_rule(column: int, style: Callable[[int], T]) -> tuple[Callable[[float, int], int], dict[int, T]]:
    """The rule of a rupiah column with sen (``column`` decimals, 2 at most) for a writer that picks a
    cell's format by its decimals: an amount that needs more (a formula's 9.999.999,996) has them in its
    own cell (:func:`amount_decimals`); ``style``: the format of a count of decimals."""
    return (lambda value, _: amount_decimals(float(value), column)), {
        d: style(d) for d in range(column, MAX_DESIMAL + 1)
    }


def rupiah_figure(value: float | Fraction, decimals: int | None = None) -> str:
    """An amount as the reports print it: in whole rupiah ("10.000.000"), with its sen where it has any
    ("9.999.999,60", :func:`rupiah_decimals`); ``decimals``: those of its column when more (a table's
    column of amounts with sen shows "10.000.000,00" beside "9.999.999,60", digits aligned)."""
    return format_number(value, amount_decimals(value, decimals))


def shown_amount(value: float | Fraction) -> Fraction:
    """The amount a reader sees (:func:`rupiah_figure`), exactly: 1.234.569.890.123,996 (a float has no
    room for its third decimal) is 1.234.569.890.124."""
    return Fraction(rupiah_figure(value).replace(".", "").replace(",", "."))


def shown_difference(one: float | Fraction, other: float | Fraction) -> Fraction:
    """``one`` minus ``other`` as a reader subtracts the two amounts printed beside it: never "lebih
    Rp 4.999,996" between 1.234.569.890.124 and 1.234.569.885.124 (those read 5.000 apart)."""
    return shown_amount(one) - shown_amount(other)


def same_amount(one: Fraction, other: Fraction) -> bool:
    """Two rupiah amounts less than half a sen apart: one amount (a formula's 11.499.999,996 under a
    typed 11.500.000 is its float noise); a sen or more apart is a real difference. So are two that
    print the same (:func:`shown_amount`): at 12 digits and more no third decimal is printed, and
    123.456.789.012,996 and 123.456.789.013,004 both read 123.456.789.013 (never "tidak sama ...,
    lebih Rp 0")."""
    return abs(one - other) < Fraction(1, 200) or shown_amount(one) == shown_amount(other)


def has_sen(value: object) -> bool:
    """``value`` is an amount :func:`rupiah_figure` prints with sen (a table cell then shows them too)."""
    return column_rupiah_decimals([value]) > 0


def column_rupiah_decimals(values: Iterable[object]) -> int:
    """The decimals a column of amounts is shown with: the most any of its numbers needs
    (:func:`rupiah_decimals`), so that every figure of a column with sen has them ("10.000.000,00" over
    "9.999.999,60": the digits aligned), 2 at most: an amount that needs more (a formula's
    9.999.999,996) has them in its own cell (:func:`amount_decimals`), not the whole column; texts and
    blanks ignored."""
    return min(
        2,
        max(
            (
                rupiah_decimals(v)
                for v in values
                if isinstance(v, int | float | Fraction) and not isinstance(v, bool)
            ),
            default=0,
        ),
    )


def fmt_rupiah(decimals: int) -> str:
    """The number format of amounts with ``decimals`` decimals (:func:`column_rupiah_decimals`)."""
    return fmt_percent(decimals)


def rupiah_style(decimals: int) -> str:
    """The named style of amounts with ``decimals`` decimals: rupiah, rupiah_sen or rupiah_<n>."""
    if decimals <= 0:
        return "rupiah"
    return "rupiah_sen" if decimals <= 2 else f"rupiah_{min(decimals, MAX_SHOWN_DECIMALS)}"
