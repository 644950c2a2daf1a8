"""Rekap: what an agency's figures leave out or mean otherwise than they seem, for Pemeriksaan: the
rows and values its reader did not count and the peringatan that change what its totals mean. Pure."""

from __future__ import annotations

from collections.abc import Sequence

from lkj_xl.core.model import GALAT, Finding, Tentang, in_sheet_order

# What a peringatan (never a galat: its figure is blank, and counted in Temuan Galat) is about, set
# where it is made (model.Tentang), that puts it here: a row or value left out of the figures; a
# program's budget counted in the agency's total toward no Sasaran (said, not counted as left out);
# totals that count something they may not (a row counted as a program though it looks like a
# Kegiatan, programs unlike the PK's Total Pagu, the reported quarter left blank: in the year's report
# its last quarter); a realisasi s.d. the quarter from some quarters alone (a quarter blank or holding
# a status text, "tercapai", "Menunggu data", beside quarters with a number).
_SAID: frozenset[Tentang] = frozenset({"left_out", "toward_no_sasaran", "totals", "some_quarters"})
_CELL_TEXT = 32_000  # a sheet's cell holds 32.767 characters


def catatan_angka(findings: Sequence[Finding]) -> tuple[int, str | None]:
    """How many peringatan say a row or value was not counted, and their messages with those about
    the totals (a row counted as a program though it looks like a Kegiatan, a sum of programs unlike
    the PK's Total Pagu, the reported quarter left blank, a realisasi from some quarters alone), each
    "Anggaran!A12: pesan" on a line of its own; None when there are none."""
    said = [f for f in findings if f.severity != GALAT and f.tentang & _SAID]
    if not said:
        return 0, None
    left_out = sum(1 for f in said if "left_out" in f.tentang and "toward_no_sasaran" not in f.tentang)
    lines = [
        f"{f.sheet}!{f.sel}: {f.pesan}" if f.sel else f"{f.sheet}: {f.pesan}" for f in in_sheet_order(said)
    ]
    text = "\n".join(lines)
    if len(text) > _CELL_TEXT:  # hundreds of Kegiatan rows: the first ones, and where the rest are
        cut = text.rfind("\n", 0, _CELL_TEXT - 200)
        more = len(lines) - text[:cut].count("\n") - 1
        text = (
            text[:cut] + f"\n... dan {more} lainnya: lihat sheet Pemeriksaan buku kerja perangkat daerah ini."
        )
    return left_out, text
