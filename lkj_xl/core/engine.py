"""The computations of the report: capaian, kriteria, realisasi s.d. TW, hierarchy, budgets, efisiensi.

Pure Python (no openpyxl/xlwings/pandas). Full precision everywhere; rounding is for display only.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.model import (
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
from lkj_xl.core.numbers import to_fraction

# --- formulas (the worksheet functions call these too) ---------------------------------------------
#
# Every decision (a kriteria band, ">= 100 %", efisien or not) is taken on exact rational numbers:
# the values as the user wrote them (numbers.to_fraction: a float cell at its shortest decimal
# form), never on float noise: 2,16 of a target 2,4 is exactly 90, which is Tinggi, not Sangat Tinggi.

Number = float | int | Decimal | Fraction


def capaian_exact(realisasi: Number, target: Number, polaritas: str = c.POSITIF) -> Fraction:
    """Capaian in percent, exactly. Positive: R/T*100. Negative (lower is better): (T - (R - T))/T*100.

    Raises ValueError for a zero target (undefined) or an unknown polarity.
    """
    r, t = to_fraction(realisasi), to_fraction(target)
    if t == 0:
        raise ValueError("target nol: capaian tidak dapat dihitung")
    if polaritas == c.NEGATIF:
        return (2 * t - r) / t * 100
    if polaritas == c.POSITIF:
        return r / t * 100
    raise ValueError(f"polaritas tidak dikenal: {polaritas!r}")


def capaian(realisasi: Number, target: Number, polaritas: str = c.POSITIF) -> float:
    """Capaian in percent as a float (the nearest one to the exact value); see :func:`capaian_exact`.

    Raises ValueError for a zero target (undefined), never returns inf/NaN.
    """
    return _finite(capaian_exact(realisasi, target, polaritas))


def _finite(value: Fraction) -> float:
    try:
        return float(value)
    except OverflowError:
        raise ValueError("capaian di luar jangkauan angka (periksa besarnya target dan realisasi)") from None


# Lower bounds of each band, best first; PermenPANRB bounds are exclusive (> 90), Permendagri
# 86/2017 bounds inclusive (>= 91). Exact comparison leaves no value between bands.
_SCALES: dict[str, tuple[bool, tuple[int, ...]]] = {
    c.SKALA_PERMENPANRB: (False, (90, 75, 65, 50)),
    c.SKALA_PERMENDAGRI: (True, (91, 76, 66, 51)),
}


def kriteria(value: Number, skala: str = c.SKALA_PERMENPANRB) -> str:
    """Rating band of a capaian (percent) on the given scale, decided on the exact value."""
    try:
        inclusive, bounds = _SCALES[skala]
    except KeyError:
        raise ValueError(f"skala tidak dikenal: {skala!r}") from None
    exact = to_fraction(value)
    for name, bound in zip(c.KRITERIA, bounds):
        if exact > bound or (inclusive and exact == bound):
            return name
    return c.KRITERIA[-1]


def band_edges(skala: str) -> tuple[int, ...]:
    """The capaian values where the kriteria changes on ``skala``, and 100 (tercapai or not)."""
    return (*_SCALES.get(skala, _SCALES[c.SKALA_PERMENPANRB])[1], 100)


def efisiensi(capaian_value: Number, penyerapan: Number) -> float:
    """Efisiensi in percentage points: capaian kinerja minus penyerapan anggaran."""
    return float(to_fraction(capaian_value) - to_fraction(penyerapan))


def realisasi_sd(values: Sequence[Number | None], jenis: str):
    """Realisation up to the reported quarter from the per-quarter numbers (None = no number).

    Kumulatif sums, Nilai Akhir takes the latest quarter with a value, Rata-rata averages the quarters
    that have values. None when no quarter has a number. Exact when given Fractions.
    """
    numbers = [v for v in values if v is not None]
    if not numbers:
        return None
    if jenis == c.KUMULATIF:
        return sum(numbers)
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

    def ref(self, header: str, row: int, sheet: str) -> str:
        letter = self.columns.get(sheet, {}).get(header, "")
        return f"{letter}{row}" if letter and row else ""

    def where(self, sheet: str, header: str, row: int) -> str:
        """ "Kinerja!L7": a cell as the tables name it."""
        ref = self.ref(header, row, sheet)
        return f"{sheet}!{ref}" if ref else sheet

    def add(self, severity: str, sheet: str, header: str, row: int, message: str) -> None:
        self.items.append(Finding(severity, sheet, self.ref(header, row, sheet), message))  # type: ignore[arg-type]


def galat_status(cells: Sequence[str]) -> str:
    """What the tables show instead of a figure computed from unreadable cells."""
    return f"{c.GALAT_LABEL} ({', '.join(cells)})"


def _indicator(item: IndicatorInput, settings: Settings, triwulan: int, log: _Findings) -> IndicatorResult:
    sheet = c.SHEET_KINERJA
    name = f'indikator "{item.indikator}" ({item.kode})'
    status: str | None = None
    # Cells among the values this indicator needs that cannot be used: nothing is scored from the rest.
    galat: list[str] = []

    target_value: Value = item.target_perubahan if _filled(item.target_perubahan) else item.target
    header = "Target Perubahan" if target_value is item.target_perubahan else "Target"
    target = target_value.exact
    if target_value.galat:
        galat.append(target_value.galat)
    elif target is None:
        if target_value.status:
            log.add(GALAT, sheet, header, item.row, f'{header} {name} bukan angka: "{target_value.status}"')
        elif not target_value.text:
            log.add(GALAT, sheet, header, item.row, f"{header} {name} kosong; capaian tidak dihitung")
        galat.append(log.where(sheet, header, item.row))
    elif target == 0:
        log.add(GALAT, sheet, header, item.row, f"{header} {name} nol; capaian tidak dapat dihitung")
        galat.append(log.where(sheet, header, item.row))
        target = None
    elif target < 0:
        log.add(GALAT, sheet, header, item.row, f"{header} {name} negatif; capaian tidak dihitung")
        galat.append(log.where(sheet, header, item.row))
    if not item.polaritas:  # unknown text: parse reported it at its cell
        galat.append(log.where(sheet, "Polaritas", item.row))
    if not item.jenis_realisasi:
        galat.append(log.where(sheet, "Jenis Realisasi", item.row))

    numbers: list[Fraction | None] = []
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
        if value.galat:
            galat.append(value.galat)
        numbers.append(value.exact)
        if value.exact is None and value.status:
            statuses.append(value.status)
        if (
            value.exact is not None
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

    realisasi: Fraction | None = None
    raw: Fraction | None = None
    value_capaian: Fraction | None = None
    if galat:
        status = galat_status(galat)
    else:
        realisasi = realisasi_sd(numbers, item.jenis_realisasi)
        if realisasi is None:
            status = statuses[-1] if statuses else "Belum ada realisasi"
        elif target is not None:
            try:
                raw = capaian_exact(realisasi, target, item.polaritas)
                _finite(raw)
            except ValueError as exc:
                log.add(GALAT, sheet, header, item.row, f"Capaian {name} tidak dapat dihitung: {exc}")
                galat.append(log.where(sheet, header, item.row))
                status, raw = galat_status(galat), None
            else:
                value_capaian = raw
                if settings.batas_capaian is not None:
                    value_capaian = min(raw, to_fraction(settings.batas_capaian))

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
        target=float(target) if target is not None else None,
        target_text=target_value.text,
        realisasi_tw=[v.number for v in item.realisasi_tw],
        realisasi_tw_text=[v.text for v in item.realisasi_tw],
        realisasi=float(realisasi) if realisasi is not None else None,
        status=status if value_capaian is None else None,
        capaian=float(value_capaian) if value_capaian is not None else None,
        capaian_mentah=float(raw) if raw is not None else None,
        kriteria=kriteria(value_capaian, settings.skala) if value_capaian is not None else None,
        keterangan=item.keterangan,
        scale_word=target_value.scale_word,
        capaian_exact=value_capaian,
        galat=galat,
        realisasi_tw_scale=[v.scale_word for v in item.realisasi_tw],
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
    """A node's capaian: the exact mean of its sound, measured indicators (galat ones left out)."""
    node.galat = [i for i in node.indicators if i.galat]
    measured = [i.capaian_exact for i in node.indicators if i.capaian_exact is not None]
    if measured:
        node.capaian_exact = sum(measured, Fraction(0)) / len(measured)
        node.capaian = float(node.capaian_exact)
        node.kriteria = kriteria(node.capaian_exact, skala)


# --- budgets ----------------------------------------------------------------------------------------


def _budget(item: BudgetInput, triwulan: int, log: _Findings) -> BudgetResult:
    sheet = c.SHEET_ANGGARAN
    label = item.program or item.kode
    pagu_value = item.pagu_perubahan if _filled(item.pagu_perubahan) else item.pagu
    header = "Pagu Perubahan" if pagu_value is item.pagu_perubahan else "Pagu"
    pagu = pagu_value.exact
    # Budget cells that cannot be used: no realisasi or penyerapan is computed from the others.
    galat: list[str] = []
    if pagu_value.galat:
        galat.append(pagu_value.galat)
    elif pagu is None:
        message = f'{header} program "{label}" '
        message += f'bukan angka: "{pagu_value.status}"' if pagu_value.status else "kosong"
        log.add(GALAT, sheet, header, item.row, message)
        galat.append(log.where(sheet, header, item.row))
    elif pagu < 0:
        log.add(GALAT, sheet, header, item.row, f'{header} program "{label}" negatif')
        galat.append(log.where(sheet, header, item.row))
        pagu = None
    pagu_galat = len(galat)
    numbers: list[Fraction | None] = []
    for q, value in enumerate(item.realisasi_tw, start=1):
        tw_header = c.REALISASI_TW_HEADERS[q - 1]
        if q > triwulan:
            if value.number is not None:
                log.add(
                    PERINGATAN,
                    sheet,
                    tw_header,
                    item.row,
                    f'Realisasi anggaran TW {c.ROMAN[q - 1]} program "{label}" diisi, padahal '
                    f"laporan s.d. Triwulan {c.ROMAN[triwulan - 1]}; nilai ini tidak dihitung",
                )
            numbers.append(None)
            continue
        if value.galat:
            galat.append(value.galat)
        elif value.status:
            log.add(GALAT, sheet, tw_header, item.row, f'Realisasi anggaran "{value.status}" bukan angka')
            galat.append(log.where(sheet, tw_header, item.row))
        elif value.exact is not None and value.exact < 0:
            log.add(GALAT, sheet, tw_header, item.row, "Realisasi anggaran negatif; tidak dihitung")
            galat.append(log.where(sheet, tw_header, item.row))
        numbers.append(value.exact)
    result = BudgetResult(
        item.row, item.kode, item.program, "", float(pagu) if pagu is not None else None, [], None, None
    )
    result.realisasi_tw = [float(v) if v is not None else None for v in numbers]
    result.galat = galat
    result.pagu_exact = pagu
    if len(galat) > pagu_galat:  # a realisation cell is unusable: no sum from the other quarters
        return result
    realisasi = sum((v for v in numbers if v is not None), Fraction(0))
    result.realisasi_exact, result.realisasi = realisasi, float(realisasi)
    if galat:
        return result
    if pagu is not None and pagu > 0:
        result.penyerapan = float(realisasi / pagu * 100)
        if realisasi > pagu:
            last = max(i for i, v in enumerate(numbers) if v is not None)
            log.add(
                PERINGATAN,
                sheet,
                c.REALISASI_TW_HEADERS[last],
                item.row,
                f'Realisasi anggaran program "{label}" melebihi pagu',
            )
    elif pagu == 0:
        log.add(PERINGATAN, sheet, header, item.row, f'{header} program "{label}" nol')
    return result


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


def _rollup(roots: list[Node], budgets: list[BudgetResult]) -> None:
    """Budgets of the programs counted toward each Sasaran/Tujuan (a Tujuan adds its Sasaran), and the
    programs' own; penyerapan and efisiensi exact. An unusable budget cell leaves them unknown."""
    direct: dict[str, list[BudgetResult]] = {}
    own: dict[str, list[BudgetResult]] = {}
    for b in budgets:
        own.setdefault(b.kode, []).append(b)
        if b.kode_sasaran:
            direct.setdefault(b.kode_sasaran, []).append(b)

    def visit(node: Node) -> list[BudgetResult]:
        """The budgets counted toward this Sasaran/Tujuan subtree."""
        counted = list(direct.get(node.kode, []))
        for child in node.children:
            child_budgets = visit(child)
            if node.tingkat == "Tujuan" and child.tingkat == "Sasaran":
                counted += child_budgets
        mine = counted if node.tingkat in ("Sasaran", "Tujuan") else own.get(node.kode, [])
        if mine:
            _attach_budget(node, mine)
        return counted

    for root in roots:
        visit(root)


def _attach_budget(node: Node, budgets: list[BudgetResult]) -> None:
    node.galat_anggaran = [ref for b in budgets for ref in b.galat]
    pagu = [b.pagu_exact for b in budgets]
    real = [b.realisasi_exact for b in budgets]
    total_pagu = sum(pagu, Fraction(0)) if None not in pagu else None
    total_real = sum(real, Fraction(0)) if None not in real else None
    node.pagu = float(total_pagu) if total_pagu is not None else None
    node.realisasi_anggaran = float(total_real) if total_real is not None else None
    if node.galat_anggaran or not total_pagu or total_real is None:
        return
    penyerapan = total_real / total_pagu * 100
    node.penyerapan = float(penyerapan)
    if node.capaian_exact is not None:
        node.efisiensi_exact = node.capaian_exact - penyerapan
        node.efisiensi = float(node.efisiensi_exact)


# --- summary ----------------------------------------------------------------------------------------


# At most this many indicator names in one summary sentence; the rest are counted ("dan 12 indikator
# lainnya"): a district has thousands, and a cell holds at most 32,767 characters.
MAX_NAMES = 25


def _names(items: Sequence[IndicatorResult], skala: str, desimal: int, with_detail: bool = False) -> str:
    from lkj_xl.core.numbers import format_number

    parts = []
    for i in items[:MAX_NAMES]:
        text = i.indikator
        if with_detail and i.capaian_exact is not None:
            shown = round_half_up(i.capaian_exact, capaian_decimals(i.capaian_exact, skala, desimal))
            text += f" (capaian {format_number(shown, capaian_decimals(i.capaian_exact, skala, desimal))}%)"
        elif with_detail and i.galat:
            text += f" (sel {', '.join(i.galat)} tidak dapat dibaca)"
        elif with_detail and i.status:
            text += f" ({i.status})"
        parts.append(text)
    if len(items) > MAX_NAMES:
        parts.append(f"{len(items) - MAX_NAMES} indikator lainnya")
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " dan " + parts[-1]


def _summary(results: list[IndicatorResult], skala: str, desimal: int) -> list[SummaryGroup]:
    groups: list[SummaryGroup] = []
    for tingkat in c.TINGKAT:
        items = [i for i in results if i.tingkat == tingkat]
        if not items:
            continue
        tercapai = [i for i in items if i.capaian_exact is not None and i.capaian_exact >= 100]
        belum = [i for i in items if i.capaian_exact is not None and i.capaian_exact < 100]
        galat = [i for i in items if i.galat]
        unknown = [i for i in items if i.capaian_exact is None and not i.galat]
        per_kriteria = {k: sum(1 for i in items if i.kriteria == k) for k in c.KRITERIA}
        label = tingkat.lower()

        def names(group: list[IndicatorResult], detail: bool = False) -> str:
            return f", yaitu {_names(group, skala, desimal, detail)}." if group else "."

        kalimat = [
            f"Indikator kinerja {label} dengan capaian ≥ 100% sebanyak {len(tercapai)} indikator"
            + names(tercapai),
            f"Indikator kinerja {label} dengan capaian di bawah 100% sebanyak {len(belum)} indikator"
            + names(belum, True),
            f"Indikator kinerja {label} yang belum dapat diukur capaiannya sebanyak {len(unknown)} indikator"
            + names(unknown, True),
        ]
        if galat:
            kalimat.append(
                f"Indikator kinerja {label} yang tidak dihitung karena isiannya galat sebanyak {len(galat)} "
                f"indikator{names(galat, True)[:-1]}; perbaiki sel tersebut (lihat sheet Pemeriksaan)."
            )
        groups.append(
            SummaryGroup(tingkat, len(items), tercapai, belum, unknown, per_kriteria, kalimat, galat)
        )
    return groups


# --- display: decimals that never contradict the decision ----------------------------------------


def round_half_up(value: Fraction, decimals: int) -> Fraction:
    """``value`` rounded to ``decimals`` decimals, half away from zero (as Excel displays it)."""
    scale = 10**decimals
    magnitude = (abs(value) * scale + Fraction(1, 2)).__floor__()
    return Fraction(magnitude if value >= 0 else -magnitude, scale)


# Beyond this many decimals a value is shown as it is (a capaian that close to an edge is a curiosity).
MAX_SHOWN_DECIMALS = 10


def _decimals(value: Fraction, decimals: int, decide) -> int:
    while decimals < MAX_SHOWN_DECIMALS and decide(round_half_up(value, decimals)) != decide(value):
        decimals += 1
    return decimals


def capaian_decimals(value: Fraction, skala: str, decimals: int) -> int:
    """Decimals to show a capaian with, at least ``decimals``: enough that the number shown gives the
    same kriteria and the same side of 100 % as the exact value (90,004 is Sangat Tinggi: shown
    "90,004", never "90,00" beside Sangat Tinggi)."""
    return _decimals(value, decimals, lambda v: (kriteria(v, skala), v >= 100))


def efisiensi_decimals(value: Fraction, decimals: int) -> int:
    """Decimals to show an efisiensi with: enough that its sign (efisien or not) shows."""
    return _decimals(value, decimals, lambda v: v >= 0)


# --- entry point ------------------------------------------------------------------------------------


def compute(data: WorkbookInput, triwulan: int | None = None) -> Report:
    """Compute every table of the report from parsed workbook input. Never raises on bad rows."""
    # A copy: computing the same inputs for another quarter must not change an earlier report.
    settings = dataclasses.replace(data.settings)
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
    _rollup(roots, budgets)

    rows = [_efisiensi_row(node) for node in _walk(roots) if node.tingkat in ("Tujuan", "Sasaran")]

    galat_anggaran = [ref for b in budgets for ref in b.galat]
    total_pagu_exact = sum((b.pagu_exact for b in budgets if b.pagu_exact is not None), Fraction(0))
    total_real_exact = sum((b.realisasi_exact for b in budgets if b.realisasi_exact is not None), Fraction(0))
    total_pagu, total_real = float(total_pagu_exact), float(total_real_exact)
    total_penyerapan = (
        float(total_real_exact / total_pagu_exact * 100) if total_pagu_exact and not galat_anggaran else None
    )
    if (
        settings.total_pagu is not None
        and not galat_anggaran  # a sum with unreadable cells left out would be a false alarm
        and total_pagu_exact != to_fraction(settings.total_pagu)
    ):
        from lkj_xl.core.numbers import format_number

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
        ringkasan=_summary(results, settings.skala, settings.desimal),
        findings=findings,
        total_pagu=total_pagu,
        total_realisasi_anggaran=total_real,
        total_penyerapan=total_penyerapan,
        galat_anggaran=galat_anggaran,
    )


def _efisiensi_row(node: Node) -> EfisiensiRow:
    """Tabel 3.3's row of a Tujuan/Sasaran, with a note when unreadable cells left something out."""
    unknown = [i.status for i in node.indicators if i.capaian is None and i.status and not i.galat]
    galat_cells = [ref for i in node.galat for ref in i.galat]
    if node.capaian is not None:
        status = None
    elif galat_cells:
        status = galat_status(galat_cells)
    else:
        status = unknown[0] if unknown else None
    notes = []
    if node.galat and node.capaian is not None:
        measured = sum(1 for i in node.indicators if i.capaian_exact is not None)
        notes.append(
            f"Capaian {node.tingkat.lower()} ini rata-rata {measured} dari {len(node.indicators)} "
            f"indikator; {len(node.galat)} indikator tidak dihitung karena sel {', '.join(galat_cells)} "
            "tidak dapat dibaca."
        )
    if node.galat_anggaran:
        notes.append(
            f"Penyerapan dan efisiensi tidak dihitung karena sel {', '.join(node.galat_anggaran)} "
            "tidak dapat dibaca."
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
