"""Rekap, round 14 (a Bappeda collecting its agencies' workbooks).

1. Every file typed the Pemda as plain "Malang" (agencies of Kota and Kabupaten Malang, or of one of
   them): one title "Malang", one Jumlah, and nothing asked which Malang.
2. A kind-less "Sumenep" beside "Kabupaten Sumenep" (no Kota Sumenep anywhere) warned of 2 Pemda and
   titled the rekap "2 pemerintah daerah".
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import lkj_xl
from lkj_xl.core import rekap as core
from lkj_xl.xlsx.rekap import render_rekap
from tests.test_mend33f import _rekap

PAGU = 1_000_000_000  # every agency's pagu below


def _folder(tmp_path: Path, agencies: list[tuple[str, str]]) -> Path:
    """One workbook per (Pemda, agency) typed as given, each with pagu 1.000.000.000 (test_mend33f)."""
    _rekap(tmp_path, agencies)
    return tmp_path / "opd"


def _sheet(result: lkj_xl.Rekap, tmp_path: Path):
    out = tmp_path / "rekap.xlsx"
    out.write_bytes(render_rekap(result))
    return openpyxl.load_workbook(out)[core.SHEET_REKAP]


def _jumlah_pemda(ws) -> list[str]:
    """The Pemerintah Daerah of the Rekap sheet's Jumlah lines."""
    return [ws.cell(r, 2).value for r in range(7, ws.max_row + 1) if "Jumlah" in str(ws.cell(r, 3).value)]


def _asked(result: lkj_xl.Rekap) -> list[str]:
    table = result.peringatan
    return list(table[table["jenis"] == "Pemerintah Daerah tanpa Kabupaten/Kota"]["pesan"])


# --- 1. every file typed "Malang" ------------------------------------------------------------------


def test_kota_and_kabupaten_malang_typed_malang_is_asked_and_not_titled_with_a_kind(tmp_path):
    result = lkj_xl.rekap(
        _folder(
            tmp_path,
            [("Malang", "Dinas Kesehatan Kota Malang"), ("Malang", "Dinas Pendidikan Kabupaten Malang")],
        ),
        jobs=1,
    )
    # two agencies, each counted once: 2 x 1.000.000.000
    assert len(result.perangkat_daerah) == 2 and result.perangkat_daerah["pagu"].sum() == 2 * PAGU
    (asked,) = _asked(result)
    # the warning names the Pemda as typed, both kinds the agencies' names give, and asks for the kind
    assert '"Malang"' in asked and "Kota Malang" in asked and "Kabupaten Malang" in asked
    assert "o00.xlsx" in asked and "o01.xlsx" in asked and "Pengaturan" in asked
    ws = _sheet(result, tmp_path)
    title = ws.cell(2, 1).value
    assert not title.startswith(("Kota", "Kabupaten")) and "Malang" in title
    assert all(not str(name).startswith(("Kota", "Kabupaten")) for name in _jumlah_pemda(ws))


def test_every_agency_of_one_malang_typed_malang_is_asked_too(tmp_path):
    agencies = [("Malang", "Dinas Kesehatan Kota Malang"), ("Malang", "Dinas Pendidikan Kota Malang")]
    result = lkj_xl.rekap(_folder(tmp_path, agencies), jobs=1)
    assert result.perangkat_daerah["pagu"].sum() == 2 * PAGU
    (asked,) = _asked(result)
    assert '"Malang"' in asked and "Kabupaten atau Kota" in asked
    title = _sheet(result, tmp_path).cell(2, 1).value
    assert title == "Malang, s.d. Triwulan II Tahun 2025"  # no kind Pengaturan never typed


def test_the_cli_prints_the_question_of_the_kind(tmp_path):
    from lkj_xl.cli import main

    root = _folder(tmp_path, [("Malang", "Dinas Kesehatan"), ("Malang", "Dinas Pendidikan")])
    out = CliRunner().invoke(main, ["rekap", str(root), "-o", str(tmp_path / "r.xlsx")])
    assert out.exit_code == 0, out.output
    assert "warning: " in out.output and '"Malang" tanpa Kabupaten atau Kota' in out.output


def test_a_pemda_typed_with_its_kind_is_not_asked(tmp_path):
    agencies = [("Kota Malang", "Dinas Kesehatan"), ("Kota Malang", "Dinas Pendidikan")]
    assert not _asked(lkj_xl.rekap(_folder(tmp_path, agencies), jobs=1))


# --- 2. "Sumenep" beside "Kabupaten Sumenep" -------------------------------------------------------


def test_a_kindless_sumenep_beside_kabupaten_sumenep_is_one_pemda(tmp_path):
    agencies = [
        ("Kabupaten Sumenep", "Dinas Kesehatan"),
        ("Sumenep", "Dinas Pendidikan"),
        ("Kabupaten Sumenep", "Kecamatan Kalianget"),
    ]
    result = lkj_xl.rekap(_folder(tmp_path, agencies), jobs=1)
    kinds = set(result.peringatan["jenis"])
    assert "Pemerintah Daerah berbeda" not in kinds and "Perangkat daerah ganda" not in kinds
    assert len(result.perangkat_daerah) == 3 and result.perangkat_daerah["pagu"].sum() == 3 * PAGU
    ws = _sheet(result, tmp_path)
    assert ws.cell(2, 1).value == "Kabupaten Sumenep, s.d. Triwulan II Tahun 2025"
    assert _jumlah_pemda(ws) == ["Kabupaten Sumenep"]
    assert "Rekap Capaian Kinerja Perangkat Daerah, Kabupaten Sumenep, s.d." in ws.oddFooter.left.text
    # Pemeriksaan says of the file without the kind how it was read
    notes = result.pemeriksaan.set_index("berkas")["keterangan"]
    (note,) = [text for name, text in notes.items() if name.endswith("o01.xlsx")]
    assert '"Sumenep" tanpa Kabupaten, Kota atau Provinsi' in note and "Kabupaten Sumenep" in note
    assert not any(
        "tanpa Kabupaten" in str(text) for name, text in notes.items() if not name.endswith("o01.xlsx")
    )


def test_a_kindless_sumenep_the_most_typed_still_shows_its_kind(tmp_path):
    agencies = [("Sumenep", "Dinas Kesehatan"), ("Sumenep", "Dinas Pendidikan"), ("Kab. Sumenep", "Bappeda")]
    result = lkj_xl.rekap(_folder(tmp_path, agencies), jobs=1)
    assert "Pemerintah Daerah berbeda" not in set(result.peringatan["jenis"])
    assert _sheet(result, tmp_path).cell(2, 1).value.startswith("Kab. Sumenep, s.d.")


# --- 3. a dash from Word between the agency and its Pemda ------------------------------------------


@pytest.mark.parametrize(
    "revised",
    [
        "Dinas Kesehatan \u2013 Kab. Lumajang",  # en dash, as Word turns " - " while typing
        "Dinas Kesehatan \u2014 Kabupaten Lumajang",  # em dash
        "Dinas Kesehatan - Kabupaten Lumajang",
    ],
)
def test_an_agency_named_with_a_dash_before_its_pemda_is_the_same_agency(tmp_path, revised):
    from tests.test_rekap_round13 import _two

    # one agency sent twice (pagu 850.000.000 each): one counts, 850.000.000 in the Jumlah, not 1,7 M
    result = _two(tmp_path, "Kabupaten Lumajang", "Dinas Kesehatan", revised)
    assert len(result.perangkat_daerah) == 1 and result.perangkat_daerah["pagu"].sum() == 850_000_000
    assert "Perangkat daerah ganda" in set(result.peringatan["jenis"])


def test_a_kindless_malang_whose_agency_names_the_other_kind_is_not_joined(tmp_path):
    # "Malang" beside the one typed "Kota Malang", but its agency says Kabupaten Malang: two Pemda
    agencies = [("Kota Malang", "Dinas Kesehatan"), ("Malang", "Dinas Pendidikan Kabupaten Malang")]
    result = lkj_xl.rekap(_folder(tmp_path, agencies), jobs=1)
    assert "Pemerintah Daerah berbeda" in set(result.peringatan["jenis"])
    assert result.perangkat_daerah["pagu"].sum() == 2 * PAGU
    assert not _sheet(result, tmp_path).cell(2, 1).value.startswith("Kota Malang")
