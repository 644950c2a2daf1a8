"""Rekap, round 16 (a province Bappeda's analyst joining quarters in pandas).

1. The same agency spelled another way in another quarter (``Kab. Lumajang`` in TW I, ``Kabupaten
   Lumajang`` in TW II; ``&`` for ``dan``; its Pemda's name after its own; a comma more) is one
   agency to the rekap's duplicate check, yet its ``kunci`` differed: stacking two quarters' rekaps
   and merging on ``kunci`` found no partner for any of its rows, without a word.
2. An Indikator retyped with other punctuation (the seed's ``perundang - undangan`` as
   ``perundang-undangan``, a full stop added) lost its partner likewise.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook
from tests.test_mend34h import _key, _quarter
from tests.test_rekap_round3 import anggaran, kinerja

PLAIN = ("Kabupaten Lumajang", "Dinas Koperasi dan UKM")
# How staff retype the same Pemda and agency in another quarter; each is the same agency to the
# duplicate check (README "the same agency twice in the same period").
SPELLINGS = [
    ("Kab. Lumajang", "Dinas Koperasi dan UKM"),
    ("Pemerintah Kabupaten Lumajang", "Dinas Koperasi dan UKM"),
    ("Kabupaten Lumajang", "Dinas Koperasi & UKM"),
    ("Kabupaten Lumajang", "DINAS KOPERASI DAN UKM KAB. LUMAJANG"),
    ("Kabupaten Lumajang", "Dinas Koperasi dan UKM,"),
    ("KABUPATEN  LUMAJANG", "Dinas  Koperasi dan UKM"),  # case and spaces: joined on main already
]


def _joined(a: pd.DataFrame, b: pd.DataFrame) -> list[str]:
    """Where each row of two quarters' table found its partner on kunci (README's join)."""
    both = a.merge(
        b, on="kunci", how="outer", suffixes=("_tw1", "_tw2"), validate="one_to_one", indicator=True
    )
    return list(both["_merge"])


@pytest.mark.parametrize("typed", SPELLINGS, ids=lambda t: f"{t[0]}|{t[1]}")
def test_an_agency_spelled_otherwise_in_another_quarter_joins_on_kunci(tmp_path, typed):
    # Each quarter rekapped on its own (as every quarter's folder is), then stacked and merged.
    tw1 = lkj_xl.rekap(_quarter(tmp_path / "tw1", [typed], 1), jobs=1)
    tw2 = lkj_xl.rekap(_quarter(tmp_path / "tw2", [PLAIN], 2), jobs=1)
    for name, rows in (("perangkat_daerah", 1), ("indikator", 2), ("program", 1)):
        # the generated agency: 1 agency row, 2 indicators (T1, S1), 1 program (P1); every row paired
        assert _joined(getattr(tw1, name), getattr(tw2, name)) == ["both"] * rows, name
    # the rows keep the names as each file typed them: only the key tells they are one agency
    assert tw1.perangkat_daerah["perangkat_daerah"].iat[0] == " ".join(typed[1].split())
    # the key is the documented arithmetic over the names as the duplicate check reads them
    assert tw2.perangkat_daerah["kunci"].iat[0] == _key("kabupaten lumajang", "dinas koperasi dan ukm")
    (program,) = tw1.program["kunci"]
    assert program == _key("kabupaten lumajang", "dinas koperasi dan ukm", "P1")
    indikator = dict(zip(tw1.indikator["kode"], tw1.indikator["kunci"]))
    assert indikator["T1"] == _key("kabupaten lumajang", "dinas koperasi dan ukm", "T1", "indeks kesehatan")


def test_spellings_within_one_stacked_rekap_share_the_key(tmp_path):
    # TW I and TW II in one rekap (both folders given): the same agency, one key in both periods,
    # and (kunci, tahun, triwulan) still names one row.
    _quarter(tmp_path / "tw1", [("Kab. Lumajang", "Dinas Koperasi & UKM")], 1)
    _quarter(tmp_path / "tw2", [PLAIN], 2)
    result = lkj_xl.rekap([tmp_path / "tw1", tmp_path / "tw2"], jobs=1)
    table = result.perangkat_daerah
    assert sorted(table["triwulan"]) == [1, 2] and table["kunci"].nunique() == 1
    for frame in (result.indikator, result.program, table):
        assert not frame.duplicated(["kunci", "tahun", "triwulan"]).any()
    assert result.indikator.groupby("kunci")["triwulan"].nunique().eq(2).all()


def test_two_agencies_of_one_pemda_keep_two_keys(tmp_path):
    # Names the duplicate check tells apart stay apart: Dinas Koperasi dan UKM is not Dinas Kesehatan,
    # and the Dinas Koperasi dan UKM of Kota Lumajang (another Pemda) is not the Kabupaten's; units
    # named by the Pemda's own name (read "kecamatan" and "kelurahan", rekap_ganda.agency_identity)
    # are two agencies too.
    keys = set()
    agencies = [
        PLAIN,
        ("Kabupaten Lumajang", "Dinas Kesehatan"),
        ("Kota Lumajang", PLAIN[1]),
        ("Kabupaten Lumajang", "Kecamatan Lumajang"),
        ("Kabupaten Lumajang", "Kelurahan Lumajang"),
    ]
    for n, (pemda, opd) in enumerate(agencies):
        keys.add(
            lkj_xl.rekap(_quarter(tmp_path / str(n), [(pemda, opd)], 2), jobs=1)
            .perangkat_daerah["kunci"]
            .iat[0]
        )
    assert len(keys) == len(agencies)


def test_stacked_parquet_of_two_quarters_joins(tmp_path):
    # The analyst's path: each quarter written with --format parquet, read back, concatenated.
    pytest.importorskip("pyarrow")
    from click.testing import CliRunner

    from lkj_xl.cli import main

    frames = []
    for triwulan, typed in ((1, SPELLINGS[0]), (2, PLAIN)):
        folder = _quarter(tmp_path / f"tw{triwulan}", [typed], triwulan)
        out = tmp_path / f"out{triwulan}"
        run = CliRunner().invoke(main, ["rekap", str(folder), "-o", str(out), "--format", "parquet"])
        assert run.exit_code == 0, run.output
        frames.append(pd.read_parquet(out / "indikator.parquet"))
    both = pd.concat(frames)
    tw1, tw2 = both[both.triwulan == 1], both[both.triwulan == 2]
    assert _joined(tw1, tw2) == ["both", "both"]


# --- 2. an indicator retyped with other punctuation ------------------------------------------------


def _typed_indicator(root: Path, sasaran: str, triwulan: int) -> lkj_xl.Rekap:
    """The rekap of one agency whose Sasaran indicator is typed ``sasaran`` (test_rekap_round3's
    Tujuan T1 and Sasaran S1, pagu 1.000.000.000)."""
    rows = kinerja("90", "9%")
    rows[1]["Indikator"] = sasaran
    root.mkdir(parents=True)
    new_workbook(root / "o.xlsx",
                 pengaturan={c.P_PEMDA: PLAIN[0], c.P_OPD: PLAIN[1], c.P_TAHUN: 2025, c.P_TRIWULAN: triwulan},
                 kinerja=rows, anggaran=anggaran("1.000.000.000", "100 jt", "150 jt"))  # fmt: skip
    return lkj_xl.rekap(root, jobs=1)


@pytest.mark.parametrize(
    "tw1",
    [
        "Persentase koperasi yang taat akan peraturan perundang - undangan",  # the seed's spelling
        "Persentase koperasi yang taat akan peraturan perundang–undangan.",  # Word's en dash, a full stop
        "Persentase koperasi yang taat akan peraturan  perundang-undangan ;",
        "Persentase Koperasi yang Taat akan Peraturan Perundang-Undangan",
    ],
)
def test_an_indicator_retyped_with_other_punctuation_joins_on_kunci(tmp_path, tw1):
    typed = "Persentase koperasi yang taat akan peraturan perundang-undangan"
    first = _typed_indicator(tmp_path / "tw1", tw1, 1)
    second = _typed_indicator(tmp_path / "tw2", typed, 2)
    # T1 and S1 each find their partner; the rows keep the text each quarter typed
    assert _joined(first.indikator, second.indikator) == ["both", "both"]
    assert list(first.indikator["indikator"])[1] == " ".join(tw1.split())
    # the documented arithmetic: the words of the Indikator, lower case, punctuation a space
    words = "persentase koperasi yang taat akan peraturan perundang undangan"
    assert second.indikator["kunci"].iat[1] == _key(*(p.lower() for p in PLAIN), "S1", words)
