"""Speed cuts of stop 51 (docs/speed.md, speed60) in the parse phase: each cut reads every workbook as
it was read before, on random Kinerja tables typed the way staff type them and decorated as Excel saves
them (formulas, merges down and across, errors). The forms before the cut are kept here as oracles
(the code at main c8318afd); each test patches one of them into the parse and compares everything
parsed (every Value, every finding, in order)."""

from __future__ import annotations

import datetime as dt
from contextlib import ExitStack
from fractions import Fraction
from unittest import mock

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lkj_xl.core import contract as c
from lkj_xl.core import grids, nama_negatif, parse, parse_analisis, pk_merge, typed_sd
from lkj_xl.core.cell_reader import CellReader, value_at
from lkj_xl.core.grids import unreadable
from lkj_xl.core.merge_across import hidden_choice
from lkj_xl.core.model import GALAT, PERINGATAN, Cell, Finding, Value
from tests.test_engine import workbook

# --- the oracles: the forms before the cut (main c8318afd) -----------------------------------------


def _read_pk_merges_ungated(grid, cols, first_data):
    """pk_merge.read_pk_merges without its look at every row for a merged cell."""
    if "Indikator" not in cols:
        return
    if "Kode" in cols:
        pk_merge._read_down(grid, cols["Kode"], cols, first_data, kode=True)
    if "Satuan" in cols:
        pk_merge._read_down(grid, cols["Satuan"], cols, first_data, kode=False)
    for header in pk_merge._CHOICES:
        if header in cols:
            pk_merge._read_down(grid, cols[header], cols, first_data, kode=False, same=pk_merge._same_kode)


def _report_merges_ungated(grid, sheet, header_row, findings, titles=0):
    """grids.report_merges asking every cell of every row."""
    seen: set[str] = set()
    for row in grid[header_row + 1 + titles :]:
        for cell in row:
            if cell.merged and cell.merged not in seen:
                seen.add(cell.merged)
                findings.append(
                    Finding(
                        PERINGATAN,
                        sheet,
                        cell.merged,
                        f"Sel {cell.merged} digabung (merge) melintasi beberapa baris: hanya baris pertama "
                        "yang berisi nilai. Pisahkan gabungan sel dan isi setiap baris.",
                    )
                )


def _choice_ungated(reader, data, header, canonical, aliases):
    """cell_reader.choice asking hidden_choice of every blank cell."""
    cell = data.get(header)
    text = reader.text(cell)
    if (not text or (cell is not None and cell.merged)) and unreadable(cell):
        reader.value(cell, data.ref(header), header)
        return "", text
    if not text and (hidden := hidden_choice(data.cells, data.cols, header, ", ".join(canonical))):
        reader.add(GALAT, data.ref(header), hidden)
        return "", text
    if not text:
        return canonical[0], text
    matched = c.match_choice(text, canonical, aliases)
    if matched is None:
        choices = ", ".join(canonical)
        why = f'{header} "{parse._clip(text)}" tidak dikenal (pilih: {choices}); capaian indikator ini'
        reader.add(GALAT, data.ref(header), f"{why} tidak dihitung")
    return matched or "", text


def _quarters_summed_twice_ungated(data, tws, sheet, add, *, anggaran):
    """quarter_formulas.quarters_summed_twice without its look at the row for a formula."""
    from lkj_xl.core.quarter_formulas import _refers

    for q in range(1, len(tws)):
        header = c.REALISASI_TW_HEADERS[q]
        cell, value = data.get(header), tws[q]
        if cell is None or not cell.formula or value.exact is None or value.galat:
            continue
        for p in range(q):
            before, earlier = tws[p].exact, c.REALISASI_TW_HEADERS[p]
            if before is None or before <= 0 or value.exact < before:
                continue
            if not _refers(cell.formula, data.ref(earlier)):
                continue
            tw, prev = c.TW_LABELS[q], c.TW_LABELS[p]
            whose = "realisasi anggaran" if anggaran else "Realisasi"
            how = (
                "Realisasi anggaran dijumlahkan per triwulan"
                if anggaran
                else "Jenis Realisasi Kumulatif menjumlahkan realisasi per triwulan"
            )
            choice = "" if anggaran else ', atau pilih "Nilai Akhir" bila nilainya posisi'
            lost = (
                "jumlah realisasi anggaran tidak dihitung"
                if anggaran
                else "capaian indikator ini tidak dihitung"
            )
            add(
                GALAT,
                data.ref(header),
                f"{whose[0].upper()}{whose[1:]} {tw} berisi rumus {cell.formula} yang memuat {prev} "
                f"({data.ref(earlier)}): nilainya realisasi s.d. {tw}. {how}, jadi {prev} terhitung dua "
                f"kali. Tulis realisasi {tw} saja ({tw} dikurangi {prev}){choice}; {lost}",
            )
            tws[q] = Value(text=cell.formula, galat=f"{sheet}!{data.ref(header)}")
            break


def _formulas_saved_as_zero_ungated(item, tws, data):
    """parse._formulas_saved_as_zero as it was (it took the row's ``get``)."""
    get = data.get
    for q, value in enumerate(tws):
        if (
            (x := value.exact) is not None
            and not x
            and not value.text
            and (cell := get(c.REALISASI_TW_HEADERS[q])) is not None
            and cell.formula
        ):
            item.nol_rumus[q] = cell.formula


def _unit_word_ungated(text: str, satuan: str) -> str:
    """nama_negatif._unit_word without the per-Satuan gate in front."""
    n = nama_negatif
    if said := n._duration_word(text, satuan):
        return said
    if n.per_births(satuan) and not n._PROGRESS.search(text) and not n._SHARE.match(text):
        return f'dengan Satuan "{" ".join(satuan.split())}"'
    if n.death_rate_unit(satuan) and (initials := n._DEATH_INITIALS.match(text)):
        return initials.group(1).upper()
    if "rasio" not in text and not n._pupils_unit(satuan):
        return ""
    unit = satuan.casefold()
    if n._SHARE.match(text) or n._SHORTER.search(text) or n._TEACHERS_PER.search(unit):
        return ""
    if n._PER_PUPILS.search(unit):
        return "rasio murid per guru"
    ratio = (
        n._RATIO_NAME.match(text)
        and not n._STANDARD_MET.search(text)
        and "%" not in unit
        and "persen" not in unit
    )
    return "rasio murid per guru" if ratio else ""


def _values_at_one_by_one(reader, data, headers, *, satuan, indikator):
    """parse._figures' reads as they were: value_at of each cell, the header its label."""
    return [value_at(reader, data, h, h, satuan=satuan, indikator=indikator) for h in headers]


def _words_with_ref(reader, data, header):
    """parse's reads of Uraian and Keterangan as they were: the reference built for every cell."""
    return reader.words(data.get(header), data.ref(header), header)


ORACLES = {
    "read_pk_merges": [(grids, "read_pk_merges", _read_pk_merges_ungated)],
    "report_merges": [
        (grids, "report_merges", _report_merges_ungated),
        (parse_analisis, "report_merges", _report_merges_ungated),
    ],
    "choice": [(parse, "choice", _choice_ungated)],
    "quarters_summed_twice": [(parse, "quarters_summed_twice", _quarters_summed_twice_ungated)],
    "formulas_saved_as_zero": [(parse, "formulas_saved_as_zero", _formulas_saved_as_zero_ungated)],
    "unit_word": [(nama_negatif, "_unit_word", _unit_word_ungated)],
    "values_at": [(parse, "values_at", _values_at_one_by_one)],
    "words_at": [(parse, "words_at", _words_with_ref)],
}

# --- random Kinerja tables as staff type them, as Excel saves them -----------------------------------

LETTERS = {h: chr(ord("A") + i) for i, h in enumerate(c.KINERJA_HEADERS)}
COLUMN = {h: i for i, h in enumerate(c.KINERJA_HEADERS)}
# names whose Polaritas left blank some rule reads (a duration, a death rate, pupils per teacher, a
# ratio, a rank, a poverty rate) beside plain ones
NAMES = [
    "Persentase koperasi aktif",
    "Jumlah UMKM dibina",
    "Waktu penyelesaian perizinan",
    "Lama waktu tanggap darurat",
    "Angka kematian bayi",
    "AKB",
    "AKI",
    "Rasio guru terhadap murid",
    "Rasio murid per rombel",
    "Rasio guru murid sesuai SPM",
    "Persentase penduduk miskin",
    "Peringkat kinerja daerah",
    "Indeks Kepuasan Masyarakat",
]
SATUAN = [
    "%",
    "orang",
    "unit",
    "hari",
    "Hari Kerja",
    "menit",
    "per 1.000 KH",
    "per 100.000 kelahiran hidup",
    "‰",
    "0/00",
    "murid per guru",
    "siswa/rombel",
    "Rasio",
    "peringkat",
    "Nilai",
    "",
]
# figures as staff type them: numbers, decimal commas, %, statuses, a quarter typed up to it, ratios
FIGURES = ["82,5", "75%", "1.250", "-", "nihil", "Menunggu data BPS", "46,6 (s.d. Juni)", "1:20", "N/A", ""]
figure = st.one_of(
    st.none(),
    st.sampled_from(FIGURES),
    st.integers(-3, 150),
    st.sampled_from([0, 0.0, 12.5, 40.71, 100.0]),
)
words = st.one_of(
    st.none(),
    st.sampled_from(["Uraian", "catatan", "  spasi  ganda ", "#N/A", ""]),
    st.sampled_from([12.5, 3, dt.datetime(2025, 7, 10)]),
)
choice_typed = st.sampled_from(
    [None, "", "Positif", "Negatif", "negatif", "Naik", "Kumulatif", "Nilai Akhir"]
)


@st.composite
def kinerja_tables(draw):
    """Rows of Kinerja (values by header, or Cells), then decorated: formulas in the quarters (some
    adding the quarter before, as e-Monev shows s.d.), merges down Kode, Satuan, Polaritas, Jenis,
    Uraian or a figure, a Satuan merged across Polaritas, Excel errors."""
    n = draw(st.integers(1, 6))
    rows = []
    for _ in range(n):
        kode = draw(st.sampled_from(["1", "1.1", "1.1.1", "1.1.2", "2"]))
        row = {
            "Kode": kode,
            "Tingkat": draw(st.sampled_from(["Tujuan", "Sasaran", "Program", None])),
            "Kode Induk": "" if kode in ("1", "2") else kode.rsplit(".", 1)[0],
            "Uraian": draw(words),
            "Indikator": draw(st.sampled_from(NAMES)),
            "Satuan": draw(st.sampled_from(SATUAN)),
            "Polaritas": draw(choice_typed),
            "Jenis Realisasi": draw(st.sampled_from([None, "", *c.JENIS_REALISASI])),
            "Target": draw(figure),
            "Target Perubahan": draw(figure),
            **{h: draw(figure) for h in c.REALISASI_TW_HEADERS},
            "Keterangan": draw(words),
        }
        rows.append([row[h] for h in c.KINERJA_HEADERS])
    for _ in range(draw(st.integers(0, 4))):  # decorations
        r = draw(st.integers(0, n - 1))
        excel = r + 2  # (the header on row 1)
        kind = draw(st.sampled_from(["formula", "formula0", "down", "across", "error", "unsaved"]))
        if kind == "formula":  # a quarter =K5+4 (or another's cell), its saved value drawn
            q = draw(st.integers(1, 3))
            p = draw(st.integers(0, q - 1))
            ref = f"{LETTERS[c.REALISASI_TW_HEADERS[p]]}{draw(st.sampled_from([excel, excel + 1]))}"
            at = COLUMN[c.REALISASI_TW_HEADERS[q]]
            saved = draw(st.sampled_from([None, 4, 29.0, 60, 0]))
            rows[r][at] = Cell(saved, formula=f"={draw(st.sampled_from(['$', '']))}{ref}+4")
        elif kind == "formula0":  # =IFERROR(P5/Q5*100;0) saved as 0 before its data is typed
            at = COLUMN[draw(st.sampled_from(c.REALISASI_TW_HEADERS))]
            rows[r][at] = Cell(draw(st.sampled_from([0, 0.0, 5])), formula="=IFERROR(P5/Q5*100;0)")
        elif kind == "down":  # a merge down from row r over the next rows of one column
            header = draw(
                st.sampled_from(["Kode", "Satuan", "Polaritas", "Jenis Realisasi", "Uraian", "Target"])
            )
            last = draw(st.integers(r, n))
            col = LETTERS[header]
            for below in range(r + 1, min(last, n - 1) + 1):
                rows[below][COLUMN[header]] = Cell(None, merged=f"{col}{excel}:{col}{last + 2}")
        elif kind == "across":  # Satuan (or Jenis) merged over the next column from row r
            header = draw(st.sampled_from(["Satuan", "Polaritas"]))
            first, hidden = LETTERS[header], chr(ord(LETTERS[header]) + 1)
            rows[r][COLUMN[header] + 1] = Cell(None, across=f"{first}{excel}:{hidden}{excel}")
        elif kind == "error":
            header = draw(
                st.sampled_from(["Polaritas", "Satuan", "Uraian", "Keterangan", "Target", "Tingkat"])
            )
            rows[r][COLUMN[header]] = Cell(None, error="#N/A")
        else:  # a formula without its saved value
            header = draw(st.sampled_from(["Polaritas", "Uraian", "Keterangan", "Realisasi TW II"]))
            rows[r][COLUMN[header]] = Cell(None, formula="=VLOOKUP(A2;Data!A:B;2;0)")
    return rows


def _parsed(rows, patches=()):
    """The workbook of ``rows`` parsed (a fresh grid each time: the merges are read in place), with
    ``patches`` (module, name, form) in force."""
    with ExitStack() as stack:
        for module, name, form in patches:
            stack.enter_context(mock.patch.object(module, name, form))
        return parse.parse_workbook(workbook(rows))


def _outcome(rows, patches=()):
    """What parsing ``rows`` gives, or the error it raises (an unknown Polaritas beside a ratio "1:20"
    raises ValueError at main too: docs/speed.md, stop 51), as a comparable pair."""
    try:
        return "parsed", _parsed(rows, patches)
    except ValueError as exc:
        return "raised", repr(exc)


def _equal(rows, patches):
    (how, cut), (how_before, before) = _outcome(rows), _outcome(rows, patches)
    assert how == how_before
    if how == "parsed":
        assert cut.findings == before.findings
    assert cut == before  # (every Value read, nol_rumus, every setting; or the same error)


# A merge down a Satuan over two indicators of one node (read on both), a Satuan merged across a
# blank Polaritas (its galat), a TW II =K2+4 holding TW I (a galat), a formula saved as 0
SATUAN_DOWN = [
    ["1", "Sasaran", "", "S", "Jumlah UMKM dibina", "unit", None, None, 10, None, 4, 9, None, None, None],
    ["1", None, "", None, "Waktu penyelesaian perizinan", Cell(None, merged="F2:F3"), None, None, 5, None, 3]
    + [None] * 4,
]
ACROSS = [
    ["1", "Sasaran", "", "S", "Jumlah pengaduan", "pengaduan", Cell(None, across="F2:G2"), None, 10, None, 4]
    + [None] * 4
]
SUMMED = [
    [
        "1",
        "Sasaran",
        "",
        "S",
        "Jumlah UMKM dibina",
        "unit",
        None,
        None,
        40,
        None,
        25,
        Cell(29, formula="=K2+4"),
    ]
    + [None] * 3
]
SAVED_0 = [
    [
        "1",
        "Sasaran",
        "",
        "S",
        "Jumlah UMKM dibina",
        "unit",
        None,
        None,
        40,
        None,
        25,
        Cell(0, formula="=P2/Q2"),
    ]
    + [None] * 3
]
TARGET_DOWN = [  # one Target merged over two indicators: no figure of each (said at the merge)
    ["1", "Sasaran", "", "S", "Jumlah UMKM dibina", "unit", None, None, 10, None, 4] + [None] * 4,
    ["1.1", "Program", "1", "P", "Jumlah IKM", "unit", None, None, Cell(None, merged="I2:I3"), None, 3]
    + [None] * 4,
]
DURATION = [
    ["1", "Sasaran", "", "S", "Waktu penyelesaian perizinan", "hari", None, None, 5, None, 3] + [None] * 4
]
DEATHS = [["1", "Sasaran", "", "S", "AKB", "per 1.000 KH", None, None, 12, None, 11] + [None] * 4]
URAIAN_ERROR = [
    ["1", "Sasaran", "", Cell(None, error="#N/A"), "Jumlah UMKM", "unit", None, None, 5, None, 3] + [None] * 4
]


@pytest.mark.parametrize("cut", sorted(ORACLES))
@settings(max_examples=150)
@given(rows=kinerja_tables())
@example(rows=SATUAN_DOWN)
@example(rows=ACROSS)
@example(rows=SUMMED)
@example(rows=SAVED_0)
@example(rows=TARGET_DOWN)
@example(rows=DURATION)
@example(rows=DEATHS)
@example(rows=URAIAN_ERROR)
def test_each_cut_reads_what_the_form_before_it_read(cut, rows):
    _equal(rows, ORACLES[cut])


@given(rows=kinerja_tables())
def test_all_cuts_together_read_what_the_forms_before_them_read(rows):
    _equal(rows, [patch for patches in ORACLES.values() for patch in patches])


def test_the_examples_say_what_each_gate_lets_through():
    # the examples reach each gated step: not a test that cannot fail
    assert parse.parse_workbook(workbook(SATUAN_DOWN)).indicators[1].satuan == "unit"  # read down F2:F3
    assert any("tertutup gabungan sel F2:G2" in p for p in (f.pesan for f in _parsed(ACROSS).findings))
    assert any(
        "berisi rumus =K2+4 yang memuat TW I" in p for p in (f.pesan for f in _parsed(SUMMED).findings)
    )
    assert _parsed(SAVED_0).indicators[0].nol_rumus == {1: "=P2/Q2"}
    assert any("I2:I3 digabung" in f.pesan for f in _parsed(TARGET_DOWN).findings)
    assert nama_negatif.lower_is_better("Waktu penyelesaian perizinan", "hari") == "waktu"
    assert nama_negatif.lower_is_better("AKB", "per 1.000 KH") == 'dengan Satuan "per 1.000 KH"'
    assert any("Uraian berisi nilai galat Excel #N/A" in f.pesan for f in _parsed(URAIAN_ERROR).findings)


# --- typed_sd.quarters_typed_up_to: a loop in place of any() over a generator -------------------------

quarter_values = st.lists(
    st.one_of(
        st.just(Value()),
        st.builds(lambda x: Value(number=float(x), exact=Fraction(x)), st.integers(0, 99)),
        st.builds(lambda s: Value(status=s, text=s), st.sampled_from(["Menunggu data BPS", ""])),
        st.builds(lambda g: Value(text="x", galat=g), st.sampled_from(["Kinerja!K2", ""])),
    ),
    min_size=4,
    max_size=4,
)


@given(quarter_values)
def test_quarters_typed_up_to_reads_on_exactly_where_any_quarter_holds_a_galat_or_a_status(tws):
    row = [Cell("1"), *(Cell(None) for _ in c.KINERJA_HEADERS[1:])]
    data = grids.DataRow(row, COLUMN, LETTERS, 2)
    reached = []
    with mock.patch.object(typed_sd, "_shares", lambda *a, **k: reached.append(1) or {}):
        typed_sd.quarters_typed_up_to(data, list(tws), "Kinerja", [], label="Realisasi")
    assert bool(reached) == any(value.galat or value.status for value in tws)  # the test before the cut


def test_reader_words_of_a_text_is_its_tidy_text():
    # words_at's shortcut for a text cell is what words gives it (no reference needed)
    reader = CellReader("Kinerja", [])
    assert reader.words(Cell("  Dua  spasi "), "D2", "Uraian") == "Dua spasi"
