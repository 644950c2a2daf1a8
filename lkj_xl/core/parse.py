"""Turn the input sheets (as grids of cells) into WorkbookInput, with findings for every bad cell.

Pure: works on lkj_xl.core.model.Grid, whichever adapter (openpyxl, xlwings) read the workbook.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from fractions import Fraction
from typing import Any, cast

from lkj_xl.core import contract as c
from lkj_xl.core import numbers, pasted
from lkj_xl.core.findings import clip as _clip
from lkj_xl.core.findings import words_shown, zeros_dropped
from lkj_xl.core.grids import (
    SCALED_NOTE,
    DataRow,
    NotAgencyWorkbook,
    WorkbookError,
    column_letter,
    data_rows,
    find_header,
    find_sheet,
    input_sheet_findings,
    suggest,
    unreadable,
    why_unreadable,
)
from lkj_xl.core.model import (
    GALAT,
    NO_DATA_TEXTS,
    PERINGATAN,
    BudgetInput,
    Cell,
    Finding,
    Grid,
    IndicatorInput,
    Value,
    WorkbookInput,
)
from lkj_xl.core.node_rows import NodeNames, NodeRow, indicator_key, typed_twice
from lkj_xl.core.numbers import (
    NumberParseError,
    looks_numeric,
    parse_number,
    tanggal_sel,
    to_fraction,
)
from lkj_xl.core.quarter_formulas import quarters_summed_twice
from lkj_xl.core.rowkinds import not_a_program, not_an_indicator

ZERO_TEXTS = {"nihil", "nol"}


class _Reader:
    """Cell-to-value conversion that records findings with cell references."""

    def __init__(self, sheet: str, findings: list[Finding]):
        self.sheet = sheet
        self.findings = findings

    def add(self, severity: str, ref: str, message: str) -> None:
        self.findings.append(Finding(severity, self.sheet, ref, message))  # type: ignore[arg-type]

    def text(self, cell: Cell | None) -> str:
        if cell is None or cell.value is None:
            return ""
        value = cell.value
        if type(value) is str:
            return " ".join(value.split()) if value.isascii() else c.tidy_text(value)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return c.tidy_text(str(value))

    def words(self, cell: Cell | None, ref: str, label: str) -> str:
        """A column of words (Uraian, Keterangan, Program, Formulasi): its text; an Excel error or a
        formula without its saved value there (a VLOOKUP's #N/A) is a peringatan at the cell and no
        text, not a blank said nothing of. (A merge is no error here: a name merged over a node's rows.)"""
        if cell is not None and _no_saved_value(cell):
            self.add(PERINGATAN, ref, f"{label} {why_unreadable(cell)}; tidak dicetak")
            return ""
        # a number or a date there as the cell shows it (not "12.5", "2025-07-10 00:00:00")
        shown = None if cell is None or type(cell.value) is str else words_shown(cell)
        return self.text(cell) if shown is None else shown

    def value(
        self, cell: Cell | None, ref: str, label: str, *, satuan: str | None = None, money: bool = False
    ) -> Value:
        """Parse one input cell. Unusable content gives a GALAT finding and a Value marked ``galat``.

        ``satuan``: the indicator's Satuan (a Kinerja value: only it, or a scale word, may follow the
        number); ``money``: a rupiah amount (Anggaran: "2,5 M" is miliar). See numbers.parse_number.
        """
        plain = _plain_value(cell)
        if plain is not None:
            return plain
        assert cell is not None  # (an absent cell is a plain empty value)
        raw = cell.value
        where = f"{self.sheet}!{ref}" if ref else self.sheet
        if unreadable(cell):
            self.add(GALAT, ref, f"{label} {why_unreadable(cell)}")
            return Value(text=cell.error or (f"={cell.formula}" if cell.formula else ""), galat=where)
        if raw is None:
            return Value()
        if isinstance(raw, bool):
            self.add(GALAT, ref, f"{label} berisi nilai logika ({'TRUE' if raw else 'FALSE'}), bukan angka")
            return Value(text=str(raw).upper(), galat=where)
        if isinstance(raw, (_dt.datetime, _dt.date, _dt.time)):
            self.add(
                GALAT,
                ref,
                f"{label} berisi tanggal ({words_shown(cell) or tanggal_sel(raw)}); Excel mungkin mengubah angka menjadi tanggal, "
                "tulis ulang sebagai angka atau teks",
            )
            return Value(text=str(raw), galat=where)
        if isinstance(raw, (int, float)):
            if not math.isfinite(raw):
                self.add(GALAT, ref, f"{label} bukan angka yang sah")
                return Value(text=str(raw), galat=where)
            exact = to_fraction(raw)
            if cell.percent:
                # A cell shown as 40,71% stores 0.4071; the engine works in percent units.
                exact *= 100
                if note := numbers.percent_format_note(label, exact, satuan, money):
                    self.add(PERINGATAN, ref, note)
            return Value(number=float(exact), exact=exact, percent=cell.percent)
        text = str(raw)
        text = " ".join(text.split()) if text.isascii() else c.tidy_text(text)
        if not text:
            return Value()
        folded = text.casefold()
        if folded in NO_DATA_TEXTS:
            return Value(text=text)
        if pasted.no_data_dash(text):  # "−" (U+2212), "Rp -" pasted: no data, as "-" is
            return Value(text="-")
        if why := pasted.excel_error_text(label, text):  # "#N/A" in a Text cell: the add-in's error
            self.add(GALAT, ref, why)
            return Value(text=text, galat=where)
        if folded.rstrip(".!") in ZERO_TEXTS:  # "Nihil." as a letter writes it
            return Value(number=0.0, text=text, exact=Fraction(0))
        if looks_numeric(text):
            try:
                parsed = parse_number(text, satuan=satuan, money=money)
            except NumberParseError as exc:
                # "80 - 85", "1.250-", "25*": said what it is; else why the number cannot be read
                why = pasted.not_a_number(text, indicator=satuan is not None) or str(exc)
                self.add(GALAT, ref, f'{label} "{_clip(text)}" tidak dapat dibaca: {why}')
                return Value(text=text, galat=where)
            if money and parsed.percent:  # "25%" in a rupiah column: a penyerapan, no amount
                why = "ditulis dengan %, padahal isinya jumlah rupiah; tulis jumlah rupiahnya"
                self.add(GALAT, ref, f'{label} "{_clip(text)}" {why}')
                return Value(text=text, galat=where)
            return Value(
                number=parsed.value,
                text=text,
                scale_word=parsed.scale_word,
                percent=parsed.percent,
                currency=parsed.currency,
                exact=Fraction(parsed.exact) if parsed.exact is not None else to_fraction(parsed.value),
            )
        # "≥ 80", "min. 75", "± 4", "½": a number a status would drop
        if unclear := pasted.not_a_number(text, indicator=satuan is not None) or numbers.unclear_number(text):
            self.add(GALAT, ref, f'{label} "{_clip(text)}" tidak dapat dibaca: {unclear}')
            return Value(text=text, galat=where)
        return Value(status=text, text=text)


def _plain_value(cell: Cell | None) -> Value | None:
    """The value of what nearly every cell holds, a plain number (no error, no percent format) or
    nothing; None for anything else (_Reader.value reads it, with its findings)."""
    if cell is None:
        return Value()
    raw = cell.value
    kind = type(raw)
    if not cell.error and not cell.percent and not cell.merged:
        if kind is float and math.isfinite(cast(float, raw)):
            # + 0.0: a -0.0 cell is 0, as float(to_fraction(-0.0)) is
            return Value(number=cast(float, raw) + 0.0, exact=to_fraction(raw))
        if kind is int:
            return Value(number=float(cast(int, raw)), exact=Fraction(cast(int, raw)))
        if raw is None and not cell.formula:
            return Value()  # an empty cell
    return None


def _value_at(
    reader: _Reader, data: DataRow, header: str, label: str, *, satuan: str | None = None, money: bool = False
) -> Value:
    """``reader.value`` of the row's cell under ``header``; a plain number or an empty cell (nearly
    all of them) without building the cell's reference, which only a finding needs."""
    cell = data.get(header)
    plain = _plain_value(cell)
    if plain is not None:
        return plain
    return reader.value(cell, data.ref(header), label, satuan=satuan, money=money)


def _choice(
    reader: _Reader, data: DataRow, header: str, canonical: Sequence[str], aliases: Mapping[str, str]
) -> tuple[str, str]:
    """A dropdown column: its value, the first when blank, "" (with a galat) when unknown or unreadable;
    and the cell's text ("" when blank), which the caller's checks read too."""
    cell = data.get(header)
    text = reader.text(cell)
    if (not text or (cell is not None and cell.merged)) and unreadable(cell):  # #N/A: not blank
        reader.value(cell, data.ref(header), header)  # its galat at the cell
        return "", text
    if not text:
        return canonical[0], text
    matched = c.match_choice(text, canonical, aliases)
    if matched is None:
        choices = ", ".join(canonical)
        why = f'{header} "{_clip(text)}" tidak dikenal (pilih: {choices}); capaian indikator ini'
        reader.add(GALAT, data.ref(header), f"{why} tidak dihitung")
    return matched or "", text


def _tingkat(reader: _Reader, data: DataRow, kode: str, first: NodeRow | None) -> str | None:
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


def _unreadable_structure(reader: _Reader, data: DataRow, headers: Sequence[str]) -> bool:
    """A galat at each of ``headers``' cells holding an Excel error (#N/A of a VLOOKUP) or a formula
    without its saved value; True when there is one (the row is not computed)."""
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
        # inline, starting with "#", before the look-up: five cells of every row pass here.
        elif (
            type(value) is str
            and value.lstrip()[:1] == "#"
            and (why := pasted.excel_error_text(header, reader.text(cell)))
        ):
            reader.add(GALAT, data.ref(header), f"{why}; baris ini tidak dihitung")
            found = True
    return found


def _no_saved_value(cell: Cell | None) -> bool:
    """An Excel error or a formula without its saved value: no text, and no blank either."""
    return cell is not None and cell.value is None and bool(cell.error or cell.formula)


def _node_texts(
    reader: _Reader, data: DataRow, kode: str, tingkat: str, first: NodeRow | None
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
    uraian = reader.words(get("Uraian"), ref("Uraian"), "Uraian") or (first.uraian if first else "")
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


def parse_kinerja(
    grid: Grid, sheet: str, findings: list[Finding]
) -> tuple[list[IndicatorInput], dict[str, str]]:
    letters, lazy = data_rows(grid, sheet, c.KINERJA_HEADERS, findings)
    reader = _Reader(sheet, findings)
    names = NodeNames(rows := list(lazy), reader.text)  # a node's row above its first after a Sort
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
            reader.add(PERINGATAN, *summary_or_note)
            continue
        kode = reader.text(get("Kode"))
        if not kode:
            above = (
                f' (indikator lain dari Kode "{out[-1].kode}" di atasnya? tulis lagi Kodenya)' if out else ""
            )
            reader.add(GALAT, ref("Kode"), f"Kode kosong; baris ini tidak dihitung{above}")
            continue
        named = names.of(data, kode, first := first_of_kode.get(kode))
        if (tingkat := _tingkat(reader, data, kode, named)) is None:
            continue
        previous = _kode_placed(reader, data, (kode, previous), first, numeric_induk)
        kode_induk, uraian = _node_texts(reader, data, kode, tingkat, named)
        if not uraian and not _no_saved_value(get("Uraian")):  # an error there is said as such
            reader.add(PERINGATAN, ref("Uraian"), f'Uraian untuk Kode "{kode}" kosong')
        indikator = reader.text(get("Indikator"))
        if not indikator:
            reader.add(
                GALAT, ref("Indikator"), f'Indikator untuk Kode "{kode}" kosong; baris ini tidak dihitung'
            )
            continue
        pair = (kode, indicator_key(indikator))  # typed again by another bidang?
        if pair in seen_pairs:  # typed again (two bidang): with other figures, neither is scored
            reader.add(GALAT, *typed_twice(*seen_pairs[pair], data, sheet, reader.text))
            continue

        polaritas, polaritas_text = _choice(reader, data, "Polaritas", c.POLARITAS, c.POLARITAS_ALIASES)
        jenis, jenis_text = _choice(reader, data, "Jenis Realisasi", c.JENIS_REALISASI, c.JENIS_ALIASES)

        satuan = reader.text(get("Satuan"))
        if not polaritas_text and (word := pasted.lower_is_better(indikator, satuan)):
            reader.add(PERINGATAN, ref("Polaritas"), _polaritas_kosong(kode, indikator, word))
        target = _value_at(reader, data, "Target", "Target", satuan=satuan)
        target_p = _value_at(reader, data, "Target Perubahan", "Target Perubahan", satuan=satuan)
        tws = [_value_at(reader, data, h, h, satuan=satuan) for h in c.REALISASI_TW_HEADERS]
        if jenis == c.KUMULATIF:  # a quarter =K5+4 (s.d. the quarter) would count TW I twice
            quarters_summed_twice(data, tws, sheet, reader.add, anggaran=False)
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
            target=target,
            target_perubahan=target_p,
            realisasi_tw=tws,
            keterangan=reader.words(get("Keterangan"), ref("Keterangan"), "Keterangan"),
        )
        out.append(item)
        first_of_kode.setdefault(kode, item)
        seen_pairs[pair] = (data, item)
    _induk_kept_as_number(reader, numeric_induk, first_of_kode.keys())
    return out, letters


def _induk_kept_as_number(reader: _Reader, numeric: list[tuple[str, str]], kodes: Iterable[str]) -> None:
    """A peringatan at a Kode Induk kept as a number (1.1) where a Kode with zeros after it (1.10)
    exists beside its own: typed 1.10 in a General cell, Excel keeps 1.1, and "1.1" is used."""
    known = set(kodes)
    for sel, induk in numeric:
        if induk in known and (why := zeros_dropped("Kode Induk", induk, known)):
            reader.add(PERINGATAN, sel, why)


def _kode_placed(
    reader: _Reader,
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
        f'Polaritas indikator "{_clip(indikator)}" ({kode}) kosong, jadi Positif (makin tinggi makin '
        f'baik), padahal indikator {word} biasanya makin rendah makin baik: pilih "Negatif" bila '
        'demikian (capaian = (2 x target - realisasi) / target x 100), atau pilih "Positif"'
    )


_BUDGET_FIGURES = ("Pagu", "Pagu Perubahan", *c.REALISASI_TW_HEADERS)


def parse_anggaran(
    grid: Grid, sheet: str, findings: list[Finding]
) -> tuple[list[BudgetInput], dict[str, str]]:
    letters, rows = data_rows(grid, sheet, c.ANGGARAN_HEADERS, findings)
    reader = _Reader(sheet, findings)
    _scaled_title(reader, grid[: find_header(grid, sheet, c.ANGGARAN_HEADERS)[0]])
    out: list[BudgetInput] = []
    seen: dict[str, int] = {}
    for data in rows:
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
        if total_or_note := not_a_program(data, kode, program, reader.text):
            reader.add(PERINGATAN, *total_or_note)
            continue
        kode_galat = f"{sheet}!{ref('Kode')}" if unreadable_kode else ""
        if not unreadable_kode and (not kode or kode in seen):
            why = "kosong" if not kode else f"ganda (sudah ada di baris {seen[kode]})"
            what = f'"{_clip(program)}"' if not kode else f'"{kode}"'
            lost = ", begitu pula jumlah anggaran dan anggaran sasarannya" if figures else ""
            reader.add(GALAT, ref("Kode"), f"Kode program {what} {why}; baris ini tidak dihitung{lost}")
            if not figures:
                continue
            kode_galat = f"{sheet}!{ref('Kode')}"
        elif kode:
            seen[kode] = excel_row
        sasaran = get("Kode Sasaran")
        kode_sasaran, sasaran_galat = reader.text(sasaran), ""
        if unreadable(sasaran):  # #N/A of a VLOOKUP, a cell under a merge: no blank (not the parent's)
            kode_sasaran = ""
            sasaran_galat = reader.value(sasaran, ref("Kode Sasaran"), "Kode Sasaran").galat or ""
        tws = [
            _value_at(reader, data, h, f"Realisasi anggaran {tw}", money=True)
            for h, tw in zip(c.REALISASI_TW_HEADERS, c.TW_LABELS)
        ]
        quarters_summed_twice(data, tws, sheet, reader.add, anggaran=True)
        out.append(
            BudgetInput(
                row=excel_row,
                kode=kode,
                program=program,
                kode_sasaran=kode_sasaran,
                pagu=_value_at(reader, data, "Pagu", "Pagu", money=True),
                pagu_perubahan=_value_at(reader, data, "Pagu Perubahan", "Pagu Perubahan", money=True),
                realisasi_tw=tws,
                kode_galat=kode_galat,
                kode_sasaran_galat=sasaran_galat,
                kode_sasaran_angka=_kept_as_number(sasaran),
            )
        )
    return out, letters


def _scaled_title(reader: _Reader, title_rows: Grid) -> None:
    """A peringatan at a title above the Anggaran header saying the amounts are in thousands (as DPA
    extracts are): they are read as typed, in rupiah, and Tabel 3.4 prints them as "Pagu (Rp)"."""
    for r, row in enumerate(title_rows, start=1):
        for col, cell in enumerate(row):
            text = reader.text(cell)
            if type(cell.value) is str and (found := SCALED_NOTE.search(text.casefold())):
                reader.add(
                    PERINGATAN,
                    f"{column_letter(col)}{r}",
                    f'Judul "{_clip(text)}" menyebut angka {text[found.start() : found.end()] if text.isascii() else found.group(0)}, padahal Pagu dan Realisasi dibaca '
                    "dalam rupiah seperti ditulis (Tabel 3.4 mencetaknya sebagai Rp): tulis dalam rupiah penuh, "
                    "atau dengan kata skala (1.250 juta, 1,25 M)",
                )
                return


def parse_workbook(grids: Mapping[str, Grid], all_sheets: Sequence[str] | None = None) -> WorkbookInput:
    """Parse the three input sheets. Raises WorkbookError naming every missing sheet or header.

    ``all_sheets``: every sheet name of the workbook, to suggest the closest one for a missing sheet.
    """
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
    if not any(found.values()):  # a rekap workbook, or another workbook altogether
        raise NotAgencyWorkbook(list(grids if all_sheets is None else all_sheets))
    for wanted, actual in found.items():
        if actual is None:
            problems.append(f'Sheet "{wanted}" tidak ditemukan{suggest(wanted, candidates)}')
        else:
            names[wanted] = actual
    columns: dict[str, dict[str, str]] = {}
    parsed: dict[str, Any] = {}
    from lkj_xl.core.pengaturan import parse_settings  # it builds on this module

    parsers: tuple[tuple[str, Callable[[Grid, str, list[Finding]], tuple[Any, dict[str, str]]]], ...] = (
        (c.SHEET_PENGATURAN, parse_settings),
        (c.SHEET_KINERJA, parse_kinerja),
        (c.SHEET_ANGGARAN, parse_anggaran),
    )
    for wanted, parser in parsers:
        if wanted not in names:
            continue
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
    from lkj_xl.core.parse_analisis import parse_extras  # it builds on this module

    parse_extras(data, grids)
    from lkj_xl.core.revised_columns import check_revised_columns  # it builds on this module

    check_revised_columns(data, grids)  # "Pagu APBD-P": a revision the contract's columns do not hold
    from lkj_xl.core.last_year import check_last_years_quarters  # it builds on this module

    check_last_years_quarters(data, names.get(c.SHEET_KINERJA))  # Tahun 2026, 2025's quarters left
    return data
