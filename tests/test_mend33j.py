"""Review of mend33i (lines on top of Anggaran's first program against Pengaturan!B16), each seen
failing on main first.

1. A line on top revised (Pagu 8.000.000.000, Pagu Perubahan 9.000.000.000) with B16 the seed's
   TOTAL plus its Pagu (the Perjanjian Kinerja signed before the APBD-P) was left out, the printed
   note calling it the whole difference while its own peringatan said B16 agreed "baik dengan maupun
   tanpa baris ini": pk_on_top.again weighed it at its Pagu Perubahan only.
2. Sibling lines on top that are a sure copy of P0.01's DPA (the very rows under it, or realisasi
   summing to its own) were a galat blanking every total; a lone copied line is left out instead.

Figures from the seed's Tabel 3.4 (/work/shared/seeds/000_237f033edcd5cb60.txt): TOTAL pagu
27.805.047.633, realisasi 6.835.975.140; P0.01's Pagu 12.076.486.014, realisasi 5.059.823.310.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.kalimat import total_pk_beda
from lkj_xl.core.long_text import clip
from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.sheet_fit import excel_length
from tests.helpers_anggaran import findings_by_cell
from tests.test_fix13 import P001_SPENT, PEGAWAI, _report, _totals
from tests.test_mend32a import SEED_PAGU, SEED_SPENT
from tests.test_mend32d import P001_PAGU, _on_top, _two_on_top
from tests.test_mend33i import BARANG, _under_p001

# --- 1. a revised line on top, the Perjanjian Kinerja at its Pagu ---------------------------------------


def _revised_line(ws) -> None:
    """5.1.01 on top of P0.01: Pagu 8.000.000.000 (column D), Pagu Perubahan 9.000.000.000 (column E),
    spent 2.000.000.000."""
    _on_top(*PEGAWAI, 8_000_000_000, 2_000_000_000)(ws)
    ws["E4"] = 9_000_000_000


def test_a_revised_line_the_pk_signed_at_its_pagu_is_counted_at_its_pagu_perubahan(tmp_path):
    # 5.1.01 Pagu 8.000.000.000 (column D), Pagu Perubahan 9.000.000.000 (column E), spent 2.000.000.000;
    # B16 = 27.805.047.633 + 8.000.000.000 = 35.805.047.633: the PK signed the line at its Pagu, so it is
    # the agency's own. Counted at the pagu in use: TOTAL 27.805.047.633 + 9.000.000.000 =
    # 36.805.047.633, realisasi 6.835.975.140 + 2.000.000.000 = 8.835.975.140.
    report = _report(tmp_path, _revised_line, total_pk=SEED_PAGU + 8_000_000_000)
    assert _totals(report) == (SEED_PAGU + 9_000_000_000, SEED_SPENT + 2_000_000_000)
    assert _totals(report) == (36_805_047_633, 8_835_975_140)
    # (counted: no note saying the line is B16's whole difference, left out)
    assert total_pk_beda(report.budgets, report.settings) == ""
    note = findings_by_cell(report, "Anggaran", PERINGATAN)["A4"]
    assert "dihitung ke total" in note and "baik dengan maupun tanpa" not in note
    assert "Rp 8.000.000.000" in note and "Rp 9.000.000.000" in note


def test_a_revised_line_with_the_total_at_neither_pagu_is_still_left_out(tmp_path):
    # The same line with B16 = 27.805.047.633 + 5.000.000.000 (neither 8 nor 9 M over): left out, TOTAL
    # the seed's, its peringatan saying B16 agrees neither way.
    report = _report(tmp_path, _revised_line, total_pk=SEED_PAGU + 5_000_000_000)
    assert _totals(report) == (SEED_PAGU, SEED_SPENT)
    assert "baik dengan maupun tanpa" in findings_by_cell(report, "Anggaran", PERINGATAN)["A4"]


# --- 2. sibling lines on top that are a copy ------------------------------------------------------------

PEGAWAI_8M = (*PEGAWAI, 8_000_000_000, 2_000_000_000)
BARANG_3M = (*BARANG, 3_000_000_000, 1_000_000_000)
# 8.000.000.000 + 3.000.000.000 + 1.076.486.014 = P0.01's 12.076.486.014
MODAL = ("5.2", "BELANJA MODAL", 1_076_486_014, 2_059_823_310)


def _twins(*top):
    """``top`` on top of Anggaran and the very rows (with 5.2) under P0.01 as its rincian."""
    on_top, under = _two_on_top(*top) if len(top) == 2 else _on_top(*top[0]), _under_p001(*top, MODAL)

    def edit(ws) -> None:
        on_top(ws)
        under(ws)

    return edit


def _left_out_as_copy(report, cells) -> None:
    """No galat at the lines, each with the peringatan of a copy left out."""
    galat, notes = (
        findings_by_cell(report, "Anggaran", GALAT),
        findings_by_cell(report, "Anggaran", PERINGATAN),
    )
    for cell in cells:
        assert cell not in galat
        assert "tanda salinan" in notes[cell] and "tidak dihitung" in notes[cell]
        assert "tidak dapat dipastikan" not in notes[cell]


def test_sibling_lines_copied_from_the_rincian_under_the_program_are_left_out(tmp_path):
    # 5.1.01 8 M / 2 M and 5.1.02 3 M / 1 M on top and the very same rows under P0.01, B16 blank: P0.01's
    # rincian pasted above it, left out as a lone copied line is; TOTAL the seed's 27.805.047.633 /
    # 6.835.975.140 (it was blank: a galat).
    assert P001_PAGU == 8_000_000_000 + 3_000_000_000 + 1_076_486_014
    report = _report(tmp_path, _twins(PEGAWAI_8M, BARANG_3M), total_pk="")
    _left_out_as_copy(report, ("A4", "A5"))
    assert _totals(report) == (SEED_PAGU, SEED_SPENT)


def test_a_lone_line_copied_from_the_rincian_stays_left_out(tmp_path):
    # The lone 5.1.01 copy (already right on main): left out, TOTAL the seed's.
    report = _report(tmp_path, _twins(PEGAWAI_8M), total_pk="")
    _left_out_as_copy(report, ("A4",))
    assert _totals(report) == (SEED_PAGU, SEED_SPENT)


def test_sibling_lines_with_the_programs_very_realisasi_are_left_out(tmp_path):
    # 5.1.01 8.000.000.000 spent 2.000.000.000 and 5.1.02 3.076.486.014 spent 3.059.823.310:
    # 2.000.000.000 + 3.059.823.310 = 5.059.823.310, P0.01's realisasi (a copy, 5.1.02 mistyped). B16
    # blank: left out, TOTAL the seed's (it was blank: a galat).
    assert P001_SPENT == 2_000_000_000 + 3_059_823_310
    edit = _two_on_top(PEGAWAI_8M, (*BARANG, 3_076_486_014, 3_059_823_310))
    report = _report(tmp_path, edit, total_pk="")
    _left_out_as_copy(report, ("A4", "A5"))
    assert _totals(report) == (SEED_PAGU, SEED_SPENT)


# --- 3. the 10.000-character cut never splits a flag, a skin tone or an emoji's U+FE0F ------------------

FLAG_ID = "\U0001f1ee\U0001f1e9"  # 🇮🇩: two regional indicators (I, D), one flag, LEN 4
THUMBS_MEDIUM = "\U0001f44d\U0001f3fd"  # 👍🏽: thumbs up + medium skin tone, LEN 4
HEART = "\u2764\ufe0f"  # ❤️: heart + U+FE0F (emoji presentation), LEN 2


@pytest.mark.parametrize(
    ("tail", "kept_of_tail"),
    [
        # 9.998 + 20 flags x 4 units = 10.078: the first flag's first indicator ends at unit 10.000,
        # half a flag; cut before it, 9.998 units kept
        (FLAG_ID * 20, ""),
        # 9.998 + 4: the thumb ends at unit 10.000, its skin tone after it; cut before the thumb
        (THUMBS_MEDIUM + "x", ""),
        # 9.998 + "z" + the heart (1 unit) end at unit 10.000, its U+FE0F after it: cut before the heart
        ("z" + HEART * 2, "z"),
    ],
)
def test_the_cut_keeps_emoji_shown_as_one_whole(tail, kept_of_tail):
    text = "a" * 9_998 + tail
    kept, full = clip(text)
    # full: Excel's LEN, each character outside the BMP 2 units (counted by hand per tail above)
    assert full == 9_998 + excel_length(tail) > 10_000
    assert kept.startswith("a" * 9_998 + kept_of_tail + "… (dipotong, ")
    assert kept[9_998 + len(kept_of_tail)] == "…"


def test_a_flag_after_whole_flags_is_cut_between_flags_not_inside_one():
    # 9.996 a's + 2 flags (8 units, to 10.004): the first flag ends at exactly 10.000, kept whole; the
    # second dropped whole (its first indicator would end at 10.002, over).
    kept, _ = clip("a" * 9_996 + FLAG_ID * 2)
    assert kept.startswith("a" * 9_996 + FLAG_ID + "…")
