"""The environment variables lkj-xl reads are listed once: a variable read somewhere in the package
but missing from lkj_xl.envvars would be refused by ``send``/``run``/``serve`` as misspelt (the
refusal checks every LKJ_SMTP_/LKJ_XL_ name against the list), and one listed but never read would
be accepted and do nothing."""

from __future__ import annotations

import re
from pathlib import Path

import lkj_xl
from lkj_xl.delivery import config
from lkj_xl.envvars import KNOWN_VARIABLES, SMTP_VARIABLES

PACKAGE = Path(lkj_xl.__file__).parent
#: a marker written into the desktop add-in's VBA module (lkj_xl/xl/desktop.py), no variable
NOT_VARIABLES = {"LKJ_XL_DESKTOP_MODULE"}


def named_in_package(prefix: str) -> set[str]:
    """Every string literal of the package's sources that is a full name starting with ``prefix``
    (not a prefix itself, as envvars.py's ``"LKJ_SMTP_"``)."""
    names: set[str] = set()
    for source in PACKAGE.rglob("*.py"):
        names.update(re.findall(r"""["'](LKJ_[A-Z_]*[A-Z])["']""", source.read_text(encoding="utf-8")))
    return {name for name in names - NOT_VARIABLES if name.startswith(prefix)}


def test_every_smtp_variable_the_package_names_is_one_the_refusal_knows():
    # cli_smtp.py's click envvars and delivery/config.py's reads: each must be in SMTP_VARIABLES
    named = named_in_package("LKJ_SMTP_")
    assert named, "the scan found no LKJ_SMTP_ name: the pattern is broken"
    assert named <= set(SMTP_VARIABLES), sorted(named - set(SMTP_VARIABLES))


def test_every_lkj_xl_variable_the_package_names_is_one_the_refusal_knows():
    named = named_in_package("LKJ_XL_") | named_in_package("LKJ_SOFFICE")
    assert {"LKJ_XL_TOKEN", "LKJ_SOFFICE"} <= named, "the scan missed names it must find"
    assert named <= set(KNOWN_VARIABLES), sorted(named - set(KNOWN_VARIABLES))


def test_each_smtp_setting_has_its_variable_and_each_variable_its_setting():
    # the config file's [smtp] keys, the messages' option/variable pairs and the refusal's list are
    # one table: a key added to the file's but not given a variable (or the reverse) fails here
    variables = dict(config.ENV_VARIABLES)
    assert set(config._CONFIG_KEYS) == set(variables)
    assert tuple(variables.values()) == SMTP_VARIABLES
    for key, (_option, name) in config._NAMES.items():
        assert variables[key] == name
    # the password is the one setting with no option (never typed on a command line)
    assert set(variables) - set(config._NAMES) == {"password"}
