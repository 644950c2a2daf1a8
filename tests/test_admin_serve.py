"""The IT admin's second round with ``lkj-xl serve``: its secret kept off the command line. A real
server process, stopped as systemd stops it (SIGTERM)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from tests.common import ROOT, free_port
from tests.test_admin_files import _serves_manifest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux server behaviour")

TOKEN = "Rahasia-Bappeda-2025-token"  # must never be printed


def serve(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """``lkj-xl serve ARGS`` on a free loopback port, until it answers, then systemd's stop."""
    port = free_port()
    full_env = {k: v for k, v in os.environ.items() if k != "LKJ_XL_TOKEN"}
    full_env.update({"PYTHONPATH": str(ROOT), "XLWINGS_LICENSE_KEY": "noncommercial", **(env or {})})
    with subprocess.Popen(
        [sys.executable, "-m", "lkj_xl.cli", "serve", "--port", str(port), *args],
        env=full_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as server:
        try:
            assert _serves_manifest(port, server)
        finally:
            server.send_signal(signal.SIGTERM)
            out, err = server.communicate(timeout=60)
    return server.returncode, out, err


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
