"""Issue 11's inputs: Kinerja's comparison columns, Tahun Akhir Renstra and the Analisis sheet, parsed
the way staff type them, with findings at their cells.

Every expected number is worked out by hand in the comment beside it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.engine import compute
from lkj_xl.core.model import GALAT, PERINGATAN, Cell
from lkj_xl.core.parse import parse_workbook
from lkj_xl.core.parse_analisis import split_points
from tests.test_engine import grid, kinerja_row, pengaturan

EXTRA = ("Realisasi Tahun Lalu", "Realisasi 2023", "Target Akhir Renstra", "Standar Nasional")
TEXTS = ("Formulasi", "Sumber Data")


def kinerja(rows, extra=EXTRA + TEXTS):
    """Kinerja with the optional ``extra`` headers after the contract's; each row is
    (kinerja_row(...), {extra header: value})."""
    head = [*c.KINERJA_HEADERS, *extra]
    return grid([head, *[[*base, *[more.get(h) for h in extra]] for base, more in rows]])


def books(rows, extra=EXTRA + TEXTS, analisis=None, **settings):
    out = {
        "Pengaturan": pengaturan(2, **settings),
        "Kinerja": kinerja(rows, extra),
        "Anggaran": grid([list(c.ANGGARAN_HEADERS)]),
    }
    if analisis is not None:
        out["Analisis"] = grid(analisis)
    return out


def at(data, sheet):
    return {f.sel: (f.severity, f.pesan) for f in data.findings if f.sheet == sheet}


T1 = kinerja_row("T1", "Tujuan", "", "Meningkatnya ekonomi", "Pertumbuhan koperasi", 40, (25, 4, None, None))
S1 = kinerja_row("S1", "Sasaran", "T1", "Koperasi sehat", "Persentase koperasi sehat", 10, (5, 6, None, None))
S1B = kinerja_row(
    "S1", "Sasaran", "T1", "", "Jumlah usaha mikro", "2.000 unit", ("1.000", "47", None, None), satuan="Unit"
)
RUPIAH = kinerja_row(
    "S2",
    "Sasaran",
    "T1",
    "Investasi",
    "Nilai investasi",
    "5.984,04 milyar",
    ("800 jt", None, None, None),
    satuan="Rupiah",
)


# --- Kinerja's optional columns -----------------------------------------------------------------------


def test_optional_columns_read_like_the_other_kinerja_values():
    data = parse_workbook(
        books(
            [
                (
                    T1,
                    {"Realisasi Tahun Lalu": "28,5", "Realisasi 2023": 27, "Target Akhir Renstra": "45,5 %"},
                ),
                (S1B, {"Realisasi Tahun Lalu": "1.950 unit", "Standar Nasional": "2 rb"}),
                (RUPIAH, {"Realisasi Tahun Lalu": "2,5 M", "Target Akhir Renstra": "Rp 7.000.000.000,-"}),
                (S1, {"Realisasi Tahun Lalu": "Menunggu data BPS", "Formulasi": "a / b x 100%"}),
            ]
        )
    )
    t1, s1b, s2, s1 = data.indicators
    # "28,5": Indonesian decimal comma -> 28.5
    assert t1.realisasi_tahun_lalu.number == 28.5
    assert t1.realisasi_tahun == {2023: t1.realisasi_tahun[2023]} and t1.realisasi_tahun[2023].number == 27
    assert t1.target_renstra.number == 45.5  # "45,5 %" -> 45.5 percent units
    # "1.950 unit": thousands dot and the indicator's Satuan Unit -> 1950; "2 rb" -> 2 x 1.000
    assert s1b.realisasi_tahun_lalu.number == 1950
    assert s1b.standar_nasional.number == 2000
    # Satuan Rupiah: "2,5 M" is miliar -> 2.500.000.000; "Rp 7.000.000.000,-" -> 7e9
    assert s2.realisasi_tahun_lalu.number == 2_500_000_000
    assert s2.realisasi_tahun_lalu.scale_word is not None
    assert s2.target_renstra.number == 7_000_000_000
    # A status text is kept as a status, not a number.
    assert s1.realisasi_tahun_lalu.status == "Menunggu data BPS" and s1.realisasi_tahun_lalu.number is None
    assert s1.formulasi == "a / b x 100%"
    assert data.analisis_inputs is True
    assert not [f for f in data.findings if f.severity == GALAT]


def test_broken_cells_in_optional_columns_are_galat_at_their_cell():
    # Headers in row 1: the 15 contract columns A..O, then P Realisasi Tahun Lalu, Q Realisasi 2023,
    # R Target Akhir Renstra, S Standar Nasional; the first indicator is on row 2.
    data = parse_workbook(
        books(
            [
                (
                    T1,
                    {
                        "Realisasi Tahun Lalu": "12,3,4",
                        "Realisasi 2023": Cell(error="#DIV/0!"),
                        "Target Akhir Renstra": "5 M",  # Satuan % : M is not miliar here
                        "Standar Nasional": dt.datetime(2025, 3, 4),
                    },
                )
            ],
            extra=EXTRA,
        )
    )
    found = at(data, "Kinerja")
    assert {ref for ref, (sev, _m) in found.items() if sev == GALAT} == {"P2", "Q2", "R2", "S2"}
    assert "Realisasi Tahun Lalu" in found["P2"][1]
    assert "#DIV/0!" in found["Q2"][1]
    assert "tanggal" in found["S2"][1]
    item = data.indicators[0]
    assert item.realisasi_tahun_lalu.galat == "Kinerja!P2"
    assert item.target_renstra.galat == "Kinerja!R2"


def test_realisasi_year_not_before_tahun_is_a_finding_at_the_header():
    # Tahun 2025 (pengaturan()): "Realisasi 2025" and "Realisasi 2026" are not earlier years.
    extra = ("Realisasi 2024", "Realisasi 2025", "Realisasi 2026", "realisasi  2022")
    data = parse_workbook(
        books([(T1, {"Realisasi 2024": 30, "Realisasi 2025": 31, "realisasi  2022": 20})], extra)
    )
    found = at(data, "Kinerja")
    # A..O contract, P 2024, Q 2025, R 2026, S 2022: headers on row 1.
    assert found["Q1"][0] == GALAT and "Realisasi 2025" in found["Q1"][1]
    assert found["R1"][0] == GALAT
    item = data.indicators[0]
    assert sorted(item.realisasi_tahun) == [2022, 2024]
    assert item.realisasi_tahun[2022].number == 20 and item.realisasi_tahun[2024].number == 30


def test_duplicate_optional_header_is_a_warning_and_the_first_is_used():
    extra = ("Standar Nasional", "standar nasional")
    data = parse_workbook(books([(T1, {"Standar Nasional": 50})], extra))
    assert at(data, "Kinerja")["Q1"][0] == PERINGATAN
    assert data.indicators[0].standar_nasional.number == 50


def test_no_optional_input_means_no_analisis_inputs():
    data = parse_workbook(books([(T1, {})], extra=()))
    assert data.analisis_inputs is False
    # Columns present but empty are no input either (a fresh template has them).
    assert parse_workbook(books([(T1, {})])).analisis_inputs is False


@pytest.mark.parametrize(
    ("typed", "expected", "severity"),
    [
        (2029, 2029, None),
        ("2029", 2029, None),
        ("", None, None),
        ("dua ribu", None, GALAT),
        (2029.5, None, GALAT),
        (1800, None, GALAT),
    ],
)
def test_tahun_akhir_renstra(typed, expected, severity):
    data = parse_workbook(books([(T1, {})], extra=(), **{"Tahun Akhir Renstra": typed}))
    assert data.settings.tahun_akhir_renstra == expected
    found = at(data, "Pengaturan")
    # pengaturan(): title row 1, header row 2, four parameters rows 3-6, Tahun Akhir Renstra on row 7 (B).
    assert (found.get("B7", (None,))[0]) == severity
    assert data.analisis_inputs is (expected is not None)


# --- the Analisis sheet --------------------------------------------------------------------------------


ANALISIS_HEAD = [
    "Kode",
    "Indikator",
    "Faktor Pendukung",
    "Faktor Penghambat",
    "Upaya / Solusi",
    "Tindak Lanjut",
]


def test_analisis_points_one_per_line_numbering_stripped():
    rows = [
        ["Analisis capaian"],  # a title block above the header
        ANALISIS_HEAD,
        [
            "S1",
            "",
            "1. Dukungan pendamping\n2) Anggaran cukup",
            "a. Data terlambat\nb) SDM kurang\n",
            "- Koordinasi\n• Pelatihan\n* Monitoring",
            "2.047 unit didata ulang",
        ],
        ["S1", "jumlah usaha  mikro", "Pasar ramai", None, None, None],
    ]
    data = parse_workbook(books([(T1, {}), (S1, {}), (S1B, {})], extra=(), analisis=rows))
    assert not data.findings or not [f for f in data.findings if f.sheet == "Analisis"]
    node, one = data.analisis
    assert node.row == 3 and node.kode == "S1" and node.indikator == ""
    assert node.faktor_pendukung == ["Dukungan pendamping", "Anggaran cukup"]
    assert node.faktor_penghambat == ["Data terlambat", "SDM kurang"]
    assert node.upaya == ["Koordinasi", "Pelatihan", "Monitoring"]
    assert node.tindak_lanjut == ["2.047 unit didata ulang"]  # a number at the start is no numbering
    # The indicator is matched ignoring case and spaces, and spelled as in Kinerja.
    assert one.indikator == "Jumlah usaha mikro" and one.faktor_pendukung == ["Pasar ramai"]
    assert data.analisis_inputs is True


def test_analisis_bad_rows_are_findings_at_their_cells():
    rows = [
        ANALISIS_HEAD,
        ["S11", "", "x", None, None, None],  # row 2: unknown Kode (close to S1)
        ["S1", "Indikator lain", "x", None, None, None],  # row 3: not an indicator of S1
        ["S1", "", "ok", None, None, None],  # row 4: fine
        ["S1", "", "again", None, None, None],  # row 5: duplicate of row 4
        ["", "", "tanpa kode", None, None, None],  # row 6: no Kode
        ["T1", "", 12, dt.datetime(2025, 1, 2), Cell(formula="=A1"), Cell(value="teks", formula="=A1")],  # 7
        [None, None, None, None, None, None],  # blank row: skipped
    ]
    data = parse_workbook(books([(T1, {}), (S1, {})], extra=(), analisis=rows))
    found = at(data, "Analisis")
    assert (
        found["A2"][0] == GALAT and "S11" in found["A2"][1] and 'maksud Anda "S1"' in found["A2"][1]
    )  # suggestion
    assert found["B3"][0] == GALAT and "Indikator lain" in found["B3"][1]
    assert found["A5"][0] == GALAT and "baris 4" in found["A5"][1]
    assert found["A6"][0] == GALAT
    assert found["C7"][0] == GALAT and "angka" in found["C7"][1]
    assert found["D7"][0] == GALAT and "tanggal" in found["D7"][1]
    assert found["E7"][0] == GALAT and "rumus" in found["E7"][1]
    assert found["F7"][0] == PERINGATAN
    assert [(e.row, e.kode) for e in data.analisis] == [(4, "S1"), (7, "T1")]
    assert data.analisis[1].tindak_lanjut == ["teks"] and data.analisis[1].faktor_pendukung == []


def test_analisis_without_its_headers_is_one_finding_for_the_sheet():
    data = parse_workbook(books([(T1, {})], extra=(), analisis=[["Catatan"], ["bebas"]]))
    (finding,) = [f for f in data.findings if f.sheet == "Analisis"]
    assert finding.severity == GALAT and finding.sel == "" and "Kode" in finding.pesan
    assert data.analisis == [] and data.analisis_inputs is True


def test_report_carries_the_analisis_rows_and_texts():
    rows = [ANALISIS_HEAD[:3], ["T1", "", "Faktor"]]
    report = compute(
        parse_workbook(books([(T1, {"Realisasi 2023": 27, "Sumber Data": "BPS"})], analisis=rows))
    )
    assert report.analisis_inputs and [e.faktor_pendukung for e in report.analisis] == [["Faktor"]]
    (ind,) = report.indicators
    assert ind.realisasi_tahun == {2023: 27} and ind.sumber_data == "BPS"


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("1.Satu\n2.Dua", ["Satu", "Dua"]),
        ("(1) Satu\r\n(2) Dua", ["Satu", "Dua"]),
        ("a.n. Kepala Dinas", ["a.n. Kepala Dinas"]),
        ("3.5 persen naik", ["3.5 persen naik"]),
        ("  \n\n", []),
        ("— satu   dua", ["satu dua"]),
    ],
)
def test_split_points(text, points):
    assert split_points(text) == points
