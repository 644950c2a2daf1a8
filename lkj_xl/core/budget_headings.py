"""Rows of a SIPD export copied into Anggaran with its programs that are no program of their own:
heading rows, Urusan ("2"), Bidang Urusan ("2.17 URUSAN PEMERINTAHAN BIDANG KOPERASI ...") above them
and "5 BELANJA DAERAH" below, each carrying the sum of the rows it heads; and Kegiatan / Sub Kegiatan
rows not in Kinerja whose Kode extends a program's ("2.17.02.2.01" under "2.17.02"). Such a row has a
Kode, so no total-row label gives it away; counted as a program it adds the same money to Tabel 3.4's
TOTAL again. Pure; exact arithmetic."""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.model import PERINGATAN, BudgetInput, Node


def _pagu(item: BudgetInput) -> Fraction | int | None:
    """The pagu that counts (Pagu Perubahan when filled), None for a row counted nowhere; a whole
    amount as an int (summed many times over: int arithmetic, the same exact value)."""
    value = item.pagu_used.exact
    if value is None or item.kode_galat:
        return None
    return value.numerator if value.denominator == 1 else value


def _run(
    pagus: list[Fraction | int | None], order: Iterable[int], heads: set[int], own: Fraction | int
) -> list[int]:
    """The rows, walked in ``order`` (headings found already skipped), whose pagu (``pagus``: None for
    an unusable one) add up exactly to ``own``: two at least, each positive; [] when none do."""
    total: Fraction | int = 0
    taken: list[int] = []
    for j in order:
        if j in heads:
            continue
        pagu = pagus[j]
        if pagu is None or pagu <= 0:
            return []
        total += pagu
        taken.append(j)
        if total >= own:
            break
    return taken if total == own and len(taken) > 1 else []


def _spending_agrees(head: BudgetInput, rows: list[BudgetInput]) -> bool:
    """Each quarter the heading has a number in is the sum of that quarter in ``rows``."""
    for q, value in enumerate(head.realisasi_tw):
        if value.exact is not None and value.exact != sum(
            (row.realisasi_tw[q].exact or Fraction(0) for row in rows), Fraction(0)
        ):
            return False
    return True


def _typed_ancestor(kode: str, typed: dict[str, BudgetInput]) -> BudgetInput | None:
    """The nearest row of ``typed`` (programs, kegiatan of Kinerja with a row) whose Kode followed by a
    dot begins ``kode``: "2.17.02" for "2.17.02.2.01.0001"."""
    parts = kode.split(".")
    if not all(parts):  # "P2.01." is P2.01 typed with a dot (budget_tree's hint), no detail of it
        return None
    for n in range(len(parts) - 1, 0, -1):
        if (row := typed.get(".".join(parts[:n]))) is not None:
            return row
    return None


def without_sipd_details(
    inputs: list[BudgetInput], nodes: dict[str, Node], log: FindingLog
) -> list[BudgetInput]:
    """The budget rows to count: a row whose Kode is no Kode of Kinerja but extends, after a dot, the
    Kode of a Program (Kegiatan, Sub Kegiatan) of Kinerja that has a row of its own is a detail of it
    copied from SIPD, already in that row's figures: left out, a peringatan at its Kode."""
    if all(item.kode in nodes or "." not in item.kode or item.kode_galat for item in inputs):
        return inputs
    typed = {
        item.kode: item
        for item in inputs
        if not item.kode_galat
        and item.kode in nodes
        and nodes[item.kode].tingkat not in ("Sasaran", "Tujuan")
    }
    kept: list[BudgetInput] = []
    for item in inputs:
        owner = None if item.kode in nodes or item.kode_galat else _typed_ancestor(item.kode, typed)
        if owner is None:
            kept.append(item)
            continue
        level = nodes[owner.kode].tingkat.lower()
        log.add(
            PERINGATAN,
            c.SHEET_ANGGARAN,
            "Kode",
            item.row,
            f'Kode "{item.kode}" ("{item.program}") tidak ada di sheet Kinerja; menurut Kodenya baris ini rincian '
            f'{level} {owner.kode} ("{owner.program or nodes[owner.kode].uraian}", baris {owner.row}) salinan SIPD: '
            f"tidak dihitung (anggarannya termasuk angka {owner.kode}, agar tidak dijumlahkan dua kali ke total "
            f"Tabel 3.4); hapus baris ini, atau tulis Kodenya di sheet Kinerja dengan Kode Induk agar "
            "diperiksa sebagai rincian",
        )
    return kept


def without_headings(inputs: list[BudgetInput], nodes: dict[str, Node], log: FindingLog) -> list[BudgetInput]:
    """The budget rows to count: a row whose Kode is no Kode of Kinerja and whose pagu is exactly the
    sum of two or more rows right below it (an Urusan heading; headings within it skipped) or right
    above it (a Belanja total), its spending too where it has any, is left out: a peringatan at its
    Kode naming those rows. Only rows not in Kinerja are looked at: nothing to do for most workbooks."""
    candidates = [
        i
        for i, item in enumerate(inputs)
        if item.kode and not item.kode_galat and item.kode not in nodes and (_pagu(item) or 0) > 0
    ]
    if not candidates:
        return inputs
    pagus = [_pagu(item) for item in inputs]
    heads: set[int] = set()
    found: dict[int, list[int]] = {}
    n = len(inputs)
    for direction in ("below", "above"):
        for i in reversed(candidates) if direction == "below" else candidates:
            if i in heads:
                continue
            order = range(i + 1, n) if direction == "below" else range(i - 1, -1, -1)
            taken = _run(pagus, order, heads, pagus[i] or 0)
            if taken and _spending_agrees(inputs[i], [inputs[j] for j in taken]):
                heads.add(i)
                found[i] = sorted(taken)
    for i in sorted(found):
        item = inputs[i]
        where = ", ".join(f"{inputs[j].kode} baris {inputs[j].row}" for j in found[i])
        side = "di bawahnya" if found[i][0] > i else "di atasnya"
        log.add(
            PERINGATAN,
            c.SHEET_ANGGARAN,
            "Kode",
            item.row,
            f'Kode "{item.kode}" ("{item.program}") tidak ada di sheet Kinerja dan pagunya '
            f"({rupiah(_pagu(item) or 0)}) sama dengan jumlah pagu baris {side} ({where}): baris judul "
            "Urusan / Bidang Urusan atau jumlah belanja salinan SIPD? tidak dihitung (agar tidak dijumlahkan "
            "dua kali ke total Tabel 3.4); hapus baris ini, atau bila memang program, tulis Kodenya di sheet Kinerja",
        )
    return [item for i, item in enumerate(inputs) if i not in heads]
