"""A quarter's realisation of spending typed as a status holding its figure ("sementara Rp 40 jt",
"belum final, sementara Rp 40.000"): whether it holds one (typed_sd makes a quarter typed up to it
after it wait) and the figure, named in its "bukan angka" galat so staff told "perbaiki dulu TW I"
know what to type there ("bila Rp 40.000.000 realisasi TW I, tulis angkanya saja (40.000.000)"), as
Kinerja's status with a figure is told ("Bila 40 realisasinya, tulis angkanya saja"); nothing spent yet
with its zero ("belum ada SP2D (Rp 0)") read as Rp 0 with a peringatan. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.cell_reader import CellReader, spending_value, value_at
from lkj_xl.core.findings import figure
from lkj_xl.core.grids import DataRow
from lkj_xl.core.kalimat import rp
from lkj_xl.core.model import PERINGATAN, Value
from lkj_xl.core.number_format import format_number
from lkj_xl.core.number_words import MONEY_SCALE
from lkj_xl.core.numbers import NumberParseError, parse_number
from lkj_xl.core.pasted import keterangan_kolom
from lkj_xl.core.unit_checks import number_in_status, status_figure_meant

_SCALE = MONEY_SCALE  # (number_words: the scale words the number reader knows)
# "Rp" before a sum and its scale after it ("Rp 40 jt", "Rp40jt", "Rp 0,04 M", "40 ribu")
_RP = re.compile(rf"\brp\.?\s*|(?<=\d)\s*{_SCALE}", re.IGNORECASE)


def figure_to_type(x: Fraction) -> str:
    """A figure to type with every decimal it has (figure() shows 4: 46,61234 - 22,5 named 24,1123,
    typed, made 46,6123), a figure without an end of decimals as figure() shows it."""
    decimals = next((d for d in range(5, 11) if (x * 10**d).denominator == 1), None)
    if (x * 10**4).denominator == 1 or decimals is None:
        return figure(x)
    return format_number(x, decimals)


def sum_to_type(x: Fraction) -> str:
    """A sum to type with the decimals it has ("Rp 1,2", as typed; the tables' "Rp 1,20" is no figure
    staff typed, and "Rp 0,70" of a share named from it looked like another)."""
    return rp(figure_to_type(x))


def spending_figure_meant(status: str, *, zero: bool = False) -> bool:
    """Whether a spending status holds the quarter's figure (unit_checks.status_figure_meant of the
    text without its "Rp" and scale: "sementara Rp 40 jt" read as "sementara 40"). A zero ("sementara
    Rp 0") only where ``zero``: it is a figure to name in its galat, but a quarter typed up to it
    after it needs not wait for it (its own share is its figure less 0, as it is told)."""
    return status_figure_meant(_RP.sub("", status), jenis=c.NILAI_AKHIR if zero else c.KUMULATIF, satuan="")


# Nothing spent yet, said twice: a note ("belum ada SP2D", "belum SP2D", "belum cair", "SP2D belum terbit")
# and its zero as the DPA prints it ("Rp 0,00", "Rp0", "0,-", "nihil"; after the note also "-"), either
# first, the other after a separator or in brackets: "belum ada SP2D (Rp 0)", "0 (belum ada SP2D)",
# "Rp 0 - belum SP2D". One pattern for every form (a provisional "sementara Rp 0" is none).
_NOTE = (
    r"(?:belum\s+(?:ada\s+)?(?:sp2d|spm|realisasi|belanja|serapan|pencairan|dicairkan|cair|terealisasi)"
    r"|belum\s+ada|sp2d\s+belum\s+(?:ada|terbit|cair|keluar))"
)
_ZERO = r"(?:rp\.?\s*)?(?:0(?:[,.]00?)?(?:\s*[,.]\s*-)?|nihil|nol)"
_SEP = r"\s*[,:;.-]?\s*"
_NOTHING_YET = re.compile(
    rf"\s*(?:{_NOTE}{_SEP}(?P<a>\()?\s*{_ZERO}\s*(?(a)\))"
    rf"|(?:{_ZERO}|(?:rp\.?\s*)?-){_SEP}(?P<b>\()?\s*{_NOTE}\s*(?(b)\)))\s*\.?\s*",
    re.IGNORECASE,
)


def spending_status_figure(status: str) -> Fraction | None:
    """The sum a spending status holds as its figure, with its "Rp" and scale ("sementara Rp 40 jt":
    40.000.000; "sementara Rp 0", "belum ada, Rp 0": 0), None where it holds none or its number
    cannot be read."""
    if _NOTHING_YET.fullmatch(status):
        return Fraction(0)
    if not spending_figure_meant(status, zero=True):
        return None
    number = number_in_status(_RP.sub("", status))
    found = re.search(
        rf"(?<![\w.,])(?:rp\.?\s*)?{re.escape(number)}(?![\d]|[.,]\d)(?:\s*{_SCALE})?", status, re.IGNORECASE
    )
    if found is None:
        return None
    try:
        parsed = parse_number(found.group().strip(), satuan=None, money=True)
    except NumberParseError:
        return None
    return Fraction(parsed.exact) if parsed.exact is not None else Fraction(parsed.value)


def spending_cell(reader: CellReader, data: DataRow, header: str, q: int) -> Value:
    """A budget quarter's cell ``header`` of row ``data`` (``q`` 0-based) as read for its spending: nothing
    spent yet typed with its zero, in any order (:func:`nothing_spent_yet`), "N/A" a status
    (cell_reader.spending_value), else the figure or its galat. Before, "0 (belum ada SP2D)" was a galat
    "ada teks di belakang angka" and "belum ada SP2D (Rp 0)" read as 0: one reading for both."""
    cell = data.get(header)
    if cell is not None and type(cell.value) is str and _NOTHING_YET.fullmatch(text := reader.text(cell)):
        return nothing_spent_yet(Value(status=text, text=text), reader.add, data.ref(header), q)
    value = value_at(reader, data, header, f"Realisasi anggaran {c.TW_LABELS[q]}", money=True)
    return nothing_spent_yet(spending_value(value), reader.add, data.ref(header), q)


def nothing_spent_yet(value: Value, add: Callable[[str, str, str], None], ref: str, q: int) -> Value:
    """A quarter's spending typed "belum ada SP2D (Rp 0)", "0 (belum ada SP2D)", "belum ada, Rp 0":
    nothing spent yet, said twice; read as the 0 it names (Kinerja reads such a text on, its figure
    named), with a peringatan at ``ref`` (``q`` 0-based), instead of a galat that left the program's
    penyerapan uncomputed. A provisional sum ("sementara Rp 0", "sementara Rp 40 jt") and a note without
    its zero ("belum ada SP2D") stay a galat: the figure is not final, or not typed."""
    if value.status is None or not _NOTHING_YET.fullmatch(value.status):
        return value
    tw = c.TW_LABELS[q]
    add(
        PERINGATAN,
        ref,
        f'Realisasi anggaran {tw} "{value.status}" dibaca Rp 0 (belum ada belanja); '
        f"bila sudah ada belanja {tw}, tulis angkanya saja di sel ini dan catatannya, bila perlu, di "
        f"{keterangan_kolom(False)}",
    )
    return Value(number=0.0, exact=Fraction(0), text=value.text)


def spending_status_said(status: str, q: int) -> str:
    """What a spending status of quarter ``q`` (0-based) holding its figure adds to its "bukan angka"
    galat: the figure to type; "" where it holds none."""
    x = spending_status_figure(status)
    if x is None:
        return ""
    return (
        f"; bila {sum_to_type(x)} realisasi {c.TW_LABELS[q]}, tulis angkanya saja ({figure_to_type(x)}) "
        f"dan catatannya, bila perlu, di {keterangan_kolom(False)}"
    )
