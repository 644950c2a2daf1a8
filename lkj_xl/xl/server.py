"""``lkj-xl serve``: xlwings Server with lkj-xl's Hitung Ulang script and LKJ.* functions.

Design: the real xlwings Server (PyPI ``xlwings-server``, a FastAPI app) is embedded, not
re-implemented. xlwings Server loads its scripts and functions from the modules ``custom_scripts`` and
``custom_functions`` of a project directory and its pages from ``templates/`` and ``static/`` there,
falling back to its own. :func:`serve` writes such a directory (in a temporary folder) whose modules
only re-export :mod:`lkj_xl.xl.scripts`, plus lkj-xl's task pane (the Hitung Ulang button, in Bahasa
Indonesia), a ribbon button and, with a token, the token field; then it runs xlwings Server's ASGI app
with uvicorn behind a small guard (:class:`Guard`) that adds what lkj-xl promises on top:

- plain HTTP only on loopback; anywhere else an HTTPS certificate and key are required, and so is
  authentication: a bearer token (``token=``, or ``LKJ_XL_TOKEN``) checked by the guard, or one of
  xlwings Server's own providers configured through its settings (``XLWINGS_AUTH_PROVIDERS``,
  e.g. Microsoft Entra ID). Unauthenticated calls get 401;
- a request size limit (413), malformed JSON (400), a request that is not a workbook (422), an
  unknown script or function (404), a workbook missing an input sheet (422): each answered with
  ``{"detail": "<pesan>"}`` in Bahasa Indonesia, which the add-in shows; the server keeps serving;
- unexpected errors answer 500 with a message for the user and the details in the server log.

The manifest, task pane and static files stay public (Office loads them without credentials); only
the calls that run Python (``/xlwings/custom-scripts-call/...``, ``/xlwings/custom-functions-call``)
are guarded.

Licence: xlwings Server is PolyForm Noncommercial 1.0.0 or xlwings PRO; set
``XLWINGS_LICENSE_KEY=noncommercial`` (free non-commercial use, which covers government
institutions) or a PRO key.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import shutil
import signal
import socket
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import click

from lkj_xl.core import contract as c
from lkj_xl.errors import UsageError
from lkj_xl.net import host_port, is_loopback
from lkj_xl.xl.guard import MSG_500, Guard

# A 10,000-indicator workbook posts 1.4 MB; with a formula in every realisation cell 4.2 MB (=SUM) to
# 8.7 MB (links to a closed workbook), measured with the xlclient harness.
DEFAULT_MAX_BYTES = 32 * 1024 * 1024
MIN_MAX_BYTES = 1024  # as --max-bytes (cli.py): LKJ_XL_MAX_BYTES=64 meant 64 MB and refused every request
TOKEN_ENV = "LKJ_XL_TOKEN"
MAX_BYTES_ENV = "LKJ_XL_MAX_BYTES"
LOG_LEVEL_ENV = "LKJ_XL_LOG_LEVEL"
LOG_LEVELS = ("critical", "error", "warning", "info", "debug", "trace")  # uvicorn's
MIN_TOKEN_LENGTH = 16

logger = logging.getLogger("lkj_xl.server")


class ServeError(UsageError):
    """The server cannot start with these options (message for the admin, in English)."""


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    certfile: str | os.PathLike[str] | None = None,
    keyfile: str | os.PathLike[str] | None = None,
    token: str | None = None,
    *,
    max_bytes: int | None = None,
    workers: int = 1,
    stopped: list[int] | None = None,
) -> None:
    """Run xlwings Server with lkj-xl's script and functions until interrupted.

    Prints the manifest URL to sideload or deploy the add-in with. Raises :class:`ServeError` when
    the options are unsafe (plain HTTP or no authentication outside loopback) or incomplete.
    ``workers`` > 1 runs that many server processes (a press is CPU-bound: one per core helps when
    many staff press at once). ``stopped``: where the command line notes a SIGTERM received while
    this starts (:func:`lkj_xl.cli_signals.sigterm_is_a_stop`): then it stops before serving.
    """
    stopped = [] if stopped is None else stopped
    settings = check_options(host, port, certfile, keyfile, token, max_bytes)
    if certfile is not None and keyfile is not None:
        check_certificate(certfile, keyfile)
    check_port(host, port)
    if not isinstance(workers, int) or workers < 1:
        raise ServeError("workers must be a positive number")
    if workers == 1:
        app = build_app(token=settings["token"], max_bytes=settings["max_bytes"])
    else:
        # Each worker process builds its own app from these (see worker_app).
        app = "lkj_xl.xl.server:worker_app"
        os.environ[_WORKER_TOKEN_ENV] = settings["token"] or ""
        os.environ[MAX_BYTES_ENV] = str(settings["max_bytes"])

    import uvicorn  # (a second or more: systemctl stop meanwhile is noted in stopped)

    if stopped:
        return print("stopped", file=sys.stderr, flush=True)
    scheme = "https" if certfile else "http"
    shown = host
    if host in ("0.0.0.0", "::", ""):
        shown = socket.getfqdn()
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    base = f"{scheme}://{shown}:{port}"
    # click.echo: a full disk under `serve > log` is then told as for every command (cli_streams)
    click.echo(f"lkj-xl: xlwings Server on {base}")
    click.echo(f"Manifest: {base}{settings['app_path']}/manifest.xml")
    if settings["token"]:
        click.echo("Authentication: bearer token (enter it in the lkj-xl task pane)")
    elif settings["providers"]:
        click.echo(f"Authentication: xlwings Server providers {settings['providers']}")
    else:
        click.echo("Authentication: none (loopback only)")
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        ssl_certfile=os.fspath(certfile) if certfile else None,
        ssl_keyfile=os.fspath(keyfile) if keyfile else None,
        log_level=(os.environ.get(LOG_LEVEL_ENV) or "info").strip().lower(),
        server_header=False,
        proxy_headers=False,
        timeout_keep_alive=30,
        workers=workers if workers > 1 else None,
        factory=workers > 1,
    )
    _run(config, stopped)


def _run(config, stopped: list[int] | None = None) -> None:
    """What ``uvicorn.run`` does, except that Ctrl-C is not swallowed: after the server shut down
    gracefully (connections closed, the port freed), a SIGINT ends in KeyboardInterrupt, which the
    command line turns into exit status 130 as for every command (uvicorn.run returned normally: 0)."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    if config.workers > 1:
        # As one process below: SIGINT 130, SIGTERM a clean stop (0, "stopped"), workers that could
        # not start a ServeError (the supervisor gave up and returned: it read as a clean stop). No
        # SIGTERM is lost as it starts: the supervisor queues signals from its construction on.

        class Supervisor(Multiprocess):
            interrupted = terminated = False

            def handle_int(self) -> None:
                self.interrupted = True
                super().handle_int()

            def handle_break(self) -> None:  # Windows' Ctrl-Break: as Ctrl-C
                self.interrupted = True
                super().handle_break()

            def handle_term(self) -> None:
                self.terminated = True
                super().handle_term()

        supervisor = Supervisor(config, sockets=[config.bind_socket()])
        if stopped:  # noted before the supervisor listened for SIGTERM
            supervisor.should_exit.set()
        supervisor.run()
        if supervisor.interrupted:
            raise KeyboardInterrupt
        if supervisor.terminated:
            return print("stopped", file=sys.stderr, flush=True)
        raise ServeError("the server did not start (see the lines above)")
    server = uvicorn.Server(config)
    with _sigterm_is_a_stop(server, stopped) as stopped:
        if not stopped:  # one noted while it was starting: not started at all
            server.run()  # after a graceful shutdown, raises the SIGINT it caught (KeyboardInterrupt)
    if stopped:  # systemd's stop: exit status 0, a clean stop (143 would mark the unit failed)
        return print("stopped", file=sys.stderr, flush=True)
    if not server.started:  # uvicorn logged why; not exit 3, which means a failed delivery
        raise ServeError("the server did not start (see the lines above)")


@contextlib.contextmanager
def _sigterm_is_a_stop(server, noted: list[int] | None = None) -> Iterator[list[int]]:
    """SIGTERM, raised again by uvicorn after its graceful shutdown, into the list (not exit 143);
    ``noted``: the list the command line noted one in while serve started (it is that list).

    One that comes before uvicorn listens for it (systemctl stop right after start) stops the server
    too: only noted, it was lost and the server went on serving."""
    stopped: list[int] = [] if noted is None else noted

    def stop(signum: int, frame) -> None:
        stopped.append(signum)
        server.should_exit = True

    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, stop) if main else None
    try:
        yield stopped
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous)


_WORKER_TOKEN_ENV = "LKJ_XL_WORKER_TOKEN"


def worker_app():
    """The app of one worker process when serving with several workers (uvicorn factory)."""
    token = os.environ.get(_WORKER_TOKEN_ENV) or None
    return build_app(token=token, max_bytes=int(os.environ.get(MAX_BYTES_ENV) or DEFAULT_MAX_BYTES))


def check_port(host: str, port: int) -> None:
    """Bind the address as uvicorn will (SO_REUSEADDR), then let it go: a port in use or not allowed
    is a ServeError before the server announces a manifest URL nobody will answer on."""
    try:
        infos = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, kind, proto, _, address = infos[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ServeError(
            f"cannot listen on {host_port(host, port)}: {reason} (another server on that port, or a port below "
            "1024 without the right to bind it?)"
        ) from None


def check_certificate(certfile: str | os.PathLike[str], keyfile: str | os.PathLike[str]) -> None:
    """Load the certificate and key as the server will, before it announces itself: a file that is
    not PEM, a key of another certificate or an encrypted key is a ServeError naming both (exit 2),
    not a TLS error once uvicorn starts (never a passphrase prompt either)."""
    import ssl

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    try:
        context.load_cert_chain(os.fspath(certfile), os.fspath(keyfile), password=lambda: b"")
    except (ssl.SSLError, OSError) as exc:
        reason = getattr(exc, "reason", None) or getattr(exc, "strerror", None) or str(exc)
        raise ServeError(
            f"cannot use the certificate {certfile} with the key {keyfile}: {reason} (both PEM, the key "
            "unencrypted and belonging to the certificate)"
        ) from exc


def check_options(host, port, certfile, keyfile, token, max_bytes) -> dict:
    """Validate serve()'s options; returns the effective token, size limit and auth providers."""
    if not isinstance(port, int) or not 0 <= port <= 65535:
        raise ServeError(f"invalid port: {port!r}")
    from lkj_xl.envvars import SERVER_VARIABLES, misspelt_variable

    misspelt = misspelt_variable(os.environ, SERVER_VARIABLES)
    if misspelt is not None:  # LKJ_XL_TOKN: served without the token the unit file meant to set
        raise ServeError(misspelt)
    if token is None:
        token = os.environ.get(TOKEN_ENV) or None
    if token is not None:
        token = token.strip()
        if not token or any(ch.isspace() for ch in token) or not token.isprintable():
            raise ServeError("the token must be a non-empty string without spaces")
    if (certfile is None) != (keyfile is None):
        raise ServeError("HTTPS needs both a certificate file and a key file")
    for path in (certfile, keyfile):
        if path is not None and not Path(path).is_file():
            raise ServeError(f"file not found: {path}")
    providers = _auth_providers()
    if not is_loopback(host):
        if certfile is None:
            raise ServeError(
                f"plain HTTP is only allowed on loopback (127.0.0.1, ::1, localhost); to serve on {host} "
                "give an HTTPS certificate and key"
            )
        if token is None and not providers:
            raise ServeError(
                f"serving on {host} requires authentication: give a token (or set {TOKEN_ENV}), or configure "
                "one of xlwings Server's providers (XLWINGS_AUTH_PROVIDERS)"
            )
        if token is not None and len(token) < MIN_TOKEN_LENGTH:
            raise ServeError(
                f"outside loopback the token must be at least {MIN_TOKEN_LENGTH} characters long"
            )
    if token is not None and providers:
        raise ServeError("use either a token or XLWINGS_AUTH_PROVIDERS, not both")
    if max_bytes is None:
        env = os.environ.get(MAX_BYTES_ENV)
        example = f"32 MB is {DEFAULT_MAX_BYTES}"
        try:
            max_bytes = int(env) if env else DEFAULT_MAX_BYTES
        except ValueError:
            raise ServeError(
                f"{MAX_BYTES_ENV} must be a whole number of bytes ({example}), not {env!r}"
            ) from None
        if 0 < max_bytes < MIN_MAX_BYTES:
            raise ServeError(
                f"{MAX_BYTES_ENV} is in bytes: {max_bytes} is below the least accepted, {MIN_MAX_BYTES} ({example})"
            )
    if max_bytes <= 0:
        raise ServeError("the request size limit must be positive")
    level = os.environ.get(LOG_LEVEL_ENV) or "info"
    if level.strip().lower() not in LOG_LEVELS:  # uvicorn's: it failed after the URL was printed
        raise ServeError(f"{LOG_LEVEL_ENV} must be one of {', '.join(LOG_LEVELS)}, not {level!r}")
    if not os.environ.get("XLWINGS_LICENSE_KEY"):
        raise ServeError(
            "xlwings Server needs XLWINGS_LICENSE_KEY: 'noncommercial' for free non-commercial use "
            "(PolyForm Noncommercial 1.0.0, which covers government institutions) or an xlwings PRO key"
        )
    return {"token": token, "max_bytes": max_bytes, "providers": providers, "app_path": _app_path()}


APP_PATH_ENV = "XLWINGS_APP_PATH"


def _app_path() -> str:
    """xlwings Server's path prefix (a reverse proxy's ``location /lkj/``): '' or '/lkj'.

    xlwings asserts on '/lkj/' or 'lkj' (an internal error); its static files stay at /static unless
    XLWINGS_STATIC_URL_PATH follows the prefix, which the proxy does not forward: a blank task pane."""
    raw = os.environ.get(APP_PATH_ENV, "")
    path = raw.strip().rstrip("/")
    if path and not path.startswith("/"):
        raise ServeError(f"{APP_PATH_ENV} must be a path starting with '/' (e.g. /{path}), not {raw!r}")
    if path:
        os.environ[APP_PATH_ENV] = path
        os.environ.setdefault("XLWINGS_STATIC_URL_PATH", f"{path}/static")
    else:
        os.environ.pop(APP_PATH_ENV, None)
    return path


def _auth_providers() -> list[str]:
    raw = os.environ.get("XLWINGS_AUTH_PROVIDERS", "").strip()
    if not raw:
        return []
    try:
        value = json.loads(raw)
    except ValueError:
        value = [p.strip() for p in raw.split(",")]
    return [str(p) for p in value if str(p).strip()] if isinstance(value, list) else [str(value)]


# What the server extra brings, imported only when the app is built (xlwings must not be imported
# before that, see build_app): a server without them failed there as "internal error".
SERVER_MODULES = ("xlwings", "xlwings_server", "fastapi", "uvicorn")


def require_server_extra() -> None:
    """Raise ModuleNotFoundError naming the first module of ``pip install 'lkj-xl[server]'`` missing,
    found without importing it."""
    import importlib.util

    for name in SERVER_MODULES:
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)


def build_app(*, token: str | None, max_bytes: int):
    """xlwings Server's ASGI app, configured for lkj-xl, behind the :class:`Guard`.

    Must run before anything imports xlwings in this process: xlwings decides when it is imported
    whether ``xw.func``/``xw.script`` register functions for the server.
    """
    if "xlwings" in sys.modules and os.environ.get("XLWINGS_ON_SERVER") != "true":
        raise ServeError("xlwings was imported before the server was configured; start it in a fresh process")
    project = Path(tempfile.mkdtemp(prefix="lkj-xl-server-"))
    atexit.register(shutil.rmtree, project, True)
    write_project(project, token_required=token is not None)
    os.environ["XLWINGS_PROJECT_DIR"] = str(project)
    os.environ["XLWINGS_ON_SERVER"] = "true"
    os.environ["XLWINGS_FUNCTIONS_NAMESPACE"] = "LKJ"
    os.environ.setdefault("XLWINGS_PROJECT_NAME", "lkj-xl")
    os.environ.setdefault("XLWINGS_ENVIRONMENT", "prod")
    os.environ.setdefault("XLWINGS_ENABLE_SOCKETIO", "false")
    os.environ.setdefault("XLWINGS_ENABLE_EXAMPLES", "false")
    os.environ.setdefault("XLWINGS_ENABLE_HOTRELOAD", "false")
    if str(project) not in sys.path:
        sys.path.insert(0, str(project))

    from fastapi.responses import JSONResponse
    from xlwings import XlwingsError
    from xlwings_server import main as xs_main

    from lkj_xl.xl import scripts

    if not hasattr(scripts.capaian, "__xlfunc__"):
        raise ServeError(
            "lkj_xl.xl.scripts was imported before the server was configured; use a fresh process"
        )

    def detail(status: int, message: str):
        return JSONResponse({"detail": message}, status_code=status)

    async def on_hitung_ulang_error(request, exc):
        return detail(exc.status_code, str(exc))

    async def on_xlwings_error(request, exc):
        logger.warning("xlwings: %s", exc)
        return detail(400, str(exc))

    async def on_error(request, exc):
        logger.exception("unexpected error on %s", request.url.path, exc_info=exc)
        return detail(500, MSG_500)

    app = xs_main.app
    app.add_exception_handler(scripts.HitungUlangError, on_hitung_ulang_error)
    app.add_exception_handler(XlwingsError, on_xlwings_error)
    app.add_exception_handler(Exception, on_error)
    open_access = token is None and not _auth_providers()
    return Guard(xs_main.main_app, token=token, max_bytes=max_bytes, open_access=open_access)


def write_project(folder: Path, *, token_required: bool) -> None:
    """Write the xlwings Server project: modules re-exporting lkj-xl's script and functions, the
    task pane, the ribbon and (with a token) the token-aware ``getAuth``."""
    (folder / "custom_functions.py").write_text(
        '"""Generated by lkj-xl serve: the LKJ.* worksheet functions."""\n'
        "from lkj_xl.xl.scripts import angka, capaian, efisiensi, kriteria  # noqa: F401\n",
        encoding="utf-8",
    )
    (folder / "custom_scripts.py").write_text(
        '"""Generated by lkj-xl serve: the Hitung Ulang script."""\n'
        "from lkj_xl.xl.scripts import hitung_ulang_script as hitung_ulang  # noqa: F401\n",
        encoding="utf-8",
    )
    templates = folder / "templates"
    js = folder / "static" / "js"
    templates.mkdir(parents=True)
    js.mkdir(parents=True)
    exclude = ",".join(c.OUTPUT_SHEETS)
    html = static_text("taskpane.html").replace("@EXCLUDE@", exclude)
    html = html.replace("@TOKEN@", "1" if token_required else "")
    html = html.replace("@TOKEN_FORM@", static_text("token_form.html") if token_required else "")
    (templates / "taskpane.html").write_text(html, encoding="utf-8")
    manifest = _manifest()
    if manifest is not None:
        (templates / "manifest.xml").write_text(manifest, encoding="utf-8")
    from lkj_xl.xl import plan

    script = static_text("lkj.js").replace("@PLAN_VERSION@", str(plan.PLAN_VERSION))
    script = script.replace("@BATCH_CHARS@", str(plan.BATCH_CHARS)).replace(
        "@COMMAND_CHARS@", str(plan.COMMAND_CHARS)
    )
    # The sheets the script sends: the same list the headless reader reads (xl.inputs).
    names = [c.normalize_label(s) for s in (*c.INPUT_SHEETS, *c.OPTIONAL_INPUT_SHEETS)]
    script = script.replace("@INPUT_SHEETS@", json.dumps(names))
    outputs = [c.normalize_label(s) for s in c.OUTPUT_SHEETS]
    script = script.replace("@OUTPUT_SHEETS@", json.dumps(outputs))
    script = script.replace("@SETTINGS_SHEET@", json.dumps(c.normalize_label(c.SHEET_PENGATURAN)))
    from lkj_xl.core.ownership import OWNER_NAME, OWNER_VALUE

    script = script.replace("@OWNER_NAME@", json.dumps(OWNER_NAME))
    script = script.replace("@OWNER_VALUE@", json.dumps(OWNER_VALUE))
    script = script.replace("@HEADER_ROWS@", str(c.HEADER_SEARCH_ROWS))
    from lkj_xl.core.catatan_terhapus import OWN_FORMATS, WRAP

    script = script.replace("@OWN_FORMATS@", json.dumps(list(OWN_FORMATS))).replace(
        "@WRAP@", json.dumps(WRAP)
    )
    from lkj_xl.xlsx.read import MAX_COLS, MAX_ROWS

    script = script.replace("@MAX_ROWS@", str(MAX_ROWS)).replace("@MAX_COLS@", str(MAX_COLS))
    (js / "lkj.js").write_text(script, encoding="utf-8")
    (js / "ribbon.js").write_text(static_text("ribbon.js"), encoding="utf-8")
    if token_required:
        (js / "auth.js").write_text(static_text("auth.js"), encoding="utf-8")


def static_text(name: str) -> str:
    """A file of the task pane shipped in ``lkj_xl/xl/static`` (package data): the page, its script
    (``lkj.js``: read the inputs, post them, apply the plan of :mod:`lkj_xl.xl.plan`), the ribbon
    button and the token-aware ``getAuth``. ``@NAME@`` placeholders are filled by
    :func:`write_project`."""
    from importlib.resources import files

    return files("lkj_xl.xl").joinpath("static", name).read_text(encoding="utf-8")


_MANIFEST_LABELS = {
    'DefaultValue="MyGroup"': 'DefaultValue="LKjIP"',
    'DefaultValue="Hello World"': 'DefaultValue="Hitung Ulang"',
    'DefaultValue="Show Taskpane"': 'DefaultValue="Panel lkj-xl"',
    'DefaultValue="Click to call the hello function"': (
        'DefaultValue="Menghitung ulang lembar hasil dari Pengaturan, Kinerja dan Anggaran"'
    ),
    'DefaultValue="Click to show the task pane"': 'DefaultValue="Membuka panel lkj-xl"',
}


def _manifest() -> str | None:
    """xlwings Server's manifest template with lkj-xl's ribbon labels (None: keep xlwings' own)."""
    import importlib.util

    spec = importlib.util.find_spec("xlwings_server")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "templates" / "manifest.xml"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    if not all(old in text for old in _MANIFEST_LABELS):
        logger.warning("xlwings Server's manifest changed; keeping its ribbon labels")
        return None
    for old, new in _MANIFEST_LABELS.items():
        text = text.replace(old, new)
    return text


if __name__ == "__main__":  # pragma: no cover - for a quick manual run
    serve()
