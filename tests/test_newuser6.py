"""A new Pemda IT admin (round 6): every command refuses an output folder that does not exist.

Found, and tested here:
- `lkj-xl laporan dinas.xlsx -o laporn/LKjIP.docx` (a typo), `lkj-xl pdf ... -o laporn/tabel.pdf` and
  `lkj-xl send ... --dry-run laporn/pesan.eml` made the mistyped folder without a word and wrote the
  file there (exit 0), so the admin looked for it in the folder meant; `pdf` first ran LibreOffice for
  tens of seconds. new, build, export and rekap refuse a missing folder ("Folder 'X' does not exist.
  Create it first, or choose another folder.", exit 2). Now these three do too, before any work, with
  the same words, and nothing is written.
- `lkj-xl run --outdir DIR` keeps making DIR: the README documents it (the exit status table: "an
  --outdir that cannot be made"), a cron job's dated folder.
"""

from __future__ import annotations

import pytest

from tests.common import EXAMPLE
from tests.test_cli import invoke


@pytest.fixture
def no_mail_config(tmp_path, monkeypatch):
    """No sender, no SMTP settings (a dry run needs none); HOME set so no config file of the
    machine is read."""
    for name, value in {"LKJ_SMTP_FROM": "", "LKJ_SMTP_HOST": "", "HOME": str(tmp_path)}.items():
        monkeypatch.setenv(name, value)


def _refused_for_a_missing_folder(run, out) -> None:
    """Exit 2 with the words new/build/export/rekap use, the missing folder not made."""
    assert run.exit_code == 2, run.output
    assert run.stderr.startswith(f"error: cannot write {out}: Folder '{out.parent}' does not exist.")
    assert "Create it first, or choose another folder" in run.stderr
    assert "internal" not in run.stderr
    assert not out.parent.exists()
    # The same sentence as build's for the same mistake.
    built = invoke("build", EXAMPLE, "-o", out.with_suffix(".xlsx"))
    assert built.exit_code == 2 and built.stderr.split(":", 2)[2] == run.stderr.split(":", 2)[2]


@pytest.mark.parametrize("with_pdf", [False, True], ids=["docx", "docx-and-pdf"])
def test_laporan_into_a_missing_folder_is_refused_before_any_work(tmp_path, monkeypatch, with_pdf):
    import lkj_xl.build

    def not_read(*args, **kwargs):
        raise AssertionError("the workbook was read before the output folder was checked")

    monkeypatch.setattr(lkj_xl.build, "read_workbook", not_read)
    out = tmp_path / "laporn" / "LKjIP-TW2.docx"  # "laporan" mistyped
    run = invoke("laporan", EXAMPLE, "-o", out, *(["--pdf"] if with_pdf else []))
    monkeypatch.undo()
    _refused_for_a_missing_folder(run, out)
    assert list(tmp_path.iterdir()) == []


def test_pdf_into_a_missing_folder_is_refused_before_libreoffice_runs(tmp_path, monkeypatch):
    import lkj_xl.delivery.pdf

    ran = []
    monkeypatch.setattr(lkj_xl.delivery.pdf, "_run_soffice", lambda *args, **kwargs: ran.append(args))
    out = tmp_path / "laporn" / "tabel-3-3.pdf"
    run = invoke("pdf", EXAMPLE, "-o", out, "--sheet", "Efisiensi")
    assert ran == []  # no tens of seconds of LibreOffice for a file that is not written
    _refused_for_a_missing_folder(run, out)
    assert list(tmp_path.iterdir()) == []


def test_send_dry_run_into_a_missing_folder_is_refused(tmp_path, no_mail_config):
    out = tmp_path / "laporn" / "pesan.eml"
    run = invoke("send", EXAMPLE, "--to", "bappeda@example.go.id", "--dry-run", out)
    _refused_for_a_missing_folder(run, out)
    assert list(tmp_path.iterdir()) == []


def test_outputs_into_an_existing_folder_are_still_written(tmp_path, no_mail_config):
    # The check refuses only a missing folder: the same commands into a folder that exists write.
    folder = tmp_path / "laporan"
    folder.mkdir()
    docx = invoke("laporan", EXAMPLE, "-o", folder / "LKjIP.docx")
    assert docx.exit_code == 0, docx.output
    eml = invoke("send", EXAMPLE, "--to", "bappeda@example.go.id", "--dry-run", folder / "pesan.eml")
    assert eml.exit_code == 0, eml.output
    assert sorted(p.name for p in folder.iterdir()) == ["LKjIP.docx", "pesan.eml"]
