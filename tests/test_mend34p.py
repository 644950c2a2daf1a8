"""Mend of mend34l (review revP): each file's Pemda is read once, over every file of the folder.

1. When the file that types its Pemda with its kind is the one left out as "ganda" (a revision typing
   "Malang" / "Dinas Kesehatan Kabupaten Malang" replaces "Kabupaten Malang" / "Dinas Kesehatan"), the
   files counted are still read as the Pemda the ganda line names: title, rows, warnings and kunci.
2. "Kecamatan Kota Sumenep" is a kecamatan of Kabupaten Sumenep, not the Pemda Kota Sumenep.
"""

from __future__ import annotations

import lkj_xl
from tests.test_mend34c import ASKED, JOINED, _messages
from tests.test_mend34h import GANDA, SEVERAL, _key
from tests.test_rekap14 import PAGU, _folder, _sheet


def _pemdas(result: lkj_xl.Rekap) -> list[set[str]]:
    return [set(t["pemerintah_daerah"]) for t in (result.perangkat_daerah, result.indikator, result.program)]


def _rekap(tmp_path, agencies: list[tuple[str, str]], counted: int) -> tuple[lkj_xl.Rekap, list[str]]:
    """The rekap, its ``counted`` agencies (pagu 1.000.000.000 each) checked, and its ganda lines."""
    result = lkj_xl.rekap(_folder(tmp_path, agencies), jobs=1)
    assert len(result.perangkat_daerah) == counted and result.perangkat_daerah["pagu"].sum() == counted * PAGU
    return result, _messages(result, GANDA)


def test_a_revision_typed_without_the_kind_stays_the_pemda_of_the_file_it_replaces(tmp_path):
    agencies = [
        ("Kabupaten Malang", "Dinas Kesehatan"),
        ("Malang", "Dinas Kesehatan Kabupaten Malang"),  # o01: revision of o00, saved later
        ("Kota Malang", "Dinas Kesehatan"),
        ("Provinsi Jawa Timur", "Bappeda"),
    ]
    # 4 files, o01 replaces o00: 3 agencies of 3 Pemda, 3 x 1.000.000.000
    result, (ganda,) = _rekap(tmp_path, agencies, 3)
    assert "Dinas Kesehatan Kabupaten Malang, Kabupaten Malang" in ganda
    # the counted o01 is Kabupaten Malang's, as the ganda line says, in every output
    wanted = {"Kabupaten Malang", "Kota Malang", "Provinsi Jawa Timur"}
    assert _pemdas(result) == [wanted] * 3
    (several,) = _messages(result, SEVERAL)
    # one agency each: the first by name is counted, the others named with their agency
    assert "Kabupaten Malang (1 perangkat daerah)" in several and "; Malang:" not in several
    assert _sheet(result, tmp_path).cell(2, 1).value == "3 pemerintah daerah, s.d. Triwulan II Tahun 2025"
    (joined,) = _messages(result, JOINED)
    assert "o01.xlsx" in joined and "Kabupaten Malang" in joined
    # README kunci: keyed as if typed "Kabupaten Malang", so it joins the quarter typed in full; the
    # agency as the duplicate check reads it (rekap16), so also o00's "Dinas Kesehatan" it replaces
    table = result.perangkat_daerah.set_index("perangkat_daerah")
    key = _key("kabupaten malang", "dinas kesehatan")
    assert table.loc["Dinas Kesehatan Kabupaten Malang", "kunci"] == key


def test_a_kabupaten_s_only_kinded_file_dropped_as_ganda_still_names_the_rekap(tmp_path):
    agencies = [
        ("Kabupaten Sumenep", "Dinas Sosial"),
        ("Sumenep", "Dinas Sosial"),  # o01: revision of o00, saved later
        ("Sumenep", "Bappeda"),
        ("Sumenep", "Inspektorat"),
    ]
    # 4 files, o01 replaces o00: 3 agencies, 3 x 1.000.000.000
    result, (ganda,) = _rekap(tmp_path, agencies, 3)
    assert "Dinas Sosial, Kabupaten Sumenep" in ganda
    assert _pemdas(result) == [{"Kabupaten Sumenep"}] * 3
    assert _sheet(result, tmp_path).cell(2, 1).value == "Kabupaten Sumenep, s.d. Triwulan II Tahun 2025"
    assert not _messages(result, ASKED)  # the kind was typed (in o00), nothing to ask
    (joined,) = _messages(result, JOINED)
    assert all(f"o0{n}.xlsx" in joined for n in (1, 2, 3))
    table = result.perangkat_daerah.set_index("perangkat_daerah")
    assert table.loc["Bappeda", "kunci"] == _key("kabupaten sumenep", "bappeda")


def test_kecamatan_kota_sumenep_is_a_kecamatan_not_the_pemda_kota_sumenep(tmp_path):
    agencies = [("Kabupaten Sumenep", opd) for opd in ("Bappeda", "Dinas Kesehatan", "Dinas Pendidikan")]
    agencies += [
        ("Kabupaten Sumenep", "Dinas Sosial"),
        ("Sumenep", "Kecamatan Kota Sumenep"),  # the kecamatan named Kota Sumenep, in Kabupaten Sumenep
        ("Sumenep", "Dinas Sosial"),  # o05: revision of o03 (saved later)
    ]
    # 6 files, o05 replaces o03: 5 agencies of one Pemda, 5 x 1.000.000.000
    result, (ganda,) = _rekap(tmp_path, agencies, 5)
    assert "o03.xlsx" in ganda and "o05.xlsx" in ganda
    assert not _messages(result, SEVERAL)
    assert _pemdas(result) == [{"Kabupaten Sumenep"}] * 3
    assert _sheet(result, tmp_path).cell(2, 1).value == "Kabupaten Sumenep, s.d. Triwulan II Tahun 2025"


def test_a_joined_file_is_spelt_as_the_counted_files_and_the_title_spell_its_pemda(tmp_path):
    agencies = [("Kabupaten Lumajang", opd) for opd in ("Dinas Sosial", "Bappeda", "Inspektorat")]
    agencies += [
        ("Kab. Lumajang", "Dinas Sosial"),  # o03: revision of o00
        ("Kab. Lumajang", "Bappeda"),  # o04: revision of o01
        ("Lumajang", "Inspektorat"),  # o05: revision of o02, read as Kabupaten Lumajang
    ]
    # 6 files, 3 replaced: 3 agencies; counted typed "Kab. Lumajang" twice, the title's spelling
    result, gandas = _rekap(tmp_path, agencies, 3)
    assert all("Kab. Lumajang" in ganda for ganda in gandas) and len(gandas) == 3
    assert _sheet(result, tmp_path).cell(2, 1).value == "Kab. Lumajang, s.d. Triwulan II Tahun 2025"
    assert _pemdas(result) == [{"Kab. Lumajang"}] * 3
    (joined,) = _messages(result, JOINED)
    assert "sebagai Kab. Lumajang" in joined and "Kabupaten Lumajang" not in joined


def test_kecamatan_kota_kediri_of_kediri_is_kota_kediri_s(tmp_path):
    # (review of mend34p) Kota Kediri has a kecamatan named "Kota" (Kediri is a name of two Pemda, a
    # Kota and a Kabupaten, and no Kabupaten of such a name has a kecamatan "Kota X"): its file typed
    # "Kediri" is Kota Kediri's, as before mend34p, not a second Pemda "Kediri"
    agencies = [("Kota Kediri", opd) for opd in ("Bappeda", "Dinas Sosial", "Inspektorat")]
    agencies += [("Kediri", "Kecamatan Kota Kediri")]
    # 4 files, 4 agencies of one Pemda, 4 x 1.000.000.000
    result, _ = _rekap(tmp_path, agencies, 4)
    assert not _messages(result, SEVERAL)
    assert _sheet(result, tmp_path).cell(2, 1).value == "Kota Kediri, s.d. Triwulan II Tahun 2025"
