"""A row's Pagu (murni) and its Pagu Perubahan a thousand times apart: one of them slipped three zeros (SIPD's
amount "1.200.000.000,000" retyped with its decimal comma as a dot, or a figure typed in ribuan without the
word). The Pagu beside a Pagu Perubahan is not counted, but it is printed as the Perjanjian Kinerja's pagu
(the Word report's Tabel 2.4, Analisis Capaian, export's ``pagu_pk``, the rekap's Pagu PK) and weighed
against the Total Pagu Perjanjian Kinerja; the Pagu Perubahan is counted (the penyerapan). No APBD-P
multiplies or divides a program's pagu by about a thousand (500 to 2.000 times: a revision of -50 % to
+100 % around the slip), so a peringatan names both readings at the one that slipped: the larger where it
is above Rp 1 triliun (no OPD's program); the smaller where the realisasi is above it (or the larger is no
whole thousand). A pagu typed with a scale word (``1.200 jt``) slipped no zeros: the other one did (both so
typed: quiet). Below Rp 1 triliun with nothing spent yet (a TW I report, the quarters blank, ``0`` or
``-``) or the realisasi within the smaller, no figure tells the readings apart (``1.200.000.000`` beside
``1.250.000`` with 1 jt spent is a Pagu in rupiah beside a Pagu Perubahan in ribuan, 0,08 %, as surely as
the reverse, 80 %: spending within the smaller is under 0,1 % of the larger, as pagu_seribu's slow
programmes below Rp 1 triliun), so the peringatan, at the Pagu Perubahan counted, names both readings and
their penyerapan and chooses none. Quiet at a cell where a finding stands already (pagu_seribu, pagu_sipd). Pure."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.comma_thousands import exported_decimals
from lkj_xl.core.findings import FindingLog, clip
from lkj_xl.core.kalimat import persen, rupiah
from lkj_xl.core.model import PERINGATAN, BudgetInput, Value
from lkj_xl.core.numbers import format_number
from lkj_xl.core.pagu_seribu import unsay_small
from lkj_xl.core.refund_quarter import spent_sd

_TRILIUN = 10**12  # more than any program of an OPD (pagu_sipd's bound)
_APART = (500, 2000)  # a thousand times, give or take an APBD-P revision
_SLIPS = {
    True: 'tiga angka nol terakhirnya desimal SIPD (",000") yang tertulis dengan titik',
    False: "ditulis dalam ribuan tanpa kata skala (tiga angka nolnya tidak tertulis)",
}


def _larger_slipped(big: Fraction, small: Fraction, spent: Fraction | None) -> bool | None:
    """Whether the larger of the two slipped (a thousand times what was meant), else the smaller; None
    when nothing tells (nothing spent, the larger below Rp 1 triliun)."""
    if (big / 1000).denominator != 1:
        return False
    if big > _TRILIUN:
        return True
    return False if spent is not None and spent > small else None


def _undecided(log: FindingLog, item: BudgetInput, subject: str, sd: str, spent: Fraction | None) -> None:
    """The peringatan at the Pagu Perubahan (counted) naming both readings: nothing spent tells them apart,
    or ``spent`` fits both (within the smaller: its penyerapan of each said)."""
    a, b = item.pagu.exact or Fraction(0), item.pagu_perubahan.exact or Fraction(0)
    big = max(a, b)
    why = f"belum ada realisasi {sd} yang menunjukkan yang mana"
    if spent is not None and spent > 0:
        other = b * 1000 if b < a else b / 1000  # (the Pagu Perubahan of the other reading)
        why = (
            f"realisasi {sd} ({rupiah(spent)}) tidak menunjukkan yang mana: penyerapan {persen(spent / b * 100, 2)} "
            f"dengan Pagu Perubahan ini, {persen(spent / other * 100, 2)} dengan {rupiah(other)}"
        )
    readings = [
        (rupiah(big), "Pagu" if a < b else "Pagu Perubahan", min(a, b) * 1000),
        (rupiah(min(a, b)), "Pagu" if a > b else "Pagu Perubahan", big / 1000),
    ]
    said = "; ".join(
        f"bila pagu programnya sekitar {about}, tulis {format_number(meant, 0)} di {header} "
        f"({log.where(c.SHEET_ANGGARAN, header, item.row)})"
        for about, header, meant in readings
    )
    log.add(
        PERINGATAN,
        c.SHEET_ANGGARAN,
        "Pagu Perubahan",
        item.row,
        f"Pagu Perubahan {subject} ({rupiah(b)}) dan Pagunya ({rupiah(a)}, "
        f"{log.where(c.SHEET_ANGGARAN, 'Pagu', item.row)}) berselisih kira-kira seribu kali: salah satunya keliru "
        f'tiga angka nol (desimal SIPD ",000" tertulis dengan titik, atau ditulis dalam ribuan tanpa kata '
        f"skala), dan {why}. Pagu Perubahan ini yang dihitung "
        f"(Tabel 3.4), Pagu dicetak sebagai pagu Perjanjian Kinerja: {said}",
    )


def _said(value: Value, amount: Fraction) -> str:
    return clip(value.text) if value.text else format_number(amount, 0)


def pagu_murni_thousandfold(
    log: FindingLog,
    rows: Sequence[tuple[BudgetInput, Fraction | None]],
    subject: Callable[[BudgetInput], str],
    sd: str,
) -> None:
    """``rows``: the Anggaran rows and their realisasi s.d. the quarter (engine's; or the lines a program is
    made of, its PK pagu their Pagu summed: program_of_belanja, program_from_rincian); ``sd``: the
    realisasi's period ("s.d. TW II")."""
    sheet = c.SHEET_ANGGARAN
    for item, spent in rows:
        murni, revised = item.pagu, item.pagu_perubahan
        a, b = murni.exact, revised.exact
        if item.kode_galat or not revised.filled or a is None or b is None or a <= 0 or b <= 0:
            continue
        big, small = max(a, b), min(a, b)
        if (murni.scale_word and revised.scale_word) or not _APART[0] * small <= big <= _APART[1] * small:
            continue
        larger = _larger_slipped(big, small, spent)
        if murni.scale_word or revised.scale_word:  # (the one typed with a scale word slipped no zeros)
            larger = not (murni if a == big else revised).scale_word
        if larger is None:
            if not log.said_at(sheet, [log.ref(h, item.row, sheet) for h in ("Pagu", "Pagu Perubahan")]):
                _undecided(log, item, subject(item), sd, spent)
            continue
        on_murni = (a == big) == larger
        value, amount, other = (murni, a, b) if on_murni else (revised, b, a)
        header, other_header = ("Pagu", "Pagu Perubahan") if on_murni else ("Pagu Perubahan", "Pagu")
        if log.said_at(sheet, [log.ref(header, item.row, sheet)]):
            continue
        meant = amount / 1000 if larger else amount * 1000
        if on_murni:
            counted = (
                "Pagu ini tidak dihitung (yang dihitung Pagu Perubahan), tetapi dicetak sebagai pagu Perjanjian "
                "Kinerja (Tabel 2.4, Analisis Capaian, ekspor dan rekap)"
            )
        else:
            counted = "Pagu Perubahan ini yang dihitung"
            if spent is not None and spent > 0:
                counted += (
                    f": penyerapan {sd} {persen(spent / amount * 100, 2)}, dengan {rupiah(meant)} "
                    f"{persen(spent / meant * 100, 2)}"
                )
        where, slip = log.where(sheet, other_header, item.row), _SLIPS[larger]
        if not larger and exported_decimals(value):  # ("1.200.000,000": SIPD's decimals, the dots a comma)
            slip = "tiga angka nol di belakang koma, atau titik ribuan terakhir tertulis koma"
        log.add(
            PERINGATAN,
            sheet,
            header,
            item.row,
            f"{header} {subject(item)} ({rupiah(amount)}) kira-kira {'seribu kali' if larger else 'seperseribu'} "
            f'{other_header}nya ({rupiah(other)}, {where}), ditulis "{_said(value, amount)}": {slip}, '
            f"sehingga maksudnya {rupiah(meant)}? {counted}. Bila demikian, tulis {format_number(meant, 0)}; bila "
            f"memang {rupiah(amount)}, biarkan",
        )
        if not on_murni and larger:
            unsay_small(log, item, amount)


def lines_pagu_murni(log: FindingLog, lines: Sequence[BudgetInput], level: str, triwulan: int) -> None:
    """:func:`pagu_murni_thousandfold` of the rows a program is made of (``level``: "jenis belanja", "kegiatan"):
    the program's PK pagu is their Pagu summed, where a slip a thousand times is no thousand times apart."""
    spent = [(line, spent_sd(line.realisasi_tw, triwulan)) for line in lines]
    pagu_murni_thousandfold(
        log, spent, lambda line: f"{level} {line.kode}", log.sd(triwulan) if triwulan else ""
    )
