"""Kinerja's nodes as Anggaran's rows are matched to them by Kode, where a DPA pasted with the programs
uses a Kode of Kinerja for its own meaning: "5.1 BELANJA OPERASI" (SIPD's account Kode of a jenis
belanja) beside a Kinerja whose Renstra numbers a Sasaran "5.1". Pure."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Mapping

from lkj_xl.core.findings import _digits_key
from lkj_xl.core.model import BudgetInput, Node
from lkj_xl.core.rowkinds import belanja_account, belanja_kode, belanja_name


def account_line(
    kode: str, program: str, programs: Collection[str], belanja_nodes: Collection[str] = ()
) -> bool:
    """Whether an Anggaran row is the DPA's account line of a jenis belanja ("5.1 BELANJA OPERASI", "5.1.01
    Belanja Pegawai") where Kinerja has its Kode for a Program or Kegiatan (``programs``: a Renstra numbering
    its programs "5.1", "5.2" or "5.1.01"), as a reader tells them apart: by the row's Uraian naming a
    belanja, unless Kinerja's node of that Kode is so named too (``belanja_nodes``: a Program "Belanja
    Hibah" is that program). Such a row (BudgetInput.rekening) is matched to no node of Kinerja: a rincian
    of its program, and two of them under two programs no program typed twice. (Counted as the program,
    each was a "Kode program ganda" galat and Tabel 3.4's TOTAL was blank.)"""
    return kode in programs and kode not in belanja_nodes and belanja_account(kode, program)


def account_lines(
    rows: list[BudgetInput], programs: Collection[str], belanja_nodes: Collection[str]
) -> list[BudgetInput]:
    """Anggaran's ``rows``, each :func:`account_line` marked so (BudgetInput.rekening)."""
    return [
        dataclasses.replace(item, rekening=True)
        if account_line(item.kode, item.program, programs, belanja_nodes)
        else item
        for item in rows
    ]


class RowNodes(dict[str, Node]):
    """Kinerja's nodes by Kode less those Anggaran has only as the DPA's jenis belanja (``shadowed``)."""

    def __init__(self, nodes: dict[str, Node], shadowed: dict[str, Node]) -> None:
        super().__init__(nodes)
        self.shadowed = shadowed


def nodes_for_rows(inputs: list[BudgetInput], nodes: dict[str, Node]) -> dict[str, Node]:
    """Kinerja's nodes as Anggaran's rows are matched to them by Kode: a Kode that every Anggaran row
    of it gives to a jenis belanja of the DPA ("5.1 BELANJA OPERASI" under each program) while Kinerja
    has it for a node of another Uraian (Sasaran "5.1 Kualitas Usaha Mikro") is no row of that node:
    left out here, so those rows are read as the rincian they are, not as the Sasaran's subtotal nor
    as a program typed twice (its Kode Sasaran still names the Sasaran: ``nodes`` is kept for that)."""
    shadowed = {
        kode: node
        for kode, node in nodes.items()
        if belanja_kode(kode)
        and not belanja_name(node.uraian)
        and (rows := [item for item in inputs if item.kode == kode])
        and all(belanja_account(item.kode, item.program) for item in rows)
    }
    if not shadowed:
        return nodes
    return RowNodes({kode: node for kode, node in nodes.items() if kode not in shadowed}, shadowed)


def not_in_kinerja(item: BudgetInput, nodes: dict[str, Node]) -> str:
    """What a message says of an Anggaran row's Kode matched to no node (``nodes`` as
    :func:`nodes_for_rows` gives them): "tidak ada di sheet Kinerja", or, a Kode Kinerja has for
    another node, that it is the DPA's account Kode, not that node's."""
    kode = item.kode
    node = getattr(nodes, "shadowed", {}).get(kode)
    if item.rekening:  # (Kinerja has that Kode for a Program or Kegiatan)
        node = nodes.get(kode) or node
    if node is None:
        return "tidak ada di sheet Kinerja"
    return (
        f'bukan {node.tingkat} "{kode}" ("{node.uraian}") di sheet Kinerja, melainkan kode rekening '
        "belanja salinan DPA"
    )


def extended_kode(kode: str, levels: Mapping[str, str]) -> str:
    """The Kode of the Program or Kegiatan of Kinerja (``levels``: Kode -> Tingkat) that the SIPD Kode
    ``kode`` extends after a dot ("1.01.02" of "1.01.02.2.01.0016"), itself of three parts at least as
    SIPD's program Kodes are (a Renstra's "1" or "1.1" is no program of SIPD's); "" when none."""
    parts = kode.split(".")
    for n in range(len(parts) - 1, 2, -1):
        if levels.get(prefix := ".".join(parts[:n])) in ("Program", "Kegiatan"):
            return prefix
    return ""


def of_rowless_program(kode: str, levels: dict[str, str], typed: Collection[str]) -> bool:
    """Whether ``kode`` extends, after a dot, the Kode of a Program (or Kegiatan) of Kinerja (``levels``:
    Kode -> tingkat) that has no row of its own (not in ``typed``, nor typed with its Kode mistyped: "2.17.4"
    for "2.17.04"): "2.17.04.2.01" of 2.17.04 ("1.02.01.2.01" of 1.02.01, never of 1.02.010). Such a
    SIPD row is that program's, never the rincian of the program row above it (program_from_rincian
    sums them; one it cannot sum stays a row of its own)."""
    found = [
        k
        for k, tingkat in levels.items()
        if tingkat in ("Program", "Kegiatan") and kode.startswith(f"{k}.") and k not in typed
    ]
    return bool(found) and not {_digits_key(k) for k in found} & {_digits_key(k) for k in typed}
