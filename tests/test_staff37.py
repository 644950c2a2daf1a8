"""Staff round 37: a staff member filling the workbook for the first time, typing the way real staff do.

- A grade typed with a plus or minus ("A-", "B+", "BB -": the letter grades of an akreditasi or a
  school report, not of the SAKIP scale AA > A > BB > B > CC > C > D) was read as the bare letter: a
  realisasi "A-" beside a target "A" printed capaian 100 %, Sangat Tinggi, with no word; "A+" was left
  out as a status text, the indicator silently "belum diketahui". A target "A-" was read as "A"; a
  realisasi "A- (LHE 2024)" got "tulis predikatnya saja ("A")", which would have printed 100 %.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.test_engine import kinerja_row, messages, run

# --- 1. A grade with a plus or minus is no grade of the SAKIP scale -------------------------------


def _graded(target: str, tw1: str, tw2: str):
    """One Sasaran graded on the SAKIP letters (Nilai Akhir: the latest quarter's grade counts)."""
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Akuntabilitas kinerja",
        "Predikat SAKIP Dinas",
        target,
        (tw1, tw2, None, None),
        satuan="Predikat",
        jenis="Nilai Akhir",
    )
    report = run([row])
    (indicator,) = report.indicators
    return report, indicator


@pytest.mark.parametrize("typed", ["A-", "A -", "A+", "a-", "A\u2212", "A- (LHE 2024)", "A-*"])
def test_a_grade_with_a_sign_is_not_read_as_the_bare_letter(typed):
    # target "A", TW II (the reported quarter, the latest) typed "A-": A- is no grade of the SAKIP
    # scale, so neither 100 % (A-'s letter equals the target's) nor "belum diketahui" without a word
    report, indicator = _graded("A", "BB", typed)
    assert indicator.capaian is None and indicator.kriteria is None
    said = [f for f in report.findings if (f.sheet, f.sel, f.severity) == ("Kinerja", "L2", "galat")]
    assert len(said) == 1, messages(report)
    assert (
        f'"{typed}"' in said[0].pesan
        and "tanda" in said[0].pesan
        and "capaian tidak dihitung" in said[0].pesan
    )
    assert '"A"' not in said[0].pesan.split("skala")[0]  # never "tulis A": A- was not A


def test_the_bare_grade_still_reaches_the_target():
    # control: "A" of a target "A" is tercapai, exactly 100 % (the README's rule for grades), and
    # "BB" of a target "A" stays below target (no capaian), as before
    _, reached = _graded("A", "BB", "A")
    assert Fraction(reached.capaian) == 100 and reached.kriteria == "Sangat Tinggi"
    _, below = _graded("A", "A", "BB")
    assert below.capaian is None and below.status == "Predikat BB di bawah target A"


def test_a_target_with_a_sign_is_a_galat_that_never_says_type_the_bare_letter():
    # target "A-" (copied from an akreditasi): no scale here has it; before, it was read as "A" and a
    # realisasi "A" reached it (100 %)
    report, indicator = _graded("A-", "BB", "A")
    assert indicator.capaian is None and indicator.target_text.startswith("Galat (Kinerja!I2)")
    (said,) = [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "I2")]
    assert said.severity == "galat" and "plus/minus" in said.pesan and '("A")' not in said.pesan


def test_a_signed_grade_beside_a_numeric_target_stays_a_galat():
    # target 100 (a number), TW II "B+": a grade where a number belongs, as "B" was before
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Akuntabilitas",
        "Nilai SAKIP",
        "100",
        ("60", "B+", None, None),
        jenis="Nilai Akhir",
    )
    report = run([row])
    assert report.indicators[0].capaian is None
    said = [f for f in report.findings if (f.sheet, f.sel, f.severity) == ("Kinerja", "L2", "galat")]
    assert len(said) == 1 and '"B+"' in said[0].pesan and "padahal targetnya angka" in said[0].pesan
