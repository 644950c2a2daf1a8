"""A new Pemda IT admin (round 5): outputs that are not a workbook, and a workbook sent back empty.

Found, and tested here:
- `lkj-xl rekap --format json -o settings.json` replaced the admin's unrelated JSON file without a word
  (exit 0), while the xlsx output already refused a workbook that is no rekap; likewise a folder
  given to --format csv|parquet lost its own indikator.csv (or program.parquet, _manifest.json). Now
  refused before any workbook is read, naming the file, exit 2; an earlier rekap is replaced as before.
- `lkj-xl export -o /data/typo/hasil.json` made the mistyped folder and printed nothing, where
  new, build and rekap refuse a missing folder (exit 2, "Create it first") and say what they wrote.
"""

from __future__ import annotations

import json

import pytest

from tests.common import EXAMPLE
from tests.test_cli import invoke

# --- rekap: an output that is not a rekap of lkj-xl's is never overwritten ----------------------------

MINE = '{"smtp": {"host": "mail.lumajangkab.go.id"}}\n'  # the admin's own file, one that is no rekap


def _rekap(*args):
    return invoke("rekap", EXAMPLE, "--jobs", "1", *args)


def test_rekap_json_refuses_a_json_file_that_is_not_a_rekap(tmp_path):
    out = tmp_path / "settings.json"
    out.write_text(MINE, encoding="utf-8")
    run = _rekap("--format", "json", "-o", out)
    assert run.exit_code == 2, run.output
    assert f"refusing to overwrite {out}: it is not a rekap written by lkj-xl" in run.stderr
    assert out.read_text(encoding="utf-8") == MINE
    assert "[1/" not in run.stderr  # refused before any workbook is read
    # Not JSON at all (notes saved as .json) is no rekap either.
    out.write_text("catatan rapat\n", encoding="utf-8")
    assert _rekap("--format", "json", "-o", out).exit_code == 2
    assert out.read_text(encoding="utf-8") == "catatan rapat\n"


def test_rekap_json_replaces_an_earlier_rekap(tmp_path):
    out = tmp_path / "rekap.json"
    assert _rekap("--format", "json", "-o", out).exit_code == 0
    again = _rekap("--format", "json", "-o", out)
    assert again.exit_code == 0, again.output
    assert set(json.loads(out.read_text(encoding="utf-8"))) >= {"perangkat_daerah", "indikator", "program"}


@pytest.mark.parametrize(
    ("fmt", "name", "content"),
    [
        ("csv", "indikator.csv", b"nama,nilai\nBudi,3\n"),
        ("csv", "_manifest.json", MINE.encode()),
        ("parquet", "program.parquet", b"PAR1 not really parquet"),
    ],
    ids=["own-csv", "own-manifest", "own-parquet"],
)
def test_rekap_folder_refuses_a_file_of_the_users_it_would_replace(tmp_path, fmt, name, content):
    # -o ~/Dokumen for the csv set: only the rekap's own file names are written, but one of them may
    # be the admin's.
    folder = tmp_path / "dokumen"
    folder.mkdir()
    (folder / name).write_bytes(content)
    run = _rekap("--format", fmt, "-o", folder)
    assert run.exit_code == 2, run.output
    assert f"refusing to overwrite {folder / name}: it is not" in run.stderr
    assert "written by lkj-xl" in run.stderr
    assert sorted(p.name for p in folder.iterdir()) == [name] and (folder / name).read_bytes() == content


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_rekap_folder_replaces_an_earlier_set_and_keeps_other_files(tmp_path, fmt):
    folder = tmp_path / "rekap"
    folder.mkdir()
    (folder / "catatan.txt").write_text("bukan rekap\n", encoding="utf-8")  # not one of the set's names
    assert _rekap("--format", fmt, "-o", folder).exit_code == 0
    first = (folder / "_manifest.json").read_bytes()
    # An earlier set without its manifest (a set left mixed has none) is still lkj-xl's tables.
    (folder / "_manifest.json").unlink()
    if fmt == "csv":  # and one written for Excel set to Indonesian (BOM, semicolons)
        assert _rekap("--format", "csv", "--excel-id", "-o", folder).exit_code == 0
        (folder / "_manifest.json").unlink()
    again = _rekap("--format", fmt, "-o", folder)
    assert again.exit_code == 0, again.output
    assert json.loads((folder / "_manifest.json").read_bytes())["format"] == json.loads(first)["format"]
    assert (folder / "catatan.txt").read_text(encoding="utf-8") == "bukan rekap\n"


# --- export -o: as build and rekap, a missing folder is refused and the file written is said ------------


def test_export_into_a_missing_folder_is_refused_naming_it(tmp_path):
    out = tmp_path / "tw2-2025" / "hasil.json"  # the year's folder not made yet, or mistyped
    run = invoke("export", EXAMPLE, "-o", out)
    assert run.exit_code == 2, run.output
    assert run.stderr.startswith(f"error: cannot write {out}: Folder '{out.parent}' does not exist.")
    assert "Create it first, or choose another folder" in run.stderr
    assert not out.parent.exists()
    # The same words as build's for the same mistake.
    built = invoke("build", EXAMPLE, "-o", out.with_suffix(".xlsx"))
    assert built.exit_code == 2 and built.stderr.split(":", 2)[2] == run.stderr.split(":", 2)[2]


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_says_what_it_wrote(tmp_path, fmt):
    out = tmp_path / f"hasil.{fmt}"
    run = invoke("export", EXAMPLE, "--format", fmt, "-o", out)
    assert run.exit_code == 0, run.output
    # The example workbook: 41 indicators, 16 programs, 0 galat, 1 peringatan (what build says of it).
    built = invoke("build", EXAMPLE, "-o", tmp_path / "hasil.xlsx")
    assert built.stdout.startswith(f"wrote {tmp_path / 'hasil.xlsx'}: 41 indicators, 16 programs; 0 galat")
    assert run.stdout == f"wrote {out}: 41 indicators, 16 programs; 0 galat, 1 peringatan\n"
    assert out.stat().st_size > 0
    # Without -o, stdout is the data alone.
    assert invoke("export", EXAMPLE, "--format", fmt).stdout == out.read_text(encoding="utf-8")


# --- a workbook with nothing in Kinerja: a peringatan at Kinerja's header, in every output of findings --


def _blank(tmp_path, anggaran=None):
    from lkj_xl.xlsx.template import new_workbook

    path = tmp_path / "dinas-x.xlsx"
    settings = {"Pemerintah Daerah": "Kabupaten Lumajang", "Perangkat Daerah": "Dinas X", "Tahun": 2025}
    new_workbook(path, pengaturan={**settings, "Triwulan": 2}, kinerja=[], anggaran=anggaran or [])
    return path


def test_build_of_a_blank_workbook_says_in_pemeriksaan_there_is_no_indicator(tmp_path):
    # `lkj-xl new`'s workbook sent back untouched: check warned on the CLI, but build wrote empty
    # tables, "0 galat, 0 peringatan", and the Pemeriksaan sheet (and the task pane's count) said nothing.
    import openpyxl

    path = _blank(tmp_path)
    run = invoke("build", path)
    assert run.exit_code == 0, run.output
    assert "0 galat, 1 peringatan" in run.stdout  # the only finding: no indicator (Pemda, OPD, year given)
    rows = [r for r in openpyxl.load_workbook(path)["Pemeriksaan"].iter_rows(values_only=True) if r[0] == 1]
    # The template's Kinerja header is on row 3 (title, subtitle, header); Kode is column A.
    assert rows[0][1:4] == ("Peringatan", "Kinerja", "A3")
    assert rows[0][4].startswith(
        "Belum ada indikator di sheet Kinerja dan belum ada program di sheet Anggaran"
    )
    checked = invoke("check", path)
    assert "peringatan Kinerja!A3" in checked.stdout and "Belum ada indikator" in checked.stdout
    # The task pane (and the desktop button) says it counts a peringatan to look up in Pemeriksaan.
    from lkj_xl.build import load_report
    from lkj_xl.xl.scripts import press_notice

    notice = press_notice(load_report(path))
    assert notice is not None and "1 peringatan: lihat sheet Pemeriksaan" in notice.text


def test_no_indicator_with_programs_says_what_is_not_computed(tmp_path):
    # Anggaran filled first (pasted from SIPD), Kinerja not yet: Tabel 3.4 has figures, the capaian
    # tables none.
    program = {"Kode": "1.01", "Program": "Program Penunjang", "Pagu": 1_000_000, "Realisasi TW I": 250_000}
    path = _blank(tmp_path, anggaran=[{**program, "Realisasi TW II": 0}])
    from lkj_xl.build import load_report

    report = load_report(path)
    found = [f for f in report.findings if f.sheet == "Kinerja"]
    assert [(f.severity, f.sel) for f in found] == [("peringatan", "A3")]
    assert found[0].pesan.startswith("Belum ada indikator di sheet Kinerja: capaian, kriteria")
    assert "Anggaran" not in found[0].pesan


def test_a_filled_workbook_has_no_such_peringatan():
    from lkj_xl.build import load_report

    assert not [f for f in load_report(EXAMPLE).findings if "Belum ada indikator" in f.pesan]
