"""Plain data the engine reads and produces. Pure: standard library only.

Numbers are kept at full precision (floats); rounding happens only when a table is displayed.
Percentages (capaian, penyerapan) are in percent units: 71.2 means 71.2 %.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Literal

# (re-exported where they were: findings' order lives in its own module)
from lkj_xl.core.finding_order import cell_position as cell_position
from lkj_xl.core.finding_order import in_sheet_order as in_sheet_order
from lkj_xl.core.model_pembanding import Pembanding as Pembanding
from lkj_xl.core.tanpa_data import no_data_text

Severity = Literal["galat", "peringatan"]
GALAT: Severity = "galat"  # an error: the value concerned is not used
PERINGATAN: Severity = "peringatan"  # a warning: the value is used, but look at it


# What a finding says about the report's figures, set where the finding is made, for the outputs that
# pick findings by what they mean (the rekap's Pemeriksaan, the cells named under Tabel 3.4), never by
# their words: a message reworded, or quoting a name staff typed, changes nothing there.
Tentang = Literal[
    "left_out",  # a row or a typed value is not counted in the figures
    "toward_no_sasaran",  # a program's budget counted in the total, toward no Sasaran/Tujuan
    # the totals count something they may not, or not what the agency typed as its total (a row taken
    # for a program, the reported quarter left blank, the PK's Total Pagu unlike the programs' pagu, the
    # staff's own spending total unlike the quarters')
    "totals",
    "some_quarters",  # a realisasi s.d. the quarter computed from some quarters alone
    "over_pagu",  # a program's realisasi above its pagu
    # (no figure) a text printed in the report names another period than the report's: a leftover of
    # an earlier period's workbook, marked "[isi: ...]" where the text is printed
    "periode_lain",
]
LEFT_OUT: frozenset[Tentang] = frozenset({"left_out"})
TOWARD_NO_SASARAN: frozenset[Tentang] = frozenset({"toward_no_sasaran"})
TOTALS: frozenset[Tentang] = frozenset({"totals"})
SOME_QUARTERS: frozenset[Tentang] = frozenset({"some_quarters"})
OVER_PAGU: frozenset[Tentang] = frozenset({"over_pagu"})
PERIODE_LAIN: frozenset[Tentang] = frozenset({"periode_lain"})


@dataclass(frozen=True)
class Finding:
    """One validation finding, pointing at a cell (``sel`` like "I7", or "" for a whole sheet)."""

    severity: Severity  # galat or peringatan (not a hierarchy level: that is `tingkat`)
    sheet: str
    sel: str
    pesan: str
    # What it says about the figures (LEFT_OUT | TOTALS ...). Not part of its equality: what staff see
    # (severity, cell, message) is the finding; this only tells the outputs which notes it belongs to.
    tentang: frozenset[Tentang] = field(default=frozenset(), compare=False)
    # A finding said once for several rows at their column's range ("G5:G13"): the rows it is about,
    # which the range's span need not be (rows 5, 7, 9, 11 and 13). Empty for a single cell.
    rows: tuple[int, ...] = field(default=(), compare=False)


@dataclass
class Settings:
    pemerintah_daerah: str = ""
    perangkat_daerah: str = ""
    tahun: int | None = None
    triwulan: int = 4
    skala: str = "PermenPANRB"
    nama_kepala: str = ""
    jabatan_kepala: str = ""
    nip_kepala: str = ""
    tempat: str = ""
    tanggal: str = ""
    batas_capaian: float | None = None
    desimal: int = 2
    total_pagu: float | None = None  # the agreed total of the Perjanjian Kinerja, to check the programs
    total_pagu_sel: str = ""  # its cell in Pengaturan, for the finding
    # the unit it is rounded to when typed in a scale word (`10,2 M`: 100.000.000); 0 typed in full
    total_pagu_step: Fraction = Fraction(0)
    # Set by the engine (not read): lines on top of Anggaran left out as a program's rincian (core.pk_on_top),
    # ("Anggaran!A4", "5.1.01 Belanja Pegawai", pagu), which the Total's note names when they make up its difference.
    total_pagu_lines: tuple[tuple[str, str, Fraction], ...] = ()
    # its formula when typed as one (=SUM(Anggaran!D4:D22)): a sum of the sheet agrees whatever its rows
    total_pagu_formula: str = ""
    triwulan_sel: str = ""  # the Triwulan's cell in Pengaturan, named by findings of a whole quarter
    tahun_sel: str = ""  # the Tahun's cell in Pengaturan (a workbook left at last year's Tahun)
    tahun_galat: bool = False  # Tahun typed but unreadable ("2025/2026", a galat): titles say "Tahun ?"
    tanggal_sel: str = ""  # the Tanggal Penandatanganan's cell (an empty one prints the build's date)
    # Triwulan unreadable: its cell ("Pengaturan!B7"). No quarter's figures are computed (each is a
    # galat naming it) and titles say "Triwulan ?"; ``triwulan`` is then 4 for the layouts' columns only.
    triwulan_galat: str = ""
    # The quarter was asked for (``--triwulan``), not read from Pengaturan: messages name the option.
    triwulan_diminta: bool = False
    # Triwulan typed as the year's report ("Laporan Tahunan"): s.d. TW IV, and the Word cover and
    # the e-mail name the year ("Tahun 2025"), not the quarterly report of Triwulan IV.
    tahunan: bool = False
    # Triwulan typed as a half year ("Semester I", "Smt. II"): s.d. TW II (IV), titled by the half year.
    semester: bool = False

    @property
    def laporan_tahunan(self) -> bool:
        """The year's report: Triwulan typed "Laporan Tahunan" (or asked, ``--triwulan Tahunan``: a quarter
        asked clears ``tahunan``, core.periode_diminta)."""
        return self.tahunan and self.triwulan == 4

    @property
    def semester_laporan(self) -> int | None:
        """The half year a report typed "Semester I" ("Semester II") is titled by: 1 (2); None for a
        quarterly or the year's report, a quarter asked with --triwulan (which clears ``semester``), or an
        unreadable Triwulan."""
        if not self.semester or self.triwulan_galat or self.triwulan not in (2, 4):
            return None
        return self.triwulan // 2

    @property
    def tahun_teks(self) -> str:
        """The Tahun as printed where the year belongs: "2025"; "?" when typed but unreadable (a galat:
        never the year left out as if none belonged there); "" when left empty."""
        return str(self.tahun) if self.tahun else "?" if self.tahun_galat else ""

    @property
    def tahun_tahunan(self) -> int | None:
        """The year's report's Tahun ("Laporan Tahunan", Tahun known): its period is named as the year
        ("Tahun 2025", a column "2025"), not "s.d. Triwulan IV"; None for a quarterly report."""
        return self.tahun if self.laporan_tahunan and self.tahun and not self.triwulan_galat else None

    @property
    def triwulan_laporan(self) -> int | None:
        """The reported quarter as exported: None when the Triwulan is unreadable (not the 4 used inside)."""
        return None if self.triwulan_galat else self.triwulan

    tahun_akhir_renstra: int | None = None  # the Renstra's last year (its end targets), optional
    tahun_akhir_renstra_sel: str = ""  # its cell in Pengaturan (a Perbandingan Kinerja not written)


@dataclass(slots=True)  # a workbook has some 100,000: slots make them cheaper to build and read
class Cell:
    """A cell as read from a workbook by an adapter (openpyxl, xlwings...).

    ``value`` is what Excel saved (number, str, bool, datetime or None); ``formula`` is the formula
    text when the cell holds one (then ``value`` None means Excel saved no result);
    ``percent`` is True when the cell's number format shows a percentage (0.4071 displayed 40,71%);
    ``error`` is an Excel error value such as "#DIV/0!"; ``merged`` names the merged range that hides
    the cell (a merge across input rows shows its first cell's value over every other cell of it);
    ``month_only`` is True for a date whose number format shows the month and year only.

    A grid may hold one Cell object at many places (the fast reader shares cells of equal values):
    never change a cell in place, replace it (``dataclasses.replace``).
    """

    value: object = None
    formula: str | None = None
    percent: bool = False
    error: str | None = None
    merged: str | None = None  # the merged range ("A8:A9") this cell is hidden under (not its first cell)
    across: str | None = None  # a merge within one row ("G5:H5") hiding this cell: read blank (merge_across)
    # A date whose number format shows no day ("mmmm yyyy"): "Juli 2025" typed, kept as 1 July.
    month_only: bool = False
    # Font > Strikethrough: staff strike a row to drop it, but the value stays (read, and pointed out).
    struck: bool = False
    # A text longer than the readers keep: its full length (its value is cut and marked; core.long_text).
    cut: int = 0


# A sheet as rows of cells, row 1 first; a row may be shorter than others.
Grid = list[list[Cell]]


class HiddenRow(list[Cell]):
    """A row of a Grid that Excel hides (by hand, or filtered out by an AutoFilter): read like the
    others (Excel's own SUM counts it too) and pointed out, since staff hide rows they mean to drop."""

    __slots__ = ()


class SheetGrid(list[list[Cell]]):
    """A Grid whose sheet hides some columns (by hand: Format > Hide): their 0-based indexes. Read like
    the others (a Target Perubahan there still replaces the Target) and pointed out when they hold
    figures, as hidden rows are. ``hidden_sheet``: the sheet itself is hidden (its tab), read all the
    same and pointed out (a copy typed in instead is not read)."""

    __slots__ = ("hidden_columns", "hidden_sheet")

    def __init__(self, rows: list[list[Cell]], hidden_columns: frozenset[int], hidden_sheet: bool = False):
        super().__init__(rows)
        self.hidden_columns = hidden_columns
        self.hidden_sheet = hidden_sheet


@dataclass(slots=True)  # one per input value: cheaper to build and read
class Value:
    """A parsed input value: a number, a status text, nothing, or a cell that could not be read.

    Never changed once read (``dataclasses.replace`` makes another): the Values of plain numbers and
    of the empty cell are shared between cells (cell_reader.plain_value), so a change would reach
    every cell holding the same number. Tell two Values apart by ``filled``, never by identity."""

    number: float | None = None
    status: str | None = None  # "Menunggu data BPS", "direkap diakhir periode"... kept verbatim
    text: str = ""  # what the user wrote, for display ("5.984,04 milyar")
    scale_word: str | None = None  # written with ribu/juta/milyar/triliun (value already multiplied)
    # The exact value as written (a float cell at its shortest decimal form): band edges and sums
    # are decided on it, never on float noise.
    exact: Fraction | None = None
    # "Kinerja!L7" when the cell could not be read (a galat finding names it): nothing that needs
    # this value is computed.
    galat: str = ""
    percent: bool = False  # written with % or in a cell formatted as a percentage
    currency: bool = False  # written with Rp / IDR ("Rp 250.000.000": a whole rupiah amount)
    rentang: tuple[Fraction, Fraction] | None = None  # a Target typed as a range "60-85 %": (floor, ceiling)
    # The factor of a Satuan naming a scale ("Juta Rupiah": 10**6) when a scale word was read in its
    # units ("20 juta" is 20): beside a plain whole amount ("15.500.000") the two readings disagree.
    in_satuan: int = 0

    @property
    def marked(self) -> bool:
        """Written with %, Rp or a scale word (or read in a Satuan's scale): checked beside its target."""
        return self.percent or self.currency or bool(self.scale_word or self.in_satuan)

    @property
    def filled(self) -> bool:
        """Something was written ("-", "N/A" mean no data): a Target/Pagu Perubahan then replaces the
        original."""
        return (
            self.number is not None or bool(self.status) or (bool(self.text) and not no_data_text(self.text))
        )


_EMPTY_VALUE = Value()


def empty_value() -> Value:
    """The Value of an empty or absent cell, one object shared by every such cell and by the optional
    columns an indicator lacks (a Value is never changed: see :class:`Value`)."""
    return _EMPTY_VALUE


@dataclass(slots=True)  # one per indicator, its fields set again by the optional columns' reader
class IndicatorInput:
    row: int  # Excel row number in Kinerja
    kode: str
    tingkat: str
    kode_induk: str
    uraian: str
    indikator: str
    satuan: str
    polaritas: str
    jenis_realisasi: str
    target: Value
    target_perubahan: Value
    realisasi_tw: list[Value]  # four quarters
    keterangan: str = ""
    jenis_kosong: bool = False  # Jenis Realisasi left blank: Kumulatif by default, not chosen
    polaritas_kosong: bool = False  # Polaritas left blank: Positif by default, never advised changed if not
    kode_angka: bool = False  # the Kode cell holds a number with decimals (1.1: "1.10" in a General cell)
    # quarter index -> the formula of a quarter whose formula Excel saved as 0 (=IFERROR(P5/Q5*100;0)
    # before its data is typed): read as 0, pointed out where counted (indicator_cells.formula_zero)
    nol_rumus: dict[int, str] = field(default_factory=dict)
    # Optional comparison columns (issue 11); empty Values when the column is absent.
    # (the shared empty Value: most workbooks fill these columns' cells, or leave them empty, anyway)
    realisasi_tahun_lalu: Value = field(default_factory=empty_value)  # same period last year
    realisasi_tahun: dict[int, Value] = field(default_factory=dict)  # "Realisasi 2023" -> {2023: ...}
    target_renstra: Value = field(default_factory=empty_value)  # "Target Akhir Renstra"
    standar_nasional: Value = field(default_factory=empty_value)
    formulasi: str = ""
    sumber_data: str = ""
    # Cells elsewhere that leave it no capaian: the indicator typed again with other figures
    # ("Kinerja!K14"), which row is meant being unknown.
    galat: list[str] = field(default_factory=list)


@dataclass
class BudgetInput:
    row: int  # Excel row number in Anggaran
    kode: str
    program: str
    kode_sasaran: str
    pagu: Value
    pagu_perubahan: Value
    realisasi_tw: list[Value]
    # "Anggaran!A7" when the row's Kode is blank or repeated though it holds a figure: it is listed
    # with that galat and counted nowhere, so no total (nor its Sasaran's budget) is given without it.
    kode_galat: str = ""
    # "Anggaran!C7" when the Kode Sasaran cell cannot be read (#N/A of a VLOOKUP, hidden under a
    # merge): the budget was meant for some Sasaran, which one cannot be told.
    kode_sasaran_galat: str = ""
    # The Kode Sasaran cell holds a number with decimals (1.1): "1.10" typed in a General cell.
    kode_sasaran_angka: bool = False
    kode_angka: bool = False  # so does its Kode cell
    # The DPA's account line of a Program's (Kegiatan's) Kode of Kinerja, "5.1 Belanja Operasi" beside a
    # Renstra's Program 5.1 (kode_kinerja.account_line): the Kode as typed, never matched to that node.
    rekening: bool = False

    @property
    def node_kode(self) -> str:
        """The Kode by which the row is matched to Kinerja's nodes: "" for an account line (``rekening``)."""
        return "" if self.rekening else self.kode

    @property
    def pagu_header(self) -> str:
        """The column of the pagu in use: the Pagu Perubahan when filled (the APBD-P), else Pagu."""
        return "Pagu Perubahan" if self.pagu_perubahan.filled else "Pagu"

    @property
    def pagu_used(self) -> Value:
        """The pagu in use, the cell :attr:`pagu_header` names."""
        return self.pagu_perubahan if self.pagu_perubahan.filled else self.pagu


@dataclass
class AnalisisEntry:
    """One row of the optional Analisis sheet: the why behind a node's (or one indicator's) capaian.

    Each list holds the points as written, one per line of the cell (numbering stripped)."""

    row: int  # Excel row number in Analisis
    kode: str
    indikator: str  # "" when the row is about the whole node
    faktor_pendukung: list[str] = field(default_factory=list)
    faktor_penghambat: list[str] = field(default_factory=list)
    upaya: list[str] = field(default_factory=list)  # "Upaya / Solusi"
    tindak_lanjut: list[str] = field(default_factory=list)
    sel: dict[str, str] = field(default_factory=dict)  # column header -> its cell ("C7")


@dataclass
class WorkbookInput:
    settings: Settings
    indicators: list[IndicatorInput]
    budgets: list[BudgetInput]
    findings: list[Finding] = field(default_factory=list)
    # Column letters of each header, per sheet, so findings can name cells.
    columns: dict[str, dict[str, str]] = field(default_factory=dict)
    # The Excel row of each input table's header (Kinerja, Anggaran), so findings can name a title cell.
    header_rows: dict[str, int] = field(default_factory=dict)
    analisis: list[AnalisisEntry] = field(default_factory=list)
    # Something of issue 11 is filled (see Report.analisis_inputs).
    analisis_inputs: bool = False
    # The grand total staff typed under the programs of Anggaran (not counted; compared with the sum).
    typed_total: BudgetInput | None = None
    # The staff's own penyerapan on that row (see core.typed_total): (cell, column title, its value, the
    # quarter its title names: None for s.d. the reported quarter, with whether that quarter's own is meant).
    typed_total_shares: list[tuple[str, str, Value, int | None, bool]] = field(default_factory=list)
    # The same on a Sasaran's or Tujuan's subtotal row, by its Excel row (core.subtotal_rows).
    subtotal_shares: dict[int, list[tuple[str, str, Value, int | None, bool]]] = field(default_factory=dict)
    # Kinerja's Program rows with a Kode and no Indikator (a galat, not counted): Kode -> (its Kode
    # Induk, the row), so that such a program's budget still counts toward the Sasaran it was typed under.
    tanpa_indikator: dict[str, tuple[str, int]] = field(default_factory=dict)


# slots: over 30 attributes, an instance's dict is no longer a compact shared-key one (CPython): built
# some 2x faster so, one per indicator
@dataclass(slots=True)
class IndicatorResult:
    row: int
    kode: str
    tingkat: str
    kode_induk: str
    uraian: str  # the node's uraian (filled in from the node's first row when blank)
    indikator: str
    satuan: str
    polaritas: str
    jenis_realisasi: str
    target: float | None
    target_text: str  # as written, for display
    realisasi_tw: list[float | None]  # numeric value per quarter (None: no number)
    realisasi_tw_text: list[str]  # as written per quarter, for display ("193.900 juta", "-")
    realisasi: float | None  # s.d. TW n
    status: str | None  # why realisasi/capaian is unknown ("Menunggu data BPS"), None when measured
    capaian: float | None  # percent, after the optional cap
    capaian_mentah: float | None  # percent, before the cap
    kriteria: str | None
    keterangan: str = ""
    scale_word: str | None = None  # the target was written with it ("milyar"): display in those units
    # Exact capaian (after the cap): kriteria, ">= 100 %" and the shown decimals are decided on it.
    capaian_exact: Fraction | None = None
    # Cells ("Kinerja!L7") among the values this indicator needs that could not be read: then it has
    # no realisasi s.d., capaian or kriteria (status "Galat ...") and counts apart in Ringkasan.
    galat: list[str] = field(default_factory=list)
    # The scale word each quarter's value was typed with ("juta"), shown in that scale.
    realisasi_tw_scale: list[str | None] = field(default_factory=list)
    # Issue 11: comparisons, earlier years' realisation (ascending year; None: no number) and texts.
    pembanding: Pembanding = field(default_factory=Pembanding)
    realisasi_tahun: dict[int, float | None] = field(default_factory=dict)
    # As written per year (a status text), or "Galat (Kinerja!Q7)" for an unreadable cell.
    realisasi_tahun_text: dict[int, str] = field(default_factory=dict)
    formulasi: str = ""
    sumber_data: str = ""
    # A grade target (README "Grade targets"): the scale ("Opini BPK") and the realisasi s.d. TW n as
    # written ("WTP"); target and realisasi are then None (no number), target_text the grade typed.
    skala_predikat: str = ""
    realisasi_text: str = ""
    # The APBD-P: when the Target Perubahan is the target used, the Perjanjian Kinerja's Target and the
    # Target Perubahan as the tables' notes name them ("40,71%", "40,38%"); None: no revision used.
    target_pk: str | None = None
    target_perubahan: str = ""
    target_awal: float | None = None  # the PK's Target as a figure (None too when it has none)
    target_pk_sendiri: str | None = None  # target_pk with its own decimals, for the PK's tables
    # Counted realisasi cells ("Kinerja!N27") typed in another scale than the target ("3.969,54" beside
    # "4.045,54 milyar"; their peringatan says "skala berbeda"): shown as read, not in the target's scale.
    satuan_beda: list[str] = field(default_factory=list)
    # A target typed as a range (target None, target_text as typed): how it was scored (rentang_skor.singkat)
    rentang: str = ""
    # The target (target_pk, target_perubahan) as typed where its figure is None for a range or a grade,
    # and a grade realisasi so (core.target_tertulis): export's and the rekap's text columns.
    target_tertulis: str | None = None
    target_pk_tertulis: str | None = None
    target_perubahan_tertulis: str | None = None
    realisasi_tertulis: str | None = None
    realisasi_tw_tertulis: list[str | None] = field(default_factory=lambda: [None] * 4)
    jenis_kosong: bool = False  # Jenis Realisasi left blank: Kumulatif by default (kumulatif_note)

    @property
    def predikat(self) -> str | None:
        """ "Opini BPK: target WTP, realisasi WTP" for a grade indicator, None otherwise (export, rekap)."""
        if not self.skala_predikat:
            return None
        realisasi = f", realisasi {self.realisasi_text}" if self.realisasi_text else ""
        return f"{self.skala_predikat}: target {self.target_text}{realisasi}"


@dataclass
class Node:
    kode: str
    tingkat: str
    uraian: str
    kode_induk: str
    indicators: list[IndicatorResult] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    capaian: float | None = None  # mean of the measurable indicators' capaian
    kriteria: str | None = None
    # Budget attributed to this node (Sasaran/Tujuan: roll-up; Program: its own rows).
    pagu: float | None = None
    realisasi_anggaran: float | None = None
    penyerapan: float | None = None
    efisiensi: float | None = None  # capaian - penyerapan, percentage points
    depth: int = 0
    capaian_exact: Fraction | None = None
    efisiensi_exact: Fraction | None = None
    # Indicators of this node left out of its mean because of unreadable cells.
    galat: list[IndicatorResult] = field(default_factory=list)
    # Budget cells ("Anggaran!H5") that could not be read among the programs counted toward this node:
    # then its penyerapan and efisiensi are not computed.
    galat_anggaran: list[str] = field(default_factory=list)
    galat_pagu: list[str] = field(default_factory=list)  # those of them in the Pagu columns
    pagu_perubahan: bool = False  # the pagu sums a program's Pagu Perubahan (Tabel 3.3 marks it)
    # With pagu_perubahan, the Perjanjian Kinerja's pagu: its programs' PK Pagu (None: one unknown).
    pagu_pk: float | None = None


@dataclass
class BudgetResult:
    row: int
    kode: str
    program: str
    kode_sasaran: str  # the node this budget counts toward (resolved), "" if none
    pagu: float | None
    realisasi_tw: list[float | None]
    realisasi: float | None  # s.d. TW n
    penyerapan: float | None  # percent
    # Budget cells ("Anggaran!H5") that could not be read: no realisasi or penyerapan from the rest.
    galat: list[str] = field(default_factory=list)
    pagu_exact: Fraction | None = None
    realisasi_exact: Fraction | None = None
    galat_pagu: list[str] = field(default_factory=list)  # those of ``galat`` in the Pagu columns
    # The APBD-P: when the Pagu Perubahan is the pagu used, the Perjanjian Kinerja's Pagu (its figure in
    # ``exact``, None when blank or no figure; what was typed in ``text``); None: no revision used.
    pagu_pk: Value | None = None
    # Counted toward no Sasaran/Tujuan (kode_sasaran ""): the cell whose finding says why ("Anggaran!C20",
    # "Kinerja!C6"), as attribute_budgets found it; Tabel 3.3's note names it.
    tanpa_sasaran: str = ""
    rekening: bool = False  # its row's BudgetInput.rekening: no budget of Kinerja's node of its Kode

    @property
    def pagu_pk_exact(self) -> Fraction | None:
        """The Perjanjian Kinerja's pagu as a figure: the PK's Pagu after the APBD-P, else the pagu."""
        return self.pagu_pk.exact if self.pagu_pk is not None else self.pagu_exact


@dataclass
class EfisiensiRow:
    kode: str
    tingkat: str
    uraian: str
    indikator: str  # indicator names of the node, joined
    capaian: float | None
    status: str | None  # status text when capaian is unknown
    pagu: float | None
    realisasi_anggaran: float | None
    penyerapan: float | None
    efisiensi: float | None
    depth: int = 0
    capaian_exact: Fraction | None = None
    efisiensi_exact: Fraction | None = None
    # Why the capaian is a mean of fewer indicators than the node has, or why nothing is computed.
    catatan: str = ""
    galat_anggaran: list[str] = field(default_factory=list)  # unreadable budget cells counted here
    galat_pagu: list[str] = field(default_factory=list)  # those of them in the Pagu columns
    galat_capaian: list[str] = field(default_factory=list)  # the unreadable cells of an unknown capaian
    pagu_perubahan: bool = False  # its pagu sums a program's Pagu Perubahan (marked "*)")
    pagu_pk: float | None = None  # then the Perjanjian Kinerja's (Node.pagu_pk)


@dataclass
class SummaryGroup:
    """Counts of one level (Tujuan, Sasaran, Program...) for the Ringkasan sheet."""

    tingkat: str
    jumlah: int
    tercapai: list[IndicatorResult]  # capaian >= 100
    belum_tercapai: list[IndicatorResult]  # capaian < 100
    belum_diketahui: list[IndicatorResult]  # not measurable
    per_kriteria: dict[str, int]
    kalimat: list[str]  # the report's summary sentences, Bahasa Indonesia (maybe built when first read)
    galat: list[IndicatorResult] = field(default_factory=list)  # not scored: unreadable input cells

    def kalimat_later(self, make: Callable[[SummaryGroup], list[str]]) -> None:
        """``kalimat`` built by ``make(self)`` when first read, not now: a rekap reads no sentence of
        its reports (1,7 % of a workbook). Every reader gets the same sentences (``make`` reads only this
        group, final when summed up); a copy or pickle keeps ``make`` (a module's function)."""
        del self.kalimat
        self.__dict__["_kalimat"] = make

    def __getattr__(self, name: str) -> Any:  # called only for an attribute not set: kalimat later
        make, held = self.__dict__.get("_kalimat"), self.__dict__
        if name != "kalimat" or (make is None and name not in held):
            raise AttributeError(name)
        if make is not None:  # (kept until built, and one list for all: two threads may ask at once)
            held.setdefault(name, make(self))
            held.pop("_kalimat", None)
        return held[name]


@dataclass(repr=False)
class Report:
    settings: Settings
    indicators: list[IndicatorResult]
    roots: list[Node]  # Tujuan nodes (and orphans) in workbook order, children nested
    budgets: list[BudgetResult]
    efisiensi: list[EfisiensiRow]
    ringkasan: list[SummaryGroup]
    findings: list[Finding]
    # None when a program's cell it needs could not be read (a sum without it would be wrong).
    total_pagu: float | None = 0.0
    total_realisasi_anggaran: float | None = 0.0
    total_penyerapan: float | None = None
    # The same, exact: what every other figure built on it (the rekap's efisiensi) starts from.
    total_penyerapan_exact: Fraction | None = None
    # Budget cells that could not be read: the totals' penyerapan is not computed.
    galat_anggaran: list[str] = field(default_factory=list)
    # The reported quarter's spending blank in every Anggaran row: what the realisasi s.d. the quarter
    # then counts, said wherever the penyerapan is ("" when typed; budget.spending_column_blank).
    anggaran_kosong: str = ""
    # The same for Kinerja's reported quarter: what the realisasi, capaian and kriteria then count (also
    # when the column is a copy of the quarter before: core.copied_quarter).
    kinerja_kosong: str = ""
    # The Analisis sheet's rows (issue 11), in sheet order.
    analisis: list[AnalisisEntry] = field(default_factory=list)
    # The workbook has an issue-11 input (a comparison column, Tahun Akhir Renstra or the Analisis
    # sheet): only then are the analysis sheets written, so older workbooks build exactly as before.
    analisis_inputs: bool = False

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == GALAT]

    def findings_summary(self) -> str:
        """ "1 galat, 2 peringatan": how every front end counts findings (Indonesian has no plural)."""
        galat = len(self.errors)
        return f"{galat} galat, {len(self.findings) - galat} peringatan"

    def __repr__(self) -> str:
        s = self.settings
        return (
            f"<Report {s.perangkat_daerah or '?'} {s.tahun or '?'} TW {s.triwulan}: "
            f"{len(self.indicators)} indikator, {len(self.budgets)} program, {self.findings_summary()}>"
        )

    def nodes(self) -> list[Node]:
        """All nodes, depth first, in workbook order."""
        return list(walk(self.roots))


def walk(roots: list[Node]) -> Iterator[Node]:
    """The nodes under ``roots``, depth first, in workbook order. (A stack, not nested generators: a
    node five levels down was handed up through five of them, and a tree of any depth is walked.)"""
    stack = roots[::-1]
    pop, extend = stack.pop, stack.extend
    while stack:
        node = pop()
        yield node
        if node.children:  # read after the yield, as before: children added meanwhile are walked
            extend(node.children[::-1])
