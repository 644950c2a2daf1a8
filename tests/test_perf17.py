"""perf17: the whole-rekap passes (run once over all agencies) grow near-linearly with the agencies.

Measured on 500..4000 agency results (README "Rekap", Speed): three passes grew with agencies x rows:
1. ``agencies._as_shown`` wrote each respelt file's ``kunci`` into the whole table one file at a time
   (a pandas assignment over every row of Semua Indikator per file: 29 s of 49 at 4.000 agencies of a
   province whose Pemda are spelt several ways);
2. ``rekap_isi.same_content_warnings`` / ``same_plan_warnings`` read the period's name over every row
   once per group (``period_text(period, rows)``);
3. ``rekap_ganda.kindless_warnings`` scanned every row once per agency of a kind-less Pemda.
Each rewrite must give what the old code gave: the old code is kept here as an oracle and compared on
random tricky inputs (names that collide, revisions, duplicates, kind-less Pemda, two periods,
semesters); the scaling tests count passes over the rows, never seconds.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pandas as pd
import pytest

from lkj_xl import rekap_shown
from lkj_xl.core import rekap as core
from lkj_xl.core import rekap_ganda, rekap_isi
from lkj_xl.core.rekap_ganda import period_of, period_text, who
from lkj_xl.core.rekap_kunci import names_key, names_row_keys
from lkj_xl.rekap_columns import table_frame

PEMDA = ["Kabupaten Malang", "Kab. Malang", "Malang", "Kota Malang", "Kabupaten Lumajang", "Lumajang", "Blitar", "Kota Blitar", "Pemerintah Kabupaten Lumajang (Revisi)"]  # fmt: skip
OPD = ["Dinas Kesehatan", "DINAS KESEHATAN KAB. MALANG", "Dinas Kesehatan Kota Malang", "Dinas Sosial (Revisi)", "Dinas Sosial Revisi 2", "Kecamatan Kota Sumenep", "Dinas PU & Penataan Ruang", "Dinas PU dan Penataan Ruang", "Inspektorat", "", "Kecamatan Lumajang Kabupaten Lumajang", "RSUD Lumajang"]  # fmt: skip


class CountingList(list):
    """A list that counts the passes over it (each ``for`` / ``zip`` over it is one)."""

    passes = 0

    def __iter__(self) -> Iterator[Any]:
        self.passes += 1
        return super().__iter__()


def _agency(rnd: random.Random, i: int) -> dict[str, Any]:
    triwulan = rnd.choice([1, 2, 2, 4])
    periode = rnd.choice(
        [
            f"Triwulan {['I', 'II', 'III', 'IV'][triwulan - 1]} Tahun 2025",
            "Semester I Tahun 2025",
            "Tahun 2025",
        ]
    )
    return {
        "pemerintah_daerah": rnd.choice(PEMDA),
        "perangkat_daerah": rnd.choice(OPD),
        "berkas": f"opd-{i}.xlsx",
        "tahun": rnd.choice([2025, 2025, 2024]),
        "triwulan": triwulan,
        "periode": periode,
        # a few contents and plans shared: "Isi sama" / "Rencana sama" groups of several sizes
        "isi": f"isi{rnd.randrange(6)}",
        "rencana": f"ren{rnd.randrange(4)}",
    }


# --- 1. agencies._as_shown: the kunci of respelt files, one assignment -------------------------------


def _old_as_shown(frame: pd.DataFrame, shown: dict[str, str], parts: Any) -> pd.DataFrame:
    """agencies._as_shown before perf17 (c6b34be), the oracle."""
    if not shown:
        return frame
    mine = frame["berkas"].isin(list(shown))
    frame.loc[mine, "pemerintah_daerah"] = frame.loc[mine, "berkas"].map(shown)
    for _, rows in frame[mine].groupby("berkas", sort=False):
        pemda, opd = rows["pemerintah_daerah"].iat[0], rows["perangkat_daerah"].iat[0]
        opd = opd if isinstance(opd, str) else ""
        if parts is None:
            frame.loc[rows.index, "kunci"] = names_key(pemda, opd)
        else:
            found = [parts(row) for row in rows.to_dict("records")]
            frame.loc[rows.index, "kunci"] = names_row_keys(pemda, opd, found)
    return frame


def _indicator_table(rnd: random.Random, files: int) -> tuple[dict[str, list[Any]], dict[str, str]]:
    columns = core.INDICATOR_COLUMNS
    data: dict[str, list[Any]] = {col.key: [] for col in columns}
    shown: dict[str, str] = {}
    for f in range(files):
        berkas = f"dinas-{f}.xlsx"
        opd = rnd.choice([*OPD, None])  # None: a nameless agency (NaN in the frame), no key
        for r in range(rnd.randrange(0, 6)):
            row = dict.fromkeys(data)
            # a Kode repeated within the file (numbered keys), an Indikator differing only in case
            kode = rnd.choice(["1.1", "1.1", "1.2", "2"])
            indikator = rnd.choice(["Persentase Desa", "persentase  desa.", "Indeks Kepuasan"])
            row |= {"pemerintah_daerah": rnd.choice(PEMDA), "perangkat_daerah": opd, "berkas": berkas}
            row |= {"kode": kode, "indikator": indikator, "kunci": f"k{f}-{r}", "tahun": 2025}
            for key, value in row.items():
                data[key].append(value)
        if rnd.random() < 0.6:
            shown[berkas] = rnd.choice(["Kabupaten Malang", "Kota Malang", "Kabupaten Lumajang"])
    # rows of one file interleaved with another's now and then (groupby gathers them)
    if rnd.random() < 0.3 and len(data["berkas"]) > 3:
        order = list(range(len(data["berkas"])))
        order[1], order[-2] = order[-2], order[1]
        data = {key: [values[i] for i in order] for key, values in data.items()}
    return data, shown


@pytest.mark.parametrize("seed", range(40))
def test_as_shown_gives_what_the_old_code_gave(seed: int) -> None:
    rnd = random.Random(seed)
    data, shown = _indicator_table(rnd, rnd.randrange(1, 12))
    for columns, parts in (
        (core.INDICATOR_COLUMNS, rekap_shown.indicator_parts),
        (core.PROGRAM_COLUMNS, rekap_shown.program_parts),
        (core.AGENCY_COLUMNS, None),
    ):
        own = ("pemerintah_daerah", "perangkat_daerah", "berkas", "kunci", "kode", "indikator", "tahun")
        own = own if parts is not None else own[:4]  # an agency's row: its counts are other columns
        table = {
            col.key: data[col.key] if col.key in own else [None] * len(data["berkas"]) for col in columns
        }
        old = _old_as_shown(table_frame(columns, table), dict(shown), parts)
        new = rekap_shown.as_shown(table_frame(columns, table), parts, shown=dict(shown), names={})
        pd.testing.assert_frame_equal(new, old)
        # the test is no tautology: a respelt file's keys are those of the Pemda shown
        assert set(old["pemerintah_daerah"][old["berkas"].isin(list(shown))]) <= set(shown.values())


def test_as_shown_writes_the_keys_of_all_files_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # 40 respelt files: the old code assigned into the whole table once per file (41 assignments,
    # each over every row: files x rows); now one for the Pemda and one for the keys.
    rnd = random.Random(7)
    data, _ = _indicator_table(rnd, 40)
    shown = {berkas: "Kabupaten Malang" for berkas in data["berkas"]}
    assert len(shown) > 30
    calls = []
    original = pd.core.indexing._LocIndexer.__setitem__

    def counted(self: Any, key: Any, value: Any) -> None:
        calls.append(key)
        original(self, key, value)

    monkeypatch.setattr(pd.core.indexing._LocIndexer, "__setitem__", counted)
    frame = table_frame(core.INDICATOR_COLUMNS, data)
    rekap_shown.as_shown(frame, rekap_shown.indicator_parts, shown=shown, names={})
    assert len(calls) <= 2


# --- 2. rekap_isi: the period's name read once per period, not once per group -----------------------


def _old_same_content_warnings(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """rekap_isi.same_content_warnings before perf17 (c6b34be), the oracle."""
    found = []
    for group in rekap_isi._groups(rows):
        times = "dua kali" if len(group) == 2 else f"{len(group)} kali"
        found.append(
            (
                "Isi sama",
                f"Pada {period_text(period_of(group[0]), rows)}, {rekap_isi.daftar([who(row) for row in group])} berisi "
                "indikator, target, realisasi dan anggaran yang sama persis dengan nama perangkat daerah yang "
                "berbeda: satu buku kerja yang dikirim dengan nama lain? Semuanya dihitung sebagai perangkat "
                f"daerah tersendiri, sehingga indikator, pagu dan realisasinya dihitung {times} dalam peringkat, "
                "jumlah dan tabel. Bila perangkat daerahnya sama (mis. namanya disingkat), pindahkan berkas "
                "yang tidak berlaku dari folder lalu rekap ulang.",
            )
        )
    return found


@pytest.mark.parametrize("seed", range(40))
def test_same_content_warnings_give_what_the_old_code_gave(seed: int) -> None:
    rnd = random.Random(seed)
    rows = [_agency(rnd, i) for i in range(rnd.randrange(2, 40))]
    assert rekap_isi.same_content_warnings(rows) == _old_same_content_warnings(rows)


def test_same_content_warnings_name_the_period_as_its_rows_do() -> None:
    # Two agencies' identical workbooks of Semester I (periode "Semester I Tahun 2025" at Triwulan II,
    # rekap_ganda.semester), a third agency of Triwulan II beside them: the period is named
    # "Semester I / Triwulan II Tahun 2025" (period_text: some of the half year, some of its quarter).
    rows = [
        {
            "pemerintah_daerah": "Kabupaten Malang",
            "perangkat_daerah": name,
            "berkas": f"{i}.xlsx",
            "tahun": 2025,
        }
        | {"triwulan": 2, "periode": periode, "isi": isi, "rencana": None}
        for i, (name, periode, isi) in enumerate(
            [
                ("Dinas Sosial", "Semester I Tahun 2025", "a"),
                ("Dinas Kesehatan", "Semester I Tahun 2025", "a"),
                ("Inspektorat", "Triwulan II Tahun 2025", "b"),
            ]
        )
    ]
    ((jenis, pesan),) = rekap_isi.same_content_warnings(rows)
    assert jenis == "Isi sama"
    assert pesan.startswith("Pada Semester I / Triwulan II Tahun 2025, Dinas Sosial (0.xlsx) dan Dinas Kesehatan (1.xlsx) berisi")  # fmt: skip


def _content_groups(count: int) -> CountingList:
    # ``count`` pairs of agencies of one Pemda and period sending one workbook each under two names
    rows = CountingList()
    for g in range(count):
        for name in ("Dinas Sosial", "Dinas Kesehatan"):
            rows.append(
                {
                    "pemerintah_daerah": "Kabupaten Malang",
                    "perangkat_daerah": f"{name} {g}",
                    "berkas": f"{g}-{name}",
                }
                | {
                    "tahun": 2025,
                    "triwulan": 2,
                    "periode": "Triwulan II Tahun 2025",
                    "isi": f"i{g}",
                    "rencana": f"r{g}",
                }  # fmt: skip
            )
    return rows


def test_same_content_warnings_read_the_rows_a_few_times_whatever_the_groups() -> None:
    rows = _content_groups(30)
    assert len(rekap_isi.same_content_warnings(rows)) == 30
    assert rows.passes <= 3  # was one pass more per group (31)


def test_same_plan_warnings_read_the_rows_a_few_times_whatever_the_groups(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # every pair alike (the lead's _alike_groups is not what is counted here) and of other contents
    monkeypatch.setattr(rekap_isi, "_alike_groups", lambda plan: [list(plan)])
    rows = _content_groups(30)
    for row in rows:
        row["isi"] = row["berkas"]
    rows.passes = 0
    assert len(rekap_isi.same_plan_warnings(rows)) == 30
    assert rows.passes <= 3


# --- 3. rekap_ganda.kindless_warnings: the agencies of each name gathered once --------------------


def _old_kindless_warnings(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """rekap_ganda.kindless_warnings before perf17 (c6b34be), the oracle."""
    joined = rekap_ganda.identities(rows)
    found, candidates = rekap_ganda._kinded(rows)
    warned = []
    for row, identity, kinds, as_read in zip(rows, found, candidates, joined):
        if not kinds or as_read != identity:
            continue
        others = [other for other, its in zip(rows, found) if its in kinds]
        pemda = " ".join(str(row["pemerintah_daerah"]).split())
        warned.append(
            (
                "Pemerintah Daerah tanpa Kabupaten/Kota",
                f'{who(row)} mencatat Pemerintah Daerah "{pemda}" tanpa Kabupaten atau Kota; perangkat '
                "daerah bernama sama tercatat dengan Kabupaten/Kota: "
                + ", ".join(f"{who(o)} dari {' '.join(str(o['pemerintah_daerah']).split())}" for o in others)
                + ". Keduanya dihitung sebagai perangkat daerah terpisah; bila sama, pagu dan "
                "realisasinya terjumlah dua kali. Tulis Pemerintah Daerah lengkap (Kabupaten atau Kota) di "
                "sheet Pengaturan berkas itu lalu rekap ulang.",
            )
        )
    return warned


@pytest.mark.parametrize("seed", range(60))
def test_kindless_warnings_give_what_the_old_code_gave(seed: int) -> None:
    rnd = random.Random(seed)
    rows = [_agency(rnd, i) for i in range(rnd.randrange(2, 30))]
    assert rekap_ganda.kindless_warnings(rows) == _old_kindless_warnings(rows)


def test_kindless_warnings_name_every_agency_of_that_name_in_file_order() -> None:
    # "Dinas Kesehatan" of "Malang" twice, beside the Dinas Kesehatan of Kabupaten Malang (typed) and of
    # Kota Malang (read from its name): each kind-less file is warned about, naming both others.
    rows = [
        {
            "pemerintah_daerah": pemda,
            "perangkat_daerah": opd,
            "berkas": f"{i}.xlsx",
            "tahun": 2025,
            "triwulan": 2,
        }
        for i, (pemda, opd) in enumerate(
            [
                ("Kabupaten Malang", "Dinas Kesehatan"),
                ("Malang", "Dinas Kesehatan"),
                ("Malang", "Dinas Kesehatan Kota Malang"),
                ("Malang", "Dinas Kesehatan"),
            ]
        )
    ]
    warned = rekap_ganda.kindless_warnings(rows)
    assert [pesan.split(" mencatat")[0] for _, pesan in warned] == ["Dinas Kesehatan (1.xlsx)", "Dinas Kesehatan (3.xlsx)"]  # fmt: skip
    assert all(
        "Kabupaten/Kota: Dinas Kesehatan (0.xlsx) dari Kabupaten Malang, Dinas Kesehatan Kota Malang (2.xlsx) dari Malang."
        in pesan
        for _, pesan in warned
    )


def _kindless_passes(agencies: int) -> int:
    """Passes kindless_warnings makes over the rows of ``agencies`` kind-less agencies of a province's
    rekap, each beside the same agency typed with its kind."""
    rows = CountingList()
    for i in range(agencies):
        for pemda in ("Malang", "Kota Malang", "Kabupaten Malang"):
            rows.append(
                {
                    "pemerintah_daerah": pemda,
                    "perangkat_daerah": f"Dinas Nomor {i}",
                    "berkas": f"{pemda}-{i}.xlsx",
                }
                | {"tahun": 2025, "triwulan": 2}
            )
    assert len(rekap_ganda.kindless_warnings(rows)) == agencies
    return rows.passes


def test_kindless_warnings_read_the_rows_a_few_times_whatever_the_agencies() -> None:
    # The passes over the rows do not grow with the agencies (they were one more per kind-less agency:
    # 45 for 40); a few (the year-less names of mend36d read the rows twice more: 10).
    assert _kindless_passes(40) == _kindless_passes(20) <= 12
