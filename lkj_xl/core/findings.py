"""Findings at their cells, as the engine records them. Pure."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.dates import BULAN, tanggal_sel
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.model import LEFT_OUT, PERINGATAN, TOTALS, BudgetInput, Cell, Finding, Node, Tentang, Value
from lkj_xl.core.numbers import TEXT_MARKS, format_number, scaled_satuan, to_fraction
from lkj_xl.core.polaritas_teks import BERNILAI_NEGATIF, RUMUS_NEGATIF

# Findings of one cause in one column from this many rows on are said once, at the column's range: a
# TW III column typed in a TW II report gave one peringatan per row (41 in the example workbook), and
# the galat drowned among them.
GROUP_MIN = 5


_Tags = frozenset[Tentang]  # what a finding is about (Finding.tentang)

# The reported quarter as a peringatan names it (FindingLog.dilaporkan).
DILAPORKAN = "triwulan yang dilaporkan"
DILAPORKAN_TAHUNAN = "triwulan terakhir Tahun"  # + the year: the year's report (Laporan Tahunan)


class FindingLog:
    """Adds findings naming the cell of a header on a row of an input sheet."""

    def __init__(
        self,
        findings: list[Finding],
        columns: dict[str, dict[str, str]],
        header_rows: dict[str, int] | None = None,
    ):
        self.items = findings
        self.columns = columns
        self.header_rows = header_rows or {}  # sheet -> the Excel row of its table's header
        self.triwulan_sel = ""  # Pengaturan's Triwulan cell, named when a whole later quarter is typed
        # The year's report (Settings.tahun_tahunan): its realisasi is "Tahun 2025", not "s.d. TW IV".
        self.tahun_tahunan: int | None = None
        # A half year's report (Settings.semester_laporan): its last quarter's realisasi is
        # "Semester I" / "s.d. Semester II", as its tables name it.
        self.semester: int | None = None
        self._repeated: dict[tuple[str, str, str, str], list[tuple[int, str, _Tags]]] = {}
        # (sheet, header) of a reported quarter blank in every row: said once at its title
        # (:func:`blank_in_every_row`), so no row says it again.
        self.blank_columns: set[tuple[str, str]] = set()
        # (sheet, sel) of :attr:`items`, caught up at each :meth:`said_at` (see there)
        self._said: set[tuple[str, str]] = set()
        self._seen: tuple[list[Finding], int, Finding | None] = (findings, 0, None)
        # sel -> (the peringatan said there, the (sum, rows) groups it names): an unreadable program
        # realisasi's rows' sums, said once at the cell however many checks find rows under it
        # (rincian.unread_quarters)
        self.unread_sums: dict[str, tuple[Finding, list[tuple[Fraction, str]]]] = {}
        # sel -> (its figure, its rows' sum, the peringatan said, if any): a program's figure compared
        # with its rows by two checks (its SIPD rows, its Kegiatan of Kinerja) is compared with both
        # groups together (rincian.sum_differs)
        self.detail_sums: dict[str, tuple[Fraction, Fraction, Finding | None]] = {}
        # program's Anggaran row -> its rincian spending 10 to 1.000 times their pagu (the "melebihi pagu"
        # said, None where said at a Sub Kegiatan; the row; its realisasi; the quarter): named typed in
        # ribuan instead where the program's pagu is (rincian_over_pagu.ribuan_too)
        self.over_rincian: dict[int, list[tuple[Finding | None, BudgetInput, Fraction, int]]] = {}
        # Anggaran rows of programs made of their rincian (program_from_rincian): their pagu is the rincian's
        # summed, so a rincian's pagu in ribuan is in it (rincian_ribuan)
        self.made_programs: set[int] = set()
        # Anggaran rows of programs typed with their own figures whose rincian rows add up to them
        # (rincian_breakdown): a rincian's pagu in ribuan is in the program's pagu too (rincian_ribuan)
        self.summed_programs: set[int] = set()

    def sd(self, triwulan: int) -> str:
        """The period a realisasi is counted over, after "realisasi": "s.d. TW II"; "Tahun 2025" in
        the year's report (Triwulan "Laporan Tahunan"), "Semester I" / "s.d. Semester II" at a half
        year's last quarter, as its tables name it. A quarter before TW IV of the year's report is "s.d.
        TW II": the year is its TW IV's (a refund's net s.d. TW II was said to be the year's)."""
        year = self.tahun_tahunan if triwulan == 4 else None
        return c.sd_label(triwulan, tahun_tahunan=year, semester=self.semester)

    def laporan(self, triwulan: int) -> str:
        """The report's period in a sentence, as its title names it: "s.d. Triwulan II", "Semester I"."""
        return c.periode(triwulan, None, semester=self.semester)

    def dilaporkan(self) -> str:
        """What the reported quarter is: "triwulan yang dilaporkan"; in the year's report its last quarter,
        in a half year's the half's ("triwulan terakhir Semester I": the report is of no quarter)."""
        if self.tahun_tahunan:
            return f"{DILAPORKAN_TAHUNAN} {self.tahun_tahunan}"
        return f"triwulan terakhir Semester {c.roman(self.semester)}" if self.semester else DILAPORKAN

    def ref(self, header: str, row: int, sheet: str) -> str:
        letter = self.columns.get(sheet, {}).get(header, "")
        return f"{letter}{row}" if letter and row else ""

    def where(self, sheet: str, header: str, row: int) -> str:
        """ "Kinerja!L7": a cell as the tables name it."""
        ref = self.ref(header, row, sheet)
        return f"{sheet}!{ref}" if ref else sheet

    def said_at(self, sheet: str, cells: Iterable[str]) -> bool:
        """Whether a finding stands at one of ``cells`` (references as :meth:`ref` makes them, "L7") of
        ``sheet`` already. An index of :attr:`items`, caught up with the findings added since the last
        call: asked per indicator, a scan of every finding was quadratic with one on each row."""
        seen, count, last = self._seen
        items = self.items
        # (rebuilt when the list was replaced, shortened or its last indexed finding changed; any other
        # edit in place between two calls, a finding replaced mid-list, goes unseen: between calls the
        # list may only be appended to or replaced whole, as the checks that ask do today)
        if items is not seen or len(items) < count or (count and items[count - 1] is not last):
            self._said.clear()
            count = 0
        self._said.update((f.sheet, f.sel) for f in items[count:])
        self._seen = (items, len(items), items[-1] if items else None)
        return any((sheet, cell) in self._said for cell in cells)

    def add(
        self, severity: str, sheet: str, header: str, row: int, message: str, tentang: _Tags = frozenset()
    ) -> None:
        """A finding at the cell of ``header`` on ``row``; ``tentang``: what it says about the figures."""
        self.items.append(Finding(severity, sheet, self.ref(header, row, sheet), message, tentang))  # type: ignore[arg-type]

    def add_repeated(
        self,
        severity: str,
        sheet: str,
        header: str,
        row: int,
        message: str,
        summary: str,
        tentang: _Tags = frozenset(),
    ) -> None:
        """A finding a whole column may repeat row after row (one cause: the next quarter typed, the
        reported one not typed yet), held until :meth:`flush`. ``summary`` is said once for them all
        from GROUP_MIN rows on, "{n}" replaced by how many and "{baris}" by the rows; it is about what
        its rows' findings are about."""
        self._repeated.setdefault((severity, sheet, header, summary), []).append((row, message, tentang))

    def flush(self) -> None:
        """Adds the findings held by :meth:`add_repeated`: each at its cell, or one at the range."""
        for (severity, sheet, header, summary), held in self._repeated.items():
            if len(held) < GROUP_MIN:
                for row, message, tentang in held:
                    self.add(severity, sheet, header, row, message, tentang)
                continue
            rows = sorted(row for row, _, _ in held)
            first, last = self.ref(header, rows[0], sheet), self.ref(header, rows[-1], sheet)
            said = summary.replace("{n}", str(len(rows))).replace("{baris}", row_runs(rows))
            tentang = frozenset().union(*(t for _, _, t in held))
            sel = f"{first}:{last}" if first else ""
            self.items.append(Finding(severity, sheet, sel, said, tentang, tuple(rows)))  # type: ignore[arg-type]
        self._repeated.clear()


_CELL = re.compile(r"^([A-Z]+)([0-9]+)$")


def blank(value: Value) -> bool:
    """Nothing typed in the cell (no number, no text, no galat)."""
    return not value.text and value.exact is None and not value.galat


def blank_in_every_row(
    log: FindingLog,
    sheet: str,
    triwulan: int,
    quarters: Sequence[Sequence[Value]],
    rows: str,
    counted: str,
    tentang: _Tags,
) -> bool:
    """The reported quarter's column left blank in every row of ``quarters`` (each row's TW I-IV) while
    an earlier quarter has a figure, or (Anggaran) nothing spent is counted: one peringatan at the
    column's title, what the figures then are (``counted``: what is counted instead, e.g. "realisasi
    s.d. TW II dihitung dari TW I saja"), in place of one per row. ``rows``: "semua baris anggaran (12
    baris)"; ``tentang``: what ``counted`` says the figures are (SOME_QUARTERS when some are counted),
    besides the totals made without the reported quarter. True when said (a single row keeps its own
    peringatan: its cell says more)."""
    if len(quarters) < 2 or not all(blank(row[triwulan - 1]) for row in quarters):
        return False
    header = c.REALISASI_TW_HEADERS[triwulan - 1]
    log.blank_columns.add((sheet, header))
    tw = c.TW_LABELS[triwulan - 1]
    what = "Realisasi anggaran" if sheet == c.SHEET_ANGGARAN else "Realisasi"
    title = log.ref(header, log.header_rows.get(sheet, 0), sheet)
    message = f"{what} {tw} ({log.dilaporkan()}) kosong di {rows}: kolom ini belum diisi? {counted}"
    log.items.append(Finding(PERINGATAN, sheet, title, message, TOTALS | tentang))
    return True


def earlier_quarters(triwulan: int, quarters: Sequence[Sequence[Value]]) -> str:
    """ "TW I, TW II": the quarters before the reported one with a figure in some row ("" for none)."""
    return ", ".join(
        c.TW_LABELS[q] for q in range(triwulan - 1) if any(row[q].exact is not None for row in quarters)
    )


def clip(text: str, limit: int = 60) -> str:
    """A text quoted in a message, cut to ``limit`` characters with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def group_identical(findings: list[Finding]) -> list[Finding]:
    """The same message at GROUP_MIN or more cells of one column (an Excel error down a column, a
    formula filled down from a deleted source) as one finding at the column's range, "6 sel (baris
    3-8): ..." in the place of the first; the others as they are."""
    cells: dict[tuple[str, str, str, str], list[int]] = {}
    for f in findings:
        if m := _CELL.match(f.sel):
            cells.setdefault((f.severity, f.sheet, m.group(1), f.pesan), []).append(int(m.group(2)))
    many = {key: sorted(rows) for key, rows in cells.items() if len(rows) >= GROUP_MIN}
    if not many:
        return findings
    out: list[Finding] = []
    said: set[tuple[str, str, str, str]] = set()
    for f in findings:
        m = _CELL.match(f.sel)
        key = (f.severity, f.sheet, m.group(1), f.pesan) if m else None
        if key is None or key not in many:
            out.append(f)
        elif key not in said:  # the first of them: the group; the others are left out
            said.add(key)
            rows, column = many[key], key[2]
            sel = f"{column}{rows[0]}:{column}{rows[-1]}"
            out.append(
                dataclasses.replace(
                    f, sel=sel, pesan=f"{len(rows)} sel (baris {row_runs(rows)}): {f.pesan}", rows=tuple(rows)
                )
            )
    return out


def row_runs(rows: Sequence[int]) -> str:
    """ "3, 5-6, 8-9": sorted row numbers as runs of consecutive rows."""
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in consecutive_runs(rows))


def consecutive_runs(numbers: Iterable[int]) -> list[list[int]]:
    """Sorted numbers as runs of consecutive ones: 3, 5, 6, 8, 9 -> [[3], [5, 6], [8, 9]]."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return runs


def _kode_key(kode: str) -> str:
    # (a leading apostrophe: Excel's mark of a text, kept as a character when pasted from a CSV)
    return "".join(kode.split()).replace(",", ".").rstrip(".").lstrip(TEXT_MARKS).casefold()


def kode_hint(kode: str, kodes: Iterable[str]) -> str:
    """' (maksud Anda "1.1."?)' when a Kode of ``kodes`` differs from ``kode`` only in case, spaces, a
    trailing dot or a leading apostrophe (the message of a Kode naming nothing); "" otherwise. Never
    used in its place."""
    key = _kode_key(kode)
    meant = next((k for k in kodes if k != kode and _kode_key(k) == key), None)
    if meant is None:
        return ""
    if kode[:1] and kode[0] in TEXT_MARKS and not meant.startswith(tuple(TEXT_MARKS)):
        return f' (maksud Anda "{meant}"? tanda {kode[0]} di depan Kode ikut tersalin sebagai huruf: hapus tanda itu)'
    return f' (maksud Anda "{meant}"?)'


def _without_leading_zeros(kode: str) -> str:
    return ".".join(part.lstrip("0") or "0" if part.isdigit() else part for part in kode.split("."))


def leading_zero_hint(kode: str, kodes: Iterable[str]) -> str:
    """' (maksud Anda "1"? ...)' when a Kode of ``kodes`` is ``kode`` without its leading zeros: "01"
    typed in a General cell is kept by Excel as the number 1. Never used in its place."""
    key = _without_leading_zeros(kode)
    meant = next((k for k in kodes if k != kode and k == key), None) if key != kode else None
    if meant is None:
        return ""
    return f' (maksud Anda "{meant}"? {kode} yang diketik di sel General disimpan Excel sebagai {meant}; ketik Kode sebagai teks)'


def other_sheet_zeros_hint(kode: str, kodes: Iterable[str], sheet: str) -> str:
    """' (di sheet Anggaran ada Kode "01": ...)' when a Kode of ``kodes`` (on the other ``sheet``)
    differs from ``kode`` only in leading zeros: "01" typed in a General cell on one sheet is kept by
    Excel as 1, and stays "01" in a Text cell on the other. "" otherwise. Never used in its place."""
    key = _without_leading_zeros(kode)
    meant = next((k for k in kodes if k != kode and _without_leading_zeros(k) == key), None)
    if meant is None:
        return ""
    zeros = max(kode, meant, key=len)
    return (
        f' (di sheet {sheet} ada Kode "{meant}": {zeros} yang diketik di sel General disimpan Excel sebagai '
        f"{key}; ketik Kode sebagai teks di kedua sheet)"
    )


def _digits_key(kode: str) -> str:
    return re.sub(r"(?<!\d)0+(?=\d)", "", _kode_key(kode))


def other_zeros_hint(kode: str, kodes: Iterable[str], sheet: str) -> str:
    """' (maksud Anda "2.17.03"? ...)' when a Kode of ``kodes`` (on the other ``sheet``) differs from
    ``kode`` only in the leading zeros of its numbers ("2.17.3", "02.17.03", "P3.1" for "2.17.03",
    "P3.01"; case, spaces and a trailing dot aside); "" otherwise. A Kode Excel may have kept as a
    number ("1" for "01") gets :func:`other_sheet_zeros_hint`'s words. Never used in its place."""
    key = _digits_key(kode)
    meant = next((k for k in kodes if k != kode and _digits_key(k) == key), None)
    if meant is None:
        return ""
    if re.fullmatch(r"\d+(?:\.\d+)?", kode) or re.fullmatch(r"\d+(?:\.\d+)?", meant):
        return other_sheet_zeros_hint(kode, [meant], sheet)
    return (
        f' (maksud Anda "{meant}"? nol di depan angkanya ditulis lain dari di sheet {sheet}; tulis Kode '
        f"persis seperti di sheet {sheet})"
    )


def zeros_dropped(header: str, kode: str, kodes: Iterable[str]) -> str:
    """The peringatan of a code cell kept as a number (1.1) where a Kode with zeros after it (1.10)
    exists too: 1.10 typed in a General cell is kept by Excel as 1.1, and "1.1" is used; "" otherwise."""
    longer = sorted(k for k in kodes if k != kode and k.startswith(kode) and not k[len(kode) :].strip("0"))
    if not longer:
        return ""
    return (
        f'{header} tersimpan sebagai angka {kode}, padahal ada Kode "{kode}" dan "{longer[0]}": '
        f'{longer[0]} yang diketik di sel General disimpan Excel sebagai {kode}; dipakai "{kode}". '
        f"Ketik {header} sebagai teks (mis. '{longer[0]})"
    )


def uraian_hint(text: str, nodes: Mapping[str, Node]) -> str:
    """' (Uraian dari Kode "S1"; tulis Kodenya)' when ``text``, typed where a Kode belongs, is the
    Uraian of exactly one node; "" otherwise. Never used in its place."""
    key = c.normalize_label(text)
    kodes = [kode for kode, node in nodes.items() if c.normalize_label(node.uraian) == key]
    return f' (Uraian dari Kode "{kodes[0]}"; tulis Kodenya)' if len(kodes) == 1 else ""


# What a zero is compared against, by its column: the capaian's words, the figure's noun, the document
# it comes from, the verb that sets it (Target: the Perjanjian Kinerja; the comparisons of Perbandingan
# Kinerja: the Renstra, a national standard).
_NOL_SUMBER = {
    "Target Akhir Renstra": ("capaian terhadapnya", "target", "Renstra", "menargetkan"),
    "Standar Nasional": ("capaian terhadapnya", "standar", "standar nasional", "menetapkan"),
}
_NOL_TARGET = ("capaian", "target", "Perjanjian Kinerja", "menargetkan")


def indikator_kosong(kode: str) -> str:
    """The galat at a Kinerja row with a Kode and no Indikator (the row is not counted)."""
    return f'Indikator untuk Kode "{kode}" kosong; baris ini tidak dihitung'


def row_without_indicator(kode: str, findings: Sequence[Finding]) -> str:
    """ "Kinerja!E45" when ``kode`` was typed in Kinerja without an indicator (that row's galat), else
    "". Looked up for a budget whose program is not in the hierarchy: a rare row, a short list."""
    said = indikator_kosong(kode)
    return next(
        (f"{f.sheet}!{f.sel}" for f in findings if f.pesan == said and f.sheet == c.SHEET_KINERJA), ""
    )


def without_indicator(kode: str, cell: str) -> str:
    """What a Kode Induk or Kode Sasaran naming ``kode``, typed in Kinerja at ``cell`` without an
    indicator, meets: the row is there, but not counted (its Indikator's galat), so nothing hangs under it."""
    return (
        f"ditulis di sheet Kinerja tanpa indikator ({cell}: indikatornya kosong, baris itu tidak dihitung); "
        f'isi indikator untuk Kode "{kode}" di sheet Kinerja (mis. indikatornya dari Renstra)'
    )


def target_nol(polaritas: str, header: str = "Target") -> str:
    """The galat's words after a zero Target (or a zero ``header``: Target Akhir Renstra, Standar
    Nasional, which Perbandingan Kinerja divides by alike): why it has no capaian, and what to type. A
    Negatif zero ("nihil kecelakaan") is a real target the report's formula cannot measure: DOMAIN.md
    gives no other formula, so none is made up; the indicator is measured as a share in the PK Perubahan."""
    capaian, noun, source, sets = _NOL_SUMBER.get(header, _NOL_TARGET)
    if polaritas == c.NEGATIF:
        return (
            f"nol; {capaian} tidak dapat dihitung: rumus capaian {BERNILAI_NEGATIF}, "
            f"{RUMUS_NEGATIF.removeprefix('Capaian = ')}, membagi dengan {noun}. Bila {source} memang {sets} nol (mis. nihil "
            f"kecelakaan), jangan mengganti {noun} dengan angka yang tidak ada di {source}: jelaskan "
            "realisasinya dalam narasi laporan, dan agar terukur rumuskan indikatornya sebagai persentase dengan "
            'target 100 % dan Polaritas Positif (mis. "Persentase hari kerja tanpa kecelakaan") pada Perjanjian '
            "Kinerja Perubahan"
        )
    if header in _NOL_SUMBER:
        return (
            f"nol; {capaian} tidak dapat dihitung (rumus Realisasi / {noun} x 100 % membagi dengan "
            f"{noun}): periksa nilainya pada {source}"
        )
    return (
        "nol; capaian tidak dapat dihitung (rumus Realisasi / Target x 100 % membagi dengan target): periksa "
        "targetnya pada Perjanjian Kinerja"
    )


def quarter_asked(findings: list[Finding], settings_galat: str, periode: str) -> None:
    """The unreadable Triwulan's galat (``settings_galat``, "Pengaturan!B7") when a period was asked
    for (``--triwulan``): it says that period (``periode``, "s.d. Triwulan II", "Semester I") is
    computed, not that nothing is (Finding is frozen)."""
    for k, f in enumerate(findings):
        if f"{f.sheet}!{f.sel}" == settings_galat or f.sheet == settings_galat:
            used = f"dihitung {periode} sesuai triwulan yang diminta (--triwulan)"
            findings[k] = dataclasses.replace(f, pesan=f.pesan.replace(c.TRIWULAN_UNKNOWN, used))


def galat_status(cells: Sequence[str]) -> str:
    """What the tables show instead of a figure computed from unreadable cells."""
    return f"{c.GALAT_LABEL} ({cell_list(cells)})"


_REF = re.compile(r"^(.*)!([A-Z]+)([0-9]+)$")


def cell_list(cells: Sequence[str]) -> str:
    """ "Anggaran!G2:G7, Kinerja!L5": cells as listed, a run of three or more next to each other (one
    sheet, one column, rows following each other) as its range; fewer, or anything else, as written."""
    runs: list[tuple[str, str, int, int]] = []  # sheet, column, first row, last row ("" column: as is)
    for ref in dict.fromkeys(cells):  # once each (an unreadable Triwulan stands behind every figure)
        m = _REF.match(ref)
        if m is None:
            runs.append((ref, "", 0, 0))
            continue
        sheet, column, row = m.group(1), m.group(2), int(m.group(3))
        if runs and runs[-1][:2] == (sheet, column) and runs[-1][3] + 1 == row:
            runs[-1] = (sheet, column, runs[-1][2], row)
        else:
            runs.append((sheet, column, row, row))
    out: list[str] = []
    for sheet, column, first, last in runs:
        if not column:
            out.append(sheet)
        elif last - first >= 2:
            out.append(f"{sheet}!{column}{first}:{column}{last}")
        else:
            out.extend(f"{sheet}!{column}{row}" for row in range(first, last + 1))
    return ", ".join(out)


def figure(value: Fraction) -> str:
    """A figure in a message, with the decimals it has (at most 4, or as many as a small figure needs
    to show two digits: 0,00005 is not "0,0001", nor "0"): 0,4071; 1.250.000.000.000."""
    decimals = 0 if value.denominator == 1 else 4
    while decimals < 10 and value and abs(value) * 10**decimals < 10:
        decimals += 1
    shown = format_number(value, decimals)
    return shown.rstrip("0").rstrip(",") if "," in shown else shown


def words_shown(cell: Cell) -> str | None:
    """A number or a date in a column of words (Keterangan, Uraian) as the cell shows it in an
    Indonesian Excel: 12,5; 40,71% (a cell formatted as %); 10 Juli 2025; Juli 2025 (a date shown
    without its day). None for text, a whole number (a year, 2024, stays as typed) and the rest."""
    value = cell.value
    if isinstance(value, _dt.datetime | _dt.date):
        if cell.month_only:
            return f"{BULAN[value.month - 1]} {value.year}"
        return tanggal_sel(value)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    if cell.percent:
        return f"{figure(to_fraction(value) * 100)}%"
    return None if float(value).is_integer() else figure(to_fraction(value))


def _other_scale(value: Value, whole_amount: bool) -> bool:
    # (Rp with a scale word read in the Satuan, "Rp 325 M" under Milyar Rupiah: 325, the Satuan's units)
    return value.scale_word is not None or (whole_amount and value.currency and not value.in_satuan)


def scale_mismatch(value: Value, target: Value, satuan: str) -> str:
    """Why ``value`` and the ``target`` beside it are written in different scales (the size may be off
    by 10^3-10^9), for the peringatan; "" when they are not. A scale word ("250 juta") is one; so is a
    whole rupiah amount ("Rp 250.000.000") where the Satuan counts in juta (or ribu, milyar) rupiah."""
    if not (value.scale_word or target.scale_word or value.currency or target.currency):
        # (nearly every figure: plain numbers) "20 juta" read 20 in Satuan Juta Rupiah beside a plain
        # figure: the same units as read, another scale if the plain one is a whole amount (sepadan)
        return "satu memakai ribu/juta/milyar, yang lain tidak" if value.in_satuan != target.in_satuan else ""
    whole_amount = scaled_satuan(satuan)
    if _other_scale(value, whole_amount) == _other_scale(target, whole_amount):
        return ""
    if whole_amount and (value.currency or target.currency):
        return f'satu dalam rupiah penuh dengan Rp atau ribu/juta/milyar, yang lain dalam Satuan "{satuan}"'
    return "satu memakai ribu/juta/milyar, yang lain tidak"


def after_period(
    log: FindingLog, sheet: str, row: int, quarter: int, triwulan: int, value: Value, what: str, subject: str
) -> bool:
    """True for a quarter after the reported one: a value there gets a peringatan and is not counted
    (a zero is quiet: a template's placeholder for a quarter not yet reported, it changes nothing)."""
    if quarter <= triwulan:
        return False
    if value.number:
        tw, reported = c.ROMAN[quarter - 1], log.laporan(triwulan)
        noun = "indikator" if sheet == c.SHEET_KINERJA else "baris anggaran"
        # a half year's report through December is Semester II (a "4" typed makes it a quarterly one)
        to = " menjadi Semester II" if log.semester and quarter == 4 else ""
        upto = "Semester II" if to else f"Triwulan {tw}"
        hint = (
            f". Bila laporan ini s.d. {upto}, ubah Triwulan di sheet {c.SHEET_PENGATURAN}{to} "
            f"({c.SHEET_PENGATURAN}!{log.triwulan_sel})"
            if log.triwulan_sel
            else ""
        )
        log.add_repeated(
            PERINGATAN,
            sheet,
            c.REALISASI_TW_HEADERS[quarter - 1],
            row,
            f"{what} TW {tw} {subject} diisi, padahal laporan {reported}; nilai ini tidak dihitung",
            f"{what} TW {tw} diisi pada {{n}} {noun} (baris {{baris}}), padahal laporan {reported}; "
            f"nilai ini tidak dihitung{hint}",
            LEFT_OUT,
        )
    return True


# "99.500", "1.250%": thousands dots and nothing else (no decimal comma, no scale word).
_DOT_THOUSANDS = re.compile(r"(?<![\d.,])[0-9]{1,3}(?:\.[0-9]{3})+(?![\d.,])")


def miliar_thousands(
    log: FindingLog, sheet: str, row: int, name: str, values: Iterable[tuple[str, Value]]
) -> None:
    """An amount in miliar written with a thousands dot ("1.250 M" is 1.250 miliar by the README's
    rule, 1,25 triliun for one program) that may be 1,25 M written the English way: a peringatan at its
    cell. (No rule tells the two apart by the cell alone; "1.250 juta" is the common 1,25 miliar.)"""
    for header, value in values:
        text, exact = value.text, value.exact
        if exact is None or value.scale_word != "milyar" or "," in text or not _DOT_THOUSANDS.search(text):
            continue
        miliar = exact / 10**9
        meant = format_number(miliar / 1000, 3).rstrip("0").rstrip(",")
        log.add(
            PERINGATAN,
            sheet,
            header,
            row,
            f'{header} {name} "{text}" dibaca {rupiah(exact)} ({format_number(miliar, 0)} miliar '
            f"= {meant} triliun; titik adalah pemisah ribuan): bila maksudnya {meant} miliar, tulis {meant} M",
        )


def dot_thousands(
    log: FindingLog, sheet: str, row: int, name: str, values: Iterable[tuple[str, Value]], unit: str = "%"
) -> None:
    """A percentage typed with a thousands dot ("99.500" is 99.500 by the README's rule) that may be a
    decimal written the English way (99,5 %, a thousand times less): a peringatan at its cell. Also an
    index, a ratio or a score (``unit`` ""): "3.125" for 3,125."""
    for header, value in values:
        text, exact = value.text, value.exact
        if exact is None or value.scale_word or "," in text or not _DOT_THOUSANDS.search(text):
            continue
        meant = exact / 1000
        decimals = next(d for d in range(4) if (meant * 10**d).denominator == 1)
        log.add(
            PERINGATAN,
            sheet,
            header,
            row,
            f'{header} {name} "{text}" dibaca {format_number(exact, 0)}{unit} (titik adalah pemisah ribuan); '
            f"bila maksudnya {format_number(meant, decimals)}{unit}, tulis desimal dengan koma",
        )
