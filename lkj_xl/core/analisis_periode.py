"""Analisis cells left from another period's workbook: the Narasi sheet's leftover check
(:func:`lkj_xl.core.narasi.periode_lain`) on every text cell of the Analisis sheet.

Staff copy last quarter's (or last year's) workbook and edit its figures; the points behind a capaian
keep "Capaian Triwulan I ...", "akan dilaksanakan pada bulan Mei 2025". The Word report and the Analisis
Capaian sheet print them as the reported period's analysis. Each cell is read whole, as a Narasi cell is
(a point naming an earlier quarter beside one naming the reported quarter compares them); the Tindak
Lanjut column is read as the list of plans the report prints it as ("Tindak lanjut yang akan
dilaksanakan:", the lead's decision 4 of stop 39 on a list under "Tindak lanjut:"). A peringatan at the
cell, worded as the Narasi's, and a visible "[isi: ...]" under the cell's points where they are printed
(:func:`lkj_xl.core.angka_teks.angka_catatan`).

(revnarasi50) From Triwulan II on, a later quarter of the year named in any column is when the work will
be done ("Percepatan pelaksanaan kegiatan pada triwulan III dan IV", "karena pembayaran dilakukan pada
triwulan III"), as in a point of the Tindak Lanjut list: the name is kept only if a point read alone as
that list names it too (a later quarter's figure, "Realisasi triwulan III sebesar 80%"; last year's, its year
written). In Triwulan I a later quarter without its year in a Faktor column is mostly last year's
workbook: read as the Narasi reads it; in the Upaya / Solusi and Tindak Lanjut columns, what is still to
be done, it is a plan as from Triwulan II on (narasi51: "Percepatan realisasi anggaran pada TW II"). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import partial

from lkj_xl.core import contract as c
from lkj_xl.core.model import PERINGATAN, PERIODE_LAIN, AnalisisEntry, Finding, Settings

_ROMAWI = {"I": 1, "II": 2, "III": 3, "IV": 4}
_NAMA_TRIWULAN = re.compile(r"Triwulan (IV|III|II|I)")
_RENCANA = "rencana untuk "  # a plan for a period the report has covered, in the verdict (narasi_pesan)


def teks_dibaca(header: str, points: Sequence[str]) -> str:
    """A cell's points as the check reads them: one per line; under Tindak Lanjut a numbered list under
    its header, as the report prints the column."""
    if header == c.H_TINDAK_LANJUT:
        return "Tindak lanjut:\n" + "\n".join(f"{i}) {point}" for i, point in enumerate(points, start=1))
    return "\n".join(points)


# (narasi51) the columns of what is still to be done: in Triwulan I too a later quarter there is a plan's
_KE_DEPAN = (c.H_UPAYA, c.H_TINDAK_LANJUT)


def _kemudian(nama: str, settings: Settings, header: str) -> bool:
    """Whether a name of the verdict is a quarter after the reported one (from Triwulan II on; in the
    Upaya and Tindak Lanjut columns from Triwulan I)."""
    match = _NAMA_TRIWULAN.fullmatch(nama)
    pertama = 1 if header in _KE_DEPAN else 2
    return bool(
        match and not settings.laporan_tahunan and pertama <= settings.triwulan < _ROMAWI[match.group(1)]
    )


# (speed50) all a point read alone can add to its cell's verdict is a plan's period ("rencana untuk
# ..."), read only off a plan word (narasi_rencana._TEPAT, _TEPAT_AWAL; narasi_sisa's month plans and
# the year's end, "akan", "direncanakan", "di jadwalkan" joined by narasi_pola.ejaan) or a "tindak lanjut"
# list's header (narasi_sisa._daftar_tindak_lanjut: the Tindak Lanjut column's own): a point holding none
# is not read again alone (the checks add none of these words to a text)
_KATA_RENCANA = re.compile(
    r"\bakan\b|\b(?:rencana|merencanakan|di\s*(?:rencanakan|jadwalkan|agendakan|targetkan))|\btindak\s+lanjut\b",
    re.IGNORECASE,
)


def _disebut(
    header: str, points: Sequence[str], settings: Settings, baca: Callable[[str], list[str]]
) -> list[str]:
    """The other periods a cell names (the verdict of :func:`lkj_xl.core.narasi.periode_lain`, ``baca``):
    read whole, and each point's stale plan read alone (the points are no sentences of one paragraph:
    the check's clause runs to a dot, not to a line's end); a later quarter only if a point read alone
    as a Tindak Lanjut list names it too (the list's header reaches a few words into it)."""
    from lkj_xl.core.narasi import ada_periode

    # a point naming a period is one of the cell's (its header and the lines' joins name none): a cell
    # naming none is answered at its first look, without a point looked at
    if not ada_periode(teks := teks_dibaca(header, points)):
        return []
    named = baca(teks)
    if len(points) > 1:  # a point's stale plan read alone: a neighbour's "telah ..." is not its history
        for point in points:
            if _KATA_RENCANA.search(alone := teks_dibaca(header, [point])):
                named += [n for n in baca(alone) if n.startswith(_RENCANA) and n not in named]
    if not any(_kemudian(n, settings, header) for n in named):
        return named
    rencana = {n for p in points for n in baca(teks_dibaca(c.H_TINDAK_LANJUT, [p]))}
    return [n for n in named if n in rencana or not _kemudian(n, settings, header)]


def periode_analisis(
    analisis: Sequence[AnalisisEntry],
    settings: Settings,
    dibanding: Mapping[tuple[int, str], frozenset[str]] | None = None,
) -> list[Finding]:
    """A peringatan at each Analisis text cell naming another period than the report's; ``dibanding``,
    by (the entry's index, the column), the figures the figure check compared there
    (:func:`lkj_xl.core.angka_teks.angka_analisis`): up to TW IV in the year's report is its figure's
    period only before one of them."""
    if not analisis or settings.triwulan_galat:
        return []
    from lkj_xl.core.narasi import periode_lain
    from lkj_xl.core.narasi_pesan import periode_pesan

    dibaca: dict[tuple[str, bool, frozenset[str]], list[str]] = {}

    def baca(teks: str, sebab: bool, angka: frozenset[str]) -> list[str]:
        """A text's verdict, each text read once (a point copied to another row, a lone Tindak Lanjut
        point read as its cell and as a point of the list): a new list each time."""
        if (teks, sebab, angka) not in dibaca:
            dibaca[teks, sebab, angka] = periode_lain(teks, settings, sebab, angka)
        return list(dibaca[teks, sebab, angka])

    out: list[Finding] = []
    for index, entry in enumerate(analisis):
        columns = (entry.faktor_pendukung, entry.faktor_penghambat, entry.upaya, entry.tindak_lanjut)
        for header, points in zip(c.ANALISIS_TEXT_HEADERS, columns):
            if not points or header not in entry.sel:
                continue
            # (narasi51) an earlier quarter told as a cause's time is history in the Faktor columns only
            sebab = header not in _KE_DEPAN
            angka = (dibanding or {}).get((index, header), frozenset())
            named = _disebut(header, points, settings, partial(baca, sebab=sebab, angka=angka))
            if named:
                subjek = f'{header} Kode "{entry.kode}"' + (
                    f' indikator "{entry.indikator}"' if entry.indikator else ""
                )
                pesan = periode_pesan(subjek, named, settings)
                out.append(Finding(PERINGATAN, c.SHEET_ANALISIS, entry.sel[header], pesan, PERIODE_LAIN))
    return out
