"""The advice at an Anggaran amount far below its pagu (under 0,1 %): typed bare, it may be in ribuan
or juta without a scale word; typed with one (`750 rb` of a pagu of Rp 1,25 M, `0,5 jt`), the scale
word itself is the likely slip, and the amount one scale up is named (Rp 750.000.000); typed with SIPD's
three zero decimals (`1.250.000,000`), the last thousands dot slipped to a comma is named."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core.comma_thousands import exported_decimals
from lkj_xl.core.desimal_sipd import both_readings
from lkj_xl.core.findings import clip
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.model import Value

# One scale up: the word staff meant when the one typed gives a thousandth of the amount.
_UP = {"ribu": "juta", "juta": "miliar", "miliar": "triliun"}


def scale_up(cell: Value | None) -> str | None:
    """The scale word one up from the one ``cell`` was typed with ("750 rb": "juta"); None without one."""
    return _UP.get(cell.scale_word) if cell is not None and cell.scale_word else None


def small_amount_advice(
    cell: Value | None, value: Fraction, why: str, room: tuple[Fraction, Fraction] | None = None
) -> str:
    """What to say of ``value`` (``why``: its share of the pagu, said), ``cell`` as typed when known;
    ``room``: the pagu less the program's spending other than the amounts offered one scale up, and
    the total of those amounts (this one among them): they are offered only where, a thousand times
    each, they fit together ("750 rb" beside 1,1 M of a pagu of 1,25 M was never 750 juta; nor "750
    rb" typed in three quarters of it, 3 x 750 juta)."""
    word = cell.scale_word if cell is not None else None
    if cell is not None and exported_decimals(cell) and (room is None or value * 999 <= room[0] - room[1]):
        return both_readings(
            cell, value, why
        )  # ("1.250.000,000": the last thousands dot slipped to a comma?)
    if cell is None or not word:
        return (
            f"{why}: ditulis dalam ribuan atau juta tanpa kata skala? tulis lengkap atau dengan kata skala "
            "(157.853 ribu, 1.250 juta); bila memang sekecil itu, biarkan"
        )
    typed = f'{why}, ditulis "{clip(cell.text)}"'
    if (up := scale_up(cell)) is None or (room is not None and room[1] * 1000 > room[0]):
        return f'{typed}: periksa kata skala "{word}"; bila memang sekecil itu, biarkan'
    return (
        f'{typed}: salah kata skala, "{up}" bukan "{word}", jadi maksudnya {rupiah(value * 1000)}? '
        "bila memang sekecil itu, biarkan"
    )


def ribuan_slip(cell: Value, question: str = "ditulis dalam ribuan rupiah?") -> str:
    """The slip read in a pagu a thousandth of what its spending says (``question`` for one typed bare):
    typed with its scale word ("700 rb", Rp 700.000 as typed), never "ditulis dalam ribuan?" (it was, in
    so many words): the scale word one too low is the slip asked of."""
    if not cell.scale_word:
        return question
    typed = f'ditulis "{clip(cell.text)}"'
    if (up := scale_up(cell)) is None:
        return f'{typed}: periksa kata skala "{cell.scale_word}"?'
    return f'{typed}, kata skalanya "{up}", bukan "{cell.scale_word}"?'


def small_pagu_slip(cell: Value) -> str:
    """What follows "hanya Rp 700.000" at a pagu below Rp 1 juta: typed bare, juta without its scale word
    asked; typed with one ("700 rb"), that word one too low asked, the pagu read as typed meanwhile."""
    if not cell.scale_word:
        return (
            ": ditulis dalam juta tanpa kata skala? tulis lengkap atau dengan kata skala (1.250 juta, 1,25 M)"
        )
    if (up := scale_up(cell)) is None:
        return f', ditulis "{clip(cell.text)}": periksa kata skala "{cell.scale_word}"; bila memang sekecil itu, biarkan'
    return (
        f', ditulis "{clip(cell.text)}": kata skalanya "{up}", bukan "{cell.scale_word}"? bila memang sekecil '
        "itu, biarkan"
    )
