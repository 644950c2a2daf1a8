"""The note above the Rekap sheet's table (``lkj-xl rekap``): what the ranking is, what a mean leaves
out, and which workbooks are in no row at all. The Rekap sheet is the page a Sekda is briefed from;
an agency whose workbook could not be read was named in Pemeriksaan only, while the Jumlah line
("Jumlah 12 perangkat daerah") read as the whole Pemda.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import TYPE_CHECKING

from lkj_xl.core import rekap as core

if TYPE_CHECKING:
    import pandas as pd

_NAMED = 5  # files named; the others counted


def rekap_note(frame: pd.DataFrame, pemeriksaan: pd.DataFrame) -> str:
    """The note, in Bahasa Indonesia, over the agencies' ``frame`` (result.perangkat_daerah) and
    ``pemeriksaan`` (every file tried, its status)."""
    note = (
        f"Peringkat menurut {core.RANKED_BY} (tertinggi di atas); capaian dan penyerapan dalam %, efisiensi = "
        "rata-rata capaian dikurangi penyerapan anggaran (poin persen, negatif dalam kurung). Indikator galat "
        "(isiannya tidak dapat dihitung) tidak ikut dirata-rata; lihat kolom Galat. Indikator yang belum diketahui "
        '(mis. menunggu data BPS, "-") dan predikat di bawah target juga tidak, sehingga rata-rata dapat '
        "dihitung atas lebih sedikit indikator; lihat kolom Belum Diketahui dan sheet Pemeriksaan. Setiap buku "
        "kerja dihitung ulang dari sheet isiannya."
    )
    if frame["capaian"].isna().any():  # an agency unranked: its place at the end is no mean of 0
        note += (
            " Perangkat daerah tanpa capaian Tujuan atau Sasaran yang dapat dihitung ada di akhir, tanpa "
            "peringkat (rata-ratanya kosong, bukan nol); lihat sheet Pemeriksaan."
        )
    return note + _unread(pemeriksaan)


def _unread(pemeriksaan: pd.DataFrame) -> str:
    """The files that could not be read (corrupt, encrypted, a folder without access): in no row, no
    rank and no Jumlah, so the reader of the table alone must be told."""
    if pemeriksaan.empty or "status" not in pemeriksaan:
        return ""
    files = [
        _short(b) for b, s in zip(pemeriksaan["berkas"], pemeriksaan["status"]) if s == core.TIDAK_TERBACA
    ]
    if not files:
        return ""
    named = ", ".join(files[:_NAMED]) + (f" dan {len(files) - _NAMED} lainnya" if len(files) > _NAMED else "")
    return (
        f" {len(files)} berkas tidak dapat dibaca, sehingga perangkat daerahnya tidak masuk peringkat maupun "
        f"jumlah: {named}; lihat sheet Pemeriksaan."
    )


def _short(berkas: object) -> str:
    """A file named by its folder and name (``Dinas Sosial/LKjIP.xlsx``): an absolute path is one long
    word the printed note cuts at the page's edge; Pemeriksaan names it whole."""
    path = PurePath(str(berkas))
    return f"{path.parent.name}/{path.name}" if path.parent.name else path.name
