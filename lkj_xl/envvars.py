"""The environment variables lkj-xl reads, and the refusal of one misspelt (``LKJ_SMTP_PASS``,
``LKJ_XL_TOKN``, ``lkj_smtp_host``): ignored, the command ran with the default it was meant to change,
or failed saying a setting was not set that the admin could see in the crontab or unit file."""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence

from lkj_xl.delivery.config import ENV_VARIABLES

#: one per key of the config file's [smtp], from the table that reads them (no second list to forget)
SMTP_VARIABLES = tuple(ENV_VARIABLES.values())
SERVER_VARIABLES = ("LKJ_XL_TOKEN", "LKJ_XL_MAX_BYTES", "LKJ_XL_LOG_LEVEL")
#: read by every command (README: exit codes, locks): listed with serve's, the other LKJ_XL_ ones
COMMON_VARIABLES = ("LKJ_XL_LOCK_TIMEOUT", "LKJ_XL_DEBUG")
#: read too, never refused, listed by no command (serve sets the first for its own workers)
OTHER_VARIABLES = ("LKJ_XL_WORKER_TOKEN", "LKJ_SOFFICE")
KNOWN_VARIABLES = (*SMTP_VARIABLES, *SERVER_VARIABLES, *COMMON_VARIABLES, *OTHER_VARIABLES)
#: the words of another program's settings for the ones lkj-xl reads, consulted before the close
#: spelling: LKJ_SMTP_SERVER is closest in letters to LKJ_SMTP_USER, and the admin following that
#: hint would put the server's name as the login
SYNONYMS = {
    "SERVER": "HOST",
    "HOSTNAME": "HOST",
    "SMTP_SERVER": "HOST",
    "SENDER": "FROM",
    "MAIL_FROM": "FROM",
    "FROM_ADDRESS": "FROM",
    "TLS": "SECURITY",
    "SSL": "SECURITY",
    "STARTTLS": "SECURITY",
    "USE_TLS": "SECURITY",
    "USE_SSL": "SECURITY",
    "USERNAME": "USER",
    "LOGIN": "USER",
    "PASS": "PASSWORD",
    "PASSWD": "PASSWORD",
    "PWD": "PASSWORD",
    "CA": "CAFILE",
    "CA_FILE": "CAFILE",
    "CACERT": "CAFILE",
}


def _meant(name: str) -> str | None:
    """The variable ``name`` (upper case) was meant to be: a synonym's, else the closest spelling of
    every variable lkj-xl reads."""
    if name.startswith("LKJ_SMTP_") and name[len("LKJ_SMTP_") :] in SYNONYMS:
        return "LKJ_SMTP_" + SYNONYMS[name[len("LKJ_SMTP_") :]]
    close = difflib.get_close_matches(name, KNOWN_VARIABLES, n=1, cutoff=0.8)
    return close[0] if close else None


def misspelt_variable(env: Mapping[str, str], family: Sequence[str]) -> str | None:
    """The message for a variable of ``env`` that looks like one of ``family`` (its prefix, or a close
    spelling) and is no variable lkj-xl reads; None when there is none. The message lists every
    variable of the family's prefix lkj-xl reads (serve's with the lock timeout and debug switch)."""
    prefix = family[0].rsplit("_", 1)[0]  # LKJ_SMTP, LKJ_XL
    listed = [v for v in (*family, *COMMON_VARIABLES) if v.startswith(prefix + "_")]
    for name in sorted(env):
        upper = name.upper()
        if name in KNOWN_VARIABLES or not upper.startswith("LKJ"):
            continue
        close = difflib.get_close_matches(upper, listed, n=1, cutoff=0.8)
        if close or upper.startswith(prefix + "_"):
            meant = _meant(upper)
            hint = f"did you mean {meant}? " if meant else ""
            return f"{name}: not a variable lkj-xl reads ({hint}these are {', '.join(listed)})"
    return None
