"""Spending typed in a column of its own beside the contract's quarters (Anggaran).

Finance staff copy what they have at hand: a monthly realisasi recap ("Januari" ... "Juni"), the
BUD's SP2D total s.d. the quarter ("Realisasi s.d. TW II", "Total Realisasi", "SP2D", "Realisasi
Semester I"), or a copy of "Realisasi TW II" made to type this quarter in ("Realisasi TW II2"); not
months under a plan's title ("Rencana Penarikan Dana", the anggaran kas). Those columns are no column of
the contract and are not read: with the contract's quarter left blank, the program's spending was
counted as nothing (penyerapan 0 %, efisiensi its whole capaian). Each row whose quarter stands only
there is a galat at that cell and the quarter is marked unusable, so no penyerapan or total is
computed without it. Typing the quarter in the contract's column (0 or "-" when nothing was spent)
ends it; such columns beside quarters typed stay quiet, as does a total equal to the quarters typed.
The staff's own penyerapan ("Penyerapan (%)", "% Realisasi") or sisa ("Sisa Anggaran") beside the
quarters typed is not read either: one the report does not compute is a peringatan at its cell.

The titles are told apart by :func:`own_column`, given a sheet's words (:data:`SPENDING` here;
:mod:`lkj_xl.core.realisasi_columns` gives Kinerja's, for an indicator's realisasi).

Pure: works on the grids of :mod:`lkj_xl.core.parse`, after it has parsed the input sheets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.cell_reader import CellReader
from lkj_xl.core.findings import blank
from lkj_xl.core.formulas import near_typed
from lkj_xl.core.grids import column_letter, copied_title, find_header, find_sheet
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.model import GALAT, PERINGATAN, TOTALS, BudgetInput, Grid, Settings, Value, WorkbookInput
from lkj_xl.core.nama_periode import (
    HALF_NUMERALS,
    HALF_WORDS,
    MONTHS,
    QUARTER_NUMERALS,
    QUARTER_WORD,
    QUARTER_WORDS,
    month_quarter,
    numbered_words,
)
from lkj_xl.core.nested_rows import subtotal_row_numbers
from lkj_xl.core.number_format import whole_or_two
from lkj_xl.core.penyerapan import serapan_persen
from lkj_xl.core.periode_diminta import Periode, seperti

_TOTAL = {"total", "jumlah", "kumulatif", "komulatif", "s", "d", "sd", "sampai", "dengan"}
# What a total s.d. a quarter's galat asks (its row's blank quarters before it may hold part of it).
TOTAL_SD_FILL = 'tulis belanja tiap triwulan di kolom "Realisasi TW I"'
QUARTER = -1  # the column's kind: one quarter's figure (a month of it, a copy of its column)
TOTAL_SD = -2  # the figure s.d. a quarter (a total; a half year, "Semester I", s.d. TW II)


@dataclass(frozen=True)
class ColumnWords:
    """What a sheet's own column of realisasi may be titled with, besides a month, a quarter, a half
    year and the words of a total ("s.d.", "Jumlah")."""

    words: frozenset[str]  # the other words it may have ("realisasi", "sp2d")
    alone: frozenset[str]  # those that name a total s.d. the reported quarter on their own
    never: re.Pattern[str]  # a title with any of these is no such column
    percent: bool  # a "%" in the title may be this column's (an indicator in percent)


# Anggaran: spending in rupiah; never a percentage, a plan, last year's figure, a rest.
SPENDING = ColumnWords(
    frozenset({"realisasi", "belanja", "sp2d", "keuangan", "anggaran", "bulan", "rp", "real"}),
    frozenset({"realisasi", "sp2d"}),
    re.compile(
        r"\b(?:persen|persentase|prosentase|presentase|penyerapan|serapan|capaian|sisa|fisik|kinerja|"
        r"target|rencana|kas|pagu|lalu|selisih|deviasi|keterangan|catatan|no|nomor|kode)\b"
    ),
    percent=False,
)


# Anggaran: the staff's own penyerapan, a percentage ("Penyerapan (%)", "% Realisasi", "Persentase
# Serapan", "Penyerapan TW II"); never a rupiah amount, a physical or a performance figure, a plan.
_PERCENT_WORDS = frozenset({"persen", "persentase", "prosentase", "presentase"})
PENYERAPAN = ColumnWords(
    frozenset(
        {"penyerapan", "serapan", "serap", "daya", "tingkat", "realisasi", "anggaran", "keuangan", "belanja"}
    )
    | _PERCENT_WORDS,
    frozenset({"penyerapan", "serapan", "serap"}) | _PERCENT_WORDS,
    re.compile(
        r"\b(?:fisik|kinerja|capaian|target|rencana|kas|lalu|selisih|deviasi|keterangan|catatan|no|nomor|"
        r"kode|sisa|rp|efisiensi)\b"
    ),
    percent=True,
)
# Anggaran: the staff's own rest of the pagu ("Sisa Anggaran", "Sisa Pagu (Rp)"), in rupiah.
SISA = ColumnWords(
    frozenset({"sisa", "anggaran", "pagu", "dana", "belanja", "keuangan", "rp"}),
    frozenset({"sisa"}),
    re.compile(r"\b(?:persen|persentase|prosentase|presentase|fisik|kinerja|target|rencana|kas|lalu)\b"),
    percent=False,
)


def _words(label: str) -> list[str]:
    """A title's words, a quarter's number as a word of its own ("TWII", "Triwulan Kedua": tw ii, triwulan 2)."""
    return numbered_words(re.sub(r"[^0-9a-z]+", " ", c.normalize_label(label)).split())


def _numbered(words: list[str], names: tuple[str, ...], numbers: Mapping[str, int]) -> list[int]:
    """The numbers following any of ``names`` ("tw ii" -> 2, "smt 1" -> 1)."""
    return [numbers[words[i + 1]] for i, w in enumerate(words[:-1]) if w in names and words[i + 1] in numbers]


def half_of(label: str) -> tuple[int, int] | None:
    """The quarters (first, last) of the half year a column names without a total's words: (3, 4) for
    "Realisasi Semester II", "Smt 2" (July-December, as a half year's spending is said), None for "s.d.
    Semester II" or "Kumulatif Semester II" (from TW I) or any other title. Semester I's are TW I-II,
    its figure s.d. TW II."""
    words = _words(label)
    half = _numbered(words, HALF_WORDS, HALF_NUMERALS)
    if len(half) != 1 or set(words) & _TOTAL:
        return None
    return 2 * half[0] - 1, 2 * half[0]


def own_column(label: object, tahun: int | None, vocabulary: ColumnWords) -> tuple[int, int | None] | None:
    """(kind, quarter) of a header that is no contract column but holds realisasi: (QUARTER, q) for a
    month of quarter q or a copy of "Realisasi TW q"; (TOTAL_SD, q) for a total s.d. quarter q
    (None: s.d. the reported quarter); None for any other title."""
    if not isinstance(label, str) or ("%" in label and not vocabulary.percent):
        return None
    copied = copied_title(label)
    for q, header in enumerate(c.REALISASI_TW_HEADERS, start=1):
        if copied == c.normalize_label(header):
            return QUARTER, q
    words = [w for w in _words(label) if not (len(w) == 4 and w.isdecimal() and int(w) == tahun)]
    if not words or vocabulary.never.search(" ".join(words)):
        return None
    months = [MONTHS[w] for w in words if w in MONTHS]
    quarter = _numbered(words, QUARTER_WORDS, QUARTER_NUMERALS)
    half = _numbered(words, HALF_WORDS, HALF_NUMERALS)
    numbered = {*QUARTER_WORDS, *HALF_WORDS}
    rest = set(words) - vocabulary.words - _TOTAL - set(MONTHS) - numbered - set(QUARTER_NUMERALS)
    if rest or len(quarter) + len(half) > 1 or (months and (quarter or half)):
        return None
    total = bool(set(words) & _TOTAL)
    if len(months) == 1 and not total:
        return QUARTER, month_quarter(months[0])
    if months:  # "Januari s.d. Juni": s.d. the quarter its last month ends
        return (TOTAL_SD, months[-1] // 3) if total and months[-1] % 3 == 0 else None
    if quarter:
        return (TOTAL_SD if total else QUARTER), quarter[0]
    if half:
        return TOTAL_SD, 2 * half[0]
    if not set(words) & vocabulary.alone:
        return None
    return TOTAL_SD, None


def grouped_under(
    grid: Grid, header_row: int, col: int, vocabulary: ColumnWords, contract: Collection[int]
) -> bool:
    """Whether the title over a column's header on the row above (merged over a group of the staff's
    columns: its first cell, left of blank ones) names something that is no realisasi ("Rencana
    Penarikan Dana" over "Januari" ... "Juni", "Target Triwulan" over "TW I" ... "TW IV")."""
    row = grid[header_row - 1] if header_row else []
    while 0 < col < len(row) and row[col].value is None and col - 1 not in contract:
        col -= 1  # (a merge within one row is read as its first cell and blanks)
    title = row[col].value if col < len(row) else None
    return isinstance(title, str) and bool(vocabulary.never.search(" ".join(_words(title))))


def own_columns(
    grid: Grid,
    header_row: int,
    contract: Collection[int],
    vocabulary: ColumnWords,
    classify: Callable[[str], tuple[int, int | None] | None],
) -> list[tuple[int, str, tuple[int, int | None]]]:
    """(column, title, (kind, quarter)) of each header on ``header_row`` that is no ``contract``
    column and that ``classify`` tells a realisasi column of its own, unless a bare quarter or month
    grouped under a title that ``vocabulary`` says is none."""
    found = []
    below = quarters_below(grid, header_row, contract)
    for col, cell in enumerate(grid[header_row]):
        if col in below:  # a title merged over quarters named on the row below: each its quarter's
            if (kind := classify(below[col])) is not None:
                found.append((col, below[col], kind))
            continue
        if col in contract or not isinstance(cell.value, str):
            continue
        label = cell.value.strip()
        kind = classify(label)
        bare = not set(_words(label)) & vocabulary.alone  # "TW II", "Juni": its group's title says what
        if kind is not None and not (bare and grouped_under(grid, header_row, col, vocabulary, contract)):
            found.append((col, label, kind))
    return found


_QUARTER_BELOW = re.compile(rf"(?:({QUARTER_WORD})\.?\s*)?(i{{1,3}}|iv|[1-4])")


def quarters_below(grid: Grid, header_row: int, contract: Collection[int]) -> dict[int, str]:
    """The staff's columns under a title merged over quarters named on the row below ("Penyerapan (%)"
    over "TW I" ... "TW IV", or "I" ... "IV"), each titled as its quarter's own column would be:
    column -> "Penyerapan (%) TW II". Read by the title alone the first was taken for the whole."""
    if header_row + 1 >= len(grid):
        return {}
    top, below = grid[header_row], grid[header_row + 1]
    out: dict[int, str] = {}
    title = ""
    for col, cell in enumerate(top):
        if col in contract:
            title = ""
        elif isinstance(cell.value, str) and cell.value.strip():
            title = cell.value.strip()
        elif cell.value is not None:
            title = ""
        child = below[col].value if col < len(below) and col not in contract else None
        if title and isinstance(child, str) and (found := _QUARTER_BELOW.fullmatch(child.strip().casefold())):
            out[col] = f"{title} TW {found.group(2).upper()}"
    return out


def check_spending_columns(
    data: WorkbookInput, grids: Mapping[str, Grid], asked: Periode | None = None
) -> None:
    """Galat at a budget row's spending typed in a column the contract does not read while its quarter
    is blank (see the module docstring); that quarter is marked unusable. ``asked``: the period asked
    with ``--triwulan`` (narasi60: as if typed in Pengaturan, as Kinerja's columns are read)."""
    settings = seperti(data.settings, asked)
    name = find_sheet(grids, c.SHEET_ANGGARAN)
    if name is None or not data.budgets or settings.triwulan_galat:
        return
    grid = grids[name]
    header_row, cols = find_header(grid, c.SHEET_ANGGARAN, c.ANGGARAN_HEADERS)
    columns = own_columns(
        grid,
        header_row,
        set(cols.values()),
        SPENDING,
        lambda label: own_column(label, settings.tahun, SPENDING),
    )
    contract = set(cols.values())
    # (a "%" is a penyerapan's mark: "% Realisasi" is one, "Realisasi" alone is spending)
    shares = own_columns(
        grid, header_row, contract, PENYERAPAN, lambda label: share_column(label, settings.tahun)
    )
    rests = own_columns(
        grid, header_row, contract, SISA, lambda label: own_column(label, settings.tahun, SISA)
    )
    reader = CellReader(c.SHEET_ANGGARAN, data.findings)
    quarters = [column_letter(cols[h]) for h in c.REALISASI_TW_HEADERS]
    for item in data.budgets if columns else ():
        for col, label, (kind, quarter) in columns:
            q = quarter or settings.triwulan
            if q > settings.triwulan:
                continue
            if blank(item.realisasi_tw[q - 1]):  # else the contract's is read
                _row(reader, grid, item, (col, label, quarters[q - 1]), kind, (q, sd_period(settings, q)))
            elif kind == TOTAL_SD:  # the staff's own total beside the quarters typed
                _own_total(reader, grid, item, (col, label), settings, q)
    subtotals = subtotal_row_numbers(data) if shares else set()
    for item in data.budgets if shares or rests else ():
        # (a Sasaran's subtotal row's penyerapan is compared with its programs': core.subtotal_rows)
        for col, label, (kind, quarter) in shares if item.row not in subtotals else ():
            _own_share(reader, grid, item, (col, label, kind, quarter or settings.triwulan), settings)
        for col, label, (_, quarter) in rests:
            _own_rest(reader, grid, item, (col, label, quarter or settings.triwulan), settings)


def share_column(label: str, tahun: int | None) -> tuple[int, int | None] | None:
    """(kind, quarter) of a title of the staff's own penyerapan, as :func:`own_column` tells them:
    (QUARTER, q) "Penyerapan TW II" (s.d. TW II, or TW II's own spending); (TOTAL_SD, q) s.d. TW q;
    (TOTAL_SD, None) "Penyerapan (%)", s.d. the reported quarter."""
    label = label.replace("%", " persen ")
    if not set(_words(label)) & PENYERAPAN.alone:
        return None  # "Realisasi s.d. TW II": spending, no percentage
    return own_column(label, tahun, PENYERAPAN)


def _counted(item: BudgetInput, q: int) -> tuple[Fraction, Fraction] | None:
    """(pagu used, realisasi s.d. TW ``q``) the report computes the row's penyerapan from; None when
    it computes none (a cell unusable, said at its cell; the quarter blank, said; a pagu of 0)."""
    pagu = item.pagu_used
    if (
        item.kode_galat
        or pagu.galat
        or pagu.exact is None
        or pagu.exact <= 0
        or blank(item.realisasi_tw[q - 1])
    ):
        return None
    realisasi = _quarters_sum(item, q)
    return None if realisasi is None else (pagu.exact, realisasi)


def _quarters_sum(item: BudgetInput, q: int) -> Fraction | None:
    """Realisasi TW I s.d. TW ``q`` as the quarters are typed; None when one is unreadable or holds a
    status (said at its cell already)."""
    typed = item.realisasi_tw[:q]
    if any(v.galat or (v.exact is None and v.filled) for v in typed):
        return None
    return sum((v.exact for v in typed if v.exact is not None), Fraction(0))


def _own_share(
    reader: CellReader, grid: Grid, item: BudgetInput, column: tuple[int, str, int, int], settings: Settings
) -> None:
    """A peringatan at the staff's own penyerapan of the reported quarter typed beside the quarters
    when it is not the one the report prints (realisasi s.d. the quarter / the pagu used): both, and
    that the report uses its own. Rounded as staff round it, a fraction (0,0441) or a % cell, and
    under a title naming the quarter its own spending alone ("Penyerapan TW II"), it agrees."""
    col, label, kind, q = column
    counted = _counted(item, q) if q == settings.triwulan else None
    if counted is None:
        return
    pagu, realisasi = counted
    ref, value = own_value(grid, c.SHEET_ANGGARAN, item.row, col, label, satuan="%")
    if value.exact is None or value.galat:
        return
    computed = realisasi / pagu * 100
    alone = (
        (item.realisasi_tw[q - 1].exact or Fraction(0)) / pagu * 100 if kind == QUARTER and q > 1 else None
    )
    readings = [r for r in (computed, alone) if r is not None]
    if any(near_typed(typed, r) for typed in (value.exact, value.exact * 100) for r in readings):
        return
    sd = period_words(settings, q)
    shown = serapan_persen(computed, settings.desimal)  # as Tabel 3.4 shows it: 99,96 is not "100"
    header = item.pagu_header
    hint = ""
    old = item.pagu.exact
    if header == "Pagu Perubahan" and old and old > 0 and near_typed(value.exact, realisasi / old * 100):
        hint = f" Angka di kolom itu ialah penyerapan atas Pagu sebelum perubahan ({rupiah(old)})."
    if alone is not None:
        hint += f" (Penyerapan {c.TW_LABELS[q - 1]} saja: {serapan_persen(alone, settings.desimal)}.)"
    reader.add(
        PERINGATAN,
        ref,
        f'Penyerapan anggaran program "{item.program or item.kode}" di kolom "{label}" ditulis '
        f"{whole_or_two(value.exact)}%, berbeda dengan {sd} ({rupiah(realisasi)}) dibagi {header} "
        f'({rupiah(pagu)}): {shown}; laporan memakai {shown} (kolom "{label}" tidak dibaca).{hint} Periksa '
        f"realisasi per triwulan dan {header}, atau angka di kolom itu",
    )


def _own_rest(
    reader: CellReader, grid: Grid, item: BudgetInput, column: tuple[int, str, int], settings: Settings
) -> None:
    """A peringatan at the staff's own sisa anggaran typed beside the quarters when it is not the
    pagu used less the realisasi s.d. the reported quarter the report prints (to the rupiah)."""
    col, label, q = column
    counted = _counted(item, q) if q == settings.triwulan else None
    if counted is None:
        return
    pagu, realisasi = counted
    ref, value = own_value(grid, c.SHEET_ANGGARAN, item.row, col, label, money=True)
    computed = pagu - realisasi
    # (within a rupiah: a sisa typed rounded to its decimals is always that close)
    if value.exact is None or value.galat or abs(value.exact - computed) < 1:
        return
    header = item.pagu_header
    old = item.pagu.exact
    hint = ""
    if header == "Pagu Perubahan" and old is not None and abs(value.exact - (old - realisasi)) < 1:
        hint = f" Angka di kolom itu ialah Pagu sebelum perubahan ({rupiah(old)}) dikurangi realisasi."
    reader.add(
        PERINGATAN,
        ref,
        f'Sisa anggaran program "{item.program or item.kode}" di kolom "{label}" ditulis '
        f"{rupiah(value.exact)}, berbeda dengan {header} ({rupiah(pagu)}) dikurangi {period_words(settings, q)} "
        f'({rupiah(realisasi)}): {rupiah(computed)}; laporan memakai realisasi {rupiah(realisasi)} (kolom "{label}" '
        f"tidak dibaca).{hint} Periksa realisasi per triwulan dan {header}, atau angka di kolom itu",
    )


def sd_period(settings: Settings, q: int) -> str:
    """ "s.d. TW II": what a realisasi s.d. TW ``q`` is counted over; when ``q`` is the reported
    quarter, in its tables' words: "Tahun 2025" (the year's report), "s.d. Semester II" (a half year)."""
    if q != settings.triwulan:
        return c.sd_label(q)
    return c.sd_laporan(settings)


def period_words(settings: Settings, q: int) -> str:
    """ "realisasi s.d. TW II"; the year's report: "realisasi Tahun 2025", as its tables say."""
    return f"realisasi {sd_period(settings, q)}"


def own_value(
    grid: Grid, sheet: str, row: int, col: int, label: str, *, satuan: str | None = None, money: bool = False
) -> tuple[str, Value]:
    """(cell reference, value) of the staff's own column ``col`` on Excel row ``row`` of ``sheet``, read
    in its own words (no finding: the column is not read)."""
    cells = grid[row - 1] if row - 1 < len(grid) else []
    ref = f"{column_letter(col)}{row}"
    return ref, CellReader(sheet, []).value(
        cells[col] if col < len(cells) else None, ref, label, satuan=satuan, money=money
    )


def _own_total(
    reader: CellReader, grid: Grid, item: BudgetInput, column: tuple[int, str], settings: Settings, q: int
) -> None:
    """A peringatan at the staff's own spending total s.d. TW ``q`` (the BUD's SP2D total) typed beside
    the quarters when it is not their sum (TW II typed s.d. TW II counts TW I twice): both figures, and
    that the penyerapan is computed from the quarters (the column is not read)."""
    col, label = column
    if (counted := _quarters_sum(item, q)) is None:
        return
    ref, value = own_value(grid, c.SHEET_ANGGARAN, item.row, col, label, money=True)
    if value.exact is None or value.galat or abs(value.exact - counted) < 1:  # (to the rupiah)
        return
    half = half_of(label)  # "Realisasi Semester II": July-December's spending, TW III + TW IV
    if half and half[1] == q and (own := _quarters_sum(item, q)) is not None:
        before = _quarters_sum(item, half[0] - 1) or Fraction(0)
        if abs(value.exact - (own - before)) < 1:
            return
    tw = c.TW_LABELS[q - 1]
    reader.add(
        PERINGATAN,
        ref,
        f'Realisasi anggaran program "{item.program or item.kode}" di kolom "{label}" ditulis '
        f"{rupiah(value.exact)}, berbeda dengan {period_words(settings, q)} dari kolom triwulan (jumlah "
        f"Realisasi TW I s.d. {tw}): "
        f'{rupiah(counted)}; penyerapan dihitung dari kolom triwulan (kolom "{label}" tidak dibaca). '
        "Periksa triwulan yang ditulis s.d. triwulan itu (kumulatif: tulis belanja triwulan itu saja) "
        "atau belanja triwulan yang belum ditulis",
        TOTALS,  # the realisasi counted is not the agency's own total
    )


def _row(
    reader: CellReader,
    grid: Grid,
    item: BudgetInput,
    column: tuple[int, str, str],
    kind: int,
    quarter: tuple[int, str],
) -> None:
    """The galat of one row's spending in the staff's column ``column`` (its index, title, and the
    letter of the contract's quarter ``q``, blank), when it holds a figure that is lost. ``quarter``:
    ``q`` and the period a total s.d. ``q`` is named by (:func:`sd_period`: "Tahun 2025" in the year's
    report)."""
    col, label, letter = column
    q, sd = quarter
    cells = grid[item.row - 1] if item.row - 1 < len(grid) else []
    cell = cells[col] if col < len(cells) else None
    ref = f"{column_letter(col)}{item.row}"
    value = CellReader(reader.sheet, []).value(cell, ref, label, money=True)  # its own words: unread
    if value.exact is None or value.galat or not value.exact:
        return
    tw = c.TW_LABELS[q - 1]
    subject = f'program "{item.program or item.kode}"'
    header = f"Realisasi {tw}"
    where = f"{letter}{item.row}"
    said = f'ditulis di kolom "{label}" ({rupiah(value.exact)}), yang tidak dibaca'
    if kind == TOTAL_SD:
        if (counted := _quarters_sum(item, q)) is None:
            return
        if counted == value.exact:
            return  # the total of the quarters typed: nothing is lost
        what = f'Realisasi anggaran {sd} {subject} {said}, sedangkan kolom "{header}" ({where}) '
        what += "kosong" + (f" (realisasi {sd} dari kolom triwulan: {rupiah(counted)})" if counted else "")
        fill = f'{TOTAL_SD_FILL} s.d. "{header}"'
    else:
        what = f'Realisasi anggaran {tw} {subject} {said}, sedangkan kolom "{header}" ({where}) kosong'
        fill = f'tulis belanja {tw} (jumlah bulan-bulannya bila ditulis per bulan) di kolom "{header}"'
    reader.add(
        GALAT,
        ref,
        f'{what}: {fill} (0 atau "-" bila memang tidak ada belanja); penyerapan tidak dihitung sampai '
        "angkanya dipindahkan",
    )
    item.realisasi_tw[q - 1] = Value(text=reader.text(cell), galat=f"{reader.sheet}!{ref}")
