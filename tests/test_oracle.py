"""Differential test of the whole pipeline against an independent reference model.

The model below is written from shared/DOMAIN.md and the README ("Values", "Galat", "Formulas",
"Output sheets") alone, never from lkj_xl.core: it computes every figure of a workbook description
with exact fractions (realisasi s.d. TW n by Jenis Realisasi, capaian by polarity and the optional
Batas Capaian, kriteria on either scale, a node's capaian as the mean of its measurable indicators,
budgets per program, per Sasaran through the Kode Sasaran mapping and per Tujuan as the sum of its
Sasaran (and of programs mapped to the Tujuan itself), penyerapan, efisiensi, the totals, the
Ringkasan counts, and what an unreadable cell leaves unknown).

Hypothesis draws such descriptions (1-2 Tujuan, 1-3 Sasaran each, a few programs, kegiatan and sub
kegiatan, the reported quarter 1-4, capaian on and a hundredth beside kriteria edges and 100 %, zero,
negative growth rates, status texts, "-", values and unreadable cells after the reported quarter,
rows in any order), a writer types them into the blank template of ``lkj-xl new`` the way staff type
(number cells, formulas with the value Excel saved, 17-digit floats among them, ``1.234,5``,
``40,71%``, percent-formatted cells, ``5,2 jt``, ``Rp 1.500.000,-``, ``(2,5)``, ``nihil``,
``12,3,4``), and every figure is compared exactly:

- the Report's exact fields (``capaian_exact``, ``pagu_exact``, ``realisasi_exact``,
  ``efisiensi_exact``) against the model's Fractions, equal; of the headless build, of
  ``build --triwulan N`` and of the Hitung Ulang button's reading (the add-in's book JSON);
- the ``lkj-xl export`` JSON's unrounded numbers against ``float(model)``, equal (the float nearest
  the exact value: what "numbers unrounded" promises);
- the output sheets' cells (Tabel 3.1-3.4, Ringkasan) against the float nearest the model's value
  (the build writes each number's shortest exact text in ``<v>``, not 16 digits), equal; kriteria and
  Keterangan texts equal; a figure the model says is unknown must be a text in its cell; the capaian
  as its number format shows it must not contradict its kriteria or its side of 100 %, a negative
  efisiensi must show negative; Tabel 3.2 must list the tree depth first.

Not covered: formulas without a saved value and Excel error values (reader tests have them), the
analysis sheets (Grafik, Analisis Capaian beyond its sentence on last year; the comparisons and
Perbandingan Kinerja are in tests/test_oracle_pembanding.py), the Word report, rekap, the texts of status
and galat cells beyond "is a text", and findings beyond "no galat without an unreadable cell".
"""

from __future__ import annotations

import dataclasses
import io
import json
import re
from dataclasses import dataclass, field
from fractions import Fraction as F
from xml.sax.saxutils import escape

import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from lkj_xl.build import build_in_memory
from lkj_xl.cli import main
from lkj_xl.core.tables.perubahan import MARK as PERUBAHAN_MARK
from lkj_xl.xlsx.template import new_workbook
from tests.common import rewrite_cells

try:  # the Hitung Ulang button's reading needs xlwings (the `server` extra)
    from lkj_xl.xl.scripts import hitung_ulang
    from tests.test_xl_server import book_json, remote_book
except ImportError:  # pragma: no cover - the rest of the oracle runs without it
    hitung_ulang = None

# --- the description of a workbook ---------------------------------------------------------------

PERMENPANRB, PERMENDAGRI = "PermenPANRB", "Permendagri 86/2017"
KUMULATIF, NILAI_AKHIR, RATA_RATA = "Kumulatif", "Nilai Akhir", "Rata-rata"
KRITERIA = ("Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah")
STATUSES = ("Menunggu data BPS", "direkap diakhir periode", "(Data BPS 2025 belum terbit)")
LEVELS = ("Tujuan", "Sasaran", "Program", "Kegiatan", "Sub Kegiatan")
# Tingkat as staff write it (README aliases), picked by the indicator's name so the draw stays simple
TINGKAT_TYPED = {
    ("Tujuan", 1): "tujuan",
    ("Sasaran", 1): "Sasaran Strategis",
    ("Sasaran", 2): "SASARAN",
    ("Kegiatan", 1): "kegiatan",
    ("Sub Kegiatan", 1): "Subkegiatan",
    ("Sub Kegiatan", 2): "sub-kegiatan",
}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
# Pengaturan's Triwulan for a half year's or the year's report, as staff type it (README "Pengaturan")
PERIODS = (
    (
        "Semester I",
        ("Semester I", "Smt I", "Sem-I", "Semester I Tahun Anggaran 2025", "Semester I (Januari-Juni)"),
    ),
    ("Semester II", ("Semester II", "Sem-II", "Semester II (Juli-Desember)", "Semester II (Dua)")),
    ("Tahunan", ("Tahunan", "Laporan Tahunan", "Akhir Tahun")),
)
HALF_YEARS = {2: PERIODS[0][1], 4: PERIODS[1][1] + PERIODS[2][1]}
# Tabel 3.1 / 3.2's column of the realisation counted, by the report's period
REALISASI_LABEL = {
    "Semester I": "Realisasi Semester I",
    "Semester II": "Realisasi s.d. Semester II",
    "Tahunan": "Realisasi Tahun 2025",
}


def realisasi_label(d: Desc) -> str:
    """Tabel 3.1 / 3.2's column of the realisation counted: "Realisasi s.d. TW II", or a half year's or
    the year's (REALISASI_LABEL); a quarter asked with --triwulan is that quarter's report (periode None)."""
    return REALISASI_LABEL.get(d.periode or "", f"Realisasi s.d. TW {ROMAN[d.triwulan]}")


@dataclass
class Q:
    """One input cell: its exact number (None: no number), and what staff typed there."""

    exact: F | None
    typed: object
    galat: bool = False  # unreadable ("12,3,4"): a galat at its cell


BLANK = Q(None, None)
GALAT_TEXTS = ("12,3,4", "1.282,684,40", "± 4", "2,5 miliyar")
ANGGARAN_GALAT = ("12,3,4", "Rp 1.282,684,40", "5 jtt")


@dataclass(frozen=True)
class PercentCell:
    """A number in a cell formatted as a percentage (0,4071 shown as 40,71%)."""

    value: float


@dataclass(frozen=True)
class FormulaCell:
    """A formula and the value Excel saved for it (a number or a text such as a status)."""

    formula: str
    value: object


def saved(v: float) -> F:
    """A float cell's exact value as the file holds it: the writer stores 16 significant digits, the
    tool takes the shortest decimal form of that float."""
    return F(repr(float(f"{v:.16g}")))


@dataclass
class Ind:
    name: str
    satuan: str
    polaritas: str  # Positif / Negatif
    jenis: str
    target: Q
    target_perubahan: Q | None
    tw: list[Q]
    typed_polaritas: str | None = None
    typed_jenis: str | None = None


@dataclass
class Node:
    kode: str
    tingkat: str
    induk: str
    inds: list[Ind]
    children: list[Node] = field(default_factory=list)
    short_rows: bool = False  # later rows of the node leave Tingkat, Kode Induk and Uraian blank

    @property
    def uraian(self) -> str:
        return f"Uraian {self.tingkat} {self.kode}"


@dataclass
class Program:
    kode: str
    nama: str
    kode_sasaran: str  # as typed ("" = the parent of the program's node in Kinerja)
    sasaran: str  # resolved
    pagu: Q
    pagu_perubahan: Q | None
    tw: list[Q]
    # README "Anggaran": the budget typed per Kegiatan too (a DPA's rincian), beside the program's own
    # row (``rincian_own``) or in its place; the same figures, so the model is unchanged.
    rincian: list[str] = field(default_factory=list)
    rincian_own: bool = False


@dataclass
class Desc:
    triwulan: int
    typed_triwulan: object
    skala: str
    batas: F | None
    typed_batas: object
    tujuan: list[Node]
    programs: list[Program]
    by_level: bool = False  # Kinerja lists all Tujuan, then all Sasaran... (Kode Induk links them)
    # Or the rows in this order (a sort by another column): a node's rows need not be together.
    shuffle: list[int] | None = None
    desimal: int | None = None  # Pengaturan's Desimal (decimals shown for percentages), default 2
    override: int | None = None  # `lkj-xl build --triwulan N`: this quarter instead of Pengaturan's
    # The half year's or the year's report typed as Triwulan (README "Pengaturan"): Semester I is s.d.
    # TW II, Semester II and Tahunan s.d. TW IV, the same figures under other names; None: quarterly.
    periode: str | None = None

    @property
    def cap(self) -> F | None:
        """The cap applied: a Batas Capaian below 100 is a galat at its cell and no cap (README)."""
        return self.batas if self.batas is not None and self.batas >= 100 else None

    def nodes(self) -> list[Node]:
        out: list[Node] = []

        def walk(n: Node) -> None:
            out.append(n)
            for child in n.children:
                walk(child)

        for t in self.tujuan:
            walk(t)
        return out


# --- the reference model (DOMAIN.md, README "Formulas") ------------------------------------------


def effective(base: Q, perubahan: Q | None) -> F | None:
    """Target Perubahan (Pagu Perubahan), when filled, replaces Target (Pagu); "-" is not filled."""
    if perubahan is not None and perubahan.exact is not None:
        return perubahan.exact
    return base.exact


def realisasi_sd(ind: Ind, n: int) -> F | None:
    """Kumulatif: sum of TW I..n; Nilai Akhir: the latest quarter with a value; Rata-rata: the mean of
    the quarters with a value. Quarters after n never count; no number at all: belum diketahui."""
    nums = [q.exact for q in ind.tw[:n] if q.exact is not None]
    if not nums:
        return None
    if ind.jenis == KUMULATIF:
        return sum(nums, F(0))
    if ind.jenis == NILAI_AKHIR:
        return nums[-1]
    return sum(nums, F(0)) / len(nums)


def share_summed_above_whole(ind: Ind, n: int) -> bool:
    """README "Jenis Realisasi": a percentage left blank (Kumulatif) whose quarters with a number, two at
    least, sum to more than 100 % is a galat at its Jenis Realisasi (no share is 392,25 %)."""
    nums = [q.exact for q in ind.tw[:n] if q.exact is not None]
    return ind.satuan == "%" and ind.typed_jenis is None and len(nums) > 1 and sum(nums, F(0)) > 100


def juta_target_in_ribuan(ind: Ind, n: int) -> bool:
    """README "Values": under Juta Rupiah a plain whole Target (the Target Perubahan when filled) far above
    a higher-is-better realisasi s.d. TW n (1.000 / n times for Kumulatif, a hundred for a level) that,
    read in ribuan rupiah, lies within a hundredth of it to ten times it is a galat at its cell (1.250.000
    beside 300 + 400: 1.250 juta pasted in ribuan; figures64). Lower-is-better: a peringatan only."""
    if ind.satuan != "Juta Rupiah" or ind.polaritas != "Positif":
        return False
    revised = ind.target_perubahan is not None and ind.target_perubahan.exact is not None
    q = ind.target_perubahan if revised and ind.target_perubahan is not None else ind.target
    t, r = q.exact, realisasi_sd(ind, n)
    if t is None or r is None or r <= 0:
        return False
    if isinstance(q.typed, str) and "juta" in q.typed.casefold():
        return False  # (typed with the Satuan's words: read in it, never a paste)
    times = F(1000, n) if ind.jenis == KUMULATIF else 100
    # in ribuan t / 1.000 juta, within r / 100 to 10 r: 10 r <= t <= 10.000 r, and Rp 1 juta at least
    # (t >= 1.000: 652 read as Rp 652.000 is no Target under Juta Rupiah, read as typed); in whole rupiah
    # (Rp 1 juta or more) t / 10^6 juta likewise: 10^4 r <= t <= 10^7 r
    ribuan = t.denominator == 1 and t >= 1000 and 10 * r <= t <= 10_000 * r
    return t >= times * r and (ribuan or t >= 10**6 and 10**4 * r <= t <= 10**7 * r)


def juta_target_beside_perubahan(ind: Ind) -> bool:
    """README "Values": under Juta Rupiah a plain Target at least a hundred times its Target Perubahan
    that reads as ribuan rupiah (whole, within half of it to ten times it: 956 beside 1,24) or as whole
    rupiah (Rp 1 juta or more, within a hundredth of it to ten times it) is a galat at the Target (read
    in ribuan Rp 1 juta at least: one unit of the Satuan, figures66); the
    capaian is still the Target Perubahan's (figures64). A hundred to five hundred times (5.000 beside 45: a
    refocusing cut, or pasted a Target Perubahan above twice its Target) is a peringatan (figures65). Typed
    with the Satuan's words ("956 juta rupiah") it is read in the Satuan."""
    tp = ind.target_perubahan
    if ind.satuan != "Juta Rupiah" or tp is None or tp.exact is None or tp.exact <= 0:
        return False
    t, new = ind.target.exact, tp.exact
    if (
        t is None
        or t < 100 * new
        or isinstance(ind.target.typed, str)
        and "juta" in ind.target.typed.casefold()
    ):
        return False
    # (t / 1.000 juta within new / 2 .. 10 new; from new / 10 to new / 2 a peringatan: both may be right),
    # and Rp 1 juta at least (t >= 1.000: 450 beside 0,45 read as Rp 450.000 is no Target under Juta
    # Rupiah, read as typed; figures66, as juta_target_in_ribuan's)
    ribuan = t.denominator == 1 and t >= 1000 and 500 * new <= t <= 10_000 * new
    return ribuan or t >= 10**6 and 10**4 * new <= t <= 10**7 * new  # (t / 10**6 juta likewise)


def year_unknown(ind: Ind, n: int) -> bool:
    """README "Jenis Realisasi": in the year's report a Nilai Akhir whose TW IV holds a status or "-"
    (no figure, not blank) is belum diketahui, never TW III's figure as the year's."""
    last = ind.tw[3] if n == 4 else BLANK
    return ind.jenis == NILAI_AKHIR and last.exact is None and not last.galat and last.typed is not None


def reported_status(ind: Ind, n: int) -> bool:
    """README "Values": a Kumulatif or Rata-rata whose reported quarter holds a status text (no figure,
    not blank, not "-") is belum diketahui, never the earlier quarters' figure as the realisasi s.d. TW n."""
    last = ind.tw[n - 1] if 0 < n <= len(ind.tw) else BLANK
    return (
        ind.jenis != NILAI_AKHIR and last.exact is None and not last.galat and last.typed not in (None, "-")
    )


def capaian(r: F, t: F, polaritas: str, batas: F | None) -> F:
    raw = r / t * 100 if polaritas == "Positif" else (t - (r - t)) / t * 100
    return min(raw, batas) if batas is not None else raw


def kriteria(c: F, skala: str) -> str:
    bounds = (90, 75, 65, 50) if skala == PERMENPANRB else (91, 76, 66, 51)
    for name, bound in zip(KRITERIA, bounds, strict=False):
        if (c > bound) if skala == PERMENPANRB else (c >= bound):
            return name
    return KRITERIA[-1]


@dataclass
class IndOut:
    target: F | None
    realisasi: F | None
    capaian: F | None
    kriteria: str | None
    galat: bool = False


@dataclass
class NodeOut:
    capaian: F | None
    kriteria: str | None
    pagu: F | None = None
    realisasi: F | None = None
    penyerapan: F | None = None
    efisiensi: F | None = None


@dataclass
class Model:
    ind: dict[str, IndOut]
    node: dict[str, NodeOut]
    budget: dict[str, tuple[F | None, F | None, F | None]]  # kode -> pagu, realisasi s.d., penyerapan
    total: tuple[F | None, F | None, F | None]
    ringkasan: dict[str, dict[str, object]]


def percent(part: F, whole: F) -> F | None:
    return part / whole * 100 if whole else None


def model(d: Desc) -> Model:
    n = d.triwulan
    ind: dict[str, IndOut] = {}
    node: dict[str, NodeOut] = {}
    ringkasan: dict[str, dict[str, object]] = {}
    for nd in d.nodes():
        caps = []
        for i in nd.inds:
            t = effective(i.target, i.target_perubahan)
            # README "Galat": an unreadable cell among the values it needs (its target and the
            # quarters up to the reported one) leaves the indicator without realisasi s.d., capaian
            # and kriteria; a later quarter is not needed.
            # Nilai Akhir: the quarters before its latest figure are not needed (README "Galat")
            quarters = i.tw[:n]
            if i.jenis == NILAI_AKHIR:
                quarters = quarters[
                    max((k for k, q in enumerate(quarters) if q.exact is not None), default=0) :
                ]
            needed = [i.target, *quarters] + ([i.target_perubahan] if i.target_perubahan else [])
            galat = (
                any(q.galat for q in needed) or share_summed_above_whole(i, n) or juta_target_in_ribuan(i, n)
            )
            assert galat or (t is not None and t > 0)
            r = None if galat or year_unknown(i, n) or reported_status(i, n) else realisasi_sd(i, n)
            c = capaian(r, t, i.polaritas, d.cap) if r is not None and t else None
            ind[i.name] = IndOut(t, r, c, kriteria(c, d.skala) if c is not None else None, galat)
            if c is not None:
                caps.append(c)
            g = ringkasan.setdefault(
                nd.tingkat,
                {"jumlah": 0, "tercapai": 0, "belum_tercapai": 0, "belum_diketahui": 0, "galat": 0}
                | {"per_kriteria": dict.fromkeys(KRITERIA, 0)},
            )
            g["jumlah"] += 1
            if galat:
                g["galat"] += 1
            elif c is None:
                g["belum_diketahui"] += 1
            else:
                g["tercapai" if c >= 100 else "belum_tercapai"] += 1
                g["per_kriteria"][kriteria(c, d.skala)] += 1
        mean = sum(caps, F(0)) / len(caps) if caps else None
        node[nd.kode] = NodeOut(mean, kriteria(mean, d.skala) if mean is not None else None)
    budget = {}
    per_sasaran: dict[str, list[tuple[F | None, F | None]]] = {}
    for p in d.programs:
        # README "Galat": a budget row with an unreadable cell it needs gets no penyerapan, nor does
        # the Sasaran/Tujuan it counts toward, nor the total; the pagu or realisasi that would leave it
        # out is not given either.
        pagu_cells = [p.pagu] + ([p.pagu_perubahan] if p.pagu_perubahan else [])
        pagu = None if any(q.galat for q in pagu_cells) else effective(p.pagu, p.pagu_perubahan)
        real = (
            None
            if any(q.galat for q in p.tw[:n])
            else sum((q.exact for q in p.tw[:n] if q.exact is not None), F(0))
        )
        if pagu is not None and real is not None and pagu > 0 and real > 10 * pagu:
            # README "Anggaran" (serapan_mustahil): spending more than ten times its pagu is no reading of
            # the row (a pagu of 0,01 spent 1,01 by the "over" draw: 101 times), a galat; its pagu and
            # penyerapan not computed, nor the totals holding them; the realisasi stands
            pagu = None
        budget[p.kode] = (pagu, real, percent_of(real, pagu))
        per_sasaran.setdefault(p.sasaran, []).append((pagu, real))
    for t in d.tujuan:
        # A Tujuan's budget: its Sasaran's, and the programs whose Kode Sasaran names the Tujuan itself
        # (README: "Kode Sasaran names the Sasaran (or Tujuan) the budget counts toward").
        rows = list(per_sasaran.get(t.kode, []))
        for s in t.children:
            if s.kode in per_sasaran:
                _set_budget(node[s.kode], per_sasaran[s.kode])
                rows += per_sasaran[s.kode]
        if rows:
            _set_budget(node[t.kode], rows)
    total_pagu = total(b[0] for b in budget.values())
    total_real = total(b[1] for b in budget.values())
    return Model(ind, node, budget, (total_pagu, total_real, percent_of(total_real, total_pagu)), ringkasan)


def total(values) -> F | None:
    """A sum, unknown when any of its terms is (a galat cell)."""
    values = list(values)
    return None if any(v is None for v in values) else sum(values, F(0))


def percent_of(part: F | None, whole: F | None) -> F | None:
    return None if part is None or whole is None else percent(part, whole)


def _set_budget(out: NodeOut, rows: list[tuple[F | None, F | None]]) -> None:
    out.pagu, out.realisasi = total(x for x, _ in rows), total(y for _, y in rows)
    out.penyerapan = percent_of(out.realisasi, out.pagu)
    if out.capaian is not None and out.penyerapan is not None:
        out.efisiensi = out.capaian - out.penyerapan


# --- typing numbers the way staff do ----------------------------------------------------------------


def indo(x: F) -> str:
    """An exact value of at most two decimals written the Indonesian way: 1.234,5 (-2,5)."""
    sign = "-" if x < 0 else ""
    x = abs(x)
    whole, frac = divmod(x, 1)
    digits = f"{int(whole):,}".replace(",", ".")
    if frac:
        hundredths = frac * 100
        assert hundredths.denominator == 1, x
        digits += "," + f"{int(hundredths):02d}".rstrip("0")
    return sign + digits


def number_cell(x: F) -> object:
    return int(x) if x.denominator == 1 else float(x)


@st.composite
def typed(draw, x: F, satuan: str) -> Q:
    """``x`` as one of the ways staff type it in a cell of an indicator with ``satuan``."""
    ways: list[object] = [number_cell(x), indo(x)]
    if x < 0:
        ways.append(f"({indo(-x)})")  # accounting parentheses
    if x == 0:
        ways.append("nihil")
    ways.append(f" {indo(x)} ")  # pasted with spaces around it
    ways.append(FormulaCell("SUM(Q7:R7)", number_cell(x)))  # a formula with its saved value
    if satuan == "%":
        ways += [indo(x) + "%", indo(x) + " %", PercentCell(float(x / 100))]
    elif satuan == "Unit":
        # a percent-formatted cell on a count is read as it shows (a peringatan)
        ways += [indo(x) + " unit", indo(x) + " Unit", PercentCell(float(x / 100))]
    elif satuan in RATES:  # a rate's whole Satuan written either way is its unit (README "Values")
        ways += [f"{indo(x)} {unit}" for unit in RATES[satuan]]
    elif satuan == "Juta Rupiah":  # words spelling the whole Satuan are its unit, not a scale word
        ways += [indo(x) + " juta rupiah", indo(x) + " Juta Rupiah"]
    elif satuan == "Rupiah":
        ways += [f"Rp {indo(x)}", f"Rp. {indo(x)},-" if x.denominator == 1 else f"Rp {indo(x)}"]
        if x and (x / 10**4).denominator == 1:
            ways += [f"{indo(x / 10**6)} jt", f"{indo(x / 10**6)} juta", f"{indo(x / 10**6)}jt"]
        if x and (x / 10**7).denominator == 1:
            ways += [f"{indo(x / 10**9)} M", f"Rp {indo(x / 10**9)} miliar"]
    return Q(x, draw(st.sampled_from(ways)))


def amounts(satuan: str) -> st.SearchStrategy[F]:
    if satuan == "Rupiah":
        return st.one_of(
            st.integers(0, 10**12).map(F),
            st.integers(0, 10**14).map(lambda k: F(k, 100)),  # cents, as the seed's 1.175.296.332.815,85
            st.integers(0, 10**7).map(lambda k: F(k * 10**4)),
            st.integers(0, 10**4).map(lambda k: F(k * 10**7)),
        )
    if satuan == "%":
        # a growth rate may fall: -2,5 %
        return st.one_of(st.integers(0, 20_000), st.integers(-1_000, 0)).map(lambda k: F(k, 100))
    return st.one_of(st.integers(0, 5_000).map(F), st.integers(0, 500_000).map(lambda k: F(k, 100)))


# A Satuan with a slash or "per", and the ways its whole unit is typed after a figure
RATES = {
    "Orang/Tahun": ("orang/tahun", "orang per tahun", "orang/thn", "Orang/Tahun"),
    "orang per tahun": ("Orang/Tahun", "orang per tahun"),
}

EDGES = (50, 51, 65, 66, 75, 76, 90, 91, 100, 120)


@st.composite
def indicator(draw, name: str, n: int) -> Ind:
    satuan = draw(st.sampled_from(["%", "Unit", "Rupiah", "Juta Rupiah", *RATES]))
    polaritas = draw(st.sampled_from(["Positif", "Positif", "Negatif"]))
    jenis = draw(st.sampled_from([KUMULATIF, NILAI_AKHIR, RATA_RATA]))
    edge = draw(st.booleans())
    if edge:
        # A capaian exactly on a kriteria edge (or 100 %): target m/100 with c*m a multiple of 100, so
        # the realisasi s.d. has at most two decimals.
        c = draw(st.sampled_from(EDGES))
        step = 100 // __import__("math").gcd(c, 100)
        target = F(draw(st.integers(1, 200_000)) * step, 100)
        total = target * c / 100 if polaritas == "Positif" else target * (200 - c) / 100
        # or a hundredth beside it: 90,0005 %, shown with the decimals that tell its side of the edge
        total = max(F(0), total + draw(st.sampled_from([F(0), F(0), F(1, 100), F(-1, 100)])))
        tw = draw(quarters_giving(total, jenis, n, satuan))
    else:
        target = draw(amounts(satuan).filter(lambda v: v > 0))
        tw = [draw(quarter(satuan, counted=True)) for _ in range(n)]
    tw += [draw(quarter(satuan, counted=False)) for _ in range(4 - n)]
    t_typed = draw(typed(target, satuan))
    perubahan = None
    if draw(st.integers(0, 4)) == 0:
        other = draw(amounts(satuan).filter(lambda v: v > 0))
        # the edge case keeps its edge: Target Perubahan equal to the target it replaces
        perubahan = draw(typed(target if edge else other, satuan))
        if draw(st.booleans()):
            t_typed = draw(typed(draw(amounts(satuan).filter(lambda v: v > 0)), satuan))
    elif draw(st.integers(0, 5)) == 0:
        perubahan = Q(None, "-")
    elif draw(st.integers(0, 60)) == 0:
        t_typed = Q(None, draw(st.sampled_from(GALAT_TEXTS)), galat=True)
    if jenis == KUMULATIF and n >= 2 and not draw(st.integers(0, 12)):
        tw[k] = draw(noted_sd(tw, k := draw(st.integers(1, n - 1)), satuan))
    ind = Ind(name, satuan, polaritas, jenis, t_typed, perubahan, tw)
    words = {  # README "Polaritas": the report's and e-SAKIP's words
        "Positif": ["Positif (+)", "Meningkat", "semakin tinggi realisasi semakin baik"],
        "Negatif": ["Negatif (-)", "Menurun", "bernilai negatif", "semakin rendah realisasi semakin baik"],
    }[polaritas]
    ind.typed_polaritas = draw(
        st.sampled_from([polaritas, polaritas.lower(), None if polaritas == "Positif" else "Negatif", *words])
    )
    aliases = {
        KUMULATIF: [KUMULATIF, None, "kumulatif"],
        NILAI_AKHIR: [NILAI_AKHIR, "posisi", "akhir"],
        RATA_RATA: [RATA_RATA, "rata-rata"],
    }
    ind.typed_jenis = draw(st.sampled_from(aliases[jenis]))
    return ind


MONTHS = {1: "Maret", 2: "Juni", 3: "September", 4: "Desember"}


@st.composite
def noted_sd(draw, tw: list[Q], k: int, satuan: str) -> Q:
    """Quarter ``k`` (0-based) typed up to it with a note (``46,6% (s.d. Juni)``, ``Rp 522.750.000
    (kumulatif)``): beside an earlier quarter with a figure it is a galat at its cell, the quarter's own
    share to be typed (README "Values"); with none before it, the quarter is left as drawn."""
    if not any(q.exact for q in tw[:k]):
        return tw[k]
    x = abs(draw(amounts(satuan)))
    unit = "%" if satuan == "%" else ""
    figure = f"Rp {indo(x)}" if satuan == "Rupiah" else f"{indo(x)}{unit}"
    notes = [f"{figure} (s.d. {MONTHS[k + 1]})", f"s.d. {MONTHS[k + 1]} {figure}", f"{figure} (kumulatif)"]
    notes += [f"{figure} s.d. {MONTHS[k + 1]}"] if satuan != "Rupiah" else []
    notes += [f"Semester I: {figure}"] if k == 1 else []
    return Q(None, draw(st.sampled_from(notes)), galat=True)


@st.composite
def quarter(draw, satuan: str, counted: bool) -> Q:
    if draw(st.integers(0, 99)) == 0:  # now and then an unreadable cell (README "Galat")
        return Q(None, draw(st.sampled_from(GALAT_TEXTS)), galat=True)
    kind = draw(
        st.sampled_from(
            ["num", "num", "num", "blank", "status", "dash"] if counted else ["num", "blank", "blank"]
        )
    )
    if kind == "num":
        if satuan != "Rupiah" and draw(st.integers(0, 5)) == 0:
            # a formula's saved float (=B7/3, =0,1+0,2): read at its shortest decimal form
            v = draw(
                st.one_of(
                    st.integers(0, 3_000).map(lambda k: k / 3),
                    st.integers(0, 300).map(lambda k: k * 0.1 + 0.2),
                )
            )
            if draw(st.booleans()):  # a formula's result as Excel saves it: 17 digits, read as saved
                return Q(F(repr(v)), FormulaCell("B7/3", v))
            return Q(saved(v), v)
        return draw(typed(draw(amounts(satuan)), satuan))
    if kind == "status":
        status = draw(st.sampled_from(STATUSES))
        return Q(None, draw(st.sampled_from([status, FormulaCell(f'IF(A1="","{status}",0)', status)])))
    return Q(None, "-") if kind == "dash" else BLANK


@st.composite
def quarters_giving(draw, total: F, jenis: str, n: int, satuan: str) -> list[Q]:
    """Quarters 1..n whose realisasi s.d. TW n is exactly ``total`` (at most two decimals)."""
    assert (total * 100).denominator == 1 and total >= 0
    filled = sorted(draw(st.sets(st.integers(0, n - 1), min_size=1, max_size=n)))
    values: dict[int, F] = {}
    if jenis == KUMULATIF:
        cents = int(total * 100)
        cuts = sorted(
            draw(st.lists(st.integers(0, cents), min_size=len(filled) - 1, max_size=len(filled) - 1))
        )
        bounds = [0, *cuts, cents]
        values = {q: F(bounds[k + 1] - bounds[k], 100) for k, q in enumerate(filled)}
    elif jenis == NILAI_AKHIR:
        values = {q: draw(amounts(satuan)) for q in filled[:-1]} | {filled[-1]: total}
    else:
        values = {q: total for q in filled}
        if len(filled) >= 2:
            d = F(draw(st.integers(0, int(total * 100))), 100)
            values[filled[0]], values[filled[1]] = total - d, total + d
    out = []
    for q in range(n):
        if q in values:
            out.append(draw(typed(values[q], satuan)))
        else:
            out.append(draw(st.sampled_from([BLANK, Q(None, "-"), Q(None, STATUSES[0])])))
    return out


@st.composite
def descriptions(
    draw, max_tujuan: int = 2, max_sasaran: int = 3, half_years: bool = True, only_half_years: bool = False
) -> Desc:
    """``half_years``: Pengaturan's Triwulan may name a half year or the year (Semester I, Tahunan);
    ``only_half_years``: it always does (the quarterly draws of the other settings stay as they were)."""
    n = draw(st.sampled_from([2, 4])) if only_half_years else draw(st.integers(1, 4))
    names = iter(range(1, 10_000))

    def node(kode: str, tingkat: str, induk: str, k_max: int) -> Node:
        inds = [
            draw(indicator(f"Indikator {next(names)} {kode}", n)) for _ in range(draw(st.integers(1, k_max)))
        ]
        return Node(kode, tingkat, induk, inds, short_rows=draw(st.booleans()))

    tujuan, programs = [], []
    for a in range(1, draw(st.integers(1, max_tujuan)) + 1):
        t = node(f"T{a}", "Tujuan", "", 2)
        for b in range(1, draw(st.integers(1, max_sasaran)) + 1):
            s = node(f"S{a}.{b}", "Sasaran", t.kode, 2)
            for c in range(1, draw(st.integers(0, 2)) + 1):
                p = node(f"P{a}.{b}.{c}", "Program", s.kode, 1)
                for k in range(1, draw(st.integers(0, 2)) + 1):
                    keg = node(f"K{a}.{b}.{c}.{k}", "Kegiatan", p.kode, 2)
                    if draw(st.integers(0, 3)) == 0:
                        keg.children.append(node(f"{keg.kode}.1", "Sub Kegiatan", keg.kode, 1))
                    p.children.append(keg)
                s.children.append(p)
            t.children.append(s)
        tujuan.append(t)
    sasaran = [s.kode for t in tujuan for s in t.children]
    targets = sasaran + [t.kode for t in tujuan]  # a Kode Sasaran may name a Tujuan
    for t in tujuan:
        for s in t.children:
            for p in s.children:
                if draw(st.integers(0, 5)):
                    mapped = draw(st.sampled_from(["", s.kode, *targets]))
                    programs.append(draw(program(p.kode, f"Program {p.kode}", mapped, mapped or s.kode, n)))
                    if (
                        p.children
                        and splittable(programs[-1], len(p.children))
                        and not draw(st.integers(0, 3))
                    ):
                        programs[-1].rincian = [keg.kode for keg in p.children]
                        if not draw(st.integers(0, 3)):  # the heading's own spending unreadable
                            unreadable = Q(None, draw(st.sampled_from(ANGGARAN_GALAT)), galat=True)
                            programs[-1].tw[draw(st.integers(0, 3))] = unreadable
                        # an unreadable spending cell only on the program's own row over its Kegiatan
                        programs[-1].rincian_own = draw(st.booleans()) or any(
                            q.galat for q in programs[-1].tw
                        )
    for k in range(draw(st.integers(0, 1 if programs else 2)) + (0 if programs else 1)):
        mapped = draw(st.sampled_from(targets))
        programs.append(draw(program(f"P0.{k + 1}", f"Program Penunjang {k + 1}", mapped, mapped, n)))
    # A Penunjang program (no Kode of Kinerja) written right under a program's Kegiatan rows with its
    # pagu their sum is a Belanja total to the tool when its spending sums them too (README "Anggaran":
    # left out with a peringatan at its Kode; budget_headings._heads, tested in its own files). The model
    # does not know that rule, so the oracle does not draw the coincidence (its long run found it at
    # stop 42: P0.1 a copy of P2.1.1's figures, both 5.219.980.000).
    assume(
        not any(
            p.kode.startswith("P0.") and prev.rincian and p.pagu.exact == prev.pagu.exact
            for prev, p in zip(programs, programs[1:])
        )
    )
    skala = draw(st.sampled_from([PERMENPANRB, PERMENDAGRI]))
    batas = draw(st.sampled_from([None, None, None, F(120), F(150), F(100), F(95)]))
    typed_batas = (
        None if batas is None else draw(st.sampled_from([int(batas), str(int(batas)), f"{int(batas)}%"]))
    )
    typed_tw = (
        draw(st.sampled_from(HALF_YEARS[n]))
        if only_half_years
        else draw(
            st.sampled_from(
                [
                    n,
                    str(n),
                    ROMAN[n],
                    f"TW {n}",
                    f"TW {ROMAN[n]}",
                    f"Triwulan {ROMAN[n]}",
                    *(HALF_YEARS.get(n, ()) if half_years else ()),
                ]
            )
        )
    )
    desc = Desc(n, typed_tw, skala, batas, typed_batas, tujuan, programs, by_level=draw(st.booleans()))
    desc.periode = next((p for p, typed in PERIODS if typed_tw in typed), None)
    desc.desimal = draw(st.sampled_from([None, None, 0, 1, 3]))
    desc.override = draw(st.sampled_from([None] * 12 + [1, 2, 3, 4]))
    if draw(st.integers(0, 3)) == 0:
        desc.shuffle = draw(st.permutations(range(sum(len(nd.inds) for nd in desc.nodes()))))
    return desc


def money(x: F) -> st.SearchStrategy[object]:
    ways: list[object] = [number_cell(x), indo(x), f"Rp {indo(x)}", f"{indo(x)} rupiah"]
    if x.denominator == 1:
        ways.append(f"Rp {indo(x)},-")
    ways.append(FormulaCell("SUM(J5:J9)", number_cell(x)))
    if x and (x / 10**4).denominator == 1:
        ways += [f"{indo(x / 10**6)} jt", f"Rp {indo(x / 10**6)} juta", f"{indo(x / 10**6)}jt"]
    if x and (x / 10**7).denominator == 1:
        ways += [f"{indo(x / 10**9)} M", f"Rp {indo(x / 10**9)} milyar"]
    return st.sampled_from(ways)


@st.composite
def program(draw, kode: str, nama: str, typed_sasaran: str, sasaran: str, n: int) -> Program:
    pagu = F(draw(st.integers(1, 10**7)) * draw(st.sampled_from([1, 1000, 10**4, F(1, 100)])))
    pagu_q = Q(pagu, draw(money(pagu)))
    perubahan = None
    if draw(st.integers(0, 4)) == 0:
        new = F(draw(st.integers(1, 10**7)) * 1000)
        perubahan = Q(new, draw(money(new)))
        pagu = new
    elif draw(st.integers(0, 5)) == 0:
        perubahan = Q(None, "-")  # no revision
    elif draw(st.integers(0, 40)) == 0:
        pagu_q = Q(None, draw(st.sampled_from(ANGGARAN_GALAT)), galat=True)
    shape = draw(st.sampled_from(["random", "zero", "full", "over"]))
    tw: list[Q] = []
    for q in range(4):
        if shape == "zero" and q < n:
            amount = F(0)
        elif shape in ("full", "over") and q < n:
            # everything spent by the reported quarter (100 %), or more than the pagu (a peringatan)
            amount = (pagu if shape == "full" else pagu + 1) if q == n - 1 else F(0)
        elif draw(st.integers(0, 3)) == 0:
            tw.append(draw(st.sampled_from([BLANK, Q(None, "-")])))
            continue
        elif draw(st.integers(0, 60)) == 0:
            tw.append(Q(None, draw(st.sampled_from(ANGGARAN_GALAT)), galat=True))
            continue
        else:
            unit = F(1, 100) if pagu.denominator > 1 else F(1)  # cents when the pagu has them
            amount = draw(st.integers(0, int(pagu / unit) // 4)) * unit
        tw.append(Q(amount, draw(money(amount))))
    if n >= 2 and not draw(st.integers(0, 12)):
        tw[k] = draw(noted_sd(tw, k := draw(st.integers(1, n - 1)), "Rupiah"))
    return Program(kode, nama, typed_sasaran, sasaran, pagu_q, perubahan, tw)


# --- the writer: the template of `lkj-xl new`, filled as staff fill it ------------------------------


def splittable(p: Program, k: int) -> bool:
    """A budget whose cells are all numbers (or blank) and whose pagu gives each of ``k`` Kegiatan a
    share: typed per Kegiatan it never makes a Kegiatan's pagu 0 beside spending (a galat)."""
    cells = [p.pagu, *p.tw]
    return (
        p.pagu_perubahan is None
        # (a galat spending cell stays on the program's own row, the Kegiatan rows typing numbers)
        and not p.pagu.galat
        and not any(not q.galat and q.exact is None and q.typed not in (None, "-") for q in cells)
        and p.pagu.exact is not None
        and p.pagu.exact >= 100 * k
    )


def _split(x: F, k: int) -> list[F]:
    """``x`` in ``k`` parts that add up to it exactly: k - 1 equal whole (or cent) shares, the rest first."""
    unit = F(1, 100) if x.denominator > 1 else F(1)
    share = (x / k // unit) * unit
    return [x - share * (k - 1), *[share] * (k - 1)]


def rincian_rows(p: Program) -> list[dict[str, object]]:
    """The program's budget typed per Kegiatan (README "Anggaran": rincian), adding up to it exactly;
    each names the program's Kode Sasaran when it stands in the program's place (blank beside it)."""
    if not p.rincian:
        return []
    k = len(p.rincian)
    pagu = _split(p.pagu.exact or F(0), k)
    # A quarter unreadable on the program's row: its Kegiatan rows give a sum (README "Anggaran": the
    # program keeps its galat, never the rows' sum), here an eighth of the pagu.
    quarters = [
        _split(q.exact, k)
        if q.exact is not None
        else _split((p.pagu.exact or F(0)) / 8 // 1, k)
        if q.galat
        else [q.typed] * k
        for q in p.tw
    ]
    return [
        {
            "Kode": kode,
            "Program": f"Kegiatan {kode}",
            "Kode Sasaran": None if p.rincian_own else p.kode_sasaran or None,
            "Pagu": number_cell(pagu[j]),
            "Pagu Perubahan": None,
            **{
                f"Realisasi TW {ROMAN[q + 1]}": number_cell(v) if isinstance(v := quarters[q][j], F) else v
                for q in range(4)
            },
        }
        for j, kode in enumerate(p.rincian)
    ]


def write(
    d: Desc,
    path,
    extra: dict[str, dict[str, object]] | None = None,
    extra_pengaturan: dict[str, object] | None = None,
) -> list[str]:
    """Type ``d`` into the template; the Kinerja cells formatted as percentages ("L7") are returned
    (what the task pane tells the Hitung Ulang button, whose book JSON has no number formats).
    ``extra``: more Kinerja cells per indicator name (the optional columns, typed like the others);
    ``extra_pengaturan``: more Pengaturan parameters (tests/test_oracle_pembanding.py)."""
    kinerja = []
    order = sorted(d.nodes(), key=lambda nd: LEVELS.index(nd.tingkat)) if d.by_level else d.nodes()
    pairs = [(nd, i) for nd in order for i in nd.inds]
    if d.shuffle is not None:
        pairs = [pairs[k] for k in d.shuffle]
    first: set[str] = set()
    for nd, i in pairs:
        short = nd.kode in first and nd.short_rows  # the node's first row carries its Tingkat...
        first.add(nd.kode)
        kinerja.append(
            {
                "Kode": nd.kode,
                "Tingkat": None if short else TINGKAT_TYPED.get((nd.tingkat, len(i.name) % 3), nd.tingkat),
                "Kode Induk": None if short else (nd.induk or None),
                "Uraian": None if short else nd.uraian,
                "Indikator": i.name,
                "Satuan": i.satuan,
                "Polaritas": i.typed_polaritas,
                "Jenis Realisasi": i.typed_jenis,
                "Target": i.target.typed,
                "Target Perubahan": i.target_perubahan.typed if i.target_perubahan else None,
                **{f"Realisasi TW {ROMAN[q + 1]}": i.tw[q].typed for q in range(4)},
                **(extra or {}).get(i.name, {}),
            }
        )
    anggaran = []
    for p in d.programs:
        row = {
            "Kode": p.kode,
            "Program": p.nama,
            "Kode Sasaran": p.kode_sasaran or None,
            "Pagu": p.pagu.typed,
            "Pagu Perubahan": p.pagu_perubahan.typed if p.pagu_perubahan else None,
            **{f"Realisasi TW {ROMAN[q + 1]}": p.tw[q].typed for q in range(4)},
        }
        anggaran += ([row] if p.rincian_own or not p.rincian else []) + rincian_rows(p)
    pengaturan = {
        "Pemerintah Daerah": "Kabupaten Contoh",
        "Perangkat Daerah": "Dinas Contoh",
        "Tahun": 2025,
        "Triwulan": d.typed_triwulan,
        "Skala Kriteria": {PERMENPANRB: "PermenPANRB 53/2014", PERMENDAGRI: "permendagri"}[d.skala]
        if d.by_level
        else d.skala,
        "Batas Capaian": d.typed_batas,
        "Desimal": d.desimal,
        **(extra_pengaturan or {}),
    }
    percent = [(k, h) for k, row in enumerate(kinerja) for h, v in row.items() if isinstance(v, PercentCell)]
    formulas = {
        sheet: [(k, h, v) for k, row in enumerate(rows) for h, v in row.items() if isinstance(v, FormulaCell)]
        for sheet, rows in (("Kinerja", kinerja), ("Anggaran", anggaran))
    }
    for k, h in percent:
        kinerja[k][h] = kinerja[k][h].value
    for sheet, rows in (("Kinerja", kinerja), ("Anggaran", anggaran)):
        for k, h, v in formulas[sheet]:
            rows[k][h] = v.value if isinstance(v.value, int | float) else "?"
    new_workbook(path, pengaturan=pengaturan, kinerja=kinerja, anggaran=anggaran)
    refs = percent_format(path, percent) if percent else []
    if formulas["Kinerja"] or formulas["Anggaran"]:
        write_formulas(path, formulas)
    return refs


def write_formulas(path, formulas: dict[str, list[tuple[int, str, FormulaCell]]]) -> None:
    """Turn cells into formulas with their saved values, as Excel stores them (``<f>`` and ``<v>``;
    a text result as ``t="str"``): the template writer has no way to store a saved value."""
    wb = openpyxl.load_workbook(path, read_only=True)
    parts = {}
    for sheet, cells in formulas.items():
        top = next(r for r in wb[sheet].iter_rows(max_row=10) if any(c.value == "Kode" for c in r))
        col = {c.value: c.column_letter for c in top if c.value}
        first = top[0].row + 1
        parts[f"xl/worksheets/sheet{wb.sheetnames.index(sheet) + 1}.xml"] = [
            (f"{col[h]}{first + k}", cell) for k, h, cell in cells
        ]
    wb.close()
    cells_xml: dict[str, list[tuple[str, str, str]]] = {}
    for part, cells in parts.items():
        for ref, cell in cells:
            text = isinstance(cell.value, str)
            value = escape(cell.value) if text else repr(cell.value)
            kind = ' t="str"' if text else ""
            cells_xml.setdefault(part, []).append(
                (ref, kind, f"<f>{escape(cell.formula)}</f><v>{value}</v></c>")
            )
    rewrite_cells(path, cells_xml)


def percent_format(path, cells: list[tuple[int, str]]) -> list[str]:
    """Format as a percentage the Kinerja cells typed as PercentCell (staff's Format Cells, %): the
    k-th data row under the header, the column of header h. Returns their references ("L7")."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Kinerja"]
    top = next(r for r in ws.iter_rows() if any(c.value == "Indikator" for c in r))
    col = {c.value: c.column for c in top}
    refs = []
    for k, h in cells:
        cell = ws.cell(top[0].row + 1 + k, col[h])
        cell.number_format = "0.00%"
        refs.append(cell.coordinate)
    wb.save(path)
    return refs


# --- comparing -----------------------------------------------------------------------------------------


def stored(x: F) -> float:
    """The model's value as an output cell holds it: the float nearest it, written exactly (16 digits
    turned -12381499468.214996 into -12381499468.215, shown ",22" for ",21")."""
    return float(x)


def same_cell(cell, x: F | None, where: str) -> None:
    """An output cell (openpyxl) holds the model's figure as an xlsx stores it, or a text without one."""
    value = cell.value
    if x is None:
        assert isinstance(value, str), f"{where}: the model has no figure, the sheet shows {value!r}"
    else:
        assert isinstance(value, int | float) and not isinstance(value, bool), (
            f"{where}: {value!r}, model {x}"
        )
        assert value == stored(x), f"{where}: sheet {value!r}, model {x} = {float(x)!r}"


def shown(cell) -> F:
    """The number a reader sees in a capaian or efisiensi cell: its value rounded half away from zero
    (as Excel does) to the decimals of its number format ("#,##0.000;(#,##0.000)")."""
    sections = cell.number_format.split(";")
    fmt = sections[1] if len(sections) > 1 and cell.value < 0 else sections[0]
    decimals = len(re.match(r"0*", fmt.split(".", 1)[1]).group()) if "." in fmt else 0
    value, step = F(repr(cell.value)), F(1, 10**decimals)
    rounded = int(abs(value) / step + F(1, 2)) * step
    return rounded if value >= 0 else -rounded


def significant_digits(x: F) -> int:
    """The significant digits of a decimal fraction (-113981779216,109004: 18)."""
    scaled = abs(x)
    while scaled.denominator != 1:
        scaled *= 10
    return len(str(scaled.numerator).strip("0")) if scaled else 0


# The tool shows at most 10 decimals: a capaian nearer than that to a band edge or 100 (float noise
# of a formula's saved value: 99,9999999999988) cannot be told apart on paper by any rounding.
DISPLAY_LIMIT = F(1, 10**10)


def agrees_with_kriteria(cell, x: F | None, skala: str, where: str) -> None:
    """README: the capaian shown never contradicts its kriteria, nor its side of 100 %."""
    lo, hi = (x - DISPLAY_LIMIT, x + DISPLAY_LIMIT) if x is not None else (None, None)
    if x is not None and (kriteria(lo, skala) != kriteria(hi, skala) or lo < 100 <= hi):
        return  # within the display limit of an edge
    if x is not None:
        s = shown(cell)
        assert kriteria(s, skala) == kriteria(x, skala), (
            f"{where}: shown {s} ({cell.number_format}), exact {x}"
        )
        assert (s >= 100) == (x >= 100), f"{where}: shown {s} ({cell.number_format}), exact {x}"


def same_json(value: object, x: F | None, where: str) -> None:
    if x is None:
        assert value is None, f"{where}: export {value!r}, model unknown"
    else:
        assert value == float(x), f"{where}: export {value!r}, model {x} = {float(x)!r}"


def table(ws) -> tuple[dict[str, int], list[tuple]]:
    """Header label -> column index (the two header rows merged), and the rows below the header."""
    rows = list(ws.iter_rows())
    top = next(k for k, r in enumerate(rows) if any(c.value == "No" for c in r))
    cols: dict[str, int] = {}
    for r in (rows[top], rows[top + 1]):
        for k, c in enumerate(r):
            if isinstance(c.value, str) and c.value not in cols:
                cols[c.value] = k
    return cols, rows[top + 1 :]


def unmarked(value: object) -> object:
    """A name as typed, without the mark of a Target / Pagu Perubahan used ("Indikator 2 *)")."""
    suffix = f" {PERUBAHAN_MARK}"
    return value[: -len(suffix)] if isinstance(value, str) and value.endswith(suffix) else value


def row_of(rows: list[tuple], col: int, value: str) -> tuple:
    # (an indicator or program whose Target / Pagu Perubahan is used is marked "*)", a note below)
    names = (value, f"{value} {PERUBAHAN_MARK}")
    found = [r for r in rows if len(r) > col and r[col].value in names]
    assert len(found) == 1, f"{value!r}: {len(found)} rows"
    return found[0]


def has_galat(d: Desc) -> bool:
    cells = [q for nd in d.nodes() for i in nd.inds for q in [i.target, i.target_perubahan, *i.tw] if q]
    cells += [q for p in d.programs for q in [p.pagu, p.pagu_perubahan, *p.tw] if q]
    # a share summed above 100 % by a blank Jenis Realisasi is a galat at that cell (README)
    summed = any(share_summed_above_whole(i, d.triwulan) for nd in d.nodes() for i in nd.inds)
    # a Target in a smaller rupiah scale than its Target Perubahan: a galat at the Target, computed
    summed = summed or any(juta_target_beside_perubahan(i) for nd in d.nodes() for i in nd.inds)
    # a Target far above its realisasi that reads as ribuan (or whole) rupiah: a galat, no capaian
    summed = summed or any(juta_target_in_ribuan(i, d.triwulan) for nd in d.nodes() for i in nd.inds)
    # (a Batas Capaian below 100: a galat, no cap)
    return summed or any(q.galat for q in cells) or d.cap != d.batas


def kriteria_text(e: IndOut) -> str:
    return e.kriteria or ("Galat" if e.galat else "-")


def check_report(d: Desc, m: Model, report) -> None:
    for i in report.indicators:
        e = m.ind[i.indikator]
        assert i.capaian_exact == e.capaian, (i.indikator, i.capaian_exact, e.capaian)
        assert i.kriteria == e.kriteria, (i.indikator, i.kriteria, e.kriteria)
        assert (i.status is None) == (e.capaian is not None), (i.indikator, i.status)
        assert bool(i.galat) == e.galat, (i.indikator, i.galat)
    assert len(report.indicators) == len(m.ind)
    for nd in report.nodes():
        e = m.node[nd.kode]
        assert nd.capaian_exact == e.capaian, (nd.kode, nd.capaian_exact, e.capaian)
        assert nd.kriteria == e.kriteria, (nd.kode, nd.kriteria, e.kriteria)
        if nd.tingkat in ("Tujuan", "Sasaran"):
            assert nd.efisiensi_exact == e.efisiensi, (nd.kode, nd.efisiensi_exact, e.efisiensi)
    for b in report.budgets:
        pagu, real, _ = m.budget[b.kode]
        assert (b.pagu_exact, b.realisasi_exact) == (pagu, real), (b.kode, b.pagu_exact, b.realisasi_exact)
    if not has_galat(d):
        assert not report.errors, [f"{f.sheet}!{f.sel} {f.pesan}" for f in report.errors]


def check_export(d: Desc, m: Model, data: dict) -> None:
    inds = {i.name: i for nd in d.nodes() for i in nd.inds}
    for row in data["indikator"]:
        e, name = m.ind[row["indikator"]], row["indikator"]
        same_json(row["target"], e.target, f"{name} target")
        same_json(row["realisasi"], e.realisasi, f"{name} realisasi")
        same_json(row["capaian"], e.capaian, f"{name} capaian")
        assert row["kriteria"] == e.kriteria, name
        i = inds[name]
        for q in range(4):  # every quarter's number as typed, the later ones too; None without one
            same_json(row["realisasi_tw"][q], i.tw[q].exact, f"{name} TW {q + 1}")
    parent = {child.kode: nd.kode for nd in d.nodes() for child in nd.children}

    def jalur(kode: str) -> str:
        return f"{jalur(parent[kode])} > {kode}" if kode in parent else kode

    for row in data["hierarki"]:
        assert row["jalur"] == jalur(row["kode"]), (row["jalur"], row["kode"])
        same_json(row["capaian_node"], m.node[row["kode"]].capaian, f"{row['kode']} capaian_node")
        assert row["kriteria_node"] == m.node[row["kode"]].kriteria, row["kode"]
        same_json(row["capaian"], m.ind[row["indikator"]].capaian, f"{row['indikator']} hierarki")
    assert {r["kode"] for r in data["anggaran"]} == set(m.budget)
    for row in data["anggaran"]:
        pagu, real, pct = m.budget[row["kode"]]
        for key, x in (("pagu", pagu), ("realisasi", real), ("penyerapan", pct)):
            same_json(row[key], x, f"anggaran {row['kode']} {key}")
    expected_rows = {nd.kode for nd in d.nodes() if nd.tingkat in ("Tujuan", "Sasaran")}
    assert {r["kode"] for r in data["efisiensi"]} == expected_rows
    for row in data["efisiensi"]:
        e = m.node[row["kode"]]
        for key, x in (
            ("capaian", e.capaian),
            ("pagu", e.pagu),
            ("realisasi_anggaran", e.realisasi),
            ("penyerapan", e.penyerapan),
            ("efisiensi", e.efisiensi),
        ):
            same_json(row[key], x, f"efisiensi {row['kode']} {key}")
    r = data["ringkasan"]
    for key, x in zip(("total_pagu", "total_realisasi_anggaran", "total_penyerapan"), m.total, strict=True):
        same_json(r[key], x, f"ringkasan {key}")
    got = {
        g["tingkat"]: {
            k: g[k]
            for k in ("jumlah", "tercapai", "belum_tercapai", "belum_diketahui", "galat", "per_kriteria")
        }
        for g in r["per_tingkat"]
    }
    assert {k: v for k, v in got.items() if v["jumlah"]} == m.ringkasan
    # The summary sentences name each indicator below 100 % with its capaian ("Nilai Investasi
    # (capaian 15,12%)"): as shown, it stays below 100 % and in its kriteria. A realisasi typed in
    # another scale than its target adds its note after the capaian ("(capaian 0,00%; target dan ...").
    text = " ".join(k for g in r["per_tingkat"] for k in g["kalimat"])
    for name, e in m.ind.items():
        if e.capaian is not None and e.capaian < 100:
            typed_capaian = re.search(re.escape(name) + r" \(capaian (-?[\d.]+(?:,\d+)?)%(?:\)|; )", text)
            assert typed_capaian, f"{name} not in the summary sentences"
            said = F(typed_capaian.group(1).replace(".", "").replace(",", "."))
            if kriteria(e.capaian + DISPLAY_LIMIT, d.skala) != kriteria(e.capaian - DISPLAY_LIMIT, d.skala):
                continue  # float noise on an edge (90,0000000000000025): as agrees_with_kriteria
            assert said < 100 and kriteria(said, d.skala) == e.kriteria, (name, said, e.capaian)


def assert_preorder(seq: list[Node], d: Desc) -> None:
    """Tabel 3.2 is the whole hierarchy: every node's rows together, under its parent's, each subtree
    whole (whatever order the Kinerja rows were typed in)."""
    parent = {child.kode: nd.kode for nd in d.nodes() for child in nd.children}
    path: list[str] = []
    seen: set[str] = set()
    for k, nd in enumerate(seq):
        if k and seq[k - 1] is nd:
            continue
        assert nd.kode not in seen, f"3.2: the rows of {nd.kode} are split"
        seen.add(nd.kode)
        while path and path[-1] != parent.get(nd.kode):
            path.pop()
        assert (path[-1] if path else None) == parent.get(nd.kode), f"3.2: {nd.kode} is not under its parent"
        path.append(nd.kode)
    assert seen == {nd.kode for nd in d.nodes()}


def check_sheets(d: Desc, m: Model, wb) -> None:
    label = realisasi_label(d)
    cols, rows = table(wb["Capaian Tujuan Sasaran"])
    for nd in d.nodes():
        if nd.tingkat not in ("Tujuan", "Sasaran"):
            continue
        for i in nd.inds:
            e, r = m.ind[i.name], row_of(rows, cols["Indikator Kinerja"], i.name)
            same_cell(r[cols["Target"]], e.target, f"3.1 {i.name} target")
            for q in range(4):
                if i.tw[q].exact is not None:
                    same_cell(r[cols[f"TW {ROMAN[q + 1]}"]], i.tw[q].exact, f"3.1 {i.name} TW {q + 1}")
            same_cell(r[cols[label]], e.realisasi, f"3.1 {i.name} realisasi")
            same_cell(r[cols["Capaian (%)"]], e.capaian, f"3.1 {i.name} capaian")
            agrees_with_kriteria(r[cols["Capaian (%)"]], e.capaian, d.skala, f"3.1 {i.name} capaian")
            assert r[cols["Kriteria"]].value == kriteria_text(e), (
                f"3.1 {i.name} kriteria {r[cols['Kriteria']].value!r}"
            )
    cols, rows = table(wb["Capaian Program"])
    node_of = {i.name: nd for nd in d.nodes() for i in nd.inds}
    names = [unmarked(r[cols["Indikator Kinerja"]].value) for r in rows]
    listed = [name for name in names if name in node_of]
    assert_preorder([node_of[name] for name in listed], d)
    for i_name, e in m.ind.items():
        r = row_of(rows, cols["Indikator Kinerja"], i_name)
        same_cell(r[cols["Target"]], e.target, f"3.2 {i_name} target")
        same_cell(r[cols[label]], e.realisasi, f"3.2 {i_name} realisasi")
        same_cell(r[cols["Capaian (%)"]], e.capaian, f"3.2 {i_name} capaian")
        agrees_with_kriteria(r[cols["Capaian (%)"]], e.capaian, d.skala, f"3.2 {i_name} capaian")
        assert r[cols["Kriteria"]].value == kriteria_text(e), (
            f"3.2 {i_name} kriteria {r[cols['Kriteria']].value!r}"
        )
    cols, rows = table(wb["Efisiensi"])
    for nd in d.nodes():
        if nd.tingkat not in ("Tujuan", "Sasaran"):
            continue
        e, r = m.node[nd.kode], row_of(rows, cols["Tujuan/Sasaran Strategis"], nd.uraian)
        same_cell(r[cols["Capaian Kinerja (%)"]], e.capaian, f"3.3 {nd.kode} capaian")
        same_cell(r[cols["Pagu (Rp)"]], e.pagu, f"3.3 {nd.kode} pagu")
        same_cell(r[cols["Realisasi Anggaran (Rp)"]], e.realisasi, f"3.3 {nd.kode} realisasi")
        same_cell(r[cols["Penyerapan Anggaran (%)"]], e.penyerapan, f"3.3 {nd.kode} penyerapan")
        if e.efisiensi is None:
            same_cell(r[cols["Tingkat Efisiensi (poin)"]], None, f"3.3 {nd.kode} efisiensi")
        else:  # the row adds up as printed: the capaian shown minus the penyerapan shown (round 10)
            s_cap, s_ser = shown(r[cols["Capaian Kinerja (%)"]]), shown(r[cols["Penyerapan Anggaran (%)"]])
            s_eff = shown(r[cols["Tingkat Efisiensi (poin)"]])
            # ... as far as a cell's float holds it: a difference of more than 15 significant digits
            # (a capaian of -113.981.779.116,109 % less 100,000004 %, typed Rupiah against a target of
            # 13,16) cannot be stored (the exact efisiensi is compared in check_report and the export).
            if significant_digits(s_cap - s_ser) <= 15:
                assert s_eff == s_cap - s_ser, f"3.3 {nd.kode} shown {s_cap} - {s_ser} = {s_eff}"
        if e.efisiensi is not None:
            # README/DOMAIN say efisien for a positive gap and tidak efisien for a negative one; the
            # tool calls a gap of exactly 0 efisien (not stated there: noted in the oracle's report).
            want = "Efisien" if e.efisiensi >= 0 else "Tidak efisien"
            got = r[cols["Keterangan"]].value
            assert got == want, f"3.3 {nd.kode} {got!r}, model {e.efisiensi}"
            # README: -0,004 points shows (0,004) beside Tidak efisien (a gap of 0 is Efisien, so a tiny
            # positive gap may show 0,00)
            s = shown(r[cols["Tingkat Efisiensi (poin)"]])
            assert (s < 0) == (e.efisiensi < 0), f"3.3 {nd.kode} shown {s}, exact {e.efisiensi}"
    cols, rows = table(wb["Realisasi Anggaran"])
    for kode, (pagu, real, pct) in m.budget.items():
        r = row_of(rows, cols["Kode"], kode)
        same_cell(r[cols["Pagu (Rp)"]], pagu, f"3.4 {kode} pagu")
        same_cell(r[cols["Realisasi (Rp)"]], real, f"3.4 {kode} realisasi")
        same_cell(r[cols["Persentase (%)"]], pct, f"3.4 {kode} persentase")
    r = row_of(rows, 0, "TOTAL")
    for key, x in zip(("Pagu (Rp)", "Realisasi (Rp)", "Persentase (%)"), m.total, strict=True):
        same_cell(r[cols[key]], x, f"3.4 TOTAL {key}")
    cols, rows = table(wb["Ringkasan"])
    for tingkat, g in m.ringkasan.items():
        r = row_of(rows, cols["Tingkat"], tingkat)
        got = [
            r[cols[k]].value
            for k in ("Jumlah Indikator", "≥ 100%", "Di bawah 100%", "Belum diketahui", "Galat")
        ]
        assert got == [g["jumlah"], g["tercapai"], g["belum_tercapai"], g["belum_diketahui"], g["galat"]], (
            tingkat,
            got,
            g,
        )
        assert [r[cols[k]].value for k in KRITERIA] == [g["per_kriteria"][k] for k in KRITERIA], tingkat


def check(d: Desc, tmp_path) -> None:
    path = tmp_path / "oracle.xlsx"
    percent_refs = write(d, path)
    m = model(d)
    if hitung_ulang is not None:  # the Hitung Ulang button: the add-in's book JSON (xlwings Server)
        book = remote_book(book_json(path))
        check_report(d, m, hitung_ulang(book, {"Kinerja": percent_refs}).report)
    result = CliRunner().invoke(main, ["export", str(path)])
    assert result.exit_code == 0, result.output
    check_export(d, m, json.loads(result.stdout))
    if d.override is not None:  # build --triwulan N: the model counts up to N, a quarterly report
        d = dataclasses.replace(d, triwulan=d.override, periode=None)
        m = model(d)
    built = build_in_memory(path, d.override)
    check_report(d, m, built.report)
    check_sheets(d, m, openpyxl.load_workbook(io.BytesIO(built.data)))


COMMON = dict(
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


def _example_ind(name: str, target: Q, tw: list[Q], satuan: str = "Unit") -> Ind:
    return Ind(name, satuan, "Positif", "Kumulatif", target, target, tw, "Positif", "Kumulatif")


def _example_desc(triwulan: int, s1_inds: list[Ind], programs: list[tuple[str, Q, Q, list[Q]]]) -> Desc:
    """A Tujuan T1 over Sasaran S1.1, its programs all counting toward S1.1 (hypothesis' failures)."""
    galat = Q(None, "12,3,4", galat=True)
    t1 = _example_ind("Indikator 1 T1", Q(F(10), 10), [galat] * 4)
    s1 = Node("S1.1", "Sasaran", "T1", s1_inds)
    return Desc(
        triwulan,
        triwulan,
        "PermenPANRB",
        None,
        None,
        [Node("T1", "Tujuan", "", [t1], [s1])],
        [
            Program(kode, f"Program Penunjang {kode}", "S1.1", "S1.1", pagu, perubahan, tw)
            for kode, pagu, perubahan, tw in programs
        ],
    )


# The lead's decision (README "Values"): a Kumulatif whose reported quarter holds a status, TW I 20,
# TW II "Menunggu data BPS", is belum diketahui; it printed 20 of 100 = 20 %, Sangat Rendah, counted
# "di bawah 100%". A Rata-rata beside it likewise (TW I 45, TW II a status formula's saved text).
EXAMPLE_STATUS_IN_THE_REPORTED_QUARTER = _example_desc(
    2,
    [
        _example_ind("Indikator 2 S1.1", Q(F(100), 100), [Q(F(20), 20), Q(None, STATUSES[0]), BLANK, BLANK]),
        dataclasses.replace(
            _example_ind(
                "Indikator 3 S1.1",
                Q(F(50), 50),
                [
                    Q(F(45), "45"),
                    Q(None, FormulaCell('IF(A1="","direkap diakhir periode",0)', STATUSES[1])),
                    BLANK,
                    BLANK,
                ],
            ),
            jenis=RATA_RATA,
            typed_jenis="Rata-rata",
        ),
    ],
    [("P0.1", Q(F(1000), "1.000"), None, [Q(F(100), 100), BLANK, BLANK, BLANK])],
)


# Found by hypothesis: a program P0.1 whose Pagu Perubahan (2.000) is the sum of the two programs' below
# it but whose Pagu (1) is not theirs was left out as a SIPD heading (README "Anggaran").
EXAMPLE_PAGU_PERUBAHAN_SUM = _example_desc(
    3,
    [_example_ind("Indikator 2 S1.1", Q(F(100), 100), [Q(F(0), 0), Q(F(20), 20), Q(F(30), 30), BLANK])],
    [
        ("P0.1", Q(F(1), 1), Q(F(2000), 2000), [BLANK] * 4),
        ("P0.2", Q(F(2), "Rp 2"), Q(F(1000), 1000), [BLANK] * 4),
        ("P0.3", Q(F(30000), 30000), Q(F(1000), 1000), [BLANK] * 4),
    ],
)
# The same with P0.1's TW I unreadable: S1.1's budget has no realisasi, so no efisiensi (capaian 50),
# which Hitung Ulang gave as 50 - 0 with P0.1 left out.
EXAMPLE_HEADING_WITH_GALAT_SPENDING = _example_desc(
    1,
    [_example_ind("Indikator 2 S1.1", Q(F(2), 2), [Q(F(1), 1), BLANK, BLANK, BLANK])],
    [
        ("P0.1", Q(F(1), 1), Q(F(2000), 2000), [Q(None, "12,3,4", galat=True), BLANK, BLANK, BLANK]),
        ("P0.2", Q(F(1000), 1000), Q(F(1000), "1.000"), [BLANK] * 4),
        ("P0.3", Q(F(1000), "1.000"), Q(F(1000), 1000), [Q(None, "-"), BLANK, BLANK, BLANK]),
    ],
)
# The stop before's seed 3009 (not reproduced here, the draws having changed since): a program P0.1
# typed with its Kode Sasaran S1.1 whose pagu (2.000 jt) is the sum of the two below it (1.200 jt +
# 800 jt), its spending blank and theirs too, was left out as a SIPD heading; the reference counts the
# three programs, pagu 4.000 jt (mend38: only a sign besides the pagu leaves such a row out).
EXAMPLE_PAGU_SUM_WITH_KODE_SASARAN = _example_desc(
    2,
    [_example_ind("Indikator 2 S1.1", Q(F(100), 100), [Q(F(20), 20), Q(F(40), "40"), BLANK, BLANK])],
    [
        ("P0.1", Q(F(2000 * 10**6), "2.000 jt"), None, [BLANK, Q(None, "-"), BLANK, BLANK]),
        ("P0.2", Q(F(1200 * 10**6), "Rp 1.200.000.000"), None, [BLANK] * 4),
        ("P0.3", Q(F(800 * 10**6), 800 * 10**6), None, [BLANK] * 4),
    ],
)

# Found randomized: a Semester II report, Kumulatif Negatif, TW III -2,97 % and TW IV typed up to
# December ("s.d. Desember 6,33%"): a fall before it is a figure too, so a galat; the engine left TW IV
# out with a peringatan and printed TW III's alone, (2 x 52,61 + 2,97) / 52,61 x 100 = 205,65 %.
EXAMPLE_UP_TO_AFTER_A_FALL = dataclasses.replace(
    _example_desc(
        4,
        [
            Ind(
                "Indikator 2 S1.1",
                "%",
                "Negatif",
                KUMULATIF,
                Q(F(5261, 100), "52,61"),
                None,
                [BLANK, BLANK, Q(F(-297, 100), " -2,97 "), Q(None, "s.d. Desember 6,33%", galat=True)],
                "Menurun",
                None,
            )
        ],
        [("P0.1", Q(F(681), "681 rupiah"), None, [Q(F(0), 0)] * 3 + [Q(F(682), "682")])],
    ),
    typed_triwulan="Semester II",
    periode="Semester II",
)


def _juta_nilai_akhir(name: str, target: Q, tw: list[Q], perubahan: Q | None = None) -> Ind:
    return Ind(name, "Juta Rupiah", "Positif", NILAI_AKHIR, target, perubahan, tw, "Positif", "Nilai Akhir")


# Stop 51's CI draw: under Juta Rupiah a Target 20 beside a Nilai Akhir of 0,2 at TW II (100 times) was
# read as ribuan (Rp 20.000, 0,02 juta) and given a galat the model lacked. A ribuan reading below Rp 1 juta
# names no Target of that Satuan: read as typed, 0,2 / 20 x 100 = 1 %. Stop 51's long run likewise: a Target
# Perubahan 652 beside 3,41 at TW III (191 times; as ribuan Rp 652.000): 3,41 / 652 x 100 = 0,523... %.
# Beside them a paste: 1.250.000 beside 7 (178.571 times), as whole rupiah 1,25 juta, 7 within 1,25 / 10 ..
# 100 x 1,25: a galat at its cell, no capaian.
EXAMPLE_JUTA_BELOW_ONE_JUTA_AS_RIBUAN = _example_desc(
    3,
    [
        _juta_nilai_akhir("Indikator 2 S1.1", Q(F(20), 20), [BLANK, Q(F(1, 5), 0.2), BLANK, BLANK]),
        _juta_nilai_akhir(
            "Indikator 3 S1.1",
            Q(F(700), 700),
            [BLANK, BLANK, Q(F(341, 100), "3,41"), BLANK],
            Q(F(652), "652"),
        ),
        _juta_nilai_akhir("Indikator 4 S1.1", Q(F(1250000), "1.250.000"), [BLANK, Q(F(7), 7), BLANK, BLANK]),
    ],
    [("P0.1", Q(F(1000), "1.000"), None, [Q(F(100), 100), BLANK, BLANK, BLANK])],
)


@settings(max_examples=60, **COMMON)
@given(descriptions())
@example(d=EXAMPLE_STATUS_IN_THE_REPORTED_QUARTER)
@example(d=EXAMPLE_JUTA_BELOW_ONE_JUTA_AS_RIBUAN)
def test_whole_pipeline_agrees_with_the_reference_model(tmp_path, d):
    check(d, tmp_path)


@pytest.mark.slow
@settings(max_examples=500, **COMMON)
@given(descriptions())
@example(d=EXAMPLE_PAGU_PERUBAHAN_SUM)
@example(d=EXAMPLE_HEADING_WITH_GALAT_SPENDING)
@example(d=EXAMPLE_UP_TO_AFTER_A_FALL)
@example(d=EXAMPLE_PAGU_SUM_WITH_KODE_SASARAN)
def test_whole_pipeline_agrees_with_the_reference_model_long_run(tmp_path, d):
    check(d, tmp_path)


# --- what the oracle found ----------------------------------------------------------------------------


def test_export_json_counts_galat_indicators_per_level_as_the_ringkasan_sheet(tmp_path):
    # Found by the oracle: the Ringkasan sheet has a Galat column, `export --table ringkasan` a galat
    # count, but the JSON's ringkasan.per_tingkat had none: jumlah 2 = tercapai 0 + belum_tercapai 1 +
    # belum_diketahui 0 left one indicator unaccounted for (consumers had to subtract).
    path = tmp_path / "laporan.xlsx"
    row = {"Tingkat": "Tujuan", "Satuan": "%", "Target": "40,71%"}
    kinerja = [
        {**row, "Kode": "T1", "Uraian": "Tujuan 1", "Indikator": "A", "Realisasi TW I": "12,3,4"},
        # 25 of 40,71: 61,41 %, below 100
        {**row, "Kode": "T2", "Uraian": "Tujuan 2", "Indikator": "B", "Realisasi TW I": "25%"},
    ]
    pengaturan = {
        "Pemerintah Daerah": "Kabupaten Contoh",
        "Perangkat Daerah": "Dinas Contoh",
        "Triwulan": "I",
    }
    new_workbook(path, pengaturan=pengaturan, kinerja=kinerja)
    result = CliRunner().invoke(main, ["export", str(path)])
    assert result.exit_code == 0, result.output
    (tujuan,) = json.loads(result.stdout)["ringkasan"]["per_tingkat"]
    counts = {k: tujuan[k] for k in ("jumlah", "tercapai", "belum_tercapai", "belum_diketahui", "galat")}
    assert counts == {"jumlah": 2, "tercapai": 0, "belum_tercapai": 1, "belum_diketahui": 0, "galat": 1}
