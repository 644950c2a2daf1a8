"""Input texts longer than the readers keep (10.000 characters: a bound that keeps a hostile or
broken file from eating the machine). The readers cut such a text visibly, with the mark the output
sheets use at Excel's own limit (:func:`lkj_xl.core.sheet_fit.cut_mark`), and keep its full length on
the Cell, so that the parsers point the cut out at its cell: a text printed half-written without a
word read as the whole text. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from lkj_xl.core.kalimat import angka
from lkj_xl.core.model import PERINGATAN, Cell, Finding
from lkj_xl.core.sheet_fit import cut_mark, excel_length, prefix_within

MAX_INPUT_TEXT = 10_000  # characters of one input cell kept
EXCERPT = 60  # characters of a cut text quoted in a galat


def clip(text: str, limit: int = MAX_INPUT_TEXT) -> tuple[str, int]:
    """(``text`` as kept, its full length when cut, else 0): its first ``limit`` characters and the
    mark when longer (the mark is no part of the count: the report holds ``limit`` of the text's own).
    Characters as Excel's LEN counts them (an emoji 2: :func:`~lkj_xl.core.sheet_fit.excel_length`),
    never cutting an emoji in half or a joined one (ZWJ) apart."""
    if len(text) <= limit // 2:  # (cannot be over the limit in UTF-16 units: the quick test first)
        return text, 0
    full = excel_length(text)
    if full <= limit:
        return text, 0
    kept = prefix_within(text, limit)
    return kept + cut_mark(full - excel_length(kept)), full


def clipped_cell(text: str, limit: int = MAX_INPUT_TEXT) -> Cell:
    """A text cell as the readers keep it (:func:`clip`)."""
    value, cut = clip(text, limit)
    return Cell(value=value, cut=cut)


SHORTEN = "persingkat teksnya"
# a Narasi Bagian is printed from all its rows in order: a long text can go on in the next rows
SHORTEN_NARASI = "persingkat teksnya atau bagi ke beberapa baris Bagian yang sama"


def cut_finding(sheet: str, ref: str, cell: Cell | None, advice: str = SHORTEN) -> Finding | None:
    """The peringatan of a text the reader cut (``cell.cut``), at its cell; None for any other cell."""
    if cell is None or not cell.cut:
        return None
    return Finding(
        PERINGATAN,
        sheet,
        ref,
        f"{_opening(sheet, ref)}({angka(cell.cut)} karakter); laporan memuat "
        f"{angka(MAX_INPUT_TEXT)} karakter pertama: {advice}",
    )


def excerpt(text: str) -> str:
    """What a galat quotes of a text the reader cut: its first 60 characters and "…" (quoting the
    10.000 kept buried the message)."""
    return text[:EXCERPT] + "…"


def drop_cut_finding(findings: list[Finding], sheet: str, ref: str) -> None:
    """Forget the peringatan :func:`cut_finding` gave the cell: it is read as a number, so its text is
    no part of the report (the galat on it says why) and "persingkat teksnya" would contradict it."""
    start = _opening(sheet, ref)
    findings[:] = [
        f for f in findings if not (f.sheet == sheet and f.sel == ref and f.pesan.startswith(start))
    ]


def _opening(sheet: str, ref: str) -> str:
    return f"Teks di {sheet}!{ref} terlalu panjang "


def cut_column(row: Sequence[Cell], cols: Sequence[int]) -> list[int]:
    """The columns of ``cols`` whose text the reader cut, in the row."""
    n = len(row)
    return [col for col in cols if col < n and row[col].cut]
