"""Turn the input sheets (as grids of cells) into WorkbookInput, with findings for every bad cell.

Pure: works on lkj_xl.core.model.Grid, whichever adapter (openpyxl, xlwings) read the workbook.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from functools import partial
from typing import Any

from lkj_xl.core import contract as c
from lkj_xl.core import pasted
from lkj_xl.core.anggaran_cells import kode_kosong_galat, read_kode_sasaran, scaled_title
from lkj_xl.core.cell_reader import CellReader, choice, no_saved_value, value_at, values_at, words_at
from lkj_xl.core.findings import clip as _clip
from lkj_xl.core.findings import indikator_kosong, zeros_dropped
from lkj_xl.core.grid_lookups import headers_remembered
from lkj_xl.core.grids import (
    DataRow,
    NotAgencyWorkbook,
    WorkbookError,
    data_rows,
    find_header,
    find_sheet,
    suggest,
    unreadable,
    why_unreadable,
)
from lkj_xl.core.input_sheets import copy_pattern, input_sheet_findings
from lkj_xl.core.kode_kinerja import account_lines
from lkj_xl.core.koma_rupiah import comma_galat
from lkj_xl.core.koreksi_row import koreksi_advice, said_blank_kode
from lkj_xl.core.merged_kode import merged_kode_galat
from lkj_xl.core.model import (
    GALAT,
    LEFT_OUT,
    PERINGATAN,
    BudgetInput,
    Cell,
    Finding,
    Grid,
    IndicatorInput,
    Value,
    WorkbookInput,
)
from lkj_xl.core.named_program import program_names, read_named
from lkj_xl.core.node_rows import NodeNames, NodeRow, indicator_key, typed_twice
from lkj_xl.core.periode_diminta import Periode, kuartal
from lkj_xl.core.polaritas_teks import DIJELASKAN_NEGATIF, DIJELASKAN_POSITIF, RUMUS_NEGATIF
from lkj_xl.core.quarter_formulas import formulas_saved_as_zero, quarters_summed_twice
from lkj_xl.core.rank_said import rank_said
from lkj_xl.core.rasio_bulat import keep_kriteria
from lkj_xl.core.rasio_ketik import without_direction
from lkj_xl.core.rasio_persen import read_by_row
from lkj_xl.core.rowkinds import (
    belanja_kode,
    belanja_name,
    kinerja_belanja_nodes,
    kinerja_induk,
    kinerja_programs,
    kode_ganda,
    kode_kosong,
    not_an_indicator,
    renstra_row,
    typed_kode,
)
from lkj_xl.core.skor_ke_target import read_by_target
from lkj_xl.core.spending_status import spending_cell
from lkj_xl.core.sumber_dana_row import Taken, funding_kode, left_out_row
from lkj_xl.core.typed_sd import quarters_typed_up_to


def _tingkat(reader: CellReader, data: DataRow, kode: str, first: NodeRow | None) -> str | None:
    """The row's Tingkat (blank: the node's first row's), or None with a galat: the row is skipped."""
    text = reader.text(data.get("Tingkat"))
    if not text:
        if first is None:
            reader.add(GALAT, data.ref("Tingkat"), "Tingkat kosong; baris ini tidak dihitung")
            return None
        return first.tingkat
    tingkat = c.match_choice(text, c.TINGKAT, c.TINGKAT_ALIASES)
    if tingkat is None:
        reader.add(
            GALAT,
            data.ref("Tingkat"),
            f'Tingkat "{_clip(text)}" tidak dikenal (pilih: {", ".join(c.TINGKAT)}); baris ini tidak dihitung',
        )
        return None
    if first is not None and tingkat != first.tingkat:
        reader.add(
            GALAT,
            data.ref("Tingkat"),
            f'Kode "{kode}" sudah dipakai untuk {first.tingkat} di baris {first.row}; '
            f"baris ini ({tingkat}) tidak dihitung",
        )
        return None
    return tingkat


# The columns that say what a row is and how its numbers read: an Excel error or an unsaved formula
# there is no blank (which would take the node's first row's, or detach it from its parent).
_STRUCTURE = ("Kode", "Tingkat", "Kode Induk", "Indikator", "Satuan")


def _unreadable_structure(reader: CellReader, data: DataRow, headers: Sequence[str]) -> bool:
    """A galat at each of ``headers``' cells holding an Excel error (#N/A of a VLOOKUP) or a formula
    without its saved value; True when there is one (the row is not computed)."""
    kode = data.get("Kode")
    if kode is not None and kode.merged and (why := merged_kode_galat(data, reader.text)):
        reader.add(GALAT, data.ref("Kode"), why)  # a continuation, or another node's row: said once
        return True
    found = False
    for header in headers:
        cell = data.get(header)
        if cell is None:
            continue
        value = cell.value
        # (a cell with a value is readable unless a merge hides it: no call for most cells)
        if (value is None or cell.merged) and unreadable(cell):
            reader.add(GALAT, data.ref(header), f"{header} {why_unreadable(cell)}; baris ini tidak dihitung")
            found = True
        # "#N/A" as text (a VLOOKUP pasted as values into a Text cell): the add-in's error. Tested
        # inline, starting with "#", before the look-up: five cells of every row pass here (a "#"
        # anywhere first: a search in C, no stripped copy of every text).
        elif (
            type(value) is str
            and "#" in value
            and value.lstrip()[:1] == "#"
            and (why := pasted.excel_error_text(header, reader.text(cell)))
        ):
            reader.add(GALAT, data.ref(header), f"{why}; baris ini tidak dihitung")
            found = True
    return found


def _node_texts(
    reader: CellReader, data: DataRow, kode: str, tingkat: str, first: NodeRow | None
) -> tuple[str, str]:
    """The row's Kode Induk and Uraian; on a node's later row, blank or different ones (a peringatan)
    are the first row's."""
    get, ref = data.get, data.ref
    typed = reader.text(get("Kode Induk"))
    kode_induk = typed or (first.kode_induk if first else "")
    if first is not None and typed and kode_induk != first.kode_induk:
        reader.add(
            PERINGATAN,
            ref("Kode Induk"),
            f'Kode Induk "{kode_induk}" berbeda dengan baris {first.row} ("{first.kode_induk}") untuk '
            f'Kode "{kode}"; dipakai yang pertama',
        )
        kode_induk = first.kode_induk
    uraian = words_at(reader, data, "Uraian") or (first.uraian if first else "")
    if first is not None and first.uraian and c.normalize_label(uraian) != c.normalize_label(first.uraian):
        # a row copied for another program whose Kode was not changed (or "1.10" kept by Excel as 1.1)
        reader.add(
            PERINGATAN,
            ref("Uraian"),
            f'Uraian "{_clip(uraian)}" berbeda dengan baris {first.row} ("{_clip(first.uraian)}") untuk '
            f'Kode "{kode}": keduanya dihitung sebagai satu {tingkat} dengan Uraian yang pertama; bila ini '
            f"{tingkat} lain, beri Kode sendiri",
        )
        uraian = first.uraian
    return kode_induk, uraian


_Loose = dict[str, tuple[str, int]]  # each Program typed without an Indikator: its Kode Induk and row


def parse_kinerja(
    grid: Grid, sheet: str, findings: list[Finding], loose: _Loose | None = None, triwulan: int = 4
) -> tuple[list[IndicatorInput], dict[str, str]]:
    """Kinerja's indicators and its column letters; ``loose`` gets each Program typed without an
    Indikator (its Kode Induk and row: the program's budget still belongs there). ``triwulan``:
    Pengaturan's (4 when unknown), the last quarter a rank's peringatan quotes."""
    letters, lazy = data_rows(grid, sheet, c.KINERJA_HEADERS, findings)
    reader = CellReader(sheet, findings)
    names = NodeNames(rows := list(lazy), reader.text, (grid, sheet))  # a node's rows after a Sort
    out: list[IndicatorInput] = []
    first_of_kode: dict[str, IndicatorInput] = {}
    seen_pairs: dict[tuple[str, str], tuple[DataRow, IndicatorInput]] = {}
    previous = ""  # the Kode of the row above: a node's indicators stand on adjacent rows
    numeric_induk: list[tuple[str, str]] = []  # (cell, text) of a Kode Induk kept as a number (1.1)
    for data in rows:
        excel_row, get, ref = data.excel_row, data.get, data.ref
        if _unreadable_structure(reader, data, _STRUCTURE):
            continue
        if summary_or_note := not_an_indicator(data, reader.text):
            reader.add(PERINGATAN, *summary_or_note, LEFT_OUT)
            continue
        kode = reader.text(get("Kode"))
        if not kode:  # (an indicator's text typed on in the row below: said so)
            reader.add(GALAT, ref("Kode"), kode_kosong(data, reader.text, out[-1] if out else None))
            continue
        named = names.of(data, kode, first := first_of_kode.get(kode))
        if (tingkat := _tingkat(reader, data, kode, named)) is None:
            continue
        previous = _kode_placed(reader, data, (kode, previous), first, numeric_induk)
        kode_induk, uraian = _node_texts(reader, data, kode, tingkat, named)
        if not uraian and not no_saved_value(get("Uraian")):  # an error there is said as such
            reader.add(PERINGATAN, ref("Uraian"), f'Uraian untuk Kode "{kode}" kosong')
        if not (indikator := reader.text(get("Indikator"))):
            if not names.heading(data, kode):  # (the PK's title row over its node's indicator rows: quiet)
                reader.add(GALAT, ref("Indikator"), indikator_kosong(kode))
            if loose is not None and tingkat == "Program":  # (a Kegiatan's budget may be its program's)
                loose.setdefault(kode, (kode_induk, excel_row))
            continue
        pair = (kode, indicator_key(indikator))  # typed again by another bidang?
        if pair in seen_pairs:  # typed again (two bidang): with other figures, neither is scored
            reader.add(GALAT, *typed_twice(*seen_pairs[pair], data, sheet, reader.text))
            continue

        polaritas, polaritas_text = choice(reader, data, "Polaritas", c.POLARITAS, c.POLARITAS_ALIASES)
        jenis, jenis_text = choice(reader, data, "Jenis Realisasi", c.JENIS_REALISASI, c.JENIS_ALIASES)

        satuan = reader.text(get("Satuan"))
        if not polaritas_text and (word := pasted.lower_is_better(indikator, satuan)):
            reader.add(PERINGATAN, ref("Polaritas"), _polaritas_kosong(kode, indikator, word))
        target, target_p, tws = _figures(
            reader, data, (satuan, indikator), (polaritas if polaritas_text else None, jenis)
        )
        if target.exact is not None and pasted.rank(indikator, satuan):
            chosen = (polaritas, polaritas_text, jenis, jenis_text)
            rank_said(reader, ref, (kode, indikator), chosen, (target.exact, tws[:triwulan]))
        _quarters_typed_so(data, tws, sheet, reader, jenis, satuan)
        item = IndicatorInput(
            row=excel_row,
            kode=kode,
            tingkat=tingkat,
            kode_induk=kode_induk,
            uraian=uraian,
            indikator=indikator,
            satuan=satuan,
            polaritas=polaritas,
            jenis_realisasi=jenis,
            jenis_kosong=jenis == c.KUMULATIF and not jenis_text,
            polaritas_kosong=not polaritas_text,
            kode_angka=_kept_as_number(get("Kode")),
            target=target,
            target_perubahan=target_p,
            realisasi_tw=tws,
            keterangan=words_at(reader, data, "Keterangan"),
        )
        formulas_saved_as_zero(item, tws, data)
        out.append(item)
        first_of_kode.setdefault(kode, item)
        seen_pairs[pair] = (data, item)
    _induk_kept_as_number(reader, numeric_induk, first_of_kode.keys())
    return out, letters


def _figures(
    reader: CellReader, data: DataRow, row: tuple[str, str], chosen: tuple[str | None, str]
) -> tuple[Value, Value, list[Value]]:
    """A row's Target, Target Perubahan and quarters, ``row`` its Satuan and Indikator (which may say
    it is a ratio: "l:20" of a "Rasio guru terhadap murid"). Where staff chose a Polaritas, a ratio's
    galat among them ("1:20") does not advise choosing Negatif: a Polaritas chosen (``polaritas``, None
    when not) is never advised changed; nor, Negatif chosen, does a bound's ("maks 30 menit"). ``chosen``:
    it and the Jenis Realisasi in force, which the advised figures of ratios are weighed by (rasio_bulat)."""
    said, polaritas = len(reader.findings), chosen[0]
    satuan, indikator = row
    target, target_p, *tws = values_at(reader, data, _FIGURES, satuan=satuan, indikator=indikator)
    if len(reader.findings) == said:  # (nearly every row) nothing said of its figures: nothing to reword
        return target, target_p, tws  # (the three below each start by asking this, then do nothing)
    read_by_row(reader, said, row, [target, target_p, *tws], [target, target_p, *tws])  # "1:4" under %
    read_by_target(reader, said, tws, target_p if target_p.filled else target, satuan)  # "3,3 / 4" of 82
    if polaritas is not None:
        reader.polaritas_advice_dropped(said, negatif=polaritas == c.NEGATIF)
    if any(v.exact is not None and v.exact >= 1 for v in (target, target_p, *tws)):
        reader.reword(said, without_direction)  # (its figures typed X per one: 1 / X would not compare)
    keep_kriteria(reader, said, [target, target_p, *tws], chosen)  # (1 / 3 = 0,3334 beside 1 / 4 = 0,25)
    return target, target_p, tws


def _induk_kept_as_number(reader: CellReader, numeric: list[tuple[str, str]], kodes: Iterable[str]) -> None:
    """A peringatan at a Kode Induk kept as a number (1.1) where a Kode with zeros after it (1.10)
    exists beside its own: typed 1.10 in a General cell, Excel keeps 1.1, and "1.1" is used."""
    known = set(kodes)
    for sel, induk in numeric:
        if induk in known and (why := zeros_dropped("Kode Induk", induk, known)):
            reader.add(PERINGATAN, sel, why)


def _kode_placed(
    reader: CellReader,
    data: DataRow,
    kodes: tuple[str, str],
    first: IndicatorInput | None,
    numeric_induk: list[tuple[str, str]],
) -> str:
    """Checks of where a row's Kode stands (``kodes``: its own and the row above's): a node met again
    below another one is a peringatan; a Kode Induk kept as a number is noted for the check once every
    Kode is known. Returns the row's Kode, the next row's "row above"."""
    kode, previous = kodes
    if first is not None and previous != kode:
        reader.add(PERINGATAN, data.ref("Kode"), _kode_apart(kode, first, previous, data.get("Kode")))
    if _kept_as_number(data.get("Kode Induk")):
        numeric_induk.append((data.ref("Kode Induk"), reader.text(data.get("Kode Induk"))))
    return kode


def _kept_as_number(cell: Cell | None) -> bool:
    """A code cell holding a number with decimals (1.1): Excel drops a code's last zeros (1.10)."""
    return cell is not None and type(cell.value) is float and not cell.value.is_integer()


def _kode_apart(kode: str, first: IndicatorInput, previous: str, cell: Cell | None) -> str:
    """The peringatan of a Kode met again below another node's rows: counted as that node's indicator,
    though most often another node typed with the same Kode (1.10 kept by Excel as 1.1)."""
    message = (
        f'Kode "{kode}" sudah dipakai di baris {first.row}, dan di atas baris ini ada Kode lain '
        f'("{previous}"): indikator ini dihitung untuk {first.tingkat} "{_clip(first.uraian)}" yang sama; '
        f"bila ini {first.tingkat} lain, beri Kode sendiri"
    )
    if _kept_as_number(cell):
        message += (
            f" (sel ini berisi angka {kode}: Kode {kode}0 yang diketik di sel General disimpan Excel sebagai "
            f"{kode}; ketik Kode sebagai teks, mis. '{kode}0)"
        )
    return message


def _polaritas_kosong(kode: str, indikator: str, word: str) -> str:
    """The peringatan of a blank Polaritas (Positif) on an indicator whose lower value is better."""
    return (
        f'Polaritas indikator "{_clip(indikator)}" ({kode}) kosong, jadi {DIJELASKAN_POSITIF}, padahal '
        f'indikator {word} biasanya {DIJELASKAN_NEGATIF}: pilih "Negatif" bila '
        f'demikian ({RUMUS_NEGATIF}), atau pilih "Positif"'
    )


_BUDGET_FIGURES = ("Pagu", "Pagu Perubahan", *c.REALISASI_TW_HEADERS)
_FIGURES = ("Target", "Target Perubahan", *c.REALISASI_TW_HEADERS)  # a Kinerja row's, in this order


def _quarters_typed_so(
    data: DataRow, tws: list[Value], sheet: str, reader: CellReader, jenis: str, satuan: str
) -> None:
    """Quarters typed up to them (=K5+4, "46,6 (s.d. Juni)") where Kumulatif would count TW I twice, or
    ("57,7 (s.d. Desember)") where Rata-rata would average TW I-III again: their galat (in place)."""
    if jenis == c.KUMULATIF:
        quarters_summed_twice(data, tws, sheet, reader.add, anggaran=False)
    if jenis in c.JENIS_REALISASI:  # (Nilai Akhir: "s.d. Juni -1" is TW II's own -1, named)
        mean, latest = jenis == c.RATA_RATA, jenis == c.NILAI_AKHIR
        quarters_typed_up_to(
            data, tws, sheet, reader.findings, label="Realisasi", satuan=satuan, mean=mean, latest=latest
        )


def _budget_row(reader: CellReader, data: DataRow, kode: str, program: str, kode_galat: str) -> BudgetInput:
    """Anggaran row ``data`` (its Kode and Program read) as a BudgetInput: its Kode Sasaran, pagu and
    quarters read at their cells (a quarter typed up to it, or summing others, said there)."""
    sasaran = data.get("Kode Sasaran")
    kode_sasaran, sasaran_galat = read_kode_sasaran(reader, data)
    tws = [spending_cell(reader, data, h, q) for q, h in enumerate(c.REALISASI_TW_HEADERS)]
    quarters_summed_twice(data, tws, reader.sheet, reader.add, anggaran=True)
    quarters_typed_up_to(data, tws, reader.sheet, reader.findings, label="Realisasi anggaran")
    return BudgetInput(
        row=data.excel_row,
        kode=kode,
        program=program,
        kode_sasaran=kode_sasaran,
        pagu=value_at(reader, data, "Pagu", "Pagu", money=True),
        pagu_perubahan=value_at(reader, data, "Pagu Perubahan", "Pagu Perubahan", money=True),
        realisasi_tw=tws,
        kode_galat=kode_galat,
        kode_sasaran_galat=sasaran_galat,
        kode_sasaran_angka=_kept_as_number(sasaran),
        kode_angka=_kept_as_number(data.get("Kode")),
    )


def parse_anggaran(
    grid: Grid,
    sheet: str,
    findings: list[Finding],
    programs: frozenset[str] = frozenset(),
    names: dict[str, str] | None = None,
    induk: Mapping[str, str] | None = None,
) -> tuple[list[BudgetInput], dict[str, str]]:
    """Anggaran's rows, column letters; Kinerja's Program/Kegiatan Kodes, Programs by name (``names``),
    Kegiatan's Kode Induk (``induk``: a koreksi row under them is told their program's row)."""
    letters, lazy = data_rows(grid, sheet, c.ANGGARAN_HEADERS, findings)
    reader = CellReader(sheet, findings)
    scaled_title(reader, grid[: find_header(grid, sheet, c.ANGGARAN_HEADERS)[0]])
    out: list[BudgetInput] = []
    seen: dict[str, int] = {}
    # A DPA's jenis belanja ("5.1 BELANJA OPERASI") stands under every program with the same Kode: it is
    # typed twice only under the same row (its Kode then keyed with that row's, ``scope``); a Renstra's
    # program "5.1.2" of Kinerja (its Kegiatan "5.1.2.1") has the belanja shape, and is such a row; a
    # rekening below its belanja may have another Uraian ("5.1.02.01.01.0024 Honorarium").
    scope = ""
    blank_kode: list[tuple[int, str, str]] = []  # (index in out, cell, galat) of a blank Kode with figures
    taken: Taken = {}  # (funding rows' sums under a row of out, sumber_dana_row)
    for n, data in enumerate(rows := list(lazy)):  # (a row named as a Program is read with the next)
        excel_row, get, ref = data.excel_row, data.get, data.ref
        # A row left out for its Kode (unreadable, blank, repeated): a heading without figures is
        # nothing more; a row with a figure is listed with the galat, and no total or Sasaran budget is
        # given without it.
        figures = not data.blank(_BUDGET_FIGURES)
        unreadable_kode = _unreadable_structure(reader, data, ("Kode",))
        if unreadable_kode and not figures:
            continue
        kode = "" if unreadable_kode else reader.text(get("Kode"))
        program = reader.words(get("Program"), ref("Program"), "Program")
        # ("5.2.", "7.01.01." as staff end a Kode; "7.01.01 Program Penunjang ..." in the Kode cell)
        kode, program = typed_kode(kode, program, programs)
        after = rows[n + 1 : n + 9]  # (the funding rows after it: a share of a refund, sumber_dana_row)
        if total_or_note := left_out_row(data, kode, program, out, reader.text, taken, programs, after):
            reader.add(PERINGATAN, *total_or_note, LEFT_OUT)
            continue
        kode, program = funding_kode(kode, program, figures, programs)  # ("DAK" no share above: a galat)
        if not (kode or unreadable_kode or figures):  # (a Program's name over the DPA's belanja lines)
            kode = read_named(reader, data, program, names or {}, rows[n + 1 : n + 2], rows)
        kode_galat = f"{sheet}!{ref('Kode')}" if unreadable_kode else ""
        if belanja_kode(kode) and (belanja_name(program) or not renstra_row(kode, programs)):
            key = f"{scope}\n{kode}"
        else:
            key = scope = kode
        # (the DPA's "5.1 BELANJA OPERASI" again under one row, its recap right under the last program's
        # block: the engine tells a recap, a line fitting no program, or one still counted twice, belanja_twice)
        again = key in seen and key != kode and belanja_name(program)
        if not unreadable_kode and (not kode or (key in seen and not again)):
            message = (
                kode_ganda(kode, seen[key], figures) + koreksi_advice(data, program, out, seen[key], induk)
                if kode
                else kode_kosong_galat(program, figures, reader.text(get("Kode")))
            )
            if not figures:
                reader.add(GALAT, ref("Kode"), message)
                continue
            blank_kode.append((len(out), ref("Kode"), message))  # (said below: the rows on both sides known)
            kode_galat = f"{sheet}!{ref('Kode')}"
        elif kode and not again:
            seen[key] = excel_row
        out.append(_budget_row(reader, data, kode, program, kode_galat))
    said_blank_kode(reader, blank_kode, out, induk)
    return out, letters


def _parse_anggaran(
    grid: Grid, sheet: str, findings: list[Finding], parsed: dict[str, Any], loose: Collection[str]
) -> tuple[list[BudgetInput], dict[str, str]]:
    """:func:`parse_anggaran` after Kinerja (``parsed``, ``loose``): a Renstra's program "5.1.2" has the
    belanja shape, and the DPA's "5.1 BELANJA OPERASI" beside a Program "5.1" is its account line."""
    programs = kinerja_programs(parsed, loose)
    rows, letters = parse_anggaran(
        grid, sheet, findings, programs, program_names(parsed), kinerja_induk(parsed)
    )
    return account_lines(rows, programs, kinerja_belanja_nodes(parsed)), letters


def _copy_of(wanted: str, name: str) -> bool:
    """``name`` is ``wanted`` renamed as a copy is (input_sheets.copy_pattern: "Kinerja (2)", "Copy of
    Kinerja", "Salinan Kinerja"), or numbered ("Kinerja 2")."""
    typed = c.normalize_label(name)
    return bool(
        copy_pattern(wanted).fullmatch(typed)
        or re.fullmatch(rf"{re.escape(c.normalize_label(wanted))} \d+", typed)
    )


def _renamed(candidates: Sequence[str]) -> bool:
    """The input sheets were renamed, not missing: one a copy-style rename, or two of the three near a
    sheet of the workbook."""
    near = [wanted for wanted in c.INPUT_SHEETS if suggest(wanted, candidates)]
    return len(near) >= 2 or any(_copy_of(wanted, name) for wanted in c.INPUT_SHEETS for name in candidates)


def parse_workbook(
    grids: Mapping[str, Grid], all_sheets: Sequence[str] | None = None, triwulan: Periode | None = None
) -> WorkbookInput:
    """Parse the three input sheets. Raises WorkbookError naming every missing sheet or header.

    ``all_sheets``: every sheet name of the workbook, to suggest the closest one for a missing sheet.
    ``triwulan``: the period the report is computed for (``--triwulan``) over Pengaturan's: the
    quarters a peringatan quotes (a rank summed).
    """
    with headers_remembered():  # (each sheet's header row is asked for by several readers and checks)
        return _parse_workbook(grids, all_sheets, triwulan)


def _parse_workbook(
    grids: Mapping[str, Grid], all_sheets: Sequence[str] | None, triwulan: Periode | None
) -> WorkbookInput:
    problems: list[str] = []
    names: dict[str, str] = {}
    findings = input_sheet_findings(grids, all_sheets)  # on the grids as read (a hidden sheet's mark)
    # "#N/A" as text is the error on both sides (the add-in cannot tell them apart)
    grids = {name: pasted.errors_as_the_add_in_reads_them(grid) for name, grid in grids.items()}
    roles = {c.normalize_label(n) for n in c.ROLE_SHEETS}
    candidates = [
        n for n in (grids if all_sheets is None else all_sheets) if c.normalize_label(n) not in roles
    ]
    found = {wanted: find_sheet(grids, wanted) for wanted in c.INPUT_SHEETS}
    # A rekap workbook, or another workbook altogether; not one whose input sheets were all renamed
    # ("Kinerja (2)" of a copied sheet, or two of the three near-matched): those are named as one
    # renamed sheet is (maksud Anda ...?). A SIPD export's lone "Anggaran Kas" is no renamed sheet.
    if not any(found.values()) and not _renamed(candidates):
        raise NotAgencyWorkbook(list(grids if all_sheets is None else all_sheets))
    for wanted, actual in found.items():
        if actual is None:
            problems.append(f'Sheet "{wanted}" tidak ditemukan{suggest(wanted, candidates)}')
        else:
            names[wanted] = actual
    columns: dict[str, dict[str, str]] = {}
    parsed: dict[str, Any] = {}
    loose: dict[str, tuple[str, int]] = {}  # Kinerja rows without Indikator (parse_kinerja)
    from lkj_xl.core.pengaturan import parse_settings  # it builds on this module

    parsers: tuple[tuple[str, Callable[[Grid, str, list[Finding]], tuple[Any, dict[str, str]]]], ...] = (
        (c.SHEET_PENGATURAN, partial(parse_settings, asked=triwulan)),  # (narasi59: the signing date's end)
        (c.SHEET_KINERJA, partial(parse_kinerja, loose=loose)),
        # (Kinerja read first: its programs' Kodes, a Renstra's "5.1.2" shaped like a belanja account)
        (c.SHEET_ANGGARAN, lambda g, s, f: _parse_anggaran(g, s, f, parsed, loose)),
    )
    for wanted, parser in parsers:
        if wanted not in names:
            continue
        if wanted == c.SHEET_KINERJA and (settings := parsed.get(c.SHEET_PENGATURAN)):
            reported = 4 if settings.triwulan_galat else settings.triwulan  # (Pengaturan is read first)
            reported = kuartal(triwulan) or reported
            parser = partial(parse_kinerja, loose=loose, triwulan=reported)
        try:
            # Findings and galat cells name the sheet as the contract does ("Kinerja" for a tab typed
            # "KINERJA" or "Kinerja "), as the engine's do: one name, one place in the sorted list.
            parsed[wanted], columns[names[wanted]] = parser(grids[names[wanted]], wanted, findings)
        except WorkbookError as exc:  # a missing header: collect, and report every sheet's at once
            problems.extend(exc.problems)
    if problems:
        raise WorkbookError(problems)
    data = WorkbookInput(
        parsed[c.SHEET_PENGATURAN], parsed[c.SHEET_KINERJA], parsed[c.SHEET_ANGGARAN], findings, columns
    )
    data.tanpa_indikator = loose
    for wanted, headers in ((c.SHEET_KINERJA, c.KINERJA_HEADERS), (c.SHEET_ANGGARAN, c.ANGGARAN_HEADERS)):
        data.header_rows[wanted] = find_header(grids[names[wanted]], wanted, headers)[0] + 1
    _after_reading(data, grids, names, columns, triwulan)
    return data


def _after_reading(
    data: WorkbookInput,
    grids: Mapping[str, Grid],
    names: dict[str, str],
    columns: dict[str, dict[str, str]],
    triwulan: Periode | None,
) -> None:
    """The checks on the input sheets once all three are read: the optional sheets and columns, the
    revisions typed "tetap", comma thousands, columns the contract does not hold, a typed total, and
    last year's quarters left in the sheet."""
    from lkj_xl.core.parse_analisis import parse_extras  # it builds on this module

    parse_extras(data, grids)
    from lkj_xl.core.revisi_tetap import read_unchanged  # it builds on this module

    # "tetap", "belum ada" in Target / Pagu Perubahan: no revision (the year's report: said)
    letters = {w: columns.get(names.get(w, ""), {}) for w in c.INPUT_SHEETS}
    read_unchanged(data, letters, triwulan)
    comma_galat(data, letters, triwulan)  # "100,000" rupiah: Rp 100 or Rp 100.000? a galat, never a guess
    from lkj_xl.core.revised_columns import check_revised_columns  # it builds on this module

    check_revised_columns(data, grids)  # "Pagu APBD-P": a revision the contract's columns do not hold
    from lkj_xl.core.spending_columns import check_spending_columns  # it builds on this module

    check_spending_columns(data, grids, triwulan)  # "Realisasi s.d. TW II", "Juni": not in a quarter
    from lkj_xl.core.realisasi_columns import check_realisasi_columns  # it builds on this module

    check_realisasi_columns(
        data, grids, triwulan
    )  # the same in Kinerja: an indicator's realisasi, its capaian
    from lkj_xl.core.typed_total import read_typed_total  # it builds on this module

    read_typed_total(data, grids)  # "TOTAL" under the programs, compared with their sum by the engine
    from lkj_xl.core.last_year import check_last_years_quarters  # it builds on this module

    check_last_years_quarters(data, names.get(c.SHEET_KINERJA))  # Tahun 2026, 2025's quarters left
