"""A total typed in another scale than the programs it sums: in ribuan (``10.194.300`` for Rp
10.194.300.230, a DPA printed "dalam ribuan rupiah" copied), in jutaan, or with three zeros too many
(``10.194.300.230.000``): its "lain dari jumlah" peringatan names the slip and the figure to type,
never only "kurang" or "lebih" by 999 times the sum; a program's pagu so beside its Kegiatan rows'
sum likewise (rincian.sum_differs). Pure."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core.number_format import whole_or_two

# the scales a sum is copied in from printed tables, by their factor
_SCALES = ((1000, "ribuan"), (1_000_000, "jutaan"))


def scale_slip(written: Fraction, counted: Fraction, of: str = "jumlah program") -> str:
    """What a total ``written`` beside the programs' sum ``counted`` (``of``: what that sum is) says of its
    scale, as the advice of its peringatan ("" when it is no slip of a thousand or a million either way).
    Rounded or cut as a table in ribuan prints it: within one unit of the scale."""
    if written <= 0 or counted <= 0:
        return ""
    for factor, name in _SCALES:
        if abs(written * factor - counted) < factor:
            return (
                f"tampaknya ditulis dalam {name} rupiah ({whole_or_two(written)} x {whole_or_two(Fraction(factor))} "
                f"= {whole_or_two(written * factor)}): tulis dalam rupiah penuh, {whole_or_two(counted)}"
            )
        if abs(written - counted * factor) < factor:
            return (
                f"tampaknya {len(str(factor)) - 1} angka nol berlebih ({whole_or_two(Fraction(factor))} kali "
                f"{of}): tulis {whole_or_two(counted)}"
            )
    return ""


def scale_reading(written: Fraction, counted: Fraction) -> tuple[Fraction, str] | None:
    """A total ``written`` in another scale than ``counted``, as :func:`scale_slip` tells it: (the rupiah it
    reads, the slip in words: "dalam ribuan rupiah", "dengan 3 angka nol berlebih"); None when no such slip.
    For a sentence of the report naming the reading, never the figure as typed read as rupiah."""
    if written <= 0 or counted <= 0:
        return None
    for factor, name in _SCALES:
        if abs(written * factor - counted) < factor:
            return written * factor, f"dalam {name} rupiah"
        if abs(written - counted * factor) < factor:
            return written / factor, f"dengan {len(str(factor)) - 1} angka nol berlebih"
    return None
