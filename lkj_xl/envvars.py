"""The environment variables lkj-xl reads, and the refusal of one misspelt (``LKJ_SMTP_PASS``,
``LKJ_XL_TOKN``, ``lkj_smtp_host``): ignored, the command ran with the default it was meant to change,
or failed saying a setting was not set that the admin could see in the crontab or unit file."""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence

SMTP_VARIABLES = (
    "LKJ_SMTP_HOST",
    "LKJ_SMTP_PORT",
    "LKJ_SMTP_USER",
    "LKJ_SMTP_PASSWORD",
    "LKJ_SMTP_SECURITY",
    "LKJ_SMTP_CAFILE",
    "LKJ_SMTP_FROM",
    "LKJ_SMTP_TIMEOUT",
)
SERVER_VARIABLES = ("LKJ_XL_TOKEN", "LKJ_XL_MAX_BYTES", "LKJ_XL_LOG_LEVEL")
#: read elsewhere (debugging, the desktop button, locks, serve's workers, LibreOffice): never refused
OTHER_VARIABLES = (
    "LKJ_XL_DEBUG",
    "LKJ_XL_DESKTOP_MODULE",
    "LKJ_XL_LOCK_TIMEOUT",
    "LKJ_XL_WORKER_TOKEN",
    "LKJ_SOFFICE",
)


def misspelt_variable(env: Mapping[str, str], family: Sequence[str]) -> str | None:
    """The message for a variable of ``env`` that looks like one of ``family`` (its prefix, or a close
    spelling) and is no variable lkj-xl reads; None when there is none."""
    known = (*SMTP_VARIABLES, *SERVER_VARIABLES, *OTHER_VARIABLES)
    prefix = family[0].rsplit("_", 1)[0]  # LKJ_SMTP, LKJ_XL
    for name in sorted(env):
        upper = name.upper()
        if name in known or not upper.startswith("LKJ"):
            continue
        close = difflib.get_close_matches(upper, family, n=1, cutoff=0.8)
        if close or upper.startswith(prefix + "_"):
            meant = f"did you mean {close[0]}? " if close else ""
            return f"{name}: not a variable lkj-xl reads ({meant}these are {', '.join(family)})"
    return None
