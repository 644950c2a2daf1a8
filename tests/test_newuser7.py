"""A new Pemda IT admin (round 7).

Found, and tested here:
- The Python API did not agree with the CLI about an output folder that does not exist:
  ``write_laporan(wb, "laporn/LKjIP.docx")``, ``print_workbook(wb, "laporn/tabel.pdf")`` and
  ``send_report(wb, mail, dry_run="laporn/pesan.eml")`` (a notebook, a script of the admin's) made the
  mistyped folder and wrote there, after reading the workbook (and running LibreOffice), where
  ``lkj-xl laporan|pdf|send`` refuse it before any work. Now the library refuses it (a FileError, an
  LkjError, exit status 2 in the CLI) with the CLI's words, before reading the workbook, and the CLI
  relies on that one check; ``laporan``/``pdf`` output misnamed (``LKjIP.pdf`` for the Word document)
  is refused by the library too.
- An output the admin keeps was replaced without a word: a Word draft staff had open in Word (its
  ``~$`` owner file beside it), a CSV open in Excel, a read-only archived PDF (for root too); by
  laporan, pdf, export -o, send --dry-run and run. Now refused before any work, exit 2, kept.
- ``export -o -`` wrote a file named "-" ("wrote -"): now standard output; ``rekap --format json -o -``
  is refused (exit 2) instead of writing a file (csv: a folder) named "-".
- ``LKJ_SMTP_PORT=587a`` / ``LKJ_SMTP_TIMEOUT="30 detik"`` were said as errors of ``--smtp-port`` /
  ``--smtp-timeout``, options nobody typed; ``LKJ_SMTP_FROM="Program Dinas"`` named no setting; a
  host typed ``smtp://...`` or ``name:587`` said only "invalid SMTP host"; "give the host option".
- ``send --to "a@x; b@x"`` (an Outlook To line) said "empty or contains spaces".
- ``send --dry-run pesan.pdf`` wrote an e-mail message under a PDF's name.
- ``laporan --template kop.dot`` said the template's error after the workbook's name, after reading it.
- ``laporan --pdf`` without LibreOffice wrote the .docx, then said to install libreoffice-calc-nogui
  (which cannot print a Word document); a failed conversion did not say the .docx was written.
- ``serve`` with ``LKJ_XL_MAX_BYTES=64`` (meant as MB) started and answered 413 to every request.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lkj_xl.errors import FileError, LkjError
from tests.common import EXAMPLE
from tests.test_cli import invoke


@pytest.fixture
def no_mail_config(tmp_path, monkeypatch):
    """No sender, no SMTP settings (a dry run needs none); HOME set so no config file of the
    machine is read."""
    for name, value in {"LKJ_SMTP_FROM": "", "LKJ_SMTP_HOST": "", "HOME": str(tmp_path)}.items():
        monkeypatch.setenv(name, value)


@pytest.fixture
def nothing_read(monkeypatch):
    """Reading the workbook or running LibreOffice fails the test: the output is checked first."""
    import lkj_xl.build
    import lkj_xl.delivery.pdf

    def not_read(*args, **kwargs):
        raise AssertionError("the workbook was read before the output was checked")

    def not_run(*args, **kwargs):
        raise AssertionError("LibreOffice ran before the output was checked")

    for name in ("read_workbook", "load_report", "build_in_memory", "build_file"):
        monkeypatch.setattr(lkj_xl.build, name, not_read)
    monkeypatch.setattr(lkj_xl.delivery.pdf, "_run_soffice", not_run)


def _missing_folder_words(out: Path) -> str:
    # The sentence new/build/export/rekap and the CLI's laporan/pdf/send say (test_newuser6).
    return f"cannot write {out}: Folder '{out.parent}' does not exist. Create it first, or choose another folder."


def _write_laporan(out: Path) -> None:
    from lkj_xl.laporan import write_laporan

    write_laporan(EXAMPLE, out)


def _print_workbook(out: Path) -> None:
    from lkj_xl.delivery.send import print_workbook

    print_workbook(EXAMPLE, out, sheets=["Efisiensi"])


def _send_dry_run(out: Path) -> None:
    from lkj_xl.delivery.send import MailOptions, send_report

    send_report(EXAMPLE, MailOptions(to=["bappeda@example.go.id"]), dry_run=out)


API = {"laporan": (_write_laporan, "LKjIP-TW2.docx"), "pdf": (_print_workbook, "tabel-3-3.pdf"),
       "send": (_send_dry_run, "pesan.eml")}  # fmt: skip


@pytest.mark.parametrize("command", list(API))
def test_library_refuses_a_missing_output_folder_before_reading(
    tmp_path, no_mail_config, nothing_read, command
):
    call, name = API[command]
    out = tmp_path / "laporn" / name  # "laporan" mistyped
    with pytest.raises(FileError) as caught:
        call(out)
    assert isinstance(caught.value, LkjError) and caught.value.exit_code == 2
    assert str(caught.value) == _missing_folder_words(out)
    assert list(tmp_path.iterdir()) == []  # the folder not made, nothing written


@pytest.mark.parametrize("command", list(API))
def test_library_refuses_a_file_where_the_folder_should_be(tmp_path, no_mail_config, nothing_read, command):
    call, name = API[command]
    berkas = tmp_path / "laporan"
    berkas.write_bytes(b"catatan")  # a file named like the folder meant
    out = berkas / name
    with pytest.raises(FileError) as caught:
        call(out)
    assert (
        str(caught.value) == f"cannot write {out}: '{berkas}' is a file, not a folder; choose another folder."
    )
    assert berkas.read_bytes() == b"catatan"
    assert list(tmp_path.iterdir()) == [berkas]


@pytest.mark.parametrize("command", list(API))
def test_library_and_cli_say_the_same_words(tmp_path, no_mail_config, command):
    call, name = API[command]
    out = tmp_path / "laporn" / name
    with pytest.raises(FileError) as caught:
        call(out)
    extra = ["--to", "bappeda@example.go.id", "--dry-run", out] if command == "send" else ["-o", out]
    run = invoke(command, EXAMPLE, *extra)
    assert run.exit_code == 2, run.output
    assert run.stderr == f"error: {caught.value}\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("command", "name", "words"),
    [
        ("laporan", "LKjIP-TW2.pdf", "laporan writes a Word document, so its name must end in .docx"),
        ("pdf", "tabel-3-3.docx", "pdf writes a PDF, so its name must end in .pdf"),
    ],
)
def test_library_refuses_a_misnamed_output_before_reading(tmp_path, nothing_read, command, name, words):
    # A Word document named .pdf opens in no PDF viewer: the CLI refused it, the library wrote it.
    call, _ = API[command]
    out = tmp_path / name
    with pytest.raises(FileError) as caught:
        call(out)
    assert str(caught.value) == f"cannot write {out}: {words}"
    assert list(tmp_path.iterdir()) == []


def test_library_writes_into_an_existing_folder(tmp_path, no_mail_config):
    # The check refuses only a missing folder: the same calls into a folder that exists write.
    folder = tmp_path / "Laporan Kinerja TW 2"  # spaces, as an admin's folders have
    folder.mkdir()
    _write_laporan(folder / "LKjIP-TW2.docx")
    _send_dry_run(folder / "pesan.eml")
    assert sorted(p.name for p in folder.iterdir()) == ["LKjIP-TW2.docx", "pesan.eml"]


def test_write_file_does_not_make_a_missing_folder(tmp_path):
    # The one writer behind every non-workbook output (.docx, .pdf, .eml, export) refuses too.
    from lkj_xl.xlsx.safe_io import write_file

    out = tmp_path / "ekspor" / "hasil.json"
    with pytest.raises(FileError) as caught:
        write_file(out, b"{}")
    assert str(caught.value) == _missing_folder_words(out)
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------- part 2: the admin's day
# An output the user keeps (a Word draft staff edit, an archived PDF, an export a tool reads) was
# replaced without a word while Word had it open or after it was made read-only, where build and
# new --force refuse such a workbook (check_writable).

OUTPUTS = {
    "laporan": (["-o", "{out}"], "LKjIP TW II.docx"),
    "pdf": (["-o", "{out}", "--sheet", "Efisiensi"], "Tabel 3.3.pdf"),
    "export": (["--format", "csv", "-o", "{out}"], "hasil ekspor.csv"),
    "send": (["--to", "bappeda@example.go.id", "--dry-run", "{out}"], "pesan keluar.eml"),
}


def _run_output(command: str, out: Path):
    args, _ = OUTPUTS[command]
    return invoke(command, EXAMPLE, *[a.format(out=out) for a in args])


@pytest.mark.parametrize("command", list(OUTPUTS))
def test_a_read_only_output_is_not_replaced(tmp_path, no_mail_config, nothing_read, command):
    out = tmp_path / "Arsip Bappeda" / OUTPUTS[command][1]  # spaces, as a share's folders have
    out.parent.mkdir()
    out.write_bytes(b"versi yang sudah ditandatangani")
    out.chmod(0o444)  # archived on purpose; root could write it anyway: the mode bits decide
    run = _run_output(command, out)
    assert run.exit_code == 2, run.output
    assert run.stderr == (
        f"error: cannot write {out}: it is read-only, so it was not replaced. Remove its read-only "
        "attribute, or write to another file.\n"
    )
    assert out.read_bytes() == b"versi yang sudah ditandatangani"
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]  # no temporary file left


@pytest.mark.parametrize(
    ("command", "owner"),
    [
        ("laporan", "~$jIP TW II.docx"),  # Word's owner file of a long name: its first two letters replaced
        ("laporan", ".~lock.LKjIP TW II.docx#"),  # LibreOffice Writer's
        ("export", "~$hasil ekspor.csv"),  # the CSV opened in Excel
        ("pdf", ".~lock.Tabel 3.3.pdf#"),
    ],
)
def test_an_output_open_in_word_or_libreoffice_is_not_replaced(tmp_path, nothing_read, command, owner):
    # Staff open the draft in Word to fill the [isi: ...] texts; `lkj-xl laporan` again replaced it
    # under Word, which then saved their edits over the new draft (or the reverse).
    out = tmp_path / OUTPUTS[command][1]
    out.write_bytes(b"draf yang sedang disunting")
    (tmp_path / owner).write_bytes(b"owner")
    run = _run_output(command, out)
    assert run.exit_code == 2, run.output
    if owner.startswith("~$jIP"):  # Word's shortened name, which another document's may give (mend31d)
        assert run.stderr == (
            f"error: cannot write {out}: it may be open in Word (its lock file '{owner}' exists). Close "
            f"it there, then run again. If no such document is open in Word, delete '{owner}' from the "
            "same folder.\n"
        )
    else:
        assert run.stderr == (
            f"error: cannot write {out}: it is open in Word, Excel or LibreOffice (its lock file '{owner}' "
            f"exists). Close it there, then run again. If it is already closed, delete '{owner}' from the "
            "same folder.\n"
        )
    assert out.read_bytes() == b"draf yang sedang disunting"


def test_laporan_default_output_open_in_word_is_refused_before_reading(tmp_path, nothing_read):
    # Without -o the draft goes beside the workbook (Dinas Koperasi.docx): the same refusal.
    import shutil

    from lkj_xl.laporan import write_laporan

    workbook = tmp_path / "Dinas Koperasi.xlsx"
    shutil.copy(EXAMPLE, workbook)
    (tmp_path / "~$nas Koperasi.docx").write_bytes(b"owner")
    (tmp_path / "Dinas Koperasi.docx").write_bytes(b"draf")
    with pytest.raises(FileError, match="may be open in Word"):
        write_laporan(workbook)
    assert (tmp_path / "Dinas Koperasi.docx").read_bytes() == b"draf"


def test_laporan_pdf_read_only_is_refused_before_reading(tmp_path, nothing_read):
    # --pdf writes LKjIP.pdf beside the .docx: a read-only one was found only after LibreOffice ran.
    from lkj_xl.laporan import write_laporan

    printed = tmp_path / "LKjIP.pdf"
    printed.write_bytes(b"pdf lama")
    printed.chmod(0o444)
    with pytest.raises(FileError, match="LKjIP.pdf: it is read-only"):
        write_laporan(EXAMPLE, tmp_path / "LKjIP.docx", pdf=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["LKjIP.pdf"]


def test_export_to_dash_is_standard_output(tmp_path, monkeypatch):
    # `-o -` is standard output for every Unix tool; export wrote a file named "-" in the current
    # folder and said "wrote -".
    import json

    monkeypatch.chdir(tmp_path)
    run = invoke("export", EXAMPLE, "--table", "ringkasan", "-o", "-")
    assert run.exit_code == 0, run.output
    same = invoke("export", EXAMPLE, "--table", "ringkasan")
    assert run.stdout == same.stdout and json.loads(run.stdout)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("variable", "value"), [("LKJ_SMTP_PORT", "587a"), ("LKJ_SMTP_TIMEOUT", "30 detik")])
def test_a_bad_smtp_variable_is_named_as_the_variable(tmp_path, monkeypatch, variable, value):
    # The admin set LKJ_SMTP_PORT=587a in the crontab; the error named "--smtp-port", an option
    # nobody typed, so the crontab was searched for an option that is not there.
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv(variable, value)
    run = invoke("send", EXAMPLE, "--to", "bappeda@example.go.id", "--dry-run", tmp_path / "pesan.eml")
    assert run.exit_code == 2, run.output
    assert run.stderr.startswith(f"error: {variable}: "), run.stderr
    assert "--smtp-" not in run.stderr
    assert list(tmp_path.iterdir()) == []


def test_no_smtp_server_names_the_option_to_give(tmp_path, monkeypatch):
    # "give the host option": which one? The option is --smtp-host.
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("LKJ_SMTP_HOST", "")
    run = invoke("send", EXAMPLE, "--to", "bappeda@example.go.id", "--from", "program@example.go.id")
    assert run.exit_code == 2, run.output
    assert run.stderr.startswith("error: no SMTP server configured: give --smtp-host, set LKJ_SMTP_HOST,")


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_rekap_to_dash_is_refused_not_a_file_named_dash(tmp_path, monkeypatch, fmt):
    # `lkj-xl rekap opd/ --format json -o -` wrote a file (csv: a folder) named "-" in the current
    # folder, after reading every workbook, and said "wrote -". The rekap's "wrote" and progress
    # lines share the terminal, so standard output is refused before any workbook is read.
    monkeypatch.chdir(tmp_path)
    run = invoke("rekap", EXAMPLE, "--format", fmt, "-o", "-")
    assert run.exit_code == 2, run.output
    assert run.stderr == (
        f"error: --format {fmt} writes files, not standard output: give -o a "
        f"{'file name, such as rekap.json' if fmt == 'json' else 'folder, such as rekap'}\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_run_keeps_a_word_draft_open_in_word(tmp_path):
    # `lkj-xl run --laporan` beside the workbook while staff edit last run's draft in Word: the
    # workbook is built, the draft kept, the run says why and exits 2.
    import shutil

    workbook = tmp_path / "Dinas Koperasi.xlsx"
    shutil.copy(EXAMPLE, workbook)
    draft = tmp_path / "Dinas Koperasi.docx"
    draft.write_bytes(b"draf yang sedang disunting")
    (tmp_path / "~$nas Koperasi.docx").write_bytes(b"owner")
    run = invoke("run", workbook, "--laporan", "--no-pdf")
    assert run.exit_code == 2, run.output
    assert f"ERROR {workbook}: cannot write {draft}: it may be open in Word" in run.stderr
    assert draft.read_bytes() == b"draf yang sedang disunting"


def test_xlsx_to_pdf_refuses_a_missing_folder_before_libreoffice(tmp_path, nothing_read):
    # The converter behind pdf, laporan --pdf and run: LibreOffice ran for tens of seconds, then
    # the mistyped folder was made.
    from lkj_xl.delivery.pdf import xlsx_to_pdf

    out = tmp_path / "laporn" / "tabel.pdf"
    with pytest.raises(FileError) as caught:
        xlsx_to_pdf(EXAMPLE, out)
    assert str(caught.value) == _missing_folder_words(out)
    assert list(tmp_path.iterdir()) == []


def test_laporan_with_a_template_that_is_no_docx_names_the_template_alone(tmp_path, nothing_read):
    # `laporan dinas.xlsx --template kop.dot` (an old Word template): the error began with the
    # workbook's name ("dinas.xlsx: kop.dot: not a Word .docx template"), as if the workbook were
    # wrong, and came after reading it. send --laporan-template and run say the template alone.
    template = tmp_path / "Kop Dinas.dot"
    template.write_bytes(b"\xd0\xcf\x11\xe0 an old binary Word template")
    run = invoke("laporan", EXAMPLE, "--template", template, "-o", tmp_path / "LKjIP.docx")
    assert run.exit_code == 2, run.output
    assert run.stderr == f"error: {template}: not a Word .docx template (File is not a zip file)\n"
    assert list(tmp_path.iterdir()) == [template]


@pytest.mark.parametrize("typed", ["bappeda@lumajangkab.go.id; kadis@lumajangkab.go.id",
                                   "bappeda@lumajangkab.go.id,kadis@lumajangkab.go.id"])  # fmt: skip
def test_several_recipients_in_one_to_say_to_repeat_the_option(tmp_path, no_mail_config, typed):
    # Pasted from Outlook's To line: "empty or contains spaces" or "must contain exactly one '@'"
    # left the admin looking for a space or an @ in one address.
    run = invoke("send", EXAMPLE, "--to", typed, "--dry-run", tmp_path / "pesan.eml")
    assert run.exit_code == 2, run.output
    assert run.stderr == (
        f"error: invalid e-mail address {typed!r}: several addresses in one; give each with its own "
        "option (--to a@example.go.id --to b@example.go.id)\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_laporan_pdf_without_libreoffice_names_writer_and_writes_nothing(tmp_path, monkeypatch):
    # `laporan --pdf` on a server without LibreOffice: the .docx was written, then exit 3 saying to
    # install libreoffice-calc-nogui, which cannot print a Word document (Writer does).
    monkeypatch.setenv("LKJ_SOFFICE", str(tmp_path / "tidak ada" / "soffice"))
    out = tmp_path / "LKjIP TW II.docx"
    run = invoke("laporan", EXAMPLE, "-o", out, "--pdf")
    assert run.exit_code == 3, run.output
    assert "apt-get install libreoffice-writer-nogui" in run.stderr and "calc" not in run.stderr
    assert list(tmp_path.iterdir()) == []  # refused before the workbook is read


def test_laporan_pdf_failing_says_the_docx_was_written(tmp_path, monkeypatch):
    # LibreOffice present but failing (Calc only, no Writer): exit 3 with LibreOffice's words, and
    # nothing said about the .docx, which was written: the admin thought nothing was.
    soffice = tmp_path / "soffice"
    soffice.write_text("#!/bin/sh\necho 'Error: no export filter' >&2\nexit 1\n")
    soffice.chmod(0o755)
    (tmp_path / "libmergedlo.so").write_bytes(b"")  # a LibreOffice program folder without libswlo.so
    monkeypatch.setenv("LKJ_SOFFICE", str(soffice))
    out = tmp_path / "LKjIP.docx"
    run = invoke("laporan", EXAMPLE, "-o", out, "--pdf")
    assert run.exit_code == 3, run.output
    assert "LibreOffice could not convert" in run.stderr
    assert f"{out} was written; its PDF was not" in run.stderr
    assert "libreoffice-writer-nogui" in run.stderr  # what a Calc-only install lacks
    assert out.is_file() and not (tmp_path / "LKjIP.pdf").exists()


@pytest.mark.parametrize(
    ("variable", "typed", "words"),
    [
        ("LKJ_SMTP_FROM", "Program Dinas", "LKJ_SMTP_FROM: invalid e-mail address 'Program Dinas'"),
        ("LKJ_SMTP_HOST", "smtp://mail.lumajangkab.go.id", "LKJ_SMTP_HOST: invalid SMTP host "
         "'smtp://mail.lumajangkab.go.id': give the server's name alone (mail.example.go.id)"),
        ("LKJ_SMTP_HOST", "mail.lumajangkab.go.id:587", "LKJ_SMTP_HOST: invalid SMTP host "
         "'mail.lumajangkab.go.id:587': give the server's name alone (mail.example.go.id) and its port "
         "with --smtp-port or LKJ_SMTP_PORT"),
    ],
)  # fmt: skip
def test_a_bad_sender_or_host_in_the_environment_names_the_variable(tmp_path, monkeypatch, variable, typed, words):  # fmt: skip
    # The crontab's LKJ_SMTP_FROM="Program Dinas" (a name, not an address): the error named no
    # setting; a host typed as a URL or with its port said only "invalid SMTP host".
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv(variable, typed)
    run = invoke("send", EXAMPLE, "--to", "bappeda@example.go.id", "--dry-run", tmp_path / "pesan.eml")
    assert run.exit_code == 2, run.output
    assert run.stderr.startswith(f"error: {words}"), run.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["pesan.pdf", "laporan.docx"])
def test_send_dry_run_named_as_another_kind_of_file_is_refused(tmp_path, no_mail_config, nothing_read, name):  # fmt: skip
    # `send --dry-run laporan.pdf` (the PDF meant): an e-mail message was written under a PDF's name,
    # which no PDF viewer opens, and the command said "wrote laporan.pdf"; pdf -o, laporan -o and
    # export -o refuse such a name.
    out = tmp_path / name
    run = invoke("send", EXAMPLE, "--to", "bappeda@example.go.id", "--dry-run", out)
    assert run.exit_code == 2, run.output
    assert run.stderr == (
        f"error: cannot write {out}: send --dry-run writes an e-mail message, not a {out.suffix} file; "
        "name it .eml\n"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("64", "LKJ_XL_MAX_BYTES is in bytes: 64 is below the least accepted, 1024 (32 MB is 33554432)"),
        ("32MB", "LKJ_XL_MAX_BYTES must be a whole number of bytes (32 MB is 33554432), not '32MB'"),
    ],
)
def test_serve_with_a_request_limit_in_megabytes_stops_before_serving(tmp_path, typed, words):
    # The admin's serve.env held LKJ_XL_MAX_BYTES=64 meaning 64 MB: the server started, and every
    # Hitung Ulang got 413 (the option --max-bytes refuses below 1024; the variable did not).
    import os
    import subprocess
    import sys

    from tests.common import ROOT, free_port

    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "XLWINGS_LICENSE_KEY": "noncommercial",
        "LKJ_XL_MAX_BYTES": typed,
    }
    try:
        done = subprocess.run(
            [sys.executable, "-m", "lkj_xl", "serve", "--port", str(free_port())],
            env=env, capture_output=True, text=True, timeout=30, cwd=tmp_path,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail(f"serve started with LKJ_XL_MAX_BYTES={typed}")
    assert done.returncode == 2, done.stderr
    assert done.stderr == f"error: {words}\n"


@pytest.mark.parametrize("command", list(OUTPUTS))
def test_an_output_in_a_folder_not_writable_is_refused_before_any_work(tmp_path, monkeypatch, no_mail_config, nothing_read, command):  # fmt: skip
    # A share's folder the service account may read but not write: "Permission denied" came after
    # the workbook was read (and LibreOffice ran), naming no folder. The system's own answer is
    # asked (os.access), so root, who may write anywhere, is not refused; here it answers no.
    import os

    folder = tmp_path / "Arsip Bersama"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: Path(p) != folder and real_access(p, mode, **kw))
    out = folder / OUTPUTS[command][1]
    run = _run_output(command, out)
    monkeypatch.undo()
    assert run.exit_code == 2, run.output
    assert run.stderr == (
        f"error: cannot write {out}: Folder '{folder}' is not writable; choose another folder, or get "
        "the right to write there.\n"
    )
    assert list(folder.iterdir()) == []
