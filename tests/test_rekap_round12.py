"""lkj-xl rekap as the Bappeda analyst meets it (round 12 of issue 13): a TW II shared folder of
twelve agencies (a subfolder each, the example workbook under three names, a TW I file beside the TW
II one, last year's file, a DPA export, a zip, a PDF, an Excel owner file).

- The Grafik printed by LibreOffice (the project's PDFs) named only every other agency on a chart
  whose last bar's agency has a long name (the seed's "Dinas Koperasi, UKM, Perindustrian dan
  Perdagangan" ranked last of ten): LibreOffice broke that label into two lines and then left out
  every other label as crowded, though the axis asks for each (tickLblSkip 1). Told the labels'
  rotation (0, horizontal), it lays each out and leaves none out.
- "Dinas Koperasi dan UKM" and its revision typed "Dinas Koperasi & UKM" were two agencies to the
  rekap: both ranked, both summed into the Pemda's Jumlah line. "&" is read as "dan" now, as case,
  spaces and punctuation already were ignored: one agency, the file saved last counting.
- The warnings that agencies report different years, quarters, Skala Kriteria or Batas Capaian
  named the files but not what to do: they say it now (a file of another period that came along is
  moved out; a parameter left unchanged is corrected in Pengaturan by the agency; then rekap again).
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest

import lkj_xl
from lkj_xl.core import rekap as core
from lkj_xl.core import rekap_peringatan
from lkj_xl.core.rekap_ganda import agency_identity
from lkj_xl.xlsx.rekap import render_rekap
from lkj_xl.xlsx.template import new_workbook
from tests.test_rekap import print_pdf
from tests.test_rekap_round3 import anggaran, kinerja, saved_by_excel, settings

# Ten agencies of a Kabupaten; the last is the seed's agency, the longest name, ranked last.
AGENCIES = (
    "Dinas Kesehatan",
    "Dinas Pendidikan",
    "Dinas Perhubungan",
    "Dinas Sosial",
    "Inspektorat",
    "Satuan Polisi Pamong Praja",
    "Dinas Lingkungan Hidup",
    "Dinas Koperasi & Usaha Mikro",
    "Dinas Koperasi dan UKM Kota",
    "Dinas Koperasi, UKM, Perindustrian dan Perdagangan",
)


def _ten_agencies(root: Path) -> Path:
    """The ten agencies, agency i with Tujuan T1 of TW II realisasi 100 - 5i of target 100 (Nilai
    Akhir: capaian 100 - 5i) and Sasaran S1 9 % of 10 % (90): the mean falls with i, so the ranking
    is the order above and the long name is the last bar of every chart. Each its own pagu
    (1.00i.000.000): ten agencies, not the one plan under three Dinas Koperasi names (Rencana sama)."""
    folder = root / "opd"
    folder.mkdir(parents=True)
    for i, name in enumerate(AGENCIES):
        new_workbook(
            folder / f"opd-{i:02d}.xlsx",
            pengaturan=settings(name),
            kinerja=kinerja(str(100 - 5 * i), "9%"),
            anggaran=anggaran(f"1.{i:03d}.000.000", "100 jt", f"{150 + 10 * i} jt"),
        )
    return folder


def _charts(xlsx: Path) -> list[str]:
    with zipfile.ZipFile(xlsx) as z:
        return [z.read(n).decode() for n in sorted(z.namelist()) if n.startswith("xl/charts/chart")]


def test_the_bars_stand_right_of_a_room_for_the_longest_name(tmp_path):
    # LibreOffice's own layout left the labels a room narrower than the long last name (the slow test
    # below prints it): each chart's plot area is placed by hand (an inner manual layout), its left
    # edge (x, a fraction of the chart's 960 pixels) right of the longest name as LibreOffice prints
    # it in 8 pt: "Dinas Koperasi, UKM, Perindustrian dan Perdagangan" measured 202 pixels wide on
    # the page printed at 80 dpi, 242 at 96 (the chart's pixels).
    result = lkj_xl.rekap(_ten_agencies(tmp_path), jobs=1)
    # Means by hand: (100 - 5i + 90) / 2, falling with i: the order of AGENCIES.
    assert list(result.perangkat_daerah["perangkat_daerah"]) == list(AGENCIES)
    assert list(result.perangkat_daerah["capaian"]) == [float(Fraction(190 - 5 * i, 2)) for i in range(10)]
    out = tmp_path / "rekap.xlsx"
    out.write_bytes(render_rekap(result))
    charts = _charts(out)
    assert len(charts) == 3
    for chart in charts:
        layout = re.search(r"<c:plotArea><c:layout><c:manualLayout>(.*?)</c:manualLayout>", chart)
        assert layout is not None
        values = dict(re.findall(r'<c:(x|y|w|h) val="([0-9.]+)"/>', layout.group(1)))
        assert '<c:layoutTarget val="inner"/>' in layout.group(1)
        assert 242 <= float(values["x"]) * 960 <= 0.45 * 960
        assert float(values["x"]) + float(values["w"]) < 1 and float(values["y"]) + float(values["h"]) < 1


@pytest.mark.slow
def test_libreoffice_names_every_agency_when_the_last_has_a_long_name(tmp_path):
    out = tmp_path / "rekap.xlsx"
    result = lkj_xl.rekap(_ten_agencies(tmp_path), jobs=1)
    out.write_bytes(render_rekap(result))
    pdf = print_pdf(out, tmp_path / "grafik.pdf", sheets=[core.SHEET_GRAFIK])
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    pages = [" ".join(p.split()) for p in text.stdout.split("\f") if p.strip()]
    assert len(pages) == 3
    for page in pages:
        # A label broken over two lines is read back with a space between its lines.
        assert [name for name in AGENCIES if name not in page] == [], page


def test_dan_and_the_ampersand_are_the_same_agency():
    def row(opd: str) -> dict[str, object]:
        return {"pemerintah_daerah": "Kabupaten Lumajang", "perangkat_daerah": opd}

    assert agency_identity(row("Dinas Koperasi & UKM")) == agency_identity(row("Dinas Koperasi dan UKM"))
    assert agency_identity(row("Dinas Koperasi, UKM, Perindustrian & Perdagangan")) == agency_identity(
        row("DINAS KOPERASI UKM PERINDUSTRIAN DAN PERDAGANGAN")
    )
    assert agency_identity(row("Dinas Koperasi&UKM")) == agency_identity(row("Dinas Koperasi dan UKM"))
    # An abbreviation stays another agency (README): Usaha Mikro is not UKM to the rekap.
    assert agency_identity(row("Dinas Koperasi & Usaha Mikro")) != agency_identity(
        row("Dinas Koperasi dan UKM")
    )


def test_a_revision_typed_with_an_ampersand_counts_once(tmp_path):
    # The agency sent "Dinas Koperasi dan UKM" on 3 July and its revision, typed "Dinas Koperasi &
    # UKM", on 8 July: both were ranked and summed into the Jumlah line.
    root = tmp_path / "tw2"
    root.mkdir()
    new_workbook(root / "a.xlsx", pengaturan=settings("Dinas Koperasi dan UKM"), kinerja=kinerja("80", "9%"),
                 anggaran=anggaran("1.000.000.000", "100 jt", "150 jt"))  # fmt: skip
    new_workbook(root / "b.xlsx", pengaturan=settings("Dinas Koperasi & UKM"), kinerja=kinerja("95,5", "9,5%"),
                 anggaran=anggaran("1.200.000.000", "100 jt", "200 jt"))  # fmt: skip
    new_workbook(root / "c.xlsx", pengaturan=settings("Dinas Sosial"), kinerja=kinerja("75", "52", s1_target=80),
                 anggaran=anggaran("500.000.000", "50 jt", "50 jt"))  # fmt: skip
    saved_by_excel(root / "a.xlsx", "2025-07-03T02:00:00Z")
    saved_by_excel(root / "b.xlsx", "2025-07-08T09:30:00Z")
    result = lkj_xl.rekap(root, jobs=1)
    frame = result.perangkat_daerah
    # b.xlsx counts: (95,5 / 100 + 9,5 / 10) / 2 = (95,5 + 95) / 2 = 95,25; c.xlsx (75 + 52/80 = 65) / 2 = 70.
    assert list(zip(frame["berkas"], frame["capaian"])) == [
        (str(root / "b.xlsx"), 95.25),
        (str(root / "c.xlsx"), 70.0),
    ]
    status = result.pemeriksaan.set_index("berkas")["status"]
    assert status[str(root / "a.xlsx")] == core.GANDA
    # The Pemda's pagu: 1.200.000.000 + 500.000.000 (not a.xlsx's 1.000.000.000 again).
    assert frame["pagu"].sum() == 1_700_000_000
    found = dict(zip(result.peringatan["jenis"], result.peringatan["pesan"]))
    assert "Hanya " + str(root / "b.xlsx") + " yang dihitung" in found["Perangkat daerah ganda"]


def _differ_rows(**changed: object) -> list[dict[str, object]]:
    base = {"pemerintah_daerah": "Kab A", "tahun": 2025, "triwulan": 2, "skala": "PermenPANRB",
            "batas_capaian": None}  # fmt: skip
    return [
        base | {"perangkat_daerah": "Dinas X", "berkas": "x.xlsx"},
        base | {"perangkat_daerah": "Dinas Y", "berkas": "y.xlsx"},
        base | {"perangkat_daerah": "Dinas Z", "berkas": "z.xlsx"} | changed,
    ]


# What to do, by hand: a file of another period moved out or the agency's Pengaturan corrected; a
# setting the agencies should share corrected by the one that differs.
PERIODE = (
    "Bila berkas itu laporan periode lain yang ikut terbawa ke folder, pindahkan lalu rekap ulang; bila "
    "isinya periode ini, minta perangkat daerahnya membetulkan {label} di sheet Pengaturan lalu rekap ulang."
)
PENGATURAN = (
    "Bila semua perangkat daerah seharusnya memakai {label} yang sama, minta perangkat daerah yang "
    "berbeda membetulkannya di sheet Pengaturan lalu rekap ulang."
)


@pytest.mark.parametrize(
    ("changed", "jenis", "advice"),
    [
        ({"tahun": 2024}, "Tahun berbeda", PERIODE.format(label="Tahun")),
        ({"triwulan": 1}, "Triwulan berbeda", PERIODE.format(label="Triwulan")),
        (
            {"skala": "Permendagri 86/2017"},
            "Skala Kriteria berbeda",
            PENGATURAN.format(label="Skala Kriteria"),
        ),
        ({"batas_capaian": 100.0}, "Batas Capaian berbeda", PENGATURAN.format(label="Batas Capaian")),
    ],
)
def test_a_differing_setting_says_what_to_do(changed, jenis, advice):
    found = dict(rekap_peringatan.warnings(_differ_rows(**changed)))
    assert found[jenis].endswith("Dinas Z (z.xlsx). " + advice)


def test_one_agency_s_revision_under_another_name_is_warned_about(tmp_path):
    # "Dinas Koperasi dan UKM" sent its report; its revision (T1's realisasi 85 for 80, TW II's
    # spending 175 jt for 150 jt) came typed "Dinas Koperasi & Usaha Mikro", an abbreviation the
    # rekap cannot read: two agencies, the same indicators, targets and pagu, ranked twice and the
    # pagu of 1.000.000.000 summed twice into the Jumlah line, without a word (Isi sama needs every
    # realisasi the same). Two Kecamatan of one template (same indicators, targets and even pagu,
    # names alike in their first word only) are not warned about, nor Dinas Sosial of the same plan.
    root = tmp_path / "tw2"
    root.mkdir()
    agencies = (
        ("a", "Dinas Koperasi dan UKM", kinerja("80", "9%"), anggaran("1.000.000.000", "100 jt", "150 jt")),
        (
            "b",
            "Dinas Koperasi & Usaha Mikro",
            kinerja("85", "9%"),
            anggaran("1.000.000.000", "100 jt", "175 jt"),
        ),
        ("c", "Kecamatan Sukodono", kinerja("70", "8%"), anggaran("850.000.000", "50 jt", "90 jt")),
        ("d", "Kecamatan Tempeh", kinerja("72", "7%"), anggaran("850.000.000", "60 jt", "80 jt")),
        ("e", "Dinas Sosial", kinerja("90", "9%"), anggaran("1.000.000.000", "100 jt", "120 jt")),
    )
    for name, opd, kin, ang in agencies:
        new_workbook(root / f"{name}.xlsx", pengaturan=settings(opd), kinerja=kin, anggaran=ang)
    result = lkj_xl.rekap(root, jobs=1)
    # The rekap still counts both: which one stands is the analyst's call.
    assert len(result.perangkat_daerah) == 5
    said = [
        (j, p) for j, p in zip(result.peringatan["jenis"], result.peringatan["pesan"]) if j == "Rencana sama"
    ]
    who = f"Dinas Koperasi dan UKM ({root / 'a.xlsx'}) dan Dinas Koperasi & Usaha Mikro ({root / 'b.xlsx'})"
    assert said == [
        (
            "Rencana sama",
            f"Pada Triwulan II Tahun 2025, {who} berisi indikator, target dan pagu yang sama persis dengan nama "
            "perangkat daerah yang berbeda; hanya realisasinya yang berbeda: laporan satu perangkat daerah yang "
            "dikirim ulang dengan nama lain? Semuanya dihitung sebagai perangkat daerah tersendiri, sehingga "
            "pagunya dihitung dua kali dalam jumlah. Bila perangkat daerahnya sama, pindahkan berkas yang tidak "
            "berlaku dari folder lalu rekap ulang; bila memang berbeda, abaikan peringatan ini.",
        )
    ]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_dpa_export_in_the_folder_is_named_for_what_it_is(tmp_path, jobs):
    # The folder holds the DPA export of SIPD (one sheet "DPA"): Pemeriksaan said "lembar atau kolom
    # wajib tidak ditemukan atau tidak terbaca", which sheets and what to do only in English under
    # Rincian Teknis. It names the sheets now, as the add-in says it, and what the analyst does.
    root = tmp_path / "tw2"
    root.mkdir()
    dpa = openpyxl.Workbook()
    dpa.active.title = "DPA"
    dpa.active.append(["Kode Rekening", "Uraian", "Jumlah"])
    dpa.active.append(["5.1.02", "Belanja Barang dan Jasa", 125_000_000])
    dpa.save(root / "DPA SKPD 2025.xlsx")
    new_workbook(root / "dinsos.xlsx", pengaturan=settings("Dinas Sosial"), kinerja=kinerja("90", "9%"))
    files = lkj_xl.rekap(root, jobs=jobs).pemeriksaan.set_index("berkas")
    row = files.loc[str(root / "DPA SKPD 2025.xlsx")]
    assert row["status"] == core.TIDAK_TERBACA
    assert row["keterangan"] == (
        "bukan buku kerja LKjIP perangkat daerah: sheet Pengaturan, Kinerja dan Anggaran tidak ditemukan "
        "(sheet yang ada: DPA). Bila berkas ini seharusnya laporan sebuah perangkat daerah, minta buku kerja "
        "LKjIP-nya lalu rekap ulang."
    )
