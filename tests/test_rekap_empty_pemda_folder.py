"""``lkj-xl rekap`` of a province's collection, one folder per Pemda, where a Pemda's folder holds no
workbook at all: ``Kab Jember/`` made for its agencies' folders, still empty (or holding only a cover
letter). It was named in ``Perangkat daerah tanpa buku kerja`` as an agency's folder (``Bila folder itu
milik perangkat daerah ...``) and counted on the log's last line as ``1 agency folder without a
workbook``: it is a Pemda none of whose agencies sent a workbook, said so in its own warning.

Figures: four agencies' workbooks from tests/test_rekap_province_folders's ``_province``, pagu
1.000.000.000 each (Kab Lumajang's two, Kota Malang's two): 4.000.000.000."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from lkj_xl.core.rekap_berkas_lain import JENIS_FOLDER
from lkj_xl.core.rekap_pemda_kosong import JENIS_PEMDA
from tests.test_mend35i import _said
from tests.test_rekap_province_folders import _province


def test_an_empty_pemda_folder_is_worded_as_a_pemda(tmp_path: Path) -> None:
    root = _province(tmp_path / "Jatim TW III")
    (root / "Kab Jember").mkdir()
    result = lkj_xl.rekap(root, jobs=1)
    assert result.perangkat_daerah["pagu"].sum() == 4_000_000_000  # the four agencies, unchanged
    assert result.tanpa_buku_kerja[JENIS_PEMDA] == [str(root / "Kab Jember")]
    assert not result.tanpa_buku_kerja[JENIS_FOLDER]  # no agency's folder
    said = _said(result, JENIS_PEMDA)
    assert said.startswith(
        f"1 folder pemerintah daerah tidak berisi buku kerja Excel (.xlsx/.xlsm) satu pun perangkat "
        f"daerahnya: {root / 'Kab Jember'} (kosong)."
    ), said
    assert "Bila folder itu milik perangkat daerah" not in said
    assert JENIS_FOLDER not in set(result.peringatan["jenis"])
    log = CliRunner().invoke(main, ["rekap", str(root), "-o", str(tmp_path / "r.xlsx"), "--jobs", "1"])
    assert log.exit_code == 0, log.output  # the workbooks' status, as for an agency's folder
    last = log.output.splitlines()[-1]
    assert "1 Pemda folder without any agency's workbook" in last and "agency folder" not in last, last


def test_a_pemda_folder_holding_only_a_letter_beside_an_agency_missing(tmp_path: Path) -> None:
    # Kab Jember holds only its cover letter; Kab Lumajang's 03 Dinas Perikanan holds only its PDF: one
    # Pemda and one agency, each in its own warning, each counted on the log's last line
    root = _province(tmp_path / "Jatim TW III")
    (root / "Kab Jember").mkdir()
    (root / "Kab Jember" / "Surat Pengantar.pdf").write_bytes(b"%PDF-1.4\n")
    (root / "Kab Lumajang" / "03 Dinas Perikanan").mkdir()
    (root / "Kab Lumajang" / "03 Dinas Perikanan" / "LKjIP.pdf").write_bytes(b"%PDF-1.4\n")
    result = lkj_xl.rekap(root, jobs=1)
    assert result.tanpa_buku_kerja[JENIS_PEMDA] == [str(root / "Kab Jember")]
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [str(root / "Kab Lumajang" / "03 Dinas Perikanan")]
    assert f"{root / 'Kab Jember'} (Surat Pengantar.pdf)" in _said(result, JENIS_PEMDA)
    log = CliRunner().invoke(main, ["rekap", str(root), "-o", str(tmp_path / "r.xlsx"), "--jobs", "1"])
    last = log.output.splitlines()[-1]
    assert "1 agency folder without a workbook and 1 Pemda folder without any agency's workbook" in last, last


def test_a_pemda_folder_holding_only_the_blank_template(tmp_path: Path) -> None:
    # Kab Jember holds only the blank template the province sent out (`lkj-xl new`'s workbook): no
    # agency's row, its folder a Pemda's without a workbook, the template said as what it is
    from lkj_xl.xlsx.template import new_workbook

    root = _province(tmp_path / "Jatim TW III")
    (root / "Kab Jember").mkdir()
    new_workbook(root / "Kab Jember" / "LKjIP kosong.xlsx")
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 4 and result.perangkat_daerah["pagu"].sum() == 4_000_000_000
    assert result.tanpa_buku_kerja[JENIS_PEMDA] == [str(root / "Kab Jember")]
    said = _said(result, JENIS_PEMDA)
    assert f"{root / 'Kab Jember'} (LKjIP kosong.xlsx: buku kerja kosong (templat), belum diisi)" in said, (
        said
    )


@pytest.mark.parametrize("held", ["LKjIP.pdf", None])
@pytest.mark.parametrize("beside", ["Surat Pengantar.pdf", "rekap.xlsx"])
def test_a_pemda_folder_whose_agencies_are_named_is_not_named_again(
    tmp_path: Path, held: str | None, beside: str
) -> None:
    # Kab Jember holds its cover letter (or its Bappeda's rekap) beside its agencies' folders, each
    # holding only its PDF or nothing: each agency is named once, and Kab Jember is not named besides
    # as a Pemda (the log's last line counted "2 agency folders ... and 1 Pemda folder": Kab Jember's
    # two agencies twice)
    root = _province(tmp_path / "Jatim TW III")
    jember = root / "Kab Jember"
    for agency in ("01 Dinas Kesehatan", "02 Dinas Sosial"):
        (jember / agency).mkdir(parents=True)
        if held:
            (jember / agency / held).write_bytes(b"%PDF-1.4\n")
    if beside.endswith(".pdf"):
        (jember / beside).write_bytes(b"%PDF-1.4\n")
    else:  # the rekap of Kota Malang's two agencies, written into Kab Jember's folder
        written = CliRunner().invoke(
            main, ["rekap", str(root / "Kota Malang"), "-o", str(jember / beside), "--jobs", "1"]
        )
        assert written.exit_code == 0, written.output
    result = lkj_xl.rekap(root, jobs=1)
    assert result.perangkat_daerah["pagu"].sum() == 4_000_000_000  # the four agencies' workbooks
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [
        str(jember / "01 Dinas Kesehatan"),
        str(jember / "02 Dinas Sosial"),
    ]
    assert not result.tanpa_buku_kerja.get(JENIS_PEMDA), result.tanpa_buku_kerja
    assert JENIS_PEMDA not in set(result.peringatan["jenis"])
    log = CliRunner().invoke(main, ["rekap", str(root), "-o", str(tmp_path / "r.xlsx"), "--jobs", "1"])
    last = log.output.splitlines()[-1]
    assert "2 agency folders without a workbook" in last and "Pemda folder" not in last, last
