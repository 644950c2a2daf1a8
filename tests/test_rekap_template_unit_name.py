"""``lkj-xl rekap``: a unit typed after its parent agency's name never stands for the parent's blank.

A blank template named by the abbreviation of the START of one counted agency's name is that agency's
(core.rekap_singkatan.name_starts: ``LKjIP Dinsos.xlsx`` beside the ``Dinas Sosial P3A``). But a unit
types its parent first (``Dinas Kesehatan UPT Puskesmas Sukodono``, ``Sekretariat Daerah, Bagian
Umum``): its start is the parent, another agency. With one such unit counted, the Dinas Kesehatan's
blank ``LKjIP Dinkes.xlsx`` was read as that Puskesmas's and the Dinas Kesehatan, which sent nothing
filled, was in no warning (review of rekap21)."""

from __future__ import annotations

import pytest

from lkj_xl.core.rekap_singkatan import name_starts
from lkj_xl.core.rekap_templat_kiriman import sent_templates


def _flagged(blank: str, *agencies: str) -> bool:
    """``blank`` among the agencies' files is flagged as an agency's blank template not filled in, the
    ``agencies`` counted from other files."""
    counted = {agency: f"kab/counted {at}.xlsx" for at, agency in enumerate(agencies)}
    warnings, sent = sent_templates([f"kab/{blank}"], [], ["kab"], counted)
    assert bool(warnings) == bool(sent)
    return bool(sent)


@pytest.mark.parametrize(
    ("blank", "unit"),
    [
        ("LKjIP Dinkes.xlsx", "Dinas Kesehatan UPT Puskesmas Sukodono"),
        ("LKjIP Dinkes.xlsx", "Dinas Kesehatan (UPT Puskesmas Sukodono)"),
        ("LKjIP Dinkes.xlsx", "Dinas Kesehatan - UPT Puskesmas Sukodono"),
        ("LKjIP Dinkes TW II.xlsx", "Dinas Kesehatan, UPTD Labkesda"),
        ("LKjIP Dinkes.xlsx", "Dinas Kesehatan RSUD dr. Haryoto"),
        ("LKjIP Dinas Kesehatan.xlsx", "Dinas Kesehatan UPT Puskesmas Sukodono"),
        ("LKjIP Setda.xlsx", "Sekretariat Daerah, Bagian Umum"),
        ("LKjIP Disdik.xlsx", "Dinas Pendidikan, Bidang Pembinaan SD"),
        ("LKjIP Distan.xlsx", "Dinas Pertanian, UPT Balai Benih"),
    ],
)
def test_the_parent_s_blank_is_flagged_beside_its_unit(blank, unit):
    # the unit counted, the parent's template blank: the parent has not reported
    assert _flagged(blank, "Dinas Sosial", unit)


def test_a_merged_agency_s_field_after_dan_is_its_own():
    # "dan Desa" is the Dinas Pemberdayaan Masyarakat dan Desa's own field, no unit's
    assert name_starts("Dinas Pemberdayaan Masyarakat dan Desa") == [["dinas", "pemberdayaan", "masyarakat"]]
    assert not _flagged("LKjIP Dinsos.xlsx", "Dinas Sosial P3A")  # rekap21's case unchanged
