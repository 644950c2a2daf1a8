"""What the note on Pengaturan's Total Pagu Perjanjian Kinerja (kalimat.total_pk_beda: under Tabel 3.4,
in the e-mail, the Word report and its PDF) adds when lines on top of Anggaran left out as a program's
rincian (core.pk_on_top, Settings.total_pagu_lines) make up the Total's difference: the reader saw
"lebih Rp 8.000.000.000" and nothing of the 8.000.000.000 line that is the whole of it (the peringatan
at the Total names the lines, the signed report did not). Pure; no import of kalimat (it calls this).
"""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core.model import Settings
from lkj_xl.core.styles import rupiah_figure


def explaining_lines(diff: Fraction, settings: Settings) -> str:
    """``diff`` (the Total less the programs' pagu) made up by the lines left out, all of them or one
    alone: "; selisih itu sebesar baris Anggaran!A4 "5.1.01 Belanja Pegawai" (Rp 8.000.000.000) di sheet
    Anggaran, baris belanja DPA yang tidak dihitung ..."; "" when they make up no difference
    (a Total below the programs' pagu is no line left out)."""
    lines = settings.total_pagu_lines
    if diff <= 0 or not lines:
        return ""
    named = list(lines) if sum(pagu for _, _, pagu in lines) == diff else [x for x in lines if x[2] == diff]
    if not named:
        return ""
    shown = ", ".join(f'{ref} "{what}" (Rp {rupiah_figure(pagu)})' for ref, what, pagu in named)
    one = len(named) == 1
    return (
        f"; selisih itu sebesar {'baris' if one else 'jumlah baris'} {shown} di sheet Anggaran, baris "
        "belanja DPA yang tidak dihitung (rincian program, atau tidak muat dalam programnya): bila "
        f"{'baris itu' if one else 'baris-baris itu'} "
        "anggaran tersendiri perangkat daerah, lihat peringatannya"
    )
