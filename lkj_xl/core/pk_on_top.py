"""Lines on top of Anggaran (above the first program) that dpa_rows leaves out as some program's
rincian though they may be the agency's own money (a lone jenis belanja line within the program's
pagu, a deep SIPD object line), against Pengaturan's Total Pagu Perjanjian Kinerja.

The engine computes once, collecting them; when the Total agrees with the programs' pagu only with
them counted, it computes again counting them (the Perjanjian Kinerja signed that money as the
agency's own); when it agrees neither way, again with each line's peringatan and the Total's naming
each other, so staff see one thing to fix rather than two messages contradicting each other. Pure.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.formulas import known_sum
from lkj_xl.core.kalimat import rp, rupiah
from lkj_xl.core.model import BudgetInput, BudgetResult, Settings
from lkj_xl.core.numbers import to_fraction, whole_or_two


@dataclasses.dataclass
class OnTop:
    """What one computation does with the doubtful lines on top; ``doubtful`` filled by dpa_rows."""

    counted: bool = False  # count them: the Total Pagu Perjanjian Kinerja agrees with them counted
    total_ref: str = ""  # "Pengaturan!B16" when the Total disagrees: named in their peringatan
    total_shown: str = ""  # the Total as the messages show it, "Rp 35.805.047.633"
    doubtful: list[BudgetInput] = dataclasses.field(default_factory=list)

    def counted_note(self) -> str:
        """The peringatan's reason for counting a line."""
        return (
            f"dihitung sebagai anggaran tersendiri perangkat daerah, karena dengan baris ini jumlah pagu "
            f"program sama dengan Total Pagu Perjanjian Kinerja ({self.total_ref} {self.total_shown})"
        )

    def named_note(self) -> str:
        """What a line left out adds when the Total agrees neither way."""
        return (
            f"; Total Pagu Perjanjian Kinerja ({self.total_ref}) juga tidak sama dengan jumlah pagu "
            "program, baik dengan maupun tanpa baris ini: periksa keduanya"
        )


def again(first: OnTop, budgets: Sequence[BudgetResult], settings: Settings) -> OnTop | None:
    """How to compute again after a first computation that left ``first.doubtful`` out; None when
    the Total Pagu Perjanjian Kinerja is blank, agrees already, or a pagu is unreadable (its check
    is silent then)."""
    if not first.doubtful or settings.total_pagu is None or any(b.galat_pagu for b in budgets):
        return None
    total = known_sum([b.pagu_exact for b in budgets])
    agreed = to_fraction(settings.total_pagu)
    if total is None or agreed is None or total == agreed:
        return None
    lines = known_sum([row.pagu_used.exact for row in first.doubtful])
    ref = f"{c.SHEET_PENGATURAN}!{settings.total_pagu_sel}"
    counted = lines is not None and total + lines == agreed
    return OnTop(counted=counted, total_ref=ref, total_shown=rp(whole_or_two(agreed)))


def left_out(on_top: OnTop | None, letters: dict[str, str]) -> tuple[tuple[str, str, Fraction], ...]:
    """The lines on top left out as a program's rincian (Settings.total_pagu_lines): their Kode's cell,
    Kode and Uraian, and pagu; none when counted."""
    if on_top is None or on_top.counted:
        return ()
    kode = letters.get("Kode", "A")
    return tuple(
        (f"{c.SHEET_ANGGARAN}!{kode}{row.row}", f"{row.kode} {row.program}".strip(), row.pagu_used.exact)
        for row in on_top.doubtful
        if row.pagu_used.exact is not None
    )


def lines_left_out(on_top: OnTop | None, letters: dict[str, str]) -> str:
    """What the Total's peringatan adds naming the lines left out (Kode column ``letters``)."""
    if on_top is None or on_top.counted or not on_top.total_ref or not on_top.doubtful:
        return ""
    kode = letters.get("Kode", "A")
    named = ", ".join(
        f"{c.SHEET_ANGGARAN}!{kode}{row.row} {row.kode} ({rupiah(row.pagu_used.exact or Fraction(0))})"
        for row in on_top.doubtful
    )
    return (
        f"; baris di atas program pertama sheet Anggaran tidak dihitung sebagai rincian program: {named}; "
        "bila anggaran tersendiri, lihat peringatan di baris itu"
    )
