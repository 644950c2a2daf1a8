"""The SMTP options of ``lkj-xl send`` and ``lkj-xl run``: click options, the configuration they
name, and the delivery options built from them. Part of the CLI adapter (English for IT admins)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from lkj_xl.delivery.config import DEFAULT_TIMEOUT
from lkj_xl.errors import UsageError


def smtp_options(func):
    options = [
        click.option("--smtp-host", envvar="LKJ_SMTP_HOST", help="SMTP server (env LKJ_SMTP_HOST)."),
        click.option(
            "--smtp-port",
            type=int,
            # No envvar: load_config reads LKJ_SMTP_PORT itself, so a bad value is said as that
            # variable's (click named the option, which nobody typed). Likewise LKJ_SMTP_TIMEOUT.
            help="Port (env LKJ_SMTP_PORT; default 587, 465 with --tls, 25 with --no-tls).",
        ),
        click.option(
            "--smtp-user",
            envvar="LKJ_SMTP_USER",
            help="Login name (env LKJ_SMTP_USER); the password comes from "
            "LKJ_SMTP_PASSWORD, the config file, or a prompt (never the command line).",
        ),
        click.option("--tls", "security", flag_value="tls", help="Implicit TLS (port 465)."),
        click.option("--starttls", "security", flag_value="starttls", help="STARTTLS (the default)."),
        click.option("--no-tls", "no_tls", is_flag=True, help="Plain SMTP without encryption (warns)."),
        click.option(
            "--cafile",
            type=click.Path(exists=True, dir_okay=False),
            help="Trust this CA certificate file (an agency's own mail server).",
        ),
        click.option("--from", "sender", envvar="LKJ_SMTP_FROM", help="Sender address (env LKJ_SMTP_FROM)."),
        click.option(
            "--config",
            "config_path",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Config file (default: ~/.config/lkj-xl/config.toml, section [smtp]).",
        ),
        click.option(
            "--smtp-timeout",
            type=click.FloatRange(min=0, min_open=True),
            metavar="SECONDS",
            help="Seconds the SMTP server may stay silent (or the message take to upload) before the "
            "mail is given up, not retried (env LKJ_SMTP_TIMEOUT, config key timeout; default "
            f"{DEFAULT_TIMEOUT:g}).",
        ),
        click.option(
            "--retries",
            type=click.IntRange(0, 10),
            default=3,
            show_default=True,
            help="Retries after a temporary failure.",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


DRY_RUN_HOST = "dry-run.invalid"  # the server of a dry run without one: never connected to


def smtp_config(smtp: dict, need: bool):
    """The SMTP configuration from the options of smtp_options; for a dry run (``need`` false) one
    without a server is fine (a placeholder host) and no password is asked for."""
    from lkj_xl.delivery.config import NoServerError, load_config

    security = smtp["security"]
    if smtp["no_tls"] and security is not None:  # the last one typed used to win: sent unencrypted
        raise click.UsageError(f"--no-tls and --{security} contradict each other: give one of them.")
    if smtp["no_tls"]:
        security = "none"
        click.echo("warning: --no-tls sends the report and any password unencrypted", err=True)

    def load(host, warn=lambda text: click.echo(f"warning: {text}", err=True)):
        return load_config(
            host=host,
            port=smtp["smtp_port"],
            user=smtp["smtp_user"],
            security=security,
            cafile=smtp["cafile"],
            sender=smtp["sender"],
            timeout=smtp["smtp_timeout"],
            config_path=smtp["config_path"],
            warn=warn,
        )

    try:
        config = load(smtp["smtp_host"])
    except NoServerError:
        if need:
            raise
        # A dry run connects to nothing: only the server may be missing (a wrong one is an error).
        # The file (its name, sections, keys, values, sender) is read as a real send reads it, so a
        # mistyped [stmp] is not ignored; its warning was given by the first reading.
        return load(DRY_RUN_HOST, warn=None)
    if not need:
        return config  # nor is a password asked for
    if config.user and not config.password:
        if sys.stdin.isatty():
            config.password = click.prompt(f"SMTP password for {config.user}", hide_input=True)
        else:
            raise UsageError(
                "SMTP user set but no password: set LKJ_SMTP_PASSWORD or the config file's password"
            )
    return config


def mail_options(smtp: dict, to, cc, *, need_config: bool, attach_pdf: bool):
    """The delivery options of send and run from the options of smtp_options."""
    from lkj_xl.delivery.send import MailOptions

    return MailOptions(
        to=tuple(to),
        cc=tuple(cc),
        attach_pdf=attach_pdf,
        config=smtp_config(smtp, need=need_config),
        sender=smtp["sender"],
        allow_plain=smtp["no_tls"],
        retries=smtp["retries"],
    )
