"""An earlier rekap (its workbook, CSV/Parquet set or JSON) in an agency's own folder.

The admin's earlier rekap is left out of the rekap: never an agency's row, and its folder ("tw3/csv/",
"Hasil Rekap/") never an agency's without a workbook. But a Bappeda officer may run ``lkj-xl rekap
-o`` into a folder made for an agency's files (``03 Dinas Perikanan/``), one whose agency has sent
nothing yet: that folder, named as an agency, holds no agency's workbook, and its agency is missing
from the ranking (a province's Pemda folder likewise: its Bappeda sent its rekap, not its agencies'
workbooks). It is named in ``Perangkat daerah tanpa buku kerja`` (a Pemda's folder in
core.rekap_pemda_kosong's warning) with the earlier rekap's file, saying what it is
(core.rekap_berkas_lain). Beside the agency's workbook it hides nothing: the folder holds a workbook.
Pure."""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import PurePath

from lkj_xl.core.rekap_berkas_lain import agency_named
from lkj_xl.core.rekap_pemda_kosong import PEMDA_FOLDER

# Pemeriksaan's keterangan of an earlier rekap workbook (status core.DILEWATI), and what the warning
# on an agency's folder holding only an earlier rekap says of its file.
ALASAN_REKAP = "hasil lkj-xl rekap, bukan buku kerja perangkat daerah"

# A word of a folder's name saying it holds a rekap ("Rekap", "Rekapitulasi", "Hasil_Rekap").
_REKAP_WORD = re.compile(r"(?:\b|_)rekap", re.IGNORECASE)


def in_agency_folder(path: str | PurePath, roots: Collection[str | PurePath]) -> bool:
    """``path`` (an earlier rekap's file) lies directly in a folder named as an agency's
    (:func:`agency_named`: ``03 Dinas Perikanan/``, ``Bappeda/``) or a Pemda's (a province's ``Kab
    Jember/``, whose Bappeda sent its rekap instead of its agencies' workbooks), not a folder given
    itself: its agency's (or Pemda's agencies') workbook is then missing unless the folder holds one,
    in it or below it. The admin's own folders (``csv/``, ``Hasil Rekap/``, ``01 Rekap Bappeda/``)
    are none, nor one whose name says it holds the rekap, whatever agency or Pemda it names besides
    (``Bagian Organisasi - Rekap TW III/``, ``Kab Jember Rekap/``: the collector's)."""
    folder = PurePath(path).parent
    if folder in {PurePath(root) for root in roots} or _REKAP_WORD.search(folder.name):
        return False
    return agency_named(folder.name) or bool(PEMDA_FOLDER.match(folder.name))
