"""A new user's trial (newuser51): a Dinas Pendidikan and a Dinas PUPR filling `lkj-xl new`'s workbook,
a Bappeda analyst reading their prints.

- A NIP typed after Excel's text mark in a cell formatted as Text (`'196905121994031008`: staff taught to
  keep the 18 digits as text type the apostrophe out of habit; a Text cell keeps it as a character) was
  printed under every table and in the PDF as `NIP. '196905121994031008`.
- The signing date typed so (`'07-07-2025`, the apostrophe keeping Excel from turning it into a date)
  was "tidak dapat dibaca sebagai tanggal", printed `Lumajang, '07-07-2025` and never checked against
  the quarter's end; a NIP typed "-" printed "NIP. -".
- Kinerja rows typed but none counted (a PK pasted without Kode) were told "Belum ada indikator".
- Anggaran's "Realisasi Keuangan TW I" beside "Realisasi Fisik TW I": the refusal named the physical column.
- The rekap summed a revision typed "Dinas PUPR" beside "Dinas Pekerjaan Umum dan Penataan Ruang" twice,
  without a word.
- A pupil-teacher ratio left Positif scored 105 % Sangat Tinggi for more pupils per teacher, unsaid.
- "3 SD, 2 SMP" was read as "s.d." and told to type 3 - 3 = 0.
"""

from __future__ import annotations

import openpyxl
import pytest

from lkj_xl.core import contract as c
from tests.helpers_staff import pengaturan_findings, report_with_pengaturan

PEMDA = [
    ["Pemerintah Daerah", "Kabupaten Lumajang"],
    ["Perangkat Daerah", "Dinas Pekerjaan Umum dan Penataan Ruang"],
]
TW_II = [["Tahun", 2025], ["Triwulan", 2]]


# --- The NIP after Excel's text mark ----------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "'196905121994031008",  # a Text cell keeps the ' typed before the digits
        "\u2019196905121994031008",  # Word's autocorrected apostrophe, pasted from the PK document
        "NIP. '196905121994031008",  # "NIP." typed before it too
        "' 196905121994031008",
    ],
)
def test_a_nip_after_the_text_mark_prints_its_digits_alone(typed):
    report = report_with_pengaturan([*PEMDA, *TW_II, ["NIP Kepala", typed]])
    assert report.settings.nip_kepala == "196905121994031008"
    assert not pengaturan_findings(report, "B7")  # 18 digits: nothing to say


def test_a_nip_after_the_text_mark_is_still_checked_for_its_length():
    # 17 digits (one lost in typing): the mark set aside, its length is said as of any NIP typed
    report = report_with_pengaturan([*PEMDA, *TW_II, ["NIP Kepala", "'19690512199403100"]])
    said = pengaturan_findings(report, "B7", "peringatan")
    assert len(said) == 1 and "terdiri dari 17 angka" in said[0].pesan, said


@pytest.mark.parametrize("typed", ["-", "\u2013", "---"])
def test_a_dash_for_no_nip_prints_no_nip_line(typed):
    # "-" is no data in every cell of the workbook: the block printed "NIP. -" under the Kepala's name
    report = report_with_pengaturan([*PEMDA, *TW_II, ["NIP Kepala", typed]])
    assert report.settings.nip_kepala == ""
    assert not pengaturan_findings(report, "B7")


def test_a_name_beginning_with_an_apostrophe_is_left_as_typed():
    # Only a mark before a figure (or a dash of no data: tests/test_rev_newuser51) is Excel's: a text is no
    # NIP to read, printed as typed
    report = report_with_pengaturan([*PEMDA, *TW_II, ["NIP Kepala", "'menyusul"]])
    assert report.settings.nip_kepala == "'menyusul"


# --- The signing date after Excel's text mark ---------------------------------------------------------


def test_a_signing_date_after_the_text_mark_is_read_and_printed_the_indonesian_way():
    rows = [
        *PEMDA,
        *TW_II,
        ["Tempat Penandatanganan", "Lumajang"],
        ["Tanggal Penandatanganan", "'07-07-2025"],
    ]
    report = report_with_pengaturan(rows)
    # 07-07-2025 read day first: 7 Juli 2025, after TW II's end (30 Juni 2025): nothing to say
    assert report.settings.tanggal == "7 Juli 2025"
    assert not pengaturan_findings(report, "B8")


def test_a_signing_date_after_the_text_mark_is_checked_against_the_quarter_end():
    # '04-07-2025 swapped by a PC set to English is no concern here; '15-06-2025 is before TW II ends
    # (30 Juni 2025): the peringatan a date typed without the mark gets
    marked = [*PEMDA, *TW_II, ["Tanggal Penandatanganan", "'15-06-2025"]]
    plain = [*PEMDA, *TW_II, ["Tanggal Penandatanganan", "15-06-2025"]]
    said = [f.pesan for f in pengaturan_findings(report_with_pengaturan(marked), "B7")]
    assert said and said == [f.pesan for f in pengaturan_findings(report_with_pengaturan(plain), "B7")]


def test_the_built_signature_block_prints_no_apostrophe(tmp_path):
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from lkj_xl.xlsx.template import new_workbook

    path, out = tmp_path / "pupr.xlsx", tmp_path / "hasil.xlsx"
    settings = {
        c.P_PEMDA: "Kabupaten Lumajang",
        c.P_OPD: "Dinas Pekerjaan Umum dan Penataan Ruang",
        c.P_TAHUN: 2025,
        c.P_TRIWULAN: 2,
        c.P_KEPALA: "Ir. BAMBANG SUTEJO, M.T.",
        c.P_NIP: "'196905121994031008",
        c.P_TEMPAT: "Lumajang",
        c.P_TANGGAL: "'07-07-2025",
    }
    # Panjang jalan kondisi baik: 238,75 / 245,5 x 100 = 97,25 %
    row = {
        "Kode": "S1", "Tingkat": "Sasaran", "Uraian": "Meningkatnya kemantapan jalan kabupaten",
        "Indikator": "Panjang jalan kabupaten kondisi baik", "Satuan": "km", "Jenis Realisasi": "Nilai Akhir",
        "Target": "245,5 km", "Realisasi TW I": "231,4", "Realisasi TW II": "238,75 km",
    }  # fmt: skip
    new_workbook(path, pengaturan=settings, kinerja=[row])
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    texts = [
        v
        for r in openpyxl.load_workbook(out)["Capaian Tujuan Sasaran"].iter_rows(values_only=True)
        for v in r
    ]
    assert "NIP. 196905121994031008" in texts and "Lumajang, 7 Juli 2025" in texts
    assert not [t for t in texts if isinstance(t, str) and "'" in t]


# --- Kinerja rows typed, none counted ----------------------------------------------------------------
# A Dinas Pendidikan pasted its Perjanjian Kinerja's table, which has no Kode column: every row is a galat
# ("Kode kosong; baris ini tidak dihitung"), and the header said "Belum ada indikator di sheet Kinerja
# ... isi baris di bawah judul kolom", which is untrue: three rows were typed.
def _pk_pasted_without_kode():
    from tests.test_engine import kinerja_row

    return [
        kinerja_row(
            "",
            "Sasaran",
            "",
            "Meningkatnya akses pendidikan dasar",
            "APK SD",
            "105,5",
            ("104,2", "104,8", None, None),
            jenis="Nilai Akhir",
        ),  # fmt: skip
        kinerja_row(
            "", "Sasaran", "", "", "APM SMP", "80", ("78,5", "79,1", None, None), jenis="Nilai Akhir"
        ),  # fmt: skip
        kinerja_row(
            "",
            "Program",
            "",
            "Program Pengelolaan Pendidikan",
            "Jumlah sekolah yang direhabilitasi",
            "12 sekolah",
            ("3", "5", None, None),
            satuan="sekolah",
        ),  # fmt: skip
    ]


def test_rows_typed_but_none_counted_are_not_called_no_indicator():
    from tests.test_engine import run

    report = run(_pk_pasted_without_kode())
    header = [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "A1")]
    assert len(header) == 1, [f.pesan for f in report.findings]
    said = header[0].pesan
    assert not said.startswith("Belum ada indikator di sheet Kinerja"), said
    # the three rows under the header (row 1): rows 2, 3 and 4
    assert "3 baris yang diisi (baris 2-4) tidak dihitung karena galat" in said, said
    assert "semua tabel kosong" in said


def test_rows_typed_but_none_counted_beside_programs_say_what_is_computed():
    from tests.test_engine import anggaran_row, run

    program = anggaran_row("2.01", "Program Pengelolaan Pendidikan", "", "Rp 1,2 M", ("Rp 150.000.000", "Rp 310 jt", None, None))  # fmt: skip
    report = run(_pk_pasted_without_kode(), [program])
    said = [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "A1")]
    assert len(said) == 1 and "3 baris yang diisi (baris 2-4) tidak dihitung karena galat" in said[0], said
    assert "hanya realisasi anggaran" in said[0]


# --- Anggaran's quarters retitled beside a physical progress ---------------------------------------------
# A Dinas PUPR tracks kontrak fisik: beside each quarter's spending it adds the physical progress, and
# retitles the template's "Realisasi TW I" as "Realisasi Keuangan TW I" to tell them apart. The refusal
# pointed at the physical column ("Realisasi TW I" (maksud Anda "Realisasi Fisik TW I"?)): renamed so, its
# percentages (20 %, 45,5 %) are read as rupiah spent.
_PUPR_HEADERS = [
    "Kode", "Program", "Kode Sasaran", "Pagu", "Pagu Perubahan",
    "Realisasi Fisik TW I", "Realisasi Fisik TW II", "Realisasi Keuangan TW I", "Realisasi Keuangan TW II",
    "Realisasi TW III", "Realisasi TW IV",
]  # fmt: skip


def _anggaran_refusal(headers):
    from lkj_xl.core.grids import WorkbookError
    from lkj_xl.core.parse import parse_workbook
    from tests.test_engine import grid, kinerja_row, workbook

    row = kinerja_row("P1", "Program", "", "Program Penyelenggaraan Jalan", "Jumlah ruas jalan yang ditingkatkan", "15", ("2", "4", None, None), satuan="ruas")  # fmt: skip
    books = workbook([row])
    figures = ["P1", "Program Penyelenggaraan Jalan", "", "Rp 85,4 M", None, "20%", "45,5", "Rp 12,3 M", "Rp 20.450.000.000"]  # fmt: skip
    books["Anggaran"] = grid([headers, figures])
    with pytest.raises(WorkbookError) as refused:
        parse_workbook(books)
    return str(refused.value.problems)


def test_a_spending_quarter_retitled_keuangan_is_named_not_the_physical_one():
    said = _anggaran_refusal(_PUPR_HEADERS)
    assert '"Realisasi TW I" (maksud Anda "Realisasi Keuangan TW I"?' in said, said
    assert '"Realisasi TW II" (maksud Anda "Realisasi Keuangan TW II"?' in said, said
    assert 'maksud Anda "Realisasi Fisik' not in said, said


def test_a_physical_progress_quarter_is_never_offered_as_the_spending():
    # the spending's quarters not there at all (only the physical progress typed): no column named
    headers = [h for h in _PUPR_HEADERS if "Keuangan" not in h]
    said = _anggaran_refusal(headers)
    assert 'maksud Anda "Realisasi Fisik' not in said, said
    assert '"Realisasi Fisik TW I" berisi realisasi fisik, bukan realisasi anggaran' in said, said


# --- The rekap: a revision sent under the agency's abbreviation ----------------------------------------
# The Dinas PUPR sent its TW II report, then a revision whose Pengaturan types the agency as staff say it,
# "Dinas PUPR". Same indicators, targets and pagu, other realisasi: the rekap ranked two agencies and
# summed the pagu twice (Rp 85,4 M + Rp 85,4 M in the Jumlah) without a word, as the names share no two
# first words. "Rencana sama" names such a pair when one name abbreviates the other.
def _pupr_twice(tmp_path, first: str, second: str):
    import lkj_xl
    from lkj_xl.xlsx.template import new_workbook
    from tests.test_rekap_round3 import anggaran, kinerja

    root = tmp_path / "tw2"
    root.mkdir()
    for name, opd, realisasi, tw2 in (("a", first, "70", "20,45 M"), ("b", second, "72", "21,1 M")):
        new_workbook(root / f"LKjIP PUPR {name}.xlsx",
                     pengaturan={c.P_PEMDA: "Kabupaten Lumajang", c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 2},
                     kinerja=kinerja(realisasi, "48,5%"), anggaran=anggaran("85,4 M", "12,3 M", tw2))  # fmt: skip
    return lkj_xl.rekap(root, jobs=1)


@pytest.mark.parametrize(
    "short",
    ["Dinas PUPR", "DPUPR", "DINAS PUPR KAB. LUMAJANG"],
)
def test_a_revision_under_the_agencys_abbreviation_is_named(tmp_path, short):
    result = _pupr_twice(tmp_path, "Dinas Pekerjaan Umum dan Penataan Ruang", short)
    said = result.peringatan[result.peringatan["jenis"] == "Rencana sama"]["pesan"].tolist()
    assert len(said) == 1, result.peringatan.to_dict("records")
    assert "Dinas Pekerjaan Umum dan Penataan Ruang" in said[0] and short in said[0]
    # both still counted (which one stands is the analyst's call): 85,4 M twice in the Jumlah
    assert result.perangkat_daerah["pagu"].sum() == 2 * 85_400_000_000


def test_two_agencies_whose_names_abbreviate_nothing_of_each_other_stay_unsaid(tmp_path):
    # the Dinas Kesehatan is no abbreviation of the Dinas PUPR: one plan by chance, nothing said
    result = _pupr_twice(tmp_path, "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinkes")
    assert "Rencana sama" not in set(result.peringatan["jenis"])


# --- A pupil-teacher ratio left Positif -----------------------------------------------------------------
# The Dinas Pendidikan typed its Rasio guru:murid as the PK's figure (20 murid per guru, 21 realised) and
# left Polaritas blank: Positif, 21 / 20 x 100 = 105 % Sangat Tinggi, where more pupils per teacher is worse
# (Negatif: (2 x 20 - 21) / 20 x 100 = 95 %). Nothing was said; a blank Polaritas of a name that says its
# lower value is better ("Angka kemiskinan") is asked to be chosen.
@pytest.mark.parametrize(
    ("indikator", "satuan"),
    [
        ("Rasio guru:murid SD", "murid per guru"),
        ("Rasio guru murid SMP", "rasio"),
        ("Rasio guru terhadap murid", "siswa/guru"),
        ("Rasio murid per ruang kelas", "murid per kelas"),
        ("Rasio siswa per rombel", "siswa"),
    ],
)
def test_a_pupil_teacher_ratio_left_positif_is_asked_to_be_chosen(indikator, satuan):
    from tests.test_engine import kinerja_row, run

    report = run([kinerja_row("S1", "Sasaran", "", "Mutu pendidikan", indikator, "20", (None, "21", None, None), satuan=satuan, jenis="Nilai Akhir")])  # fmt: skip
    assert round(report.indicators[0].capaian, 2) == 105.0  # computed as typed: 21 / 20 x 100
    said = [
        f.pesan for f in report.findings if (f.sheet, f.sel, f.severity) == ("Kinerja", "G2", "peringatan")
    ]
    assert len(said) == 1 and 'pilih "Negatif"' in said[0], said


@pytest.mark.parametrize(
    ("indikator", "satuan", "polaritas"),
    [
        ("Rasio guru:murid SD", "murid per guru", "Negatif"),  # chosen: nothing to ask
        ("Rasio guru:murid SD", "murid per guru", "Positif"),  # chosen, whatever it is
        ("Persentase sekolah dengan rasio guru murid ideal", "%", None),  # a share: more is better
        ("Rasio guru terhadap murid", "guru per 100 murid", None),  # teachers per pupils: more is better
        ("Penurunan rasio murid per guru", "murid per guru", None),  # its fall measured
        ("Jumlah guru bersertifikat", "orang", None),
    ],
)
def test_other_names_and_chosen_polarities_stay_quiet(indikator, satuan, polaritas):
    from tests.test_engine import kinerja_row, run

    report = run([kinerja_row("S1", "Sasaran", "", "Mutu pendidikan", indikator, "20", (None, "21", None, None), satuan=satuan, jenis="Nilai Akhir", polaritas=polaritas)])  # fmt: skip
    assert not [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "G2")]


# --- "SD" of a school read as s.d. ---------------------------------------------------------------------
# The Dinas Pendidikan typed TW II's schools rehabilitated by level, "3 SD, 2 SMP" (Sekolah Dasar): the
# galat read "SD" as "s.d." (sampai dengan), said the figure was the realisasi s.d. TW II and advised
# typing TW II's own share "3 - 3 = 0", a wrong figure (5 schools were done).
def _sekolah(tw2: str):
    from tests.test_engine import kinerja_row, run

    row = kinerja_row("P1", "Program", "", "Program Pengelolaan Pendidikan", "Jumlah sekolah yang direhabilitasi", "12 sekolah", ("3", tw2, None, None), satuan="sekolah", jenis="Kumulatif")  # fmt: skip
    return [f.pesan for f in run([row]).findings if (f.sheet, f.sel) == ("Kinerja", "L2")]


@pytest.mark.parametrize("typed", ["3 SD, 2 SMP", "3 SD dan 2 SMP", "5 SD"])
def test_a_school_level_is_no_sd_note(typed):
    said = _sekolah(typed)
    assert said, "still a galat: no one figure typed"
    assert not [m for m in said if "s.d. TW II" in m or "3 - 3" in m or "5 - 3" in m], said
    # nor one of two figures named as the one to type (3 of "3 SD, 2 SMP": 5 schools were done)
    assert not [m for m in said if "angkanya saja (3)" in m], said


@pytest.mark.parametrize("typed", ["8 sd Juni", "8 s.d. Juni", "8 s/d TW II", "8 sd TW II", "8 SD Juni"])
def test_an_sd_note_before_a_period_is_still_read_so(typed):
    # 8 schools s.d. June after TW I's 3: TW II's own share is 8 - 3 = 5
    said = _sekolah(typed)
    assert len(said) == 1 and "(8 - 3 = 5)" in said[0], said
