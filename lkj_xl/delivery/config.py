"""SMTP settings from the command's options, the ``LKJ_SMTP_*`` environment and the config file.

The SMTP password is only ever read from the environment (``LKJ_SMTP_PASSWORD``) or the config file,
and never appears in an exception message or ``repr(SmtpConfig)``.
"""

from __future__ import annotations

import math
import os
import re
import stat
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from lkj_xl.errors import UsageError

if TYPE_CHECKING:
    import ssl  # imported where used: every lkj-xl command imports this module for its defaults

__all__ = [
    "SmtpConfig",
    "ConfigError",
    "NoServerError",
    "load_config",
    "default_config_path",
    "SECURITY_MODES",
    "DEFAULT_TIMEOUT",
]

Security = Literal["starttls", "tls", "none"]
SECURITY_MODES: tuple[str, ...] = ("starttls", "tls", "none")
DEFAULT_PORTS: dict[str, int] = {"starttls": 587, "tls": 465, "none": 25}
#: Seconds the SMTP server is waited for (each answer; the upload of the whole message) before the
#: mail is given up, not retried (lkj_xl.delivery.smtp).
DEFAULT_TIMEOUT = 30.0


class ConfigError(UsageError):
    """The SMTP configuration is missing or invalid."""


class NoServerError(ConfigError):
    """No SMTP server is configured (which a dry run does without)."""


@dataclass
class SmtpConfig:
    host: str
    port: int | None = None
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    security: Security = "starttls"
    cafile: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    #: Envelope/From address if none is given on the command line (``LKJ_SMTP_FROM``, ``from``).
    sender: str | None = None

    @property
    def effective_port(self) -> int:
        return self.port if self.port is not None else DEFAULT_PORTS[self.security]


def default_config_path(env: Mapping[str, str] = os.environ) -> Path:
    """``%APPDATA%\\lkj-xl\\config.toml`` on Windows, else ``$XDG_CONFIG_HOME`` or ``~/.config``."""
    if sys.platform == "win32" and env.get("APPDATA"):
        return Path(env["APPDATA"]) / "lkj-xl" / "config.toml"
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "lkj-xl" / "config.toml"


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # (lazily: most commands read no config file)

    try:
        data = path.read_bytes()
    except OSError as exc:  # unreadable (permissions): said, not "internal error"
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        # Notepad's "UTF-8 with BOM" is UTF-8 too (tomllib refuses the mark at line 1, column 1)
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:  # saved as "ANSI" (cp1252) by a Windows editor
        line = data[: exc.start].count(b"\n") + 1
        raise ConfigError(f"{path}, line {line}: not UTF-8 text; save the file as UTF-8") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc


#: The environment variable of each key of ``[smtp]``: the one table of both, read here and by
#: lkj_xl.envvars (SMTP_VARIABLES, the refusal of a misspelt variable), in the order it lists them.
ENV_VARIABLES: dict[str, str] = {
    "host": "LKJ_SMTP_HOST",
    "port": "LKJ_SMTP_PORT",
    "user": "LKJ_SMTP_USER",
    "password": "LKJ_SMTP_PASSWORD",
    "security": "LKJ_SMTP_SECURITY",
    "cafile": "LKJ_SMTP_CAFILE",
    "from": "LKJ_SMTP_FROM",
    "timeout": "LKJ_SMTP_TIMEOUT",
}
_CONFIG_KEYS = frozenset(ENV_VARIABLES)


def _file_section(path: Path, explicit: bool) -> dict[str, Any]:
    """The ``[smtp]`` table of the config file ({} when the default file does not exist)."""
    if not path.is_file():
        if explicit:
            raise ConfigError(f"config file not found: {path}")
        return {}
    document = _read_toml(path)
    others = sorted(set(document) - {"smtp"})
    if others:  # a mistyped [stmp] would otherwise be ignored with every setting under it
        kind = "section" if all(isinstance(document[k], dict) for k in others) else "entry"
        shown = ", ".join(f"[{k}]" if isinstance(document[k], dict) else k for k in others)
        raise ConfigError(f"{path}: unknown {kind} {shown}; lkj-xl reads only the section [smtp]")
    section = document.get("smtp", {})
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [smtp] must be a table")
    unknown = sorted(set(section) - _CONFIG_KEYS)
    if unknown:
        raise ConfigError(
            f"{path}: unknown key(s) in [smtp]: {', '.join(unknown)} "
            f"(known: {', '.join(sorted(_CONFIG_KEYS))})"
        )
    for key in sorted(_TEXT_KEYS & set(section)):
        value = section[key]
        if isinstance(value, str):
            continue
        line = _key_line(path, key)
        # A NIP or a numeric password typed unquoted (user = 198501012010121001) is the digits
        # typed, as before round 11 (a number is never a host, file or address). host = ["..."]
        # went to the server as "['...']", password = 1e5 as "100000.0", 1_000 as "1000", 0x1F as
        # "31": not what was typed, so refused.
        whole = isinstance(value, int) and not isinstance(value, bool) and key in ("user", "password")
        if whole and _typed(path, line) in (None, str(value)):
            section[key] = str(value)
            continue
        raise ConfigError(
            f"{path}{f', line {line}' if line else ''}: [smtp] {key}: must be text in quotes "
            f'({key} = "..."), not {_shown(value)}'
        )
    return section


def _typed(path: Path, line: int | None) -> str | None:
    """The value as typed on ``line`` of the file (``key = VALUE  # note``); None when not found (an
    inline table), where a whole number is taken as its decimal digits, as before round 11."""
    if line is None:
        return None
    try:
        text = path.read_text(encoding="utf-8-sig").splitlines()[line - 1]
    except (OSError, UnicodeDecodeError, IndexError):
        return None
    return text.partition("=")[2].partition("#")[0].strip()


#: The keys of [smtp] whose value is text (port and timeout are numbers, also as text).
_TEXT_KEYS = _CONFIG_KEYS - {"port", "timeout"}


def _key_line(path: Path, key: str) -> int | None:
    """The line of ``key`` under ``[smtp]`` in the file (tomllib keeps no positions), for messages."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    table = None
    pattern = re.compile(rf"""\s*(?:{re.escape(key)}|"{re.escape(key)}"|'{re.escape(key)}')\s*=""")
    for number, line in enumerate(lines, 1):
        header = re.match(r"\s*\[\s*([^\]]*?)\s*\]", line)
        if header:
            table = header.group(1).strip("\"'")
        elif table == "smtp" and pattern.match(line):
            return number
    return None


#: The command-line option of each key of ``[smtp]`` but the password (never on a command line).
_OPTIONS = {
    "host": "--smtp-host",
    "port": "--smtp-port",
    "user": "--smtp-user",
    "security": "--tls/--starttls/--no-tls",
    "cafile": "--cafile",
    "timeout": "--smtp-timeout",
    "from": "--from",
}
#: The command-line option and environment variable of each key of ``[smtp]``, for messages.
_NAMES = {key: (option, ENV_VARIABLES[key]) for key, option in _OPTIONS.items()}


@dataclass(frozen=True)
class _Setting:
    """A setting's value and where it was given (an option, a variable, a file's line and key), so
    an error names the place to fix: with options, environment and file in play, which one is wrong
    is otherwise a guess."""

    value: Any
    where: str
    #: the config file's folder when the file gave it: a relative path there is beside the file
    folder: Path | None = None

    def error(self, text: str) -> ConfigError:
        return ConfigError(f"{self.where}: {text}" if self.where else text)


def _host(setting: _Setting, path: Path) -> str:
    raw_host = setting.value
    if not raw_host or not str(raw_host).strip():
        raise NoServerError(
            f"no SMTP server configured: give {_NAMES['host'][0]}, set {_NAMES['host'][1]}, "
            f"or put host = ... under [smtp] in {path}"
        )
    host = str(raw_host).strip()
    alone = "give the server's name alone (mail.example.go.id)"
    if "://" in host:  # a URL, as a mail client's settings show it
        raise setting.error(f"invalid SMTP host {host!r}: {alone}")
    if re.fullmatch(r"[^:\[\]]+:\d+", host):  # name:port (an IPv6 address has more colons)
        port_names = " or ".join(_NAMES["port"])
        raise setting.error(f"invalid SMTP host {host!r}: {alone} and its port with {port_names}")
    if any(ch.isspace() for ch in host) or "/" in host:
        raise setting.error(f"invalid SMTP host {host!r}")
    return host


def _port(setting: _Setting, security: str) -> int:
    raw_port = setting.value
    if raw_port is None:
        return DEFAULT_PORTS[security]
    # TOML's true and 587.9 were read as ports 1 and 587: only a whole number is a port
    whole = isinstance(raw_port, int) and not isinstance(raw_port, bool)
    if not whole and isinstance(raw_port, str) and raw_port.strip().isdecimal():
        whole, raw_port = True, int(raw_port)
    if not whole:
        raise setting.error(f"SMTP port must be a whole number, not {_shown(raw_port)}")
    if not 0 < raw_port < 65536:
        raise setting.error(f"SMTP port out of range: {raw_port}")
    return int(raw_port)


def _shown(value: Any) -> str:
    """A value as the config file writes it (true, not True)."""
    return str(value).lower() if isinstance(value, bool) else repr(value)


def _timeout(setting: _Setting) -> float:
    raw_timeout = setting.value
    if raw_timeout is None:
        return DEFAULT_TIMEOUT
    try:
        timeout = math.nan if isinstance(raw_timeout, bool) else float(raw_timeout)
    except (TypeError, ValueError):
        timeout = math.nan
    if not (math.isfinite(timeout) and timeout > 0):  # 0 would be a non-blocking socket, nan an error
        raise setting.error(f"SMTP timeout must be a positive number of seconds, not {_shown(raw_timeout)}")
    return timeout


def _cafile(setting: _Setting) -> str | None:
    if setting.value is None:
        return None
    given = Path(str(setting.value)).expanduser()
    # cafile = "pemda-ca.pem" in /etc/lkj-xl/config.toml: beside the file, not in whatever folder
    # cron (HOME) or systemd (/) starts in, where it was not found
    ca = str(setting.folder / given if setting.folder is not None and not given.is_absolute() else given)
    if not Path(ca).is_file():
        raise setting.error(f"CA file not found: {ca}")
    import ssl

    try:
        tls_context(ca)
    except (OSError, ssl.SSLError):  # a setting to fix, before any work: not a failed delivery
        raise setting.error(f"{ca} holds no certificate (PEM or DER)") from None
    return ca


def tls_context(cafile: str | None) -> ssl.SSLContext:
    """The client's TLS context, trusting ``cafile`` too: PEM, or DER as Windows exports a
    certificate by default ("DER encoded binary X.509 (.CER)"), which OpenSSL's cafile refuses."""
    import ssl

    try:
        return ssl.create_default_context(cafile=cafile)
    except ssl.SSLError:
        data = Path(cafile).read_bytes() if cafile is not None else b""
        if not data.strip() or data.lstrip().startswith(b"-----BEGIN"):
            raise
        return ssl.create_default_context(cadata=data)  # DER; an ssl.SSLError when it is none


def _picker(
    env: Mapping[str, str], file_cfg: Mapping[str, Any], path: Path
) -> Callable[[Any, str], _Setting]:
    """Explicit argument > environment variable > config file key, with where it was given."""

    def pick(arg: Any, key: str) -> _Setting:
        option, env_name = _NAMES[key]
        value = env.get(env_name)
        if arg is not None and arg != "":
            # click reads most variables into their option: name the variable when it gave the value
            return _Setting(arg, env_name if value is not None and str(arg) == value else option)
        if value:
            return _Setting(value, env_name)
        if key in file_cfg:
            line = _key_line(path, key)
            where = f"{path}{f', line {line}' if line else ''}: [smtp] {key}"
            return _Setting(file_cfg[key], where, path.parent)
        return _Setting(None, "")

    return pick


def _readable_by_all(path: Path) -> bool:
    """Whether every user of this (POSIX) machine may read ``path`` (README: keep it chmod 600)."""
    if os.name != "posix":
        return False
    try:
        return bool(path.stat().st_mode & stat.S_IROTH)
    except OSError:
        return False


def load_config(
    *,
    host: str | None = None,
    port: int | None = None,
    user: str | None = None,
    security: str | None = None,
    cafile: str | None = None,
    sender: str | None = None,
    timeout: float | None = None,
    env: Mapping[str, str] = os.environ,
    config_path: Path | None = None,
    warn: Callable[[str], object] | None = None,
) -> SmtpConfig:
    """SMTP settings: explicit arguments > ``LKJ_SMTP_*`` environment > ``[smtp]`` of the config file.

    The password comes only from ``LKJ_SMTP_PASSWORD`` or the config file (never a CLI argument).
    An explicit ``config_path`` must exist; the default one is optional. ``warn`` receives a line
    about a file that gives its password to every user of the machine.
    """
    from lkj_xl.envvars import SMTP_VARIABLES, misspelt_variable

    misspelt = misspelt_variable(env, SMTP_VARIABLES)
    if misspelt is not None:
        raise ConfigError(misspelt)
    path = Path(config_path) if config_path is not None else default_config_path(env)
    file_cfg = _file_section(path, explicit=config_path is not None)
    if warn is not None and file_cfg.get("password") and _readable_by_all(path):
        warn(f"{path} holds the SMTP password and every user of this machine can read it: chmod 600 {path}")
    pick = _picker(env, file_cfg, path)

    chosen = pick(security, "security")
    sec = str(chosen.value or "starttls").strip().lower()
    if sec not in SECURITY_MODES:
        raise chosen.error(f"SMTP security must be one of {', '.join(SECURITY_MODES)}, not {sec!r}")
    user_value = pick(user, "user").value
    password = env.get(ENV_VARIABLES["password"]) or file_cfg.get("password")
    chosen_from = pick(sender, "from")
    from_value = chosen_from.value
    if from_value:  # a bad sender said with where it was given, as every other setting
        from lkj_xl.delivery.message import parse_address

        try:
            parse_address(str(from_value), "--from")
        except UsageError as exc:
            raise chosen_from.error(str(exc)) from None
    elif user_value and "@" in str(user_value):
        from_value = user_value

    return SmtpConfig(
        host=_host(pick(host, "host"), path),
        port=_port(pick(port, "port"), sec),
        user=str(user_value) if user_value else None,
        password=str(password) if password else None,
        security=sec,  # type: ignore[arg-type]
        cafile=_cafile(pick(cafile, "cafile")),
        timeout=_timeout(pick(timeout, "timeout")),
        sender=str(from_value) if from_value else None,
    )
