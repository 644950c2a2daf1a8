"""``lkj-xl rekap`` over a Bappeda's collection folder that also keeps the blank workbook it sent out
(``Template LKjIP 2025/``, ``Format/LKjIP kosong.xlsx``, the template beside the agencies' workbooks).

The blank workbook was an agency row ``(tanpa nama)`` with a galat (its Triwulan blank), warnings
``Tanpa indikator`` and ``Tanpa nama``, and exit status 1. Unmistakably blank (no Perangkat Daerah, no
indicator, no program row, nothing typed beyond Pengaturan), it is listed in Pemeriksaan as a blank
workbook not recapitulated, in no other table, and leaves the exit status alone. An agency's workbook
with only part of it filled is flagged exactly as before.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core import rekap as core
from lkj_xl.xlsx.template import new_workbook, write_template
from tests.test_mend35i import _file
from tests.test_rekap_round3 import anggaran, kinerja

_PEMDA = "Kabupaten Lumajang"
_KEMBALI = "buku kerja kosong (templat): tidak direkap"
_TEMPLATE = Path(__file__).resolve().parent.parent / "templates" / "lkj-xl-template.xlsx"


def _agencies(root: Path) -> None:
    """Two agencies filled alike but for their pagu (else 'Isi sama'): T1 85 of target 100 -> capaian
    85, S1 9% of 10% -> 90, mean 87,5 each; pagu 1.000.000.000 and 1.200.000.000, realisasi
    100 jt + 150 jt = 250.000.000 each (tests.test_rekap_round3.kinerja/anggaran)."""
    _file(
        root / "Dinas Kesehatan" / "LKjIP Dinkes.xlsx",
        _PEMDA,
        "Dinas Kesehatan",
        "1.000.000.000",
        disk=1_751_000_000,
    )
    _file(
        root / "Dinas Sosial" / "LKjIP Dinsos.xlsx",
        _PEMDA,
        "Dinas Sosial",
        "1.200.000.000",
        disk=1_751_000_000,
    )


def _row(result: lkj_xl.Rekap, name: str) -> dict:
    (row,) = result.pemeriksaan[result.pemeriksaan["berkas"].str.endswith(name)].to_dict("records")
    return row


def _only_the_agencies(result: lkj_xl.Rekap, blank: Path) -> None:
    frame = result.perangkat_daerah
    assert list(frame["perangkat_daerah"]) == ["Dinas Kesehatan", "Dinas Sosial"]
    assert list(frame["peringkat"]) == [1, 1]  # the same mean 87,5: one rank, listed by name
    assert list(frame["capaian"]) == [87.5, 87.5]
    assert frame["pagu"].sum() == 2_200_000_000  # 1.000.000.000 + 1.200.000.000, the blank none
    for table in (frame, result.indikator, result.program):
        assert str(blank) not in set(table["berkas"])
    assert len(result.indikator) == 4  # two indicators each
    jenis = set(result.peringatan["jenis"])
    assert not jenis & {
        "Tanpa indikator",
        "Tanpa nama",
        "Tahun berbeda",
        "Triwulan berbeda",
        "Tanpa peringkat",
    }
    assert not any(blank.name in pesan for pesan in result.peringatan["pesan"])
    row = _row(result, blank.name)
    assert row["status"] == core.DILEWATI
    assert row["keterangan"].startswith(_KEMBALI)
    assert row["rincian"].startswith("buku kerja kosong (templat")  # the log's English: below
    assert result.status == 0


def test_the_template_in_its_own_folder_is_a_blank_workbook_not_an_agency(tmp_path):
    root = tmp_path / "TW II"
    _agencies(root)
    blank = root / "Template LKjIP 2025" / "LKjIP kosong.xlsx"
    blank.parent.mkdir(parents=True)
    write_template(blank)  # as sent out: even its Triwulan blank (a galat as an agency's)
    _only_the_agencies(lkj_xl.rekap(root, jobs=1), blank)


def test_the_committed_template_beside_the_agencies_workbooks(tmp_path):
    root = tmp_path / "TW II"
    _agencies(root)
    blank = root / "lkj-xl-template.xlsx"
    shutil.copyfile(_TEMPLATE, blank)
    _only_the_agencies(lkj_xl.rekap(root, jobs=2), blank)


@pytest.mark.parametrize("placeholder", ["", "   ", "-", "...", "……"])
def test_the_template_the_bappeda_prefilled_with_its_pemda_and_period(tmp_path, placeholder):
    # The Bappeda typed its Pemda, Tahun and Triwulan before sending it out (no galat then) and left
    # Perangkat Daerah blank or dotted for the agency to fill.
    root = tmp_path / "TW II"
    _agencies(root)
    blank = root / "Format" / "LKjIP kosong.xlsx"
    blank.parent.mkdir()
    settings = {c.P_PEMDA: _PEMDA, c.P_TAHUN: 2025, c.P_TRIWULAN: 2}
    new_workbook(blank, pengaturan=settings | ({c.P_OPD: placeholder} if placeholder else {}))
    _only_the_agencies(lkj_xl.rekap(root, jobs=1), blank)


def test_cli_exit_status_log_and_pemeriksaan_sheet(tmp_path):
    root = tmp_path / "TW II"
    _agencies(root)
    blank = root / "Format" / "LKjIP kosong.xlsx"
    blank.parent.mkdir()
    runner = CliRunner()
    made = runner.invoke(main, ["new", str(blank), "--pemda", _PEMDA, "--tahun", "2025", "--triwulan", "2"])
    assert made.exit_code == 0, made.output
    out = tmp_path / "rekap.xlsx"
    result = runner.invoke(main, ["rekap", str(root), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    log = result.output  # stdout and stderr as the terminal shows them
    assert log.count("a blank workbook (the template") == 1
    assert "warning:" not in log
    assert "2 of 3 workbooks, 4 indicators; 1 skipped (see Pemeriksaan)" in log
    wb = openpyxl.load_workbook(out, read_only=True)
    rows = [row for row in wb[c.SHEET_PEMERIKSAAN].iter_rows(values_only=True) if any(row)]
    (mine,) = [row for row in rows if str(blank) in row]
    assert core.DILEWATI in mine
    assert any(isinstance(v, str) and v.startswith(_KEMBALI) for v in mine)
    every = [str(v) for row in rows for v in row if v is not None]
    assert not any(v in ("Tanpa indikator", "Tanpa nama") for v in every)
    rekap = [v for row in wb[core.SHEET_REKAP].iter_rows(values_only=True) for v in row if v is not None]
    assert "(tanpa nama)" not in rekap and str(blank) not in rekap
    assert "Dinas Kesehatan" in rekap and "Dinas Sosial" in rekap


# --- what stays flagged: an agency's workbook filled in part ----------------------------------------

_SETTINGS = {c.P_PEMDA: _PEMDA, c.P_TAHUN: 2025, c.P_TRIWULAN: 2}


def _partial(path: Path, case: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if case == "named, no indicator":
        new_workbook(path, pengaturan=_SETTINGS | {c.P_OPD: "Dinas Perikanan"})
    elif case == "indicators, no name":
        new_workbook(
            path, pengaturan=_SETTINGS, kinerja=kinerja("85", "9%"), anggaran=anggaran("700 jt", "", "")
        )
    elif case == "a Kinerja row without its Kode":  # 0 indicators: its only row is a galat
        new_workbook(
            path, pengaturan=_SETTINGS, kinerja=[{"Uraian": "Meningkatnya ekonomi", "Indikator": "Indeks"}]
        )
    elif case == "a program, no name":
        new_workbook(
            path, pengaturan=_SETTINGS, anggaran=[{"Kode": "P1", "Program": "Program satu", "Pagu": "700 jt"}]
        )
    else:  # the template as sent, its Triwulan blank, with an Analisis row typed
        new_workbook(path, pengaturan={}, analisis=[{"Kode": "S1", "Faktor Pendukung": "Dukungan anggaran"}])


@pytest.mark.parametrize(
    ("case", "warned"),
    [
        ("named, no indicator", {"Tanpa indikator"}),
        ("indicators, no name", {"Tanpa nama"}),
        ("a Kinerja row without its Kode", {"Tanpa indikator", "Tanpa nama"}),
        ("a program, no name", {"Tanpa indikator", "Tanpa nama"}),
        ("an Analisis row, no name", {"Tanpa indikator", "Tanpa nama"}),
    ],
)
def test_a_workbook_filled_in_part_stays_an_agency_row(tmp_path, case, warned):
    root = tmp_path / "TW II"
    _agencies(root)
    path = root / "Dinas Perikanan" / "LKjIP.xlsx"
    _partial(path, case)
    result = lkj_xl.rekap(root, jobs=1)
    assert str(path) in set(result.perangkat_daerah["berkas"])
    assert len(result.perangkat_daerah) == 3
    assert _row(result, "LKjIP.xlsx")["status"] == core.DIBACA
    said = {
        jenis
        for jenis, pesan in zip(result.peringatan["jenis"], result.peringatan["pesan"])
        if str(path) in pesan
    }
    assert warned <= said


@pytest.mark.parametrize(
    ("case", "status"), [("a Kinerja row without its Kode", 1), ("named, no indicator", 0)]
)
def test_cli_exit_status_of_a_workbook_filled_in_part_is_as_before(tmp_path, case, status):
    # "Kode kosong" is a galat: exit 1, as before; a named blank workbook has none: 0, its warning says it.
    root = tmp_path / "TW II"
    _agencies(root)
    _partial(root / "Dinas Perikanan" / "LKjIP.xlsx", case)
    result = CliRunner().invoke(main, ["rekap", str(root), "-o", str(tmp_path / "rekap.xlsx"), "--jobs", "1"])
    assert result.exit_code == status, result.output
    assert "a blank workbook (the template" not in result.output
    assert "warning: " in result.output and "3 of 3 workbooks" in result.output
