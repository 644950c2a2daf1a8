"""Test-wide settings."""

from hypothesis import settings

# No per-example deadline: CI machines are shared and noisy; a slow example is not a failure.
settings.register_profile("lkj-xl", deadline=None)
settings.load_profile("lkj-xl")
