"""``lkj-xl send`` and ``lkj-xl run``: the mail and batch commands' click adapters (registered on the
main group in cli.py, so their errors go through the same ``_Guarded`` mapping to exit statuses)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import click

from lkj_xl.cli_options import (
    laporan_template_option,
    pdf_timeout_option,
    refuse_template_without_laporan,
    triwulan_option,
    workbook_argument,
)
from lkj_xl.cli_smtp import mail_options, smtp_options


@click.command()
@workbook_argument
@click.option("--to", "to", multiple=True, required=True, help="Recipient (repeatable).")
@click.option("--cc", multiple=True, help="Copy recipient (repeatable).")
@click.option("--subject", help="Subject (default: Laporan Kinerja Triwulan ... naming the agency).")
@click.option("--message", help="Body text (default: a summary in Bahasa Indonesia).")
@click.option("--pdf", "attach_pdf", is_flag=True, help="Attach the report's PDF too.")
@pdf_timeout_option
@click.option(
    "--laporan",
    "attach_laporan",
    is_flag=True,
    help="Attach the LKjIP Word document too (as lkj-xl laporan drafts it, from the same computation).",
)
@laporan_template_option
@click.option(
    "--dry-run",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the message to this .eml file instead of sending (no server, sender or password needed; the settings and config file are checked as for sending).",
)
@click.option(
    "--update",
    is_flag=True,
    help="Also rebuild WORKBOOK in place (as lkj-xl build does) and mail that build.",
)
@smtp_options
def send(
    workbook: Path,
    to,
    cc,
    subject,
    message,
    attach_pdf,
    pdf_timeout,
    attach_laporan,
    laporan_template,
    dry_run,
    update,
    **smtp,
) -> None:
    """E-mail the workbook (with --pdf its PDF, with --laporan the LKjIP Word document) over SMTP.

    The attached workbook carries output sheets computed now, from the same computation as the
    summary in the body and the PDF, even when WORKBOOK was never built or was edited after its last
    build. WORKBOOK itself is not changed, unless --update.

    STARTTLS by default (a relay on 127.0.0.1 too), certificates verified; plain SMTP (security none)
    only to loopback, elsewhere only with --no-tls. Temporary failures are retried with backoff; the exit status is 3 when some recipient did not get it (the
    message says who did and who did not).

    \b
    Examples:
      LKJ_SMTP_HOST=mail.lumajangkab.go.id LKJ_SMTP_USER=bappeda LKJ_SMTP_PASSWORD=... \\
        lkj-xl send laporan.xlsx --to bappeda@lumajangkab.go.id --pdf --from program@lumajangkab.go.id
      lkj-xl send laporan.xlsx --to a@example.go.id --dry-run pesan.eml --from b@example.go.id
    """
    from lkj_xl.delivery.send import send_report
    from lkj_xl.delivery.smtp import MailError
    from lkj_xl.errors import DeliveryError
    from lkj_xl.xlsx.safe_io import printable

    refuse_template_without_laporan(laporan_template, attach_laporan)
    mail = mail_options(smtp, to, cc, need_config=dry_run is None, attach_pdf=attach_pdf)
    mail = replace(
        mail,
        subject=subject,
        message=message,
        attach_laporan=attach_laporan,
        laporan_template=laporan_template,
        log=lambda line: click.echo(printable(line), err=True),  # (a file name that is not UTF-8)
    )
    try:
        delivered = send_report(workbook, mail, dry_run=dry_run, update=update, pdf_timeout=pdf_timeout)
    except MailError as exc:  # one log of many sends (cron): which workbook, as run's lines say
        raise DeliveryError(f"{workbook}: {exc}") from None
    if dry_run is not None:
        click.echo(f"wrote {dry_run} (not sent)")
    else:
        click.echo(f"sent to {', '.join(delivered)}")


@click.command("run")
# Not exists=True: a workbook missing when the run starts (removed after cron's shell expanded the
# glob, a dangling symlink) is that workbook's failure, logged, and the others still run.
@click.argument("workbooks", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--send-to",
    "to",
    multiple=True,
    help="Recipient of every report (repeatable); omit to only build and print.",
)
@click.option("--cc", multiple=True, help="Copy recipient (repeatable).")
@click.option(
    "--pdf/--no-pdf", "with_pdf", default=True, show_default=True, help="Make the PDF (and attach it)."
)
@click.option(
    "--laporan",
    "with_laporan",
    is_flag=True,
    help="Also write the LKjIP Word document beside each built workbook (and attach it).",
)
@laporan_template_option
@click.option(
    "--outdir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write built workbooks, PDFs and (--laporan) Word documents here (default: build in place, the others beside).",
)
@triwulan_option
@pdf_timeout_option
@smtp_options
def run_command(
    workbooks, to, cc, with_pdf, with_laporan, laporan_template, outdir, triwulan, pdf_timeout, **smtp
) -> None:
    """Build, print and send several workbooks in one go (for cron or a systemd timer).

    Each workbook is processed on its own: a failure is logged and the others still run. A workbook
    with galat is still built, printed and sent, and logged as WARNING with its galat. The exit
    status is the most serious outcome of any workbook: 0 all fine, 1 some workbook has galat, 2 some
    workbook could not be read or written (or would write another's file), 3 a PDF or a mail
    failed, 4 an internal error; before any work, 2 when another run writes into the same folder, an
    address or an LKJ_SMTP_ variable is mistyped or no sender is set, --outdir cannot be made or --laporan-template is no .docx, 3 when LibreOffice is missing (without --no-pdf)
    or plain SMTP is refused off loopback. A workbook named twice is processed once; a pattern no shell expanded
    (systemd's ExecStart) is expanded. On a terminal a progress bar is
    shown, otherwise one log line per step.

    \b
    Example (crontab: 06:00 on the 5th day after each quarter; cron's PATH lacks the virtualenv's
    bin, so lkj-xl by its full path, in the virtualenv the README installs into, /opt/lkj-xl):
      0 6 5 1,4,7,10 * /opt/lkj-xl/bin/lkj-xl run /data/lkjip/*.xlsx --outdir /data/terkirim --send-to bappeda@lumajangkab.go.id
    """
    import time

    from lkj_xl.delivery.batch import RunOptions, run_batch
    from lkj_xl.xlsx.safe_io import printable

    def log(level: str, message: str) -> None:
        # Plain log lines on stderr (cron mails them; journald stamps them too); a file name that is not
        # UTF-8 (a Latin-1 name from an old share) with its bytes, "dinas-\xe9.xlsx", not "\udce9".
        click.echo(f"{time.strftime('%Y-%m-%d %H:%M:%S')} {level} {printable(message)}", err=True)

    refuse_template_without_laporan(laporan_template, with_laporan)
    mail = mail_options(smtp, to, cc, need_config=True, attach_pdf=with_pdf) if to else None
    options = RunOptions(
        with_pdf=with_pdf,
        outdir=outdir,
        triwulan=triwulan,
        mail=mail,
        with_laporan=with_laporan,
        laporan_template=laporan_template,
        pdf_timeout=pdf_timeout,
    )
    progress = None
    if sys.stderr.isatty() and len(workbooks) > 1:
        progress = lambda items: click.progressbar(items, label="lkj-xl run", file=sys.stderr)  # noqa: E731
    sys.exit(run_batch(workbooks, options, log, progress=progress).status)
