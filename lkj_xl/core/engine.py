"""The computations of the report, from parsed workbook input to a Report: indicators (realisasi
s.d. TW, capaian, galat), then the hierarchy, budgets and summary (their own modules).

Pure Python (no openpyxl/xlwings/pandas). Full precision everywhere; rounding is for display only.
The formulas live in :mod:`lkj_xl.core.formulas` and are re-exported here.
"""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core import pasted, predikat
from lkj_xl.core.budget import (
    budget_result,
    budgeted,
    check_total_pagu,
    quarter_typed,
    rollup,
    row_subject,
    without_nested,
)
from lkj_xl.core.capaian_checks import worth_a_look
from lkj_xl.core.findings import (
    FindingLog,
    after_period,
    comma_thousands,
    dot_thousands,
    galat_status,
    group_identical,
    other_sheet_zeros_hint,
    quarter_asked,
    scale_mismatch,
    target_nol,
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
    finite,
    kriteria,
    realisasi_sd,
    round_half_up,
)
from lkj_xl.core.hierarchy import build_nodes, node_capaian
from lkj_xl.core.model import (
    GALAT,
    PERINGATAN,
    EfisiensiRow,
    IndicatorInput,
    IndicatorResult,
    Node,
    Report,
    Settings,
    Value,
    WorkbookInput,
    walk,
)
from lkj_xl.core.numbers import format_number, is_level_unit, is_percent_unit, scaled_satuan
from lkj_xl.core.pembanding import compare
from lkj_xl.core.rincian import place_budgets
from lkj_xl.core.summary import summary
from lkj_xl.core.unit_checks import (
    count_clash,
    number_in_status,
    scaled_amount,
    scaled_percent,
    status_number,
)

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


def _target(
    item: IndicatorInput, name: str, log: FindingLog, galat: list[str]
) -> tuple[Value, str, Fraction | None]:
    """The target that applies (Target Perubahan when filled), its header and exact value; a target that
    cannot be used (unreadable, empty, zero, negative) adds its cell to ``galat``."""
    sheet = c.SHEET_KINERJA
    value: Value = item.target_perubahan if item.target_perubahan.filled else item.target
    header = "Target Perubahan" if value is item.target_perubahan else "Target"
    target = value.exact
    problem = ""
    if value.galat:
        galat.append(value.galat)
        return value, header, target
    if target is None:
        if value.status:
            problem = f'bukan angka: "{value.status}"'
            if header == "Target Perubahan":  # "tetap": no revision
                problem += "; kosongkan bila target tidak berubah"
        elif not value.text:
            problem = "kosong; capaian tidak dihitung"
        else:  # "-", "N/A": no data, where the target must be a number
            problem = f'berisi "{value.text}" (tidak ada data), bukan angka; capaian tidak dihitung'
    # The sign of a Fraction is its numerator's (the denominator is positive): no Fraction comparison.
    elif target.numerator == 0:
        problem, target = target_nol(item.polaritas), None
    elif target.numerator < 0:
        problem = "negatif; capaian tidak dihitung"
    if problem:
        log.add(GALAT, sheet, header, item.row, f"{header} {name} {problem}")
    if target is None or target.numerator <= 0:
        galat.append(log.where(sheet, header, item.row))
    return value, header, target


def _quarters(
    item: IndicatorInput, name: str, triwulan: int, target: Value, log: FindingLog, galat: list[str]
) -> tuple[list[Fraction | None], list[str]]:
    """The exact value of each quarter up to the reported one (None: no number) and the status texts
    met; an unreadable quarter adds its cell to ``galat``."""
    numbers: list[Fraction | None] = []
    statuses: list[str] = []
    for q, value in enumerate(item.realisasi_tw, start=1):
        if q > triwulan:  # after the reported quarter: not counted (after_period says so when filled)
            after_period(log, c.SHEET_KINERJA, item.row, q, triwulan, value, "Realisasi", name)
            numbers.append(None)
            continue
        if value.galat:
            galat.append(value.galat)
        numbers.append(value.exact)
        if value.exact is None and value.status:
            if target.exact is not None and (grade := predikat.predikat_lain(value)) is not None:
                header = c.REALISASI_TW_HEADERS[q - 1]
                log.add(
                    GALAT,
                    c.SHEET_KINERJA,
                    header,
                    item.row,
                    f'{header} {name} berisi predikat "{value.status}" ({grade.skala}), padahal targetnya '
                    "angka; tulis target dan realisasi sama-sama predikat atau sama-sama angka, capaian "
                    "tidak dihitung",
                )
                galat.append(log.where(c.SHEET_KINERJA, header, item.row))
                continue
            statuses.append(value.status)
            status_number(c.REALISASI_TW_HEADERS[q - 1], name, value, item, log)
        # (a zero or negative target is a galat of its own)
        positive = target.exact is not None and target.exact.numerator > 0
        if value.exact is not None and positive and count_clash(q, name, value, target, item, log, galat):
            numbers[-1] = None
            continue
        if value.exact is not None and target.exact and (why := scale_mismatch(value, target, item.satuan)):
            header = c.REALISASI_TW_HEADERS[q - 1]
            percent = is_percent_unit(item.satuan) or value.percent or target.percent
            if percent or scaled_satuan(item.satuan):
                # a percentage beside a number in juta, or a whole rupiah amount beside a figure in the
                # Satuan's juta: the capaian would be a million times off, whichever of the two is the slip
                why = (
                    scaled_percent(header, name, value, target, item)
                    if percent
                    else scaled_amount(header, name, item)
                )
                log.add(GALAT, c.SHEET_KINERJA, header, item.row, why)
                galat.append(log.where(c.SHEET_KINERJA, header, item.row))
                numbers[-1] = None
                continue
            log.add(
                PERINGATAN,
                c.SHEET_KINERJA,
                header,
                item.row,
                f"Target dan realisasi {name} ditulis dengan satuan berbeda ({why}); periksa besarnya",
            )
    return numbers, statuses


_FILL_IN = 'isi angkanya, "nihil" bila nol, atau "-" bila belum ada data'


def _partial(
    item: IndicatorInput, name: str, triwulan: int, numbers: list[Fraction | None], log: FindingLog
) -> None:
    """A status text ("Menunggu data") in a counted quarter beside quarters with a number, the
    reported quarter left blank, or (Kumulatif, Rata-rata) a quarter left blank between two with a
    number: the realisation s.d. TW n comes from the quarters with a number alone, which the user must
    see at the cell ("-" says on purpose that there is no data). Also a rate summed for a blank Jenis
    Realisasi (:func:`_summed_levels`)."""
    if item.jenis_kosong:
        _summed_levels(item, name, numbers, log)
    counted = ", ".join(c.TW_LABELS[q] for q, v in enumerate(numbers) if v is not None)
    reported = item.realisasi_tw[triwulan - 1]
    if not reported.text and reported.exact is None and not reported.galat:
        log.add_repeated(
            PERINGATAN,
            c.SHEET_KINERJA,
            c.REALISASI_TW_HEADERS[triwulan - 1],
            item.row,
            f"Realisasi {c.TW_LABELS[triwulan - 1]} {name} (triwulan yang dilaporkan) kosong: realisasi "
            f"s.d. {c.TW_LABELS[triwulan - 1]} dihitung dari {counted} saja; {_FILL_IN}",
            f"Realisasi {c.TW_LABELS[triwulan - 1]} kosong pada {{n}} indikator (baris {{baris}}; triwulan "
            f"yang dilaporkan): realisasi s.d. {c.TW_LABELS[triwulan - 1]} dihitung dari triwulan yang terisi "
            f"saja; {_FILL_IN}",
        )
    filled = [q for q, v in enumerate(numbers) if v is not None] if triwulan > 2 else []
    if len(filled) > 1 and item.jenis_realisasi != c.NILAI_AKHIR:  # (Nilai Akhir: the latest one)
        for q in range(filled[0] + 1, filled[-1]):
            value = item.realisasi_tw[q]
            if not value.text and value.exact is None and not value.galat:
                log.add(
                    PERINGATAN,
                    c.SHEET_KINERJA,
                    c.REALISASI_TW_HEADERS[q],
                    item.row,
                    f"Realisasi {c.TW_LABELS[q]} {name} kosong di antara triwulan yang berisi angka: "
                    f"realisasi s.d. {c.TW_LABELS[triwulan - 1]} dihitung dari {counted} saja; isi angkanya, "
                    '"nihil" bila nol, atau "-" bila belum ada data',
                )
    for q, value in enumerate(item.realisasi_tw[:triwulan]):
        if value.exact is None and value.status and not number_in_status(value.status):  # (said already)
            log.add(
                PERINGATAN,
                c.SHEET_KINERJA,
                c.REALISASI_TW_HEADERS[q],
                item.row,
                f'Realisasi {c.TW_LABELS[q]} {name} berisi "{value.status}", bukan angka: realisasi '
                f"s.d. {c.TW_LABELS[triwulan - 1]} dihitung dari {counted} saja",
            )


def _summed_levels(item: IndicatorInput, name: str, numbers: list[Fraction | None], log: FindingLog) -> None:
    """Jenis Realisasi left blank (Kumulatif by default) on a rate, an index, a ratio or a duration
    with several quarters: they were summed, the commonest slip of hand-made reports (a peringatan at the cell)."""
    counted = [c.TW_LABELS[q] for q, v in enumerate(numbers) if v is not None]
    if len(counted) > 1 and (is_level_unit(item.satuan) or pasted.duration_unit(item.satuan)):
        log.add(
            PERINGATAN,
            c.SHEET_KINERJA,
            "Jenis Realisasi",
            item.row,
            f"Jenis Realisasi {name} kosong, jadi Kumulatif: {', '.join(counted)} dijumlahkan, padahal "
            f'Satuan "{item.satuan}" bukan jumlah; bila nilainya posisi, pilih "Nilai Akhir" (atau '
            '"Rata-rata"), atau pilih "Kumulatif" bila memang dijumlahkan',
        )


def _percent_units(values: list[tuple[str, Value]], item: IndicatorInput, name: str, log: FindingLog) -> None:
    """A fraction (0,81) beside a percentage written with % (90%) is 0,81 % or a mistyped 81 %: the
    number is read as written, and the cell pointed out (a peringatan) rather than guessed. Likewise
    a value typed with % for an indicator whose Satuan is not a percentage ("40,71%" of Satuan Rp)."""
    if item.satuan and not is_percent_unit(item.satuan):
        for header, value in values:
            if value.percent and value.text and value.exact is not None:  # (a percent-formatted cell: parse)
                log.add(
                    PERINGATAN,
                    c.SHEET_KINERJA,
                    header,
                    item.row,
                    f'{header} {name} "{value.text}" ditulis dengan % padahal Satuan indikator ini '
                    f'"{item.satuan}"; dibaca {format_number(value.exact, 2)} tanpa %. Periksa angka dan Satuannya',
                )
        if is_level_unit(item.satuan):  # an index, a ratio, a score: "3.125" for 3,125?
            dot_thousands(log, c.SHEET_KINERJA, item.row, name, values, unit="")
        return
    dot_thousands(
        log, c.SHEET_KINERJA, item.row, name, [(h, v) for h, v in values if item.satuan or v.percent]
    )
    marked = [(h, v.exact) for h, v in values if v.percent and v.exact is not None and abs(v.exact) > 1]
    if not marked:
        return
    other, example = marked[0]
    for header, value in values:
        exact = value.exact
        if value.percent or exact is None or exact == 0 or abs(exact) > 1:
            continue
        shown = value.text or format_number(exact, 2)
        log.add(
            PERINGATAN,
            c.SHEET_KINERJA,
            header,
            item.row,
            f"{header} {name} ditulis {shown} tanpa tanda %, sedangkan {other} ditulis dengan % "
            f"({format_number(example, 2)}%); dibaca {shown}%: bila maksudnya "
            f"{format_number(exact * 100, 2)}%, tulis dengan tanda %",
        )


def _float(value: Fraction) -> float:
    """``float(value)``: the correctly rounded quotient of its integers (what ``Fraction.__float__``
    computes, without its two property look-ups and its extra call; OverflowError alike)."""
    return value.numerator / value.denominator


def _indicator(item: IndicatorInput, settings: Settings, triwulan: int, log: FindingLog) -> IndicatorResult:
    sheet = c.SHEET_KINERJA
    name = f'indikator "{item.indikator}" ({item.kode})'
    applicable = item.target_perubahan if item.target_perubahan.filled else item.target
    grade = predikat.baca(applicable.status) if applicable.status and applicable.exact is None else None
    if grade is not None:  # Opini BPK "WTP", Predikat SAKIP "BB": README "Grade targets"
        hasil = predikat.nilai(
            item, name, applicable, grade, None if settings.triwulan_galat else triwulan, log
        )
        if settings.triwulan_galat or item.galat:  # no quarter known, or typed twice: no grade
            bad = [*([settings.triwulan_galat] if settings.triwulan_galat else []), *item.galat]
            hasil = predikat.Hasil(bad, galat_status(bad))
        cut = capped(hasil.capaian, settings.batas_capaian) if hasil.capaian is not None else None
        full = float(hasil.capaian) if hasil.capaian is not None else None
        outcome = _Outcome(applicable, "", None, None, hasil.capaian, full, cut, hasil.status, hasil.galat)
        return _result(item, settings, log, outcome, grade.skala, hasil.realisasi_text)
    # Cells among the values this indicator needs that cannot be used (the Triwulan among them when it
    # is unreadable: no quarter's figure): nothing is scored from the rest.
    galat: list[str] = [settings.triwulan_galat] if settings.triwulan_galat else []
    galat += item.galat  # the indicator typed again with other figures
    target_value, header, target = _target(item, name, log, galat)
    if not item.polaritas:  # unknown text: parse reported it at its cell
        galat.append(log.where(sheet, "Polaritas", item.row))
    if not item.jenis_realisasi:
        galat.append(log.where(sheet, "Jenis Realisasi", item.row))
    # No quarter known (Pengaturan's Triwulan unreadable): none is counted, so none is checked as if it
    # were (a check of TW IV's cell against the target would assume a report s.d. TW IV).
    counted = 0 if settings.triwulan_galat else triwulan
    numbers, statuses = _quarters(item, name, counted, target_value, log, galat) if counted else ([], [])
    cells = [(header, target_value), *zip(c.REALISASI_TW_HEADERS, item.realisasi_tw[:counted])]
    # (a cell already a galat needs no peringatan about its %)
    usable = [(h, v) for h, v in cells if log.where(sheet, h, item.row) not in galat] if galat else cells
    _percent_units(usable, item, name, log)
    comma_thousands(log, sheet, item.row, name, cells)

    status: str | None = None
    realisasi: Fraction | None = None
    raw: Fraction | None = None
    value_capaian: Fraction | None = None
    raw_float: float | None = None
    if galat:
        status = galat_status(galat)
    else:
        realisasi = realisasi_sd(numbers, item.jenis_realisasi)
        if realisasi is not None:
            _partial(item, name, triwulan, numbers, log)
        if realisasi is None:
            status = statuses[-1] if statuses else "Belum ada realisasi"
        elif target is not None:
            try:
                raw = capaian_exact(realisasi, target, item.polaritas)
                raw_float = finite(raw)
            except ValueError as exc:
                log.add(GALAT, sheet, header, item.row, f"Capaian {name} tidak dapat dihitung: {exc}")
                galat.append(log.where(sheet, header, item.row))
                status, raw, raw_float = galat_status(galat), None, None
            else:
                value_capaian = capped(raw, settings.batas_capaian)
                worth_a_look(cells, item, name, settings, (value_capaian, realisasi, triwulan), log)
    outcome = _Outcome(target_value, header, target, realisasi, raw, raw_float, value_capaian, status, galat)
    return _result(item, settings, log, outcome)


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
    if skala_predikat or target is not None:
        target_text = o.target_value.text  # the grade as typed ("WTP"), or the number as written
    else:  # an unusable cell shows where it is, never as typed ("#REF!", "12,3,4" read as a figure)
        target_text = galat_status([o.target_value.galat or log.where(sheet, o.header, item.row)])
    tahun = item.realisasi_tahun
    return IndicatorResult(
        row=item.row,
        kode=item.kode,
        tingkat=item.tingkat,
        kode_induk=item.kode_induk,
        uraian=item.uraian,
        indikator=item.indikator,
        satuan=item.satuan,
        polaritas=item.polaritas,
        jenis_realisasi=item.jenis_realisasi,
        target=_float(target) if target is not None else None,
        target_text=target_text,
        realisasi_tw=[v.number for v in item.realisasi_tw],
        realisasi_tw_text=[galat_status([v.galat]) if v.galat else v.text for v in item.realisasi_tw],
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
        realisasi_tw_scale=[v.scale_word for v in item.realisasi_tw],
        pembanding=compare(item, realisasi, galat, settings, log),
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
    )


# --- entry point ------------------------------------------------------------------------------------


def compute(data: WorkbookInput, triwulan: int | None = None) -> Report:
    """Compute every table of the report from parsed workbook input. Never raises on bad rows."""
    # A copy: computing the same inputs for another quarter must not change an earlier report.
    settings = dataclasses.replace(data.settings)
    if triwulan is not None:
        if not 1 <= triwulan <= 4:
            raise ValueError("triwulan must be 1-4")
        settings.triwulan, settings.triwulan_galat = triwulan, ""
    findings = list(data.findings)
    if triwulan is not None and data.settings.triwulan_galat:
        quarter_asked(findings, data.settings.triwulan_galat, triwulan)
    log = FindingLog(findings, _columns_by_canonical(data))
    if triwulan is None:  # (another quarter asked for: Pengaturan's is not the one to change)
        log.triwulan_sel = settings.triwulan_sel
    tw = settings.triwulan

    results = [_indicator(item, settings, tw, log) for item in data.indicators]
    roots, nodes = build_nodes(results, log)
    # A node's uraian comes from its first row; fill it on every indicator for display.
    for r in results:
        if not r.uraian:
            r.uraian = nodes[r.kode].uraian
    for node in nodes.values():
        node_capaian(node, settings.skala)

    # Sasaran subtotal rows left out; Kegiatan rows counted once, as rincian (rincian.place_budgets).
    inputs = without_nested(data.budgets, nodes, log)
    # the reported quarter typed in some rows (a known quarter): a blank one is a slip
    partly = not settings.triwulan_galat and quarter_typed(inputs, tw)
    typed = [
        budget_result(item, tw, log, row_subject(item, nodes), settings.triwulan_galat, quarter_typed=partly)
        for item in inputs
    ]
    budgets, details, unplaced, cut = place_budgets(typed, inputs, nodes, tw, log)
    budget_kodes = {b.kode for b in data.budgets}
    for node in nodes.values():
        if node.tingkat == "Program" and not budgeted(node, budget_kodes):
            log.add_repeated(
                PERINGATAN,
                c.SHEET_KINERJA,
                "Kode",
                node.indicators[0].row,
                f'Program "{node.uraian or node.kode}" punya indikator tetapi tidak ada baris anggarannya di '
                f"sheet Anggaran{other_sheet_zeros_hint(node.kode, budget_kodes, c.SHEET_ANGGARAN)}",
                "{n} program (baris {baris}) punya indikator tetapi tidak ada baris anggarannya di sheet Anggaran",
            )
    rollup(roots, budgets, unplaced, cut, details)

    rows = [_efisiensi_row(node) for node in walk(roots) if node.tingkat in ("Tujuan", "Sasaran")]

    galat_anggaran = [ref for b in budgets for ref in b.galat]
    total_pagu_exact = exact_sum([b.pagu_exact for b in budgets if b.pagu_exact is not None])
    total_real_exact = exact_sum([b.realisasi_exact for b in budgets if b.realisasi_exact is not None])
    total_pagu, total_real = float(total_pagu_exact), float(total_real_exact)
    penyerapan_exact = (
        total_real_exact / total_pagu_exact * 100 if total_pagu_exact and not galat_anggaran else None
    )
    check_total_pagu(settings, budgets, total_pagu_exact, findings, data.budgets)
    log.flush()
    findings[:] = group_identical(findings)
    return Report(
        settings=settings,
        indicators=results,
        roots=roots,
        budgets=budgets,
        efisiensi=rows,
        ringkasan=summary(results, settings.skala, settings.desimal),
        findings=findings,
        # A total that would leave an unreadable cell out is unknown (Tabel 3.4 shows its Galat).
        total_pagu=None if any(b.pagu is None for b in budgets) else total_pagu,
        total_realisasi_anggaran=None if any(b.realisasi is None for b in budgets) else total_real,
        total_penyerapan=float(penyerapan_exact) if penyerapan_exact is not None else None,
        total_penyerapan_exact=penyerapan_exact,
        galat_anggaran=galat_anggaran,
        analisis=list(data.analisis),
        analisis_inputs=data.analisis_inputs,
    )


def _efisiensi_row(node: Node) -> EfisiensiRow:
    """Tabel 3.3's row of a Tujuan/Sasaran, with a note when unreadable cells or indicators not
    known yet left something out of its capaian."""
    unknown = [i.status for i in node.indicators if i.capaian is None and i.status and not i.galat]
    galat_cells = [ref for i in node.galat for ref in i.galat]
    if node.capaian is not None:
        status = None
    elif galat_cells:
        status = galat_status(galat_cells)
    else:
        status = unknown[0] if unknown else None
    notes = []
    # Indicators not known yet are left out of the mean too (README): said, as for a galat, since the
    # row names every indicator beside a capaian that stands for some of them.
    pending = [
        f"{i.indikator} tanpa capaian persen ({i.status})"  # a grade below its target
        if i.realisasi_text
        else f"{i.indikator} belum diketahui ({i.status})"
        for i in node.indicators
        if i.capaian is None and not i.galat
    ]
    if (node.galat or pending) and node.capaian is not None:
        measured = sum(1 for i in node.indicators if i.capaian_exact is not None)
        unreadable = f"{len(node.galat)} indikator tidak dihitung karena sel {', '.join(galat_cells)}"
        left_out = [f"{unreadable} tidak dapat dibaca"] if node.galat else []
        left_out += pending
        notes.append(
            f"Capaian {node.tingkat.lower()} ini rata-rata {measured} dari {len(node.indicators)} "
            f"indikator; {'; '.join(left_out)}."
        )
    if node.galat_anggaran:
        notes.append(
            f"Penyerapan dan efisiensi tidak dihitung karena isian sel {', '.join(node.galat_anggaran)} "
            "tidak dapat dibaca atau dipakai (galat, lihat sheet Pemeriksaan)."
        )
    return EfisiensiRow(
        kode=node.kode,
        tingkat=node.tingkat,
        uraian=node.uraian,
        indikator="; ".join(i.indikator for i in node.indicators),
        capaian=node.capaian,
        status=status,
        pagu=node.pagu,
        realisasi_anggaran=node.realisasi_anggaran,
        penyerapan=node.penyerapan,
        efisiensi=node.efisiensi,
        depth=node.depth,
        capaian_exact=node.capaian_exact,
        efisiensi_exact=node.efisiensi_exact,
        catatan=" ".join(notes),
        galat_anggaran=list(node.galat_anggaran),
        galat_pagu=list(node.galat_pagu),
        galat_capaian=galat_cells if node.capaian is None else [],
    )


def _columns_by_canonical(data: WorkbookInput) -> dict[str, dict[str, str]]:
    """Column letters keyed by the contract's sheet names (the user's sheet may differ in case)."""
    out: dict[str, dict[str, str]] = {}
    for sheet, cols in data.columns.items():
        for canonical in c.INPUT_SHEETS:
            if c.normalize_label(sheet) == c.normalize_label(canonical):
                out[canonical] = cols
    return out
