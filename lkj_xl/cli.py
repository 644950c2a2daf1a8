"""The lkj-xl command line: a thin adapter over the library (lkj_xl.build and friends).

Heavy modules (openpyxl, xlsxwriter, pandas) are imported inside the commands so that
``lkj-xl --help`` starts fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from lkj_xl.cli_delivery import run_command, send
from lkj_xl.cli_options import (
    ReportPeriod,
    output_option,
    timeout_option,
    triwulan_option,
    workbook_argument,
)
from lkj_xl.cli_rekap import rekap as rekap_command
from lkj_xl.cli_signals import Terminated, noted_stop, received_interrupt, signals_unwind, sigterm_is_a_stop
from lkj_xl.cli_streams import echo_data, fail_on_stdout, stdout_unwritable, tolerate_unencodable
from lkj_xl.errors import (
    EXIT_FINDINGS,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    EXIT_UNREADABLE,
    LkjError,
)

if TYPE_CHECKING:
    from lkj_xl.core.periode_diminta import Periode

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _fail(message: str, code: int = EXIT_UNREADABLE) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def _load(workbook: Path, triwulan: Periode | None):
    from lkj_xl.build import load_report

    return load_report(workbook, triwulan)


def _interrupted(exc: BaseException | None = None) -> NoReturn:
    # Not click's "Aborted!" with status 1, which check, run and rekap use for "has galat". Nothing
    # to clean up here: workbooks, documents and rekaps are written by safe_io.atomic_write, which
    # removes its temporary on any exception, and LibreOffice is killed by pdf._run_soffice.
    if isinstance(exc, Terminated):
        click.echo("terminated", err=True)
        sys.exit(EXIT_TERMINATED)
    click.echo(("\n" if sys.stderr.isatty() else "") + "interrupted", err=True)
    sys.exit(EXIT_INTERRUPTED)


def _refuse_repeated_options(ctx: click.Context, name: str, command: click.Command, args: list[str]) -> None:
    """A usage error (exit 2) when a single-value option is given twice with different values
    (``--triwulan 1 ... --triwulan 2``, ``-o a.xlsx -o b.xlsx``): click keeps the last one without a
    word, and which one the admin meant is unknown. Repeatable options (``--to``) are left alone."""
    options: dict[str, click.Option] = {}
    for param in command.params:
        if isinstance(param, click.Option) and not param.multiple and not param.count:
            options.update(dict.fromkeys([*param.opts, *param.secondary_opts], param))
    seen: dict[str, tuple[str, str]] = {}  # param name -> (as typed, its value)
    tokens = iter(args)
    for token in tokens:
        if token == "--":
            break
        typed, _, attached = token.partition("=") if token.startswith("--") else (token, "", "")
        if typed not in options and not token.startswith("--") and token[:2] in options:
            typed, attached = token[:2], token[2:]  # -ohasil.xlsx
        option = options.get(typed)
        if option is None:
            continue
        value = typed if option.is_flag else (attached or next(tokens, ""))
        earlier = seen.setdefault(option.name or typed, (typed, value))
        if earlier[1] != value:
            shown = [f"{t} {v}" if not option.is_flag else t for t, v in (earlier, (typed, value))]
            raise click.UsageError(
                f"Option '{option.opts[0]}' given twice ({shown[0]} and {shown[1]}): give it once.",
                click.Context(command, info_name=name, parent=ctx),
            )


class _Guarded(click.Group):
    """The one place where errors become exit statuses: an expected failure (lkj_xl.errors) is its
    message and its exit status; anything else is a bug, said in one line, never a traceback."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        # --version and --help print while the context is made, where click's own handler would turn
        # a closed pipe into exit 1: as every command instead (141, a full disk 2).
        try:
            return super().make_context(*args, **kwargs)
        except OSError as exc:
            if not stdout_unwritable(exc):
                raise
            fail_on_stdout(exc)

    def resolve_command(self, ctx: click.Context, args: list[str]):
        name, command, rest = super().resolve_command(ctx, args)
        if name == "serve":  # as the command starts: a SIGTERM while it imports is a clean stop too
            sigterm_is_a_stop()
        if command is not None and name is not None:
            _refuse_repeated_options(ctx, name, command, rest)
        return name, command, rest

    def invoke(self, ctx: click.Context):
        tolerate_unencodable()
        with signals_unwind():
            return self._invoke(ctx)

    def _invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt as exc:
            _interrupted(exc)
        except click.Abort as exc:
            if isinstance(exc.__context__, KeyboardInterrupt):  # Ctrl-C at a prompt (click says Abort)
                _interrupted(exc.__context__)
            raise
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except LkjError as exc:
            _fail(str(exc), exc.exit_code)
        except Exception as exc:
            import os

            interrupt = received_interrupt()
            if interrupt is not None:  # Ctrl-C or SIGTERM that a library turned into another error
                _interrupted(interrupt)
            if isinstance(exc, OSError) and stdout_unwritable(exc):
                fail_on_stdout(exc)
            if os.environ.get("LKJ_XL_DEBUG"):
                raise
            click.echo(
                f"error: internal error ({type(exc).__name__}: {exc}); this is a bug in lkj-xl, please "
                "report it with the output of the same command run with LKJ_XL_DEBUG=1",
                err=True,
            )
            sys.exit(EXIT_INTERNAL)


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from lkj_xl.version import version

    click.echo(f"lkj-xl, version {version()}")
    ctx.exit()


@click.group(cls=_Guarded, context_settings=CONTEXT)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version (with the git commit it was built from) and exit.",
)
def main() -> None:
    """Compute LKjIP performance-report tables (capaian, kriteria, efisiensi, realisasi anggaran)
    from a structured Excel workbook, and write them back as formatted output sheets.

    \b
    Typical use:
      lkj-xl new laporan.xlsx --opd "Dinas Koperasi" --tahun 2025 --triwulan 2
      (staff fill Pengaturan, Kinerja and Anggaran)
      lkj-xl check laporan.xlsx
      lkj-xl build laporan.xlsx
      lkj-xl pdf laporan.xlsx -o laporan.pdf
    """


@main.command()
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--pemda", help="Pemerintah Daerah (e.g. 'Kabupaten Lumajang').")
@click.option("--opd", help="Perangkat Daerah (the reporting agency).")
@click.option("--tahun", type=click.IntRange(2000, 2100), help="Report year.")
@click.option(
    "--triwulan",
    type=ReportPeriod(),
    help="Last reported quarter (1-4), or 'Semester I', 'Semester II' (half-year report) or 'Tahunan' "
    "(annual report), as Pengaturan's Triwulan dropdown offers them.",
)
@click.option("--force", is_flag=True, help="Overwrite OUT if it exists.")
@click.option(
    "--xlsm",
    is_flag=True,
    help="Macro-enabled workbook with a Hitung Ulang button for desktop Excel on Windows (xlwings "
    "RunPython); writes the small Python module the button runs beside it.",
)
def new(
    out: Path,
    pemda: str | None,
    opd: str | None,
    tahun: int | None,
    triwulan: int | str | None,
    force: bool,
    xlsm: bool,
) -> None:
    """Create a blank workbook for staff to fill.

    It has the input sheets Pengaturan, Kinerja and Anggaran with their headers, dropdowns and input
    styling, the optional Analisis sheet (faktor pendukung, penghambat, solusi, tindak lanjut), and a
    Petunjuk sheet explaining how to fill them (in Bahasa Indonesia).

    \b
    Example:
      lkj-xl new laporan-tw2.xlsx --pemda "Kabupaten Lumajang" --opd "Dinas Koperasi" --tahun 2025 --triwulan 2
    """
    from lkj_xl.core import contract as c
    from lkj_xl.xlsx.safe_io import refuse_non_workbook_name
    from lkj_xl.xlsx.template import new_workbook

    if xlsm and out.suffix.lower() != ".xlsm":
        out = out.with_suffix(".xlsm")
    refuse_non_workbook_name(out, "new")  # a FileError: exit 2
    if not xlsm and out.suffix.lower() == ".xlsm":  # Excel refuses to open it: "extension not valid"
        _fail(
            f"cannot write {out}: a workbook without macros, which Excel opens only when it is named "
            f".xlsx; name it {out.with_suffix('.xlsx').name}, or give --xlsm for one with the Hitung "
            "Ulang button"
        )
    if out.exists() and not force:
        _fail(f"{out} already exists (use --force to overwrite)")
    overrides = {
        c.P_PEMDA: pemda,
        c.P_OPD: opd,
        c.P_TAHUN: tahun,
        c.P_TRIWULAN: triwulan,
    }
    pengaturan = {k: v for k, v in overrides.items() if v is not None}
    if xlsm:
        from lkj_xl.xl.desktop import new_xlsm

        workbook, module = new_xlsm(out, pengaturan=pengaturan, force=force)  # FileError: exit 2
        click.echo(f"created {workbook} and {module.name} (keep them together in one folder)")
        return
    new_workbook(out, pengaturan=pengaturan)  # a FileError (exit 2) when it cannot be written
    click.echo(f"created {out}")


@main.command()
@workbook_argument
def pair(workbook: Path) -> None:
    """Write again the Python module the Hitung Ulang button of a --xlsm WORKBOOK runs.

    The button of a workbook made with `lkj-xl new --xlsm` runs the module named after the workbook,
    in its folder (laporan_tw2.xlsm runs laporan_tw2.py). After renaming the workbook or receiving it
    alone by e-mail, this writes that module beside it. `lkj-xl check` says when it is missing.

    \b
    Example:
      lkj-xl pair laporan_tw3.xlsm
    """
    from lkj_xl.xl.desktop import restore_module

    click.echo(f"wrote {restore_module(workbook)}")


@main.command()
@workbook_argument
@output_option("Write the result here instead of updating WORKBOOK in place.")
@triwulan_option
@click.option(
    "--strict",
    is_flag=True,
    help="Exit with status 1 when the workbook has any galat (the output sheets are still written).",
)
def build(workbook: Path, output: Path | None, triwulan: Periode | None, strict: bool) -> None:
    """Compute the report and (re)write its output sheets.

    The output sheets (Capaian Tujuan Sasaran, Capaian Program, Efisiensi, Realisasi Anggaran,
    Ringkasan, Pemeriksaan; with analysis inputs also Analisis Capaian, Grafik and, when a row
    has a comparison figure, Perbandingan Kinerja) are replaced; the input sheets and everything else in the workbook are left as they
    were. The file is replaced atomically. Prints "wrote ...: N galat, M peringatan" on stdout.

    Exit status: 0 when written (a workbook with galat is still written, and each galat is printed
    on stderr); with --strict, 1 when it has any galat; 2 when the file cannot be read or written.

    \b
    Examples:
      lkj-xl build laporan.xlsx
      lkj-xl build laporan.xlsx -o hasil.xlsx --triwulan 3
      lkj-xl build laporan.xlsx --strict || echo "perbaiki galat di sheet Pemeriksaan"
    """
    from lkj_xl.build import build as do_build
    from lkj_xl.build import sizes
    from lkj_xl.core.model import in_sheet_order
    from lkj_xl.delivery.batch import finding_line
    from lkj_xl.xlsx.safe_io import WORKBOOK_SUFFIXES, refuse_non_workbook_name

    # a FileError (exit 2) before any reading; an existing file of another name: build's guard names it
    if output is not None and (not output.exists() or output.suffix.lower() in WORKBOOK_SUFFIXES):
        refuse_non_workbook_name(output, "build", like=workbook)
    report = do_build(
        workbook, output, triwulan, on_warning=lambda text: click.echo(f"warning: {text}", err=True)
    )
    click.echo(
        f"wrote {output or workbook}: {sizes(report)}; {report.findings_summary()} (see sheet Pemeriksaan)"
    )
    for finding in in_sheet_order(report.errors):
        click.echo(finding_line(finding), err=True)
    if strict and report.errors:
        sys.exit(EXIT_FINDINGS)


@main.command()
@workbook_argument
@triwulan_option
def check(workbook: Path, triwulan: Periode | None) -> None:
    """Print the findings of a workbook without changing it.

    Findings are listed in the order of the workbook: Pengaturan, Kinerja, Anggaran, then other
    sheets; within a sheet by row and column. Exit status: 0 when there is no galat (peringatan
    allowed), 1 when there is a galat, 2 when the file cannot be read.

    \b
    Example:
      lkj-xl check laporan.xlsx
    """
    from lkj_xl.core.model import in_sheet_order
    from lkj_xl.core.tahun_lalu import as_printed
    from lkj_xl.delivery.batch import finding_line

    report = as_printed(_load(workbook, triwulan))  # build's dry run: the date build would print
    for finding in in_sheet_order(report.findings):
        click.echo(finding_line(finding))
    if workbook.suffix.lower() == ".xlsm":
        from lkj_xl.xl.desktop import check_pair

        warning = check_pair(workbook)
        if warning:
            click.echo(f"warning: {warning}", err=True)
    if not report.indicators:  # a blank workbook sent back: "0 galat, 0 peringatan" alone reads as checked
        programs = "" if report.budgets else " and no program in sheet Anggaran"
        click.echo(f"warning: no indicator in sheet Kinerja{programs}: nothing was computed", err=True)
    click.echo(report.findings_summary(), err=True)
    sys.exit(EXIT_FINDINGS if report.errors else EXIT_OK)


@main.command()
@workbook_argument
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "csv"]),
    default="json",
    show_default=True,
    help="json: one object with every table (or one --table); csv: one table (--table, default indikator).",
)
@click.option(
    "--table",
    type=click.Choice(["indikator", "anggaran", "efisiensi", "ringkasan", "hierarki", "pemeriksaan"]),
    help="One table: ringkasan = the Ringkasan counts per level, hierarki = Capaian Program (Tujuan > "
    "Sasaran > Program > Kegiatan, each node with its capaian). CSV default: indikator; JSON default: "
    "everything in one object.",
)
@click.option(
    "--excel-id",
    is_flag=True,
    help="CSV for Excel set to Indonesian: semicolons, UTF-8 BOM, values as the sheets show them "
    "(1.491.388.500.000; 15,12; Belum diketahui).",
)
@output_option("Write to this file instead of standard output (- is standard output).")
@triwulan_option
def export(
    workbook: Path, fmt: str, table: str | None, excel_id: bool, output: Path | None, triwulan: Periode | None
) -> None:
    """Write the computed results as JSON (one object, or one table) or CSV (one table).

    Numbers are unrounded; unknown values are null (JSON) or empty (CSV), except with --excel-id. CSV
    cells that start with = + - @ are prefixed with ' so spreadsheet programs do not run them as
    formulas.

    \b
    Examples:
      lkj-xl export laporan.xlsx > hasil.json
      lkj-xl export laporan.xlsx --format csv --table efisiensi -o efisiensi.csv
      lkj-xl export laporan.xlsx --format csv --table hierarki --excel-id -o capaian-program.csv
    """
    from lkj_xl.build import sizes
    from lkj_xl.core.export import table_rows, to_csv, to_dict

    if excel_id and fmt != "csv":
        _fail("--excel-id applies to --format csv")
    if output is not None and str(output) == "-":  # -o -: standard output, as for any Unix tool
        output = None
    if output is not None:  # before the workbook is read
        from lkj_xl.xlsx.safe_io import refuse_output

        refuse_output(output, "export", f"{fmt.upper()} text", (f".{fmt}",), any_other=False)
    report = _load(workbook, triwulan)
    if fmt == "csv":
        text = to_csv(report, table or "indikator", excel_id=excel_id)
    else:
        data = to_dict(report) if table is None else table_rows(report, table)
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if output is None:
        echo_data(text)
    else:
        from lkj_xl.xlsx.safe_io import write_file

        # A file an analyst's tool may be reading: the old content or the new, never half.
        write_file(output, text.encode("utf-8"))
        click.echo(f"wrote {output}: {sizes(report)}; {report.findings_summary()}")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="TCP port.")
@click.option("--certfile", type=click.Path(exists=True, dir_okay=False), help="HTTPS certificate (PEM).")
@click.option("--keyfile", type=click.Path(exists=True, dir_okay=False), help="HTTPS private key (PEM).")
@click.option(
    "--token",
    envvar="LKJ_XL_TOKEN",
    help="Bearer token the add-in must send; better from env LKJ_XL_TOKEN (an option shows in ps).",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(1024),
    help="Largest request accepted, in bytes (env LKJ_XL_MAX_BYTES; default 32 MB).",
)
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Server processes.")
def serve(host, port, certfile, keyfile, token, max_bytes, workers) -> None:
    """Serve the Hitung Ulang add-in (xlwings Server) and the LKJ.* worksheet functions.

    Plain HTTP is allowed only on loopback (development); elsewhere give --certfile and --keyfile and
    either --token or an xlwings Server auth provider (XLWINGS_AUTH_PROVIDERS). Needs the server extra
    (pip install 'lkj-xl[server]') and XLWINGS_LICENSE_KEY (noncommercial is free for government
    institutions; see README).

    \b
    Examples:
      lkj-xl serve                       # http://127.0.0.1:8000/manifest.xml, for sideloading
      LKJ_XL_TOKEN=... lkj-xl serve --host 0.0.0.0 --port 443 --certfile cert.pem --keyfile key.pem
    """
    source = click.get_current_context().get_parameter_source("token")
    if token and source is click.core.ParameterSource.COMMANDLINE:
        click.echo(
            "warning: --token is visible to every user of this machine (ps, /proc, the unit's "
            "ExecStart=); set LKJ_XL_TOKEN instead (systemd: EnvironmentFile=)",
            err=True,
        )
    try:
        from lkj_xl.xl.server import require_server_extra
        from lkj_xl.xl.server import serve as run_server

        require_server_extra()
    except ImportError as exc:
        _fail(f"the server extra is not installed ({exc.name}): pip install 'lkj-xl[server]'")
    run_server(
        host, port, certfile, keyfile, token, max_bytes=max_bytes, workers=workers, stopped=noted_stop()
    )


@main.command()
@workbook_argument
@output_option("Word file (default: WORKBOOK with .docx).")
@click.option(
    "--template",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The agency's Word template (.docx: styles, kop, cover); default: the built-in one, as templates/lkj-xl-laporan.docx in the source.",
)
@click.option(
    "--pdf",
    "with_pdf",
    is_flag=True,
    help="Also print the document to PDF (LibreOffice, headless): the document's name with .pdf, "
    "but WORKBOOK-laporan.pdf instead of WORKBOOK.pdf (the sheets' PDF, lkj-xl pdf).",
)
@triwulan_option
@timeout_option
def laporan(
    workbook: Path,
    output: Path | None,
    template: Path | None,
    with_pdf: bool,
    triwulan: Periode | None,
    timeout: float,
) -> None:
    """Draft the LKjIP document (Word) from the workbook: cover, Kata Pengantar, Daftar Isi, BAB I-IV,
    Lampiran, every table and figure from the same computation as the output sheets.

    Texts no sheet knows come from the optional sheet Narasi (Bagian | Teks), else they stay visible
    "[isi: ...]" placeholders. The workbook itself is not changed. --pdf needs LibreOffice Writer
    (Debian/Ubuntu: apt-get install libreoffice-writer-nogui); it never writes WORKBOOK.pdf, where
    lkj-xl pdf prints the sheets (dinas.xlsx --pdf: dinas.docx and dinas-laporan.pdf).

    \b
    Examples:
      lkj-xl laporan laporan.xlsx
      lkj-xl laporan laporan.xlsx -o LKjIP-TW2.docx --template kop-dinas.docx --pdf
    """
    from lkj_xl.core.tahun_lalu import tanggal_doubted
    from lkj_xl.delivery.batch import finding_line
    from lkj_xl.laporan import write_laporan

    # write_laporan refuses a misnamed output or a missing folder before reading the workbook.
    result = write_laporan(
        workbook, output, template=template, pdf=with_pdf, triwulan=triwulan, timeout=timeout
    )
    said = [f for f in result.findings if f.sheet.casefold() == "narasi"]
    for finding in [*tanggal_doubted(result.report), *said]:  # (the date printed where the Kepala signs)
        click.echo(f"warning: {finding_line(finding)}", err=True)
    click.echo(f"wrote {result.docx}" + (f" and {result.pdf}" if result.pdf else ""))


@main.command()
@workbook_argument
@output_option("PDF file (default: WORKBOOK with .pdf; lkj-xl laporan --pdf never takes it).")
@click.option(
    "--sheet",
    "sheets",
    multiple=True,
    help="Print only this output sheet (repeatable, in this order); Pemeriksaan is printed only this way.",
)
@triwulan_option
@timeout_option
def pdf(
    workbook: Path, output: Path | None, sheets: tuple[str, ...], triwulan: Periode | None, timeout: float
) -> None:
    """Print the report's tables to one PDF through LibreOffice (headless).

    A4 landscape (Analisis Capaian portrait), header rows repeated on every page, page numbers and the
    agency in the footer, the signature block under the tables, numbers in Indonesian format. The working sheet Pemeriksaan is
    left out unless chosen with --sheet. The workbook itself is not changed. Needs LibreOffice
    (Debian/Ubuntu: apt-get install libreoffice-calc-nogui).

    A workbook lkj-xl rekap wrote prints as it is: Rekap Perangkat Daerah, Grafik and Pemeriksaan, or
    the sheets chosen with --sheet (Semua Indikator and Semua Program too).

    \b
    Examples:
      lkj-xl pdf laporan.xlsx
      lkj-xl pdf laporan.xlsx -o tabel-3-3.pdf --sheet Efisiensi
      lkj-xl pdf rekap.xlsx
    """
    from lkj_xl.core.tahun_lalu import tanggal_doubted
    from lkj_xl.delivery.batch import finding_line
    from lkj_xl.delivery.send import print_workbook

    out = output or workbook.with_suffix(".pdf")
    # print_workbook refuses a misnamed output or a missing folder before any work.
    report = print_workbook(workbook, out, sheets=sheets or None, triwulan=triwulan, timeout=timeout)
    for finding in tanggal_doubted(report) if report is not None else []:  # the date its pages print
        click.echo(f"warning: {finding_line(finding)}", err=True)
    click.echo(f"wrote {out}")


main.add_command(send)
main.add_command(run_command)
main.add_command(rekap_command)

if __name__ == "__main__":  # python -m lkj_xl.cli
    main()
