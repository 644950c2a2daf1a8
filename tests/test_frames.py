"""The DataFrames an analyst at a Bappeda works with (``lkj_xl.to_frames``): one agency's tables,
then many agencies' stacked with ``pd.concat``, as a notebook does it.

Every figure below is worked out by hand from the cells typed in the workbooks.
"""

from __future__ import annotations

import io

import pandas as pd
import pytest

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.core.export import JSON_ONLY, to_csv
from lkj_xl.xlsx.template import new_workbook

FIGURES = (
    "target",
    "realisasi",
    "capaian",
    "realisasi_tw1",
    "realisasi_tw2",
    "realisasi_tw3",
    "realisasi_tw4",
    "tahun_lalu",
    "selisih",
    "perubahan_persen",
    "target_renstra",
    "capaian_renstra",
    "standar_nasional",
    "capaian_standar",
)


def _workbook(path, pemda: str, *, tahun_lalu: object = None) -> None:
    """Dinas Pendidikan of ``pemda``: one Tujuan, typed the way staff type it."""
    row: dict[str, object] = {
        "Kode": "T1",
        "Tingkat": "Tujuan",
        "Uraian": "Meningkatnya mutu pendidikan",
        "Indikator": "Angka partisipasi sekolah",
        "Satuan": "%",
        "Target": "80%",
        "Realisasi TW I": "30%",
        "Realisasi TW II": "40%",
    }
    if tahun_lalu is not None:
        row[c.H_REALISASI_TAHUN_LALU] = tahun_lalu
    new_workbook(
        path,
        pengaturan={c.P_PEMDA: pemda, c.P_OPD: "Dinas Pendidikan", c.P_TAHUN: 2025, c.P_TRIWULAN: 2},
        kinerja=[row],
        anggaran=[
            {
                "Kode": "T1",
                "Program": "Program pendidikan",
                "Pagu": "Rp 1.000.000",
                "Realisasi TW I": "250.000",
            }
        ],
    )


@pytest.fixture(scope="module")
def frames(tmp_path_factory):
    root = tmp_path_factory.mktemp("frames")
    _workbook(root / "kab.xlsx", "Kabupaten Uji", tahun_lalu="60%")
    _workbook(root / "kota.xlsx", "Kota Uji")
    return [lkj_xl.to_frames(lkj_xl.load_report(root / name)) for name in ("kab.xlsx", "kota.xlsx")]


def test_figures_are_numbers_even_where_none_is_known(frames):
    # Kota Uji typed no Realisasi Tahun Lalu and no quarter after TW II: those figures are unknown
    # (NaN), in number columns that add up, compare and average; never object columns of None.
    for agency in frames:
        indikator = agency["indikator"]
        for column in FIGURES:
            assert indikator[column].dtype == "float64", column
        assert str(indikator["membaik"].dtype) == "boolean"
        assert str(indikator["tahun"].dtype) == str(indikator["triwulan"].dtype) == "Int64"
        for table in ("anggaran", "efisiensi"):
            for column in ("pagu", "penyerapan"):
                assert agency[table][column].dtype == "float64", (table, column)
        # Texts: one dtype, also for a status no row has (no budget cell is galat here).
        text = agency["anggaran"]["kode"].dtype
        assert agency["anggaran"]["status"].dtype == agency["efisiensi"]["status"].dtype == text
        assert agency["indikator"]["status"].dtype == text
    kota = frames[1]["indikator"].iloc[0]
    assert pd.isna(kota["tahun_lalu"]) and pd.isna(kota["realisasi_tw3"]) and pd.isna(kota["membaik"])


def test_many_agencies_stack_into_one_table_with_numbers(frames):
    indikator = pd.concat([f["indikator"] for f in frames], ignore_index=True)
    for column in FIGURES:
        assert indikator[column].dtype == "float64", column
    # Kumulatif 30 + 40 = 70 of 80 -> capaian 87,5 in both; Kabupaten Uji's 70 against last year's 60:
    # selisih 10, perubahan 10 / 60 * 100 = 16,67 %, membaik (Positif).
    assert indikator["capaian"].tolist() == [87.5, 87.5]
    assert indikator["selisih"].tolist()[0] == 10
    assert indikator["perubahan_persen"].tolist()[0] == pytest.approx(100 / 6, rel=1e-12)
    assert indikator["membaik"].tolist()[0] is True
    # Every Pemda has a Dinas Pendidikan: the two are told apart by pemerintah_daerah.
    per_agency = indikator.groupby(["pemerintah_daerah", "perangkat_daerah"])["capaian"].mean()
    assert per_agency.to_dict() == {
        ("Kabupaten Uji", "Dinas Pendidikan"): 87.5,
        ("Kota Uji", "Dinas Pendidikan"): 87.5,
    }
    assert indikator.groupby("pemerintah_daerah")["selisih"].mean().tolist()[0] == 10
    # Budget: 250.000 of 1.000.000 -> 25 % in each.
    anggaran = pd.concat([f["anggaran"] for f in frames], ignore_index=True)
    assert anggaran.groupby("pemerintah_daerah")["penyerapan"].sum().to_dict() == {
        "Kabupaten Uji": 25.0,
        "Kota Uji": 25.0,
    }


def test_a_table_without_rows_keeps_its_columns(tmp_path):
    # A workbook with nothing typed: no rows in its tables, which still have the columns an analyst
    # filters on, in the DataFrame and in the CSV (pandas.read_csv of a file without a header fails).
    # Pemeriksaan has one row alone: the peringatan that Kinerja has no indicator yet.
    path = tmp_path / "bersih.xlsx"
    new_workbook(
        path,
        pengaturan={c.P_PEMDA: "Kota Uji", c.P_OPD: "Dinas Bersih", c.P_TAHUN: 2025, c.P_TRIWULAN: 2},
        kinerja=[],
        anggaran=[],
    )
    report = lkj_xl.load_report(path)
    frames = lkj_xl.to_frames(report)
    pemeriksaan = frames["pemeriksaan"]
    assert [(p.tingkat, p.sheet, p.sel) for p in pemeriksaan.itertuples()] == [
        ("peringatan", "Kinerja", "A3")
    ]
    assert list(pemeriksaan.columns) == [
        "pemerintah_daerah",
        "perangkat_daerah",
        "tahun",
        "triwulan",
        "semester",
        "tahunan",
        "tingkat",
        "sheet",
        "sel",
        "pesan",
    ]
    assert pemeriksaan[pemeriksaan["tingkat"] == "galat"].empty
    for table, frame in frames.items():
        assert len(frame) == (table == "pemeriksaan") and len(frame.columns) > 6, table
        # the DataFrame's first six (whose report, its period) last in the CSV (fix16)
        in_csv = [k for k in frame.columns[6:] if k not in JSON_ONLY.get(table, ())] + list(frame.columns[:6])
        assert list(pd.read_csv(io.StringIO(to_csv(report, table))).columns) == in_csv, table


def test_the_columns_of_a_table_without_rows_are_those_of_its_rows():
    from lkj_xl.core.export import COLUMNS, table_rows
    from tests.common import EXAMPLE

    report = lkj_xl.load_report(EXAMPLE)  # every table has rows; the indikator realisasi_2023, _2024
    for table, columns in COLUMNS.items():
        keys = [k for k in table_rows(report, table)[0] if not (k[-4:].isdigit() and k[-5] == "_")]
        assert keys == list(columns), table


def test_the_rekap_csv_read_as_the_readme_says_gives_the_dataframes(tmp_path):
    # Kode typed the way Bappeda numbers its nodes: 1 and 1.10 (not 1.1). Read with the README's
    # dtype, the CSV holds the codes as text and the figures as the DataFrame has them.
    from click.testing import CliRunner

    from lkj_xl.cli import main

    rows = [
        {"Kode": "1", "Tingkat": "Tujuan", "Uraian": "Tujuan satu", "Indikator": "Indeks", "Satuan": "%",
         "Target": "80%", "Realisasi TW I": "40%", "Realisasi TW II": "20%"},
        {"Kode": "1.10", "Tingkat": "Sasaran", "Kode Induk": "1", "Uraian": "Sasaran sepuluh",
         "Indikator": "Persentase", "Satuan": "%", "Target": "80%", "Realisasi TW I": "30%"},
    ]  # fmt: skip
    budget = [
        {
            "Kode": "P1",
            "Program": "Program",
            "Kode Sasaran": "1.10",
            "Pagu": "Rp 3.000",
            "Realisasi TW I": "1.000",
        }
    ]
    settings = {c.P_PEMDA: "Kota Uji", c.P_OPD: "Dinas Kode", c.P_TAHUN: 2025, c.P_TRIWULAN: 2}
    new_workbook(tmp_path / "kode.xlsx", pengaturan=settings, kinerja=rows, anggaran=budget)
    result = lkj_xl.rekap([tmp_path / "kode.xlsx"], jobs=1)
    run = CliRunner().invoke(
        main, ["rekap", str(tmp_path / "kode.xlsx"), "--format", "csv", "-o", str(tmp_path / "csv")]
    )
    assert run.exit_code in (0, 1), run.output
    as_text = {"kode": str, "kode_induk": str, "kode_sasaran": str}
    indikator = pd.read_csv(tmp_path / "csv" / "indikator.csv", dtype=as_text, keep_default_na=False)
    assert indikator["kode"].tolist() == result.indikator["kode"].tolist() == ["1", "1.10"]
    # T1 Kumulatif 40 + 20 = 60 of 80: 75; S1.10 30 of 80: 37,5; penyerapan 1.000 / 3.000 * 100.
    assert pd.read_csv(tmp_path / "csv" / "indikator.csv")["capaian"].tolist() == [75.0, 37.5]
    program = pd.read_csv(tmp_path / "csv" / "program.csv", dtype=as_text)
    assert program["kode_sasaran"].tolist() == ["1.10"]
    assert program["penyerapan"].tolist() == result.program["penyerapan"].tolist() == [100 / 3]


def test_two_quarters_of_parquet_read_as_one_dataset(tmp_path):
    # TW I: every budget cell readable, no warning; TW II: Realisasi TW II typed "12,3,4", a galat
    # (Semua Program's status "Galat (Anggaran!...)"). Read together as a dataset, as analysts keep a
    # rekap per quarter: the status column is text in both (it was Parquet's null type in TW I, and
    # pyarrow refused to cast TW II's texts to it).
    pyarrow = pytest.importorskip("pyarrow")
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    from lkj_xl.agencies import write

    rows = [
        {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Tujuan satu", "Indikator": "Indeks", "Satuan": "%",
         "Target": "80%", "Realisasi TW I": "40%"},
    ]  # fmt: skip
    for triwulan, tw2 in ((1, None), (2, "12,3,4")):
        budget = {
            "Kode": "P1",
            "Program": "Program satu",
            "Pagu": "Rp 1.000.000",
            "Realisasi TW I": "250.000",
        }
        if tw2 is not None:
            budget["Realisasi TW II"] = tw2
        settings = {c.P_PEMDA: "Kota Uji", c.P_OPD: "Dinas Uji", c.P_TAHUN: 2025, c.P_TRIWULAN: triwulan}
        new_workbook(tmp_path / f"tw{triwulan}.xlsx", pengaturan=settings, kinerja=rows, anggaran=[budget])
        result = lkj_xl.rekap([tmp_path / f"tw{triwulan}.xlsx"], jobs=1)
        # The same dtype as every other text column, whether or not a row has a status.
        text = result.program["kode"].dtype
        assert result.program["status"].dtype == text
        assert result.peringatan["pesan"].dtype == text and result.peringatan["jenis"].dtype == text
        write(result, "parquet", tmp_path / f"rekap-tw{triwulan}")
        for name, frame in result.tables().items():  # the README: Parquet gives the dtypes too
            back = pd.read_parquet(tmp_path / f"rekap-tw{triwulan}" / f"{name}.parquet")
            pd.testing.assert_frame_equal(back, frame, check_exact=True)
    first = pq.read_schema(tmp_path / "rekap-tw1" / "program.parquet").field("status").type
    assert pyarrow.types.is_string(first) or pyarrow.types.is_large_string(first)
    both = ds.dataset([tmp_path / f"rekap-tw{q}" / "program.parquet" for q in (1, 2)]).to_table().to_pandas()
    status = [None if pd.isna(v) else v for v in both["status"]]
    assert status[0] is None and status[1].startswith("Galat (Anggaran!")
    # 250.000 of 1.000.000 in TW I: 25 %; TW II's realisasi is a galat: no penyerapan.
    assert both["penyerapan"].tolist()[0] == 25 and pd.isna(both["penyerapan"].tolist()[1])


def test_a_text_column_without_texts_is_text_in_parquet_under_any_pandas():
    # pandas 2 keeps a text column of None as object: Parquet would type it null.
    pyarrow = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    from lkj_xl.core import rekap as core
    from lkj_xl.rekap_output import _table_bytes

    frame = pd.DataFrame({"jenis": pd.Series([None], dtype=object), "pesan": pd.Series([None], dtype=object)})
    table = pq.read_table(io.BytesIO(_table_bytes(frame, core.WARNING_COLUMNS, "parquet")))
    assert all(pyarrow.types.is_large_string(field.type) for field in table.schema)
    assert (
        pd.read_parquet(io.BytesIO(_table_bytes(frame, core.WARNING_COLUMNS, "parquet")))["pesan"]
        .isna()
        .all()
    )


def test_rekap_of_one_folder_named_without_a_list(tmp_path):
    # A notebook writes lkj_xl.rekap("opd/") or lkj_xl.rekap(Path("opd")): the folder, not its name's
    # letters ("o: no such file or folder") nor a TypeError.
    from pathlib import Path

    folder = tmp_path / "opd"
    folder.mkdir()
    _workbook(folder / "kab.xlsx", "Kabupaten Uji")
    for given in (str(folder), folder, Path(str(folder) + "/")):
        result = lkj_xl.rekap(given, jobs=1)
        # Kumulatif 30 + 40 = 70 of 80: 87,5.
        assert result.perangkat_daerah["capaian"].tolist() == [87.5], given
        assert result.perangkat_daerah["berkas"].tolist() == [str(folder / "kab.xlsx")]


def test_indicators_merge_with_their_agency_on_berkas(tmp_path):
    # The Dinas Pendidikan of two Pemda, as the README joins them: on berkas, one agency per file.
    _workbook(tmp_path / "kab.xlsx", "Kabupaten Uji", tahun_lalu="60%")
    _workbook(tmp_path / "kota.xlsx", "Kota Uji")
    result = lkj_xl.rekap([tmp_path], jobs=1)
    merged = result.indikator.merge(
        result.perangkat_daerah, on="berkas", suffixes=("", "_opd"), validate="m:1"
    )
    assert merged["pemerintah_daerah_opd"].tolist() == ["Kabupaten Uji", "Kota Uji"]
    # One Tujuan each, 87,5: the agency's mean is the indicator's.
    assert merged["capaian"].tolist() == merged["capaian_opd"].tolist() == [87.5, 87.5]
    assert merged["peringkat"].tolist() == [1, 1]  # equal figures share the rank
