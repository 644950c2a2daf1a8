"""A rincian row (a Kegiatan / Sub Kegiatan pasted from SIPD under its program, left out of the
totals by budget_headings.without_sipd_details, or a program's rows in program_from_rincian) spending
above its own pagu. Pure.

SIPD lets no SP2D pass a Sub Kegiatan's pagu, so such a row is a typing slip: a quarter typed s.d. that
quarter, the DPA's pagu from before the APBD-P. Its spending is in the program's (summed into the
program's blank quarters, or compared with them), so it is pointed out as a program's is
(budget._over_pagu), at the row's last quarter typed, never corrected. When the program's figures are
that row's alone (the same realisasi and pagu: a program made or filled from one Sub Kegiatan) the
program's own peringatan says that overspend: said once, not twice."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.kalimat import persen, rupiah, selisih_rupiah
from lkj_xl.core.kata_skala import ribuan_slip
from lkj_xl.core.model import PERINGATAN, BudgetInput
from lkj_xl.core.number_format import format_number
from lkj_xl.core.styles import same_amount


def _spent(item: BudgetInput, triwulan: int) -> tuple[Fraction, int] | None:
    """(the realisasi s.d. ``triwulan``, a koreksi below zero netted as the program's sum nets it, and the
    index of its last quarter typed); None when a quarter is unusable (its own galat says so), none is
    typed, or the pagu is no figure above zero."""
    pagu = None if item.pagu_used.galat else item.pagu_used.exact
    values = item.realisasi_tw[:triwulan]
    if pagu is None or pagu <= 0 or any(v.galat or v.status for v in values):
        return None
    typed = [(q, v.exact) for q, v in enumerate(values) if v.exact is not None]
    if not typed:
        return None
    return sum((x for _, x in typed), Fraction(0)), typed[-1][0]


def what_to_check(numbers: Sequence[Fraction | None], pagu: Fraction) -> str:
    """What to check of spending above its ``pagu``, ``numbers`` each quarter's figure (None: none): one
    quarter (a Triwulan I report) was summed with none, so its amount or the pagu is off; several, a
    quarter typed s.d. it (summed again) most often: rising ones whose last alone is within the pagu are
    read both ways (:func:`_running_total`; the last the very pagu is the pagu copied)."""
    typed = [q for q, v in enumerate(numbers) if v is not None]
    if len(typed) == 1:
        return f"angka realisasi {c.TW_LABELS[typed[0]]} dan pagunya (salah ketik atau salah kata skala?)"
    return "realisasi triwulan yang ditulis s.d. triwulan itu (kumulatif; " + (
        _running_total(numbers, pagu)
        or "realisasi per triwulan dijumlahkan, tulis belanja triwulan itu saja)"
    )


def _running_total(numbers: Sequence[Fraction | None], pagu: Fraction) -> str:
    """Of quarters typed one after another rising (each at least the one before, the last above the
    first) whose last alone is
    within ``pagu``: both readings, as Kinerja's running_total says them (25; 60; 90 jt of 150 jt:
    summed 175 jt, read s.d. each quarter 90 jt, 60 %, TW II's own 35 jt, TW III's 30 jt); "" else."""
    typed = [(q, v) for q, v in enumerate(numbers) if v is not None]
    values = [v for _, v in typed]
    rising = all(b >= a for a, b in zip(values, values[1:])) and values[0] >= 0 and values[-1] > values[0]
    # (a quarter left blank between them is no running total typed: each one is typed, TW III's the same)
    if not rising or values[-1] >= pagu or typed[-1][0] - typed[0][0] != len(typed) - 1:
        return ""
    (first, _), (last, sd) = typed[0], typed[-1]
    own = ", ".join(f"{c.TW_LABELS[q]} {rupiah(v - before)}" for (q, v), before in zip(typed[1:], values))
    return (
        f"{c.TW_LABELS[first]}-{c.TW_LABELS[last]} naik setiap triwulan ({'; '.join(rupiah(v) for v in values)}) "
        f"dan dijumlahkan jadi {persen(sum(values, Fraction(0)) / pagu * 100, 2)} dari pagu; bila tiap triwulan "
        f"berisi realisasi s.d. triwulan itu, realisasi s.d. {c.TW_LABELS[last]} {rupiah(sd)} "
        f"({persen(sd / pagu * 100, 2)} dari pagu): tulis belanja triwulan itu saja, {c.TW_LABELS[first]} "
        f"{rupiah(values[0])}, {own})"
    )


def rincian_over_pagu(
    log: FindingLog, details: Iterable[BudgetInput], triwulan: int, program: BudgetInput | None = None
) -> None:
    """A peringatan at each of ``details`` whose spending s.d. ``triwulan`` (0: unknown, nothing
    weighed) is above its own pagu (Pagu Perubahan when typed), unless ``program`` (the row counted for
    their program, its quarters as made or filled) has that very realisasi and pagu: budget._over_pagu
    says it there; nor at a Kegiatan one of whose Sub Kegiatan among ``details`` has them: said there,
    where SIPD records the SP2D. (Not tagged OVER_PAGU: that names a program's cells in the report's
    sentences.)"""
    if not triwulan:
        return
    own = _spent(program, triwulan) if program is not None else None
    said = {(program.pagu_used.exact, own[0])} if program is not None and own is not None else set()
    weighed = [(item, _spent(item, triwulan)) for item in details]
    for item, spent in weighed:
        pagu = item.pagu_used.exact
        if spent is None or pagu is None or spent[0] <= pagu or same_amount(spent[0], pagu):
            continue
        # (a pagu in ribuan, as its program's may be: named so there, pagu_seribu; never said twice)
        far = program is not None and spent[0] <= pagu * 1000 and spent[0] > pagu * 10
        if (pagu, spent[0]) in said or any(  # (a Kegiatan's one overspend: said at its Sub Kegiatan)
            item.kode
            and k.kode.startswith(f"{item.kode}.")
            and s is not None
            and (k.pagu_used.exact, s[0]) == (pagu, spent[0])
            for k, s in weighed
        ):
            if far and program is not None:
                log.over_rincian.setdefault(program.row, []).append((None, item, spent[0], triwulan))
            continue
        name = f' "{item.program}"' if item.program else ""
        typed = [v.exact for v in item.realisasi_tw[:triwulan]]
        fix = ", atau Pagu Perubahan yang belum diisi" if item.pagu_header == "Pagu" else ""
        log.add(
            PERINGATAN,
            c.SHEET_ANGGARAN,
            c.REALISASI_TW_HEADERS[spent[1]],
            item.row,
            f"Realisasi anggaran rincian {item.kode}{name} {log.sd(triwulan)} ({rupiah(spent[0])}) melebihi pagu "
            f"({rupiah(pagu)}), {selisih_rupiah(spent[0], pagu)}: rincian ini tidak dihitung sendiri, tetapi "
            f"belanjanya termasuk realisasi programnya; periksa {what_to_check(typed, pagu)}{fix}",
        )
        if far and program is not None:
            log.over_rincian.setdefault(program.row, []).append((log.items[-1], item, spent[0], triwulan))


def own_row(item: BudgetInput, program: BudgetInput) -> bool:
    """Whether rincian ``item`` is ``program`` itself: a program made of this one row (program_from_rincian
    places it at its first row) has its row and its pagu."""
    return item.row == program.row and item.pagu_used.exact == program.pagu_used.exact


def ribuan_too(log: FindingLog, program: BudgetInput) -> None:
    """The rincian of ``program`` spending 10 to 1.000 times their pagu (log.over_rincian) where its pagu
    is the galat of a pagu typed in ribuan (pagu_seribu.pagu_thousandth): their pagu typed so too (every
    row of the DPA in ribuan, the spending in rupiah), each said at its pagu with the figure to type, in
    place of "melebihi pagu ... kumulatif" (the wrong advice)."""
    rows = log.over_rincian.pop(program.row, [])
    unsaid = {id(f) for f, *_ in rows if f is not None}
    log.items[:] = [f for f in log.items if id(f) not in unsaid]
    for _, item, spent, triwulan in rows:
        header, pagu = item.pagu_header, item.pagu_used.exact
        # (a program made of this one row: its galat at this very pagu says it; "seperti pagu programnya
        # (Anggaran!D2)" at D2 pointed at itself)
        if pagu is None or own_row(item, program):  # (recorded with a pagu above zero: _spent)
            continue
        name = f' "{item.program}"' if item.program else ""
        # (a program made of its rincian has no pagu cell of its own: its galat stands at its first row's)
        like = (
            f"seperti pagu rincian lain program {program.kode} (galat di "
            if program.row in log.made_programs
            else "seperti pagu programnya ("
        )
        if item.pagu_used.scale_word:  # ("700 rb" typed: its scale word is asked of, not ribuan)
            like = f"lihat juga {like.removeprefix('seperti ')}"
        log.add(
            PERINGATAN,
            c.SHEET_ANGGARAN,
            header,
            item.row,
            f"{header} rincian {item.kode}{name} ({rupiah(pagu)}) jauh di bawah realisasinya {log.sd(triwulan)} "
            f"({rupiah(spent)}): {ribuan_slip(item.pagu_used, 'tampaknya ditulis dalam ribuan rupiah,')} {like}"
            f"{log.where(c.SHEET_ANGGARAN, program.pagu_header, program.row)}); tulis "
            f"{format_number(pagu * 1000, 0)}",
        )


def owners_over_pagu(
    log: FindingLog,
    typed: list[BudgetInput],
    filled: list[BudgetInput],
    owners: Mapping[int, tuple[int, int]],
    programs: list[int],
    triwulan: int,
) -> None:
    """:func:`rincian_over_pagu` of without_sipd_details' rincian (``owners``: index -> (its owner's,
    its parent's)) as ``typed``, each beside its owner as ``filled`` (blank_program.fill_blank_programs:
    blank quarters holding their rincian's sum) when that owner is one of ``programs`` (a row
    budget._over_pagu weighs). (A Kegiatan blank over its Sub Kegiatan is weighed as typed: they are.)"""
    mine: dict[int, list[int]] = {}
    for i, (owner, _) in owners.items():
        mine.setdefault(owner, []).append(i)
    for owner, rows in mine.items():
        program = filled[owner] if owner in programs else None
        rincian_over_pagu(log, (typed[i] for i in rows), triwulan, program)
