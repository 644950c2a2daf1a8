"""``lkj-xl rekap``: the command's click adapter (registered on the main group in cli.py, so its
errors go through the same ``_Guarded`` mapping to exit statuses)."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path

import click


@click.command("rekap")
@click.argument(
    "sources",
    metavar="FILES_OR_FOLDERS...",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, path_type=Path),
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Where to write: a file for xlsx and json (default rekap.xlsx / rekap.json); a folder for csv "
    "and parquet, one file per table (default ./rekap/).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["xlsx", "json", "csv", "parquet"]),
    default="xlsx",
    show_default=True,
    help="xlsx: the rekap workbook; json: one file with every table; csv, parquet: one file per table "
    "(perangkat_daerah, indikator, program, pemeriksaan, peringatan) in the -o folder. parquet needs "
    "pyarrow (pip install 'lkj-xl[rekap]').",
)
@click.option(
    "--excel-id",
    is_flag=True,
    help="With --format csv: for Excel set to Indonesian (semicolons, decimal commas, a UTF-8 byte "
    "order mark), so the files open in columns with numbers.",
)
@click.option(
    "--jobs",
    type=click.IntRange(1, 256),
    help="Worker processes (default: all cores); 1 reads the workbooks in this process.",
)
def rekap(sources: tuple[Path, ...], output: Path | None, fmt: str, excel_id: bool, jobs: int | None) -> None:
    """Combine many agency workbooks (files, or folders searched for .xlsx/.xlsm) into one rekap.

    Each workbook is read and computed afresh from its input sheets (output sheets are never trusted)
    and is never written. The xlsx has the sheets Rekap Perangkat Daerah (one row per agency, ranked
    by the mean capaian of its Tujuan and Sasaran indicators), Semua Indikator and Semua Program
    (Excel tables with filters), Grafik and Pemeriksaan. A file that cannot be read is listed in
    Pemeriksaan with the reason; the others go on. A blank workbook (the template sent out: no
    Perangkat Daerah, indicator or program) is listed there as skipped, not as an agency; one in an
    agency's folder or named for an agency is also named in the warnings: that agency has not reported. The same
    agency sent twice for one period counts once: its report of the longer period (a Laporan Tahunan
    over a Semester II or Triwulan IV, a Semester I over a Triwulan II), else the file saved last (by
    the workbook's own date, else the file's), the others listed in Pemeriksaan as not counted. Warnings (different years, quarters, Skala Kriteria or Batas Capaian,
    the same agency twice in one period) are also printed on stderr. Every agency,
    indicator and program row carries its tahun, triwulan and kunci (a key that stays the same
    across quarters), so the rekaps of several quarters stack and join.

    Exit status (the worst of the workbooks, as lkj-xl run): 0 all read without galat, 1 some
    workbook has galat, 2 some workbook could not be read (or the output cannot be written, or bad
    usage), 4 an internal error.

    \b
    Examples:
      lkj-xl rekap /data/lkjip/tw2-2025/ -o rekap-tw2-2025.xlsx
      lkj-xl rekap dinas-*.xlsx --format csv -o rekap-csv --jobs 2
      lkj-xl rekap /data/lkjip/tw2-2025/ --format csv --excel-id -o rekap-csv
    """
    from lkj_xl.agencies import inputs_for, refuse_without_workbooks
    from lkj_xl.agencies import rekap as do_rekap
    from lkj_xl.errors import UsageError
    from lkj_xl.rekap_output import MANIFEST, check_format, check_output, default_output, output_files, write

    if excel_id and fmt != "csv":
        raise UsageError("--excel-id applies to --format csv")
    check_format(fmt)  # before any work: parquet without pyarrow is refused at once
    target = output or default_output(fmt)
    others: list[Path] = []  # PDF, Word, RAR beside the workbooks: named in Peringatan
    links: list[tuple[Path, Path, bool]] = []  # a folder or workbook linked under a second name
    # refuses to write over an input
    files = inputs_for(sources, output_files(fmt, target), others=others, links=links)
    check_output(fmt, target)  # an output that cannot be written, before any workbook is read
    refuse_without_workbooks(files, sources)
    on_terminal = sys.stderr.isatty()
    bar = click.progressbar(length=len(files), label="lkj-xl rekap", file=sys.stderr) if on_terminal else None

    def progress(done: int, total: int, result) -> None:
        if bar is not None:
            bar.update(1)
        else:  # a log (cron, CI): one plain line per file
            click.echo(f"[{done}/{total}] {result.line()}", err=True)

    with bar if bar is not None else nullcontext():
        result = do_rekap(files, jobs=jobs, on_progress=progress, others=others, folders=sources, links=links)
    if on_terminal:  # under the bar, what the log lines would have said
        _echo_files(result.pemeriksaan, result.details)
    written = write(
        result, fmt, target, excel_id=excel_id
    )  # may add a warning (more rows than an Excel sheet holds)
    for message in result.warnings:
        click.echo(f"warning: {message}", err=True)
    if fmt == "csv" and not excel_id:  # "95.5" is text to Excel set to Indonesian (or 955 through an import)
        click.echo(
            "note: these CSV files are for pandas and other programs (comma separated, decimal point); "
            "for Excel set to Indonesian write them with --excel-id",
            err=True,
        )
    where = target if fmt in ("xlsx", "json") else f"{target}/ ({len(written)} tables and {MANIFEST})"
    click.echo(f"wrote {where}: {_counted(result, len(files))}")
    sys.exit(result.status)


def _counted(result, files: int) -> str:
    """The last line's count of the workbooks: read of all, the indicators, then those not counted,
    skipped or unreadable, and the agencies' folders without a workbook."""
    from lkj_xl.core.rekap import DILEWATI, GANDA

    read = int((result.pemeriksaan["status"] == "dibaca").sum())
    twice = int((result.pemeriksaan["status"] == GANDA).sum())
    more = f"; {twice} not counted (the same agency sent twice, see Pemeriksaan)" if twice else ""
    skipped = int((result.pemeriksaan["status"] == DILEWATI).sum())  # a ZIP archive, an earlier rekap
    more += f"; {skipped} skipped (see Pemeriksaan)" if skipped else ""
    unread = len(result.pemeriksaan) - read - twice - skipped  # unreadable, .xls, an internal error
    more += f"; {unread} could not be read (see Pemeriksaan)" if unread else ""
    more += _without_workbook(result.tanpa_buku_kerja)
    return f"{read} of {files} workbooks, {len(result.indikator)} indicators{more}"


def _echo_files(pemeriksaan, details: dict[str, str]) -> None:
    """The files not read into the rekap, on stderr (what the log lines say when there is no bar)."""
    from lkj_xl.core.rekap import DIBACA, DILEWATI, GANDA

    for row in pemeriksaan.itertuples():
        if row.status == DILEWATI:  # an earlier rekap: left out on purpose, no error
            click.echo(f"skipped: {row.berkas}: {details.get(row.berkas) or row.keterangan}", err=True)
        elif row.status == GANDA:  # another file of the same agency and period counts
            click.echo(f"not counted: {row.berkas}: {row.keterangan}", err=True)
        elif row.status != DIBACA:
            click.echo(
                f"error: {row.berkas}: {row.status}: {details.get(row.berkas) or row.keterangan}", err=True
            )


def _without_workbook(named: dict[str, list[str]]) -> str:
    """The summary line's count of the agencies the rekap has no workbook of (an agency's folder holding
    only its PDF or ZIP) and of the revisions sent as documents only: a log read for its last line never
    says all went well while an agency is missing or counted from the workbook before its revision."""
    from lkj_xl.core.rekap_berkas_lain import JENIS_FOLDER
    from lkj_xl.core.rekap_berkas_revisi import JENIS_REVISI
    from lkj_xl.core.rekap_pemda_kosong import JENIS_PEMDA
    from lkj_xl.core.rekap_templat_kiriman import JENIS_KOSONG

    folders, revisions = len(named.get(JENIS_FOLDER, ())), len(named.get(JENIS_REVISI, ()))
    blank = len(named.get(JENIS_KOSONG, ()))  # in a folder counted above, or named for its agency
    pemdas = len(named.get(JENIS_PEMDA, ()))  # a province's Pemda none of whose agencies sent one
    said = []
    if folders:
        said.append(f"{folders} agency folder{'s' * (folders > 1)} without a workbook")
    if pemdas:
        said.append(f"{pemdas} Pemda folder{'s' * (pemdas > 1)} without any agency's workbook")
    if blank:
        said.append(f"{blank} agenc{'ies' if blank > 1 else 'y'} sent the blank template unfilled")
    if revisions:
        said.append(f"{revisions} revision{'s' * (revisions > 1)} sent as a document only")
    return f"; {' and '.join(said)} (see the warnings)" if said else ""
