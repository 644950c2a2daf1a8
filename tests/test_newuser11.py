"""A new Pemda IT admin (round 11): install, upgrade, the nightly run, serve behind a reverse proxy.

Found, and tested here:
- ``lkj-xl serve`` behind nginx under a path (``location /lkj/``), with xlwings Server's own
  ``XLWINGS_APP_PATH=/lkj``: it printed ``Manifest: http://127.0.0.1:8000/manifest.xml``, a URL that
  answered 404 (the manifest was at /lkj/manifest.xml), and the task pane loaded its scripts from
  /static/..., outside the path the proxy forwards: a blank task pane. The printed URL now carries the
  path, and the static files are served under it.
- ``XLWINGS_APP_PATH=/lkj/`` (as nginx's location is typed) or ``lkj`` ended in "internal error
  (AssertionError ...): this is a bug in lkj-xl", exit 4: now ``/lkj/`` is /lkj, and ``lkj`` an error
  naming the variable, exit 2.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from tests.common import ROOT, free_port

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux server behaviour")


def _serve(env: dict[str, str]) -> tuple[subprocess.Popen, int]:
    port = free_port()
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("LKJ_XL_", "XLWINGS_"))}
    full_env.update({"PYTHONPATH": str(ROOT), "XLWINGS_LICENSE_KEY": "noncommercial", **env})
    server = subprocess.Popen(
        [sys.executable, "-m", "lkj_xl.cli", "serve", "--port", str(port)],
        env=full_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    return server, port


def _stop(server: subprocess.Popen) -> None:
    server.send_signal(signal.SIGTERM)
    try:
        server.communicate(timeout=30)
    except subprocess.TimeoutExpired:  # stopped while still starting: do not wait on it
        server.kill()
        server.communicate()


def _printed_manifest(server: subprocess.Popen) -> str:
    assert server.stdout is not None
    for line in server.stdout:
        if line.startswith("Manifest: "):
            return line.removeprefix("Manifest: ").strip()
    raise AssertionError("no manifest URL printed: " + (server.stderr.read() if server.stderr else ""))


def _get(url: str) -> tuple[int, str]:
    import time

    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as answer:
                return answer.status, answer.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as exc:
            return exc.code, ""
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.mark.parametrize("typed", ["/lkj", "/lkj/"])
def test_serve_under_a_proxy_path_prints_the_manifest_url_it_answers_and_serves_the_pane_under_it(typed):
    server, port = _serve({"XLWINGS_APP_PATH": typed})
    try:
        url = _printed_manifest(server)
        assert url == f"http://127.0.0.1:{port}/lkj/manifest.xml"
        status, manifest = _get(url)
        assert status == 200
        assert f"http://127.0.0.1:{port}/lkj/taskpane.html" in manifest
        status, pane = _get(f"http://127.0.0.1:{port}/lkj/taskpane.html")
        assert status == 200
        # Every file the pane loads by an absolute path is under /lkj, the only path the proxy
        # forwards, and answers there.
        loaded = re.findall(r'(?:src|href)="(/[^"]*)"', pane)
        assert loaded
        for path in loaded:
            assert path.startswith("/lkj/"), path
            assert _get(f"http://127.0.0.1:{port}{path}")[0] == 200, path
    finally:
        _stop(server)


def test_a_proxy_path_without_its_leading_slash_is_an_error_naming_the_variable():
    server, _ = _serve({"XLWINGS_APP_PATH": "lkj"})
    out, err = server.communicate(timeout=60)
    assert server.returncode == 2, err
    assert "error: XLWINGS_APP_PATH" in err and "/lkj" in err, err
    assert "internal error" not in err and "Traceback" not in err, err
    assert "Manifest:" not in out
