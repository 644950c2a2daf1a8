"""An indicator's comparisons as plain data (model.Pembanding, kept here so model.py stays short).

Pure: standard library only."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction


@dataclass
class Pembanding:
    """An indicator's comparisons (issue 11; pinned as ``pembanding`` in ``export --format json``).

    Every figure is None when its inputs are missing, a status text, or unreadable (as for capaian:
    no number from partial data). Percent units like capaian."""

    tahun_lalu: float | None = None  # realisation of the same period last year
    tahun_lalu_text: str = ""  # as written ("Menunggu data BPS" when it is a status)
    selisih: float | None = None  # realisation minus last year's, in the indicator's unit
    perubahan_persen: float | None = None  # selisih relative to last year's, in %
    membaik: bool | None = None  # polarity-aware: for a Negatif indicator a fall is an improvement
    target_renstra: float | None = None
    capaian_renstra: float | None = None  # the capaian formula against the Renstra end target
    # (narasi56) the Renstra end target reads as the period's total of a Kumulatif count: no capaian
    # against it from this year's realisasi alone (renstra_jumlah)
    renstra_jumlah: bool = False
    standar_nasional: float | None = None
    capaian_standar: float | None = None  # the capaian formula against the national standard
    # Exact figures behind the above (decisions and shown decimals are taken on these).
    selisih_exact: Fraction | None = None
    perubahan_exact: Fraction | None = None
    capaian_renstra_exact: Fraction | None = None
    capaian_standar_exact: Fraction | None = None
    galat: list[str] = field(default_factory=list)  # unreadable cells ("Kinerja!T7") among the inputs
    # The same per comparison ("tahun_lalu", "target_renstra", "standar_nasional"): the cells that kept
    # that comparison from being computed (its own cell, or the indicator's that its realisation needs).
    galat_per: dict[str, list[str]] = field(default_factory=dict)
    # A Renstra / Standar Nasional range ("60-85 %") by the same keys: as typed, how read, where the
    # realisasi falls (rentang_note.pembanding_note)
    rentang: dict[str, str] = field(default_factory=dict)
    rentang_posisi: dict[str, str] = field(default_factory=dict)
