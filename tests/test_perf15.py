"""perf15: the speed-ups keep what they replaced. A finding said at a cell is looked up in an index of
the log (FindingLog.said_at, a scan of every finding per indicator before), and the page-break ranges
of a sheet are resolved for all rows in one pass (pages._range_starts, every range per row before).
Same findings, same order, same page breaks: these guard the behaviour, the speed is
tests/bench_findings.py's."""

from __future__ import annotations

import random

from common import kinerja_row

from lkj_xl.build import load_report
from lkj_xl.core import contract as c
from lkj_xl.core import pages
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.long_text import drop_cut_finding
from lkj_xl.core.model import PERINGATAN, Finding
from lkj_xl.xlsx.template import new_workbook

SETTINGS = {c.P_PEMDA: "Kabupaten Uji", c.P_OPD: "Dinas Uji", c.P_TAHUN: 2025, c.P_TRIWULAN: 2}
KEGIATAN = 120  # enough rows that every one of them is looked up among a hundred findings or more


def _workbook(path):
    """A Sasaran, a Program and KEGIATAN Kegiatan of Target 400 dokumen: even ones with Realisasi TW I
    5000 (plain), odd ones "5.000 jt" (a scale word the target lacks); TW II 45 each."""
    rows = [
        kinerja_row(
            "S1", "Sasaran", "", "Sasaran", "Indeks sasaran", 80, 70, 75, **{"Jenis Realisasi": "Nilai Akhir"}
        ),
        kinerja_row(
            "P1",
            "Program",
            "S1",
            "Program",
            "Persentase program",
            80,
            None,
            77,
            **{"Jenis Realisasi": "Nilai Akhir"},
        ),
    ]
    for k in range(KEGIATAN):
        tw1 = 5000 if k % 2 == 0 else "5.000 jt"
        rows.append(
            kinerja_row(
                f"K{k}",
                "Kegiatan",
                "P1",
                f"Kegiatan {k}",
                f"Jumlah keluaran {k}",
                400,
                tw1,
                45,
                Satuan="dokumen",
            )
        )
    budget = {
        "Kode": "P1",
        "Program": "Program",
        "Pagu": 1_000_000,
        "Realisasi TW I": 100_000,
        "Realisasi TW II": 150_000,
    }
    new_workbook(path, pengaturan=SETTINGS, kinerja=rows, anggaran=[budget])
    return path


def test_far_off_said_once_at_each_row_not_where_its_cell_spoke_already(tmp_path):
    report = load_report(_workbook(tmp_path / "banyak.xlsx"))
    kinerja = [f for f in report.findings if f.sheet == c.SHEET_KINERJA and f.severity == PERINGATAN]
    far = [f for f in kinerja if "lebih dari 10 kali Target" in f.pesan]
    # Kinerja's table starts at row 4 (the Sasaran), the Program on 5, Kegiatan k on row 6 + k; the
    # Target is column I. Even rows: 5000 + 45 = 5.045 > 10 x 400 = 4.000, said at the Target, once,
    # in row order. Odd rows: "5.000 jt" is 5.000.000.000, far off too, but its TW I cell (K) says
    # the scale already, so the row's far-off peringatan is left out (said once per row).
    assert [f.sel for f in far] == [f"I{6 + k}" for k in range(0, KEGIATAN, 2)]
    assert all("(5.045) lebih dari 10 kali Target (400)" in f.pesan for f in far)
    scale = [f.sel for f in kinerja if "ditulis dengan skala berbeda" in f.pesan]
    assert scale == [f"K{6 + k}" for k in range(1, KEGIATAN, 2)]


def _finding(sheet: str, sel: str, pesan: str = "x") -> Finding:
    return Finding(PERINGATAN, sheet, sel, pesan)


def test_said_at_follows_the_log_as_it_changes():
    findings: list[Finding] = []
    log = FindingLog(findings, {c.SHEET_KINERJA: {"Target": "I"}})
    assert not log.said_at(c.SHEET_KINERJA, ["I7"])
    log.add(PERINGATAN, c.SHEET_KINERJA, "Target", 7, "satu")
    findings.append(_finding(c.SHEET_ANGGARAN, "G4"))  # appended beside add(), as flush() does
    assert log.said_at(c.SHEET_KINERJA, ["I6", "I7"])
    assert not log.said_at(c.SHEET_KINERJA, ["G4"])  # another sheet's cell
    assert log.said_at(c.SHEET_ANGGARAN, ["G4"])
    # filtered in place (long_text.drop_cut_finding): the cell dropped is no longer said
    findings.append(_finding(c.SHEET_KINERJA, "K9", f"Teks di {c.SHEET_KINERJA}!K9 terlalu panjang ..."))
    assert log.said_at(c.SHEET_KINERJA, ["K9"])
    drop_cut_finding(findings, c.SHEET_KINERJA, "K9")
    assert not log.said_at(c.SHEET_KINERJA, ["K9"])
    # one removed and one added: as long as before, its last finding another
    findings.remove(findings[0])
    findings.append(_finding(c.SHEET_KINERJA, "L8"))
    assert not log.said_at(c.SHEET_KINERJA, ["I7"])
    assert log.said_at(c.SHEET_KINERJA, ["L8"])
    # the list replaced
    log.items = [_finding(c.SHEET_KINERJA, "M2")]
    assert log.said_at(c.SHEET_KINERJA, ["M2"]) and not log.said_at(c.SHEET_KINERJA, ["L8"])


def _chained(ranges: list[tuple[int, int]], row: int) -> int:
    """The rule as it reads: a page starting inside a range (after its first row, up to its last)
    starts before it instead, again and again (a chain of ranges moves together)."""
    moved = True
    while moved:
        moved = False
        for first, last in ranges:
            if first < row <= last:
                row, moved = first, True
    return row


def test_range_starts_by_hand():
    # (1, 5) and (3, 10): rows 2-5 move to 1; rows 6-10 to 3, inside (1, 5), so to 1; 0, 1 and 11 stay.
    assert pages._range_starts([(3, 10), (1, 5)], 12) == [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11]
    # (2, 4) and (6, 8) apart; (5, 5) holds no row after its first
    assert pages._range_starts([(2, 4), (6, 8), (5, 5)], 10) == [0, 1, 2, 2, 2, 5, 6, 6, 6, 9]
    assert pages._range_starts([], 3) == [0, 1, 2]


def test_range_starts_as_the_rule_reads_on_random_ranges():
    rng = random.Random(15)
    for _ in range(3000):
        n = rng.randint(1, 25)
        ranges = sorted(
            {(a, rng.randint(a, n)) for a in (rng.randrange(n) for _ in range(rng.randint(0, 7)))}
        )
        assert pages._range_starts(ranges, n) == [_chained(ranges, r) for r in range(n)], ranges


def test_build_o_over_its_earlier_result_computes_the_report_once(tmp_path, monkeypatch):
    # -o checks that the file it replaces is the same agency's (Pengaturan's names): read and parsed,
    # not computed again (that doubled the time of every rebuild).
    from lkj_xl import build as build_module
    from lkj_xl.core import engine

    source, out = _workbook(tmp_path / "banyak.xlsx"), tmp_path / "hasil.xlsx"
    build_module.build(source, out)
    computed = []
    real = engine.compute
    monkeypatch.setattr(engine, "compute", lambda *a, **k: computed.append(1) or real(*a, **k))
    build_module.build(source, out)
    assert len(computed) == 1
    assert load_report(out).settings.perangkat_daerah == "Dinas Uji"
