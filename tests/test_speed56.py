"""Speed cuts of stop 49 (docs/speed.md) that gate a check stop 48 added to every row by a cheap first
test: each gated step says exactly what it said ungated, on rows typed the way staff type them. The
ungated forms are kept here as oracles (the code as it was before the cut, 1d9a177f)."""

from __future__ import annotations

import re
from fractions import Fraction
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from lkj_xl.core import contract as c
from lkj_xl.core import indicator_cells as ic
from lkj_xl.core.engine import compute
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.model import Cell, IndicatorInput, Value
from lkj_xl.core.parse import parse_workbook
from tests.report_dump import deep
from tests.test_engine import kinerja_row, workbook

# --- indicator_cells.quarter_numbers: whole_rupiah asked only under a Satuan of juta rupiah or more ----

# Satuan as staff type them: of rupiah in a scale (whole_rupiah's), of whole rupiah, of counts
RUPIAH_SATUAN = [
    "Milyar Rupiah",
    "Rp Milyar",
    "Juta Rupiah",
    "Rp. Juta",
    "miliar rupiah",
    "Triliun Rupiah",
    "Ribu Rupiah",
    "Rupiah",
    "Rp",
    "orang",
    "%",
    "",
]
# Figures as staff type them: whole rupiah pasted from the BPKAD's report, in the Satuan's units, with
# Rp and a scale word, statuses, numbers
RUPIAH_TYPED = st.one_of(
    st.sampled_from(
        [
            "78.450.125.300",
            "325",
            "Rp 325 M",
            "Rp 81,2 M",
            "92.300 jt",
            "4.750",
            "3,37",
            "Rp 78.450.125.300",
            "1.000.000",
            "-",
            "nihil",
            "Menunggu data BPS",
            "0",
        ]
    ),
    st.none(),
    st.integers(min_value=-5, max_value=10**12),
    # (typed: at most four decimals; a subnormal float such as 2.2e-311 crashes the reading on main
    # too, docs/speed.md Stop 49)
    st.floats(min_value=0, max_value=1e12, allow_nan=False).map(lambda x: round(x, 4)),
)


def _quarter_numbers_ungated(
    item: IndicatorInput,
    name: str,
    triwulan: int,
    target: Value,
    log: FindingLog,
    galat: list[str],
    beda: list[str] | None = None,
) -> tuple[list[Fraction | None], list[str]]:
    """indicator_cells.quarter_numbers as it was before the cut (1d9a177f): whole_rupiah asked of
    every quarter of a positive target."""
    numbers: list[Fraction | None] = []
    statuses: list[str] = []
    # (a zero or negative target is a galat of its own)
    positive = target.exact is not None and target.exact.numerator > 0
    # A plain target (no %, Rp or scale word): a plain quarter beside it needs neither check below
    # (count_clash and scale_mismatch look for one of these marks first; nearly every figure has none).
    marked = target.marked
    texts: list[int] = []  # the quarters read as a status
    for q, value in enumerate(item.realisasi_tw, start=1):
        if q > triwulan:  # after the reported quarter: not counted (after_period says so when filled)
            ic.after_period(log, c.SHEET_KINERJA, item.row, q, triwulan, value, "Realisasi", name)
            numbers.append(None)
            continue
        if value.galat:
            galat.append(value.galat)
        numbers.append(value.exact)
        if value.exact is not None and value.exact.numerator <= 0:  # (nearly every figure is positive)
            ic._not_above_zero(q, name, value, item, log)
        if value.exact is None and value.status:
            if target.exact is not None and (grade := ic.predikat.predikat_lain(value)) is not None:
                header = c.REALISASI_TW_HEADERS[q - 1]
                log.add(
                    ic.GALAT,
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
            texts.append(q)
        if positive and ic.whole_rupiah(q, name, (value, target), item, log, galat):  # "78.450.125.300"
            numbers[-1] = None  # (of 325 Milyar Rupiah)
            continue
        if value.exact is None or not (marked or value.marked):
            continue
        if positive and ic.count_clash(q, name, value, target, item, log, galat):
            numbers[-1] = None
            continue
        # (a zero target too: its realisasi is printed, in the target's scale unless told apart)
        if (
            target.exact is not None
            and (why := ic.scale_mismatch(value, target, item.satuan))
            and ic.scale_differs(q, name, (value, target), item, why, log, galat, beda)
        ):
            numbers[-1] = None
    ic._figures_in_texts(item, name, texts, numbers, triwulan, log, galat)
    return numbers, statuses


@settings(max_examples=150)
@given(
    st.lists(
        st.tuples(st.sampled_from(RUPIAH_SATUAN), st.lists(RUPIAH_TYPED, min_size=5, max_size=5)),
        min_size=1,
        max_size=3,
    ),
    st.integers(min_value=1, max_value=4),
)
@example([("Milyar Rupiah", [325, "78.450.125.300", "Rp 81,2 M", None, None])], 2)
# a whole amount under each Satuan of juta rupiah or more, within a hundredth to ten times the target:
# 1.250.000.000 of 1.500 Juta Rupiah (1.500.000.000 rupiah) is 83 %; 4.000.000.000.000 of 2,5 Triliun
@example([("Juta Rupiah", ["1.500", "1.250.000.000", None, None, None])], 1)
@example([("Rp. Juta", ["1.500", 125_000_000, None, None, None])], 1)
@example([("Rp Milyar", [325, 4, "78.450.125.300", None, None])], 2)
@example([("miliar rupiah", ["3,5", 2_000_000_000, None, None, None])], 1)
@example([("Triliun Rupiah", ["2,5", "4.000.000.000.000", None, None, None])], 1)
def test_quarter_numbers_gated_says_what_it_said_ungated(rows, triwulan):
    # every row a Program of Sasaran 1.01 (Target, TW I-IV drawn), computed with quarter_numbers and
    # with its form before the cut
    from lkj_xl.core import engine

    typed = [kinerja_row("1.01", "Sasaran", "", "S", "Persentase koperasi sehat", 60, (55, None, None, None))]
    for i, (satuan, (t, *tws)) in enumerate(rows):
        typed.append(
            kinerja_row(
                f"2.17.0{i + 1}", "Program", "1.01", f"P{i + 1}", "Nilai PAD", t, tuple(tws), satuan=satuan
            )
        )
    gated = compute(parse_workbook(workbook(typed, triwulan=triwulan)))
    with mock.patch.object(engine, "quarter_numbers", _quarter_numbers_ungated):
        ungated = compute(parse_workbook(workbook(typed, triwulan=triwulan)))
    assert deep(gated) == deep(ungated)


def test_whole_rupiah_is_asked_only_under_a_satuan_of_juta_rupiah():
    # 200 rows of counts (orang) never ask it; one row under Milyar Rupiah asks it of each of its two
    # quarters s.d. TW II; its TW I 78.450.125.300 read in the Satuan is 241 million times the target
    # 325 (78.450.125.300 / 325 = 241.384.999,4): a galat at L203 (TW I of the 203rd row)
    from lkj_xl.core import indicator_cells
    from lkj_xl.core.rupiah_penuh import whole_rupiah

    rows = [
        kinerja_row("1.01", "Sasaran", "", "S", "Jumlah UMKM", 60, (55, None, None, None), satuan="orang")
    ]
    rows += [
        kinerja_row(f"2.17.{i:03}", "Program", "1.01", f"P{i}", "Jumlah pelaku usaha", 60, (25, 4, None, None), satuan="orang")
        for i in range(200)
    ]  # fmt: skip
    rows.append(
        kinerja_row(
            "2.17.999", "Program", "1.01", "P", "Nilai PAD", 325, ("78.450.125.300", 4, None, None),
            satuan="Milyar Rupiah",
        )
    )  # fmt: skip
    asked = []

    def counted(*args):
        asked.append(args[0])
        return whole_rupiah(*args)

    with mock.patch.object(indicator_cells, "whole_rupiah", counted):
        report = compute(parse_workbook(workbook(rows)))
    assert asked == [1, 2]
    said = [f for f in report.findings if "rupiah penuh" in f.pesan]
    assert [(f.severity, f.sel) for f in said] == [("galat", f"{_col('Realisasi TW I')}203")]


def _col(header: str) -> str:
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[c.KINERJA_HEADERS.index(header)]


# --- nama_negatif: _unit_word's per mil Satuan asked first; _ANY_WORD as a tree of literal starts -----

# the two lists' words, staff's names around them, places, English, initials, progress words
NAME_WORDS = [
    "persentase",
    "jumlah",
    "angka",
    "kasus",
    "baru",
    "hiv",
    "dbd",
    "penderita",
    "demam",
    "berdarah",
    "korban",
    "meninggal",
    "bencana",
    "rawan",
    "kecelakaan",
    "estimasi",
    "insidensi",
    "insidens",
    "insiden",
    "estimated",
    "incidence",
    "rate",
    "tidak",
    "bersekolah",
    "sekolah",
    "penduduk",
    "miskin",
    "kemiskinan",
    "penurunan",
    "penanganan",
    "di",
    "kabupaten",
    "kota",
    "lumajang",
    "yang",
    "tertangani",
    "aki",
    "akb",
    "kematian",
    "bayi",
    "waktu",
    "tunggu",
    "rasio",
    "guru",
    "murid",
    "kejadian",
    "kebakaran",
    "klb",
    "terdampak",
    "pengungsi",
    "tb",
    "umkm",
    "7-18",
    "tahun",
    "(",
    ")",
    "/",
    "aids",
    "-",
]
NAME_SATUAN = [
    "‰",
    "per mil",
    "promil",
    "per 1.000 KH",
    "/100.000 KH",
    "hari",
    "murid per guru",
    "%",
    "orang",
    "",
]

_OLD_ANY_WORD = None


def _old_any_word():
    """nama_negatif._ANY_WORD as it was before the cut: the two lists' patterns alternated."""
    global _OLD_ANY_WORD
    if _OLD_ANY_WORD is None:
        from lkj_xl.core import nama_negatif as n

        _OLD_ANY_WORD = re.compile("|".join(n._LOWER_IS_BETTER + n._PLAIN_ONLY))
    return _OLD_ANY_WORD


def _unit_word_ungated(text: str, satuan: str) -> str:
    """nama_negatif._unit_word as it was before the cut (1d9a177f): the name's initials first (its
    rate per live births satuan_laju's since main's d57bff79)."""
    from lkj_xl.core import nama_negatif as n
    from lkj_xl.core.satuan_laju import per_births

    if said := n._duration_word(text, satuan):
        return said
    if per_births(satuan) and not n._PROGRESS.search(text) and not n._SHARE.match(text):
        return f'dengan Satuan "{" ".join(satuan.split())}"'
    if (initials := n._DEATH_INITIALS.match(text)) and n.death_rate_unit(
        satuan
    ):  # (figures62: per mil was its own list)
        return initials.group(1).upper()
    if "rasio" not in text and not n._pupils_unit(satuan):
        return ""
    unit = satuan.casefold()
    if n._SHARE.match(text) or n._SHORTER.search(text) or n._TEACHERS_PER.search(unit):
        return ""
    if n._PER_PUPILS.search(unit):
        return "rasio murid per guru"
    ratio = n._RATIO_NAME.match(text) and not n._STANDARD_MET.search(text) and "%" not in unit
    ratio = ratio and "persen" not in unit
    return "rasio murid per guru" if ratio else ""


_NAMES = st.lists(st.sampled_from(NAME_WORDS), max_size=8).map(" ".join)
_JOINED = st.lists(st.sampled_from(NAME_WORDS), max_size=6).map("".join)  # words run together


@given(st.one_of(_NAMES, _JOINED, st.text(max_size=20)), st.sampled_from(NAME_SATUAN))
@example("akb", "‰")
@example("akb", "per mil")
@example("AKI", "Promil")
@example("angka kematian bayi (akb)", "per mil")
@example("jumlah kasus baru hiv di kabupaten lumajang", "orang")
@example("estimasi insidensi tb", "%")
def test_lower_is_better_gated_answers_what_it_answered_ungated(name, satuan):
    from lkj_xl.core import nama_negatif as n

    text = name.casefold()
    assert n._unit_word(text, satuan) == _unit_word_ungated(text, satuan)
    gated = n.lower_is_better(name, satuan)
    with (
        mock.patch.object(n, "_ANY_WORD", _old_any_word()),
        mock.patch.object(n, "_unit_word", _unit_word_ungated),
    ):
        assert gated == n.lower_is_better(name, satuan)


@given(st.one_of(_NAMES, _JOINED, st.text(alphabet="abdegiklmnorstu -", max_size=30)))
# ("tidak (?:ber)?sekolah" needs its one space: the filter's "tidak " finds the start all the same)
@example("tidak  bersekolah")
@example("penderita demam berdarah dengue")
def test_the_tree_finds_a_start_wherever_a_word_of_either_list_is(name):
    # the superset the gate rests on: a match of _LOWER_WORD or _PLAIN_WORD, or of the old alternation,
    # is one of the tree's too (in the name and in it without its place)
    from lkj_xl.core import nama_negatif as n

    text = name.casefold()
    for t in (text, n._PLACE.sub(" ", text)):
        if n._LOWER_WORD.search(t) or n._PLAIN_WORD.search(t) or _old_any_word().search(t):
            assert n._ANY_WORD.search(t)


def test_literal_starts_of_the_lists_patterns():
    from lkj_xl.core.word_filter import any_word, literal_starts

    assert literal_starts("(?<!rawan )kecelakaan") == ["kecelakaan"]
    assert literal_starts("(?<!estimasi )(?<!perkiraan )insiden(?:si|s)?") == ["insiden"]
    assert literal_starts("(?<!estimated )incidence(?! rate)") == ["incidence"]
    assert literal_starts("korban meninggal(?: dunia)?") == ["korban meninggal"]
    assert literal_starts("(?:kasus|penderita) (?:baru )?(?:dbd|demam berdarah(?: dengue)?)") == [
        "kasus ",
        "penderita ",
    ]
    assert literal_starts("tidak (?:ber)?sekolah") == ["tidak "]
    assert literal_starts("buta?") == ["but"]  # (the a may be missing)
    assert literal_starts("[a-z]+ajaib") == ["[a-z]+ajaib"]  # no literal start: the pattern itself
    tree = any_word(["kemiskinan", "kematian", "korban", "korban jiwa", "(?<!rawan )kecelakaan"])
    # "korban jiwa" holds "korban": no branch of its own
    assert tree.pattern == "k(?:e(?:celakaan|m(?:atian|iskinan))|orban)"
    assert tree.search("jumlah korban jiwa") and tree.search("rawan kecelakaan")
    assert not tree.search("jumlah umkm")


# --- node_merge.read_node_merges: a row with its three cells and none under a merge skipped at once ----


def _read_node_merges_ungated(grid, cols, first_data):
    """node_merge.read_node_merges as it was before the cut (1d9a177f)."""
    from lkj_xl.core import node_merge as nm

    if "Kode" not in cols or not all(h in cols for h in nm.NODE_COLUMNS):
        return
    kode_col, node_cols = cols["Kode"], [cols[h] for h in nm.NODE_COLUMNS]
    quiet: dict[str, range] = {}
    blank = Cell()
    for r in range(first_data, len(grid)):
        row = grid[r]
        hidden = [i for i in node_cols if i < len(row) and row[i].merged]
        if not hidden:
            continue
        kept = list(row)
        for i in hidden:
            ref = row[i].merged or ""
            if ref not in quiet:
                found = nm._RANGE_ROWS.match(ref)
                top, bottom = (int(found.group(1)) - 1, int(found.group(2)) - 1) if found else (r, r)
                quiet[ref] = nm._quiet_rows(grid, top, bottom, kode_col) if 0 <= top < r else range(0)
            if r in quiet[ref]:
                kept[i] = blank
        if kept != row:
            grid[r] = type(row)(kept)


_KODES = st.sampled_from(["S1", "S1", "s1", "S2", "1.01", 1.0, None, "Catatan:", "Jumlah", ""])
_MERGES = st.sampled_from([None, None, "B2:B3", "C2:C4", "D3:D5", "B4:B5", "D2:D3", "B1:B2", "X9"])


@given(
    st.lists(
        st.tuples(_KODES, st.lists(_MERGES, min_size=3, max_size=3), st.integers(min_value=0, max_value=6)),
        min_size=1,
        max_size=6,
    )
)
@example([("S1", [None, None, None], 6), ("S1", ["B2:B3", "C2:C3", "D2:D3"], 6)])
@example([("S1", [None, None, None], 6), ("S1", [None, None, "D2:D3"], 6)])  # the Uraian alone
@example([("S1", [None, None, None], 6), ("S1", [None, "C2:C3", None], 6)])  # the Kode Induk alone
@example([("S1", [None, None, None], 6), ("S1", ["B2:B3", None, None], 3)])  # a row cut short
def test_read_node_merges_gated_reads_what_it_read_ungated(rows):
    # a header and rows of Kode, Tingkat, Kode Induk, Uraian (A-D) and an Indikator; each row cut to a
    # drawn length (a row read shorter than the header), its node cells under a drawn merge or none
    from lkj_xl.core.node_merge import read_node_merges

    cols = {"Kode": 0, "Tingkat": 1, "Kode Induk": 2, "Uraian": 3, "Indikator": 4}
    header = [Cell(value=h) for h in cols]
    grid = [header]
    for kode, merges, length in rows:
        row = [Cell(value=kode)] + [Cell(value="Sasaran" if m is None else None, merged=m) for m in merges]
        grid.append((row + [Cell(value="Indikator")])[:length])
    got = []
    for read in (read_node_merges, _read_node_merges_ungated):
        copy = [list(r) for r in grid]
        read(copy, cols, 1)
        got.append(copy)
    assert got[0] == got[1]


def test_a_uraian_merged_over_its_second_row_is_read_blank_after_the_gate():
    # S1 typed on rows 2 and 3, its Tingkat, Kode Induk and Uraian merged B2:B3, C2:C3, D2:D3 as the PK
    # prints them: row 3's hidden cells read blank, row 2 (no merge of its own) skipped at once
    from lkj_xl.core.node_merge import read_node_merges

    cols = {"Kode": 0, "Tingkat": 1, "Kode Induk": 2, "Uraian": 3}
    grid = [
        [Cell(value=h) for h in cols],
        [Cell(value="S1"), Cell(value="Sasaran"), Cell(value="T1"), Cell(value="Meningkatnya UMKM")],
        [Cell(value="S1"), *(Cell(merged=f"{col}2:{col}3") for col in "BCD")],
    ]
    first = grid[1]
    read_node_merges(grid, cols, 1)
    assert grid[1] is first
    assert grid[2][1:] == [Cell(), Cell(), Cell()]


# --- cell_reader.spending_value: a budget quarter without a text (a number) kept at once --------------


@given(
    st.one_of(
        st.sampled_from(
            ["", "NA", "na", "N/A", "NA.", "N. A.", "n/a.", "N / A", "-", "nihil", "Rp 0", "1.250.000"]
        ),
        st.text(max_size=10),
    ),
    st.sampled_from([None, "direkap", "N/A"]),
)
def test_spending_value_gated_is_what_it_was(text, status):
    from lkj_xl.core.cell_reader import spending_value
    from lkj_xl.core.tanpa_data import not_available

    value = Value(status=status, text=text)
    ungated = Value(status=text, text=text) if status is None and not_available(text) else value
    assert spending_value(value) == ungated


# --- rekap_rows.with_bodies: a table sheet's rows compressed in a second thread while the next are made --


def _with_bodies_inline(package: bytes, bodies):
    """rekap_rows.with_bodies as it was before the cut (1d9a177f): every piece written in turn here."""
    import io
    import re as _re
    import zipfile

    from lkj_xl.xlsx import rekap_rows as rr

    by_part = {body.part: body for body in bodies}
    tables = {f'name="{body.table}"'.encode(): body for body in bodies}
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as zin,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        for info in zin.infolist():
            data = zin.read(info)
            body = by_part.get(info.filename)
            if info.filename.startswith("xl/tables/"):
                for name, table in tables.items():
                    if name in data:
                        data = _re.sub(
                            rb'ref="A1:[A-Z]+2"', f'ref="A1:{rr._last_cell(table)}"'.encode(), data
                        )
            if body is None:
                zout.writestr(info, data)
                continue
            head, end, tail = data.partition(b"</sheetData>")
            dimension = f'<dimension ref="A1:{rr._last_cell(body)}"/>'.encode()
            head = _re.sub(rb'<dimension ref="[^"]*"/>', dimension, head, count=1)
            part = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            part.compress_type = zipfile.ZIP_DEFLATED
            with zout.open(part, "w") as stream:
                stream.write(head)
                chunk: list[str] = []
                for row in rr._sheetrows(body):
                    chunk.append(row)
                    if len(chunk) == 2000:
                        stream.write("".join(chunk).encode("utf-8"))
                        chunk.clear()
                stream.write("".join(chunk).encode("utf-8"))
                stream.write(end + tail)
    return out.getvalue()


def _package() -> bytes:
    """A package as xlsxwriter leaves Semua Indikator's: its sheet with an empty sheetData, its table."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(
            "xl/worksheets/sheet2.xml",
            '<worksheet><dimension ref="A1:P1"/><sheetData><row r="1"/></sheetData><tableParts/></worksheet>',
        )
        z.writestr("xl/tables/table1.xml", '<table name="SemuaIndikator" ref="A1:P2"/>')
    return out.getvalue()


def _indicator_body(n: int):
    """Semua Indikator of ``n`` rows as the rekap holds it: agencies' names, Satuan, kriteria recurring,
    capaian with their decimals (0,2505 steps: 90,18 is Sangat Tinggi, 90,00 Tinggi), unknown ones NaN."""
    import pandas as pd

    from lkj_xl.core import rekap as core
    from lkj_xl.core.rekap_desimal import capaian_decimals
    from lkj_xl.xlsx.rekap_rows import Body

    columns = core.INDICATOR_COLUMNS
    texts = [
        "Dinas Koperasi, UKM, Perindustrian dan Perdagangan",
        "orang",
        "Sangat Tinggi",
        "Menunggu data BPS",
        "-",
    ]
    frame = pd.DataFrame(
        {spec.key: pd.Series([texts[(i * 7 + col) % len(texts)] for i in range(n)], dtype=object) for col, spec in enumerate(columns)}
    )  # fmt: skip
    frame["capaian"] = [(i % 400) * 0.2505 if i % 13 else float("nan") for i in range(n)]
    frame["target"] = [245_000_000.0 if i % 3 else 40.71 for i in range(n)]
    return Body(
        "xl/worksheets/sheet2.xml", "SemuaIndikator", frame, columns, list(range(len(columns))),
        {"Tinggi": 99}, {list(frame.columns).index("capaian"): (capaian_decimals, {d: 50 + d for d in range(2, 9)})},
        2, core.figure_columns(columns), {3: 63, 4: 64},
        {col: 18.0 for col, spec in enumerate(columns) if spec.kind == "text"}, {1999: 3, 2000: 4},
    )  # fmt: skip


def test_with_bodies_writes_the_bytes_it_wrote_inline():
    # 9.001 rows: four pieces of 2.000 rows and one of 1.001 between the head and the tail
    from lkj_xl.xlsx.rekap_rows import with_bodies

    body = _indicator_body(9_001)
    package = _package()
    got = with_bodies(package, [body])
    assert got == _with_bodies_inline(package, [body])
    import io
    import zipfile

    sheet = zipfile.ZipFile(io.BytesIO(got)).read("xl/worksheets/sheet2.xml").decode()
    assert sheet.count("<row ") == 9_002 and '<dimension ref="A1:' in sheet  # (row 1 and 9.001 rows)
    assert sheet.endswith("</sheetData><tableParts/></worksheet>")


def test_write_behind_writes_in_order_and_raises_either_sides_error():
    import time

    import pytest

    from lkj_xl.xlsx.rekap_rows import _write_behind

    written: list[bytes] = []

    def slow(piece: bytes) -> None:  # (a piece compressed slower than the next is made)
        time.sleep(0.002 * (len(piece) % 3))
        written.append(piece)

    pieces = [f"<row r='{i}'/>".encode() for i in range(40)]
    _write_behind(slow, iter(pieces))
    assert written == pieces

    def rows():
        yield b"<sheetData>"
        raise ValueError("baris rusak")

    with pytest.raises(ValueError, match="baris rusak"):
        _write_behind(written.append, rows())

    def full(piece: bytes) -> None:
        raise OSError("disk penuh")

    with pytest.raises(OSError, match="disk penuh"):
        _write_behind(full, iter(pieces))
