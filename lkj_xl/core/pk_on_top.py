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
import re
from collections.abc import Sequence
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.formulas import known_sum
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.model import BudgetInput, BudgetResult, Settings
from lkj_xl.core.numbers import to_fraction
from lkj_xl.core.styles import same_amount


@dataclasses.dataclass
class OnTop:
    """What one computation does with the doubtful lines on top; the lists filled by dpa_rows."""

    counted: bool = False  # count them: the Total Pagu Perjanjian Kinerja agrees with them counted
    total_ref: str = ""  # "Pengaturan!B16" when the Total disagrees: named in their peringatan
    total_shown: str = ""  # the Total as the messages show it, "Rp 35.805.047.633"
    doubtful: list[BudgetInput] = dataclasses.field(default_factory=list)  # each row left out, named
    # the outermost row of each block (5.1, not the 5.1.01 under it): their pagu is the lines' money
    outer: list[BudgetInput] = dataclasses.field(default_factory=list)
    # sibling lines within a program (5.1.01 and 5.1.02): a galat unless the Total agrees with them
    unsure: list[BudgetInput] = dataclasses.field(default_factory=list)
    formula: str = ""  # the Total's formula: no evidence either way (a sum of Anggaran agrees with it)
    # lines on top with a copy sign (copy_sign): never counted, whatever the Total
    copies: list[BudgetInput] = dataclasses.field(default_factory=list)
    before: bool = False  # counted: the Total is the programs' Pagu before their Pagu Perubahan with them
    # counted: the Total has the lines at their Pagu before their own Pagu Perubahan (pk_pagu)
    lines_before: bool = False

    def counted_note(self, row: BudgetInput | None = None) -> str:
        """The peringatan's reason for counting a line (in Tabel 3.4's TOTAL, toward no Sasaran: its
        Kode Sasaran's peringatan says so too); ``row``'s two pagus named when the Total has it at its
        Pagu before its Pagu Perubahan (the pagu in use counted)."""
        summed = "jumlah Pagu sebelum perubahan program" if self.before else "jumlah pagu program"
        line = "baris ini"
        if self.lines_before and row is not None and (pagu := pk_pagu(row)) != row.pagu_used.exact:
            line = (
                f"Pagu baris ini sebelum perubahan ({rupiah(pagu or 0)}; yang dihitung Pagu Perubahannya "
                f"{rupiah(row.pagu_used.exact or 0)})"
            )
        return (
            "dihitung ke total Tabel 3.4 sebagai anggaran tersendiri perangkat daerah (tetapi tidak ke "
            f"sasaran mana pun selama Kode Sasarannya kosong), karena dengan {line} {summed} sama dengan "
            f"Total Pagu Perjanjian Kinerja ({self.total_ref} {self.total_shown})"
        )

    def named_note(self) -> str:
        """What a line left out adds when the Total agrees neither way (or is a formula)."""
        if self.formula:
            return (
                f"; Total Pagu Perjanjian Kinerja ({self.total_ref}) berupa rumus ({self.formula}), bukan angka "
                "yang diketik dari Perjanjian Kinerja, jadi tidak dipakai untuk memastikan baris ini: isi "
                "Total itu dengan angka Perjanjian Kinerja"
            )
        return (
            f"; Total Pagu Perjanjian Kinerja ({self.total_ref}) juga tidak sama dengan jumlah pagu "
            "program, baik dengan maupun tanpa baris ini: periksa keduanya"
        )


def revision_shift(budgets: Sequence[BudgetResult], inputs: Sequence[BudgetInput]) -> Fraction | None:
    """What the programs' pagu gain with each counted Pagu Perubahan put back to its Pagu (the pagu
    before the APBD-P); None when no program is revised or a revised pagu is unreadable."""
    by_row = {item.row: item for item in inputs}
    shift, revised = Fraction(0), False
    for budget in budgets:
        item = by_row.get(budget.row)
        if item is None or item.kode != budget.kode or not item.pagu_perubahan.filled:
            continue
        if item.pagu.exact is None or item.pagu_perubahan.exact is None:
            return None
        shift, revised = shift + item.pagu.exact - item.pagu_perubahan.exact, True
    return shift if revised else None


def again(
    first: OnTop, budgets: Sequence[BudgetResult], settings: Settings, inputs: Sequence[BudgetInput] = ()
) -> OnTop | None:
    """How to compute again after a first computation that left ``first.doubtful`` out (and said
    ``first.unsure`` a galat); None when the Total Pagu Perjanjian Kinerja is blank, agrees already or
    only with the programs' Pagu before their Pagu Perubahan (``inputs``: Anggaran's rows; the revision
    explains it, not the lines), or a pagu is unreadable (its check is silent then)."""
    unsure = {row.row for row in first.unsure}
    programs = [b for b in budgets if b.row not in unsure]
    if not first.outer or settings.total_pagu is None or any(b.galat_pagu for b in programs):
        return None
    total = known_sum([b.pagu_exact for b in programs])
    agreed = to_fraction(settings.total_pagu)
    if total is None or agreed is None or same_amount(total, agreed):
        return None
    shift = revision_shift(programs, inputs)
    if shift is not None and total + shift == agreed:
        return None  # (the Total left at the pagu before the APBD-P: its peringatan says so, not the lines)
    lines = known_sum([row.pagu_used.exact for row in first.outer])
    # (the Perjanjian Kinerja signed before the APBD-P: the lines at their Pagu before their own revision)
    signed = known_sum([pk_pagu(row) for row in first.outer])
    found = OnTop(total_ref=f"{c.SHEET_PENGATURAN}!{settings.total_pagu_sel}", total_shown=rupiah(agreed))
    if refers_to_cells(settings.total_pagu_formula):  # (=SUM(Anggaran!D4:D22) agrees whatever the rows)
        found.formula = settings.total_pagu_formula
    elif first.copies:
        pass  # (a copy of a program's DPA: the Total agreeing with it counted is no reason to count it)
    elif lines is not None and agreed in (total + lines, total + (shift or 0) + lines):
        found.counted, found.before = True, total + lines != agreed
    elif (
        lines is not None and signed is not None and agreed in (total + signed, total + (shift or 0) + signed)
    ):
        found.counted, found.before, found.lines_before = True, total + signed != agreed, True
    return found if found.counted or first.doubtful else None  # (unsure alone: their galat stands)


def left_out(on_top: OnTop | None, letters: dict[str, str]) -> tuple[tuple[str, str, Fraction], ...]:
    """The lines on top left out as a program's rincian (Settings.total_pagu_lines): their Kode's cell,
    Kode and Uraian, and pagu; none when counted. One per block (its outermost row: a 5.1 line's
    5.1.01 under it is the same money, named twice it would read as twice the sum)."""
    if on_top is None or on_top.counted:
        return ()
    kode = letters.get("Kode", "A")
    return tuple(
        (f"{c.SHEET_ANGGARAN}!{kode}{row.row}", f"{row.kode} {row.program}".strip(), pagu)
        for row in on_top.outer
        if (pagu := pk_pagu(row)) is not None
    )


def _inner(top: BudgetInput, rows: Sequence[BudgetInput], kode: str) -> str:
    """ ", rinciannya A5": the rows right under an outermost line on top (its block), their Kode's cells."""
    under = [row for row in rows if row.row > top.row and row.kode.startswith(f"{top.kode}.")]
    return f", rinciannya {', '.join(f'{kode}{row.row}' for row in under)}" if under else ""


def pk_pagu(row: BudgetInput) -> Fraction | None:
    """A line's pagu as the Perjanjian Kinerja has it, the one the Total's difference is computed from
    (kalimat.total_pk_beda: the programs' Pagu before their Pagu Perubahan): its Pagu when a Pagu
    Perubahan beside it revised it, else the pagu in use. A line of Pagu 8 M revised to 9 M makes up a
    Total 8 M over the programs' and is named as Rp 8.000.000.000 by the note and the Total's
    peringatan alike."""
    if row.pagu_perubahan.filled and row.pagu.exact is not None:
        return row.pagu.exact
    return row.pagu_used.exact


def lines_left_out(on_top: OnTop | None, letters: dict[str, str]) -> str:
    """What the Total's peringatan adds naming the lines left out (Kode column ``letters``)."""
    if on_top is None or on_top.counted or not on_top.total_ref or not on_top.doubtful:
        return ""
    kode = letters.get("Kode", "A")
    named = ", ".join(
        f"{c.SHEET_ANGGARAN}!{kode}{top.row} {top.kode} ({rupiah(pk_pagu(top) or Fraction(0))}"
        f"{_inner(top, on_top.doubtful, kode)})"
        for top in on_top.outer
        if any(top is row for row in on_top.doubtful)
    )
    return (
        # (lines on top read as a program's rincian, or lines fitting no program: lone_belanja's, anywhere)
        f"; baris belanja DPA di sheet Anggaran yang tidak dihitung (rincian program, atau tidak muat dalam "
        f"programnya): {named}; "
        "bila anggaran tersendiri, lihat peringatan di baris itu"
    )


_FUNCTION = re.compile(r"[A-Za-z_][\w.]*\s*\(")  # SUM(, ROUND(: a function's name, no reference
_EXPONENT = re.compile(r"\d[eE][+-]?\d")  # 1E+10: a number
_QUOTED = re.compile(r'"[^"]*"')


def refers_to_cells(formula: str) -> bool:
    """Whether a formula refers to cells (A1, Sheet!D4, a defined name, SUM(D4:D22)): no evidence of the
    Perjanjian Kinerja's figure; one of numbers only (=27805047633+8000000000) is figures typed from it."""
    text = _EXPONENT.sub("0", _FUNCTION.sub("(", _QUOTED.sub("0", formula)))
    return bool(re.search(r"[A-Za-z_!\[\\]", text))


def copy_sign(outer: Sequence[BudgetInput], program: BudgetInput, below: Sequence[BudgetInput]) -> str:
    """Why lines on top (their outermost rows) are a copy of ``program``'s DPA, "" when they are not:
    their realisasi, alone or summed, the program's very realisasi (a figure other than 0 among it), or
    a line the very row (Kode, pagu, realisasi) typed ``below`` as a program's rincian."""
    figures = [v.exact for v in program.realisasi_tw if v.exact is not None]
    summed = [sum((row.realisasi_tw[q].exact or Fraction(0) for row in outer), Fraction(0)) for q in range(4)]
    if (
        outer
        and any(figures)
        and all(v.exact in (None, summed[q]) for q, v in enumerate(program.realisasi_tw))
    ):
        return f", sedangkan realisasinya sama persis dengan realisasi {program.kode} (tanda salinan)"
    twins = []
    for row in outer:
        twin = next((other for other in below if _same_row(row, other)), None)
        if twin is not None:
            twins.append(f"{row.kode} baris {twin.row}")
    if twins:
        return (
            ", sedangkan baris yang sama persis (Kode, pagu, realisasi) ada di bawah program sebagai "
            f"rinciannya ({', '.join(twins)}; tanda salinan)"
        )
    return ""


def _same_row(line: BudgetInput, other: BudgetInput) -> bool:
    """Whether two rows have one Kode, one pagu and one realisasi each quarter."""
    return (
        line.row != other.row
        and line.kode == other.kode
        and line.pagu_used.exact is not None
        and line.pagu_used.exact == other.pagu_used.exact
        and [v.exact for v in line.realisasi_tw] == [v.exact for v in other.realisasi_tw]
    )
