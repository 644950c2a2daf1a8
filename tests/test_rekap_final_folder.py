"""``lkj-xl rekap``: an agency's workbook in its ``Final/`` folder (``Fix/``, ``Sudah TTD/``) beside one
in its ``Draft/`` folder (or an old copy's, ``_old/``, ``Arsip/``).

The draft saved after the final one (opened again to try something, and Excel saved it) counted, the
warning saying it was a draft (rekap18/revrekap18's choice: never against the saved date). But putting a
workbook in ``Final/`` is the agency's own word that it is the one that stands, and a draft is by its
folder's name not the report: the Bappeda admin expects the final one counted, the warning saying it was
chosen over the draft saved later and why. A draft saved later beside an unmarked workbook (no Final
mark) still counts by its saved date, said so (tests.test_rekap_folders_review).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import lkj_xl
from tests.test_mend35i import _file, _said
from tests.test_rekap_collection_folders import _workbook
from tests.test_rekap_round3 import saved_by_excel

# _file saves every workbook at 2025-07-01 08.00 UTC; the draft is saved again two days later
_LATER = "2025-07-03T08:00:00Z"


def _agency(root: Path, final: str, draft: str) -> Path:
    """DINSOS (another agency) and BPKAD's final (pagu 700.000.000) and draft (800.000.000) workbooks,
    the draft saved last."""
    _workbook(root / "DINSOS" / "LKjIP.xlsx", "Dinas Sosial")
    folder = root / "BPKAD"
    _file(folder / final, "Kabupaten Lumajang", "BPKAD", "700.000.000", disk=1_751_000_000)
    _file(folder / draft, "Kabupaten Lumajang", "BPKAD", "800.000.000", disk=1_751_000_000)
    saved_by_excel(folder / draft, _LATER)
    return folder


@pytest.mark.parametrize(
    ("final", "draft"),
    [
        ("Final/LKjIP BPKAD.xlsx", "Draft/LKjIP BPKAD.xlsx"),
        ("Final/LKjIP.xlsx", "_old/LKjIP.xlsx"),
        ("Sudah TTD/LKjIP.xlsx", "Konsep/LKjIP.xlsx"),
        ("FIX/LKjIP BPKAD TW II.xlsx", "Draf/LKjIP BPKAD TW II.xlsx"),
        # words joined by "_" (a word character, so no \b after "final"): were no mark at all, the
        # draft saved later counted
        ("final_revisi/LKjIP.xlsx", "Draft/LKjIP.xlsx"),
        ("Final_TW2/LKjIP.xlsx", "draft_v2/LKjIP.xlsx"),
        ("01_Final/LKjIP.xlsx", "02_Konsep/LKjIP.xlsx"),
        ("FINAL 2025-07-10/LKjIP.xlsx", "Draft Final/LKjIP.xlsx"),  # a date after it; a draft's final
    ],
)
def test_the_final_folders_workbook_counts_over_a_draft_saved_later(tmp_path, final, draft):
    folder = _agency(tmp_path / "tw2", final, draft)
    result = lkj_xl.rekap(tmp_path / "tw2", jobs=1)
    pagu = result.perangkat_daerah.set_index("perangkat_daerah")["pagu"]
    # was: 800.000.000, the draft's, for being saved last
    assert pagu["BPKAD"] == 700_000_000
    # the Pemda's sum: Dinas Sosial 1.000.000.000 + BPKAD's final 700.000.000, never the draft's
    assert result.perangkat_daerah["pagu"].sum() == 1_700_000_000
    warning = _said(result, "Perangkat daerah ganda")
    assert f"Hanya {folder / final} yang dihitung" in warning
    # why: the final mark; the draft named, and that it was saved later (its saved date)
    final_folder = final.split("/")[0]
    assert f"berkasnya di folder versi final ({final_folder}/)" in warning
    assert (
        f"{folder / draft} di folder draf atau arsip tidak dihitung walaupun disimpan paling akhir" in warning
    )
    assert "3 Juli 2025 08.00 UTC" in warning
    assert "periksa mana yang berlaku" not in warning  # nothing left to check: the agency said which
    notes = dict(zip(result.pemeriksaan["berkas"], result.pemeriksaan["keterangan"]))
    assert f"juga dikirim sebagai {folder / final}, yang dihitung" in notes[str(folder / draft)]
    assert f"berkasnya di folder versi final ({final_folder}/)" in notes[str(folder / draft)]
    assert f"berkasnya di folder versi final ({final_folder}/)" in notes[str(folder / final)]


def test_with_an_unmarked_workbook_beside_the_final_and_the_draft_the_saved_date_decides_between_those(
    tmp_path,
):
    root = tmp_path / "tw2"
    folder = _agency(root, "Final/LKjIP.xlsx", "Draft/LKjIP.xlsx")
    # the agency's workbook at its folder's top saved the day after the final (a revision sent later),
    # the draft still the last saved (07-03): the top one counts, 900.000.000
    _file(folder / "LKjIP.xlsx", "Kabupaten Lumajang", "BPKAD", "900.000.000", disk=1_751_000_000)
    saved_by_excel(folder / "LKjIP.xlsx", "2025-07-02T08:00:00Z")
    result = lkj_xl.rekap(root, jobs=1)
    assert result.perangkat_daerah.set_index("perangkat_daerah")["pagu"]["BPKAD"] == 900_000_000
    warning = _said(result, "Perangkat daerah ganda")
    assert f"Hanya {folder / 'LKjIP.xlsx'} yang dihitung" in warning
    assert "disimpan paling akhir menurut buku kerjanya, 2 Juli 2025 08.00 UTC" in warning
    assert f"{folder / 'Draft' / 'LKjIP.xlsx'} di folder draf atau arsip tidak dihitung" in warning
    assert f"{folder / 'Final' / 'LKjIP.xlsx'} di folder versi final (Final/)" in warning


@pytest.mark.parametrize("old_final", ["Final (lama)", "Final_old", "Final lama", "FINAL - Arsip"])
def test_an_old_final_folder_is_no_final_mark(tmp_path, old_final):
    # "Final (lama)": the final the agency set aside; it says nothing stands, so the saved dates decide,
    # as between two drafts: the draft saved two days later (800.000.000) counts, said to be a draft
    folder = _agency(tmp_path / "tw2", f"{old_final}/LKjIP.xlsx", "Draft/LKjIP.xlsx")
    result = lkj_xl.rekap(tmp_path / "tw2", jobs=1)
    assert result.perangkat_daerah.set_index("perangkat_daerah")["pagu"]["BPKAD"] == 800_000_000
    warning = _said(result, "Perangkat daerah ganda")
    assert f"Hanya {folder / 'Draft' / 'LKjIP.xlsx'} yang dihitung" in warning
    assert "versi final" not in warning  # was: the old final counted as the agency's word it stands


def test_copies_of_one_content_say_nothing_of_the_final_mark(tmp_path):
    root = tmp_path / "tw2"
    _workbook(root / "DINSOS" / "LKjIP.xlsx", "Dinas Sosial")
    folder = root / "BPKAD"
    # the same figures in both: which one counts changes no figure
    _file(folder / "Final" / "LKjIP.xlsx", "Kabupaten Lumajang", "BPKAD", "700.000.000", disk=1_751_000_000)
    _file(folder / "Draft" / "LKjIP.xlsx", "Kabupaten Lumajang", "BPKAD", "700.000.000", disk=1_751_000_000)
    saved_by_excel(folder / "Draft" / "LKjIP.xlsx", _LATER)
    result = lkj_xl.rekap(root, jobs=1)
    assert result.perangkat_daerah.set_index("perangkat_daerah")["pagu"]["BPKAD"] == 700_000_000
    assert "versi final" not in _said(result, "Perangkat daerah ganda")


# --- the final version sent as a document only, its workbook in Draft/ ---------------------------------


def test_a_final_pdf_beside_a_workbook_only_in_draft_is_said(tmp_path):
    from lkj_xl.core.rekap_berkas_revisi import JENIS_REVISI
    from tests.test_rekap_collection_folders import _pdf

    root = tmp_path / "tw2"
    _workbook(root / "01 Dinas Kesehatan" / "LKjIP.xlsx", "Dinas Kesehatan")
    # the Dinas Sosial's signed report in Final/, its workbook still in Draft/ (pagu 900.000.000)
    draft = _workbook(root / "02 Dinas Sosial" / "Draft" / "LKjIP Dinsos.xlsx", "Dinas Sosial", "900.000.000")
    final = _pdf(root / "02 Dinas Sosial" / "Final" / "LKjIP Dinsos TTD.pdf")
    result = lkj_xl.rekap(root, jobs=1)
    # counted from the draft, as before (the only workbook): 1.000.000.000 + 900.000.000
    assert result.perangkat_daerah["pagu"].sum() == 1_900_000_000
    # was: the PDF only among every file not read, nothing said of the draft counted
    said = _said(result, JENIS_REVISI)
    assert f"{final} (versi final; yang direkap: {draft}, di folder draf)" in said
    assert result.tanpa_buku_kerja[JENIS_REVISI] == [str(final)]
    notes = dict(zip(result.pemeriksaan["berkas"], result.pemeriksaan["keterangan"]))
    assert f"ada versi final tanpa buku kerjanya ({final})" in notes[str(draft)]


@pytest.mark.parametrize(
    "workbook", ["LKjIP Dinsos.xlsx", "Final/LKjIP Dinsos.xlsx", "Excel/LKjIP Dinsos.xlsx"]
)
def test_a_final_pdf_beside_a_workbook_not_in_draft_is_its_print(tmp_path, workbook):
    from tests.test_rekap_collection_folders import _pdf

    root = tmp_path / "tw2"
    _workbook(root / "01 Dinas Kesehatan" / "LKjIP.xlsx", "Dinas Kesehatan")
    _workbook(root / "02 Dinas Sosial" / workbook, "Dinas Sosial", "900.000.000")
    _pdf(root / "02 Dinas Sosial" / "Final" / "LKjIP Dinsos TTD.pdf")
    result = lkj_xl.rekap(root, jobs=1)
    assert "Revisi tanpa buku kerja" not in set(result.peringatan["jenis"])


def test_a_final_folder_of_another_period_never_sets_this_periods_draft_aside(tmp_path):
    from tests.test_rekap_archived_period import _tw1

    root = tmp_path / "tw2"
    _workbook(root / "DINSOS" / "LKjIP.xlsx", "Dinas Sosial")
    # BPKAD's signed TW I report kept in Final/ (pagu 500 jt), its TW II workbook still in Draft/
    _tw1(root / "BPKAD" / "Final" / "LKjIP.xlsx", "BPKAD")
    _file(root / "BPKAD" / "Draft" / "LKjIP.xlsx", "Kabupaten Lumajang", "BPKAD", "800.000.000", disk=1)
    result = lkj_xl.rekap(root, jobs=1)
    rows = result.perangkat_daerah.set_index(["perangkat_daerah", "triwulan"])["pagu"]
    assert rows[("BPKAD", 2)] == 800_000_000  # the only TW II workbook: counted
    assert rows[("BPKAD", 1)] == 500_000_000  # its own period, as any file of another period
    assert "Perangkat daerah ganda" not in set(result.peringatan["jenis"])


def test_a_final_folder_inside_the_bappedas_archive_is_an_old_copy(tmp_path):
    # tw2/Arsip/BPKAD/Final/: a previous upload the Bappeda moved to its archive; the agency's Draft/ saved
    # later is its only workbook outside an archive: the saved dates decide between the two (800.000.000)
    root = tmp_path / "tw2"
    _workbook(root / "DINSOS" / "LKjIP.xlsx", "Dinas Sosial")
    old = root / "Arsip" / "BPKAD" / "Final" / "LKjIP.xlsx"
    _file(old, "Kabupaten Lumajang", "BPKAD", "700.000.000", disk=1_751_000_000)
    draft = root / "BPKAD" / "Draft" / "LKjIP.xlsx"
    _file(draft, "Kabupaten Lumajang", "BPKAD", "800.000.000", disk=1_751_000_000)
    saved_by_excel(draft, _LATER)
    result = lkj_xl.rekap(root, jobs=1)
    assert result.perangkat_daerah.set_index("perangkat_daerah")["pagu"]["BPKAD"] == 800_000_000
    assert "versi final" not in _said(result, "Perangkat daerah ganda")
