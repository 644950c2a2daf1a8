"""A Kumulatif indicator whose Keterangan says its reported quarter holds the realisasi up to it
("TW II diisi kumulatif s.d. Juni", "realisasi s/d TW II", "sampai dengan Semester I"), as staff copy
it from e-Monev. Kumulatif sums the quarters, so the quarters before are counted twice (150 M +
312,5 M = 462,5 M where the note says 312,5 M is the half year's), and while the sum stays under the
target no check on the figures alone can tell (capaian_checks._typed_sd needs a repeat or a sum over
the target). A peringatan at the Keterangan names the sum computed and the quarter's own figure to
type; the indicator is computed as typed (the note may describe the sum). Pure."""

from __future__ import annotations

import re
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.cell_reader import CellReader
from lkj_xl.core.findings import figure
from lkj_xl.core.model import PERINGATAN, IndicatorInput
from lkj_xl.core.numbers import NumberParseError, parse_number

_MONTHS = {
    "mar": 1,
    "maret": 1,
    "jun": 2,
    "juni": 2,
    "sep": 3,
    "sept": 3,
    "september": 3,
    "des": 4,
    "desember": 4,
}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# "s.d. Juni", "s/d TW II", "sampai dengan Triwulan II", "hingga akhir Juni", "s.d. Semester I"
_UP_TO = re.compile(
    r"(?:\bs\s?[./]?\s?d\b\.?|\bsampai\s+dengan\b|\bhingga\b)\s*(?:(?:bulan|akhir)\s+)?"
    rf"(?:(?P<month>{'|'.join(sorted(_MONTHS, key=len, reverse=True))})\b"
    r"|(?:tw|triwulan)\s*\.?\s*(?P<tw>iv|iii|ii|i|[1-4])\b|(?:semester|smt)\s*\.?\s*(?P<half>ii|i|[12])\b)"
)

# A figure in a note with its scale word, if any: "462,5 M", "Rp 462.500.000.000", "29%".
_FIGURE = re.compile(r"(?:rp\.?\s*)?\d[\d.,]*(?:\s*(?:%|[a-z]+\b))?", re.IGNORECASE)


def _quarter(note: str) -> int | None:
    """The quarter a note's "up to" names (Juni, TW II, Semester I: 2); None when it names none."""
    folded = note.casefold()
    found = _UP_TO.search(folded)
    if found is None or "target" in folded:  # (a target up to the quarter is no realisasi)
        return None
    if found["month"]:
        return _MONTHS[found["month"]]
    if found["tw"]:
        return _ROMAN[found["tw"]]
    return 2 * _ROMAN[found["half"]]


def _names(note: str, total: Fraction, satuan: str) -> bool:
    """Whether a figure of the note, with its scale word, is the sum computed ("Realisasi s.d. TW II
    462,5 M" beside 150 M and 312,5 M)."""
    for found in _FIGURE.finditer(note):
        try:
            if parse_number(found.group(), satuan=satuan).exact == total:
                return True
        except NumberParseError:
            continue
    return False


def running_total(reader: CellReader, item: IndicatorInput, cells: tuple[str, str], triwulan: int) -> None:
    """A peringatan at the Keterangan (``cells``: its letter, the reported quarter's cell) of a Kumulatif
    indicator whose note says the reported quarter is its realisasi up to it, when quarters before it
    hold figures not above it: the sum computed and the quarter's own share (see the module docstring)."""
    if item.jenis_realisasi != c.KUMULATIF or _quarter(item.keterangan) != triwulan:
        return
    typed = [v.exact for v in item.realisasi_tw[:triwulan]]
    now, before = typed[-1], [x for x in typed[:-1] if x is not None]
    earlier = sum(before, Fraction(0))
    if now is None or not before or earlier <= 0 or now < earlier:
        return  # (nothing before, or a figure below them: no running total)
    total = earlier + now
    if _names(item.keterangan, total, item.satuan):
        return  # the note describes the sum computed
    tw = c.TW_LABELS[triwulan - 1]
    letter, cell = cells
    reader.add(
        PERINGATAN,
        f"{letter}{item.row}",
        f'Keterangan indikator "{item.indikator}" ({item.kode}) menyebut realisasi s.d. {tw} '
        f'("{item.keterangan}"), sedangkan Jenis Realisasi Kumulatif menjumlahkan realisasi setiap '
        f"triwulan: realisasi s.d. {tw} dihitung {' + '.join(figure(x) for x in (*before, now))} = "
        f'{figure(total)}. Bila "Realisasi {tw}" ({cell}) berisi realisasi s.d. {tw}, tulis realisasi '
        f"triwulan itu saja ({figure(now)} - {figure(earlier)} = {figure(now - earlier)})",
    )
