"""Rekap, after rekap13 (a reviewer's findings).

1. Pemda typed without its kind ("Malang") by the agencies of Kota Malang and of Kabupaten Malang:
   "Dinas Kesehatan Kabupaten Malang" and "Dinas Kesehatan Kota Malang" were one agency sent twice,
   3 of 6 agencies counted, the Kabupaten's dropped as "ganda".
2. "Kecamatan Lumajang Kabupaten Lumajang" beside "Kecamatan Lumajang" (Pemda "Kabupaten Lumajang")
   were two agencies, the pagu counted twice with no warning: the Pemda's name was stripped once.
3. The Rekap row's Rata-rata Capaian Tujuan and Sasaran kept two decimals while its capaian widened:
   "49,996 | ... | 50,00 | 50,00" (two 50,00 averaging 49,996), on the sheet and in csv --excel-id.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook
from tests.test_rekap_round3 import anggaran, kinerja
from tests.test_rekap_round13 import _agency, _decimals, _shown, _two

# --- 1. Kota and Kabupaten of one name, the Pemda typed without its kind -----------------------------

_SAME_NAME = ("Malang", "Kediri", "Blitar", "Madiun", "Mojokerto", "Pasuruan", "Probolinggo")


def _agencies(rows: list[dict[str, object]]) -> list[set[int]]:
    """The rows (by their index) the rekap reads as one agency (same_agency: one period)."""
    from lkj_xl.core.rekap_ganda import same_agency

    return sorted(({rows.index(row) for row in group} for group in same_agency(rows)), key=min)


def _row(pemda: str, opd: str) -> dict[str, object]:
    return {"pemerintah_daerah": pemda, "perangkat_daerah": opd, "berkas": f"{opd}.xlsx"}


def test_six_agencies_of_kota_and_kabupaten_malang_are_six(tmp_path):
    # Six agencies (Dinas Kesehatan, Dinas Pendidikan, RSUD; each of Kabupaten and of Kota Malang), each
    # its own workbook with pagu 850.000.000: six counted, the Jumlah's pagu 6 x 850.000.000.
    root = tmp_path / "tw2"
    root.mkdir()
    names = [f"{unit} {kind} Malang" for unit in ("Dinas Kesehatan", "Dinas Pendidikan", "RSUD")
             for kind in ("Kabupaten", "Kota")]  # fmt: skip
    for n, opd in enumerate(names):
        new_workbook(root / f"{n}.xlsx",
                     pengaturan={c.P_PEMDA: "Malang", c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 2},
                     kinerja=kinerja(str(70 + n), "8%"), anggaran=anggaran("850.000.000", "50 jt", "90 jt"))  # fmt: skip
    result = lkj_xl.rekap(root, jobs=1)
    assert sorted(result.perangkat_daerah["perangkat_daerah"]) == sorted(names)
    assert result.perangkat_daerah["pagu"].sum() == 6 * 850_000_000
    assert "Perangkat daerah ganda" not in set(result.peringatan["jenis"])
    assert not any("ganda" in str(status) for status in result.pemeriksaan.get("status", []))


@pytest.mark.parametrize("city", _SAME_NAME)
def test_the_kind_in_the_name_tells_kota_from_kabupaten(city):
    rows = [
        _row(city, f"Dinas Kesehatan Kabupaten {city}"),
        _row(city, f"Dinas Kesehatan Kota {city}"),
        _row(city, f"Dinas Kesehatan Pemerintah Kota {city}"),  # the Kota's, "Pemerintah" written
        _row(f"Kota {city}", "Dinas Kesehatan"),  # the Kota's, its Pemda typed with its kind
        _row(f"Kab. {city}", "Dinas Kesehatan"),  # the Kabupaten's
    ]
    assert _agencies(rows) == [{0, 4}, {1, 2, 3}]  # the Kabupaten's (rows 0, 4), the Kota's (1, 2, 3)


def test_a_name_without_a_kind_beside_both_kinds_is_neither():
    # "Dinas Kesehatan" of "Malang" could be the Kota's or the Kabupaten's: merged with neither (either
    # merge could drop the other agency's figures); beside one kind only, it is that one (rekap13).
    both = [_row("Malang", "Dinas Kesehatan"), _row("Malang", "Dinas Kesehatan Kota Malang"),
            _row("Malang", "Dinas Kesehatan Kabupaten Malang")]  # fmt: skip
    assert _agencies(both) == [{0}, {1}, {2}]
    one = [_row("Malang", "Dinas Kesehatan"), _row("Malang", "Dinas Kesehatan Kota Malang")]
    assert _agencies(one) == [{0, 1}]


def test_the_kota_s_agency_sent_with_the_pemda_typed_two_ways_counts_once(tmp_path):
    # The same Dinas Kesehatan of Kota Malang (Pemda "Malang" in one file, "Kota Malang" in the other):
    # one agency sent twice, one counted (pagu 850.000.000 once, not twice).
    root = tmp_path / "tw2"
    root.mkdir()
    for n, (pemda, opd) in enumerate(
        (("Malang", "Dinas Kesehatan Kota Malang"), ("Kota Malang", "Dinas Kesehatan"))
    ):
        new_workbook(root / f"{n}.xlsx",
                     pengaturan={c.P_PEMDA: pemda, c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 2},
                     kinerja=kinerja(str(70 + n), "8%"), anggaran=anggaran("850.000.000", "50 jt", "90 jt"))  # fmt: skip
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 1 and result.perangkat_daerah["pagu"].sum() == 850_000_000
    assert "Perangkat daerah ganda" in set(result.peringatan["jenis"])


# --- 2. the Pemda's name appended to a unit named by the Pemda's name -------------------------------


@pytest.mark.parametrize("pemda", ["Kabupaten Lumajang", "Lumajang"])
def test_kecamatan_lumajang_with_its_pemda_appended_is_kecamatan_lumajang(tmp_path, pemda):
    # One Kecamatan sent twice: one counted, pagu 850.000.000 once in the Jumlah (not 1.700.000.000).
    result = _two(tmp_path, pemda, "Kecamatan Lumajang", "Kecamatan Lumajang Kabupaten Lumajang")
    assert len(result.perangkat_daerah) == 1
    assert result.perangkat_daerah["pagu"].sum() == 850_000_000
    assert "Perangkat daerah ganda" in set(result.peringatan["jenis"])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kecamatan Lumajang Kabupaten Lumajang", "Kelurahan Lumajang"),
        ("Kecamatan Lumajang Kabupaten Lumajang", "Kecamatan Sukodono Kabupaten Lumajang"),
        ("Kecamatan Lumajang Kab. Lumajang", "Kecamatan Tempeh"),
    ],
)
def test_other_units_stay_other_agencies(tmp_path, first, second):
    result = _two(tmp_path, "Kabupaten Lumajang", first, second)
    assert len(result.perangkat_daerah) == 2
    assert result.perangkat_daerah["pagu"].sum() == 2 * 850_000_000  # two agencies, two pagu
    assert not {"Perangkat daerah ganda", "Rencana sama"} & set(result.peringatan["jenis"])


# --- 3. Tujuan and Sasaran with the row's decimals ---------------------------------------------------


@pytest.mark.parametrize(
    ("realisasi", "tw1", "tw2", "capaian", "decimals"),
    [
        # Tujuan 49,996 of 100 and Sasaran 49,996% of 100%: each mean is 49,996 (one indicator each), the
        # capaian too; penyerapan (25.000.000 + 24.999.000) / 100.000.000 = 49,999: the row takes 3.
        ("49,996", "25.000.000", "24.999.000", "49.996", 3),
        # 100,004 both; penyerapan (50.002.000 + 50.002.000) / 100.000.000 = 100,004: 3 decimals.
        ("100,004", "50.002.000", "50.002.000", "100.004", 3),
    ],
)
def test_tujuan_and_sasaran_are_shown_with_the_row_s_decimals(
    tmp_path, realisasi, tw1, tw2, capaian, decimals
):
    import openpyxl

    from lkj_xl.core import rekap as core
    from lkj_xl.rekap_output import write
    from lkj_xl.xlsx.rekap import render_rekap

    exact = Fraction(capaian)
    result = _agency(tmp_path, realisasi, "100.000.000", tw1, tw2)
    out = tmp_path / "rekap.xlsx"
    out.write_bytes(render_rekap(result))
    ws = openpyxl.load_workbook(out)[core.SHEET_REKAP]
    keys = [spec.key for spec in core.AGENCY_COLUMNS]
    row = next(r for r in ws.iter_rows() if r[keys.index("perangkat_daerah")].value == "Dinas Uji")
    for key in ("capaian", "capaian_tujuan", "capaian_sasaran"):
        cell = row[keys.index(key)]
        assert _decimals(cell) == decimals and _shown(cell.value, decimals) == exact, key
    # csv --excel-id: as the sheet shows them
    write(result, "csv", tmp_path / "id", excel_id=True)
    lines = (tmp_path / "id" / "perangkat_daerah.csv").read_text(encoding="utf-8-sig").splitlines()
    shown = dict(zip(lines[0].split(";"), lines[1].split(";")))
    means = [Fraction(shown[k].replace(",", ".")) for k in ("capaian_tujuan", "capaian_sasaran")]
    assert means == [exact, exact]
    # the Grafik shows capaian and penyerapan only (not Tujuan or Sasaran): its figures are those two
    grafik = openpyxl.load_workbook(out)[core.SHEET_GRAFIK]
    figures = [cell.value for r in grafik.iter_rows() for cell in r if isinstance(cell.value, float)]
    both = (float(exact), float(result.perangkat_daerah["penyerapan"].iloc[0]))
    assert figures and all(any(v == pytest.approx(x) for x in both) for v in figures)
