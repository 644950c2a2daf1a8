"""A verdict typed in the reported quarter after a quarter with a figure ("selesai" in TW II of a
progres fisik whose TW I says 40 %): the report printed TW I's 40 % as the realisasi s.d. TW II, a
capaian of 40 % "Sangat Rendah" for a job the staff call finished, and the Word report said "realisasi
Triwulan II belum ada: "selesai"". A verdict with no figure at all was already belum diketahui (see
indicator_cells.verdict_typed); the earlier quarter's figure is no more the realisasi than nothing is.
A status saying the figure is not there yet ("Menunggu data BPS") keeps the latest figure, as before."""

from __future__ import annotations

import pytest

from tests.helpers_staff import book_of, report_of
from tests.test_engine import kinerja_row, messages


def _report(tws, jenis="Nilai Akhir", target="100", satuan="%"):
    row = kinerja_row(
        "K1", "Kegiatan", "", "Penyelenggaraan Jalan", "Progres fisik rehabilitasi jalan", target,
        tws, satuan=satuan, jenis=jenis,
    )  # fmt: skip
    report = report_of(book_of([row], triwulan=2))
    (item,) = report.indicators
    return item, messages(report)


@pytest.mark.parametrize("verdict", ["selesai", "Selesai", "sudah selesai", "tercapai", "✓"])
def test_a_verdict_after_a_figure_leaves_the_indicator_unknown_not_scored_on_the_older_figure(verdict):
    item, said = _report(["40", verdict, None, None])
    # was: realisasi 40 (TW I's), capaian 40 / 100 x 100 = 40 %, Sangat Rendah
    assert item.realisasi is None and item.capaian is None and item.kriteria is None, item
    assert item.status == verdict
    (note,) = [m for m in said if m.startswith("Kinerja!L2 ")]
    assert "belum diketahui" in note and "tulis realisasinya berupa angka" in note, note
    assert "diambil dari TW I" not in note, note


def test_a_verdict_after_a_figure_of_a_kumulatif_indicator_is_unknown_too():
    # was: TW I's 3 of 10 dokumen alone, 3 / 10 x 100 = 30 %, while TW II says "tercapai"
    item, _ = _report(["3", "tercapai", None, None], jenis="Kumulatif", target="10", satuan="Dokumen")
    assert item.realisasi is None and item.capaian is None, item


def test_a_status_awaiting_data_keeps_the_latest_figure():
    # Nilai Akhir: the latest quarter with a number, TW I's 40: 40 / 100 x 100 = 40 %
    item, said = _report(["40", "Menunggu data BPS", None, None])
    assert item.realisasi == 40 and item.capaian == 40, item
    assert any(m.startswith("Kinerja!L2 ") and "diambil dari TW I saja" in m for m in said), said


def test_a_verdict_before_the_latest_figure_changes_nothing():
    # Nilai Akhir: TW II's 100 is the latest: 100 / 100 x 100 = 100 %
    item, _ = _report(["selesai", "100", None, None])
    assert item.realisasi == 100 and item.capaian == 100, item


@pytest.mark.parametrize("verdict", ["Selesai (PHO)", "Tercapai (lihat lampiran)", "tercapai 3 unit", "OK"])
def test_a_verdict_with_a_note_or_a_figure_after_it_is_a_verdict_too(verdict):
    # (revnewuser44) "Selesai (PHO)" after TW I's 40 still printed 40 / 100 x 100 = 40 %, Sangat Rendah,
    # for the job it calls finished: its note in brackets, or a figure after the word ("tercapai 3 unit",
    # whose 3 is not read: a number inside a status), hid the verdict; "OK" is one as "Ya" is
    item, said = _report(["40", verdict, None, None])
    assert item.realisasi is None and item.capaian is None and item.kriteria is None, item
    assert any(m.startswith("Kinerja!L2 ") and "tulis realisasinya berupa angka" in m for m in said), said


@pytest.mark.parametrize("status", ["dalam proses", "Menunggu data (PHO Juli)", "belum ada data 2025"])
def test_a_status_with_no_verdict_keeps_the_latest_figure_with_a_note_too(status):
    # Nilai Akhir: TW I's 40 the latest figure: 40 / 100 x 100 = 40 % (the note says where it comes from)
    item, said = _report(["40", status, None, None])
    assert item.realisasi == 40 and item.capaian == 40, item
    assert any(m.startswith("Kinerja!L2 ") and "diambil dari TW I saja" in m for m in said), said
