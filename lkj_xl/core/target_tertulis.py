"""A target with no figure as staff typed it: a range (`60-85 %`, README "Range targets") or a grade
(`WTP`, README "Grade targets"). Export's and the rekap's Target, Target PK and Target Perubahan are
figure columns (analysts pivot on them) and stay blank for such a row; these texts say it beside them.
So for a grade realisasi (`WTP`): Realisasi and each quarter stay blank figures, the grade beside them."""

from __future__ import annotations

from lkj_xl.core import predikat
from lkj_xl.core.model import IndicatorResult, Pembanding, Value

# Last in export's indikator table (after the APBD-P's figures); after Predikat in Semua Indikator.
TARGET_TERTULIS = ("target_tertulis", "target_pk_tertulis", "target_perubahan_tertulis")
# After them in export's indikator table (the JSON's realisasi_tw_tertulis is a list, as realisasi_tw).
REALISASI_TERTULIS = ("realisasi_tertulis", *(f"realisasi_tw{q}_tertulis" for q in range(1, 5)))


def tertulis(value: Value) -> str | None:
    """The range or the grade as typed; None for a figure, a blank, another status (`Menunggu data
    BPS`) or a cell not read (its galat is in Status: never shown here as if it were the target)."""
    if value.exact is not None or value.galat or not value.text.strip():
        return None
    # a grade is read as a status text, as the engine tells it (engine._indicator)
    if value.rentang is not None or (value.status and predikat.baca(value.status) is not None):
        return value.text
    return None


def target_texts(used: Value, pk: Value, revised: bool) -> tuple[str | None, str | None, str | None]:
    """As ``export.target_figures`` pairs the figures: without a revision in use the PK's target is
    the target (Target Perubahan None); with one, the target used is the Target Perubahan."""
    if used.exact is not None and (not revised or pk.exact is not None):  # figures (most rows): no text
        return None, None, None
    text = tertulis(used)
    return (text, tertulis(pk), text) if revised else (text, text, None)


def with_target_texts(result: IndicatorResult, used: Value, pk: Value, revised: bool) -> IndicatorResult:
    """``result`` with its target_tertulis, target_pk_tertulis, target_perubahan_tertulis set."""
    if not result.skala_predikat and used.exact is not None and (not revised or pk.exact is not None):
        # (figures, no grade: most rows; every text None, as target_texts' and realisasi_texts' first
        # tests give, without their calls: tests/test_speed59.py)
        result.target_tertulis = result.target_pk_tertulis = result.target_perubahan_tertulis = None
        result.realisasi_tertulis, result.realisasi_tw_tertulis = None, [None] * len(result.realisasi_tw)
        return result
    result.target_tertulis, result.target_pk_tertulis, result.target_perubahan_tertulis = target_texts(
        used, pk, revised
    )
    result.realisasi_tertulis, result.realisasi_tw_tertulis = realisasi_texts(result)
    return result


def realisasi_texts(result: IndicatorResult) -> tuple[str | None, list[str | None]]:
    """A grade indicator's realisasi s.d. TW n and each quarter as typed where it is a grade (`WTP`,
    `Opini WTP`), whose figure is None: never a status (`menunggu LHP`), a cell not read (shown as its
    galat) or a number. All None for another indicator (its figures are the figures)."""
    if not result.skala_predikat:
        return None, [None] * len(result.realisasi_tw)
    # (realisasi_text is "" when no grade is the realisasi: belum diketahui, a galat)
    real = result.realisasi_text or None if result.realisasi is None else None
    tws = [
        text if figure is None and predikat.baca(text) is not None else None
        for figure, text in zip(result.realisasi_tw, result.realisasi_tw_text, strict=True)
    ]
    return real, tws


# A Target Akhir Renstra or Standar Nasional typed as a range ("60-85 %", scored as Perbandingan
# Kinerja prints it): export's comparison figures stay blank for it, these say it; last in the CSV.
PEMBANDING_TERTULIS = ("target_renstra_tertulis", "standar_nasional_tertulis")


def pembanding_texts(p: Pembanding) -> dict[str, str | None]:
    """The comparisons typed as a range, as typed (Pembanding.rentang), by PEMBANDING_TERTULIS; None
    for a figure, a blank or a cell not read."""
    return {f"{key}_tertulis": p.rentang.get(key) for key in ("target_renstra", "standar_nasional")}
