"""A new user's trial (newuser53): a Dinas Sosial's annual report (PPKS tertangani, KPM PKH graduasi
Kumulatif, bansos tepat sasaran, IKM; pagu pasted from SIPD with 5.1.06 Belanja Bantuan Sosial and a BTT
line) and an Inspektorat's Semester I report (tindak lanjut temuan BPK, Level kapabilitas APIP, Maturitas
SPIP 3,25, Nilai SAKIP, Opini BPK) filling `lkj-xl new`'s workbook.

- Nilai SAKIP typed `B B` in the reported quarter (no grade before it) was belum diketahui with its text
  as the status, without a word: the grade staff typed was dropped silently (only TW IV of a year's
  report was told so).
"""

from __future__ import annotations

import pytest

from lkj_xl.core.findings import PERINGATAN
from tests.test_engine import kinerja_row, run

SAKIP = "Nilai SAKIP"


def _sakip(tws, triwulan="Semester I", target="A"):
    return run(
        [
            kinerja_row(
                "S2",
                "Sasaran",
                "",
                "Akuntabilitas kinerja",
                SAKIP,
                target,
                tws,
                satuan="Predikat",
                jenis="Nilai Akhir",
            )
        ],
        triwulan=triwulan,
    )


def _at(report, sel):
    return [f for f in report.findings if (f.sheet, f.sel, f.severity) == ("Kinerja", sel, PERINGATAN)]


@pytest.mark.parametrize(
    ("typed", "grade", "sel", "triwulan"),
    [
        ("B B", "BB", "L2", "Semester I"),  # the LHE's BB typed with a space, TW II of a Semester I report
        ("Predikat: A", "A", "L2", 2),
        ("W T P", "WTP", "K2", 1),
    ],
)
def test_a_grade_typed_unlike_a_grade_in_the_reported_quarter_is_told(typed, grade, sel, triwulan):
    tws = (None, typed, None, None) if sel == "L2" else (typed, None, None, None)
    report = _sakip(tws, triwulan, target="WTP" if grade == "WTP" else "A")
    item = report.indicators[0]
    # no grade read in any quarter: belum diketahui, never a capaian
    assert item.capaian is None
    said = _at(report, sel)
    assert len(said) == 1, [f.pesan for f in report.findings]
    assert f'"{typed}"' in said[0].pesan and f'("{grade}")' in said[0].pesan
    assert "belum diketahui" in said[0].pesan


@pytest.mark.parametrize("status", ["menunggu LHE", "proses evaluasi KemenPAN-RB", "-"])
def test_a_status_in_the_reported_quarter_stays_quiet(status):
    # a status names no grade (ordinary input): belum diketahui quietly
    report = _sakip((None, status, None, None))
    assert report.indicators[0].capaian is None
    assert not _at(report, "L2"), [f.pesan for f in report.findings]


def test_a_grade_typed_unlike_a_grade_before_a_status_is_told_too():
    # TW I "B B" (the LHE's BB), TW II "menunggu LHE": typed "BB", TW I's grade would be the realisasi
    # s.d. Semester I (BB below the target A, said so); unread, the period is belum diketahui and TW I
    # must be told, not dropped quietly
    report = _sakip(("B B", "menunggu LHE", None, None))
    assert report.indicators[0].capaian is None
    said = _at(report, "K2")
    assert len(said) == 1 and '("BB")' in said[0].pesan, [f.pesan for f in report.findings]
    # the status itself names no grade: nothing at TW II
    assert not _at(report, "L2")
