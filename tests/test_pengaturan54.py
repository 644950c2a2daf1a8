"""Small readings that printed wrong words or figures (pengaturan54):

1. Pengaturan's Nama Kepala typed as a jabatan (`Kepala Dinas Kesehatan`, `Plt. Kepala Dinas`) was printed
   as the signer's name; a NIP typed with the rank (`NIP. 19700101 199003 1 005 / Pembina Tk. I (IV/b)`),
   or the rank alone in the NIP's cell, printed the rank as the NIP.
2. A grade typed with a dash or quotes (`B-B`, `"BB"`) was a status read quietly (belum diketahui, not a
   word), and `B-B (Sangat Baik)` was told to type `"B"`.
3. Grafik's trend took every `Realisasi <tahun>` column as a period: a year no indicator has a figure in
   added an empty point to every line.
"""

from __future__ import annotations

import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.engine import compute
from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.parse import parse_workbook
from lkj_xl.core.tables import layouts
from lkj_xl.core.tables.grafik import trend_columns
from tests.helpers_staff import pengaturan_findings, report_with_pengaturan
from tests.test_engine import grid, kinerja_row, pengaturan, run
from tests.test_tepi51 import BASE

# --- 3. Grafik's trend: only years with figures -------------------------------------------------------

YEARS = ["Realisasi 2022", "Realisasi 2023", "Realisasi 2024"]


def _with_years(koperasi_years, investasi_years, triwulan=2):
    """Two Sasaran of the seed (koperasi s.d. TW II 25 + 4 = 29 of 40; investasi 10 + 20 = 30 of 100),
    each with its figures under Realisasi 2022, 2023, 2024 (columns after Kinerja's own)."""
    rows = [
        kinerja_row(
            "S1", "Sasaran", "", "Sasaran 1", "Koperasi aktif", "40", ("25", "4", None, None), satuan="unit"
        )
        + list(koperasi_years),
        kinerja_row(
            "S2",
            "Sasaran",
            "",
            "Sasaran 2",
            "Nilai investasi",
            "100",
            ("10", "20", None, None),
            satuan="unit",
        )
        + list(investasi_years),
    ]
    books = {
        "Pengaturan": pengaturan(triwulan),
        "Kinerja": grid([[*c.KINERJA_HEADERS, *YEARS], *rows]),
        "Anggaran": grid([list(c.ANGGARAN_HEADERS)]),
    }
    return compute(parse_workbook(books))


def test_a_year_column_left_empty_adds_no_period_to_the_trend():
    # Realisasi 2022 typed by no one (the template's column kept): 2023 and 2024 have figures
    report = _with_years([None, "30", "35"], [None, None, "80"])
    assert [key for key, _ in trend_columns(report)] == ["2023", "2024", "kini"]


def test_a_year_holding_only_a_text_or_a_dash_adds_no_period_either():
    # "-" and "data belum tersedia" are no figure: nothing to draw in 2022
    report = _with_years(["-", "30", "35"], ["data belum tersedia", None, "80"])
    assert [key for key, _ in trend_columns(report)] == ["2023", "2024", "kini"]


def test_a_year_one_indicator_has_stays_a_period():
    # 2022 has the koperasi's 28 only: the investasi's line has no point there (a gap), the year stays
    report = _with_years(["28", "30", "35"], [None, None, "80"])
    assert [key for key, _ in trend_columns(report)] == ["2022", "2023", "2024", "kini"]


# --- 2. grades typed with a dash or quotes ----------------------------------------------------------------


def _sakip(tws, target="BB", triwulan=2):
    """Nilai SAKIP of a Sasaran, a grade (Predikat SAKIP: AA > A > BB > B > CC > C > D), its quarters."""
    row = kinerja_row(
        "S2",
        "Sasaran",
        "",
        "Akuntabilitas kinerja",
        "Nilai SAKIP",
        target,
        tws,
        satuan="Predikat",
        jenis="Nilai Akhir",
    )
    return run([row], triwulan=triwulan)


def _said(report, sel, severity=PERINGATAN):
    return [f.pesan for f in report.findings if (f.sheet, f.sel, f.severity) == ("Kinerja", sel, severity)]


@pytest.mark.parametrize("typed", ["B-B", "B–B", "B - B", '"BB"', "“BB”", "'BB'", "B-B (Sangat Baik)"])
def test_a_grade_typed_with_a_dash_or_quotes_is_told_the_grade_to_type(typed):
    # TW II of a TW II report, no grade before it: the LHE's BB as typed by hand; not read (as "B B" is
    # not: tests/test_newuser53), so the realisasi is belum diketahui, never a capaian, and said at L2
    report = _sakip((None, typed, None, None))
    assert report.indicators[0].capaian is None
    said = _said(report, "L2")
    assert len(said) == 1, [f.pesan for f in report.findings]
    assert f'"{typed}"' in said[0] and '("BB")' in said[0] and "belum diketahui" in said[0]
    assert not _said(report, "L2", GALAT)  # ("B-B (Sangat Baik)" was a galat: 'predikat "B" dengan catatan')


@pytest.mark.parametrize("typed", ["Bb", "bb", "BB (Sangat Baik)", "BB."])
def test_a_grade_read_as_typed_stays_read(typed):
    # BB reached beside the target BB: 100 %, nothing to say at the cell
    report = _sakip((None, typed, None, None))
    assert report.indicators[0].capaian == 100
    assert not _said(report, "L2")


def test_a_dashed_grade_after_a_read_one_names_the_grade_to_type():
    # TW I "B" read; TW II "B-B" (BB meant) not: the realisasi s.d. TW II is TW I's B, said at L2 with
    # the grade to type so TW II counts
    report = _sakip(("B", "B-B", None, None))
    said = _said(report, "L2")
    assert len(said) == 1 and '("BB")' in said[0], said


@pytest.mark.parametrize(
    "status", ["menunggu LHE", "proses evaluasi KemenPAN-RB", "TW-II belum ada LHE", "-"]
)
def test_a_status_with_a_dash_stays_quiet(status):
    # no grade in a status text whose dash joins words: belum diketahui quietly
    report = _sakip((None, status, None, None))
    assert report.indicators[0].capaian is None
    assert not _said(report, "L2"), [f.pesan for f in report.findings]


@pytest.mark.parametrize("typed", ["B-B", "B B", '"BB"', "B-B (Sangat Baik)"])
def test_a_target_grade_typed_with_a_dash_names_the_grade(typed):
    # the target is not read (a galat at I2, no capaian); its advice names BB, never B
    report = _sakip((None, "BB", None, None), target=typed)
    said = _said(report, "I2", GALAT)
    assert len(said) == 1 and '("BB")' in said[0] and '("B")' not in said[0], said


# --- 1. Pengaturan: a jabatan typed as the Nama Kepala, a rank typed with the NIP --------------------------

# Pengaturan rows B3..B9 (tests.test_tepi51.BASE: Jabatan Kepala B7, Tempat B8, Tanggal B9); the test's
# own rows from B10 on.
NAMA = "Dr. dr. H. Bayu Wibowo Ignasius, M.Kes"
NIP = "19700101 199003 1 005"  # born 1 Januari 1970, CPNS Maret 1990, 1 (male), number 005: 18 digits


def _signed(rows):
    return report_with_pengaturan([*BASE, *rows])


@pytest.mark.parametrize(
    "nama",
    [
        "Kepala Dinas Kesehatan",
        "KEPALA DINAS KESEHATAN KABUPATEN LUMAJANG",
        "Plt. Kepala Dinas",
        "Plh. Kepala Dinas Kesehatan",
        "Pj. Sekretaris Daerah",
        "a.n. Kepala Dinas",
        "Sekretaris Dinas",
    ],
)
def test_a_jabatan_typed_as_the_nama_kepala_is_never_printed_as_the_signers_name(nama):
    report = _signed([["Nama Kepala", nama]])
    assert report.settings.nama_kepala == ""
    # no signature block above a jabatan in the name's place (no block without a name, as for "-")
    assert all(lay.signature_rows is None for lay in layouts(report))
    said = pengaturan_findings(report, "B10", PERINGATAN)
    assert len(said) == 1 and f'"{nama}"' in said[0].pesan and "jabatan" in said[0].pesan, said


@pytest.mark.parametrize(
    "nama",
    [NAMA, "Drs. Kepala Uji", "Ir. XAVIER", "Plt. Drs. H. Ahmad Fauzi, M.Si.", "H. CAMATIN, S.H."],
)
def test_a_name_is_printed_as_typed(nama):
    # a name with its titles, an acting head's name after Plt., a name holding a jabatan's letters
    report = _signed([["Nama Kepala", nama]])
    assert report.settings.nama_kepala == nama
    assert not pengaturan_findings(report, "B10")


@pytest.mark.parametrize(
    ("typed", "nip", "rank"),
    [
        (f"NIP. {NIP} / Pembina Tk. I (IV/b)", NIP, "Pembina Tk. I (IV/b)"),
        (f"{NIP}, Pembina Tk. I", NIP, "Pembina Tk. I"),
        (f"Pembina Utama Muda / NIP. {NIP}", NIP, "Pembina Utama Muda"),
        ("197001011990031005 (IV/b)", "197001011990031005", "(IV/b)"),
    ],
)
def test_a_nip_typed_with_the_rank_prints_the_nip_alone(typed, nip, rank):
    # the NIP's 18 digits as typed (spaced as on the SK, or not); the rank named in the peringatan
    report = _signed([["Nama Kepala", NAMA], ["NIP Kepala", typed]])
    assert report.settings.nip_kepala == nip
    said = pengaturan_findings(report, "B11", PERINGATAN)
    assert len(said) == 1 and f'"{rank}"' in said[0].pesan, said


@pytest.mark.parametrize(
    "typed", ["Pembina Tk. I (IV/b)", "Penata Tk. I / III.d", "IV/b", "Pembina Utama Muda"]
)
def test_a_rank_in_the_nips_cell_is_no_nip(typed):
    # the rank typed where the NIP belongs (the block's order: name, rank, NIP): "NIP. Pembina Tk. I" was
    # printed; no NIP line now, and staff are told
    report = _signed([["Nama Kepala", NAMA], ["NIP Kepala", typed]])
    assert report.settings.nip_kepala == ""
    said = pengaturan_findings(report, "B11", PERINGATAN)
    assert len(said) == 1 and "pangkat" in said[0].pesan, said


def test_a_nip_alone_stays_quiet():
    report = _signed([["Nama Kepala", NAMA], ["NIP Kepala", f"NIP. {NIP}"]])
    assert report.settings.nip_kepala == NIP
    assert not pengaturan_findings(report, "B11")


@pytest.mark.parametrize("nama", ["Pembina Tk. I", "Pembina Utama Muda (IV/c)"])
def test_a_rank_typed_as_the_nama_kepala_is_never_printed_as_the_signers_name(nama):
    # the block's lines typed in order one row off: the rank where the name belongs
    report = _signed([["Nama Kepala", nama]])
    assert report.settings.nama_kepala == ""
    said = pengaturan_findings(report, "B10", PERINGATAN)
    assert len(said) == 1 and f'"{nama}"' in said[0].pesan and "pangkat" in said[0].pesan, said


# --- the Sekretariat's Pengaturan as typed -----------------------------------------------------------------


@pytest.mark.parametrize("tahun", ["Th. 2025", "Th 2025", "TH. 2025"])
def test_the_year_after_th_is_read(tahun):
    # "Th." abbreviates Tahun as "Thn." does (both on the SK's cover): the TW II 2025 report
    rows = [["Pemerintah Daerah", "Kabupaten Lumajang"], ["Perangkat Daerah", "Sekretariat Daerah"]]
    report = report_with_pengaturan([*rows, ["Tahun", tahun], ["Triwulan", 2]])
    assert report.settings.tahun == 2025
    assert not pengaturan_findings(report, "B5")
