"""The one pop-up after Hitung Ulang (lkj_xl.xl.scripts.press_notice), the same in the task pane,
xlwings Lite and the desktop button.

It used to be shown for galat alone: a staff member who pressed the button with Realisasi TW II left
blank in every row got the tables (capaian of TW I alone, 50 % "Sangat Rendah" below) and no word,
the peringatan saying so being in the Pemeriksaan sheet only. Now, without galat, a short note counts
the peringatan and repeats the sentence of a quarter left blank everywhere; a book without any
finding gets no pop-up; with galat the galat alert also counts the peringatan.

Through a real ``lkj-xl serve`` (tests/test_xl_server.py's fixture): answered with a plan (the task
pane) and action by action (xlwings Lite's way); and through the fake COM book of the desktop button.
"""

from __future__ import annotations

from fractions import Fraction

import openpyxl
import pytest

from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook
from tests.common import EXAMPLE
from tests.test_xl_server import (  # noqa: F401 - server: the fixture
    PLAN_CLIENT,
    book_json,
    pemeriksaan_rows,
    press,
    replay,
    replay_plan,
    server,
)

PENGATURAN = {
    "Pemerintah Daerah": "Kabupaten Contoh",
    "Perangkat Daerah": "Dinas Contoh",
    "Tahun": 2025,
    "Triwulan": 2,
}
ANGGARAN = [
    {
        "Kode": "P1",
        "Program": "Program Pemberdayaan UMKM",
        "Kode Sasaran": "S1",
        "Pagu": "Rp 100.000.000",
        "Realisasi TW I": "Rp 20.000.000",
        "Realisasi TW II": "Rp 30.000.000",
    }
]
# The sentence the tables carry under a quarter blank in every Kinerja row (tests/test_fronts_notes.py).
KOSONG = (
    "Realisasi TW II belum diisi (kosong di semua baris): realisasi s.d. TW II dihitung dari TW I saja, "
    "begitu pula capaian dan kriterianya."
)


def _row(kode: str, tingkat: str, induk: str | None, indikator: str, target: str, tw1: str, tw2: str | None):
    return {
        "Kode": kode,
        "Tingkat": tingkat,
        "Kode Induk": induk,
        "Uraian": indikator,
        "Indikator": indikator,
        "Satuan": "%",
        "Polaritas": "Positif",
        "Jenis Realisasi": "Nilai Akhir",
        "Target": target,
        "Realisasi TW I": tw1,
        "Realisasi TW II": tw2,
    }


def small_book(tmp_path, *, tw2_blank: bool, target_t1: str = "5%"):
    """A Tujuan and a Sasaran, every figure typed (no finding), or Realisasi TW II blank in both rows."""
    kinerja = [
        _row("T1", "Tujuan", None, "Pertumbuhan ekonomi", target_t1, "4,5%", None if tw2_blank else "4,8%"),
        _row("S1", "Sasaran", "T1", "UMKM naik kelas", "40%", "20%", None if tw2_blank else "30%"),
    ]
    path = tmp_path / ("kosong.xlsx" if tw2_blank else "bersih.xlsx")
    new_workbook(path, pengaturan=PENGATURAN, kinerja=kinerja, anggaran=ANGGARAN)
    return path


def _answer(server, path, plan: bool):  # noqa: F811
    data = book_json(path, exclude=c.OUTPUT_SHEETS, args=[{}, PLAN_CLIENT] if plan else None)
    response = press(server, data)
    assert response.status_code == 200, response.text
    actions = response.json()["actions"]
    if plan:
        sheets, alerts, _ = replay_plan(data, actions)
    else:
        sheets, alerts = replay(data, actions)
    return actions, {s.name: s for s in sheets}, alerts


@pytest.mark.parametrize("plan", [True, False], ids=["task-pane", "lite"])
def test_a_quarter_blank_in_every_row_is_said_once_the_tables_are_written(server, tmp_path, plan):  # noqa: F811
    actions, sheets, alerts = _answer(server, small_book(tmp_path, tw2_blank=True), plan)
    assert actions[-1]["func"] == "alert"  # after the tables, as the galat alert
    # One finding, read back from the Pemeriksaan the press wrote: the blank column at its title.
    (finding,) = pemeriksaan_rows(sheets[c.SHEET_PEMERIKSAAN])
    assert finding[:3] == ("Peringatan", "Kinerja", "L3")
    want = f"Tabel sudah dihitung. 1 peringatan: lihat sheet Pemeriksaan.\n{KOSONG}"
    assert alerts == [[want, "Hitung Ulang selesai", "ok", "info", ""]]
    # What the pop-up warns about, as printed: S1's capaian is TW I's 20 of 40 (Nilai Akhir) = 50 %,
    # under the same sentence.
    tabel = sheets[c.SHEET_CAPAIAN_TS].values.values()
    assert float(Fraction(20, 40) * 100) in tabel and KOSONG in tabel


@pytest.mark.parametrize("plan", [True, False], ids=["task-pane", "lite"])
def test_a_book_without_findings_gets_no_pop_up(server, tmp_path, plan):  # noqa: F811
    actions, sheets, alerts = _answer(server, small_book(tmp_path, tw2_blank=False), plan)
    assert pemeriksaan_rows(sheets[c.SHEET_PEMERIKSAAN]) == []
    assert alerts == [] and all(a["func"] != "alert" for a in actions)


def test_the_example_says_its_figure_typed_in_a_later_quarter(server):  # noqa: F811
    # The seed printed 3.969,54 in the TW IV column of S4 in its TW II report: the example keeps it in
    # Kinerja!N27, the only figure typed in a quarter after Triwulan II (read here with openpyxl), which
    # the report does not count: one peringatan, no galat.
    ws = openpyxl.load_workbook(EXAMPLE)["Kinerja"]
    later = [
        cell.coordinate
        for column in ws.iter_cols(min_row=4)
        if column[0].offset(-1).value in ("Realisasi TW III", "Realisasi TW IV")
        for cell in column
        if cell.value not in (None, "")
    ]
    assert later == ["N27"]
    actions, sheets, alerts = _answer(server, EXAMPLE, plan=True)
    assert [a["func"] for a in actions] == ["runMacro", "alert"]
    rows = pemeriksaan_rows(sheets[c.SHEET_PEMERIKSAAN])
    assert [r[:3] for r in rows] == [("Peringatan", "Kinerja", "N27")]
    assert alerts == [
        [
            "Tabel sudah dihitung. 1 peringatan: lihat sheet Pemeriksaan.",
            "Hitung Ulang selesai",
            "ok",
            "info",
            "",
        ]
    ]


def test_galat_alert_counts_the_peringatan_and_keeps_the_blank_quarter_sentence(server, tmp_path):  # noqa: F811
    # T1's Target typed "1.282,684,40 juta" (two decimal commas: never guessed) is a galat; the blank
    # TW II column stays the one peringatan.
    path = small_book(tmp_path, tw2_blank=True, target_t1="1.282,684,40 juta")
    _, sheets, alerts = _answer(server, path, plan=True)
    rows = pemeriksaan_rows(sheets[c.SHEET_PEMERIKSAAN])
    assert sorted(r[0] for r in rows) == ["Galat", "Peringatan"]
    ((text, title, _, mode, _),) = alerts
    assert (title, mode) == ("Hitung Ulang: ada galat", "critical")
    assert text.startswith("Hasil sudah ditulis, tetapi ada 1 galat")
    assert "1.282,684,40 juta" in text
    assert text.endswith(f'{KOSONG}\nAda juga 1 peringatan. Semua temuan ada di lembar "Pemeriksaan".')


def test_the_desktop_button_says_what_the_add_in_says(server, tmp_path):  # noqa: F811
    from test_xl_desktop_formulas import desktop_book

    from lkj_xl.xl.scripts import hitung_ulang

    path = small_book(tmp_path, tw2_blank=True)
    _, _, alerts = _answer(server, path, plan=True)
    shown: list[list[str]] = []

    def press_desktop(book_path) -> None:
        book = desktop_book(book_path)
        book.app.alert = lambda message, **kwargs: shown.append([message, kwargs["title"], kwargs["mode"]])
        hitung_ulang(book)

    press_desktop(path)
    ((text, title, _, mode, _),) = alerts
    assert shown == [[text, title, mode]]
    shown.clear()  # and nothing at all for a book without findings
    press_desktop(small_book(tmp_path, tw2_blank=False))
    assert shown == []
