"""Rows of a SIPD export copied into Anggaran with its programs that are no program of their own:
heading rows, Urusan ("2"), Bidang Urusan ("2.17 URUSAN PEMERINTAHAN BIDANG KOPERASI ...") above them
and "5 BELANJA DAERAH" below, each carrying the sum of the rows it heads (one program's alone when its
Kode or Uraian says it is a heading); and Kegiatan / Sub Kegiatan rows not in Kinerja whose Kode extends a
program's ("2.17.02.2.01" under "2.17.02"), or has SIPD's Kegiatan shape right below a program of another
Kode ("P3.01"), or, there, the agency's own Kegiatan ("K3.01.01", "Kegiatan ...") that fit in its pagu,
checked to add up to it. Such a row has a Kode, so no total-row label gives it away;
counted as a program it adds the same money to Tabel 3.4's TOTAL again. Pure; exact arithmetic."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.belanja_sebagian import part_lines, plain_blocks
from lkj_xl.core.blank_program import fill_blank_programs, fill_rincian_heads, filled_blank, kept_for_blank
from lkj_xl.core.budget_rows import pagu_counted, spending_agrees
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.head_quarter_slip import heads_read_as_rows
from lkj_xl.core.heading_signs import (
    HEADING_NAME,
    PROGRAM_NAME,
    for_sasaran,
    meant_to_count,
    named_heading,
    pagu_sums,
    said_counted,
    spending_sums,
)
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.kode_kinerja import not_in_kinerja, of_rowless_program
from lkj_xl.core.model import LEFT_OUT, PERINGATAN, TOTALS, BudgetInput, Node
from lkj_xl.core.rincian import Counted, check_details, quarter_sums
from lkj_xl.core.rincian_breakdown import breakdown_rows
from lkj_xl.core.rincian_over_pagu import owners_over_pagu
from lkj_xl.core.rincian_said import LeftOut, say_left_out
from lkj_xl.core.rowkinds import belanja_account, belanja_kode


def _room(item: BudgetInput) -> Fraction | int | None:
    """What a row's rincian may add up to: its pagu in use, or its Pagu before a lowered Pagu
    Perubahan (its DPA before the APBD-P pasted under it)."""
    used, before = pagu_counted(item), item.pagu.exact if item.pagu_perubahan.filled else None
    return max(used, before) if used is not None and before is not None else used


def _run(
    pagus: list[Fraction | int | None], order: Iterable[int], heads: set[int], own: Fraction | int
) -> list[int]:
    """The rows, walked in ``order`` (headings found already skipped), whose pagu (``pagus``: None for
    an unusable one) add up exactly to ``own``, each positive; [] when none do."""
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
    return taken if total == own else []


def _heads(head: BudgetInput, rows: list[BudgetInput]) -> str:
    """Whether ``head`` is a heading over ``rows`` whose pagu it sums ("heading"): two or more, or one
    when its Kode or Uraian says so (heading_signs.named_heading: a Bidang with one program; two real
    programs may have equal pagu); meant to count (heading_signs.meant_to_count: a Kode Sasaran, which no
    SIPD heading has, or an Uraian "Program ..." over rows without one) one by such a sign, two or more by
    it or its spending (heading_signs), else "sum" (a program, counted and pointed out); "" when it sums
    no such rows."""
    if not spending_agrees(head, rows) or not _pagu_before_agrees(head, rows):
        return ""
    if meant_to_count(head, rows):
        # (two programs of equal pagu are common; a Kode or an Uraian of SIPD's is no chance)
        if len(rows) == 1:
            return "heading" if named_heading(head, rows) else ""
        signs = named_heading(head, rows) or spending_sums(head, rows) or pagu_sums(head, rows)
        return "heading" if signs else "sum"
    return "heading" if len(rows) > 1 or named_heading(head, rows) else ""


def _pagu_before_agrees(head: BudgetInput, rows: list[BudgetInput]) -> bool:
    """Beside a Pagu Perubahan, the heading's Pagu (where it and the rows' are numbers) is the sum of the
    rows' Pagu too: a SIPD heading sums every column, while a program's Pagu Perubahan may happen to
    equal the sum of others' (Pagu 1, raised to 2.000, above two of 1.000)."""
    if not head.pagu_perubahan.filled or head.pagu.exact is None:
        return True
    total = Fraction(0)
    for row in rows:
        if row.pagu.exact is None:
            return True
        total += row.pagu.exact
    return head.pagu.exact == total


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


# A SIPD Kegiatan's or Sub Kegiatan's Kode: its program's and two or three parts more ("2.17.03.2.01",
# "2.17.03.2.01.0001"); five parts at least, none of them empty.
_SIPD_DETAIL = re.compile(r"[0-9A-Za-z]+(?:\.[0-9A-Za-z]+){4,}")
# The Uraian of a Kegiatan or a Sub Kegiatan row ("Kegiatan Pemberdayaan", "Sub-Kegiatan Pendataan").
_KEGIATAN_NAME = re.compile(r"\s*(sub\s*(?:[-\u2010\u2013]\s*)?)?kegiatan\b", re.IGNORECASE)
_LETTERS = re.compile(r"^[A-Za-z]+")


def _looks_detail(
    item: BudgetInput, above: BudgetInput, levels: dict[str, str], typed: dict[str, BudgetInput]
) -> str:
    """Why a row not in Kinerja, in the run right below the typed row ``above`` (its tingkat in
    ``levels``), looks like its detail: "Kodenya" (a SIPD Kegiatan-shaped Kode), or, by the agency's own
    scheme, "Uraian dan letaknya" (it begins "Kegiatan" under a Program, "Sub Kegiatan" under a Program or
    Kegiatan), "Kode dan letaknya" (its numbers extend ``above``'s, letters aside: "K3.01.01" under
    "P3.01"); "" when not (a Kegiatan below a Kegiatan is its sibling; a Kode extending a Program of
    Kinerja without a row of its own, not ``above``'s: "1.02.01.2.01" below 1.02.010's row)."""
    if of_rowless_program(item.kode, levels, typed):
        return ""
    if _SIPD_DETAIL.fullmatch(item.kode):
        return "Kodenya"
    tingkat = levels[above.kode]
    if m := _KEGIATAN_NAME.match(item.program):
        return "Uraian dan letaknya" if tingkat == "Program" or (m.group(1) and tingkat == "Kegiatan") else ""
    theirs = _LETTERS.sub("", above.kode)
    return (
        "Kode dan letaknya"
        if theirs[:1].isdigit() and _LETTERS.sub("", item.kode).startswith(f"{theirs}.")
        else ""
    )


def _misfit(item: BudgetInput, room: Fraction | int | None) -> str:
    """Why a row that only looks like a detail (:func:`_looks_detail`) cannot be one, its parent having
    ``room`` of pagu left (None: unknown): a Kode Sasaran (meant for a Sasaran: a program), a pagu not a
    positive amount within it; "" when it fits."""
    if for_sasaran(item):
        return f'ada Kode Sasaran ("{item.kode_sasaran}"): anggaran program'
    pagu = pagu_counted(item)
    if pagu is None or pagu <= 0 or room is None:
        return "pagunya (atau pagu di atasnya) kosong atau bukan angka, tidak dapat dibandingkan"
    if pagu > room:
        left = f"{rupiah(room)}: pagu baris induknya dikurangi rincian sebelumnya"
        return f"pagunya ({rupiah(pagu)}) melebihi pagu yang tersisa untuknya ({left})"
    return ""


class _Details:
    """The detail rows found (:func:`_detail_owners`): ``owners`` index -> (index of the row of Kinerja
    it details, index of its nearest row above), ``basis`` index -> why ("Kodenya": SIPD's, or
    :func:`_looks_detail`'s), and ``doubtful`` index -> (owner's index, why it looks one, why not) for
    rows that look like details but do not fit (:func:`_misfit`): counted, pointed out."""

    def __init__(self) -> None:
        self.owners: dict[int, tuple[int, int]] = {}
        self.basis: dict[int, str] = {}
        self.doubtful: dict[int, tuple[int, str, str]] = {}


_BELANJA_BASIS = "Kode rekening belanjanya"


def _extends(
    item: BudgetInput, current: int, inputs: list[BudgetInput], typed: dict[str, BudgetInput]
) -> bool:
    """Whether ``item``'s Kode extends the Kode of the typed row (``inputs[current]``) whose run it is in: a
    numbered Kinerja's Kegiatan (5.1.1.1 under program 5.1.1), a rincian by its Kode, no DPA belanja."""
    ancestor = _kode_ancestor(item, typed)
    return ancestor is not None and ancestor is inputs[current]


def _kode_ancestor(item: BudgetInput, typed: dict[str, BudgetInput]) -> BudgetInput | None:
    """:func:`_typed_ancestor` of a row's Kode, none for the DPA's jenis belanja or object line under a
    program of two parts ("5.1.02 Belanja Barang dan Jasa", "5.1.02.01.01.0024 Alat Tulis Kantor" beside a
    Renstra's Program 5.1: the account 5.1's, in the belanja run, no Kegiatan of 5.1; programs have three
    parts at least where a Kegiatan extends them, "5.1.1.1 Belanja Kegiatan Pelatihan" of 5.1.1, as
    kode_kinerja.extended_kode reads them)."""
    ancestor = _typed_ancestor(item.kode, typed)
    if ancestor is None or ancestor.kode.count(".") >= 2:
        return ancestor
    parts = item.kode.split(".")  # (SIPD's object line: "5.1.02.01.01.0024 Alat Tulis Kantor", any Uraian)
    rekening = belanja_kode(item.kode) and len(parts) > 3 and len(parts[2]) == 2
    return None if rekening or belanja_account(item.kode, item.program) else ancestor


@dataclasses.dataclass
class _Block:
    """The run of jenis belanja rows right below a row (:func:`_dpa_block`): ``parent`` index -> the
    index of the nearest row of the run its Kode extends (5.1 for 5.1.02), ``top`` index -> the
    outermost such row (none for an outermost row); ``adds_up``: the outermost rows' pagu add up to the
    row's above, their spending too where it has any (a DPA paste, a Kode Sasaran filled down or not)."""

    parent: dict[int, int]
    top: dict[int, int]
    adds_up: bool


def _dpa_block(
    inputs: list[BudgetInput], head: int, levels: dict[str, str], typed: dict[str, BudgetInput]
) -> _Block:
    """The run of belanja-shaped rows right below ``inputs[head]`` (rows of an unusable Kode skipped),
    whatever their order within it."""
    run: list[int] = []
    for j in range(head + 1, len(inputs)):
        item = inputs[j]
        if item.kode_galat:
            continue
        if item.node_kode in levels or not belanja_kode(item.kode) or _kode_ancestor(item, typed):
            break
        run.append(j)
    at = {inputs[j].kode: j for j in run}
    parent: dict[int, int] = {}
    for j in run:
        parts = inputs[j].kode.split(".")
        kodes = (".".join(parts[:n]) for n in range(len(parts) - 1, 0, -1))
        if (p := next((at[k] for k in kodes if k in at), None)) is not None:
            parent[j] = p
    top: dict[int, int] = {}
    for j in parent:
        t = j
        while t in parent:  # (a parent's Kode is shorter: the walk ends)
            t = parent[t]
        top[j] = t
    outer = [inputs[j] for j in run if j not in parent]
    pagus, own = [pagu_counted(item) for item in outer], pagu_counted(inputs[head])
    adds_up = (
        bool(outer)
        and own is not None
        and all(p is not None and p > 0 for p in pagus)
        and sum((p for p in pagus if p is not None), Fraction(0)) == own
        and spending_agrees(inputs[head], outer)
    )
    return _Block(parent, top, adds_up)


def _sasaran_line(
    i: int,
    inputs: list[BudgetInput],
    block: _Block,
    mine: tuple[int, int],
    room: dict[int, Fraction | int | None],
) -> tuple[int, int] | None:
    """The (owner, parent) of ``inputs[i]``, a jenis belanja with a Kode Sasaran in ``block``: ``mine``
    (the row above's) when the block is a DPA paste (it adds up) or its outermost row, one ``inputs[i]``
    extends, has no Kode Sasaran; that outermost row and the row it extends when that one is the
    agency's own line (a Kode Sasaran: counted) and it fits in what that row has left; None when it is
    itself such a line (or does not fit): counted."""
    top, parent = block.top.get(i), block.parent.get(i)
    if block.adds_up or (top is not None and not for_sasaran(inputs[top])):
        # (in the row it extends wherever that stands: 5.1.02 typed above its 5.1)
        return mine[0], block.parent.get(i, mine[1])
    if top is None or parent is None:
        return None
    left, pagu = room.get(parent, _room(inputs[parent])), pagu_counted(inputs[i])
    return (top, parent) if pagu is not None and left is not None and 0 <= pagu <= left else None


def _detail_owners(
    inputs: list[BudgetInput], levels: dict[str, str], typed: dict[str, BudgetInput]
) -> _Details:
    """Each row not in Kinerja that details a row of Kinerja: by its Kode extending a typed row's
    (:func:`_typed_ancestor`), or, Kodes of another scheme ("P3.01" in Kinerja), in the run of such rows
    right below a typed row, by a Kegiatan-shaped Kode, or by its Kode or Uraian (:func:`_looks_detail`)
    when its pagu fits in what its parent has left (a Sub Kegiatan by its Uraian: in the Kegiatan above);
    a jenis belanja with a Kode Sasaran, unless a DPA's (:func:`_sasaran_line`): doubtful, counted."""
    # (a Kode's first usable row, never a koreksi typed with it further down: a galat, no owner of rows)
    at = {x.kode: i for i, x in [*enumerate(inputs)][::-1] if x.node_kode in typed and not x.kode_galat}
    found, details = _Details(), dict[str, int]()
    room: dict[int, Fraction | int | None] = {}
    current: int | None = None  # the typed row the run of rows below it may detail
    kegiatan: int | None = None  # the last detail of ``current`` right under it
    plain = -1  # the last row of the run that is no jenis belanja: the one a belanja row details
    for i, item in enumerate(inputs):
        if item.kode_galat:
            continue
        if item.node_kode in levels:
            current, kegiatan = at.get(item.kode), None
            plain = current if current is not None else -1
            continue
        parts = item.kode.split(".")
        above = (details.get(".".join(parts[:n])) for n in range(len(parts) - 1, 0, -1))
        if (
            current is not None
            and belanja_kode(item.kode)
            and not _extends(item, current, inputs, typed)
            and (
                (whose := next((j for j in above if j is not None and j > plain), -1)) >= 0
                or belanja_account(item.kode, item.program)
            )
        ):
            # The DPA's belanja of the row above ("5.1" under it, "5.1.02" under "5.1", a rekening under
            # its belanja whatever its Uraian): in that row's figures when it fits in what is left of
            # them; else the run ends (a total below the programs).
            whose, owner = plain if whose < 0 else whose, current
            if for_sasaran(item):  # filled down a DPA block (a rincian), or the agency's own line: counted
                block = _dpa_block(inputs, plain, levels, typed)
                if (line := _sasaran_line(i, inputs, block, (current, whose), room)) is None:
                    found.doubtful[i] = (current, _BELANJA_BASIS, _misfit(item, None))
                    continue
                owner, whose = line
            left, pagu = room.get(whose, _room(inputs[whose])), pagu_counted(item)
            if pagu is not None and left is not None and not 0 <= pagu <= left:
                current = kegiatan = None
                continue
            room[whose] = None if left is None or pagu is None else left - pagu
            details[item.kode] = i
            found.owners[i], found.basis[i] = (owner, whose), _BELANJA_BASIS
            continue
        ancestor, basis = _typed_ancestor(item.kode, typed), "Kodenya"
        if ancestor is not None:
            owner = at[ancestor.kode]
        elif current is not None and (basis := _looks_detail(item, inputs[current], levels, typed)):
            owner = current
        else:  # a heading, a total, a program not in Kinerja: the run ends
            current = kegiatan = None
            continue
        above = (details.get(".".join(parts[:n])) for n in range(len(parts) - 1, 0, -1))
        own = (j for j in above if j is not None and found.owners[j][0] == owner)  # (5.1.1.2 of typed 5.1.1:
        parent = next((j for j in own if not ancestor or found.basis[j] != _BELANJA_BASIS), None)  # no 5.1)
        if parent is None:
            m = _KEGIATAN_NAME.match(item.program)  # (below a Sub Kegiatan: its sibling, no rincian of it)
            sub = kegiatan is not None and _KEGIATAN_NAME.match(inputs[kegiatan].program)
            mine = kegiatan is not None and found.owners[kegiatan][0] == owner and not (sub and sub[1])
            parent = kegiatan if mine and kegiatan is not None and m and m.group(1) else owner
        left = room.get(parent, _room(inputs[parent]))
        if ancestor is None and not _SIPD_DETAIL.fullmatch(item.kode) and (why := _misfit(item, left)):
            found.doubtful[i] = (owner, basis, why)
            current = kegiatan = None
            continue
        pagu = pagu_counted(item)
        room[parent] = None if left is None or pagu is None else left - pagu
        if parent == owner:
            kegiatan = i
        details[item.kode], plain = i, i
        found.owners[i], found.basis[i] = (owner, parent), basis
    return found


def _counted(
    i: int, inputs: list[BudgetInput], owners: dict[int, tuple[int, int]], levels: dict[str, str]
) -> Counted | None:
    """The program counted in the place of ``inputs[i]``, a row with details that is a rincian itself (a
    DPA's 5.1 under its program, left out): its name (``program 2.06.04``) and row; None for a row counted."""
    if i not in owners:
        return None
    owner = inputs[owners[i][0]]
    return f"{_level(owner.node_kode or owner.kode, levels)} {owner.kode}", owner


def _uraian(kode: str, nodes: dict[str, Node]) -> str:
    node = nodes.get(kode)
    return node.uraian if node is not None else ""


def _anggaran_programs(
    inputs: list[BudgetInput], nodes: dict[str, Node], typed: dict[str, BudgetInput]
) -> dict[str, BudgetInput]:
    """The programs of Anggaran alone (a Kinerja that stops at Sasaran): rows not in Kinerja with a
    Kode Sasaran (budget_tree counts them toward it) or an Uraian "Program ..." (SIPD's, no Kode
    Sasaran typed: budget_tree says so), and an Uraian of no Urusan / Bidang Urusan nor
    Kegiatan (such a row stays as it was: a doubtful rincian, pointed out), less those whose Kode
    extends one of ``typed`` (a rincian of Kinerja's row, as before) or is SIPD's Kegiatan Kode under
    one of them: a Kode Sasaran filled down the column."""
    found = {
        item.kode: item
        for item in inputs
        if item.kode
        and not item.kode_galat
        and item.node_kode not in nodes
        and (for_sasaran(item) or PROGRAM_NAME.match(item.program))
        and not HEADING_NAME.match(item.program)
        and not _KEGIATAN_NAME.match(item.program)
        and not belanja_account(item.kode, item.program)
    }
    return {
        kode: item
        for kode, item in found.items()
        if _typed_ancestor(kode, typed) is None
        and not (_SIPD_DETAIL.fullmatch(kode) and _typed_ancestor(kode, found) is not None)
    }


# What to do with a rincian row left out: a jenis belanja of the DPA is no node of Kinerja.
_REMOVE = {
    "": "hapus baris ini, atau tulis Kodenya di sheet Kinerja dengan Kode Induk agar diperiksa sebagai rincian",
    _BELANJA_BASIS: "hapus baris ini (rincian belanja DPA; sheet Anggaran cukup berisi baris program)",
}


# What to do with a row that looks like a rincian but is counted: a jenis belanja with a Kode Sasaran is
# the agency's own line for that Sasaran, or a DPA's rincian with the column filled down.
_DOUBT_FIX = {
    "": "bila rincian, perbaiki angkanya atau hapus baris ini; bila program, tulis Kodenya di sheet Kinerja",
    _BELANJA_BASIS: "bila rincian belanja DPA program di atasnya, kosongkan Kode Sasarannya atau hapus baris "
    "ini; bila anggaran tersendiri untuk sasaran itu (mis. gaji dan tunjangan pegawai), biarkan",
}


def _level(kode: str, levels: dict[str, str]) -> str:
    """What a row with details is, as a rincian's peringatan names it: its tingkat in Kinerja, else a
    jenis belanja (5.1 over its 5.1.02) or a Kegiatan."""
    if kode in levels:
        return levels[kode].lower()
    return "jenis belanja" if belanja_kode(kode) else "kegiatan"


def without_sipd_details(
    inputs: list[BudgetInput], nodes: dict[str, Node], log: FindingLog, triwulan: int = 0
) -> list[BudgetInput]:
    """The budget rows to count: a row whose Kode is no Kode of Kinerja but a detail (:func:`_detail_owners`)
    of a Program (Kegiatan, Sub Kegiatan) of Kinerja that has a row of its own, or of a program of
    Anggaran alone (:func:`_anggaran_programs`), copied from SIPD, is
    already in that row's figures: left out, a peringatan at its Kode; a row with details whose pagu
    or realisasi s.d. ``triwulan`` (0: unknown, not compared) differ from theirs is pointed out."""
    if all(
        item.node_kode in nodes
        or item.kode_galat
        or ("." not in item.kode and not _KEGIATAN_NAME.match(item.program))
        for item in inputs
    ):
        return inputs
    typed = {
        item.kode: item
        for item in inputs
        if not item.kode_galat
        and item.node_kode in nodes
        and nodes[item.kode].tingkat not in ("Sasaran", "Tujuan")
    }
    levels = {kode: node.tingkat for kode, node in nodes.items()}
    for kode, item in _anggaran_programs(inputs, nodes, typed).items():
        typed[kode], levels[kode] = item, "Program"
    found = _detail_owners(inputs, levels, typed)
    under: dict[int, list[int]] = {}
    for i, (_, parent_i) in found.owners.items():
        under.setdefault(parent_i, []).append(i)
    programs = [i for i in under if i not in found.owners and levels.get(inputs[i].kode) == "Program"]
    said = {i: f"program {inputs[i].kode}" for i in programs}
    filled = fill_blank_programs(inputs, under, programs, said, triwulan, log)
    belanja = {i for i, basis in found.basis.items() if basis == _BELANJA_BASIS}
    part = part_lines(filled, under, belanja, triwulan, log)  # (one DPA line: a part, said at it alone)
    plain = plain_blocks(inputs, found.owners, found.basis, _BELANJA_BASIS, nodes) - set(part)
    left, breakdown = list[LeftOut](), breakdown_rows(log, inputs, (under, programs), found, nodes, triwulan)
    for i, (owner_i, parent_i) in found.owners.items():
        item, owner = inputs[i], inputs[owner_i]
        level = _level(owner.node_kode or owner.kode, levels)
        # (rows whose sum went into the program's blank quarters: deleted, its realisasi is Rp 0)
        fix = kept_for_blank(owner.kode) if filled_blank(owner, filled[owner_i]) else ""
        sipd = found.basis[i] == "Kodenya" and bool(_SIPD_DETAIL.fullmatch(item.kode))
        quiet = sipd or (found.basis[i] == _BELANJA_BASIS and owner_i in plain) or i in breakdown
        why = (
            f'menurut {found.basis[i]} baris ini rincian {level} {owner.kode} ("{owner.program or _uraian(owner.kode, nodes)}", baris {owner.row})'
            f"{part.get(owner_i, '') if parent_i == owner_i else ''}"
            f"{' salinan SIPD' if sipd else ''}: tidak dihitung (anggarannya termasuk angka {owner.kode}, agar tidak dijumlahkan dua kali "
            f"ke total Tabel 3.4); {fix or _REMOVE.get(found.basis[i], _REMOVE[''])}"
        )
        left.append(LeftOut(i, owner_i, not_in_kinerja(item, nodes), why, quiet))
    mark = len(log.items)  # (what the checks below find decides what is said of the rows left out)
    owners_over_pagu(log, inputs, filled, found.owners, programs, triwulan)  # (rincian above their pagu)
    refilled = {i for i, item in enumerate(filled) if item is not inputs[i]}
    inputs = filled
    compared, read = fill_rincian_heads(inputs, under, programs, triwulan, log)  # (5.1's blank: its lines')
    kids = heads_read_as_rows(compared, under, programs, triwulan)  # (5.1's slip said at 5.1 alone)
    kept = [item for i, item in enumerate(inputs) if i not in found.owners]
    headings = {id(kept[i]) for i in _heading_runs(kept, nodes)} if found.doubtful else set()
    for i, (owner_i, basis, why) in found.doubtful.items():
        if id(inputs[i]) in headings:  # (left out by without_headings next, said there)
            continue
        item, owner = inputs[i], inputs[owner_i]
        log.add(
            PERINGATAN,
            c.SHEET_ANGGARAN,
            "Kode",
            item.row,
            f'Kode "{item.kode}" ("{item.program}") {not_in_kinerja(item, nodes)}; menurut {basis} '
            f"baris ini seperti rincian {levels[owner.kode].lower()} {owner.kode} (baris {owner.row}), tetapi "
            f"{why}: dihitung sebagai program (masuk total Tabel 3.4); {_DOUBT_FIX.get(basis, _DOUBT_FIX[''])}",
            TOTALS,
        )
    for parent_i, rows in kids.items():
        if parent_i in part:
            continue
        parent, counted = compared[parent_i], _counted(parent_i, inputs, found.owners, levels)  # (5.1 out)
        level = f"{_level(parent.node_kode or parent.kode, levels)} {parent.kode}"
        check_details(parent, level, rows, triwulan, log, counted=counted, read=read)
    say_left_out(log, inputs, left, mark, refilled, triwulan)
    return kept


def _heading_runs(
    inputs: list[BudgetInput], nodes: dict[str, Node], sums: dict[int, list[int]] | None = None
) -> dict[int, list[int]]:
    """:func:`without_headings`'s rows left out: index -> the indexes of the rows it sums; ``sums`` gets
    the rows counted though their pagu is such a sum (a Kode Sasaran, no sign of a heading: :func:`_heads`)."""
    sums = {} if sums is None else sums
    candidates = [
        i
        for i, item in enumerate(inputs)
        if item.kode and not item.kode_galat and item.node_kode not in nodes and (pagu_counted(item) or 0) > 0
    ]
    pagus = [pagu_counted(item) for item in inputs] if candidates else []
    heads: set[int] = set()
    found: dict[int, list[int]] = {}
    n = len(inputs)
    for direction in ("below", "above"):
        for i in reversed(candidates) if direction == "below" else candidates:
            if i in heads:
                continue
            order = range(i + 1, n) if direction == "below" else range(i - 1, -1, -1)
            taken = _run(pagus, order, heads, pagus[i] or 0)
            verdict = _heads(inputs[i], [inputs[j] for j in taken]) if taken else ""
            if not verdict and len(taken) == 1 and taken[0] in sums:
                # (one row counted on its sum: a row above it equal to it equals its rows too)
                taken = sums[taken[0]]
                verdict = _heads(inputs[i], [inputs[j] for j in taken])
            if verdict == "heading":
                heads.add(i)
                found[i] = sorted(taken)
            elif verdict == "sum":
                sums.setdefault(i, sorted(taken))
    return found


def without_headings(
    inputs: list[BudgetInput], nodes: dict[str, Node], log: FindingLog, triwulan: int
) -> list[BudgetInput]:
    """The budget rows to count: a row whose Kode is no Kode of Kinerja and whose pagu is exactly the
    sum of two or more rows (or one: :func:`_heads`) right below it (an Urusan heading; headings within
    it skipped) or right above it (a Belanja total), its spending too where it has any, is left out: a
    peringatan at its Kode naming those rows, and the rows' sum of each quarter s.d. ``triwulan`` (0: the
    quarter unknown, none) whose cell of its own is unusable. Only rows not in Kinerja are looked at:
    nothing to do for most workbooks."""
    sums: dict[int, list[int]] = {}
    found = _heading_runs(inputs, nodes, sums)
    for i in sorted(set(sums) - set(found)):
        said_counted(log, inputs[i], [inputs[j] for j in sums[i]], nodes)
    if not found:
        return inputs
    for i in sorted(found):
        item = inputs[i]
        where = ", ".join(f"{inputs[j].kode} baris {inputs[j].row}" for j in found[i])
        side = "di bawahnya" if found[i][0] > i else "di atasnya"
        what = "jumlah pagu baris" if len(found[i]) > 1 else "pagu satu-satunya baris"
        unread = "".join(
            f"; Realisasi {c.TW_LABELS[q]}-nya ({log.ref(c.REALISASI_TW_HEADERS[q], item.row, c.SHEET_ANGGARAN)}) "
            f"tidak dapat dipakai, jadi tidak dicocokkan dengan jumlah realisasi baris itu ({rupiah(total)})"
            for q, total in quarter_sums(item, [inputs[j] for j in found[i]], triwulan)
        )
        log.add(
            PERINGATAN,
            c.SHEET_ANGGARAN,
            "Kode",
            item.row,
            f'Kode "{item.kode}" ("{item.program}") {not_in_kinerja(item, nodes)} dan pagunya '
            f"({rupiah(pagu_counted(item) or 0)}) sama dengan {what} {side} ({where}){unread}: baris judul "
            "Urusan / Bidang Urusan atau jumlah belanja salinan SIPD? tidak dihitung (agar tidak dijumlahkan "
            "dua kali ke total Tabel 3.4); hapus baris ini, atau bila memang program, tulis Kodenya di sheet Kinerja",
            LEFT_OUT,
        )
    return [item for i, item in enumerate(inputs) if i not in found]
