"""A verdict typed in place of an indicator's figure ("tercapai", "selesai", a check mark). Pure Python.

With no figure in any quarter it is belum diketahui (indicator_cells.verdict_typed says so); typed after
a quarter with a figure, the older figure is no more the realisasi than nothing is: "selesai" in TW II of
a progres fisik whose TW I says 40 % printed a capaian of 40 %, "Sangat Rendah", for a finished job."""

from __future__ import annotations

import re
from fractions import Fraction

from lkj_xl.core.formulas import realisasi_sd
from lkj_xl.core.model import IndicatorInput

# A verdict typed in place of the figure: "tercapai", "sesuai target", "belum terlaksana"; a Kecamatan's
# "done" for a document or an event ("Ada", "Sudah", "Sudah tersusun", a check mark), never "belum ada"
# (the figure is not there yet).
VERDICT = re.compile(
    r"(?:sudah |telah |belum |tidak )?(?:tercapai|terlaksana|terpenuhi|tuntas|selesai|sesuai|memenuhi|"
    r"melebihi|di ?bawah|di ?atas)(?: target)?"
    r"|(?:sudah |telah )?(?:ada|ya|ok|oke|sudah|tersusun|disusun|tersedia|terealisasi|dilaksanakan|diterbitkan)"
    # a rating in words in place of an IKM's figure ("Baik", "Sangat Baik", "Kurang Baik")
    r"|(?:sangat |cukup |kurang |tidak )?(?:baik|memuaskan)|cukup|kurang|buruk"
)
CHECK_MARKS = frozenset({"√", "✓", "✔", "☑", "v", "V"})


def is_verdict(status: str | None) -> bool:
    """Whether a quarter's status text is a verdict (the staff's judgment, no figure)."""
    text = _NOTE.sub(" ", (status or "").casefold())  # "Selesai (PHO)": the note in brackets aside
    # its words, or those before one figure ending it ("tercapai 3 unit": the 3 is not read, said apart;
    # never "Sudah 2 dari 3 bulan", a progress, tests/test_lead35.py)
    tail = _FIGURE_TAIL.search(text)
    for part in (text, text[: tail.start()] if tail else ""):
        words = " ".join(re.sub(r"[^a-z ]+", " ", part).split())
        if words and VERDICT.fullmatch(words):
            return True
    return (status or "").strip() in CHECK_MARKS


_NOTE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_FIGURE_TAIL = re.compile(r"\s\d[\d.,]*\s*(?:%|[^\W\d_]+)?\s*$")


def verdict_after_figures(item: IndicatorInput, numbers: list[Fraction | None], counted: int) -> bool:
    """A verdict in a counted quarter after the last one with a figure ("40", then "selesai"): the
    realisasi s.d. the quarter is not known (the latest word has no figure)."""
    if not counted or numbers[counted - 1] is not None:  # the last counted quarter a figure: none later
        return False
    filled = [q for q in range(counted) if numbers[q] is not None]
    if not filled:
        return False
    later = item.realisasi_tw[filled[-1] + 1 : counted]
    return any(value.exact is None and is_verdict(value.status) for value in later)


def realisasi_unless_verdict(
    item: IndicatorInput, numbers: list[Fraction | None], counted: int
) -> Fraction | None:
    """The realisasi s.d. the reported quarter from ``numbers``; None after a verdict typed later than
    the last figure (:func:`verdict_after_figures`), the indicator then belum diketahui."""
    # (the last counted quarter a figure, most rows: no verdict after it, no call to ask)
    if counted and numbers[counted - 1] is None and verdict_after_figures(item, numbers, counted):
        return None
    return realisasi_sd(numbers, item.jenis_realisasi)
