"""The hierarchy Tujuan > Sasaran > Program > Kegiatan > Sub Kegiatan from the Kinerja rows, and each
node's capaian. Pure."""

from __future__ import annotations

from lkj_xl.core import contract as c
from lkj_xl.core.findings import (
    FindingLog,
    kode_hint,
    leading_zero_hint,
    row_without_indicator,
    uraian_hint,
    without_indicator,
)
from lkj_xl.core.formulas import exact_sum, kriteria
from lkj_xl.core.model import GALAT, PERINGATAN, IndicatorResult, Node, walk


def build_nodes(results: list[IndicatorResult], log: FindingLog) -> tuple[list[Node], dict[str, Node]]:
    """The nodes (a Kode with its indicators, in workbook order) and the roots of their tree; every
    wrong Kode Induk is a finding and leaves its node a root."""
    nodes: dict[str, Node] = {}
    first_row: dict[str, int] = {}
    for ind in results:
        node = nodes.get(ind.kode)
        if node is None:
            node = nodes[ind.kode] = Node(ind.kode, ind.tingkat, ind.uraian, ind.kode_induk)
            first_row[ind.kode] = ind.row
        node.indicators.append(ind)
    parent_of = {kode: _parent(node, nodes, first_row[kode], log) for kode, node in nodes.items()}
    _break_cycles(parent_of, nodes, first_row, log)

    roots: list[Node] = []
    for kode, node in nodes.items():
        parent_kode = parent_of.get(kode)
        if parent_kode is None:
            roots.append(node)
        else:
            nodes[parent_kode].children.append(node)
    for node in walk(roots):
        for child in node.children:
            child.depth = node.depth + 1
    return roots, nodes


def _parent(node: Node, nodes: dict[str, Node], row: int, log: FindingLog) -> str | None:
    """The Kode of the node's parent, or None (a root) with a finding when the Kode Induk is wrong."""
    kode, induk = node.kode, node.kode_induk
    expected = c.TINGKAT_PARENT[node.tingkat]
    parent = nodes.get(induk) if induk else None
    severity, message = PERINGATAN, ""
    if not induk:
        if expected is not None:
            message = f'{node.tingkat} "{kode}" tidak punya Kode Induk; seharusnya di bawah sebuah {expected}'
    elif induk == kode:
        severity, message = GALAT, f'Kode Induk "{kode}" menunjuk dirinya sendiri'
    elif parent is None and (typed := row_without_indicator(induk, log.items)):
        # a Sasaran typed without an indicator (a Kecamatan's IKU at Tujuan level only): it is there
        log.add_repeated(
            GALAT,
            c.SHEET_KINERJA,
            "Kode Induk",
            row,
            f'Kode Induk "{induk}" untuk "{kode}" {without_indicator(induk, typed)}',
            f'Kode Induk "{induk}" pada {{n}} baris (baris {{baris}}) {without_indicator(induk, typed)}',
        )
        return None
    elif parent is None:
        hint = kode_hint(induk, nodes) or leading_zero_hint(induk, nodes) or uraian_hint(induk, nodes)
        # one missing parent (a row deleted, a Kode typed otherwise): its children said once
        log.add_repeated(
            GALAT,
            c.SHEET_KINERJA,
            "Kode Induk",
            row,
            f'Kode Induk "{induk}" untuk "{kode}" tidak ada di sheet Kinerja{hint}',
            f'Kode Induk "{induk}" tidak ada di sheet Kinerja{hint}, padahal ditulis pada {{n}} baris (baris '
            f"{{baris}}); tambahkan baris Kode itu, atau perbaiki Kode Induknya",
        )
        return None
    elif expected is None:
        message = f'Tujuan "{kode}" tidak berinduk; Kode Induk "{induk}" diabaikan'
    elif parent.tingkat != expected:
        # Kept under that parent, with a warning.
        log.add(
            PERINGATAN,
            c.SHEET_KINERJA,
            "Kode Induk",
            row,
            f'{node.tingkat} "{kode}" berada di bawah {parent.tingkat} "{induk}"; seharusnya di bawah {expected}',
        )
        return induk
    else:
        return induk
    if message:
        log.add(severity, c.SHEET_KINERJA, "Kode Induk", row, message)
    return None


def _break_cycles(
    parent_of: dict[str, str | None], nodes: dict[str, Node], first_row: dict[str, int], log: FindingLog
) -> None:
    """A node whose ancestry returns to itself becomes a root, with a finding: each cycle said once, at
    the first of its Kodes in the sheet. A Kode under a cycle (a Kegiatan typed above two Programs
    typed under each other) keeps its Kode Induk, which is right: the cycle is broken above it."""
    # Kodes whose ancestry ends at a root: a walk reaching one ends there too (a parent is only ever
    # set to None below, which ends a walk sooner; and an ancestry that ends meets no node of this
    # walk, else it would return to that node). Each node walked once, not once per descendant.
    rooted: set[str] = set()
    for kode in nodes:
        seen = {kode}
        current = parent_of.get(kode)
        while current is not None:
            if current in rooted:
                current = None
                break
            if current in seen:
                # (met again above ``kode``: a cycle not through it, broken when its first Kode is
                # walked, later, since one walked before would have broken it)
                if current == kode:
                    log.add(
                        GALAT,
                        c.SHEET_KINERJA,
                        "Kode Induk",
                        first_row[kode],
                        f'Kode Induk "{nodes[kode].kode_induk}" untuk "{kode}" membentuk lingkaran (siklus)',
                    )
                    parent_of[kode] = None
                break
            seen.add(current)
            current = parent_of.get(current)
        if current is None:  # (a cycle's break leaves ``current`` on the node met again)
            rooted |= seen


def node_capaian(node: Node, skala: str) -> None:
    """A node's capaian: the exact mean of its sound, measured indicators (galat ones left out)."""
    node.galat = [i for i in node.indicators if i.galat]
    measured = [i for i in node.indicators if i.capaian_exact is not None]
    only = measured[0] if len(measured) == 1 else None
    if only is not None and only.capaian is not None and only.kriteria is not None:
        # One indicator (the usual case): its capaian itself, with the float and the kriteria
        # engine._result made of that very value on this ``skala`` (decided once, not twice).
        node.capaian_exact, node.capaian, node.kriteria = only.capaian_exact, only.capaian, only.kriteria
    elif measured:
        values = [i.capaian_exact for i in measured if i.capaian_exact is not None]
        node.capaian_exact = values[0] if len(values) == 1 else exact_sum(values) / len(values)
        node.capaian = float(node.capaian_exact)
        node.kriteria = kriteria(node.capaian_exact, skala)
