"""The IT admin's second round with ``lkj-xl serve``: its secret kept off the command line. A real
server process, stopped as systemd stops it (SIGTERM)."""

from __future__ import annotations

import sys

import pytest

from tests.test_admin_files import serve

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux server behaviour")

TOKEN = "Rahasia-Bappeda-2025-token"  # must never be printed


def test_a_token_on_the_command_line_is_warned_about_and_never_printed():
    # `lkj-xl serve --token "$(cat /etc/lkj-xl/token)"`, as README and --help showed it, puts the
    # token in the process list (ps, /proc/PID/cmdline) for every user of the server, and in the
    # unit's ExecStart= for `systemctl status`. The SMTP password is never an option for that reason.
    code, out, err = serve("--token", TOKEN)
    assert code == 0, err
    assert "warning: --token is visible to every user of this machine" in err, err
    assert "LKJ_XL_TOKEN" in err
    assert TOKEN not in out + err


def test_a_token_from_the_environment_is_not_warned_about():
    code, out, err = serve(env={"LKJ_XL_TOKEN": TOKEN})
    assert code == 0, err
    assert "warning" not in err, err
    assert "Authentication: bearer token" in out
    assert TOKEN not in out + err
