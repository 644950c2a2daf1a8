"""A regex written as an f-string must double its quantifier's braces: rf"i{1,3}" formats the tuple
(1, 3) and the pattern wants the text "i(1, 3)" (periode51's pengaturan_nilai._OTHER_QUARTER read "II"
and "III" alone as no quarter so, and told "Tahun 2025 (II)" to type Tahunan or 4). No compiled
pattern of the core holds such a formatted tuple or set."""

from __future__ import annotations

import importlib
import pkgutil
import re

import lkj_xl.core

_FORMATTED = re.compile(r"\(\d+, \d+\)|\{\d+, \d+\}")


def test_no_core_pattern_holds_a_formatted_tuple():
    found = []
    for module in pkgutil.walk_packages(lkj_xl.core.__path__, "lkj_xl.core."):
        for name, value in vars(importlib.import_module(module.name)).items():
            if isinstance(value, re.Pattern) and _FORMATTED.search(value.pattern):
                found.append(f"{module.name}.{name}")
    assert not found, found
