"""A Triwulan typed as staff type it, with a lower-case L for the Roman I (`Semester l`, `TW l`: the two
keys look alike in many fonts) or a digit (`Semester 1`), short (`Smt I`) or in lower case (`semester
I`): the workbook reads the period its Pengaturan names, and so does the rekap. `Semester l` was
unread (a galat: no realisasi s.d. triwulan, no capaian, the rekap row of Triwulan ?)."""

from __future__ import annotations

import pytest

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook
from tests.test_rekap_round3 import PEMDA, anggaran, kinerja

# (typed, the quarter s.d. which it reports, its periode in the rekap)
SPELLINGS = [
    ("Semester l", 2, "Semester I Tahun 2026"),
    ("Semester 1", 2, "Semester I Tahun 2026"),
    ("Smt I", 2, "Semester I Tahun 2026"),
    ("semester I", 2, "Semester I Tahun 2026"),
    ("Smt. l", 2, "Semester I Tahun 2026"),
    ("Semester ll", 4, "Semester II Tahun 2026"),
    ("TW l", 1, "Triwulan I Tahun 2026"),
    ("Triwulan l", 1, "Triwulan I Tahun 2026"),
    ("TW ll", 2, "Triwulan II Tahun 2026"),
    ("Triwulan lV", 4, "Triwulan IV Tahun 2026"),
]


def _workbook(path, triwulan: str):
    # T1 80 of 100 (Nilai Akhir, in Realisasi TW II) and S1 9% of 10%; Pagu Rp 1 M, realisasi TW I 100 jt,
    # TW II 150 jt (tests/test_rekap_round3's kinerja and anggaran).
    new_workbook(
        path,
        pengaturan={c.P_PEMDA: PEMDA, c.P_OPD: "Dinas Kesehatan", c.P_TAHUN: 2026, c.P_TRIWULAN: triwulan},
        kinerja=kinerja("80", "9%"),
        anggaran=anggaran("1.000.000.000", "100 jt", "150 jt"),
    )
    return path


@pytest.mark.parametrize(("typed", "quarter", "periode"), SPELLINGS)
def test_the_rekap_reads_the_period_as_typed(tmp_path, typed, quarter, periode):
    path = _workbook(tmp_path / "LKjIP Dinkes.xlsx", typed)
    row = lkj_xl.rekap([path], jobs=1).perangkat_daerah.iloc[0]
    assert (row["tahun"], row["triwulan"], row["periode"]) == (2026, quarter, periode)
    # realisasi anggaran s.d. the quarter: TW I 100 jt alone at TW I, 100 jt + 150 jt from TW II on
    assert row["realisasi_anggaran"] == (100_000_000 if quarter == 1 else 250_000_000)
    assert row["galat"] == 0


@pytest.mark.parametrize("typed", ["l", "ll", "TW L", "Semester L", "Semester lll"])
def test_a_lone_l_or_a_capital_l_stays_unread(typed):
    # only a lower-case L among a numeral's letters after a period's word is read as an I: a lone "l"
    # names nothing, "L" is fifty, Semester III is none
    assert c.triwulan_from_text(typed) is None


@pytest.mark.parametrize(
    ("typed", "triwulan", "semester"), [("Semester l", 2, 1), ("Semester ll", 4, 2), ("TW l", 1, None)]
)
def test_the_workbooks_own_export_reads_the_period_as_typed(tmp_path, typed, triwulan, semester):
    import json

    from click.testing import CliRunner

    from lkj_xl.cli import main

    run = CliRunner().invoke(main, ["export", str(_workbook(tmp_path / "LKjIP Dinkes.xlsx", typed))])
    assert run.exit_code == 0, run.output
    exported = json.loads(run.output)
    assert (exported["triwulan"], exported["semester"], exported["tahunan"]) == (triwulan, semester, False)


def _pengaturan(typed: str):
    """The Settings and the Triwulan's galat of a workbook (Tahun 2025) whose Triwulan is ``typed``."""
    from lkj_xl.core.parse import parse_workbook
    from tests.helpers_staff import book_of
    from tests.test_engine import kinerja_row

    row = kinerja_row("S1", "Sasaran", "", "Sasaran A", "Jumlah A", 100, (25, 30, 20, 25), jenis="Kumulatif")
    workbook = parse_workbook(book_of([row], triwulan=typed))
    said = [f.pesan for f in workbook.findings if f.pesan.startswith('Parameter "Triwulan"')]
    return workbook.settings, said


@pytest.mark.parametrize(
    ("typed", "triwulan", "semester"),
    [
        # a half year by its quarters, their numerals' I typed as an L, as "Semester I (TW I-II)" is read:
        # the galat said "(TW l-ll)" is not Semester I's, then advised typing Semester I
        ("Semester l (TW l-ll)", 2, True),
        ("Semester ll (Triwulan lll dan lV)", 4, True),
        ("Semester l (s.d. TW ll)", 2, True),
        ("Triwulan ll (April-Juni)", 2, False),
        ("TW-l", 1, False),
        ("Semester l Tahun 2025", 2, True),
        # a capital I and two L: III, the numeral's three strokes (no word of Indonesian is "Ill")
        ("TW Ill", 3, False),
    ],
)
def test_a_numeral_typed_with_an_l_is_read_in_every_place_the_period_is(typed, triwulan, semester):
    settings, said = _pengaturan(typed)
    assert (settings.triwulan, settings.semester, settings.triwulan_galat, said) == (
        triwulan,
        semester,
        "",
        [],
    )


@pytest.mark.parametrize(
    ("typed", "advice"),
    [
        # words holding an L after the period's word are no numeral: a galat, no quarter guessed (its
        # message names every form the cell takes since newuser41, tests/test_triwulan_sd.py)
        (
            "TW lalu",
            'harus 1-4 (laporan triwulan), Semester I atau Semester II (laporan semester), atau Tahunan, bukan "TW lalu"',
        ),
        (
            "Triwulan lanjutan",
            'harus 1-4 (laporan triwulan), Semester I atau Semester II (laporan semester), atau Tahunan, bukan "Triwulan lanjutan"',
        ),
        ("Semester lalu 2025", "untuk laporan semester tulis Semester I (Januari-Juni) atau Semester II"),
        (
            "Triwulan 1l",
            'harus 1-4 (laporan triwulan), Semester I atau Semester II (laporan semester), atau Tahunan, bukan "Triwulan 1l"',
        ),
        (
            "l",
            'harus 1-4 (laporan triwulan), Semester I atau Semester II (laporan semester), atau Tahunan, bukan "l"',
        ),
        # read, but of another year than Tahun's 2025: the advice is a spelling read as Semester I
        ("Sem. l/2026", "tahun 2026 bukan Tahun laporan (2025); tulis Semester I saja"),
    ],
)
def test_words_with_an_l_after_the_periods_word_stay_unread(typed, advice):
    settings, said = _pengaturan(typed)
    assert settings.triwulan_galat == "Pengaturan!B6"
    (message,) = said
    assert advice in message, message
    if "tulis Semester I saja" in advice:  # the spelling advised is read as advised
        assert _pengaturan("Semester I")[0].triwulan == 2


def test_the_years_report_typed_beside_a_fourth_quarter_with_an_l_is_told_what_to_type():
    # as "TW IV / Tahunan" is: a "4" on "harus angka 1-4" would make the year's report a quarterly one
    settings, said = _pengaturan("TW lV / Tahunan")
    assert settings.triwulan_galat == "Pengaturan!B6"
    (message,) = said
    assert "untuk laporan tahunan tulis Tahunan, untuk laporan triwulan IV tulis 4" in message, message
    assert "harus angka 1-4" not in message
