"""What a rekap covers, for its titles and footers: the Pemerintah Daerah and the period (or where each
period's ranking is, in a stacked rekap)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from lkj_xl.core.rekap import Column
from lkj_xl.core.rekap_ganda import pemda_spellings, period_text
from lkj_xl.xlsx.rekap_rows import plain_value as _value
from lkj_xl.xlsx.rekap_rows import rows as _rows

if TYPE_CHECKING:
    import pandas as pd


def page_title(heading: str, agencies: pd.DataFrame) -> str:
    """``heading`` and what the rekap covers, for every printed page's footer: "Rekap Capaian ...,
    Kabupaten Uji, s.d. Triwulan II Tahun 2025" (the Pemda, or how many; the period, or "beberapa
    periode" for a stacked rekap, whose periods the Rekap sheet's subtitle names), at most Excel's
    255 characters of a footer with the page number."""
    pemda = _pemda_names(agencies)
    parts = [heading] + (
        [pemda[0] if len(pemda) == 1 else f"{len(pemda)} pemerintah daerah"] if pemda else []
    )
    periods = set(_row_periods(agencies))
    if len(periods) == 1 and (only := next(iter(periods)))[1] is not None:
        parts.append(_periode(only, _records(agencies)))
    elif periods:
        parts.append("beberapa periode")
    text = ", ".join(parts)
    return text if len(text) <= 180 else text[:179] + "…"


def pemda_shown(frame: pd.DataFrame) -> dict[str, str]:
    """Each Pemerintah Daerah as typed by an agency: the name its Pemda is shown with, one per name as
    the duplicate check and the warning Pemerintah Daerah berbeda compare them (core.rekap_ganda.
    pemda_keys: "Kab. Lumajang" is Kabupaten Lumajang, "Sumenep" the one Kabupaten Sumenep typed), as most
    of its agencies wrote it with its kind (core.rekap_ganda.pemda_spellings)."""
    return pemda_spellings([row for row in _records(frame) if row["pemerintah_daerah"]])


def _pemda_names(frame: pd.DataFrame) -> list[str]:
    """The Pemerintah Daerah of the rekap, each once (:func:`pemda_shown`)."""
    return sorted(set(pemda_shown(frame).values()))


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of a rekap table as dicts of plain values (None where unknown)."""
    keys = list(frame.columns)
    return [dict(zip(keys, values)) for values in _rows(frame)]


def _periode(period: tuple[int | None, int | None], records: Sequence[dict[str, Any]]) -> str:
    """ "s.d. Triwulan II Tahun 2025" under a title, as the agencies' own reports name the period
    (contract.periode): "Tahun 2025" when every agency of the period sent its Laporan Tahunan,
    "Semester I Tahun 2025" (s.d. TW II exactly, a period of its own), "s.d. Semester II Tahun 2025"
    (counted from TW I: "Semester II" alone would say July to December spent it)."""
    named = period_text(period, records)
    own = named.startswith("Tahun ") or period[1] == 2 and named.startswith("Semester I")
    return named if own else f"s.d. {named}"


def _row_periods(frame: pd.DataFrame) -> list[tuple[int | None, int | None]]:
    """Each row's (tahun, triwulan), None where unknown."""

    def whole(value: Any) -> int | None:
        value = _value(value)
        return value if isinstance(value, int) else None

    return [(whole(t), whole(q)) for t, q in zip(frame["tahun"].tolist(), frame["triwulan"].tolist())]


def _period(frame: pd.DataFrame, first_row: int) -> str:
    """ "Kabupaten X, s.d. Triwulan II Tahun 2025" when every agency agrees; else where each period's
    ranking is: its rows (1-based, the agencies' rows starting on ``first_row``), the newest first as
    core.rank orders them."""
    pemda = _pemda_names(frame)
    parts = [pemda[0] if len(pemda) == 1 else f"{len(pemda)} pemerintah daerah"] if pemda else []
    runs: list[list[Any]] = []  # [period, first row, last row]
    for row, period in enumerate(_row_periods(frame), start=first_row):
        if runs and runs[-1][0] == period:
            runs[-1][2] = row
        else:
            runs.append([period, row, row])
    records = _records(frame)
    if len(runs) == 1 and runs[0][0][1] is not None:
        parts.append(_periode(runs[0][0], records))
    elif runs:
        where = [
            f"{period_text(period, records)} "  # (an unknown quarter: "Triwulan ?")
            f"(baris {first if first == last else f'{first}–{last}'})"
            for period, first, last in runs
        ]
        parts.append("peringkat per periode: " + ", ".join(where) + "; lihat sheet Pemeriksaan")
    return ", ".join(parts)


def period_first(columns: Sequence[Column], frame: pd.DataFrame) -> tuple[tuple[Column, ...], pd.DataFrame]:
    """A table sheet of several periods (its rows grouped by period, rekap_columns.by_period) with Periode
    as its first column, so that every row and every printed page names its period; the Excel table
    stays one block under one header (a heading row between the periods would be a row to its filters
    and pivot tables). One period: as it is, Periode after the figures."""
    if len(frame[["tahun", "triwulan"]].drop_duplicates()) < 2:
        return tuple(columns), frame
    moved = (
        *(spec for spec in columns if spec.key == "periode"),
        *(spec for spec in columns if spec.key != "periode"),
    )
    return moved, frame[[spec.key for spec in moved]]
