"""A program's realisasi quarter left BLANK over rows that carry it: the rows' sum taken. Pure.

Staff who paste SIPD often type a quarter's spending at the Sub Kegiatan level only. Counting the
program's blank cell as nothing spent would print a wrong Tabel 3.4 TOTAL, so the blank cell takes
its rows' sum (the rows are still not counted on their own), said at the program's cell. Only a blank
cell: a typed 0, ``-``, ``nihil``, a status text or an unreadable cell keep their meaning. Only a
whole rincian: rows whose pagu adds up to the program's (a partial rincian's spending is not the
program's; its sum is said at the cell by check_details), or rows carrying no pagu at all, surely the
program's (Kegiatan of Kinerja; never DPA lines, owned by where they stand), whose sum is then at least what it spent, said so.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.kalimat import daftar, rupiah
from lkj_xl.core.model import GALAT, PERINGATAN, TOTALS, BudgetInput, Node, Value
from lkj_xl.core.rincian import detail_parents
from lkj_xl.core.rowkinds import belanja_kode
from lkj_xl.core.spending_columns import TOTAL_SD_FILL
from lkj_xl.core.typed_sd_program import nothing_typed as _blank
from lkj_xl.core.typed_sd_program import typed_sd_each, typed_sd_later


def _row_pagu(k: int, inputs: list[BudgetInput], under: Mapping[int, list[int]]) -> Fraction | None | bool:
    """Row ``k``'s pagu in use (a row with none over rows of its own: theirs summed); False when it
    has none (blank), None when one cannot be read."""
    value = inputs[k].pagu_used
    if value.exact is not None and not inputs[k].kode_galat:
        return value.exact
    if not _blank(value) or inputs[k].kode_galat:
        return None
    parts = [_row_pagu(j, inputs, under) for j in under.get(k, [])]
    if any(p is None for p in parts):
        return None
    typed = [p for p in parts if isinstance(p, Fraction)]
    return sum(typed, Fraction(0)) if typed else False


def _whole(i: int, inputs: list[BudgetInput], under: Mapping[int, list[int]]) -> str | None:
    """How sure row ``i``'s rows are the whole of it: "" when their pagu adds up to its pagu in use or
    its Pagu before a Pagu Perubahan (used or Pagu column summed: a DPA before the APBD-P), a note
    when none carries a pagu and none is a DPA line (its Kegiatan: their sum is a lower bound), None
    else (a partial rincian)."""
    rows = under.get(i, [])
    pagus = [_row_pagu(k, inputs, under) for k in rows]
    if any(p is None for p in pagus):
        return None
    if all(p is False for p in pagus):  # (DPA lines stand by place alone: no sign they are all of it)
        if any(belanja_kode(inputs[k].kode) for k in rows):
            return None
        return "; pagu rinciannya kosong, jadi belum pasti semua rinciannya tertulis: realisasinya sekurang-kurangnya jumlah itu"
    own = {inputs[i].pagu_used.exact, inputs[i].pagu.exact} - {None}
    sums = {sum((p for p in pagus if isinstance(p, Fraction)), Fraction(0))}
    if all(inputs[k].pagu.exact is not None for k in rows):
        sums.add(sum((inputs[k].pagu.exact or Fraction(0) for k in rows), Fraction(0)))
    return "" if own & sums else None


def _twin(i: int, q: int, inputs: list[BudgetInput], under: Mapping[int, list[int]]) -> str:
    """Of DPA rows (belanja Kodes, owned by where they stand) right below row ``i``: the note naming the
    row right after them when its pagu is theirs too and its quarter ``q`` blank as well (two programs
    of equal pagu, the lower one over no rows of its own: nothing tells whose rincian they are;
    budget_rows.prefers_above gave them ``i``)."""
    rows, todo = set(), list(under.get(i, []))
    while todo:
        k = todo.pop()
        rows.add(k)
        todo += under.get(k, [])
    if not rows or min(rows) < i or not all(belanja_kode(inputs[k].kode) for k in under[i]):
        return ""
    if all(inputs[k].kode.startswith(f"{inputs[i].kode}.") for k in under[i]):
        return ""  # (a DPA line's own lines, 5.1.02 under 5.1: theirs by their Kode, no other's)
    j = max(rows) + 1  # (a row with rows of its own below it: each program over its rincian, no doubt)
    if under.get(j):
        return ""
    if (
        j >= len(inputs)
        or not _blank(inputs[j].realisasi_tw[q])
        or _whole(j, inputs, {**under, j: under[i]}) != ""
    ):
        return ""
    twin = inputs[j]
    return (
        f"; pagu rincian itu sama pula dengan pagu {twin.kode} baris {twin.row} di bawahnya, jadi bisa juga "
        f"rincian {twin.kode}: bila begitu, tulis realisasi kedua program di selnya"
    )


def _quarter_sum(
    i: int,
    q: int,
    inputs: list[BudgetInput],
    under: Mapping[int, list[int]],
    inner: dict[int, Fraction],
    koreksi: list[int],
) -> tuple[Fraction, bool] | None:
    """The quarter ``q`` of row ``i``'s rows: (their sum, whether any typed a figure); a row left blank
    over rows of its own gives theirs (put in ``inner``, so that it is compared with them as its sum).
    A koreksi (below zero: an SP2D returned) sums, as in a program made of its rows
    (program_koreksi), its row's index put in ``koreksi``, also when the sum is below zero: the quarter
    filled is then counted as a program's own refund is (refund_quarter: netted while the realisasi
    s.d. it stays at or above zero, a galat below). None when a cell among them is no usable figure (a
    word, a galat): nothing is taken."""
    total, typed = Fraction(0), False
    for k in under.get(i, []):
        value = inputs[k].realisasi_tw[q]
        if _blank(value) and under.get(k):
            got = _quarter_sum(k, q, inputs, under, inner, koreksi)
            if got is None:
                return None
            if got[1]:
                inner[k] = got[0]
            total, typed = total + got[0], typed or got[1]
        elif value.galat or value.status:
            return None
        elif value.exact is not None:
            total, typed = total + value.exact, True
            if value.exact < 0:
                koreksi.append(k)
    return total, typed


def _rows_sum(
    i: int, q: int, *, inputs: list[BudgetInput], under: Mapping[int, list[int]]
) -> Fraction | None:
    """Row ``i``'s rows' sum of quarter ``q`` (:func:`_quarter_sum`), None when unknown."""
    got = _rows_got(i, q, inputs=inputs, under=under)
    return None if got is None else got[0]


def _rows_got(
    i: int, q: int, *, inputs: list[BudgetInput], under: Mapping[int, list[int]]
) -> tuple[Fraction, bool] | None:
    """Row ``i``'s rows' sum of quarter ``q`` and whether any typed it (a figure, or "-" / "0" for nothing
    spent), None when unknown."""
    got = _quarter_sum(i, q, inputs, under, {}, [])
    if got is None:
        return None
    return got[0], got[1] or any(not _blank(inputs[k].realisasi_tw[q]) for k in under.get(i, []))


def _unusable_among(
    i: int, q: int, inputs: list[BudgetInput], under: Mapping[int, list[int]]
) -> tuple[str, int | None]:
    """The first cell of quarter ``q`` among row ``i``'s rows that is no figure, walked as
    :func:`_quarter_sum` walks them (a row blank over rows of its own gives theirs): (its galat,
    "Anggaran!J7", None), ("", k) for row ``k``'s status ("belum ada SP2D"), ("", None) when none."""
    for k in under.get(i, []):
        value = inputs[k].realisasi_tw[q]
        if _blank(value) and under.get(k):
            if (found := _unusable_among(k, q, inputs, under)) != ("", None):
                return found
        elif value.galat:
            return value.galat, None
        elif value.status:
            return "", k
    return "", None


def _unusable_ref(
    i: int,
    q: int,
    inputs: list[BudgetInput],
    under: Mapping[int, list[int]],
    said: tuple[str, bool],
    log: FindingLog,
) -> str:
    """The cell ("Anggaran!G7") that makes row ``i``'s rows' quarter ``q`` unknown, "" when none. A
    status there ("belum ada SP2D") is no figure: its galat is said at its cell unless ``said`` (the
    program's name, whether the row's own figures say it: Kegiatan of Kinerja are counted as rincian)."""
    galat, k = _unusable_among(i, q, inputs, under)
    if k is None:
        return galat
    level, counted = said
    header, row = c.REALISASI_TW_HEADERS[q], inputs[k].row
    if not counted:
        log.add(
            GALAT,
            c.SHEET_ANGGARAN,
            header,
            row,
            f'Realisasi anggaran {c.TW_LABELS[q]} "{inputs[k].realisasi_tw[q].status}" bukan angka; realisasi '
            f"{c.TW_LABELS[q]} {level} kosong, jadi diambil dari jumlah rinciannya, yang tidak dapat dihitung: tulis "
            f"belanja {c.TW_LABELS[q]} baris ini (0 bila tidak ada belanja), atau realisasi {level} di barisnya",
        )
    return log.where(c.SHEET_ANGGARAN, header, row)


def _unknown_rows(i: int, q: int, inputs: list[BudgetInput], under: Mapping[int, list[int]]) -> list[int]:
    """Row ``i``'s rows left blank in quarter ``q`` over rows of their own whose sum is unknown (a Kegiatan
    over its Sub Kegiatan, one unreadable), and theirs: they take the galat too, so that none is compared
    with its rows as a blank, nothing spent (which named the readable rows' sum as its figure)."""
    found = []
    for k in under.get(i, []):
        if (
            _blank(inputs[k].realisasi_tw[q])
            and under.get(k)
            and _quarter_sum(k, q, inputs, under, {}, []) is None
        ):
            found += [k, *_unknown_rows(k, q, inputs, under)]
    return found


def _with_totals_to_date(
    inputs: list[BudgetInput], under: Mapping[int, list[int]], triwulan: int, log: FindingLog
) -> list[BudgetInput]:
    """``inputs`` as the rows are summed: a row's blank quarter before one whose figure stands only in a
    column of its own that is a total to date (spending_columns' galat, "Realisasi s.d. Juni": TW I's
    share may be in it) is that galat too, never nothing spent."""
    totals = {
        f"{f.sheet}!{f.sel}"
        for f in log.items
        if f.severity == GALAT and f.sheet == c.SHEET_ANGGARAN and TOTAL_SD_FILL in f.pesan
    }
    out = list(inputs)
    for k in {k for rows in under.values() for k in rows} if totals else ():
        quarters, following = list(inputs[k].realisasi_tw), ""
        for q in reversed(range(min(triwulan, len(quarters)))):
            if following and _blank(quarters[q]):
                quarters[q] = Value(galat=following)
            elif quarters[q].galat in totals:
                following = quarters[q].galat
        if quarters != inputs[k].realisasi_tw:
            out[k] = dataclasses.replace(inputs[k], realisasi_tw=quarters)
    return out


def _koreksi_said(returned: str) -> str:
    """What the fill's peringatan adds for the koreksi netted in its sum ("-Rp 300.000.000 (2.01 baris 3)")."""
    return f"; koreksi (pengembalian belanja) {returned} ikut dikurangkan" if returned else ""


def _with_quarter(item: BudgetInput, q: int, total: Fraction) -> BudgetInput:
    quarters = list(item.realisasi_tw)
    quarters[q] = Value(float(total), exact=total)
    return dataclasses.replace(item, realisasi_tw=quarters)


def fill_blank_programs(
    inputs: list[BudgetInput],
    under: Mapping[int, list[int]],
    programs: list[int],
    levels: Mapping[int, str],
    triwulan: int,
    log: FindingLog,
    side: str = "di bawahnya",
    counted: bool = False,
    by_kode: bool = False,
) -> list[BudgetInput]:
    """``inputs`` with each program's (index in ``programs``, ``levels``: "program 1.01") blank
    realisasi quarter s.d. ``triwulan`` holding its rows' (``under``: index -> its nearest rows) sum,
    where it is not 0 and every one of their cells is usable (a row blank over rows of its own takes
    theirs too); a peringatan at the cell naming the rows (``side`` of the program: a DPA block pasted
    above it is its rincian too, said alike) and that a figure typed there is used instead. A cell
    among them that is no figure makes the quarter that cell's galat (``counted``: the rows' own figures
    say a status's, Kegiatan of Kinerja; ``by_kode``: rows whose Kode extends the program's are its whole
    rincian, whatever their pagu)."""
    out = list(inputs)
    inputs = _with_totals_to_date(inputs, under, triwulan, log)
    for i in programs:
        sure = _whole(i, inputs, under) if under.get(i) else None
        if (
            by_kode
            and under.get(i)
            and all(inputs[k].kode.startswith(f"{inputs[i].kode}.") for k in under[i])
        ):
            sure = ""
        rows_sum = functools.partial(_rows_sum, i, inputs=inputs, under=under)
        rows_got = functools.partial(_rows_got, i, inputs=inputs, under=under)
        if sure is not None and (
            read := typed_sd_each(inputs[i], rows_got, (levels[i], side, triwulan), log)
        ):
            out[i] = read  # (typed s.d. each quarter, as its whole rincian show: each less the one before)
        for q in range(min(triwulan, len(inputs[i].realisasi_tw))):
            if sure is None or not _blank(inputs[i].realisasi_tw[q]):
                continue
            if typed_sd_later(inputs[i], q, rows_sum, (levels[i], side, triwulan), log):
                continue  # (the program's later quarter holds its spending s.d. it: this one in it)
            inner: dict[int, Fraction] = {}
            koreksi: list[int] = []
            got = _quarter_sum(i, q, inputs, under, inner, koreksi)
            if got is None and (galat := _unusable_ref(i, q, inputs, under, (levels[i], counted), log)):
                # The whole rincian's sum is unknown (a cell unreadable, a status): so is the program's
                # quarter. Left blank it would count as nothing spent, a wrong Tabel 3.4 figure.
                for k in [i, *_unknown_rows(i, q, inputs, under)]:
                    quarters = list(out[k].realisasi_tw)
                    quarters[q] = Value(galat=galat)
                    out[k] = dataclasses.replace(out[k], realisasi_tw=quarters)
                continue
            if got is None or not got[0]:  # (rows adding up to 0: the blank's own meaning)
                continue
            total = got[0]
            returned = daftar(
                [
                    f"{rupiah(inputs[k].realisasi_tw[q].exact or 0)} ({inputs[k].kode} baris {inputs[k].row})"
                    for k in koreksi
                ]
            )
            twin = _twin(i, q, inputs, under) if side == "di bawahnya" else ""
            for k, part in {i: total, **inner}.items():
                out[k] = _with_quarter(out[k], q, part)
            where = ", ".join(f"{inputs[k].kode} baris {inputs[k].row}" for k in under[i])
            log.add(
                PERINGATAN,
                c.SHEET_ANGGARAN,
                c.REALISASI_TW_HEADERS[q],
                inputs[i].row,
                f"Realisasi anggaran {c.TW_LABELS[q]} {levels[i]} kosong: diisi jumlah rinciannya {side} "
                f"({rupiah(total)}: {where}{_koreksi_said(returned)}){sure}{twin}, yang tetap tidak dihitung dua kali; bila realisasi "
                f"{levels[i]} berbeda, tulis angkanya di sel ini (angka yang ditulis yang dihitung)",
                TOTALS,
            )
    return out


def fill_rincian_heads(
    inputs: list[BudgetInput],
    under: Mapping[int, list[int]],
    programs: list[int],
    triwulan: int,
    log: FindingLog,
) -> tuple[list[BudgetInput], dict[int, str]]:
    """``inputs`` as a program's rincian are compared with it: each row of ``under`` that is no program
    (a rincian left out over rows of its own, the DPA's ``5.1`` over ``5.1.02``, a SIPD Kegiatan over its
    Sub Kegiatan) given its rows' sum in a blank quarter, as :func:`fill_blank_programs` gives a program's,
    said nowhere: the row is not counted, and its blank cell over rows that carry the quarter is no slip
    (compared as nothing spent, one blank cell was two "tidak sama" peringatan, at the program and at the
    row, where every figure agrees). Rows whose Kode extends the row's are its own by their Kode, also
    where their pagu differs from its (said at its Pagu: the slip there). With, by Excel row, what a
    comparison naming such a row says of it (" (TW II kosong: dibaca jumlah rinciannya Rp 650.000.000)")."""
    heads = [i for i in under if i not in programs]
    if not heads:
        return inputs, {}
    mark = len(log.items)
    levels = {i: f"rincian {inputs[i].kode}" for i in heads}
    out = fill_blank_programs(inputs, under, heads, levels, triwulan, log, by_kode=True)
    log.items[:] = log.items[:mark]  # (only compared: nothing said of it)
    read = {}
    for i in heads:
        quarters = zip(c.TW_LABELS, inputs[i].realisasi_tw, out[i].realisasi_tw)
        said = [f"{tw} kosong: dibaca jumlah rinciannya {rupiah(new.exact)}" for tw, old, new in quarters
                if new.exact is not None and old.exact is None]  # fmt: skip
        if said:
            read[inputs[i].row] = f" ({'; '.join(said)})"
    return out, read


def fill_over_kinerja_rows(
    inputs: list[BudgetInput], nodes: Mapping[str, Node], triwulan: int, log: FindingLog
) -> list[BudgetInput]:
    """:func:`fill_blank_programs` for a program row over its Kegiatan / Sub Kegiatan of Kinerja
    (rincian.place_budgets' details; before the rows are read into figures)."""
    parents = detail_parents(inputs, dict(nodes))
    typed = {item.node_kode: i for i, item in enumerate(inputs) if item.node_kode and not item.kode_galat}
    under: dict[int, list[int]] = {}
    for i, (parent, _) in parents.items():
        if parent in typed:
            under.setdefault(typed[parent], []).append(i)
    programs = [i for i in under if nodes[inputs[i].kode].tingkat == "Program"]
    said = {i: f"program {inputs[i].kode}" for i in programs}
    return fill_blank_programs(inputs, under, programs, said, triwulan, log, counted=True)


def fill_over_dpa_block(
    inputs: list[BudgetInput], first: int, end: int, level: str, triwulan: int, log: FindingLog
) -> list[BudgetInput]:
    """:func:`fill_blank_programs` for the program row ``inputs[end]`` (``level``: "program P3.01")
    under the DPA block ``inputs[first:end]`` pasted above it that dpa_rows reads as its rincian: the
    block's outermost rows are its rows (a row blank over rows of the block extending its Kode gives
    theirs), so that a block above and the same rows below give the same figure. A Kegiatan's row
    (``level`` not "program ...") is left as it is, as it is over rows below it."""
    if not level.startswith("program "):
        return inputs
    block = range(first, end)
    under: dict[int, list[int]] = {}
    for k in block:
        heads = [j for j in block if inputs[k].kode.startswith(f"{inputs[j].kode}.")]
        # (its nearest head: the longest Kode beginning its own; none: one of the program's rows)
        head = max(heads, key=lambda j: len(inputs[j].kode), default=end)
        under.setdefault(head, []).append(k)
    return fill_blank_programs(inputs, under, [end], {end: level}, triwulan, log, "di atasnya")


def filled_blank(before: BudgetInput, after: BudgetInput) -> bool:
    """Whether :func:`fill_blank_programs` filled a blank quarter of ``before`` (not only read quarters
    typed s.d. each as its rincian give them: typed_sd_program.typed_sd_each)."""
    return any(_blank(a) and not _blank(b) for a, b in zip(before.realisasi_tw, after.realisasi_tw))


def kept_for_blank(program: str) -> str:
    """The advice at a rincian's Kode whose figures fill its program's blank quarters (in place of
    "hapus baris ini": followed, the program's realisasi is Rp 0)."""
    return (
        f"jangan hapus baris ini selama realisasi program {program} di barisnya kosong: realisasinya "
        "diambil dari jumlah rincian ini; bila baris ini dihapus, tulis dulu realisasi program di barisnya"
    )
