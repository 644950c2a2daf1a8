"""What tells a SIPD heading in Anggaran (an Urusan / Bidang Urusan row, a Belanja total) from a program
whose pagu merely equals the sum of the rows beside it (budget_headings finds the sums). Two real programs'
pagu may add up to a third's (round figures: 1.200 jt + 800 jt = 2.000 jt), so a sum alone leaves out a
row only when nothing on it says "count me" (meant_to_count): a row with its own Kode Sasaran (no SIPD
export has one), or named "Program ..." over rows without one either (no SIPD heading is named so), is
a heading only by a sign a program never shows by chance: its Uraian names an Urusan / Bidang Urusan
(or, Kode 5, a Belanja), its Kode begins each of its rows' ("2.17" over "2.17.02", written "2.17." or
"2. 17", kept by Excel as 2.1 for "2.10", SIPD's "X.XX.01" standing for any), its spending, a figure
other than zero, is in some quarter the sum of two or more of its rows' (an export sums every column, to
the rupiah; a zero agreeing is nothing spent, one row's figure two programs spending alike: no sign), or
its Pagu and a different Pagu Perubahan are each its rows' sum of that column. That catches a SIPD paste with the Kode Sasaran column filled
down over its headings; a row counted on the pagu alone is pointed out at its Kode. Pure."""

from __future__ import annotations

import re
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.kode_kinerja import not_in_kinerja
from lkj_xl.core.model import PERINGATAN, TOTALS, BudgetInput, Node
from lkj_xl.core.rowkinds import belanja_name

# The Uraian of an Urusan or a Bidang Urusan row of SIPD, never a program's.
HEADING_NAME = re.compile(r"\s*(?:urusan|bidang urusan)\b", re.IGNORECASE)


# The Uraian of a program row ("PROGRAM PEMBERDAYAAN USAHA MENENGAH"), SIPD's and most agencies' own.
PROGRAM_NAME = re.compile(r"\s*program\b", re.IGNORECASE)


def for_sasaran(item: BudgetInput) -> bool:
    """Whether a row has a Kode Sasaran (typed, or an unusable cell): meant for a Sasaran, a program;
    no SIPD / DPA paste has one."""
    return bool(item.kode_sasaran or item.kode_sasaran_galat)


def meant_to_count(head: BudgetInput, rows: list[BudgetInput]) -> str:
    """Why ``head``, summing ``rows``, is meant as a program (a heading only by a sign): "sasaran", its
    Kode Sasaran typed; "program", its Uraian names a Program over rows without a Kode Sasaran either (no
    SIPD heading is named so; beside rows with one, its blank Kode Sasaran is taken for a heading's);
    "" when neither."""
    if for_sasaran(head):
        return "sasaran"
    if PROGRAM_NAME.match(head.program) and not any(map(for_sasaran, rows)):
        return "program"
    return ""


# SIPD's placeholder for the Urusan and Bidang of a program common to all ("X.XX.01" Penunjang).
_PLACEHOLDER = re.compile(r"x+", re.IGNORECASE)


def _parts(kode: str) -> list[str]:
    """A Kode's parts as staff mean them: spaces and a dot after the last part are slips ("2. 17",
    "2.17.": 2.17)."""
    return "".join(kode.split()).rstrip(".").split(".")


def _lost_zeros(head: list[str], row: list[str]) -> bool:
    """Whether ``head`` is ``row``'s beginning typed as a number, Excel dropping the zeros after its last
    part ("2.10" kept as 2.1 over "2.10.02"; the Bidang Urusan Kodes are two digits)."""
    *first, last = head
    theirs = row[len(first)]
    return (
        len(head) == 2  # (a number has one dot; one with letters is no number)
        and all(part.isdigit() for part in head)
        and row[: len(first)] == first
        and theirs.startswith(last)
        and set(theirs[len(last) :]) == {"0"}
    )


def _begins(head: list[str], row: list[str]) -> bool | None:
    """Whether the Kode ``head`` (parts) begins ``row``'s before a dot: True, False, or None when SIPD's
    placeholders ("X.XX.01") stand where ``head``'s numbers are, agreeing with any."""
    if len(row) <= len(head):
        return False
    if row[: len(head)] == head or _lost_zeros(head, row):
        return True
    if all(part.isdigit() for part in head) and all(
        a == b or _PLACEHOLDER.fullmatch(b) for a, b in zip(head, row)
    ):
        return None
    return False


def kode_heads(head: BudgetInput, rows: list[BudgetInput]) -> bool:
    """Whether ``head``'s Kode begins each of ``rows``' before a dot ("3.30" over "3.30.03", written "3.30."
    or "3. 30" too), a row of SIPD's "X.XX.01" agreeing with any numbers so long as one row's begins
    with them ("2.17" over "X.XX.01" and "2.17.02")."""
    parts = _parts(head.kode)
    if not all(parts):
        return False
    found = [_begins(parts, _parts(row.kode)) for row in rows]
    return True in found and False not in found


def named_heading(head: BudgetInput, rows: list[BudgetInput]) -> bool:
    """Whether ``head``'s Kode begins each of ``rows``' (:func:`kode_heads`) or its Uraian names an Urusan,
    a Bidang Urusan or (Kode 5) a Belanja."""
    return (
        kode_heads(head, rows)
        or bool(HEADING_NAME.match(head.program))
        or (_parts(head.kode)[0] == "5" and belanja_name(head.program))
    )


def pagu_sums(head: BudgetInput, rows: list[BudgetInput]) -> bool:
    """Whether ``head``'s Pagu and Pagu Perubahan, two different figures, are each ``rows``' sum of that
    column (a row without a Pagu Perubahan keeps its Pagu): an export's total row sums every column, a
    program's two pagu are never both its neighbours' by chance."""
    before, after = head.pagu.exact, head.pagu_perubahan.exact
    if before is None or after is None or before == after:
        return False
    pagu, used = Fraction(0), Fraction(0)
    for row in rows:
        if row.pagu.exact is None or row.pagu_used.exact is None:
            return False
        pagu += row.pagu.exact
        used += row.pagu_used.exact
    return before == pagu and after == used


def spending_sums(head: BudgetInput, rows: list[BudgetInput]) -> bool:
    """Whether some quarter of ``head`` holds a figure other than zero that is exactly the sum of two or
    more of ``rows``' figures other than zero that quarter (equal to one row's, it is two programs that
    spent alike)."""
    for q, value in enumerate(head.realisasi_tw):
        spent = [row.realisasi_tw[q].exact for row in rows]
        figures = [figure for figure in spent if figure]
        if value.exact and len(figures) > 1 and value.exact == sum(figures, Fraction(0)):
            return True
    return False


def said_counted(log: FindingLog, item: BudgetInput, rows: list[BudgetInput], nodes: dict[str, Node]) -> None:
    """A peringatan at the Kode of ``item``, counted as a program (meant_to_count) though its pagu is the
    sum of ``rows`` (right below or right above it): what to do were it a heading after all."""
    where = ", ".join(f"{row.kode} baris {row.row}" for row in rows)
    side = "di bawahnya" if rows[0].row > item.row else "di atasnya"
    pagu = item.pagu_used.exact or Fraction(0)
    typed = f' ("{item.kode_sasaran}")' if item.kode_sasaran else ""
    why, fix = f"Kode Sasarannya diisi{typed}", "hapus baris ini atau kosongkan Kode Sasarannya"
    if meant_to_count(item, rows) == "program":
        why, fix = "Uraiannya nama program", "hapus baris ini"
    log.add(
        PERINGATAN,
        c.SHEET_ANGGARAN,
        "Kode",
        item.row,
        f'Kode "{item.kode}" ("{item.program}") {not_in_kinerja(item, nodes)} dan pagunya '
        f"({rupiah(pagu)}) sama dengan jumlah pagu baris {side} ({where}), tetapi {why}: dihitung sebagai "
        "program (masuk total Tabel 3.4). Bila baris ini judul Urusan / Bidang Urusan atau jumlah belanja "
        f"salinan SIPD, {fix}, agar anggaran yang sama tidak dijumlahkan dua kali",
        TOTALS,
    )
