"""A score typed with its scale ("3,3 / 4", "IKM 3,3 / 4", "4,2 / 5") beside a target on the 100 scale
(82): the figure to type is the score on the target's scale, by the IKM's rule the project already
uses (PermenPANRB 14/2017, capaian_checks: nilai interval 1-4 x 25 = nilai konversi 25-100, "3,3 x 25 =
82,5"), a score of 5 out of 100 ("4,2 / 5 x 100 = 84"). Advising the score alone ("tulis realisasinya
saja (3,3)") led to a second peringatan and, ignored, a signed 4,02 % Sangat Rendah (the lead's
decision, README "Values"). Exact; pure."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING

from lkj_xl.core.findings import figure
from lkj_xl.core.model import Value
from lkj_xl.core.skala_skor import score_satuan

if TYPE_CHECKING:  # (cell_reader imports unit_checks, which imports this)
    from lkj_xl.core.cell_reader import CellReader

# "3,3 / 4", "IKM 3,3/4": one score, a comma decimal at most, of a Likert 4 or 5
_SCORE = re.compile(r"(?<![\d.,/])(\d+(?:,\d+)?)\s*/\s*([45])(?![\d.,/])")
# The lowest target of the 100 scale each scale converts to: 1-4 x 25 is 25-100, 1-5 x 20 is 20-100.
_LOWEST = {4: 25, 5: 20}


def converted(text: str, target: Fraction | None, satuan: str) -> str:
    """ "3,3 x 25 = 82,5 (nilai interval IKM 1-4 ke nilai konversi 25-100)" for ``text`` holding one
    score of 4 (or "4,2 / 5 x 100 = 84" of 5) of a score's ``satuan`` beside ``target`` on the 100
    scale; "" otherwise (a target on the score's own scale, 3,5: the score is the figure; a count's
    "3 / 4 dokumen")."""
    found = _SCORE.findall(text)
    if target is None or len(found) != 1 or not score_satuan(satuan):
        return ""
    part_text, whole_text = found[0]
    part, whole = Fraction(part_text.replace(",", ".")), int(whole_text)
    if not 0 < part <= whole or not _LOWEST[whole] <= target <= 100:
        return ""
    if whole == 4:
        return f"{part_text} x 25 = {figure(part * 25)} (nilai interval IKM 1-4 ke nilai konversi 25-100)"
    return f"{part_text} / 5 x 100 = {figure(part * 20)}"


def target_figure(target: Value) -> Fraction | None:
    """The figure ``target`` is weighed by here: its own, a range's ("80-90") its lower bound (both
    bounds are on one scale)."""
    return target.rentang[0] if target.exact is None and target.rentang else target.exact


def advice(text: str, target: Fraction | None, satuan: str, shown: str = "") -> str:
    """What to type for ``text`` (see :func:`converted`), said as the galat's advice; "" when none.
    ``shown``: the target as typed ("80-90"), else its figure."""
    if not (named := converted(text, target, satuan)):
        return ""
    return (
        f"tulis nilainya pada skala Target ({shown or figure(target or Fraction(0))}): {named}, dan "
        "skalanya di kolom Keterangan"
    )


def read_by_target(
    reader: CellReader, since: int, typed: Sequence[Value], target: Value, satuan: str
) -> None:
    """The galat said from ``since`` on of each of ``typed`` written "3,3 / 4" under a score's ``satuan``
    beside ``target`` (the one that applies) on the 100 scale: its advice to type the score alone
    swapped whole for the converted figure (:func:`advice`)."""
    exact = target_figure(target)
    if len(reader.findings) == since or exact is None:
        return
    shown = target.text if target.rentang else ""  # ("80-90": the range named as typed)
    for value in typed:
        if not value.galat or not (told := advice(value.text, exact, satuan, shown)):
            continue
        found = _SCORE.search(value.text)
        if found is None:  # (advice found one)
            continue
        alone = f"tulis realisasinya saja ({found[1]}) dan jumlah seluruhnya ({found[2]}) di kolom Keterangan"
        reader.reword(since, _swap(alone, told))


def _swap(old: str, new: str) -> Callable[[str], str]:
    """A finding's ``pesan`` with the galat's advice ``old`` swapped whole for ``new``."""
    return lambda pesan: pesan.replace(old, new)
