"""The rekap's pass in the main process (perf19): the duplicate choice is made once and handed to the
warnings, a figure's column is gathered without interning, the plan fingerprint's columns are picked
by itemgetter. Each must give what the former code gave."""

from __future__ import annotations

import copy
import random
import sys
from typing import Any

import pytest
from test_perf17 import _agency

from lkj_xl import agencies
from lkj_xl.core import rekap as core
from lkj_xl.core import rekap_isi, rekap_peringatan
from lkj_xl.rekap_columns import Columns


def _rows(seed: int) -> list[dict[str, Any]]:
    """perf17's tricky agencies (names that collide, revisions, duplicates, kind-less Pemda, two periods)
    with what rekap_peringatan.warnings reads beside them."""
    rnd = random.Random(seed)
    rows = [_agency(rnd, i) for i in range(rnd.randrange(2, 30))]
    for row in rows:
        row |= {"skala": rnd.choice(["PermenPANRB", "PermenPANRB", "Lain"]), "batas_capaian": None}
        row |= {"indikator": rnd.choice([0, 3, 3]), "program": rnd.choice([0, 2, 2]), "capaian": None}
    return rows


@pytest.mark.parametrize("seed", range(40))
def test_warnings_with_the_rekap_s_choice_are_those_it_chooses_itself(seed: int) -> None:
    rows = _rows(seed)
    alone = rekap_peringatan.warnings(copy.deepcopy(rows))
    ganda = core.choose(rows)
    core.rank(ganda.counted)  # what rekap() does between the two (sets peringkat)
    assert rekap_peringatan.warnings(rows, ganda) == alone


def test_the_rekap_chooses_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Two files of one agency and period (the later one counts) and another agency: choose() ran twice
    # over every agency before (in rekap() and again in rekap_peringatan.warnings).
    results = []
    for i, opd in enumerate(["Dinas Kesehatan", "Dinas Kesehatan", "Dinas Sosial"]):
        agency = {key: None for key in (c.key for c in core.AGENCY_COLUMNS)}
        agency |= {"pemerintah_daerah": "Kabupaten Lumajang", "perangkat_daerah": opd, "berkas": f"{i}.xlsx"}
        agency |= {"tahun": 2025, "triwulan": 2, "periode": "Triwulan II Tahun 2025", "skala": "PermenPANRB"}
        agency |= {"batas_capaian": None, "indikator": 0, "program": 0, "jalur": f"/nowhere/{i}.xlsx"}
        agency |= {"diubah": 100.0 + i, "isi": None, "rencana": None, "temuan_galat": 0}
        results.append(agencies.AgencyResult(f"{i}.xlsx", core.DIBACA, agency=agency))
    monkeypatch.setattr(agencies, "workbook_paths", lambda paths, **_: [f"{i}.xlsx" for i in range(3)])
    monkeypatch.setattr(agencies, "_results", lambda paths, jobs: iter(results))
    calls = []
    choose = core.choose
    monkeypatch.setattr(core, "choose", lambda rows: calls.append(len(rows)) or choose(rows))
    result = agencies.rekap(["opd"], jobs=1)
    assert calls == [3]
    # the duplicate is still said and left out: 0.xlsx, the older (diubah 100 against 101)
    assert list(result.pemeriksaan["status"]) == [core.GANDA, core.DIBACA, core.DIBACA]
    assert "Perangkat daerah ganda" in set(result.peringatan["jenis"])
    assert list(result.perangkat_daerah["berkas"]) == ["1.xlsx", "2.xlsx"]


def test_a_figure_s_column_is_gathered_as_it_came_and_texts_are_interned() -> None:
    columns = Columns(core.PROGRAM_COLUMNS)
    pemda = "".join(["Kabupaten ", "Lumajang"])  # built: not the literal's interned object
    row = [None] * len(core.PROGRAM_COLUMNS)
    keys = [c.key for c in core.PROGRAM_COLUMNS]
    row[keys.index("pemerintah_daerah")] = pemda
    row[keys.index("pagu")] = 1_500_000.0
    row[keys.index("penyerapan")] = None
    row[keys.index("kunci")] = "".join(["k", "0123456789abcdef"])
    columns.extend([tuple(row)])
    assert columns.data["pagu"] == [1_500_000.0] and columns.data["penyerapan"] == [None]
    assert columns.data["pemerintah_daerah"][0] is sys.intern("Kabupaten Lumajang")  # shared
    assert columns.data["kunci"][0] is row[keys.index("kunci")]  # a key is never interned
    # An agency's rows: one text down a column (its Pemda, equal texts of other objects too), texts
    # that differ (Kode, one None), a long one (a program's name, kept as it is).
    program = "Program Peningkatan Kapasitas Sumber Daya Aparatur Daerah"  # 57 characters
    rows = []
    for kode in ("1.01", None, "1.03"):
        row[keys.index("pemerintah_daerah")] = "".join(["Kabupaten ", "Lumajang"])
        row[keys.index("kode")] = kode
        row[keys.index("program")] = "".join([program[:10], program[10:]])
        rows.append(tuple(row))
    columns.extend(rows)
    assert columns.data["pemerintah_daerah"] == ["Kabupaten Lumajang"] * 4
    assert all(v is sys.intern("Kabupaten Lumajang") for v in columns.data["pemerintah_daerah"])
    assert columns.data["kode"] == [None, "1.01", None, "1.03"]
    assert columns.data["program"] == [None, program, program, program]
    assert columns.data["pagu"] == [1_500_000.0] * 4


@pytest.mark.parametrize("at", [[0], [2, 0], [1, 3, 4, 0, 2]])
def test_the_plan_s_columns_are_those_picked_one_by_one(at: list[int]) -> None:
    row = ("Sasaran", "1.1", "Persentase desa mandiri", "%", 85.5)
    assert rekap_isi._kept(at)(row) == tuple(row[i] for i in at)
