"""The computations of the report: capaian, kriteria, realisasi s.d. TW, hierarchy, budgets, efisiensi.

Pure Python (no openpyxl/xlwings/pandas). Full precision everywhere; rounding is for display only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from . import contract as c
from .model import (
    GALAT,
    PERINGATAN,
    BudgetInput,
    BudgetResult,
    EfisiensiRow,
    Finding,
    IndicatorInput,
    IndicatorResult,
    Node,
    Report,
    Settings,
    SummaryGroup,
    Value,
    WorkbookInput,
)

# --- formulas (the worksheet functions call these too) ---------------------------------------------


def capaian(realisasi: float, target: float, polaritas: str = c.POSITIF) -> float:
    """Capaian in percent. Positive: R/T*100. Negative (lower is better): (T - (R - T))/T*100.

    Raises ValueError for a zero target (undefined), never returns inf/NaN.
    """
    if target == 0:
        raise ValueError("target nol: capaian tidak dapat dihitung")
    if polaritas == c.NEGATIF:
        result = (2 * target - realisasi) / target * 100.0
    elif polaritas == c.POSITIF:
        result = realisasi / target * 100.0
    else:
        raise ValueError(f"polaritas tidak dikenal: {polaritas!r}")
    if not math.isfinite(result):
        raise ValueError("capaian di luar jangkauan angka (periksa besarnya target dan realisasi)")
    return result


# Lower bounds of each band, best first; PermenPANRB bounds are exclusive (> 90), Permendagri
# 86/2017 bounds inclusive (>= 91). Real-valued comparison leaves no value between bands.
_SCALES: dict[str, tuple[bool, tuple[float, ...]]] = {
    c.SKALA_PERMENPANRB: (False, (90.0, 75.0, 65.0, 50.0)),
    c.SKALA_PERMENDAGRI: (True, (91.0, 76.0, 66.0, 51.0)),
}


def kriteria(value: float, skala: str = c.SKALA_PERMENPANRB) -> str:
    """Rating band of a capaian (percent) on the given scale."""
    try:
        inclusive, bounds = _SCALES[skala]
    except KeyError:
        raise ValueError(f"skala tidak dikenal: {skala!r}") from None
    for name, bound in zip(c.KRITERIA, bounds):
        if value > bound or (inclusive and value >= bound):
            return name
    return c.KRITERIA[-1]


def efisiensi(capaian_value: float, penyerapan: float) -> float:
    """Efisiensi in percentage points: capaian kinerja minus penyerapan anggaran."""
    return capaian_value - penyerapan


def realisasi_sd(values: Sequence[float | None], jenis: str) -> float | None:
    """Realisation up to the reported quarter from the per-quarter numbers (None = no number).

    Kumulatif sums, Nilai Akhir takes the latest quarter with a value, Rata-rata averages the quarters
    that have values. None when no quarter has a number.
    """
    numbers = [v for v in values if v is not None]
    if not numbers:
        return None
    if jenis == c.KUMULATIF:
        return float(sum(numbers))
    if jenis == c.NILAI_AKHIR:
        return numbers[-1]
    if jenis == c.RATA_RATA:
        return sum(numbers) / len(numbers)
    raise ValueError(f"jenis realisasi tidak dikenal: {jenis!r}")


# --- indicators --------------------------------------------------------------------------------------


class _Findings:
    def __init__(self, findings: list[Finding], columns: dict[str, dict[str, str]]):
        self.items = findings
        self.columns = columns

    def add(self, severity: str, sheet: str, header: str, row: int, message: str) -> None:
        letter = self.columns.get(sheet, {}).get(header, "")
        ref = f"{letter}{row}" if letter and row else ""
        self.items.append(Finding(severity, sheet, ref, message))  # type: ignore[arg-type]


def _indicator(item: IndicatorInput, settings: Settings, triwulan: int, log: _Findings) -> IndicatorResult:
    sheet = c.SHEET_KINERJA
    name = f'indikator "{item.indikator}" ({item.kode})'
    status: str | None = None

    target_value: Value = item.target_perubahan if _filled(item.target_perubahan) else item.target
    header = "Target Perubahan" if target_value is item.target_perubahan else "Target"
    target = target_value.number
    if target is None:
        if target_value.status:
            log.add(GALAT, sheet, header, item.row, f'{header} {name} bukan angka: "{target_value.status}"')
        elif not target_value.text:
            log.add(GALAT, sheet, header, item.row, f"{header} {name} kosong; capaian tidak dihitung")
        status = "Target tidak valid"
    elif target == 0:
        log.add(GALAT, sheet, header, item.row, f"{header} {name} nol; capaian tidak dapat dihitung")
        status = "Target nol"
        target = None
    elif target < 0:
        log.add(GALAT, sheet, header, item.row, f"{header} {name} negatif; capaian tidak dihitung")
        status = "Target negatif"

    numbers: list[float | None] = []
    statuses: list[str] = []
    for q, value in enumerate(item.realisasi_tw, start=1):
        tw_header = c.REALISASI_TW_HEADERS[q - 1]
        if q > triwulan:
            if value.number is not None:
                log.add(
                    PERINGATAN,
                    sheet,
                    tw_header,
                    item.row,
                    f"Realisasi TW {c.ROMAN[q - 1]} {name} diisi, padahal laporan s.d. Triwulan "
                    f"{c.ROMAN[triwulan - 1]}; nilai ini tidak dihitung",
                )
            numbers.append(None)
            continue
        numbers.append(value.number)
        if value.number is None and value.status:
            statuses.append(value.status)
        if (
            value.number is not None
            and target is not None
            and (value.scale_word is None) != (target_value.scale_word is None)
        ):
            log.add(
                PERINGATAN,
                sheet,
                tw_header,
                item.row,
                f"Target dan realisasi {name} ditulis dengan satuan berbeda (satu memakai "
                "ribu/juta/milyar, yang lain tidak); periksa besarnya",
            )

    realisasi: float | None = None
    if item.jenis_realisasi:
        realisasi = realisasi_sd(numbers, item.jenis_realisasi)
    elif status is None:
        status = "Jenis realisasi tidak valid"
    if item.polaritas == "" and status is None:
        status = "Polaritas tidak valid"

    raw: float | None = None
    value_capaian: float | None = None
    if realisasi is None:
        if status is None:
            status = statuses[-1] if statuses else "Belum ada realisasi"
    elif status is None and target is not None and target > 0:
        try:
            raw = capaian(realisasi, target, item.polaritas)
        except ValueError as exc:
            log.add(GALAT, sheet, header, item.row, f"Capaian {name} tidak dapat dihitung: {exc}")
            status = "Capaian tidak dapat dihitung"
        else:
            value_capaian = raw
            if settings.batas_capaian is not None and raw > settings.batas_capaian:
                value_capaian = settings.batas_capaian

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
        target=target,
        target_text=target_value.text,
        realisasi_tw=[v.number for v in item.realisasi_tw],
        realisasi_tw_text=[v.text for v in item.realisasi_tw],
        realisasi=realisasi,
        status=status if value_capaian is None else None,
        capaian=value_capaian,
        capaian_mentah=raw,
        kriteria=kriteria(value_capaian, settings.skala) if value_capaian is not None else None,
        keterangan=item.keterangan,
        scale_word=target_value.scale_word,
    )


def _filled(value: Value) -> bool:
    return value.number is not None or bool(value.status) or (bool(value.text) and value.text not in ("-",))


# --- hierarchy --------------------------------------------------------------------------------------


def _build_nodes(results: list[IndicatorResult], log: _Findings) -> tuple[list[Node], dict[str, Node]]:
    sheet = c.SHEET_KINERJA
    nodes: dict[str, Node] = {}
    first_row: dict[str, int] = {}
    for ind in results:
        node = nodes.get(ind.kode)
        if node is None:
            node = nodes[ind.kode] = Node(ind.kode, ind.tingkat, ind.uraian, ind.kode_induk)
            first_row[ind.kode] = ind.row
        node.indicators.append(ind)

    parent_of: dict[str, str | None] = {}
    for kode, node in nodes.items():
        row = first_row[kode]
        induk = node.kode_induk
        expected = c.TINGKAT_PARENT[node.tingkat]
        if not induk:
            if expected is not None:
                log.add(
                    PERINGATAN,
                    sheet,
                    "Kode Induk",
                    row,
                    f'{node.tingkat} "{kode}" tidak punya Kode Induk; seharusnya di bawah sebuah {expected}',
                )
            parent_of[kode] = None
            continue
        if induk == kode:
            log.add(GALAT, sheet, "Kode Induk", row, f'Kode Induk "{kode}" menunjuk dirinya sendiri')
            parent_of[kode] = None
            continue
        parent = nodes.get(induk)
        if parent is None:
            log.add(
                GALAT,
                sheet,
                "Kode Induk",
                row,
                f'Kode Induk "{induk}" untuk "{kode}" tidak ada di sheet Kinerja',
            )
            parent_of[kode] = None
            continue
        if expected is None:
            log.add(
                PERINGATAN,
                sheet,
                "Kode Induk",
                row,
                f'Tujuan "{kode}" tidak berinduk; Kode Induk "{induk}" diabaikan',
            )
            parent_of[kode] = None
            continue
        if parent.tingkat != expected:
            log.add(
                PERINGATAN,
                sheet,
                "Kode Induk",
                row,
                f'{node.tingkat} "{kode}" berada di bawah {parent.tingkat} "{induk}"; seharusnya di bawah {expected}',
            )
        parent_of[kode] = induk

    # Break cycles: a node whose ancestry returns to itself becomes a root.
    for kode in nodes:
        seen = {kode}
        current = parent_of.get(kode)
        while current is not None:
            if current in seen:
                log.add(
                    GALAT,
                    sheet,
                    "Kode Induk",
                    first_row[kode],
                    f'Kode Induk "{nodes[kode].kode_induk}" untuk "{kode}" membentuk lingkaran (siklus)',
                )
                parent_of[kode] = None
                break
            seen.add(current)
            current = parent_of.get(current)

    roots: list[Node] = []
    for kode, node in nodes.items():
        parent_kode = parent_of.get(kode)
        if parent_kode is None:
            roots.append(node)
        else:
            nodes[parent_kode].children.append(node)

    def set_depth(node: Node, depth: int) -> None:
        node.depth = depth
        for child in node.children:
            set_depth(child, depth + 1)

    for root in roots:
        set_depth(root, 0)
    return roots, nodes


def _node_capaian(node: Node, skala: str) -> None:
    measured = [i.capaian for i in node.indicators if i.capaian is not None]
    if measured:
        node.capaian = sum(measured) / len(measured)
        node.kriteria = kriteria(node.capaian, skala)


# --- budgets ----------------------------------------------------------------------------------------


def _budget(item: BudgetInput, triwulan: int, log: _Findings) -> BudgetResult:
    sheet = c.SHEET_ANGGARAN
    pagu_value = item.pagu_perubahan if item.pagu_perubahan.number is not None else item.pagu
    header = "Pagu Perubahan" if pagu_value is item.pagu_perubahan else "Pagu"
    pagu = pagu_value.number
    if pagu is None:
        message = f'{header} program "{item.program or item.kode}" '
        message += f'bukan angka: "{pagu_value.status}"' if pagu_value.status else "kosong"
        log.add(GALAT, sheet, header, item.row, message)
    elif pagu < 0:
        log.add(GALAT, sheet, header, item.row, f'{header} program "{item.program or item.kode}" negatif')
        pagu = None
    numbers: list[float | None] = []
    for q, value in enumerate(item.realisasi_tw, start=1):
        tw_header = c.REALISASI_TW_HEADERS[q - 1]
        if value.status:
            log.add(GALAT, sheet, tw_header, item.row, f'Realisasi anggaran "{value.status}" bukan angka')
        if q > triwulan:
            if value.number is not None:
                log.add(
                    PERINGATAN,
                    sheet,
                    tw_header,
                    item.row,
                    f'Realisasi anggaran TW {c.ROMAN[q - 1]} program "{item.program or item.kode}" diisi, padahal '
                    f"laporan s.d. Triwulan {c.ROMAN[triwulan - 1]}; nilai ini tidak dihitung",
                )
            numbers.append(None)
            continue
        if value.number is not None and value.number < 0:
            log.add(GALAT, sheet, tw_header, item.row, "Realisasi anggaran negatif; tidak dihitung")
            numbers.append(None)
            continue
        numbers.append(value.number)
    spent = [v for v in numbers if v is not None]
    realisasi = float(sum(spent)) if spent else 0.0
    penyerapan = None
    if pagu is not None and pagu > 0:
        penyerapan = realisasi / pagu * 100.0
        if realisasi > pagu:
            last = max(i for i, v in enumerate(numbers) if v is not None)
            log.add(
                PERINGATAN,
                sheet,
                c.REALISASI_TW_HEADERS[last],
                item.row,
                f'Realisasi anggaran program "{item.program or item.kode}" melebihi pagu',
            )
    elif pagu == 0:
        log.add(PERINGATAN, sheet, header, item.row, f'{header} program "{item.program or item.kode}" nol')
    return BudgetResult(item.row, item.kode, item.program, "", pagu, numbers, realisasi, penyerapan)


def _attribute_budgets(
    budgets: list[BudgetResult], inputs: list[BudgetInput], nodes: dict[str, Node], log: _Findings
) -> None:
    sheet = c.SHEET_ANGGARAN
    for budget, item in zip(budgets, inputs):
        target_kode = item.kode_sasaran
        if target_kode:
            node = nodes.get(target_kode)
            if node is None:
                log.add(
                    GALAT,
                    sheet,
                    "Kode Sasaran",
                    item.row,
                    f'Kode Sasaran "{target_kode}" tidak ada di sheet Kinerja; anggaran ini tidak dihitung '
                    "ke sasaran mana pun",
                )
                continue
            if node.tingkat not in ("Sasaran", "Tujuan"):
                log.add(
                    GALAT,
                    sheet,
                    "Kode Sasaran",
                    item.row,
                    f'Kode Sasaran "{target_kode}" adalah {node.tingkat}, bukan Sasaran atau Tujuan',
                )
                continue
            budget.kode_sasaran = target_kode
            continue
        program = nodes.get(item.kode)
        if program is None:
            log.add(
                PERINGATAN,
                sheet,
                "Kode Sasaran",
                item.row,
                f'Program "{item.program or item.kode}" tidak ada di sheet Kinerja dan Kode Sasaran kosong; '
                "anggarannya tidak dihitung ke sasaran mana pun",
            )
            continue
        parent = nodes.get(program.kode_induk) if program.kode_induk else None
        while parent is not None and parent.tingkat not in ("Sasaran", "Tujuan"):
            parent = nodes.get(parent.kode_induk) if parent.kode_induk else None
        if parent is None:
            log.add(
                PERINGATAN,
                sheet,
                "Kode Sasaran",
                item.row,
                f'Program "{item.program or item.kode}" tidak berada di bawah Sasaran/Tujuan; isi Kode Sasaran',
            )
            continue
        budget.kode_sasaran = parent.kode


def _rollup(roots: list[Node], budgets: list[BudgetResult], nodes: dict[str, Node]) -> None:
    direct_pagu: dict[str, float] = {}
    direct_real: dict[str, float] = {}
    own_pagu: dict[str, float] = {}
    own_real: dict[str, float] = {}
    for b in budgets:
        if b.pagu is None:
            continue
        own_pagu[b.kode] = own_pagu.get(b.kode, 0.0) + b.pagu
        own_real[b.kode] = own_real.get(b.kode, 0.0) + (b.realisasi or 0.0)
        if b.kode_sasaran:
            direct_pagu[b.kode_sasaran] = direct_pagu.get(b.kode_sasaran, 0.0) + b.pagu
            direct_real[b.kode_sasaran] = direct_real.get(b.kode_sasaran, 0.0) + (b.realisasi or 0.0)

    def visit(node: Node) -> tuple[float, float, bool]:
        """Return (pagu, realisasi, any) counted toward this Sasaran/Tujuan subtree."""
        pagu = direct_pagu.get(node.kode, 0.0)
        real = direct_real.get(node.kode, 0.0)
        any_budget = node.kode in direct_pagu
        for child in node.children:
            child_pagu, child_real, child_any = visit(child)
            if node.tingkat == "Tujuan" and child.tingkat == "Sasaran":
                pagu += child_pagu
                real += child_real
                any_budget = any_budget or child_any
        if node.tingkat in ("Sasaran", "Tujuan"):
            if any_budget:
                node.pagu, node.realisasi_anggaran = pagu, real
        elif node.kode in own_pagu:
            node.pagu, node.realisasi_anggaran = own_pagu[node.kode], own_real[node.kode]
        if node.pagu:
            node.penyerapan = (node.realisasi_anggaran or 0.0) / node.pagu * 100.0
        if node.capaian is not None and node.penyerapan is not None:
            node.efisiensi = efisiensi(node.capaian, node.penyerapan)
        return pagu, real, any_budget

    for root in roots:
        visit(root)


# --- summary ----------------------------------------------------------------------------------------


def _names(items: Sequence[IndicatorResult], with_detail: bool = False) -> str:
    from .numbers import format_number

    parts = []
    for i in items:
        text = i.indikator
        if with_detail and i.capaian is not None:
            text += f" (capaian {format_number(i.capaian, 2)}%)"
        elif with_detail and i.status:
            text += f" ({i.status})"
        parts.append(text)
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " dan " + parts[-1]


def _summary(results: list[IndicatorResult]) -> list[SummaryGroup]:
    groups: list[SummaryGroup] = []
    for tingkat in c.TINGKAT:
        items = [i for i in results if i.tingkat == tingkat]
        if not items:
            continue
        tercapai = [i for i in items if i.capaian is not None and i.capaian >= 100]
        belum = [i for i in items if i.capaian is not None and i.capaian < 100]
        unknown = [i for i in items if i.capaian is None]
        per_kriteria = {k: sum(1 for i in items if i.kriteria == k) for k in c.KRITERIA}
        label = tingkat.lower()
        kalimat = [
            f"Indikator kinerja {label} dengan capaian ≥ 100% sebanyak {len(tercapai)} indikator"
            + (f", yaitu {_names(tercapai)}." if tercapai else "."),
            f"Indikator kinerja {label} dengan capaian di bawah 100% sebanyak {len(belum)} indikator"
            + (f", yaitu {_names(belum, True)}." if belum else "."),
            f"Indikator kinerja {label} yang belum dapat diukur capaiannya sebanyak {len(unknown)} indikator"
            + (f", yaitu {_names(unknown, True)}." if unknown else "."),
        ]
        groups.append(SummaryGroup(tingkat, len(items), tercapai, belum, unknown, per_kriteria, kalimat))
    return groups


# --- entry point ------------------------------------------------------------------------------------


def compute(data: WorkbookInput, triwulan: int | None = None) -> Report:
    """Compute every table of the report from parsed workbook input. Never raises on bad rows."""
    settings = data.settings
    if triwulan is not None:
        if not 1 <= triwulan <= 4:
            raise ValueError("triwulan must be 1-4")
        settings.triwulan = triwulan
    findings = list(data.findings)
    log = _Findings(findings, _columns_by_canonical(data))
    tw = settings.triwulan

    results = [_indicator(item, settings, tw, log) for item in data.indicators]
    roots, nodes = _build_nodes(results, log)
    # A node's uraian comes from its first row; fill it on every indicator for display.
    for r in results:
        if not r.uraian:
            r.uraian = nodes[r.kode].uraian
    for node in nodes.values():
        _node_capaian(node, settings.skala)

    budgets = [_budget(item, tw, log) for item in data.budgets]
    _attribute_budgets(budgets, data.budgets, nodes, log)
    budget_kodes = {b.kode for b in data.budgets}
    for node in nodes.values():
        if node.tingkat == "Program" and node.kode not in budget_kodes:
            log.add(
                PERINGATAN,
                c.SHEET_KINERJA,
                "Kode",
                node.indicators[0].row,
                f'Program "{node.uraian or node.kode}" punya indikator tetapi tidak ada baris anggarannya di '
                "sheet Anggaran",
            )
    _rollup(roots, budgets, nodes)

    rows: list[EfisiensiRow] = []
    for node in _walk(roots):
        if node.tingkat not in ("Tujuan", "Sasaran"):
            continue
        unknown = [i.status for i in node.indicators if i.capaian is None and i.status]
        rows.append(
            EfisiensiRow(
                kode=node.kode,
                tingkat=node.tingkat,
                uraian=node.uraian,
                indikator="; ".join(i.indikator for i in node.indicators),
                capaian=node.capaian,
                status=None if node.capaian is not None else (unknown[0] if unknown else None),
                pagu=node.pagu,
                realisasi_anggaran=node.realisasi_anggaran,
                penyerapan=node.penyerapan,
                efisiensi=node.efisiensi,
                depth=node.depth,
            )
        )

    total_pagu = sum(b.pagu for b in budgets if b.pagu is not None)
    total_real = sum(b.realisasi or 0.0 for b in budgets if b.pagu is not None)
    if settings.total_pagu is not None and abs(total_pagu - settings.total_pagu) >= 0.005:
        from .numbers import format_number

        findings.append(
            Finding(
                PERINGATAN,
                c.SHEET_PENGATURAN,
                settings.total_pagu_sel,
                f"Jumlah pagu program di sheet Anggaran (Rp {format_number(total_pagu, 0)}) tidak sama "
                f"dengan Total Pagu Perjanjian Kinerja (Rp {format_number(settings.total_pagu, 0)}); "
                f"selisih Rp {format_number(total_pagu - settings.total_pagu, 0)}",
            )
        )
    return Report(
        settings=settings,
        indicators=results,
        roots=roots,
        budgets=budgets,
        efisiensi=rows,
        ringkasan=_summary(results),
        findings=findings,
        total_pagu=total_pagu,
        total_realisasi_anggaran=total_real,
        total_penyerapan=(total_real / total_pagu * 100.0) if total_pagu else None,
    )


def _walk(roots: list[Node]):
    for root in roots:
        yield root
        yield from _walk(root.children)


def _columns_by_canonical(data: WorkbookInput) -> dict[str, dict[str, str]]:
    """Column letters keyed by the contract's sheet names (the user's sheet may differ in case)."""
    out: dict[str, dict[str, str]] = {}
    for sheet, cols in data.columns.items():
        for canonical in c.INPUT_SHEETS:
            if c.normalize_label(sheet) == c.normalize_label(canonical):
                out[canonical] = cols
    return out
