"""A Target typed as a range ("60-85 %" BOR, "7 – 8 bulan" AVLOS) scored. Pure.

The rule is the government's own (PermenPANRB No. 8 Tahun 2021 tentang Sistem Manajemen Kinerja PNS,
Lampiran, "target yang ditetapkan dalam bentuk range"; README "Range targets"): the usual formula of
the row's Polaritas, with the bound chosen by where the realisasi falls. Above the range (R > U) the
target is the upper bound U, below it (R < L) the lower bound L; inside it (L <= R <= U) the target is
met, capaian 100 (both bounds give 100 at the edges: continuous). Its worked examples: target 80-90 %,
realisasi 70 % is 70/80 = 87,5 %; Negatif 7-8 bulan, realisasi 6,5 is 2 - 6,5/7 = 107,14 %, 9 is
2 - 9/8 = 87,5 %.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Literal

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.formulas import capaian_exact, finite
from lkj_xl.core.kalimat import tertulis
from lkj_xl.core.model import PERINGATAN, IndicatorInput, Value
from lkj_xl.core.number_words import is_percent_unit, scale_factor
from lkj_xl.core.numbers import NumberParseError, parse_number, to_fraction
from lkj_xl.core.rentang import baca, bounds

Posisi = Literal["dalam", "atas", "bawah"]
SUMBER = "PermenPANRB No. 8 Tahun 2021"  # the rule's source, named in the notes


def nilai(realisasi: Fraction, target: Fraction | None, value: Value, polaritas: str) -> Fraction:
    """The capaian of a target figure (formulas.capaian_exact), or of ``value``'s range when it has no
    figure; ValueError as they raise it."""
    if target is not None or value.rentang is None:
        return capaian_exact(realisasi, target, polaritas)  # type: ignore[arg-type]
    return skor(realisasi, value.rentang, polaritas)


def skor_teks(realisasi: float, target: object, polaritas: str) -> float | None:
    """LKJ.CAPAIAN's target typed as a range ("60-85 %"): its capaian by the rule; None when ``target``
    is no range (a number, one figure as text); ValueError (its words) for a range that cannot be read
    or scored."""
    found = baca(target, _angka) if isinstance(target, str) else None
    if isinstance(found, str):
        raise ValueError(f'Target "{target}" {found}')
    if found is None:
        return None
    r = to_fraction(realisasi)
    return finite(
        skor(r, found, polaritas) if found[0] != found[1] else capaian_exact(r, found[0], polaritas)
    )


def _angka(figure: str, satuan: str | None = None) -> Fraction | None:
    try:
        parsed = parse_number(figure, satuan=satuan)
    except NumberParseError:
        return None
    return Fraction(parsed.exact) if parsed.exact is not None else to_fraction(parsed.value)


def posisi(realisasi: Fraction, rentang: tuple[Fraction, Fraction]) -> Posisi:
    """Where the realisasi falls: inside the range (its bounds included), above or below it."""
    floor, ceiling = rentang
    return "atas" if realisasi > ceiling else "bawah" if realisasi < floor else "dalam"


def skor(realisasi: Fraction, rentang: tuple[Fraction, Fraction], polaritas: str) -> Fraction:
    """The capaian by the range rule, exactly; ValueError when the bound it divides by is 0 (a
    realisasi below a lower bound 0) or the Polaritas is unknown."""
    where = posisi(realisasi, rentang)
    if where == "dalam":
        if polaritas not in (c.POSITIF, c.NEGATIF):
            raise ValueError(f"polaritas tidak dikenal: {polaritas!r}")
        return Fraction(100)
    bound = rentang[1] if where == "atas" else rentang[0]
    if bound == 0:  # (only a lower bound can be 0: the upper one is above it)
        raise ValueError(
            "realisasi di bawah batas bawah rentang target, yang bernilai 0; rumus capaian membagi dengan "
            "batas itu, sehingga capaian tidak dapat dihitung"
        )
    return capaian_exact(realisasi, bound, polaritas)


def _figure(figure: Fraction, value: Value, satuan: str) -> str:
    """A bound or the realisasi as the notes name it: in the range's unit and scale ("85%", "2 milyar")."""
    return tertulis(
        Value(number=float(figure), exact=figure, scale_word=value.scale_word, percent=value.percent), satuan
    )


def _batas(realisasi: Fraction, value: Value, satuan: str) -> tuple[Posisi, str]:
    """Where the realisasi falls, and the bound scored against ("batas atas 85%"; "" inside)."""
    assert value.rentang is not None
    where = posisi(realisasi, value.rentang)
    if where == "dalam":
        return where, ""
    bound = value.rentang[1] if where == "atas" else value.rentang[0]
    return where, f"{'batas atas' if where == 'atas' else 'batas bawah'} {_figure(bound, value, satuan)}"


def terbalik(value: Value, satuan: str) -> str:
    """ "ditulis dari batas atas; dibaca 60% sampai 85%" of a range typed top first ("85-60 %"): it is
    read bottom first, and its notes say so; "" for a range typed in order."""
    assert value.rentang is not None
    pair = bounds(value.text)
    first, second = (_angka(b, satuan) for b in pair) if pair else (None, None)
    if first is None or second is None or first <= second:
        return ""
    low, high = (_figure(b, value, satuan) for b in value.rentang)
    return f"ditulis dari batas atas; dibaca {low} sampai {high}"


def cara(realisasi: Fraction, value: Value, satuan: str) -> str:
    """How the capaian was scored, as the note at the Target cell says it: "realisasi 70% berada di
    dalam rentang target 60-85 %, sehingga capaiannya 100%" or "realisasi 90% berada di atas rentang
    target 60-85 %, sehingga capaiannya dihitung terhadap batas atas 85%"."""
    where, batas = _batas(realisasi, value, satuan)
    # (the realisasi as read, never in the range's scale: 1,5 beside "Rp 1 - 2 M" is no "0,00 milyar")
    shown = tertulis(Value(number=float(realisasi), exact=realisasi, percent=value.percent), satuan)
    order = f" ({turned})" if (turned := terbalik(value, satuan)) else ""
    said = f"realisasi {shown} berada di {where} rentang target {value.text}{order}"
    return (
        f"{said}, sehingga capaiannya dihitung terhadap {batas}"
        if batas
        else f"{said}, sehingga capaiannya 100%"
    )


def maksud(realisasi: Fraction, value: Value, satuan: str) -> str:
    """ "; bila maksudnya 85%, tulis angka itu" when a realisasi below the range lands inside it once
    read as staff slip (0,85 typed for 85 % under a percentage Satuan; 1,5 for 1,5 M beside "Rp 1 - 2 M"):
    the checks that weigh a realisasi against one target figure do not run for a range; "" otherwise."""
    assert value.rentang is not None
    factors = [100] if is_percent_unit(satuan) or value.percent else []
    if value.scale_word:
        factors.append(scale_factor(value.scale_word))
    for factor in factors:
        meant = realisasi * factor
        if realisasi < value.rentang[0] and posisi(meant, value.rentang) == "dalam":
            return f"; bila maksudnya {_figure(meant, value, satuan)}, tulis angka itu"
    return ""


def singkat(realisasi: Fraction, value: Value, satuan: str, rentang: str = "rentang target") -> str:
    """The same said in brackets after a capaian (sentences, the note under Tabel 3.1 / 3.2): "realisasi
    di dalam rentang target", "realisasi di atas rentang target; dihitung terhadap batas atas 85%";
    ``rentang``: what the range is called (a national standard's is no "rentang target")."""
    where, batas = _batas(realisasi, value, satuan)
    return f"realisasi di {where} {rentang}" + (f"; dihitung terhadap {batas}" if batas else "")


def catat(log: FindingLog, item: IndicatorInput, header: str, realisasi: Fraction, value: Value) -> str:
    """The peringatan at the Target cell saying how the row was scored (every such row gets one: the
    PK's figure is no single number), and the short words for the result's sentences (:func:`singkat`)."""
    said = cara(realisasi, value, item.satuan)
    name = f'indikator "{item.indikator}" ({item.kode})'
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        header,
        item.row,
        f"{header} {name} berupa rentang; {said} (aturan target berbentuk rentang, {SUMBER})"
        f"{maksud(realisasi, value, item.satuan)}",
    )
    return singkat(realisasi, value, item.satuan)
