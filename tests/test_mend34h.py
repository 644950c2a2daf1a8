"""Mend of mend34c (review revF): a rekap's Pemda identity.

1. A Kabupaten Malang rekap whose two revisions typed Pemda "Malang" with agencies named "... Kabupaten
   Malang" was titled "2 pemerintah daerah" with `Pemerintah Daerah berbeda`, while `Perangkat daerah
   ganda` in the same run read them as Kabupaten Malang's agencies: a twin name (Kota and Kabupaten
   Malang) is joined when every kind-less file's agency name gives that one kind.
2. A file whose kind-less Pemda is joined showed the joined Pemda but kept the `kunci` of the Pemda as
   typed: TW I (all "Kabupaten Lumajang") merged with TW II (one typed "Lumajang") on kunci lost it.
3. Texts: the same words on stderr and in Pemeriksaan; "Kab. Lumajang" is not "ditulis lengkap".
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook
from tests.test_mend34c import ASKED, JOINED, _messages
from tests.test_rekap14 import PAGU, _folder, _jumlah_pemda, _sheet
from tests.test_rekap_round3 import anggaran, kinerja

SEVERAL = "Pemerintah Daerah berbeda"
GANDA = "Perangkat daerah ganda"

OPDS = [
    "Bappeda",
    "Dinas Kesehatan",
    "Dinas Pendidikan",
    "Dinas Sosial",
    "Inspektorat",
    "Dinas PUPR",
    "BPKAD",
]


# --- 1. a twin name joined when the agencies' names give the kind -----------------------------------


def test_revisions_typed_malang_named_kabupaten_malang_are_one_pemda(tmp_path):
    agencies = [("Kabupaten Malang", opd) for opd in OPDS] + [
        ("Malang", "Dinas Kesehatan Kabupaten Malang"),  # o07: revision of o01
        ("Malang", "Dinas Sosial Kabupaten Malang"),  # o08: revision of o03
    ]
    result = lkj_xl.rekap(_folder(tmp_path, agencies), jobs=1)
    # 9 files, 2 revisions each replacing one: 7 agencies, 7 x 1.000.000.000
    assert len(result.perangkat_daerah) == 7 and result.perangkat_daerah["pagu"].sum() == 7 * PAGU
    assert len(_messages(result, GANDA)) == 2
    # one rekap never says both: the revisions are Kabupaten Malang's, so one Pemda
    assert not _messages(result, SEVERAL)
    ws = _sheet(result, tmp_path)
    assert ws.cell(2, 1).value == "Kabupaten Malang, s.d. Triwulan II Tahun 2025"
    assert _jumlah_pemda(ws) == ["Kabupaten Malang"]
    for table in (result.perangkat_daerah, result.indikator, result.program):
        assert set(table["pemerintah_daerah"]) == {"Kabupaten Malang"}
    (joined,) = _messages(result, JOINED)
    assert "2 berkas" in joined and "o07.xlsx" in joined and "o08.xlsx" in joined


def test_malang_with_one_agency_named_without_kind_stays_apart(tmp_path):
    # "Dinas Sosial" of "Malang" may be Kota Malang's: kept apart, 2 Pemda said (mend34l: o03, named
    # "... Kabupaten Malang", is joined file by file)
    agencies = [("Kabupaten Malang", opd) for opd in OPDS[:3]] + [
        ("Malang", "Dinas Kesehatan Kabupaten Malang"),
        ("Malang", "Dinas Sosial"),
    ]
    result = lkj_xl.rekap(_folder(tmp_path, agencies), jobs=1)
    # o03 replaces o01 (its name says Kabupaten Malang): 4 agencies, 4 x 1.000.000.000
    assert result.perangkat_daerah["pagu"].sum() == 4 * PAGU
    (joined,) = _messages(result, JOINED)
    assert "o03.xlsx" in joined and "o04.xlsx" not in joined
    (several,) = _messages(result, SEVERAL)
    assert "dari 2 pemerintah daerah" in several
    assert _sheet(result, tmp_path).cell(2, 1).value == "2 pemerintah daerah, s.d. Triwulan II Tahun 2025"


def _beside(typed: str, bare: str) -> list[tuple[str, str]]:
    """Two agencies of the Pemda as ``typed``, then o02.xlsx, one typed ``bare`` (without its kind)."""
    return [(typed, "Bappeda"), (typed, "Dinas Kesehatan"), (bare, "Dinas Sosial")]


def test_yogyakarta_beside_kota_yogyakarta_is_not_read_as_kota(tmp_path):
    # "Yogyakarta" is also the Provinsi (Daerah Istimewa Yogyakarta): kept apart, asked
    agencies = _beside("Kota Yogyakarta", "Yogyakarta")
    result = lkj_xl.rekap(_folder(tmp_path, agencies), jobs=1)
    assert not _messages(result, JOINED)
    (several,) = _messages(result, SEVERAL)
    assert "dari 2 pemerintah daerah" in several
    assert sorted(result.perangkat_daerah["pemerintah_daerah"]) == ["Kota Yogyakarta"] * 2 + ["Yogyakarta"]


def test_yogyakarta_typed_alone_is_asked_for_kota_or_provinsi(tmp_path):
    result = lkj_xl.rekap(
        _folder(tmp_path, [("Yogyakarta", "Bappeda"), ("Yogyakarta", "Dinas Sosial")]), jobs=1
    )
    (asked,) = _messages(result, ASKED)
    assert '"Kota Yogyakarta" atau "Daerah Istimewa Yogyakarta"' in asked  # the Provinsi's name (mend34l)


# --- 2. kunci follows the joined Pemda -------------------------------------------------------------


def _quarter(root: Path, agencies: list[tuple[str, str]], triwulan: int) -> Path:
    root.mkdir(parents=True)
    for n, (pemda, opd) in enumerate(agencies):
        new_workbook(root / f"o{n:02d}.xlsx",
                     pengaturan={c.P_PEMDA: pemda, c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: triwulan},
                     kinerja=kinerja(str(90 - n), "9%"), anggaran=anggaran("1.000.000.000", "100 jt", "150 jt"))  # fmt: skip
    return root


def _key(*parts: str) -> str:  # README: "k" + 16 hex digits of SHA-256 of the parts joined by U+001F
    return "k" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


def test_a_joined_file_keeps_its_agency_s_keys_across_quarters(tmp_path):
    full = [("Kabupaten Lumajang", opd) for opd in OPDS[:4]]
    tw2 = [*full[:3], ("Lumajang", "Dinas Sosial")]  # o03 typed without its kind in TW II
    first = lkj_xl.rekap(_quarter(tmp_path / "tw1", full, 1), jobs=1)
    second = lkj_xl.rekap(_quarter(tmp_path / "tw2", tw2, 2), jobs=1)
    for name in ("perangkat_daerah", "indikator", "program"):
        a, b = getattr(first, name), getattr(second, name)
        both = a.merge(b, on="kunci", suffixes=("_tw1", "_tw2"), validate="one_to_one")
        assert len(both) == len(a) == len(b), name  # every row of TW I has its TW II partner
    sosial = second.perangkat_daerah.set_index("perangkat_daerah").loc["Dinas Sosial"]
    assert sosial["kunci"] == _key("kabupaten lumajang", "dinas sosial")  # as typed fully in TW I
    (program,) = second.program[second.program["perangkat_daerah"] == "Dinas Sosial"]["kunci"]
    assert program == _key("kabupaten lumajang", "dinas sosial", "P1")
    indikator = second.indikator[second.indikator["perangkat_daerah"] == "Dinas Sosial"]
    assert set(indikator["kunci"]) == {
        _key("kabupaten lumajang", "dinas sosial", "T1", "indeks kesehatan"),
        _key("kabupaten lumajang", "dinas sosial", "S1", "persentase layanan"),
    }


# --- 3. texts ---------------------------------------------------------------------------------------


def test_a_province_s_joined_file_is_said_in_the_same_words_everywhere(tmp_path):
    agencies = [
        ("Provinsi Jawa Timur", "Bappeda"),
        ("Provinsi Jawa Timur", "Dinas Kesehatan"),
        ("Jawa Timur", "Dinas ESDM"),
    ]
    root = _folder(tmp_path, agencies)
    out = CliRunner().invoke(main, ["rekap", str(root), "-o", str(tmp_path / "r.xlsx")])
    assert out.exit_code == 0, out.output
    (line,) = [
        text for text in out.output.splitlines() if text.startswith("warning: ") and "Jawa Timur" in text
    ]
    words = "tanpa Kabupaten, Kota atau Provinsi"
    assert words in line
    result = lkj_xl.rekap(root, jobs=1)
    (note,) = [
        k
        for b, k in zip(result.pemeriksaan["berkas"], result.pemeriksaan["keterangan"])
        if b.endswith("o02.xlsx")
    ]
    assert words in note and "tanpa Kabupaten atau Kota" not in note


def test_kab_dot_is_not_called_written_in_full(tmp_path):
    agencies = _beside("Kab. Lumajang", "Lumajang")
    result = lkj_xl.rekap(_folder(tmp_path, agencies), jobs=1)
    (joined,) = _messages(result, JOINED)
    # the spelling the rekap shows, whose keys the file then keeps (mend34l; not "Kabupaten Lumajang")
    assert 'tulis "Kab. Lumajang"' in joined and '"Kabupaten Lumajang"' not in joined
    assert "Kab. Lumajang, satu-satunya pemerintah daerah bernama Lumajang yang ditulis lengkap" not in joined
