"""Kinerja's nodes as Anggaran's rows are matched to them by Kode, where a DPA pasted with the programs
uses a Kode of Kinerja for its own meaning: "5.1 BELANJA OPERASI" (SIPD's account Kode of a jenis
belanja) beside a Kinerja whose Renstra numbers a Sasaran "5.1". Pure."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from lkj_xl.core.findings import _digits_key
from lkj_xl.core.model import BudgetInput, Node
from lkj_xl.core.rowkinds import belanja_account, belanja_kode, belanja_name


class RekeningKode(str):
    """An Anggaran row's Kode that is the DPA's account Kode of a jenis belanja ("5.1 BELANJA OPERASI",
    "5.1.01 Belanja Pegawai") where Kinerja has the same string for a Program or Kegiatan (a Renstra
    numbering its programs "5.1", "5.2" or "5.1.01"): the same text, another code. It prints as typed,
    but is no key of Kinerja's nodes and equals no plain Kode, so the row is read as a belanja line (a
    rincian of its program) wherever Anggaran's rows are matched to Kinerja by Kode, and two of them
    under two programs are no program typed twice. (Counted as the program, each such line was a
    "Kode program ganda" galat and Tabel 3.4's TOTAL was blank.)"""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return type(other) is RekeningKode and str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash(("rekening", str(self)))

    def __reduce__(self) -> tuple[type[RekeningKode], tuple[str]]:
        return RekeningKode, (str(self),)


def as_typed(kode: str, program: str, programs: Collection[str]) -> str:
    """An Anggaran row's Kode as it is matched to Kinerja: a :class:`RekeningKode` when it is a Program's
    or Kegiatan's of Kinerja (``programs``) and has SIPD's shape of a belanja account while the row's
    Uraian names a belanja ("5.1" "Belanja Operasi" beside Program 5.1 "Program Pemberdayaan ..."), as a
    reader tells them apart; the Kode itself otherwise (a program row says "Program ...")."""
    if kode in programs and belanja_account(kode, program):
        return RekeningKode(kode)
    return kode


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


def not_in_kinerja(kode: str, nodes: dict[str, Node]) -> str:
    """What a message says of an Anggaran row's Kode matched to no node (``nodes`` as
    :func:`nodes_for_rows` gives them): "tidak ada di sheet Kinerja", or, a Kode Kinerja has for
    another node, that it is the DPA's account Kode, not that node's."""
    node = getattr(nodes, "shadowed", {}).get(kode)
    if isinstance(kode, RekeningKode):  # (Kinerja has that text for a Program or Kegiatan)
        node = nodes.get(str(kode)) or node
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
