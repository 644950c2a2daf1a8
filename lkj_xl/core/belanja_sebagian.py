"""One jenis belanja line of a program's DPA pasted under its row (a Dinas Sosial's "5.1.06 Belanja
Bantuan Sosial", the line that matters to it, its "5.1.02 Belanja Barang dan Jasa" not copied): a part of
the program's belanja, no rincian meant to add up to it. Compared as a whole rincian, it got two
peringatan at the program's Pagu and reported quarter ("tidak sama dengan jumlah rinciannya") beside the
one at its own Kode; now its figures are named beside the program's in that one peringatan. A line whose
pagu is the program's (meant as the whole), or that spent more than the program (a table is wrong), is
still compared, and so is one that spent more in a quarter than its program did (its Rp 0, nihil or blank: the
program's figure, counted, is wrong there). Pure; exact arithmetic."""

from __future__ import annotations

from lkj_xl.core.budget_rows import pagu_counted, spent_to
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.kode_kinerja import not_in_kinerja
from lkj_xl.core.model import BudgetInput, Node
from lkj_xl.core.refund_quarter import quarter_usable
from lkj_xl.core.rowkinds import belanja_kode


def part_lines(
    inputs: list[BudgetInput],
    under: dict[int, list[int]],
    belanja: set[int],
    triwulan: int,
    log: FindingLog,
) -> dict[int, str]:
    """Owner index -> what its one line (``under[owner]``, a DPA line: in ``belanja``) is of it, said in the
    line's peringatan ("sebagian belanjanya: pagu ... dari pagu program ..."), for a line whose pagu is
    below its owner's and whose realisasi s.d. ``triwulan`` (0: not compared) is not above its owner's,
    every figure readable and the owner's quarter typed wherever the line spent (its quarters all blank: its pagu typed alone, no spending named). Owners that are themselves DPA lines (5.1 over its 5.1.02) are left as they were."""
    found: dict[int, str] = {}
    for owner_i, rows in under.items():
        if len(rows) != 1 or rows[0] not in belanja or owner_i in belanja:
            continue
        line, owner = inputs[rows[0]], inputs[owner_i]
        pagu, whole = pagu_counted(line), pagu_counted(owner)
        if pagu is None or whole is None or not 0 < pagu < whole:
            continue
        said = f"pagunya {rupiah(pagu)} dari pagu {owner.kode} {rupiah(whole)}"
        if triwulan:
            if not all(quarter_usable(line.realisasi_tw, q) for q in range(triwulan)):
                continue
            spent, own = spent_to(line, triwulan), spent_to(owner, triwulan)
            if spent is None or own is None or spent > own or _over(line, owner, triwulan):
                continue
            if any(v.exact is not None for v in line.realisasi_tw[:triwulan]):  # (blank: its pagu alone)
                said += f", realisasinya {log.sd(triwulan)} {rupiah(spent)} dari {rupiah(own)}"
        found[owner_i] = f", sebagian belanjanya ({said}; jenis belanja lainnya tidak disalin)"
    return found


def _over(line: BudgetInput, owner: BudgetInput, triwulan: int) -> bool:
    """A quarter up to ``triwulan`` where the line spent more than its whole program (the program's left
    blank, Rp 0 or nihil, or below its part: the program's figure, the one counted, is wrong there)."""
    for q in range(triwulan):
        part, whole = line.realisasi_tw[q].exact, owner.realisasi_tw[q].exact
        if part and (whole is None or part > whole):
            return True
    return False


def plain_blocks(
    inputs: list[BudgetInput],
    owners: dict[int, tuple[int, int]],
    basis: dict[int, str],
    belanja_basis: str,
    nodes: dict[str, Node],
) -> set[int]:
    """The owners whose rincian left out are all DPA jenis belanja lines as SIPD prints them under their
    program (``5.1 BELANJA OPERASI`` over ``5.1.02 Belanja Barang dan Jasa``, its object lines): quiet
    when they add up, as SIPD's Kegiatan rows are (one peringatan per line was a false alarm on every
    honest paste). A block with anything doubtful is said as before: a line with a Kode Sasaran, a Kode
    Kinerja has for a node, a program numbered like an account (a Renstra's ``5.1.1``), a line whose pagu
    is blank or ``-`` (the lines' pagu never compared with the program's)."""
    doubtful: set[int] = set()
    seen: set[int] = set()
    for i, (owner_i, _) in owners.items():
        seen.add(owner_i)
        item, owner = inputs[i], inputs[owner_i]
        if basis[i] != belanja_basis:  # (SIPD's Kegiatan rows beside them: quiet or said on their own)
            continue
        if not (
            not item.kode_sasaran
            and not item.rekening
            and item.pagu_used.exact is not None  # (a pagu blank or "-": the lines' sum never compared)
            and not_in_kinerja(item, nodes) == "tidak ada di sheet Kinerja"
            and not belanja_kode(owner.kode)
        ):
            doubtful.add(owner_i)
    return seen - doubtful
