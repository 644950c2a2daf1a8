"""The comparison of a figure staff wrote in an Analisis text with the computed ones (moved out of
:mod:`lkj_xl.core.angka_teks` by narasi62, which compares an earlier period's too, :mod:`angka_dulu`): the
figures a typed word's figure may be (:func:`boleh`), a typed figure read as a shown one (:func:`sama`).
Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction

from lkj_xl.core.angka_kata import ketik
from lkj_xl.core.formulas import round_half_up
from lkj_xl.core.model import IndicatorResult, Node
from lkj_xl.core.numbers import is_percent_unit, to_fraction


def sama(typed: Fraction, decimals: int, computed: Fraction) -> bool:
    """The typed figure is the computed one shown with the typed decimals: rounded half-up (also in
    steps from the report's 2 decimals, 169,49 -> 169,5 -> 170, as staff round a rounded figure) or
    cut."""
    scale = 10**decimals
    if typed in (round_half_up(computed, decimals), Fraction(int(computed * scale), scale)):
        return True
    stepped = computed
    for shown in range(max(2, decimals), decimals - 1, -1):
        stepped = round_half_up(stepped, shown)
    return typed == stepped


def boleh(kata: str, indicators: Sequence[IndicatorResult], node: Node | None) -> list[Fraction] | None:
    """The computed figures a typed ``kata`` figure may be; None when there is none to compare with."""
    capaian = [to_fraction(i.capaian_mentah) for i in indicators if i.capaian_mentah is not None]
    capaian += [i.capaian_exact for i in indicators if i.capaian_exact is not None]
    if node is not None and node.capaian_exact is not None:
        capaian.append(node.capaian_exact)
    persen = [i for i in indicators if is_percent_unit(i.satuan)]  # ("Persen (%)" too)
    if kata == "capaian":
        return capaian  # none: the text gives a capaian the table does not know
    if kata == "realisasi":
        # of a % indicator its realisasi; of a count, "85% dari target" is its share reached: its capaian
        known = [to_fraction(i.realisasi) for i in persen if i.realisasi is not None] + capaian
        return known or None
    # the target counted, and the Perjanjian Kinerja's when a Target Perubahan replaced it
    targets = [to_fraction(t) for i in persen for t in (i.target, i.target_awal) if t is not None]
    return targets or None


def atau(first: list[Fraction] | None, second: list[Fraction] | None) -> list[Fraction] | None:
    """The figures a typed figure may be when it is either word's (:func:`boleh`); None when neither
    has any to compare with."""
    return None if first is None and second is None else [*(first or []), *(second or [])]


def banding(
    kata: str, match: re.Match[str], boleh: list[Fraction] | None, salah: list[str], dibanding: set[str]
) -> None:
    """``match``'s figure compared with ``boleh`` (none: nothing to compare with): into ``dibanding``, and
    into ``salah`` as said ("capaian 69%") when it is none of them."""
    if boleh is None:
        return
    dibanding.add(match.group("angka"))
    typed, decimals = ketik(match.group("angka"))
    if not any(sama(typed, decimals, x) for x in boleh):
        salah.append(f"{kata} {match.group('angka')}{match.group('persen')}")
