"""SMTP settings from the command's options, the ``LKJ_SMTP_*`` environment and the config file.

The SMTP password is only ever read from the environment (``LKJ_SMTP_PASSWORD``) or the config file,
and never appears in an exception message or ``repr(SmtpConfig)``.
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from lkj_xl.errors import UsageError

__all__ = [
    "SmtpConfig",
    "ConfigError",
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
    try:
        import tomllib
    except ModuleNotFoundError:  # pragma: no cover - Python 3.10
        try:
            import tomli as tomllib  # type: ignore[no-redef]
        except ModuleNotFoundError as exc:
            raise ConfigError(
                f"reading {path} needs Python 3.11+ or the 'tomli' package (pip install tomli)"
            ) from exc
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc


_CONFIG_KEYS = {"host", "port", "user", "password", "security", "cafile", "timeout", "from"}


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
    return section


def _host(raw_host: Any, path: Path) -> str:
    if not raw_host or not str(raw_host).strip():
        raise ConfigError(
            "no SMTP server configured: give the host option, set LKJ_SMTP_HOST, "
            f"or put host = ... under [smtp] in {path}"
        )
    host = str(raw_host).strip()
    if any(ch.isspace() for ch in host) or "/" in host:
        raise ConfigError(f"invalid SMTP host {host!r}")
    return host


def _port(raw_port: Any, security: str) -> int:
    if raw_port is None:
        return DEFAULT_PORTS[security]
    try:
        port = int(raw_port)
    except (TypeError, ValueError):
        raise ConfigError(f"SMTP port must be a number, not {raw_port!r}") from None
    if not 0 < port < 65536:
        raise ConfigError(f"SMTP port out of range: {port}")
    return port


def _timeout(raw_timeout: Any) -> float:
    if raw_timeout is None:
        return DEFAULT_TIMEOUT
    try:
        timeout = math.nan if isinstance(raw_timeout, bool) else float(raw_timeout)
    except (TypeError, ValueError):
        timeout = math.nan
    if not (math.isfinite(timeout) and timeout > 0):  # 0 would be a non-blocking socket, nan an error
        raise ConfigError(f"SMTP timeout must be a positive number of seconds, not {raw_timeout!r}")
    return timeout


def _cafile(raw: Any) -> str | None:
    if raw is None:
        return None
    ca = str(Path(str(raw)).expanduser())
    if not Path(ca).is_file():
        raise ConfigError(f"CA file not found: {ca}")
    return ca


def _picker(env: Mapping[str, str], file_cfg: Mapping[str, Any]) -> Callable[[Any, str, str], Any]:
    """Explicit argument > environment variable > config file key."""

    def pick(arg: Any, env_name: str, key: str) -> Any:
        if arg is not None and arg != "":
            return arg
        value = env.get(env_name)
        if value:
            return value
        return file_cfg.get(key)

    return pick


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
) -> SmtpConfig:
    """SMTP settings: explicit arguments > ``LKJ_SMTP_*`` environment > ``[smtp]`` of the config file.

    The password comes only from ``LKJ_SMTP_PASSWORD`` or the config file (never a CLI argument).
    An explicit ``config_path`` must exist; the default one is optional.
    """
    path = Path(config_path) if config_path is not None else default_config_path(env)
    file_cfg = _file_section(path, explicit=config_path is not None)
    pick = _picker(env, file_cfg)

    sec = str(pick(security, "LKJ_SMTP_SECURITY", "security") or "starttls").strip().lower()
    if sec not in SECURITY_MODES:
        raise ConfigError(f"SMTP security must be one of {', '.join(SECURITY_MODES)}, not {sec!r}")
    user_value = pick(user, "LKJ_SMTP_USER", "user")
    password = env.get("LKJ_SMTP_PASSWORD") or file_cfg.get("password")
    from_value = pick(sender, "LKJ_SMTP_FROM", "from")
    if not from_value and user_value and "@" in str(user_value):
        from_value = user_value

    return SmtpConfig(
        host=_host(pick(host, "LKJ_SMTP_HOST", "host"), path),
        port=_port(pick(port, "LKJ_SMTP_PORT", "port"), sec),
        user=str(user_value) if user_value else None,
        password=str(password) if password else None,
        security=sec,  # type: ignore[arg-type]
        cafile=_cafile(pick(cafile, "LKJ_SMTP_CAFILE", "cafile")),
        timeout=_timeout(pick(timeout, "LKJ_SMTP_TIMEOUT", "timeout")),
        sender=str(from_value) if from_value else None,
    )
