"""A target with no figure as staff typed it: a range (`60-85 %`, README "Range targets") or a grade
(`WTP`, README "Grade targets"). Export's and the rekap's Target, Target PK and Target Perubahan are
figure columns (analysts pivot on them) and stay blank for such a row; these texts say it beside them."""

from __future__ import annotations

from lkj_xl.core import predikat
from lkj_xl.core.model import IndicatorResult, Value

# Last in export's indikator table (after the APBD-P's figures); after Predikat in Semua Indikator.
TARGET_TERTULIS = ("target_tertulis", "target_pk_tertulis", "target_perubahan_tertulis")


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
    result.target_tertulis, result.target_pk_tertulis, result.target_perubahan_tertulis = target_texts(
        used, pk, revised
    )
    return result
