"""Test-wide settings and shared fixtures."""

import os

import pytest
from hypothesis import settings

from tests import mailserver

# Before any test module is imported: xlwings decides at its first import whether its "remote" engine
# (xlwings Server, Lite's book JSON) exists, by the licence key it finds then. Set per test module, it
# depended on which module imported xlwings first (test order, a file run alone); and the free key
# the README's test command uses, whatever key (or none) the developer's environment or
# ~/.xlwings/xlwings.conf holds.
os.environ["XLWINGS_LICENSE_KEY"] = "noncommercial"

# No per-example deadline: CI machines are shared and noisy; a slow example is not a failure.
settings.register_profile("lkj-xl", deadline=None)
# CI (.ci/run sets HYPOTHESIS_PROFILE=ci): the same draws at every run, so a property that fails
# there fails on the change that broke it, not at random on a later one that did not; a failure prints
# the blob to replay it (@reproduce_failure). A developer's run stays random and explores new draws.
# (No LKJ_ name: lkj-xl serve, started by tests, refuses an LKJ_XL_ variable it does not read as misspelt.)
settings.register_profile("ci", settings.get_profile("lkj-xl"), derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or "lkj-xl")


@pytest.fixture
def smtp_server():
    """Factory: ``smtp_server(handler=None, auth=False, **controller_kwargs)`` starts a real aiosmtpd
    on a free loopback port (tests/mailserver.py); every server started is stopped after the test."""
    controllers: list = []
    yield lambda handler=None, **kwargs: mailserver.start(controllers, handler, **kwargs)
    for controller in controllers:
        controller.stop()
