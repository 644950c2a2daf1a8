"""A target figure as the Perjanjian Kinerja signed it: the decimals it was typed with ("75", "40,71",
"0,135"), for the Word report's PK tables and every sentence naming it (3.1.3, 3.2.3, the notes), so the
two agree; never padded to its row's realisasi ("75,000 Nilai", "68,000%" beside 73,375: Tabel 3.1's
numeric column keeps that row rule, formulas.figure_decimals). Pure: standard library only."""

from __future__ import annotations

from lkj_xl.core.number_format import own_decimals
from lkj_xl.core.numbers import format_number, scale_factor, to_fraction


def angka(value: float, scale_word: str | None = None, decimals: int | None = None) -> str:
    """A figure the Indonesian way, in the scale word it was typed with ("5.984,04 milyar"); decimals
    as the capaian tables choose them (2 when the figure has decimals, else none)."""
    exact = to_fraction(value)
    if scale_word:
        exact /= scale_factor(scale_word)
    if decimals is None:
        decimals = 0 if exact.denominator == 1 else 2
    text = format_number(exact, decimals)
    return f"{text} {scale_word}" if scale_word else text


def angka_sendiri(value: float, scale_word: str | None = None) -> str | None:
    """A target as the Perjanjian Kinerja's tables print it, with the decimals it was typed with ("30",
    "3,5", "0,135", "5.984,04 milyar"): no capaian beside it to recompute (Tabel 3.1's "30,000"). None
    for a formula's figure with no decimals of its own (=1/3: number_format.own_decimals)."""
    exact = to_fraction(value)
    decimals = own_decimals(exact / scale_factor(scale_word) if scale_word else exact)
    return None if decimals is None else angka(value, scale_word, decimals)


def target_sendiri(
    target: float, scale_word: str | None, rupiah: bool, *, skala_tabel: bool = True
) -> str | None:
    """The figure of a target as signed (:func:`angka_sendiri`), a rupiah amount to the sen as Tabel 3.1
    shows money ("1.191.064,10 juta", never ",1"); ``rupiah``: its Satuan is rupiah (kalimat.rupiah_scale).
    None where the caller shows it by its row's rule: a formula's figure (=1/3), and with ``skala_tabel``
    a rupiah amount in a scale word ("1,50 milyar" as Tabel 3.1, never "1,5")."""
    if rupiah and scale_word and skala_tabel:
        return None
    own = angka_sendiri(target, scale_word)
    number = own.rsplit(" ", 1)[0] if own is not None and scale_word else own
    if number is not None and rupiah and number[-2:-1] == ",":
        return angka(target, scale_word, 2)
    return own
