"""A DPA's jenis belanja line ("5.1 BELANJA OPERASI", "5.1.02 ...", no Kode Sasaran) still counted after
the rincian, headings and recaps are left out (budget_headings, dpa_rows, dpa_recap): one that does not
fit in the program it belongs to, the nearest program row above it (the one below for a line above the
first program). A belanja line is never a program (no DPA or SIPD paste makes one), so it is left out,
a peringatan at its Kode saying whose it would be and why it is not; counted as the agency's own only
when Pengaturan's Total Pagu Perjanjian Kinerja agrees with it (pk_on_top, as lines on top), or when
staff fill its Kode Sasaran. Counted as a program, a 5.1 of 5 M under a 3,5 M program added its money to
Tabel 3.4's TOTAL again. Pure; exact arithmetic."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.budget import budgeted
from lkj_xl.core.budget_rows import outer_rows, pagu_counted, program_level, program_row
from lkj_xl.core.dpa_rows import count_block
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.heading_signs import for_sasaran
from lkj_xl.core.kalimat import daftar, rupiah
from lkj_xl.core.kode_kinerja import not_in_kinerja
from lkj_xl.core.koreksi_row import is_koreksi, koreksi_steps, row_named
from lkj_xl.core.model import GALAT, LEFT_OUT, PERINGATAN, BudgetInput, Node
from lkj_xl.core.pk_on_top import OnTop
from lkj_xl.core.pk_room import SETTLED_BY_TOTAL, no_room
from lkj_xl.core.rowkinds import belanja_kode, belanja_name


def _line(item: BudgetInput, nodes: dict[str, Node]) -> bool:
    """A jenis belanja line of a DPA: a belanja Kode not in Kinerja, its Uraian "Belanja ..." (or a
    deep object line, "5.1.02.01.01.0024 Alat Tulis Kantor"), no Kode Sasaran (with one: the agency's
    own line for that Sasaran, counted)."""
    if item.kode_galat or item.node_kode in nodes or not belanja_kode(item.kode) or for_sasaran(item):
        return False
    return belanja_name(item.program) or item.kode.count(".") > 2


def _blocks(inputs: list[BudgetInput], nodes: dict[str, Node], taken: set[int]) -> list[list[int]]:
    """The runs of such lines (indexes), rows dpa_rows has already judged (``taken``) skipped."""
    runs: list[list[int]] = []
    for i, item in enumerate(inputs):
        if item.row in taken or not _line(item, nodes):
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _owner(
    inputs: list[BudgetInput], run: list[int], nodes: dict[str, Node]
) -> tuple[BudgetInput, str] | None:
    """The program a run of lines belongs to: the nearest program row above it, else below it; with the
    side named as the message says it; None when the sheet has no program row."""
    above = next((inputs[j] for j in range(run[0] - 1, -1, -1) if program_row(inputs[j], nodes)), None)
    if above is not None:
        return above, "di atasnya"
    below = next((inputs[j] for j in range(run[-1] + 1, len(inputs)) if program_row(inputs[j], nodes)), None)
    return (below, "di bawahnya") if below is not None else None


def _without_row(inputs: list[BudgetInput], nodes: dict[str, Node]) -> list[Node]:
    """Kinerja's Programs with no Anggaran row (nor one of their Kegiatan)."""
    kodes = {item.node_kode for item in inputs if item.node_kode}
    return [node for node in nodes.values() if node.tingkat == "Program" and not budgeted(node, kodes)]


def _galat(
    row: BudgetInput, nodes: dict[str, Node], said: str, missing: list[Node], first: BudgetInput
) -> str:
    """The galat of a line fitting no program while Kinerja has ``missing`` programs with no row: whose
    it is cannot be told, and what to type."""
    named = daftar([f'{node.kode} ("{node.uraian or node.kode}")' for node in missing])
    return (
        f'Kode "{row.kode}" ("{row.program}") {not_in_kinerja(row, nodes)}: {said}; program {named} di sheet '
        f"Kinerja tidak punya baris di sheet Anggaran, jadi baris ini bisa jadi belanjanya: total Tabel 3.4 "
        f"tidak dihitung. Bila belanja program itu, sisipkan baris programnya di atas baris belanjanya yang "
        f"pertama ({first.kode} baris {first.row}, atau jenis belanja di atasnya yang memuatnya) "
        "(Kode program, Pagu dan realisasi boleh kosong: diisi jumlah jenis belanjanya); bila rincian program "
        "lain, pindahkan ke bawah baris program itu atau hapus" + SETTLED_BY_TOTAL
    )


def _koreksi_line(row: BudgetInput, nodes: dict[str, Node], program: BudgetInput) -> str:
    """The galat of a koreksi typed as a belanja line of its own ("5.1.02.99 Koreksi", -5.000.000, no
    pagu) by ``program``, the nearest program row: the figure to type in that row, as for any koreksi row
    (koreksi_row), never "hapus" alone (the money returned would be lost)."""
    own = [v.exact for v in program.realisasi_tw]
    return (
        f'Kode "{row.kode}" ("{row.program}") {not_in_kinerja(row, nodes)}: baris koreksi realisasi '
        "(pengembalian belanja), bukan belanja tersendiri, dan koreksinya belum dihitung ke realisasi program "
        f"mana pun: total Tabel 3.4 tidak dihitung. Bila baris ini koreksi realisasi {row_named(program, {})}, "
        + koreksi_steps(row, program.row, own)
    )


def _said_galat(inputs: list[BudgetInput], run: list[int], log: FindingLog, said: list[str]) -> None:
    """A galat at each line of ``run`` (``said``, in turn), the line kept with it (no TOTAL while it
    stands)."""
    for k, message in zip(run, said, strict=True):
        log.add(GALAT, c.SHEET_ANGGARAN, "Kode", inputs[k].row, message)
        where_galat = log.where(c.SHEET_ANGGARAN, "Kode", inputs[k].row)
        inputs[k] = dataclasses.replace(inputs[k], kode_galat=where_galat)


def _no_program(
    inputs: list[BudgetInput],
    run: list[int],
    nodes: dict[str, Node],
    log: FindingLog,
    agreed: Fraction | None,
) -> list[int]:
    """Lines on a sheet with no program row ("5.2 Belanja Modal" its only row, once counted as a program
    of Tabel 3.4): a galat while a Program of Kinerja has no row (they may be its money), else left out
    with a peringatan; the indexes left out."""
    said = "baris belanja DPA (jenis belanja), bukan program, dan sheet Anggaran tidak punya baris program"
    if (missing := _without_row(inputs, nodes)) and not no_room(inputs, nodes, agreed):
        first = inputs[run[0]]
        _said_galat(inputs, run, log, [_galat(inputs[k], nodes, said, missing, first) for k in run])
        return []
    for k in run:
        row = inputs[k]
        log.add(
            PERINGATAN,
            c.SHEET_ANGGARAN,
            "Kode",
            row.row,
            f'Kode "{row.kode}" ("{row.program}") {not_in_kinerja(row, nodes)}: {said}: tidak dihitung sebagai '
            "program (tidak masuk total Tabel 3.4); bila anggaran tersendiri untuk satu sasaran, isi Kode "
            "Sasarannya",
            LEFT_OUT,
        )
    return run


def without_lone_belanja(
    inputs: list[BudgetInput],
    nodes: dict[str, Node],
    log: FindingLog,
    on_top: OnTop | None = None,
    agreed: Fraction | None = None,
) -> list[BudgetInput]:
    """The budget rows to count: each jenis belanja line still counted (:func:`_line`), one that does
    not fit in its program (the rincian it fits in are left out before this), is left out with a
    peringatan at its Kode; ``on_top`` (pk_on_top): registered as lines the Total Pagu Perjanjian Kinerja
    may count, and counted when it does (``on_top.counted``: the peringatan says so). While a Program of
    Kinerja has no row, such a line is a galat unless ``agreed``, the Total Pagu Perjanjian Kinerja,
    leaves no room for it (pk_room)."""
    taken = {row.row for row in (on_top.doubtful + on_top.unsure)} if on_top is not None else set()
    inputs = list(inputs)  # (a line kept with its galat is replaced in place)
    runs = _blocks(inputs, nodes, taken)
    left_out: set[int] = set()
    for run in runs:
        found = _owner(inputs, run, nodes)
        rows = [inputs[i] for i in run]
        if found is None:  # (no program row on the sheet: still no program)
            left_out.update(_no_program(inputs, run, nodes, log, agreed))
            continue
        program, side = found
        outer = outer_rows(rows)
        pagus = [pagu_counted(row) for row in outer]
        summed = sum((p for p in pagus if p is not None), 0)
        where = ", ".join(f"{row.kode} baris {row.row}" for row in rows)
        said = (
            f"baris belanja DPA, bukan program: termasuk baris program terdekat {side}, {program_level(program, nodes)} "
            f'("{program.program}", baris {program.row}), tetapi pagunya ({where}: {rupiah(summed)}) tidak '
            f"muat dalam pagu {program.kode} ({rupiah(pagu_counted(program) or 0)}) setelah rincian lainnya, jadi "
            "bukan rinciannya"
        )
        if all(is_koreksi(row) for row in rows):  # (a koreksi line: its money is the program's)
            _said_galat(inputs, run, log, [_koreksi_line(inputs[k], nodes, program) for k in run])
            continue
        if on_top is not None:
            on_top.doubtful += rows
            on_top.outer += outer
            if on_top.counted:
                # (once for the block: inside the generator it ran, and said its peringatan, per row)
                rincian = count_block(rows, program, said, on_top, nodes, log)
                left_out.update(k for k, row in zip(run, rows) if row.row in rincian)
                continue
        if (missing := _without_row(inputs, nodes)) and not no_room(inputs, nodes, agreed):
            # (a Program of Kinerja with no row: the lines may well be its money, so no TOTAL without them)
            _said_galat(inputs, run, log, [_galat(row, nodes, said, missing, rows[0]) for row in rows])
            continue
        note = on_top.named_note() if on_top is not None and on_top.total_ref else ""
        for row in rows:
            log.add(
                PERINGATAN,
                c.SHEET_ANGGARAN,
                "Kode",
                row.row,
                f'Kode "{row.kode}" ("{row.program}") {not_in_kinerja(row, nodes)}: {said}: tidak dihitung '
                f"di {program.kode} maupun sebagai program (tidak masuk total Tabel 3.4){note}; bila rincian "
                "program lain, pindahkan ke bawah baris program itu atau hapus; bila anggaran tersendiri untuk "
                "satu sasaran, isi Kode Sasarannya",
                LEFT_OUT,
            )
        left_out.update(run)
    return [item for i, item in enumerate(inputs) if i not in left_out]
