"""The Ringkasan sentences (SummaryGroup.kalimat) are built when first read, not for every report: a
rekap reads none of them. Whoever reads them gets the same sentences, also from a copy or a pickle."""

from __future__ import annotations

import copy
import pickle
from fractions import Fraction
from pathlib import Path

import pytest

from lkj_xl.core import summary as summary_module
from lkj_xl.core.contract import SKALA_PERMENPANRB
from lkj_xl.core.summary import summary
from tests.report_factory import indicator

EXAMPLE = Path(__file__).resolve().parent.parent / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"


def _three() -> list:
    met = indicator("Persentase UMKM naik kelas", tingkat="Sasaran", capaian=120.0, kriteria="Sangat Tinggi")
    met.capaian_exact = Fraction(120)  # 12 of a target of 10
    below = indicator("Jumlah koperasi sehat", tingkat="Sasaran", capaian=85.5, kriteria="Tinggi")
    below.capaian_exact = Fraction(171, 2)  # 85,5 %: 171 of a target of 200
    unknown = indicator("Nilai ekspor", tingkat="Sasaran", status="Belum ada realisasi")
    return [met, below, unknown]


# By hand from summary.py's wording: one indicator in each group; the one below 100 % with its capaian
# at the report's 2 decimals (85,5 -> "85,50", the same kriteria either way), the unknown with its status.
EXPECTED = [
    "Indikator kinerja sasaran dengan capaian ≥ 100% sebanyak 1 indikator, yaitu Persentase UMKM naik kelas.",
    "Indikator kinerja sasaran dengan capaian di bawah 100% sebanyak 1 indikator, yaitu Jumlah koperasi "
    "sehat (capaian 85,50%).",
    "Indikator kinerja sasaran yang belum dapat diukur capaiannya sebanyak 1 indikator, yaitu Nilai ekspor "
    "(Belum ada realisasi).",
]


@pytest.fixture
def counted(monkeypatch):
    """How many times a list of names was written (each sentence with indicators writes one)."""
    calls = []
    names = summary_module._names

    def counting(*args, **kwargs):
        calls.append(args[0])
        return names(*args, **kwargs)

    monkeypatch.setattr(summary_module, "_names", counting)
    return calls


def test_sentences_built_when_first_read_and_once(counted):
    (group,) = summary(_three(), SKALA_PERMENPANRB, 2)
    assert (group.jumlah, len(group.tercapai), len(group.belum_tercapai), len(group.belum_diketahui)) == (
        3,
        1,
        1,
        1,
    )
    assert counted == []  # the counts are there, no sentence yet
    assert group.kalimat == EXPECTED
    assert len(counted) == 3
    assert group.kalimat is group.kalimat  # built once, then kept
    assert len(counted) == 3


def test_copy_pickle_and_equality_give_the_same_sentences():
    (group,) = summary(_three(), SKALA_PERMENPANRB, 2)
    unread_copy = copy.deepcopy(group)
    unread_pickle = pickle.loads(pickle.dumps(group))
    assert unread_copy.kalimat == EXPECTED
    assert unread_pickle.kalimat == EXPECTED
    (again,) = summary(_three(), SKALA_PERMENPANRB, 2)
    assert again == group  # the dataclass's equality reads the sentences too
    assert group.kalimat == EXPECTED
    with pytest.raises(AttributeError):
        group.kalimat_typo  # noqa: B018 - any other missing attribute is still an error


def test_rekap_of_a_workbook_builds_no_sentence(counted):
    from lkj_xl.agencies import summarise

    result = summarise(str(EXAMPLE))
    assert result.agency is not None and result.indicators
    assert counted == []


def test_build_reads_the_sentences(counted):
    """What the Ringkasan sheet, export, laporan and the mail read: built on demand, the seed's wording."""
    from lkj_xl.build import report_from_bytes

    report = report_from_bytes(EXAMPLE.read_bytes())
    assert counted == []
    sasaran = next(g for g in report.ringkasan if g.tingkat == "Sasaran")
    # Each level has at least its three sentences (≥ 100 %, below, not measurable), in that order.
    assert sasaran.kalimat[0].startswith(("Indikator kinerja sasaran dengan capaian ≥ 100%", "Tidak ada"))
    assert "di bawah 100%" in sasaran.kalimat[1]
    assert "belum dapat diukur" in sasaran.kalimat[2]
    assert counted  # read: built now
