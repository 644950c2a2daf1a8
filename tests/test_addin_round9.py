"""Add-in round 9: texts at Excel's cell limit, as the task pane, the desktop button and `lkj-xl build`
meet them.

- Emoji in indicator names (`Jumlah IKM 🏭`): Excel counts a cell's 32,767 characters in UTF-16 code
  units (LEN of an emoji is 2), and an emoji is one Python character but two of those units. A
  Ringkasan sentence listing indicators whose names carry emoji was kept at 32,767 Python characters,
  up to twice what Excel takes: the task pane's press failed halfway ("Excel menolak menulis lembar
  hasil (... Ringkasan). Lembar hasil mungkin belum lengkap"; measured with the xlclient harness,
  every Kinerja indicator name followed by 9,000 emoji: a 54,281-unit cell), and the file of
  `lkj-xl build` held a cell Excel does not accept.
- A galat where the letter O was typed for the digit 0 (`9O`, `Rp 8.OOO.OOO`, `2O25`: the keys sit
  side by side, and the two look alike in Calibri): the alert named the cell but said only `ada
  karakter bukan angka ('O')`, not what to type. It now says the letter O stands where 0 belongs
  and gives the figure to type, in Pemeriksaan, the alert and `lkj-xl check` alike.
- `lkj-xl serve` restarted (or stopped, or behind a proxy answering 502 meanwhile) between two
  presses: the next press said only `Server lkj-xl tidak dapat dihubungi.` (or `... tidak menjawab
  tepat waktu.`, `... menjawab dengan status 502.`), neither that the workbook was left unchanged (the
  answer is awaited before any write) nor what to do. Each now says both.

Node runs the served lkj.js against the stand-in Office.js of tests/helpers_taskpane.py (CI installs
nodejs, .ci/run); without node those tests skip.
"""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from lkj_xl.build import load_report
from lkj_xl.core.sheet_fit import shorten_text
from lkj_xl.core.tables import layouts
from lkj_xl.xl.plan import book_plan
from lkj_xl.xl.scripts import press_notice
from tests.common import example_typed
from tests.helpers_taskpane import NODE, READER, run_lkj_js

CELL = 32_767  # Excel's limit: characters (UTF-16 code units, as LEN counts them) in one cell
FACTORY = "\U0001f3ed"  # 🏭, outside the Basic Multilingual Plane: two UTF-16 units


def excel_len(text: str) -> int:
    """A text's length as Excel counts it (LEN): UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def test_an_emoji_text_is_shortened_to_what_excel_holds():
    text = "a" * 10 + FACTORY * 20_000  # 10 + 2 * 20,000 = 40,010 units, 20,010 characters
    short = shorten_text(text)
    # The suffix "… (dipotong, N karakter lagi)" is 13 + len(N) + 15 units (all in the BMP). With N
    # of five characters ("3.638") it is 33, so 10 + 2k + 33 <= 32,767 keeps k = 16,362 emoji,
    # leaving out 20,000 - 16,362 = 3,638 characters (what the reader sees: one an emoji).
    assert short == "a" * 10 + FACTORY * 16_362 + "… (dipotong, 3.638 karakter lagi)"
    assert excel_len(short) == 10 + 2 * 16_362 + 33 == CELL
    # An odd room never splits an emoji in half: 11 ASCII characters leave 32,723 units, 16,361
    # emoji (32,722 units) and one unit unused; 20,000 - 16,361 = 3,639 left out.
    odd = shorten_text("a" * 11 + FACTORY * 20_000)
    assert odd == "a" * 11 + FACTORY * 16_361 + "… (dipotong, 3.639 karakter lagi)"
    assert excel_len(odd) == CELL - 1
    # 16,383 emoji are 32,766 units: within the cell, kept whole; 16,384 (32,768 units) are not.
    assert shorten_text(FACTORY * 16_383) == FACTORY * 16_383
    assert shorten_text(FACTORY * 16_384).endswith("karakter lagi)")


def _emoji_names(tmp_path: Path) -> Path:
    """The example with every Kinerja indicator name followed by 4,900 emoji (each name then
    9,800+ units: within an input cell, and within the 10,000 characters the readers keep, which
    count an emoji as 2 as Excel's LEN does since mend33h; 9,000 emoji were cut by the readers)."""
    wb = openpyxl.load_workbook(example_typed(tmp_path, "emoji", 2, {}))
    ws = wb["Kinerja"]
    cells = {}
    for r in range(4, ws.max_row + 1):
        name = ws.cell(r, 5).value
        if name:
            cells[("Kinerja", f"E{r}")] = f"{name} {FACTORY * 4_900}"
    return example_typed(tmp_path, "emoji", 2, cells)


def test_emoji_names_stay_within_excel_cells_in_every_writer(tmp_path):
    report = load_report(_emoji_names(tmp_path))
    lays = layouts(report)
    too_long = [
        (lay.name, r, c, excel_len(v))
        for lay in lays
        for r, row in enumerate(lay.rows)
        for c, v in enumerate(row)
        if isinstance(v, str) and excel_len(v) > CELL
    ]
    assert not too_long, too_long[:5]
    # The sentence listing those indicators was shortened visibly, not cut without a word.
    cut = [v for lay in lays for row in lay.rows for v in row if isinstance(v, str) and "karakter lagi)" in v]
    assert cut and all(re.search(r"… \(dipotong, [\d.]+ karakter lagi\)$", v) for v in cut)
    # The task pane's plan writes every text within the cell limit too.
    # (Excel's text prefix ' is no part of the cell's value: test_xl_limits writes CELL + 1 with it;
    # the names within the readers' 10.000 since mend33h land the cut sentence on exactly CELL)
    assert max(excel_len(t.removeprefix("'")) for t in _texts(book_plan(lays))) <= CELL


def _texts(value: object) -> list[str]:
    """Every string inside a plan (nested dicts and lists)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list | tuple):
        return [t for item in value for t in _texts(item)]
    return []


def test_a_letter_o_typed_for_zero_says_what_to_type(tmp_path):
    cells = {
        ("Kinerja", "L7"): "9O",  # K1.01.01's Realisasi TW II (95 in the seed): "90" meant
        ("Anggaran", "G5"): "Rp 8.OOO.OOO",  # P2.01's Realisasi TW II (8000000 in the example)
        ("Pengaturan", "B6"): "2O25",  # Tahun
    }
    report = load_report(example_typed(tmp_path, "huruf_o", 2, cells))
    said = {(f.sheet, f.sel): f.pesan for f in report.errors}
    # The figure to type is the text with each letter O written as the digit 0.
    assert said[("Kinerja", "L7")].endswith("huruf O ditulis di tempat angka 0; tulis 90")
    assert said[("Anggaran", "G5")].endswith("huruf O ditulis di tempat angka 0; tulis Rp 8.000.000")
    assert said[("Pengaturan", "B6")].endswith("huruf O ditulis di tempat angka 0; tulis 2025")
    # The add-in's alert names the cell with the same words.
    notice = press_notice(report)
    assert notice is not None
    assert "Kinerja!L7" in notice.text and "tulis 90" in notice.text
    # No hint where 0 for O does not give a number: a word ("Orang") stays a text that is no number.
    other = load_report(example_typed(tmp_path, "kata", 2, {("Kinerja", "L7"): "9 Orang"}))
    (finding,) = [f for f in other.findings if (f.sheet, f.sel) == ("Kinerja", "L7")]
    assert "huruf O" not in finding.pesan
    # The o of the unit after it stays a letter: "1O dokumen" for K1.02.01 (Satuan dokumen, its TW II
    # realisasi in L9) is "10 dokumen", not "10 d0kumen".
    unit = load_report(example_typed(tmp_path, "unit", 2, {("Kinerja", "L9"): "1O dokumen"}))
    (finding,) = [f for f in unit.findings if (f.sheet, f.sel) == ("Kinerja", "L9")]
    assert finding.pesan.endswith("huruf O ditulis di tempat angka 0; tulis 10 dokumen"), finding.pesan


def test_a_doubled_percent_sign_says_what_to_type(tmp_path):
    # S1's Target (I5, "3,63%" in the example) typed with the % key pressed twice.
    report = load_report(example_typed(tmp_path, "persen", 2, {("Kinerja", "I5"): "3,63%%"}))
    (finding,) = [f for f in report.errors if (f.sheet, f.sel) == ("Kinerja", "I5")]
    assert finding.pesan.endswith("tanda persen (%) ganda; tulis 3,63%")


SENT = "  send(body) { posted = JSON.parse(body); this.status = 200; this.responseText = '{\"actions\": []}'; this.onload(); }"


@pytest.mark.skipif(NODE is None, reason="node is not installed (apt-get install nodejs)")
@pytest.mark.parametrize(
    "answer, said",
    [
        ("this.onerror();", "Server lkj-xl tidak dapat dihubungi"),  # the server down, restarting
        ("this.ontimeout();", "Server lkj-xl tidak menjawab"),  # no answer within requestTimeout
        ("this.status = 502; this.responseText = '<html>Bad Gateway</html>'; this.onload();", "status 502"),
    ],
)
def test_a_server_away_between_presses_says_nothing_changed_and_what_to_do(tmp_path, answer, said):
    assert READER.count(SENT) == 1
    runner = READER.replace(SENT, "  send(body) { posted = JSON.parse(body); " + answer + " }")
    book = tmp_path / "book.json"
    book.write_text('{"Pengaturan": {"values": [["Parameter", "Nilai"], ["Tahun", 2025]], "merged": []}}')
    result = run_lkj_js(tmp_path, "reader_away.js", runner, str(book), "1.20", "0", "0", "0")
    assert result["posted"] is not None  # read and sent: the server was asked
    (alert,) = result["alerts"]
    assert said in alert, alert
    assert "Buku kerja tidak diubah" in alert, alert
    assert "tekan Hitung Ulang lagi" in alert and "hubungi admin TI" in alert, alert
