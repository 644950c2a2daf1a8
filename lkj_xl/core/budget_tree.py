"""Budgets placed in the hierarchy: the Sasaran/Tujuan each program's budget counts toward (its
Kode Sasaran, else the program's place in Kinerja), and the roll-up of pagu, realisasi, penyerapan
and efisiensi up the tree. Exact arithmetic; pure."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import (
    FindingLog,
    kode_hint,
    leading_zero_hint,
    other_sheet_zeros_hint,
    other_zeros_hint,
    row_without_indicator,
    uraian_hint,
    without_indicator,
    zeros_dropped,
)
from lkj_xl.core.formulas import exact_sum, fraction_float, known_sum
from lkj_xl.core.kode_kinerja import extended_kode
from lkj_xl.core.model import GALAT, PERINGATAN, TOWARD_NO_SASARAN, BudgetInput, BudgetResult, Node
from lkj_xl.core.rowkinds import belanja_kode


def _named(item: BudgetInput, nodes: dict[str, Node], log: FindingLog) -> tuple[str, str]:
    """(the Sasaran/Tujuan a budget's Kode Sasaran names, "") or ("", the cell) when it names none."""
    sheet = c.SHEET_ANGGARAN
    node = nodes.get(item.kode_sasaran)
    if node is not None and node.tingkat in ("Sasaran", "Tujuan"):
        if item.kode_sasaran_angka and (why := zeros_dropped("Kode Sasaran", item.kode_sasaran, nodes)):
            log.add(PERINGATAN, sheet, "Kode Sasaran", item.row, why)
        return node.kode, ""
    named = _several(item.kode_sasaran, nodes) if node is None else []
    if len(named) > 1:  # "S1, S2", "S1-S2", "S1 dan S2": a choice between Sasaran, never guessed
        quoted = ", ".join(f'"{kode}"' for kode in named)
        why = (
            f"menyebut lebih dari satu kode ({quoted}); satu program dihitung ke satu Sasaran (atau Tujuan): "
        )
        why += "pilih satu, atau bagi baris program ini menjadi beberapa baris, masing-masing dengan Kode, "
        why += "Kode Sasaran dan anggarannya sendiri"
    elif node is None and (typed := row_without_indicator(item.kode_sasaran, log.items)):
        why = (
            f"{without_indicator(item.kode_sasaran, typed)}; anggaran ini tidak dihitung ke sasaran mana pun"
        )
    elif node is None:
        hint = (
            kode_hint(item.kode_sasaran, nodes)
            or leading_zero_hint(item.kode_sasaran, nodes)
            or uraian_hint(item.kode_sasaran, nodes)
        )
        why = f"tidak ada di sheet Kinerja{hint}; anggaran ini tidak dihitung ke sasaran mana pun"
    else:
        why = f"adalah {node.tingkat}, bukan Sasaran atau Tujuan"
    message = f'Kode Sasaran "{item.kode_sasaran}" {why}; anggaran setiap sasaran dan tujuan tidak dihitung'
    log.add(GALAT, sheet, "Kode Sasaran", item.row, message)
    return "", log.where(sheet, "Kode Sasaran", item.row)


# Between two codes in one Kode Sasaran cell: a comma, semicolon, slash, "&", "dan", a dash, a space
# (a line break read as one); kept, since a code of Kinerja may hold a dash or a space ("S-3").
_BETWEEN = re.compile(r"(\s*(?:[,;/&\-\u2013]|\bdan\b)\s*|\s+)")


def _several(typed: str, nodes: dict[str, Node]) -> list[str]:
    """The codes in Kinerja a Kode Sasaran naming no single node names, in order, once each ("S1-S2":
    S1, S2), each the longest run of words that is a code; fewer than two when it is no list of codes
    (an unknown code beside them is kept out)."""
    pieces = _BETWEEN.split(typed)  # word, separator, word, ...
    words, found, i = len(pieces) // 2 + 1, [], 0
    while i < words:
        run = next(
            (j for j in range(words - 1, i - 1, -1) if "".join(pieces[2 * i : 2 * j + 1]) in nodes), None
        )
        if run is not None:
            found.append("".join(pieces[2 * i : 2 * run + 1]))
        i = (run if run is not None else i) + 1
    return list(dict.fromkeys(found))


def up_to_sasaran(program: Node, nodes: dict[str, Node]) -> tuple[Node, Node | None]:
    """(the highest node reached, the first Sasaran or Tujuan) up from ``program`` as linked (a Kode
    Induk cycle was cut: it never loops); a Sasaran or Tujuan is its own (a row of its own budget)."""
    if program.tingkat in ("Sasaran", "Tujuan"):
        return program, program
    top = program
    while top.depth > 0:
        top = nodes[top.kode_induk]
        if top.tingkat in ("Sasaran", "Tujuan"):
            return top, top
    return top, None


def _against_kinerja(item: BudgetInput, kode: str, nodes: dict[str, Node], log: FindingLog) -> None:
    """A Kode Sasaran other than the Sasaran (or Tujuan) the program sits under in Kinerja (the column
    copied down from the row above): used as typed, a peringatan naming the one in Kinerja."""
    program = nodes.get(item.node_kode)
    parent = up_to_sasaran(program, nodes)[1] if program is not None else None
    if parent is None or parent.kode == kode:
        return
    why = f'lain dari {parent.tingkat} program ini di sheet Kinerja ("{parent.kode}")'
    log.add(
        PERINGATAN,
        c.SHEET_ANGGARAN,
        "Kode Sasaran",
        item.row,
        f'Kode Sasaran "{kode}" {why}; anggarannya dihitung ke "{kode}" sesuai Kode Sasaran: periksa yang benar',
    )


def _not_in_kinerja(item: BudgetInput, nodes: dict[str, Node], log: FindingLog) -> str:
    """Why a budget without Kode Sasaran, whose program is no node of Kinerja, counts toward none:
    not typed there, or typed there without an indicator (that row a galat, not counted)."""
    name = f'Program "{item.program or item.kode}"'
    if row := row_without_indicator(item.kode, log.items):
        return (
            f"{name} ditulis di sheet Kinerja tanpa indikator ({row}: baris itu tidak dihitung) dan Kode "
            "Sasaran kosong; anggarannya tidak dihitung ke sasaran mana pun: isi indikatornya di sheet "
            "Kinerja, atau, untuk program tanpa indikator, isi Kode Sasaran"
        )
    # (a jenis belanja line of its own, "5.1.01 Belanja Pegawai": the agency's money for a Sasaran)
    fix = (
        "; bila anggaran tersendiri untuk satu sasaran, isi Kode Sasarannya"
        if belanja_kode(item.kode)
        else ""
    )
    return (
        f"{name} tidak ada di sheet Kinerja{other_sheet_zeros_hint(item.kode, nodes, c.SHEET_KINERJA)} "
        f"dan Kode Sasaran kosong; anggarannya tidak dihitung ke sasaran mana pun{fix or _extends(item, nodes)}"
    )


def _extends(item: BudgetInput, nodes: dict[str, Node]) -> str:
    """The hint of a SIPD Sub Kegiatan row whose Kode extends a program of Kinerja that has no row of
    its own in Anggaran ("1.01.02.2.01.0016" under 1.01.02 not copied): type that program's row."""
    kode = extended_kode(item.kode, {k: n.tingkat for k, n in nodes.items()}) if "." in item.kode else ""
    if not kode:
        return ""
    node = nodes[kode]
    return (
        f'; menurut Kodenya baris ini rincian {node.tingkat.lower()} {kode} ("{node.uraian or kode}") di sheet '
        f"Kinerja, yang tidak punya baris anggaran sendiri: tulis baris {kode} (pagu dan realisasinya) di "
        "atas rinciannya agar anggarannya dihitung ke sasarannya (rincian tidak dihitung dua kali)"
    )


def _typed_without_indicator(
    item: BudgetInput, nodes: dict[str, Node], loose: Mapping[str, tuple[str, int]], log: FindingLog
) -> tuple[str, str]:
    """(the Sasaran/Tujuan, the peringatan) of a budget without Kode Sasaran whose program is no node
    of Kinerja: typed there without an indicator under a Kode Induk that reaches a Sasaran (or Tujuan),
    it counts toward that one, as its row says; else toward none (_not_in_kinerja)."""
    induk, row = loose.get(item.node_kode, ("", 0))
    parent = up_to_sasaran(nodes[induk], nodes)[1] if induk in nodes else None
    kinerja_row = row_without_indicator(item.kode, log.items) if parent is not None else ""
    if parent is None or not kinerja_row:
        return "", _not_in_kinerja(item, nodes, log)
    return parent.kode, (
        f'Program "{item.program or item.kode}" ditulis di sheet Kinerja tanpa indikator ({kinerja_row}: '
        f'indikatornya kosong); anggarannya dihitung ke {parent.tingkat} "{parent.kode}", Kode '
        f"Induk-nya di sheet Kinerja ({log.where(c.SHEET_KINERJA, 'Kode Induk', row)}): isi indikatornya "
        "di sheet Kinerja"
    )


def _mistyped_kode(item: BudgetInput, nodes: dict[str, Node], log: FindingLog) -> str:
    """The galat's cell when a budget's Kode, no node of Kinerja, is a program's mistyped ("P1.", "p1",
    "P01" for P1): meant for its Sasaran, never matched in its place. "" when it is not."""
    hint = not item.rekening and (
        kode_hint(item.kode, nodes) or other_zeros_hint(item.kode, nodes, c.SHEET_KINERJA)
    )
    if not hint:
        return ""
    why = f'Kode "{item.kode}" tidak ada di sheet Kinerja{hint}; anggaran ini tidak dihitung ke sasaran '
    why += "mana pun; anggaran setiap sasaran dan tujuan tidak dihitung"
    log.add(GALAT, c.SHEET_ANGGARAN, "Kode", item.row, why)
    return log.where(c.SHEET_ANGGARAN, "Kode", item.row)


def attribute_budgets(
    budgets: list[BudgetResult],
    inputs: list[BudgetInput],
    nodes: dict[str, Node],
    log: FindingLog,
    loose: Mapping[str, tuple[str, int]] | None = None,
) -> tuple[list[str], list[str]]:
    """Each budget's Sasaran/Tujuan (Kode Sasaran, else its program's; ``loose``: the Kode Induk of a
    program typed in Kinerja without an indicator, parse_kinerja's). Returns the cells (galat) that
    leave a budget meant for some Sasaran/Tujuan counted toward none (a Kode Sasaran naming none, a
    program cut from its Sasaran by its Kode Induk), and those that cut a Sasaran with a budget from
    its Tujuan (its Kode Induk)."""
    sheet = c.SHEET_ANGGARAN
    unplaced: list[str] = []
    for budget, item in zip(budgets, inputs):
        if item.kode_sasaran_galat or item.kode_sasaran:
            # An unreadable Kode Sasaran has its galat already; a code naming no Sasaran gets one here.
            kode, lost = (
                ("", item.kode_sasaran_galat) if item.kode_sasaran_galat else _named(item, nodes, log)
            )
            if lost:
                unplaced.append(lost)
                budget.tanpa_sasaran = lost
            else:
                budget.kode_sasaran = kode
                _against_kinerja(item, kode, nodes, log)
            continue
        program = nodes.get(item.node_kode)
        # No Kode, no Kode Sasaran, or a Kode mistyped: meant for a Sasaran, which?
        if program is None and (lost := item.kode_galat or _mistyped_kode(item, nodes, log)):
            unplaced.append(lost)
            budget.tanpa_sasaran = lost
            continue
        if program is None:
            budget.kode_sasaran, why = _typed_without_indicator(item, nodes, loose or {}, log)
            toward = TOWARD_NO_SASARAN if not budget.kode_sasaran else frozenset()
            log.add(PERINGATAN, sheet, "Kode Sasaran", item.row, why, toward)
            if not budget.kode_sasaran:
                budget.tanpa_sasaran = log.where(sheet, "Kode Sasaran", item.row)
            continue
        top, parent = up_to_sasaran(program, nodes)
        if parent is None and top.kode_induk and top.tingkat != "Tujuan":
            # Cut from its parent by a wrong Kode Induk (a galat there): meant for a Sasaran, which?
            budget.tanpa_sasaran = log.where(c.SHEET_KINERJA, "Kode Induk", top.indicators[0].row)
            unplaced.append(budget.tanpa_sasaran)
            continue
        if parent is None:
            log.add(
                PERINGATAN,
                sheet,
                "Kode Sasaran",
                item.row,
                f'Program "{item.program or item.kode}" tidak berada di bawah Sasaran/Tujuan; anggaran ini tidak '
                "dihitung ke sasaran mana pun: isi Kode Sasaran",
                TOWARD_NO_SASARAN,
            )
            budget.tanpa_sasaran = log.where(sheet, "Kode Sasaran", item.row)
            continue
        budget.kode_sasaran = parent.kode
    # A Sasaran cut from its Tujuan by a wrong Kode Induk, with a budget: some Tujuan is short of it.
    counted = {b.kode_sasaran for b in budgets if b.kode_sasaran}
    cut = [
        log.where(c.SHEET_KINERJA, "Kode Induk", node.indicators[0].row)
        for node in nodes.values()
        if node.tingkat == "Sasaran" and node.depth == 0 and node.kode_induk and node.kode in counted
    ]
    return unplaced, cut


def rollup(
    roots: list[Node],
    budgets: list[BudgetResult],
    unplaced: list[str],
    cut: list[str],
    details: Sequence[BudgetResult] = (),
) -> None:
    """Budgets of the programs counted toward each Sasaran/Tujuan (a Tujuan adds its Sasaran), and the
    programs' own (and the Kegiatan / Sub Kegiatan ``details``' own, counted toward nothing);
    penyerapan and efisiensi exact. An unusable budget cell leaves them unknown, and so
    do the cells (attribute_budgets) of a budget ``unplaced`` for every Sasaran/Tujuan, and of a
    Sasaran ``cut`` from its Tujuan for every Tujuan: any may be short of it."""
    direct: dict[str, list[BudgetResult]] = {}
    own: dict[str, list[BudgetResult]] = {}
    for b in [*details, *budgets]:
        if not b.rekening:  # (an account line of a Program's Kode: no budget of that Program)
            own.setdefault(b.kode, []).append(b)
    for b in budgets:
        if b.kode_sasaran:
            direct.setdefault(b.kode_sasaran, []).append(b)

    def visit(node: Node) -> list[BudgetResult]:
        """The budgets counted toward this Sasaran/Tujuan subtree."""
        counted = list(direct.get(node.kode, []))
        for child in node.children:
            child_budgets = visit(child)
            if node.tingkat == "Tujuan" and child.tingkat == "Sasaran":
                counted += child_budgets
        sasaran = node.tingkat in ("Sasaran", "Tujuan")
        mine = counted if sasaran else own.get(node.kode, [])
        short = [*unplaced, *cut] if node.tingkat == "Tujuan" else list(unplaced) if sasaran else []
        if mine or short:
            _attach_budget(node, mine, short)
        return counted

    for root in roots:
        visit(root)


def _attach_budget(node: Node, budgets: list[BudgetResult], unplaced: list[str]) -> None:
    node.galat_anggaran = [ref for b in budgets for ref in b.galat] + unplaced
    node.galat_pagu = [ref for b in budgets for ref in b.galat_pagu] + unplaced
    node.pagu_perubahan = any(b.pagu_pk is not None for b in budgets)
    pagu = [b.pagu_exact for b in budgets if b.pagu_exact is not None]
    real = [b.realisasi_exact for b in budgets if b.realisasi_exact is not None]
    # A sum of fewer programs than the node has would be a partial figure: unknown instead.
    total_pagu = exact_sum(pagu) if len(pagu) == len(budgets) and not unplaced else None
    total_real = exact_sum(real) if len(real) == len(budgets) and not unplaced else None
    node.pagu = fraction_float(total_pagu) if total_pagu is not None else None
    node.realisasi_anggaran = fraction_float(total_real) if total_real is not None else None
    if node.pagu_perubahan and total_pagu is not None:  # the signed PK's sum beside it (export, Tabel 2.4)
        signed = known_sum([b.pagu_pk_exact for b in budgets])
        node.pagu_pk = float(signed) if signed is not None else None
    if node.galat_anggaran or not total_pagu or total_real is None:
        return
    # total_real = a/b, total_pagu = p/q (b, q > 0, p not 0): total_real / total_pagu * 100 is
    # 100aq / (bp), one Fraction (normalised, its sign in the numerator) for two divisions' arithmetic
    (a, b), (p, q) = total_real.as_integer_ratio(), total_pagu.as_integer_ratio()
    penyerapan = Fraction(100 * a * q, b * p)
    node.penyerapan = fraction_float(penyerapan)
    if node.capaian_exact is not None:
        node.efisiensi_exact = node.capaian_exact - penyerapan
        node.efisiensi = fraction_float(node.efisiensi_exact)
