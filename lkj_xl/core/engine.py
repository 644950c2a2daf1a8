"""The computations of the report, from parsed workbook input to a Report: indicators (realisasi
s.d. TW, capaian, galat), then the hierarchy, budgets and summary (their own modules).

Pure Python (no openpyxl/xlwings/pandas). Full precision everywhere; rounding is for display only.
The formulas live in :mod:`lkj_xl.core.formulas` and are re-exported here.
"""

from __future__ import annotations

import dataclasses
import operator
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core import perbandingan_kosong, predikat, rentang_skor
from lkj_xl.core.analisis_periode import periode_analisis
from lkj_xl.core.angka_dulu import Dulu
from lkj_xl.core.angka_teks import angka_analisis
from lkj_xl.core.blank_program import fill_over_kinerja_rows
from lkj_xl.core.budget import (
    budget_result,
    dash_revisions,
    quarter_typed,
    ribuan_columns,
    row_subject,
    spending_column_blank,
)
from lkj_xl.core.budget_tree import rollup
from lkj_xl.core.capaian_looks import looks
from lkj_xl.core.comma_thousands import comma_thousands
from lkj_xl.core.copied_quarter import copied_column, copied_spending
from lkj_xl.core.counted_rows import counted_rows, programs_without_budget
from lkj_xl.core.desimal_sipd import kinerja_decimals
from lkj_xl.core.efisiensi_row import efisiensi_row
from lkj_xl.core.findings import (
    FindingLog,
    galat_status,
    group_identical,
    quarter_asked,
    row_runs,
)
from lkj_xl.core.formulas import (
    Number,
    band_edges,
    capaian,
    capaian_decimals,
    capaian_exact,
    capped,
    efisiensi,
    efisiensi_decimals,
    exact_sum,
    figure_decimals,
    finite,
    fraction_float,
    kriteria,
    realisasi_sd,
    round_half_up,
)
from lkj_xl.core.hierarchy import build_nodes, node_capaian
from lkj_xl.core.indeks_dijumlahkan import index_word
from lkj_xl.core.indicator_cells import (
    NO_REALISASI,
    applicable_target,
    blank_rows,
    formula_zero,
    partial_quarters,
    percent_signs,
    quarter_numbers,
    realisasi_column_blank,
    unused_by_nilai_akhir,
    verdict_typed,
)
from lkj_xl.core.jumlah_persen import summed_share
from lkj_xl.core.kalimat import tertulis, tertulis_sendiri
from lkj_xl.core.merge_said import merges_said_by_galat
from lkj_xl.core.model import (
    GALAT,
    PERINGATAN,
    BudgetInput,
    BudgetResult,
    IndicatorInput,
    IndicatorResult,
    Node,
    Report,
    Settings,
    Value,
    WorkbookInput,
    walk,
)
from lkj_xl.core.na_dilaporkan import year_not_available
from lkj_xl.core.pagu_murni import pagu_murni_thousandfold
from lkj_xl.core.pagu_seribu import pagu_thousandfold, pagu_thousandth
from lkj_xl.core.pagu_sipd import pagu_decimals, sipd_totals
from lkj_xl.core.pembanding import compare
from lkj_xl.core.periode_diminta import Periode, dihitung, terapkan
from lkj_xl.core.pk_on_top import OnTop, again, left_out
from lkj_xl.core.pk_room import pk_total
from lkj_xl.core.rentang_cek import diketik
from lkj_xl.core.rincian import place_budgets
from lkj_xl.core.rincian_ribuan import rincian_in_sum
from lkj_xl.core.rincian_said import rows_of
from lkj_xl.core.rupiah_penuh import target_pasted, whole_rupiah_target
from lkj_xl.core.satuan_utuh import typed_fraction
from lkj_xl.core.sd_belum_diketahui import sd_unknown
from lkj_xl.core.serapan_mustahil import spending_beyond_reading
from lkj_xl.core.summary import summary
from lkj_xl.core.target_tertulis import with_target_texts
from lkj_xl.core.total_pagu import anggaran_letters, check_total_pagu
from lkj_xl.core.verdicts import realisasi_unless_verdict

__all__ = [
    "Number",
    "band_edges",
    "capaian",
    "capaian_decimals",
    "capaian_exact",
    "compute",
    "efisiensi",
    "efisiensi_decimals",
    "galat_status",
    "kriteria",
    "realisasi_sd",
    "round_half_up",
]


_float = fraction_float  # (float() of a Fraction, fewer calls: per indicator, several times)


def _graded(
    item: IndicatorInput,
    settings: Settings,
    triwulan: int,
    log: FindingLog,
    applicable: Value,
    grade: predikat.Predikat,
) -> IndicatorResult:
    """An indicator whose target is a grade (README "Grade targets"), scored by :mod:`predikat`."""
    name = f'indikator "{item.indikator}" ({item.kode})'
    hasil = predikat.nilai(item, name, applicable, grade, None if settings.triwulan_galat else triwulan, log)
    if settings.triwulan_galat or item.galat:  # no quarter known, or typed twice: no grade
        bad = [*([settings.triwulan_galat] if settings.triwulan_galat else []), *item.galat]
        hasil = predikat.Hasil(bad, galat_status(bad))
    cut = capped(hasil.capaian, settings.batas_capaian) if hasil.capaian is not None else None
    full = float(hasil.capaian) if hasil.capaian is not None else None
    outcome = _Outcome(applicable, "", None, None, hasil.capaian, full, cut, hasil.status, hasil.galat)
    label = predikat.nama_skala(grade, item, applicable)
    return _result(item, settings, log, outcome, label, hasil.realisasi_text)


def _indicator(item: IndicatorInput, settings: Settings, triwulan: int, log: FindingLog) -> IndicatorResult:
    sheet = c.SHEET_KINERJA
    name = f'indikator "{item.indikator}" ({item.kode})'
    applicable = item.target_perubahan if item.target_perubahan.filled else item.target
    grade = predikat.baca(applicable.status) if applicable.status and applicable.exact is None else None
    if grade is not None:  # Opini BPK "WTP", Predikat SAKIP "BB": README "Grade targets"
        return _graded(item, settings, triwulan, log, applicable, grade)
    # Cells among the values this indicator needs that cannot be used (the Triwulan among them when it
    # is unreadable: no quarter's figure): nothing is scored from the rest.
    galat: list[str] = [settings.triwulan_galat] if settings.triwulan_galat else []
    galat += item.galat  # the indicator typed again with other figures
    target_value, header, target = applicable_target(item, name, log, galat)
    whole_rupiah_target(item, name, log)  # ("Rp 325.000.000.000" beside a Target Perubahan 350)
    if not item.polaritas:  # unknown text: parse reported it at its cell
        galat.append(log.where(sheet, "Polaritas", item.row))
    if not item.jenis_realisasi:
        galat.append(log.where(sheet, "Jenis Realisasi", item.row))
    # No quarter known (Pengaturan's Triwulan unreadable): none is counted, so none is checked as if it
    # were (a check of TW IV's cell against the target would assume a report s.d. TW IV).
    counted = 0 if settings.triwulan_galat else triwulan
    beda: list[str] = []  # quarters in another scale than the target: a peringatan, a note unless unused
    typed = diketik(target_value, item) if target_value.rentang is not None else target_value
    cells = [(header, typed), *zip(c.REALISASI_TW_HEADERS, item.realisasi_tw[:counted])]
    numbers, statuses = (
        quarter_numbers(item, name, counted, cells[0][1], log, galat, beda) if counted else ([], [])
    )
    if item.jenis_realisasi == c.NILAI_AKHIR:  # (any other Jenis uses every counted quarter: unchanged)
        galat, beda = (unused_by_nilai_akhir(item, numbers, refs, log) for refs in (galat, beda))
    if pasted := target_pasted(item, name, (numbers, counted), log, galat):  # 325.000 (juta) beside 80 + 95
        galat.append(log.where(sheet, pasted, item.row))
    if item.jenis_kosong:  # 98,75 + 98 + 97,5 + 98 % summed unasked: a galat
        summed_share(item, name, numbers, counted, log, galat, index_word(item.indikator))
    # (never TW III's figure as the year's, nor a Kumulatif's or Rata-rata's earlier quarters as the whole)
    # (sd_unknown needs the counted quarter without a figure, its two rules' first test: most rows have one)
    if (
        0 < counted <= len(numbers)
        and numbers[counted - 1] is None
        and (unknown := sd_unknown(item, numbers, counted)) is not None
    ):
        year_not_available(item, name, counted, numbers, log)  # ("N/A" in a Nilai Akhir's TW IV: said)
        numbers, statuses = [None] * len(numbers), [unknown]
    # (a cell already a galat needs no peringatan about its %)
    usable = [(h, v) for h, v in cells if log.where(sheet, h, item.row) not in galat] if galat else cells
    percent_signs(usable, item, name, log)
    comma_thousands(log, sheet, item.row, name, cells, item.satuan)
    kinerja_decimals(usable, item, name, log)  # ("Rp 3.750.000,000": before seperseribu, lebih dari 10 kali)

    status: str | None = None
    realisasi: Fraction | None = None
    raw: Fraction | None = None
    value_capaian: Fraction | None = None
    raw_float: float | None = None
    if galat:
        status = galat_status(galat)
        if known_zero(target_value) and set(galat) == {log.where(sheet, header, item.row)}:
            # a zero target is the only galat: the realisasi is read and known, and printed beside
            # the target (0 beside 0, 2 beside 0); still no capaian (the formula divides by it)
            realisasi = realisasi_sd(numbers, item.jenis_realisasi)
            if realisasi is not None:  # printed: the same notes as beside a usable target
                _realisasi_notes(item, name, (triwulan, counted), numbers, realisasi, log)
    else:
        realisasi = realisasi_unless_verdict(item, numbers, counted)  # "selesai" after TW I's 40: None
        if realisasi is not None:
            _realisasi_notes(item, name, (triwulan, counted), numbers, realisasi, log)
        if realisasi is None:
            status = statuses[-1] if statuses else NO_REALISASI
            if statuses and (target is not None or target_value.rentang):  # "tercapai" typed: said
                verdict_typed(item, name, counted, log)
        elif target is not None or target_value.rentang is not None:
            applied = (target_value, header, target)
            status, raw, raw_float, value_capaian = _capaian(
                item, name, settings, triwulan, log, cells, realisasi, applied, galat
            )
    typed_fraction(usable, item, name, log)  # ("4,5" orang; last: quiet beside another word of it)
    outcome = _Outcome(
        target_value, header, target, realisasi, raw, raw_float, value_capaian, status, galat, beda
    )
    return _result(item, settings, log, outcome)


def _realisasi_notes(
    item: IndicatorInput,
    name: str,
    quarters: tuple[int, int],
    numbers: list[Fraction | None],
    realisasi: Fraction,
    log: FindingLog,
) -> None:
    """The notes beside a realisasi read (a usable target or a zero one): quarters left blank before the
    reported one, a quarter's zero computed by a formula. ``quarters``: the reported and the counted."""
    triwulan, counted = quarters
    partial_quarters(item, name, triwulan, numbers, log)
    if item.nol_rumus:
        formula_zero(item, name, counted, realisasi, log)


def _capaian(
    item: IndicatorInput,
    name: str,
    settings: Settings,
    triwulan: int,
    log: FindingLog,
    cells: list[tuple[str, Value]],
    realisasi: Fraction,
    applied: tuple[Value, str, Fraction | None],
    galat: list[str],
) -> tuple[str | None, Fraction | None, float | None, Fraction | None]:
    """A realisasi read scored against the target applied (its Value, column, figure) or its range: the
    status, the capaian before the cap (exact and float) and after it. A capaian the formula cannot
    give is a galat at the target's cell, added to ``galat``."""
    target_value, header, target = applied
    sheet = c.SHEET_KINERJA
    try:
        raw = rentang_skor.nilai(realisasi, target, target_value, item.polaritas)
        raw_float = finite(raw)
    except ValueError as exc:
        log.add(GALAT, sheet, header, item.row, f"Capaian {name} tidak dapat dihitung: {exc}")
        galat.append(log.where(sheet, header, item.row))
        return galat_status(galat), None, None, None
    value_capaian = capped(raw, settings.batas_capaian)
    # (core.capaian_looks: the peringatan of a capaian computed as typed)
    looks(cells, item, name, settings, (value_capaian, realisasi, triwulan), log)
    return None, raw, raw_float, value_capaian


_QUARTERS = len(c.REALISASI_TW_HEADERS)


def _tw_texts(item: IndicatorInput, galat: list[str], log: FindingLog) -> list[str]:
    """Each quarter as the tables show it: an unusable cell as "Galat (Kinerja!L7)", never as typed
    (a status holding a number, "sekitar 95", a galat where it counts, reads as a figure)."""
    if not galat:  # (most indicators: no quarter's place to name, nor to look up in galat)
        return [galat_status([v.galat]) if v.galat else v.text for v in item.realisasi_tw[:_QUARTERS]]
    shown: list[str] = []
    for header, v in zip(c.REALISASI_TW_HEADERS, item.realisasi_tw):
        where = log.where(c.SHEET_KINERJA, header, item.row) if galat and v.status and v.exact is None else ""
        shown.append(galat_status([v.galat or where]) if v.galat or where in galat else v.text)
    return shown


@dataclasses.dataclass
class _Outcome:
    """An indicator's figures as :func:`_indicator` found them, for :func:`_result`."""

    target_value: Value
    header: str  # the applicable target's column ("Target Perubahan"), "" for a grade
    target: Fraction | None
    realisasi: Fraction | None
    raw: Fraction | None  # capaian before the cap
    raw_float: float | None  # the same as a float
    capaian: Fraction | None  # after the cap
    status: str | None
    galat: list[str]
    satuan_beda: list[str] = dataclasses.field(default_factory=list)  # quarters in another scale


# (a list of each quarter's attribute made in C: a comprehension is a Python call of its own)
_NUMBER, _SCALE_WORD = operator.attrgetter("number"), operator.attrgetter("scale_word")


def known_zero(value: Value) -> bool:
    """A target read as zero (`0`, `nihil`): no capaian (the formula divides by it), but a known figure."""
    return value.galat == "" and value.exact is not None and value.exact.numerator == 0


def _result(
    item: IndicatorInput,
    settings: Settings,
    log: FindingLog,
    o: _Outcome,
    skala_predikat: str = "",
    realisasi_text: str = "",
) -> IndicatorResult:
    sheet = c.SHEET_KINERJA
    target, realisasi, raw, value_capaian, galat = o.target, o.realisasi, o.raw, o.capaian, o.galat
    raw_float = o.raw_float
    if skala_predikat or target is not None or known_zero(o.target_value) or o.target_value.rentang:
        target_text = o.target_value.text  # the grade or the range as typed ("WTP", "60-85 %"), or the number
    else:  # an unusable cell shows where it is, never as typed ("#REF!", "12,3,4" read as a figure)
        target_text = galat_status([o.target_value.galat or log.where(sheet, o.header, item.row)])
    tahun = item.realisasi_tahun
    # a zero target the one galat, its realisasi known (:func:`_indicator`)
    known_zero_only = (
        realisasi is not None
        and known_zero(o.target_value)
        and galat == [log.where(sheet, o.header, item.row)]
    )
    # The APBD-P's target used and differing from the PK's: the tables say so.
    old, new = item.target, item.target_perubahan
    # (filled: the Target Perubahan is the target used; Values are shared, never told apart by identity)
    revised = new.filled and (new.exact, new.status, new.rentang) != (old.exact, old.status, old.rentang)
    result = IndicatorResult(
        row=item.row,
        kode=item.kode,
        tingkat=item.tingkat,
        kode_induk=item.kode_induk,
        uraian=item.uraian,
        indikator=item.indikator,
        satuan=item.satuan,
        polaritas=item.polaritas,
        # a grade is read as Nilai Akhir, a blank Jenis (Kumulatif by default) too (predikat)
        jenis_realisasi=c.NILAI_AKHIR if skala_predikat and item.jenis_kosong else item.jenis_realisasi,
        jenis_kosong=item.jenis_kosong,
        # a zero target has no capaian but is a figure read: every table prints it (0, never "Galat")
        target=_float(target) if target is not None else (0.0 if known_zero(o.target_value) else None),
        target_text=target_text,
        realisasi_tw=list(map(_NUMBER, item.realisasi_tw)),
        realisasi_tw_text=_tw_texts(item, galat, log),
        realisasi=_float(realisasi) if realisasi is not None else None,
        status=o.status if value_capaian is None else None,
        capaian=(raw_float if value_capaian is raw else _float(value_capaian))
        if value_capaian is not None
        else None,
        capaian_mentah=raw_float,
        kriteria=kriteria(value_capaian, settings.skala) if value_capaian is not None else None,
        keterangan=item.keterangan,
        scale_word=o.target_value.scale_word,
        capaian_exact=value_capaian,
        galat=galat,
        realisasi_tw_scale=list(map(_SCALE_WORD, item.realisasi_tw)),
        # Perbandingan Kinerja never divides by the PK's target: a zero target's known realisasi is compared
        pembanding=compare(item, realisasi, [] if known_zero_only else galat, settings, log),
        realisasi_tahun={year: v.number for year, v in sorted(tahun.items())} if tahun else {},
        realisasi_tahun_text={
            year: galat_status([v.galat]) if v.galat else v.text for year, v in sorted(tahun.items())
        }
        if tahun
        else {},
        formulasi=item.formulasi,
        sumber_data=item.sumber_data,
        skala_predikat=skala_predikat,
        realisasi_text=realisasi_text,
        target_awal=old.number if revised else None,
        satuan_beda=o.satuan_beda if realisasi is not None else [],
    )
    if o.target_value.rentang is not None and value_capaian is not None:  # every such row says how
        result.rentang = rentang_skor.catat(log, item, o.header, realisasi, o.target_value)  # type: ignore[arg-type]
    if revised:
        _both_targets(result, item, settings)
    return with_target_texts(result, o.target_value, old, revised)  # (core.target_tertulis)


def _both_targets(result: IndicatorResult, item: IndicatorInput, settings: Settings) -> None:
    """The PK's target and the Target Perubahan used, as the tables print both beside each other: with
    the decimals of the Target column, which shows the latter."""
    old, new = item.target, item.target_perubahan
    decimals = figure_decimals(result, settings.skala, desimal=settings.desimal)
    # (a PK target in another scale word than the one used keeps its own decimals: "5.984,04 milyar")
    result.target_pk = tertulis(old, item.satuan, decimals if old.scale_word == new.scale_word else None)
    result.target_perubahan = tertulis(new, item.satuan, decimals)
    # the PK's tables print a target not read as every table does, never its text ("90 %%")
    result.target_pk_sendiri = galat_status([old.galat]) if old.galat else tertulis_sendiri(old, item.satuan)


# --- entry point ------------------------------------------------------------------------------------


def _indicators(
    items: list[IndicatorInput], settings: Settings, log: FindingLog
) -> tuple[list[IndicatorResult], str]:
    """Each indicator's figures, and Report.kinerja_kosong: the reported quarter blank in every row (or a
    copy of the quarter before, copied_quarter) is said once at its title; an indicator with nothing
    typed while other rows have it, at its cell."""
    tw, known = settings.triwulan, not settings.triwulan_galat
    kosong = realisasi_column_blank(log, items, tw) if known else ""
    if known and not kosong:  # (a column blank in every row is no copy)
        kosong = copied_column(log, items, tw)
    results = [_indicator(item, settings, tw, log) for item in items]
    if known:
        blank_rows(items, [r.status for r in results], tw, log)
    return results, kosong


# The peringatan of a workbook with neither indicator nor program row (the rekap tells a blank
# template by it: core.rekap_kosong).
NO_ROWS = (
    f"Belum ada indikator di sheet {c.SHEET_KINERJA} dan belum ada program di sheet {c.SHEET_ANGGARAN}: "
    "semua tabel kosong; isi baris di bawah judul kolom kedua sheet itu"
)


def _no_indicator(log: FindingLog, programs: bool) -> None:
    """The peringatan at Kinerja's header when it has no indicator row: every output of the findings
    (Pemeriksaan, check, the task pane's count, the mail) says why the tables are empty; rows typed
    there, none counted for a galat (a PK pasted without its Kode), are named, not called missing."""
    kinerja = c.SHEET_KINERJA
    header = log.header_rows.get(kinerja, 0)
    galat = {
        r for f in log.items if (f.sheet, f.severity) == (kinerja, GALAT) for r in rows_of(f) if r > header
    }
    if galat:
        rows = sorted(galat)
        what = "capaian, kriteria dan efisiensi tidak dihitung, hanya realisasi anggaran" if programs else ""
        message = (
            f"Tidak ada indikator yang dihitung di sheet {kinerja}: {len(rows)} baris yang diisi (baris "
            f"{row_runs(rows)}) tidak dihitung karena galat; perbaiki galat di baris itu ("
            f"{what or 'semua tabel kosong'})"
        )
    elif programs:
        message = (
            f"Belum ada indikator di sheet {kinerja}: capaian, kriteria dan efisiensi tidak dihitung, hanya "
            "realisasi anggaran; isi indikator di bawah judul kolom"
        )
    else:
        message = NO_ROWS
    log.add(PERINGATAN, kinerja, "Kode", header, message)


def _budget_rows(
    inputs: list[BudgetInput],
    settings: Settings,
    log: FindingLog,
    nodes: dict[str, Node],
    totals: list[tuple[str, Fraction, Fraction]],
) -> tuple[list[BudgetResult], str]:
    """Each budget row's figures, and Report.anggaran_kosong. The reported quarter typed in some rows
    (a known quarter): a blank one is a slip at its cell; blank in every row: said once at its title
    (a single row's at its cell); a copy of the quarter before in every row: noted (copied_quarter)."""
    tw, no_quarter = settings.triwulan, settings.triwulan_galat
    kosong = "" if no_quarter or quarter_typed(inputs, tw) else spending_column_blank(log, inputs, tw)
    partly = not no_quarter and not kosong
    ribuan = ribuan_columns(inputs, tw) if not no_quarter else frozenset()
    rows = [
        budget_result(
            item, tw, log, row_subject(item, nodes), no_quarter, quarter_typed=partly, ribuan=ribuan
        )
        for item in inputs
    ]
    pairs, subject = list(zip(inputs, rows)), lambda item: row_subject(item, nodes)
    pagu_decimals(log, pairs, nodes, subject, totals)  # "3.578.850,000" beside billions: Rp 3.578.850.000?
    pagu_thousandfold(log, pairs, nodes, subject, totals, log.sd(tw) if tw else "")  # "1.200.000.000.000"
    spent = [(item, result.realisasi_exact) for item, result in pairs]
    pagu_murni_thousandfold(log, spent, subject, log.sd(tw) if tw else "")  # Pagu 1.000 x its Perubahan
    pagu_thousandth(log, pairs, nodes, subject, tw)  # "1.200.000" for Rp 1,2 M
    rincian_in_sum(log, pairs, subject)  # a Kegiatan's "700.000" in its made program's pagu
    spending_beyond_reading(log, pairs, subject, tw)  # 2.000 times its pagu: no reading gives 208.350 %
    return rows, copied_spending(log, inputs, tw) if partly else kosong


def compute(data: WorkbookInput, triwulan: Periode | None = None, *, for_rekap: bool = False) -> Report:
    """Compute every table of the report from parsed workbook input. Never raises on bad rows. Lines
    on top of Anggaran left out as a program's rincian against Pengaturan's Total Pagu Perjanjian
    Kinerja: computed again counting them, or naming it (pk_on_top). ``for_rekap``: Tabel 3.3's rows
    (``efisiensi``) and the Ringkasan (``ringkasan``) left empty, the rest as always: the rekap's rows
    read neither, and both are pure (no finding is said while they are made)."""
    first = OnTop()
    report = _compute(data, triwulan, first, for_rekap)
    second = again(first, report.budgets, report.settings, data.budgets)
    return _compute(data, triwulan, second, for_rekap) if second is not None else report


def _compute(data: WorkbookInput, triwulan: Periode | None, on_top: OnTop, for_rekap: bool = False) -> Report:
    # A copy: computing the same inputs for another quarter must not change an earlier report.
    settings = dataclasses.replace(data.settings)
    if triwulan is not None:  # (narasi58: a half year's or the year's report too, "Semester I", "Tahunan")
        terapkan(settings, triwulan)
    findings = list(data.findings)
    if triwulan is not None and data.settings.triwulan_galat:
        quarter_asked(findings, data.settings.triwulan_galat, dihitung(settings))
    log = FindingLog(findings, _columns_by_canonical(data), data.header_rows)
    if triwulan is None:  # (another quarter asked for: Pengaturan's is not the one to change)
        log.triwulan_sel = settings.triwulan_sel
    log.tahun_tahunan = settings.tahun_tahunan
    log.semester = settings.semester_laporan
    tw = settings.triwulan
    results, kinerja_kosong = _indicators(data.indicators, settings, log)
    if not data.indicators:  # a blank workbook sent back: "0 galat" alone reads as checked and fine
        _no_indicator(log, bool(data.budgets))
    roots, nodes = build_nodes(results, log)
    # A node's uraian comes from its first row; fill it on every indicator for display.
    for r in results:
        if not r.uraian:
            r.uraian = nodes[r.kode].uraian
    for node in nodes.values():
        node_capaian(node, settings.skala)

    details_tw = 0 if settings.triwulan_galat else tw  # (no quarter known: the spending not compared)
    inputs = counted_rows(data.budgets, nodes, log, details_tw, on_top, pk_total(settings))
    inputs = fill_over_kinerja_rows(inputs, nodes, details_tw, log)  # (a blank program over its rows)
    dash_revisions(log, inputs)
    typed, kosong = _budget_rows(inputs, settings, log, nodes, sipd_totals(data.typed_total, settings))
    budgets, details, unplaced, cut = place_budgets(typed, inputs, nodes, tw, log, data.tanpa_indikator)
    programs_without_budget(nodes, [*data.budgets, *inputs], log, data.indicators)
    rollup(roots, budgets, unplaced, cut, details)

    galat_anggaran = [ref for b in budgets for ref in b.galat]
    total_pagu_exact = exact_sum([b.pagu_exact for b in budgets if b.pagu_exact is not None])
    total_real_exact = exact_sum([b.realisasi_exact for b in budgets if b.realisasi_exact is not None])
    total_pagu, total_real = float(total_pagu_exact), float(total_real_exact)
    penyerapan_exact = (
        total_real_exact / total_pagu_exact * 100 if total_pagu_exact and not galat_anggaran else None
    )
    # (and a "TOTAL" typed in Anggaran)
    check_total_pagu(settings, budgets, total_pagu_exact, findings, data, on_top)
    settings.total_pagu_lines = left_out(on_top, anggaran_letters(data))  # named by the Total's note
    dulu = Dulu(data.indicators, settings, _indicator, log.columns)  # (narasi62) an earlier period's capaian
    angka, dibanding = angka_analisis(data.analisis, nodes, settings, dulu)
    findings += angka  # a figure in Analisis the table contradicts
    findings += periode_analisis(data.analisis, settings, dibanding)  # a text left from another period
    # analysis inputs without one comparison figure: no Perbandingan Kinerja, and why
    if said := perbandingan_kosong.peringatan(results, data.indicators, settings, data.analisis_inputs, log):
        findings.append(said)
    log.flush()
    findings[:] = group_identical(merges_said_by_galat(findings))  # a merge galat, no peringatan too
    # (after the findings are final: a note names each budget galat in its own words, as the mail does)
    tree = [n for n in walk(roots) if n.tingkat in ("Tujuan", "Sasaran")] if not for_rekap else []
    rows = [efisiensi_row(node, findings, settings) for node in tree]
    return Report(
        settings=settings,
        indicators=results,
        roots=roots,
        budgets=budgets,
        efisiensi=rows,
        ringkasan=summary(results, settings.skala, settings.desimal) if not for_rekap else [],
        findings=findings,
        # A total that would leave an unreadable cell out is unknown (Tabel 3.4 shows its Galat).
        total_pagu=None if any(b.pagu is None for b in budgets) else total_pagu,
        total_realisasi_anggaran=None if any(b.realisasi is None for b in budgets) else total_real,
        total_penyerapan=float(penyerapan_exact) if penyerapan_exact is not None else None,
        total_penyerapan_exact=penyerapan_exact,
        galat_anggaran=galat_anggaran,
        anggaran_kosong=kosong,
        kinerja_kosong=kinerja_kosong,
        analisis=list(data.analisis),
        analisis_inputs=data.analisis_inputs,
    )


def _columns_by_canonical(data: WorkbookInput) -> dict[str, dict[str, str]]:
    """Column letters keyed by the contract's sheet names (the user's sheet may differ in case)."""
    out: dict[str, dict[str, str]] = {}
    for sheet, cols in data.columns.items():
        for canonical in c.INPUT_SHEETS:
            if c.normalize_label(sheet) == c.normalize_label(canonical):
                out[canonical] = cols
    return out
