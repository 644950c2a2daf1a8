"""Mend of rekap14 (review revB): a Pemda typed without its kind in a rekap.

1. "Blitar" beside three files typed "Kota Blitar" was read as Kota Blitar without a word on stderr
   (exit 0, title "Kota Blitar"): there are a Kota and a Kabupaten Blitar, so a kind-less twin name is
   kept apart (`Pemerintah Daerah berbeda`, 2 Pemda), and a kind-less name joined to the one Pemda
   typed with its kind ("Sumenep" as Kabupaten Sumenep) is a CLI-visible peringatan, its rows saying
   the Pemda the title says.
2. The `Pemerintah Daerah tanpa Kabupaten/Kota` warning claimed "judul rekap dan baris Jumlah
   menyebutnya "Lumajang" saja" while the title said "3 pemerintah daerah", and asked a province's own
   files for "(Kabupaten atau Kota)".
"""

from __future__ import annotations

import pandas as pd
from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from tests.test_rekap14 import PAGU, _folder, _jumlah_pemda, _sheet

ASKED = "Pemerintah Daerah tanpa Kabupaten/Kota"
JOINED = "Pemerintah Daerah digabung"


def _messages(result: lkj_xl.Rekap, jenis: str) -> list[str]:
    table = result.peringatan
    return list(table[table["jenis"] == jenis]["pesan"])


BLITAR = [
    ("Kota Blitar", "Bappeda"),
    ("Kota Blitar", "Dinas Kesehatan"),
    ("Blitar", "Dinas Sosial"),  # o02.xlsx: Kota or Kabupaten Blitar? Nothing says
    ("Kota Blitar", "Dinas Pendidikan"),
]


# --- 1. a twin name is not joined; a join is said ---------------------------------------------------


def test_blitar_beside_kota_blitar_is_not_read_as_kota_blitar(tmp_path):
    result = lkj_xl.rekap(_folder(tmp_path, BLITAR), jobs=1)
    # four agencies, each counted once: 4 x 1.000.000.000
    assert result.perangkat_daerah["pagu"].sum() == 4 * PAGU
    (several,) = _messages(result, "Pemerintah Daerah berbeda")
    # 3 agencies of Kota Blitar, 1 of "Blitar" (may be Kabupaten Blitar's)
    assert "dari 2 pemerintah daerah" in several and "Kota Blitar (3 perangkat daerah)" in several
    assert "Blitar: Dinas Sosial" in several and "o02.xlsx" in several
    assert not _messages(result, JOINED)
    ws = _sheet(result, tmp_path)
    assert ws.cell(2, 1).value == "2 pemerintah daerah, s.d. Triwulan II Tahun 2025"
    # each Pemda's Jumlah line, "Blitar" kept apart, then the line of both (rekap23: it was only the
    # line of both)
    assert _jumlah_pemda(ws) == ["Blitar", "Kota Blitar", "2 pemerintah daerah"]
    assert sorted(result.perangkat_daerah["pemerintah_daerah"]) == ["Blitar"] + ["Kota Blitar"] * 3


def test_blitar_beside_kota_blitar_is_a_cli_warning(tmp_path):
    root = _folder(tmp_path, BLITAR)
    out = CliRunner().invoke(main, ["rekap", str(root), "-o", str(tmp_path / "r.xlsx")])
    assert out.exit_code == 0, out.output
    assert "warning: Rekap memuat perangkat daerah dari 2 pemerintah daerah" in out.output


SUMENEP = [
    ("Kabupaten Sumenep", "Dinas Kesehatan"),
    ("Sumenep", "Dinas Pendidikan"),  # o01.xlsx
    ("Kabupaten Sumenep", "Kecamatan Kalianget"),
]


def test_a_join_is_a_warning_naming_the_file_and_asking_for_the_kind(tmp_path):
    root = _folder(tmp_path, SUMENEP)
    out = CliRunner().invoke(main, ["rekap", str(root), "-o", str(tmp_path / "r.xlsx")])
    assert out.exit_code == 0, out.output
    # one stderr warning naming the file, the Pemda read and what to do if it is another Pemda
    (line,) = [text for text in out.output.splitlines() if text.startswith("warning: ") and "Sumenep" in text]
    assert "o01.xlsx" in line and '"Sumenep"' in line and "Kabupaten Sumenep" in line
    assert "bila berkas pemerintah daerah lain" in line.lower() and "Pengaturan" in line
    for other in ("o00.xlsx", "o02.xlsx"):  # typed with the kind: not named
        assert other not in line


def test_a_joined_file_s_rows_say_the_pemda_the_title_says(tmp_path):
    result = lkj_xl.rekap(_folder(tmp_path, SUMENEP), jobs=1)
    assert len(_messages(result, JOINED)) == 1
    # the title presents one Pemda (rekap14); every row of every table says it too
    assert _sheet(result, tmp_path).cell(2, 1).value == "Kabupaten Sumenep, s.d. Triwulan II Tahun 2025"
    for table in (result.perangkat_daerah, result.indikator, result.program):
        assert set(table["pemerintah_daerah"]) == {"Kabupaten Sumenep"}
    # Pemeriksaan lists each file as typed, with its note
    checked = result.pemeriksaan.set_index("berkas")
    (typed,) = [row for name, row in checked.iterrows() if name.endswith("o01.xlsx")]
    assert typed["pemerintah_daerah"] == "Sumenep" and "Kabupaten Sumenep" in typed["keterangan"]


def test_a_joined_file_s_csv_rows_say_the_pemda_the_title_says(tmp_path):
    root, target = _folder(tmp_path, SUMENEP), tmp_path / "csv"
    out = CliRunner().invoke(main, ["rekap", str(root), "--format", "csv", "-o", str(target)])
    assert out.exit_code == 0, out.output
    for name in ("perangkat_daerah", "indikator", "program"):
        table = pd.read_csv(target / f"{name}.csv")
        assert set(table["pemerintah_daerah"]) == {"Kabupaten Sumenep"}, name


# --- 2. the kind-less warning says only what is true ------------------------------------------------


def test_a_province_wide_rekap_of_kindless_names_claims_no_single_title(tmp_path):
    agencies = [("Lumajang", "Dinas Kesehatan"), ("Malang", "Dinas Kesehatan"), ("Blitar", "Dinas Kesehatan")]
    result = lkj_xl.rekap(_folder(tmp_path, agencies), jobs=1)
    assert result.perangkat_daerah["pagu"].sum() == 3 * PAGU
    asked = _messages(result, ASKED)
    assert len(asked) == 3
    ws = _sheet(result, tmp_path)
    assert ws.cell(2, 1).value == "3 pemerintah daerah, s.d. Triwulan II Tahun 2025"
    for text in asked:
        assert "saja" not in text and "3 pemerintah daerah" in text
    # Malang and Blitar are each a Kota and a Kabupaten; Lumajang is only a Kabupaten, nothing says so
    (malang,) = [text for text in asked if '"Malang"' in text]
    assert (
        '"Kota Malang" atau "Kabupaten Malang"' in malang or '"Kabupaten Malang" atau "Kota Malang"' in malang
    )
    (lumajang,) = [text for text in asked if '"Lumajang"' in text]
    assert "Kabupaten, Kota atau Provinsi" in lumajang


def test_kota_adm_beside_its_kindless_name_claims_no_single_title(tmp_path):
    agencies = [("Kota Adm. Jakarta Selatan", "Dinas Kesehatan"), ("Jakarta Selatan", "Dinas Pendidikan")]
    result = lkj_xl.rekap(_folder(tmp_path, agencies), jobs=1)
    # "Kota Adm." is no kind the rekap reads: two Pemda in the title, one warning asking the kind-less one
    assert _sheet(result, tmp_path).cell(2, 1).value == "2 pemerintah daerah, s.d. Triwulan II Tahun 2025"
    (text,) = _messages(result, ASKED)
    assert "saja" not in text and "2 pemerintah daerah" in text


def test_a_province_s_own_files_are_asked_for_provinsi(tmp_path):
    agencies = [("Jawa Timur", "Dinas Kesehatan Provinsi Jawa Timur"), ("Jawa Timur", "Dinas Pendidikan")]
    result = lkj_xl.rekap(_folder(tmp_path, agencies), jobs=1)
    (asked,) = _messages(result, ASKED)
    assert "(Kabupaten atau Kota)" not in asked and '"Provinsi Jawa Timur"' in asked
    # one Pemda: the title says "Jawa Timur", so the claim is true here
    assert _sheet(result, tmp_path).cell(2, 1).value == "Jawa Timur, s.d. Triwulan II Tahun 2025"
    assert 'menyebutnya "Jawa Timur" saja' in asked


def test_the_same_agency_of_blitar_beside_kota_blitar_is_not_left_out_on_a_guess(tmp_path):
    # "Dinas Sosial" of "Blitar" may be Kabupaten Blitar's: both files counted (2 x 1.000.000.000),
    # the warning saying the pagu is summed twice if they are one agency; none left out as "ganda"
    agencies = [("Kota Blitar", "Dinas Sosial"), ("Blitar", "Dinas Sosial"), ("Kota Blitar", "Bappeda")]
    result = lkj_xl.rekap(_folder(tmp_path, agencies), jobs=1)
    assert "Perangkat daerah ganda" not in set(result.peringatan["jenis"])
    assert len(result.perangkat_daerah) == 3 and result.perangkat_daerah["pagu"].sum() == 3 * PAGU
    assert any("o01.xlsx" in text and "terjumlah dua kali" in text for text in _messages(result, ASKED))
