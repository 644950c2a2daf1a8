"""The IT admin's second round with the mail side: the config file's values, a mail server with its
own self-signed certificate, a server that refuses the message for its size. Real processes
(``python -m lkj_xl``), a real SMTP server on loopback (aiosmtpd, tests/mailserver.py), real
certificates made by ``openssl`` as an admin makes them."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tests.common import EXAMPLE
from tests.test_admin import lkj

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux server behaviour")


def dry_run(tmp_path: Path, config: Path, env: dict[str, str] | None = None):
    """``lkj-xl send --dry-run`` with ``--config``: it reads the settings as a real send does."""
    book = tmp_path / "dinas-a.xlsx"
    shutil.copy(EXAMPLE, book)
    return lkj(
        "send",
        str(book),
        "--to",
        "bappeda@example.go.id",
        "--config",
        str(config),
        "--dry-run",
        str(tmp_path / "pesan.eml"),
        env={"HOME": str(tmp_path), **(env or {})},
    )


# --------------------------------------------------------------------------- the config file's values


@pytest.mark.parametrize(
    "line",
    [
        'port = "abc"',
        "port = true",  # was read as port 1
        "port = 587.9",  # was read as port 587
        'timeout = "lama"',
        'security = "ssl"',
        'cafile = "/etc/ssl/tidak-ada.pem"',
        'host = "mail server"',
    ],
)
def test_a_wrong_value_in_the_config_file_names_the_file_its_line_and_key(tmp_path, line):
    # `error: SMTP port must be a number, not 'abc'` named neither the file nor the line, and the
    # admin with the option, the environment and the file in play could not tell which was wrong;
    # `port = true` and `port = 587.9` were read silently as ports 1 and 587.
    key = line.split(" =")[0]
    config = tmp_path / "config.toml"
    config.write_text(
        f'# lkj-xl\n[smtp]\nuser = "program"\n{line}\nhost = "mail.example.go.id"\n'
        if key != "host"
        else f'# lkj-xl\n[smtp]\nuser = "program"\n{line}\n',
        encoding="utf-8",
    )
    result = dry_run(tmp_path, config)
    assert result.returncode == 2, result.stderr
    error = result.stderr.strip().splitlines()[-1]
    assert error.startswith(f"error: {config}, line 4: [smtp] {key}: "), error
    assert not (tmp_path / "pesan.eml").exists()


def test_a_whole_number_port_and_timeout_in_the_config_file_are_read(tmp_path):
    # The other side of the test above: what is right stays right (`timeout = 20` is an integer).
    config = tmp_path / "config.toml"
    config.write_text('[smtp]\nhost = "mail.example.go.id"\nport = 2525\ntimeout = 20\n', encoding="utf-8")
    result = dry_run(tmp_path, config)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "pesan.eml").exists()


@pytest.mark.parametrize(
    ("variable", "value"),
    [("LKJ_SMTP_SECURITY", "ssl"), ("LKJ_SMTP_CAFILE", "/etc/ssl/tidak-ada.pem")],
)
def test_a_wrong_value_in_the_environment_names_the_variable(tmp_path, variable, value):
    # A systemd unit's Environment= line: the error named no variable.
    config = tmp_path / "config.toml"
    config.write_text('[smtp]\nhost = "mail.example.go.id"\n', encoding="utf-8")
    result = dry_run(tmp_path, config, env={variable: value})
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith(f"error: {variable}: "), result.stderr
