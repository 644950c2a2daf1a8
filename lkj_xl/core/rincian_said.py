"""What is said of the rincian rows budget_headings.without_sipd_details leaves out: once per program
(naming its rows, "Kode 2.17.03.2.01 s.d. 2.17.03.2.02.0002"), never once per row, and nothing at all
of SIPD's Kegiatan and Sub Kegiatan rows of a program whose figures they add up to: a normal SIPD paste
of three programs gave fifteen peringatan on rows that are right."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, row_runs
from lkj_xl.core.model import LEFT_OUT, PERINGATAN, BudgetInput, Finding
from lkj_xl.core.refund_quarter import block_spent_sd, quarter_usable

_CELL = re.compile(r"^[A-Z]+([0-9]+)$")


@dataclass(frozen=True)
class LeftOut:
    """A rincian row left out: its index, its owner's (the program's or Kegiatan's row it is in), what
    its peringatan says after its Kode (``why``: "tidak ada di sheet Kinerja; menurut ...") and
    whether it is quiet when its owner's rows add up (a SIPD Kode extending its program's: sure)."""

    index: int
    owner: int
    not_in: str
    why: str
    quiet: bool


def rows_of(f: Finding) -> tuple[int, ...]:
    """The Excel rows ``f`` is said of: its rows, or its cell's."""
    if f.rows:
        return f.rows
    m = _CELL.match(f.sel)
    return (int(m.group(1)),) if m else ()


def _nets(items: list[BudgetInput], triwulan: int) -> bool:
    """Whether ``items``, each group of them compared with its parent (the lines under the same nearest
    Kode among them, or under none: SIPD's ``5.1`` over ``5.1.02`` and ``5.1.06``, the program over
    ``5.1``), net at or above zero s.d. ``triwulan``: a line's koreksi, `(1.500.000)`, compared in its
    group's sum (rincian.spent_differs), no reason they were not. A koreksi line alone under its own
    line (``5.1.02.99`` under ``5.1.02``) is its parent's detail alone: below zero, not compared."""
    groups: dict[str, list[BudgetInput]] = {}
    for item in items:
        above = [o.kode for o in items if item.kode.startswith(o.kode + ".")]
        groups.setdefault(max(above, key=len, default=""), []).append(item)
    return all(block_spent_sd(group, triwulan) is not None for group in groups.values())


def _unread(log: FindingLog, items: list[BudgetInput], triwulan: int) -> str:
    """Why the sum check could not read ``items``: their cells giving no figure (a pagu or a quarter s.d.
    ``triwulan``: a galat, a status), "Anggaran!G5, Anggaran!D9 bukan angka", and a quarter whose net
    s.d. it is below zero (a refund above the spending before it), said so, never "bukan angka"; ""
    when none."""
    words: list[tuple[str, int]] = []
    below: list[tuple[str, int]] = []
    for item in items:
        if item.pagu_used.galat:
            words.append((item.pagu_header, item.row))
        for q in range(triwulan):
            value, cell = item.realisasi_tw[q], (c.REALISASI_TW_HEADERS[q], item.row)
            if quarter_usable(item.realisasi_tw, q):
                continue
            if value.galat or value.status:
                words.append(cell)
            elif not any(v.galat or v.status for v in item.realisasi_tw[:q]):  # (else: that cell named)
                below.append(cell)

    def refs(cells: list[tuple[str, int]]) -> str:
        found = [log.ref(header, row, c.SHEET_ANGGARAN) for header, row in cells]
        return ", ".join(f"{c.SHEET_ANGGARAN}!{ref}" for ref in found if ref)

    parts = [f"{refs(words)} bukan angka"] if refs(words) else []
    if refs(below) and not _nets(items, triwulan):
        parts.append(f"realisasi s.d. triwulan di {refs(below)} di bawah nol")
    return " dan ".join(parts)


def say_left_out(
    log: FindingLog,
    inputs: list[BudgetInput],
    left: list[LeftOut],
    mark: int,
    filled: set[int],
    triwulan: int = 0,
) -> None:
    """One peringatan per owner (and reason) for the SIPD rows ``left`` out (the others: one each), at
    the first row's Kode (the range of their Kode cells when several). Quiet rows are said only when something about their
    owner's rincian was found since ``mark`` (log.items' length before the checks: a sum that differs,
    a rincian above its pagu, at the owner's row or one of its rincian) or its blank quarters were
    filled from them (``filled``: the owners' indexes; deleting the rows would lose that spending) or
    a cell of theirs could not be read to compare them (:func:`_unread`: named; taken for rows that add
    up, a status in a Sub Kegiatan's quarter was said nowhere)."""
    touched: set[int] = set()
    for f in log.items[mark:]:
        if f.sheet == c.SHEET_ANGGARAN:
            touched.update(rows_of(f))
    rincian: dict[int, list[LeftOut]] = {}
    for row in left:
        rincian.setdefault(row.owner, []).append(row)
    groups: dict[tuple[int, str, str], list[LeftOut]] = {}
    for owner, rows in rincian.items():
        mine = {inputs[owner].row, *(inputs[r.index].row for r in rows)}
        unread = _unread(log, [inputs[r.index] for r in rows], triwulan)
        said = owner in filled or bool(mine & touched) or bool(unread)
        extra = f"; tidak dicocokkan dengan angka {inputs[owner].kode} karena {unread}" if unread else ""
        for r in rows:  # (a row left out by another sign than SIPD's Kode is said alone, as before)
            if said or not r.quiet:
                groups.setdefault((owner if r.quiet else -1 - r.index, r.not_in, r.why + extra), []).append(r)
    for (_, not_in, why), rows in groups.items():
        items = [inputs[r.index] for r in rows]
        first = items[0]
        if len(items) == 1:
            log.add(
                PERINGATAN,
                c.SHEET_ANGGARAN,
                "Kode",
                first.row,
                f'Kode "{first.kode}" ("{first.program}") {not_in}; {why}',
                LEFT_OUT,
            )
            continue
        numbers = sorted(item.row for item in items)
        start, end = (
            log.ref("Kode", numbers[0], c.SHEET_ANGGARAN),
            log.ref("Kode", numbers[-1], c.SHEET_ANGGARAN),
        )
        message = (
            f"Kode {first.kode} s.d. {items[-1].kode} ({len(items)} baris: baris {row_runs(numbers)}) {not_in}; "
            + why.replace("baris ini", "baris-baris ini").replace("rincian ini", "rincian-rincian ini")
        )
        sel = f"{start}:{end}" if start else ""
        log.items.append(Finding(PERINGATAN, c.SHEET_ANGGARAN, sel, message, LEFT_OUT, tuple(numbers)))
