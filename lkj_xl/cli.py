"""The lkj-xl command line: a thin adapter over the library (lkj_xl.build and friends).

Heavy modules (openpyxl, xlsxwriter, pandas) are imported inside the commands so that
``lkj-xl --help`` starts fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

EXIT_OK = 0
EXIT_FINDINGS = 1  # check: the workbook has errors (galat)
EXIT_UNREADABLE = 2  # the file cannot be read / written, or bad usage

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _fail(message: str, code: int = EXIT_UNREADABLE) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def _load(workbook: Path, triwulan: int | None):
    from .build import LkjError, load_report

    try:
        return load_report(workbook, triwulan)
    except LkjError as exc:
        _fail(str(exc))


def _format_finding(f) -> str:
    where = f"{f.sheet}!{f.sel}" if f.sel else f.sheet
    return f"{f.tingkat:<10} {where:<22} {f.pesan}"


@click.group(context_settings=CONTEXT)
@click.version_option(package_name="lkj-xl", prog_name="lkj-xl")
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
@click.option("--triwulan", type=click.IntRange(1, 4), help="Last reported quarter (1-4).")
@click.option("--force", is_flag=True, help="Overwrite OUT if it exists.")
def new(
    out: Path, pemda: str | None, opd: str | None, tahun: int | None, triwulan: int | None, force: bool
) -> None:
    """Create a blank workbook for staff to fill.

    It has the input sheets Pengaturan, Kinerja and Anggaran with their headers, dropdowns and input
    styling, and a Petunjuk sheet explaining how to fill them (in Bahasa Indonesia).

    \b
    Example:
      lkj-xl new laporan-tw2.xlsx --pemda "Kabupaten Lumajang" --opd "Dinas Koperasi" --tahun 2025 --triwulan 2
    """
    from . import contract as c
    from .template import new_workbook

    if out.exists() and not force:
        _fail(f"{out} already exists (use --force to overwrite)")
    overrides = {
        c.P_PEMDA: pemda,
        c.P_OPD: opd,
        c.P_TAHUN: tahun,
        c.P_TRIWULAN: triwulan,
    }
    try:
        new_workbook(out, pengaturan={k: v for k, v in overrides.items() if v is not None})
    except OSError as exc:
        _fail(f"cannot write {out}: {exc.strerror or exc}")
    click.echo(f"created {out}")


@main.command()
@click.argument("workbook", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the result here instead of updating WORKBOOK in place.",
)
@click.option("--triwulan", type=click.IntRange(1, 4), help="Override the quarter set in Pengaturan.")
def build(workbook: Path, output: Path | None, triwulan: int | None) -> None:
    """Compute the report and (re)write its output sheets.

    The output sheets (Capaian Tujuan Sasaran, Capaian Program, Efisiensi, Realisasi Anggaran,
    Ringkasan, Pemeriksaan) are replaced; the input sheets and everything else in the workbook are
    left as they were. The file is replaced atomically.

    \b
    Examples:
      lkj-xl build laporan.xlsx
      lkj-xl build laporan.xlsx -o hasil.xlsx --triwulan 3
    """
    from .build import LkjError
    from .build import build as do_build

    try:
        report = do_build(workbook, output, triwulan)
    except LkjError as exc:
        _fail(str(exc))
    errors = len(report.errors)
    warnings = len(report.findings) - errors
    click.echo(
        f"wrote {output or workbook}: {len(report.indicators)} indicators, {len(report.budgets)} programs, "
        f"{errors} errors, {warnings} warnings (see sheet Pemeriksaan)"
    )


@main.command()
@click.argument("workbook", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--triwulan", type=click.IntRange(1, 4), help="Override the quarter set in Pengaturan.")
def check(workbook: Path, triwulan: int | None) -> None:
    """Print the findings of a workbook without changing it.

    Exit status: 0 when there are no errors (warnings allowed), 1 when there are errors, 2 when the
    file cannot be read.

    \b
    Example:
      lkj-xl check laporan.xlsx
    """
    report = _load(workbook, triwulan)
    for finding in report.findings:
        click.echo(_format_finding(finding))
    errors = len(report.errors)
    click.echo(f"{errors} errors, {len(report.findings) - errors} warnings", err=True)
    sys.exit(EXIT_FINDINGS if errors else EXIT_OK)


@main.command()
@click.argument("workbook", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True)
@click.option(
    "--table",
    type=click.Choice(["indikator", "anggaran", "efisiensi", "pemeriksaan"]),
    default="indikator",
    show_default=True,
    help="Which table to write as CSV.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of standard output.",
)
@click.option("--triwulan", type=click.IntRange(1, 4), help="Override the quarter set in Pengaturan.")
def export(workbook: Path, fmt: str, table: str, output: Path | None, triwulan: int | None) -> None:
    """Write the computed results as JSON (one object) or CSV (one table).

    Numbers are unrounded; unknown values are null (JSON) or empty (CSV). CSV cells that start with
    = + - @ are prefixed with ' so spreadsheet programs do not run them as formulas.

    \b
    Examples:
      lkj-xl export laporan.xlsx > hasil.json
      lkj-xl export laporan.xlsx --format csv --table efisiensi -o efisiensi.csv
    """
    from .export import to_csv, to_dict

    report = _load(workbook, triwulan)
    text = (
        json.dumps(to_dict(report), ensure_ascii=False, indent=2) + "\n"
        if fmt == "json"
        else to_csv(report, table)
    )
    if output is None:
        click.echo(text, nl=False)
    else:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            _fail(f"cannot write {output}: {exc.strerror or exc}")


def run() -> None:  # pragma: no cover - entry point alias
    main()
