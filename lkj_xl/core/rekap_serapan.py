"""The rekap's word on a penyerapan above 100 % (``lkj-xl rekap``): an agency whose realisasi anggaran
s.d. the quarter exceeds its pagu, most often a running total typed in each quarter's column (TW III
400 jt after TW II 200 jt, summed again) or a Pagu Perubahan not filled in. Its own check says so at
the cell; the Rekap sheet printed the figure (111,11 %) and an efisiensi too low without a word. And
on no penyerapan at all late in the year (:func:`unspent_warnings`). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from lkj_xl.core import contract as c
from lkj_xl.core.findings import clip
from lkj_xl.core.kalimat import persen, rupiah
from lkj_xl.core.model import Report
from lkj_xl.core.rekap_ganda import who
from lkj_xl.core.rekap_jenis_laporan import kind as report_kind
from lkj_xl.core.rekap_jenis_laporan import semester, tahunan
from lkj_xl.core.rekap_peringkat import agency_warnings

_NAMED = 5  # programs named; the others counted


def over_pagu(report: Report) -> str | None:
    """What the rekap says of an agency whose total realisasi anggaran exceeds its total pagu, naming
    the budget rows over their own pagu; None at or below 100 %, or with no penyerapan (a galat cell:
    its own warning says so)."""
    penyerapan = report.total_penyerapan_exact
    if penyerapan is None or penyerapan <= 100 or report.total_pagu is None:
        return None
    over = [
        b
        for b in report.budgets
        if b.pagu_exact is not None and b.realisasi_exact is not None and b.realisasi_exact > b.pagu_exact
    ]
    named = [
        f'{b.kode} "{clip(b.program)}" ({rupiah(b.realisasi_exact)} dari pagu {rupiah(b.pagu_exact)}, '
        f"baris {b.row} sheet Anggaran)"
        for b in over[:_NAMED]
        if b.realisasi_exact is not None and b.pagu_exact is not None
    ]
    if len(over) > _NAMED:
        named.append(f"dan {len(over) - _NAMED} lainnya")
    where = f"; program yang realisasinya di atas pagu: {', '.join(named)}" if named else ""
    spent = report.total_realisasi_anggaran or 0
    shown = persen(penyerapan, 2)
    # 100,004 % is shown 100,00 %: over all the same (Rp 36.000 of 900 jt), said rounded, not as a
    # contradiction of the warning's "di atas 100%"
    rounded = " setelah dibulatkan" if shown == persen(100, 2) else ""
    return (
        f"realisasi anggaran {rupiah(spent)} melebihi pagu {rupiah(report.total_pagu)} sebesar "
        f"{rupiah(Fraction(spent) - Fraction(report.total_pagu))}, penyerapan {shown}{rounded}{where}"
    )


def over_pagu_warnings(rows: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    """(jenis, pesan) for each agency of ``rows`` whose penyerapan is above 100 %."""
    return agency_warnings(
        rows,
        "serapan_lebih",
        "Penyerapan di atas 100%",
        lambda row: (
            f"{row['serapan_lebih']}. Biasanya realisasi s.d. triwulan (kumulatif) ditulis di kolom "
            "triwulan, padahal realisasi per triwulan dijumlahkan, atau Pagu Perubahan belum diisi; bila demikian, "
            "penyerapan ini terlalu tinggi dan efisiensinya (capaian dikurangi penyerapan) terlalu rendah. Periksa "
            "sheet Anggaran buku kerjanya lalu rekap ulang."
        ),
    )


def unspent_warnings(rows: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    """(jenis, pesan) for each agency of ``rows`` with no penyerapan at all (realisasi anggaran 0 with
    a pagu) in a report of Triwulan III or later (Semester II and the Laporan Tahunan are TW IV): its
    efisiensi, the mean capaian less 0, reads as the best of the Pemda, while most often its Anggaran
    was not filled in. Early in the year nothing spent yet is ordinary; a galat budget (no penyerapan)
    or a pagu of 0 (no division) is not this."""
    found = []
    for row in rows:
        pagu, spent = row.get("pagu"), row.get("realisasi_anggaran")
        if not row.get("program") or (row.get("triwulan") or 0) < 3 or row.get("penyerapan") is None:
            continue
        if pagu is None or spent is None or pagu <= 0 or spent != 0:
            continue
        quarter = c.triwulan_tahun(row["triwulan"], row.get("tahun"))
        kind = f" ({report_kind(row)})" if tahunan(row) or semester(row) else ""  # the report it names
        efisiensi = (
            "; efisiensinya (capaian dikurangi penyerapan) sama dengan rata-rata capaiannya, sehingga tampak "
            "paling efisien"
            if row.get("efisiensi") is not None
            else ""
        )
        found.append(
            (
                "Belum ada penyerapan",
                f"{who(row)}: realisasi anggaran Rp 0 dari pagu {rupiah(pagu)} s.d. {quarter}{kind}, "
                f"penyerapan 0%{efisiensi}. Biasanya realisasi anggaran belum diisi di sheet Anggaran; "
                "periksa buku kerjanya lalu rekap ulang.",
            )
        )
    return found
