"""Rekap as a Bappeda officer meets it (rekap17).

1. "Dinas Kesehatan 2025 Revisi" (a year typed before the revision mark) beside "Dinas Kesehatan" was
   its own agency: both ranked, the pagu summed twice, no warning; "Dinas Kesehatan Revisi 30 Juni
   2025" was joined. The year stays the name's as typed (mend35r), but two names differing only by a
   year (and the quarter) typed at their end are one agency to the duplicate check.
2. Two files both marked "Revisi", a copy's minutes apart on disk, with different figures: the later on
   disk counted, said as "berkas paling akhir diubah" alone, as though the minute told which is newer.
3. A province's rekap (Kab Lumajang/ beside Kota Probolinggo/): a file typing "Lumajang" beside files
   typing "Kabupaten Lumajang" was a third Pemda, "Lumajang": Kabupaten Lumajang's Jumlah and every
   pivot over Pemerintah Daerah short of its agency; rekapped alone, the same folder was joined.
4. A Bappeda's collection: an agency's folder holding only the ZIP archive it sent ("19 Dinas
   Perikanan/LKjIP Perikanan.zip") was a Pemeriksaan row "dilewati" and no warning: the agency missing
   from the ranking and every total while its PDF-only neighbour was named `Perangkat daerah tanpa
   buku kerja`; so was one holding only its cover letter ("36 Dinas Tenaga Kerja/surat pengantar.pdf").
5. An agency whose Tujuan realisasi cell is a galat was ranked first on its Sasaran alone (mean 100
   against its neighbour's 95 from both), nothing saying its rank left the galat indicator out.
"""

from __future__ import annotations

import zipfile

import pytest

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.core.rekap_ganda import agency_identity, identities
from lkj_xl.xlsx.template import new_workbook
from tests.test_mend35i import _file, _said
from tests.test_rekap14 import PAGU, _folder, _jumlah_pemda, _sheet

_PEMDA = "Kabupaten Lumajang"


def _rows(*names: str) -> list[dict[str, object]]:
    return [
        {"pemerintah_daerah": _PEMDA, "perangkat_daerah": name, "berkas": f"{i}.xlsx"}
        for i, name in enumerate(names)
    ]


# --- 1. a year typed before the revision mark ------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "Dinas Kesehatan 2025 Revisi",
        "Dinas Kesehatan Tahun 2025 Revisi",
        "Dinas Kesehatan TW II 2025 (Revisi)",
        "Dinas Kesehatan TW II Tahun 2025 Revisi",
        "Dinas Kesehatan 2025 Revisi 2",
    ],
)
def test_a_year_before_the_mark_is_the_same_agency_counted_once(tmp_path, typed):
    folder = tmp_path / "tw2"
    # one extraction: the original 60 s later on disk than the revision (within 10 minutes), both saved
    # by Excel at one moment: the mark decides
    _file(folder / "LKjIP Dinkes TW2.xlsx", _PEMDA, "Dinas Kesehatan", "1.000.000.000", disk=1_751_000_060)
    _file(folder / "LKjIP Dinkes TW2 revisi.xlsx", _PEMDA, typed, "1.200.000.000", disk=1_751_000_000)
    _file(folder / "LKjIP Dinsos TW2.xlsx", _PEMDA, "Dinas Sosial", "500.000.000", disk=1_751_000_060)
    result = lkj_xl.rekap(folder, jobs=1)
    pagu = list(result.perangkat_daerah["pagu"])
    # Dinas Kesehatan once, by its revision's 1.200.000.000, and Dinas Sosial 500.000.000:
    # 1.700.000.000 (it was 1.000.000.000 + 1.200.000.000 + 500.000.000 = 2.700.000.000)
    assert sorted(pagu) == [500_000_000, 1_200_000_000]
    assert sum(pagu) == 1_700_000_000
    said = _said(result, "Perangkat daerah ganda")
    assert "/LKjIP Dinkes TW2.xlsx" in said and "LKjIP Dinkes TW2 revisi.xlsx yang dihitung" in said
    assert "bertanda revisi" in said


def test_names_differing_by_a_trailing_year_are_one_agency_and_numbers_stay_the_names():
    found = identities(
        _rows(
            "Dinas Kesehatan",
            "Dinas Kesehatan 2025 Revisi",
            "UPT Puskesmas 1",
            "UPT Puskesmas 1 2025 Revisi",
            "UPT Puskesmas 2",
            "SD Negeri 2",
            "SD Negeri 12",
        )
    )
    dinkes = ("kabupaten lumajang", "dinas kesehatan")
    assert found[0] == found[1] == dinkes
    # the number before the year is the unit's own: Puskesmas 1 (its revision joined), never Puskesmas 2
    assert found[2] == found[3] == ("kabupaten lumajang", "upt puskesmas 1")
    assert len({found[2], found[4], found[5], found[6]}) == 4


def test_a_year_alone_keeps_the_name_as_typed():
    # mend35r's verdict kept: the identity of one name still holds its year; only a second file of the
    # name without it joins them
    row = {"pemerintah_daerah": _PEMDA, "perangkat_daerah": "Dinas Kesehatan 2025 Revisi"}
    assert agency_identity(row) == ("kabupaten lumajang", "dinas kesehatan 2025")
    assert identities(_rows("Dinas Kesehatan 2025 Revisi", "Dinas Sosial"))[0] == agency_identity(row)


# --- 2. two files marked alike: which counts, and that nothing tells ---------------------------------


def _two_revisions(folder, first_disk: int, second_pagu: str = "1.200.000.000") -> lkj_xl.Rekap:
    # two files both marked "Revisi", saved by Excel at one moment (lkj-xl new's fixed date rewritten)
    _file(folder / "Dinkes (Revisi).xlsx", _PEMDA, "Dinas Kesehatan", second_pagu, disk=1_751_000_000)
    _file(
        folder / "LKjIP Dinkes TW2 revisi.xlsx", _PEMDA, "Dinas Kesehatan", "1.000.000.000", disk=first_disk
    )
    _file(folder / "LKjIP Dinsos TW2.xlsx", _PEMDA, "Dinas Sosial", "500.000.000", disk=1_751_000_000)
    return lkj_xl.rekap(folder, jobs=1)


def _notes(result: lkj_xl.Rekap) -> dict[str, str]:
    rows = result.pemeriksaan
    return {str(b).rsplit("/", 1)[-1]: str(k) for b, k in zip(rows["berkas"], rows["keterangan"])}


def test_two_revisions_of_one_copy_say_that_nothing_tells_which_is_newest(tmp_path):
    # one extraction: 60 s apart on disk, which tells nothing (rekap_revisi._ONE_COPY_SECONDS), and the
    # pagu differs (1.000.000.000 against 1.200.000.000): the officer must be told to check
    result = _two_revisions(tmp_path / "tw2", first_disk=1_751_000_060)
    pagu = dict(zip(result.perangkat_daerah["perangkat_daerah"], result.perangkat_daerah["pagu"]))
    assert pagu["Dinas Kesehatan"] == 1_000_000_000  # the later on disk, as before
    said = _said(result, "Perangkat daerah ganda")
    notes = _notes(result)
    for text in (said, notes["Dinkes (Revisi).xlsx"], notes["LKjIP Dinkes TW2 revisi.xlsx"]):
        assert "tanda revisinya sama" in text
        assert "berselisih 1 menit" in text
        assert "tidak pasti mana yang terbaru" in text and "isinya berbeda" in text
    assert notes["Dinkes (Revisi).xlsx"].startswith("perangkat daerah yang sama")
    assert notes["LKjIP Dinkes TW2 revisi.xlsx"].startswith("dihitung")


def test_two_revisions_a_day_apart_are_told_by_the_later_one(tmp_path):
    # a day apart on disk (86.400 s): the later one is the newer, said as before
    result = _two_revisions(tmp_path / "tw2", first_disk=1_751_000_000 + 86_400)
    said = _said(result, "Perangkat daerah ganda")
    assert "berkas paling akhir diubah" in said and "tidak pasti" not in said


def test_two_revisions_of_one_content_need_no_check(tmp_path):
    # the same pagu, the same content: either counts the same figures
    result = _two_revisions(tmp_path / "tw2", first_disk=1_751_000_060, second_pagu="1.000.000.000")
    assert "tidak pasti" not in _said(result, "Perangkat daerah ganda")


# --- 3. a kind-less Pemda in a province's rekap ------------------------------------------------------


def test_a_kindless_name_beside_its_kabupaten_in_a_provinces_rekap_is_that_kabupaten(tmp_path):
    agencies = [
        ("Lumajang", "Dinas Kesehatan"),
        ("Kabupaten Lumajang", "Dinas Sosial"),
        ("Kabupaten Lumajang", "Dinas Pendidikan"),
        ("Kota Probolinggo", "Dinas Kesehatan"),
    ]
    result = lkj_xl.rekap(_folder(tmp_path, agencies), jobs=1)
    # two Pemda: Kabupaten Lumajang with its 3 agencies (3 x 1.000.000.000), Kota Probolinggo with 1
    for table in (result.perangkat_daerah, result.indikator, result.program):
        assert set(table["pemerintah_daerah"]) == {"Kabupaten Lumajang", "Kota Probolinggo"}
    pagu = result.perangkat_daerah.groupby("pemerintah_daerah")["pagu"].sum().to_dict()
    assert pagu == {"Kabupaten Lumajang": 3 * PAGU, "Kota Probolinggo": PAGU}
    # the title and the Jumlah line count 2 Pemda (they said 3)
    ws = _sheet(result, tmp_path)
    # each Pemda's Jumlah line, then the line of both (rekap23: it was only the line of both)
    assert _jumlah_pemda(ws) == ["Kabupaten Lumajang", "Kota Probolinggo", "2 pemerintah daerah"]
    assert ws.cell(2, 1).value == "2 pemerintah daerah, s.d. Triwulan II Tahun 2025"
    said = _said(result, "Pemerintah Daerah berbeda")
    assert "dari 2 pemerintah daerah" in said and "Kabupaten Lumajang (3 perangkat daerah)" in said
    # the guess is said, as in a Kabupaten's own rekap
    joined = _said(result, "Pemerintah Daerah digabung")
    assert '"Lumajang"' in joined and "Kabupaten Lumajang" in joined and "o00.xlsx" in joined


def test_a_kindless_twin_name_in_a_provinces_rekap_stays_apart(tmp_path):
    # "Malang" beside "Kota Malang" may be Kabupaten Malang's (pemda_kembar.TWIN_NAMES): never joined
    agencies = [
        ("Malang", "Dinas Kesehatan"),
        ("Kota Malang", "Dinas Sosial"),
        ("Kabupaten Lumajang", "Dinas Pendidikan"),
    ]
    result = lkj_xl.rekap(_folder(tmp_path, agencies), jobs=1)
    assert set(result.perangkat_daerah["pemerintah_daerah"]) == {
        "Malang",
        "Kota Malang",
        "Kabupaten Lumajang",
    }


def test_one_agency_typed_with_and_without_the_kind_in_a_provinces_rekap_counts_once(tmp_path):
    # "Dinas Kesehatan" of "Lumajang" and of "Kabupaten Lumajang": one agency sent twice, as in the
    # Kabupaten's own rekap (test_mend33f); 3 agencies counted, 3 x 1.000.000.000 (it was 4)
    agencies = [
        ("Kabupaten Lumajang", "Dinas Kesehatan"),
        ("Lumajang", "Dinas Kesehatan"),
        ("Kabupaten Lumajang", "Kecamatan Tempeh"),
        ("Kota Probolinggo", "Dinas Kesehatan"),
    ]
    result = lkj_xl.rekap(_folder(tmp_path, agencies), jobs=1)
    assert len(result.perangkat_daerah) == 3 and result.perangkat_daerah["pagu"].sum() == 3 * PAGU
    assert "Kabupaten Lumajang" in _said(result, "Perangkat daerah ganda")


# --- 4. an agency's folder holding only its ZIP archive ---------------------------------------------


def _collection(root):
    for folder, opd in (("01 Dinas Kesehatan", "Dinas Kesehatan"), ("02 Dinas Sosial", "Dinas Sosial")):
        _file(root / folder / f"LKjIP {opd}.xlsx", _PEMDA, opd, "1.000.000.000", disk=1_751_000_000)
    sent = _file(
        root / "19 Dinas Perikanan" / "LKjIP Perikanan.xlsx",
        _PEMDA,
        "Dinas Perikanan",
        "1.000.000.000",
        disk=1_751_000_000,
    )
    with zipfile.ZipFile(sent.with_suffix(".zip"), "w") as archive:
        archive.write(sent, sent.name)
    sent.unlink()
    return root


def test_an_agency_folder_holding_only_a_zip_is_an_agency_without_a_workbook(tmp_path):
    result = lkj_xl.rekap(_collection(tmp_path / "tw2"), jobs=1)
    # two agencies counted, 2 x 1.000.000.000; Dinas Perikanan missing, and said so
    assert result.perangkat_daerah["pagu"].sum() == 2 * PAGU
    said = _said(result, "Perangkat daerah tanpa buku kerja")
    assert "19 Dinas Perikanan" in said and "LKjIP Perikanan.zip" in said
    assert "01 Dinas Kesehatan" not in said and "ekstrak ke folder itu" in said
    # its Pemeriksaan row as before
    (status,) = [
        s
        for b, s in zip(result.pemeriksaan["berkas"], result.pemeriksaan["status"])
        if str(b).endswith(".zip")
    ]
    assert status == "dilewati"


def test_a_zip_beside_the_agencys_workbook_is_no_missing_agency(tmp_path):
    root = _collection(tmp_path / "tw2")
    # Dinas Sosial zipped its workbook and sent both
    sent = root / "02 Dinas Sosial" / "LKjIP Dinas Sosial.xlsx"
    with zipfile.ZipFile(root / "02 Dinas Sosial" / "kirim.zip", "w") as archive:
        archive.write(sent, sent.name)
    said = _said(lkj_xl.rekap(root, jobs=1), "Perangkat daerah tanpa buku kerja")
    assert "19 Dinas Perikanan" in said and "02 Dinas Sosial" not in said


def test_an_agency_folder_holding_only_its_cover_letter_is_an_agency_without_a_workbook(tmp_path):
    root = _collection(tmp_path / "tw2")
    letter = root / "36 Dinas Tenaga Kerja" / "surat pengantar.pdf"
    letter.parent.mkdir()
    letter.write_bytes(b"%PDF-1.4\n")
    # a folder of cover letters named as no agency stays unflagged (test_mend35i)
    (root / "Surat Masuk").mkdir()
    (root / "Surat Masuk" / "Surat Pengantar Bappeda.pdf").write_bytes(b"%PDF-1.4\n")
    said = _said(lkj_xl.rekap(root, jobs=1), "Perangkat daerah tanpa buku kerja")
    assert "36 Dinas Tenaga Kerja (surat pengantar.pdf)" in said and "Surat Masuk" not in said


# --- 5. a rank from a mean that leaves a galat indicator out -----------------------------------------


def _agency(path, opd: str, tujuan: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    kinerja = [
        {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "U", "Indikator": "Indeks kinerja", "Satuan": "Indeks",
         "Jenis Realisasi": "Nilai Akhir", "Target": "100", "Realisasi TW II": tujuan},
        {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "L", "Indikator": "Persentase layanan",
         "Satuan": "%", "Jenis Realisasi": "Nilai Akhir", "Target": "90%", "Realisasi TW II": "90%"},
    ]  # fmt: skip
    anggaran = [{"Kode": "P1", "Program": "Program X", "Kode Sasaran": "S1", "Pagu": "1.000.000.000",
                 "Realisasi TW I": "100 jt", "Realisasi TW II": "200 jt"}]  # fmt: skip
    pengaturan = {c.P_PEMDA: _PEMDA, c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 2}
    new_workbook(path, pengaturan=pengaturan, kinerja=kinerja, anggaran=anggaran)


def test_a_rank_leaving_a_galat_tujuan_out_is_said(tmp_path):
    folder = tmp_path / "tw2"
    _agency(folder / "a.xlsx", "Dinas A", "#REF!")  # a galat: the cell's value is an Excel error
    _agency(folder / "b.xlsx", "Dinas B", "90")
    result = lkj_xl.rekap(folder, jobs=1)
    rows = {r["perangkat_daerah"]: r for r in result.perangkat_daerah.to_dict("records")}
    # Dinas A: Sasaran 90/90 = 100 %, its Tujuan galat: mean 100, rank 1 (kept: a galat is no 0);
    # Dinas B: Tujuan 90/100 = 90 %, Sasaran 100 %: mean (90 + 100) / 2 = 95, rank 2
    assert (rows["Dinas A"]["capaian"], rows["Dinas A"]["peringkat"]) == (100, 1)
    assert (rows["Dinas B"]["capaian"], rows["Dinas B"]["peringkat"]) == (95, 2)
    said = _said(result, "Peringkat tanpa indikator galat")
    assert "Dinas A" in said and "Tujuan T1" in said and "hanya 1 dari 2 indikator Tujuan dan Sasaran" in said
    assert "Dinas B" not in said
    (note,) = [
        k
        for b, k in zip(result.pemeriksaan["berkas"], result.pemeriksaan["keterangan"])
        if str(b).endswith("a.xlsx")
    ]
    assert "Tujuan T1" in note and "peringkat" in note


def test_the_cli_summary_counts_the_skipped_zip(tmp_path):
    from click.testing import CliRunner

    from lkj_xl.cli import main

    root = _collection(tmp_path / "tw2")
    result = CliRunner().invoke(main, ["rekap", str(root), "-o", str(tmp_path / "rekap.xlsx"), "--jobs", "1"])
    # 3 files tried: the two workbooks read, the ZIP skipped; the line accounts for every one
    assert "2 of 3 workbooks" in result.stdout and "1 skipped (see Pemeriksaan)" in result.stdout
