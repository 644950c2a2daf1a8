"""A Kode Induk cycle (two Programs typed under each other) is said once, at the first of its Kodes in the
sheet, and broken there; a Kode typed under one of them keeps its right Kode Induk, even on a row above
the cycle's."""

from __future__ import annotations

from lkj_xl.core.model import GALAT
from tests.test_engine import kinerja_row, run


def _rows(kegiatan_first: bool) -> list[list[object]]:
    kegiatan = kinerja_row(
        "2.17.01.2.01", "Kegiatan", "2.17.01", "Pembinaan koperasi", "Jumlah koperasi dibina", "40",
        ("12", "15", None, None), satuan="koperasi",
    )  # fmt: skip
    programs = [
        # the slip: each Program's Kode Induk the other one's Kode (meant: Sasaran 1.01)
        kinerja_row(
            "2.17.01", "Program", "2.17.02", "Program Pengawasan Koperasi", "Persentase koperasi aktif",
            "75,5", ("70,2", "72,4", None, None),
        ),
        kinerja_row(
            "2.17.02", "Program", "2.17.01", "Program Pemberdayaan UMKM", "Persentase UMKM naik kelas",
            "10", ("4,5", "6", None, None),
        ),
    ]  # fmt: skip
    head = [
        kinerja_row("1", "Tujuan", "", "Meningkatnya daya saing UMKM", "Pertumbuhan UMKM", "5", ("2", "3", None, None)),
        kinerja_row("1.01", "Sasaran", "1", "Meningkatnya koperasi sehat", "Persentase koperasi sehat", "60",
                    ("55", "58", None, None)),
    ]  # fmt: skip
    return [*head, kegiatan, *programs] if kegiatan_first else [*head, *programs, kegiatan]


def _cycle_findings(report) -> list[tuple[str, str]]:
    return [(f.sel, f.pesan) for f in report.findings if f.severity == GALAT and "siklus" in f.pesan]


def test_a_kegiatan_typed_above_a_cycle_of_programs_keeps_its_program():
    # rows: 1 headers, 2 Tujuan, 3 Sasaran, 4 the Kegiatan, 5 Program 2.17.01, 6 Program 2.17.02.
    # The Kegiatan's Kode Induk 2.17.01 exists and is its Program: its own ancestry (2.17.01, 2.17.02,
    # 2.17.01, ...) never returns to it, so it is no cycle of its own. The cycle is 2.17.01 <-> 2.17.02,
    # said at the first of them in the sheet (row 5, Kode Induk in column C) and broken there.
    report = run(_rows(kegiatan_first=True))
    assert _cycle_findings(report) == [
        ("C5", 'Kode Induk "2.17.02" untuk "2.17.01" membentuk lingkaran (siklus)')
    ]
    roots = {n.kode: n for n in report.roots}
    assert list(roots) == ["1", "2.17.01"]  # the Tujuan, and the Program where the cycle was broken
    # its children in the sheet's order: the Kegiatan (row 4), then the other Program (row 6)
    assert [k.kode for k in roots["2.17.01"].children] == ["2.17.01.2.01", "2.17.02"]


def test_the_same_rows_with_the_kegiatan_below_say_the_same():
    # the order of the rows in the sheet changes no finding but the cycle's row: here too 2.17.01 (row 4)
    report = run(_rows(kegiatan_first=False))
    assert _cycle_findings(report) == [
        ("C4", 'Kode Induk "2.17.02" untuk "2.17.01" membentuk lingkaran (siklus)')
    ]
    roots = {n.kode: n for n in report.roots}
    assert list(roots) == ["1", "2.17.01"]
    assert [k.kode for k in roots["2.17.01"].children] == ["2.17.02", "2.17.01.2.01"]
