"""A Perbandingan Kinerja without a single comparison figure (review of stop 51).

The analysis inputs (Report.analisis_inputs) may hold nothing that sheet compares: Pengaturan's Tahun
Akhir Renstra alone, Realisasi Tahun Lalu typed ``-`` or ``belum ada`` in every row, the Analisis
sheet or Formulasi alone, or figures on Kegiatan or Sub Kegiatan rows only, which the sheet does not
list. Its every comparison would then be ``-``: a page of dashes in a signed report. Such a sheet
is not written (as without any analysis input; a rebuild removes the one written before, as the
analysis sheets go), and where staff asked for comparisons one peringatan says why: at a Kegiatan's
figure, else the Tahun Akhir Renstra's cell, else the first comparison cell typed. The
Analisis sheet and Formulasi / Sumber Data compare nothing and ask for nothing: no peringatan.

Pure: lkj_xl.core only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, clip
from lkj_xl.core.model import PERINGATAN, Finding, IndicatorInput, IndicatorResult, Report, Settings, Value

TIDAK_DIBUAT = f"lembar {c.SHEET_PERBANDINGAN} tidak dibuat"
# The columns whose figure Perbandingan Kinerja compares (an earlier year's "Realisasi <year>" too).
KOLOM = f"{c.H_TARGET_RENSTRA}, {c.H_REALISASI_TAHUN_LALU} atau {c.H_STANDAR_NASIONAL}"
_ISI = f"isi angka di kolom {KOLOM} bila perbandingan kinerja hendak dimuat"
_GALAT_TEXT = f"{c.GALAT_LABEL} ("  # an earlier year's unreadable cell, as realisasi_tahun_text shows it
# The levels the sheet lists (tables.perbandingan_kinerja.SECTIONS): a Kegiatan's figure is printed nowhere.
DIMUAT = ("Tujuan", "Sasaran", "Program")
_DIMUAT_TEKS = "Tujuan, Sasaran atau Program"


def diberikan(ind: IndicatorResult) -> bool:
    """Whether ``ind`` has something Perbandingan Kinerja compares: a figure of last year, of an
    earlier year, a Target Akhir Renstra or Standar Nasional (a range too), or such a cell unreadable
    or unusable (the sheet names it where its figure would be: ``Galat (Kinerja!P7)``). ``-``,
    ``belum ada`` and other statuses are no figure."""
    p = ind.pembanding
    if p.tahun_lalu is not None or p.target_renstra is not None or p.standar_nasional is not None:
        return True
    if p.rentang or p.galat:  # (every galat of a comparison is of a cell given: compare)
        return True
    if any(value is not None for value in ind.realisasi_tahun.values()):
        return True
    return any(text.startswith(_GALAT_TEXT) for text in ind.realisasi_tahun_text.values())


def ada(indicators: Iterable[IndicatorResult]) -> bool:
    """Whether any indicator the sheet lists (a Tujuan, Sasaran or Program) has a comparison
    (:func:`diberikan`): Perbandingan Kinerja is written. A Kegiatan's alone would leave every row
    it prints ``-``."""
    return any(ind.tingkat in DIMUAT and diberikan(ind) for ind in indicators)


def written_sheets(report: Report, names: Sequence[str] = c.OUTPUT_SHEETS) -> tuple[str, ...]:
    """The sheets of ``names`` a build of ``report`` writes (every front end: build, the add-in,
    the PDF, send): the analysis sheets only with an analysis input, Perbandingan Kinerja only when an
    indicator has a comparison figure; a rebuild removes the ones written before."""
    if not report.analisis_inputs:
        return c.written_sheets(False, names)
    return c.written_sheets(True, names, perbandingan=ada(report.indicators))


def peringatan(
    results: Sequence[IndicatorResult],
    inputs: Sequence[IndicatorInput],
    settings: Settings,
    analisis_inputs: bool,
    log: FindingLog,
) -> Finding | None:
    """Why Perbandingan Kinerja is not written, when staff asked for comparisons and none has a figure:
    at Pengaturan's Tahun Akhir Renstra; without it, at the first comparison cell typed (``-``,
    ``belum ada``; ``log`` names Kinerja's cells). None when the sheet is written or nothing asked for
    it (the Analisis sheet, Formulasi or Sumber Data alone)."""
    if not analisis_inputs or ada(results):
        return None
    if (below := _below(inputs, log)) is not None:
        return below
    if settings.tahun_akhir_renstra is not None:
        pesan = (
            f"{c.P_TAHUN_AKHIR_RENSTRA} diisi, tetapi belum ada angka {KOLOM} di sheet {c.SHEET_KINERJA}: "
            f"{TIDAK_DIBUAT}; isi angka di kolom itu bila perbandingan kinerja hendak dimuat"
        )
        return Finding(PERINGATAN, c.SHEET_PENGATURAN, settings.tahun_akhir_renstra_sel, pesan)
    typed = (
        (item, header, value)
        for item in inputs
        for header, value in _cells(item)
        if value.text or value.status
    )
    first = next(typed, None)
    if first is None:
        return None
    item, header, value = first
    pesan = (
        f'{header} indikator "{item.indikator}" ({item.kode}) berisi "{clip(value.text or value.status or "")}", '
        f"bukan angka, dan tidak ada angka pembanding lain di sheet {c.SHEET_KINERJA}: {TIDAK_DIBUAT}; {_ISI}"
    )
    return Finding(PERINGATAN, c.SHEET_KINERJA, log.ref(header, item.row, c.SHEET_KINERJA), pesan)


def _below(inputs: Sequence[IndicatorInput], log: FindingLog) -> Finding | None:
    """The first comparison figure of a Kegiatan or Sub Kegiatan, which the sheet does not list, said
    at its cell (staff gave a figure: "belum ada angka" would be untrue)."""
    for item in inputs:
        if item.tingkat in DIMUAT:
            continue
        for header, value in _cells(item):
            if value.number is not None or value.rentang is not None or value.galat:
                pesan = (
                    f'{header} indikator "{item.indikator}" ({item.kode}) tingkat {item.tingkat} tidak '
                    f"dimuat di lembar {c.SHEET_PERBANDINGAN}, yang hanya memuat indikator Tujuan, Sasaran dan Program, "
                    f"dan tidak ada angka pembanding pada indikator {_DIMUAT_TEKS}: {TIDAK_DIBUAT}; isi angka "
                    f"di kolom {KOLOM} indikator {_DIMUAT_TEKS} bila perbandingan kinerja hendak dimuat"
                )
                return Finding(PERINGATAN, c.SHEET_KINERJA, log.ref(header, item.row, c.SHEET_KINERJA), pesan)
    return None


def _cells(item: IndicatorInput) -> list[tuple[str, Value]]:
    """An indicator's comparison cells in Kinerja's reading order: earlier years, then the others."""
    years = [(c.realisasi_tahun_header(year), value) for year, value in sorted(item.realisasi_tahun.items())]
    return [
        *years,
        (c.H_REALISASI_TAHUN_LALU, item.realisasi_tahun_lalu),
        (c.H_TARGET_RENSTRA, item.target_renstra),
        (c.H_STANDAR_NASIONAL, item.standar_nasional),
    ]
