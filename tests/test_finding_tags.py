"""What a finding is about (Finding.tentang) is set where it is made: the rekap's Pemeriksaan note
(catatan_angka) and the "melebihi pagu" cells under Tabel 3.4 pick findings by it, never by their
words. A reworded message, or a name staff typed quoting those words, changed what the Bappeda read.

The words the outputs used to search (kept here as the oracle) still pick exactly the findings the
tags pick, over the example workbook and workbooks typed with each fault that makes such a note."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lkj_xl.build import load_report
from lkj_xl.core.kalimat_program import melebihi_pagu_sel
from lkj_xl.core.model import GALAT, LEFT_OUT, PERINGATAN, TOTALS, TOWARD_NO_SASARAN, Finding, in_sheet_order
from lkj_xl.core.rekap_catatan import catatan_angka
from tests.common import EXAMPLE, example_typed
from tests.helpers_workbooks import FAULTS

# --- The word matching rekap_catatan and kalimat did before the tags (the oracle) ---------------
_LEFT_OUT = "tidak dihitung"
_TOWARD_NO_SASARAN = "tidak dihitung ke sasaran mana pun"
_ABOUT_TOTALS = (
    "masuk total Tabel 3.4",
    "Total Pagu Perjanjian Kinerja",
    "triwulan yang dilaporkan",
    "triwulan terakhir Tahun",
)
_SOME_QUARTERS = re.compile(r"dihitung dari \S.*? saja")


def _said_by_words(f: Finding) -> bool:
    return f.severity != GALAT and (
        _LEFT_OUT in f.pesan
        or any(w in f.pesan for w in _ABOUT_TOTALS)
        or bool(_SOME_QUARTERS.search(f.pesan))
    )


def _left_out_by_words(f: Finding) -> bool:
    return _said_by_words(f) and _LEFT_OUT in f.pesan and _TOWARD_NO_SASARAN not in f.pesan


def _catatan_by_words(findings: list[Finding]) -> tuple[int, str | None]:
    said = [f for f in findings if _said_by_words(f)]
    if not said:
        return 0, None
    lines = [
        f"{f.sheet}!{f.sel}: {f.pesan}" if f.sel else f"{f.sheet}: {f.pesan}" for f in in_sheet_order(said)
    ]
    return sum(map(_left_out_by_words, said)), "\n".join(lines)


def _melebihi_by_words(findings: list[Finding], rows: set[int]) -> list[str]:
    return [
        f"{f.sheet}!{f.sel}"
        for f in findings
        if f.sheet == "Anggaran"
        and "melebihi pagu" in f.pesan
        and re.search(r"(\d+)$", f.sel)
        and int(re.search(r"(\d+)$", f.sel).group(1)) in rows  # type: ignore[union-attr]
    ]


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, list[Finding]]:
    folder = tmp_path_factory.mktemp("tags")
    out = {}
    for name, (triwulan, cells, _) in FAULTS.items():
        path = EXAMPLE if name == "example" else example_typed(Path(folder), name, triwulan, cells)
        out[name] = load_report(path)
    return out


@pytest.mark.parametrize("name", list(FAULTS))
def test_the_tags_pick_what_the_words_picked(reports, name):
    report = reports[name]
    findings = report.findings
    notes = {"left_out", "toward_no_sasaran", "totals", "some_quarters"}
    for f in findings:
        assert (f.severity != GALAT and bool(f.tentang & notes)) == _said_by_words(f), f
    assert catatan_angka(findings) == _catatan_by_words(findings)
    rows = {b.row for b in report.budgets}
    assert melebihi_pagu_sel(findings, rows) == _melebihi_by_words(findings, rows)
    wanted = FAULTS[name][2]
    if wanted is not None:  # a peringatan the fault made (not the example's own) says it
        made = [f for f in findings if f not in reports["example"].findings]
        assert any(f.severity == PERINGATAN and wanted in f.tentang for f in made), wanted


def test_the_faults_give_notes_the_rekap_counts(reports):
    # Hand counts: TW II typed in a TW I report: one peringatan per sheet (41 Kinerja rows, 16 Anggaran
    # rows with TW II, each at its column's range), each a value left out.
    assert catatan_angka(reports["tw2_typed_in_tw1"].findings)[0] >= 2
    # The program in no Sasaran is said, never counted as left out; the JUMLAH row is left out.
    count, text = catatan_angka(reports["toward_none"].findings)
    assert "Anggaran!C20" in (text or "") and "sasaran mana pun" in (text or "")
    assert count == _catatan_by_words(reports["toward_none"].findings)[0]
    example = catatan_angka(reports["example"].findings)[0]
    assert catatan_angka(reports["jumlah_row"].findings)[0] == example + 1
    count, text = catatan_angka(reports["program_without_parent"].findings)
    assert "Anggaran!C17" in (text or "") and "sasaran mana pun" in (text or "") and count == example


def test_catatan_angka_reads_the_tag_not_the_words():
    words = "Baris jumlah; tidak dihitung (masuk total Tabel 3.4, triwulan yang dilaporkan)"
    # A5 tagged, other words: counted. A6 every old word, no tag: not said. A7 and B16: said, not
    # counted. D8 a galat: in Temuan Galat, not here.
    findings = [
        Finding(PERINGATAN, "Anggaran", "A5", "Baris ini diabaikan", LEFT_OUT),
        Finding(PERINGATAN, "Anggaran", "A6", words),
        Finding(PERINGATAN, "Anggaran", "A7", "Program tanpa sasaran", TOWARD_NO_SASARAN),
        Finding(PERINGATAN, "Pengaturan", "B16", "Jumlah berbeda", TOTALS),
        Finding(GALAT, "Anggaran", "D8", "Pagu tidak terbaca", LEFT_OUT),
    ]
    count, text = catatan_angka(findings)
    # one left out (A5); A7 and B16 said beside it, Pengaturan before Anggaran (in_sheet_order)
    assert count == 1
    assert text == (
        "Pengaturan!B16: Jumlah berbeda\nAnggaran!A5: Baris ini diabaikan\nAnggaran!A7: Program tanpa sasaran"
    )
    assert catatan_angka([findings[1]]) == (0, None)


def test_a_name_staff_typed_with_the_words_makes_no_note(tmp_path):
    # P2.02 (Anggaran row 6, nothing spent: G6 is 0) with its pagu typed 0 gets the peringatan 'Pagu
    # program "<its name>" nol', which quotes the name. Named with the words the notes were picked by,
    # it is still no row left out and nothing about the totals.
    name = "Program penilaian koperasi (di luar Total Pagu Perjanjian Kinerja, tidak dihitung)"
    path = example_typed(tmp_path, "named", 2, {("Anggaran", "D6"): 0, ("Anggaran", "B6"): name})
    findings = load_report(path).findings
    assert any(f.sel == "D6" and name in f.pesan and f.severity == PERINGATAN for f in findings)
    count, text = catatan_angka(findings)
    # The example's one value left out (Kinerja!N27, S4's TW IV typed in a TW II report) and the
    # programs' pagu now 54.888.000 short of Pengaturan's Total Pagu Perjanjian Kinerja (B16).
    assert count == 1
    assert [line.split(":")[0] for line in (text or "").split("\n")] == ["Pengaturan!B16", "Kinerja!N27"]
    assert _catatan_by_words(findings)[0] == 2  # the words took the name for a row left out


def test_finding_stays_frozen_hashable_and_equal_by_what_staff_see():
    plain = Finding(PERINGATAN, "Kinerja", "L7", "x")
    tagged = Finding(PERINGATAN, "Kinerja", "L7", "x", LEFT_OUT)
    assert plain.tentang == frozenset()
    assert plain == tagged and hash(plain) == hash(tagged)
    with pytest.raises(AttributeError):
        tagged.tentang = TOTALS  # type: ignore[misc]
