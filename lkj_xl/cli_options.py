"""Options and arguments several lkj-xl commands share (cli.py and the command modules beside it)."""

from __future__ import annotations

from pathlib import Path

import click

workbook_argument = click.argument("workbook", type=click.Path(exists=True, dir_okay=False, path_type=Path))


class ReportPeriod(click.ParamType):
    """The period of ``new --triwulan`` as staff write it: a quarter (2, II, TW 2), a half year
    (Semester I, Sem 2) or the year (Tahunan); given as Pengaturan's dropdown offers it (2,
    "Semester I", "Semester II", "Tahunan"), so the workbook's Triwulan cell holds what staff would pick."""

    name = "period"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> int | str:
        from lkj_xl.core import contract as c  # (lazy: --help loads no core)

        text = str(value).strip()
        quarter = c.triwulan_from_text(text)
        if quarter is not None:
            if c.is_tahunan(text):
                return "Tahunan"
            if c.HALF_YEAR.match(c.tidy_text(text)):
                return f"Semester {c.roman(quarter // 2)}"
            return quarter
        self.fail(f"{text!r} is no period: give 1-4, 'Semester I', 'Semester II' or 'Tahunan'", param, ctx)


class QuarterOverride(ReportPeriod):
    """The period overriding Pengaturan's Triwulan, read as ``new --triwulan`` and Pengaturan read one: a
    quarter (2, II, TW 2, Triwulan II), a half year (Semester I, Smt. II) or the year (Tahunan, Laporan
    Tahunan); (narasi58) a half year or the year is that report, as Pengaturan's Triwulan chooses it (was
    refused). Anything else is refused naming the periods it takes (exit code 2)."""

    name = "period"


triwulan_option = click.option(
    "--triwulan",
    type=QuarterOverride(),
    help="Override the period set in Pengaturan's Triwulan: a quarter (1-4; also II, TW 2), a half year "
    "('Semester I', 'Semester II') or the year's report ('Tahunan').",
)


def _libreoffice_timeout(flag: str, help: str):
    """A limit in seconds on LibreOffice, at least 1 (0 or less stopped LibreOffice at once)."""
    return click.option(flag, type=click.FloatRange(min=1), default=180, show_default=True, help=help)


pdf_timeout_option = _libreoffice_timeout(
    "--pdf-timeout",
    "Seconds before a hung LibreOffice is stopped (that workbook's PDF and mail fail, exit 3).",
)
# pdf's and laporan's own limit, checked as --pdf-timeout is
timeout_option = _libreoffice_timeout("--timeout", "Seconds before a hung LibreOffice is stopped.")
laporan_template_option = click.option(
    "--laporan-template",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The agency's Word template for --laporan (as lkj-xl laporan --template).",
)


def refuse_template_without_laporan(template: Path | None, laporan: bool) -> None:
    """``--laporan-template`` without ``--laporan`` was ignored: no Word document, exit 0."""
    if template is not None and not laporan:
        raise click.UsageError("--laporan-template applies to --laporan (the Word document)")


def output_option(help: str):
    return click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help=help)
