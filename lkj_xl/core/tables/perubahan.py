"""After the APBD-P: what the output tables say when a Target Perubahan or Pagu Perubahan is used.

The seed's matrix keeps "TARGET 2025" and "TARGET P - RENJA 2025" apart (seed ~1119): a reader holding
the signed Perjanjian Kinerja must see why a table shows another target or pagu. An indicator whose
Target Perubahan is the target used (or a program whose Pagu Perubahan is the pagu used) is marked
"*)" and a note under the table names it with the Perjanjian Kinerja's figure and the revised one.
Without a revision nothing is added: the tables stay as they were.
"""

from __future__ import annotations

from collections.abc import Iterable

from lkj_xl.core.kalimat import kosong_notes, rupiah
from lkj_xl.core.layout import ROW, SheetBuilder
from lkj_xl.core.model import BudgetResult, IndicatorResult, Report, Value
from lkj_xl.core.summary import MAX_NAMES

MARK = "*)"


def marked(name: str, revised: bool) -> str:
    """``name`` with the mark of a revised target or pagu ("... *)"), else as it is."""
    return f"{name} {MARK}" if revised else name


def target_note(b: SheetBuilder, indicators: Iterable[IndicatorResult]) -> None:
    """Under a capaian table: each marked indicator with its Perjanjian Kinerja target and its Target
    Perubahan, and that the capaian is computed from the Target Perubahan."""
    revised = [
        f"{i.indikator}: target Perjanjian Kinerja {i.target_pk}, Target Perubahan {i.target_perubahan}"
        for i in indicators
        if i.target_pk is not None
    ]
    _note(
        b,
        revised,
        "Target Perubahan (APBD-P): capaian dihitung dari Target Perubahan, bukan dari target "
        "Perjanjian Kinerja",
        "indikator",
    )


def pagu_note(b: SheetBuilder, budgets: Iterable[BudgetResult], *, nodes: bool = False) -> None:
    """Under a budget table: each program whose Pagu Perubahan is used, with its Perjanjian Kinerja
    pagu, and that the penyerapan is computed from the Pagu Perubahan. ``nodes``: the table's rows
    are Tujuan/Sasaran (Tabel 3.3), marked when their pagu sums such a program's."""
    revised = [
        f"{x.program or x.kode}: pagu Perjanjian Kinerja {_shown(x.pagu_pk)}, Pagu Perubahan "
        f"{rupiah(x.pagu) if x.pagu is not None else '-'}"
        for x in budgets
        if x.pagu_pk is not None
    ]
    _note(
        b,
        revised,
        "Pagu Perubahan (APBD-P): "
        + ("pagu tujuan/sasaran bertanda *) memuat Pagu Perubahan programnya; " if nodes else "")
        + "penyerapan dihitung dari Pagu Perubahan, bukan dari pagu Perjanjian Kinerja",
        "program",
    )


def _shown(pagu: Value) -> str:
    """The Perjanjian Kinerja's pagu as a note names it: "Rp 41.000.000", else as typed ("-": blank)."""
    return rupiah(pagu.exact) if pagu.exact is not None else pagu.text or "-"


def _note(b: SheetBuilder, items: list[str], lead: str, kind: str) -> None:
    if not items:
        return
    shown = items[:MAX_NAMES]
    if len(items) > MAX_NAMES:
        shown.append(f"{len(items) - MAX_NAMES} {kind} lainnya")
    note_row(b, f"{MARK} {lead}. {'; '.join(shown)}.")


def note_row(b: SheetBuilder, text: str) -> None:
    """A note under a table: after an empty row, ``text`` across the table's width as a paragraph."""
    b.add_row()
    r = b.add_row([text])
    b.merge(r, 0, r, b.width - 1)
    b.style(r, 0, r, b.width - 1, "note", ROW)
    b.style(r, 0, r, b.width - 1, "paragraph", ROW)


def kosong_note(b: SheetBuilder, report: Report, *, kinerja: bool = False, anggaran: bool = False) -> None:
    """:func:`kosong_notes` under a table."""
    for note in kosong_notes(report, kinerja=kinerja, anggaran=anggaran):
        note_row(b, note)
