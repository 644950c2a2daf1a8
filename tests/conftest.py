"""Test-wide settings and shared fixtures."""

import pytest
from hypothesis import settings

from tests import mailserver

# No per-example deadline: CI machines are shared and noisy; a slow example is not a failure.
settings.register_profile("lkj-xl", deadline=None)
settings.load_profile("lkj-xl")


@pytest.fixture
def smtp_server():
    """Factory: ``smtp_server(handler=None, auth=False, **controller_kwargs)`` starts a real aiosmtpd
    on a free loopback port (tests/mailserver.py); every server started is stopped after the test."""
    controllers: list = []
    yield lambda handler=None, **kwargs: mailserver.start(controllers, handler, **kwargs)
    for controller in controllers:
        controller.stop()
