"""The workbook package's public face: what the rest of lkj-xl imports about the user's package.

The code lives in modules by concern:

- :mod:`lkj_xl.xlsx.ooxml` — namespaces, relationship and content types, relationship targets;
- :mod:`lkj_xl.xlsx.zipsafe` — limits and safe reading of an untrusted zip (bombs, DTDs, OLE files);
- :mod:`lkj_xl.xlsx.opc` — the OPC model (parts, relationships, content types) and
  :func:`open_package`, which opens and checks a user's package once per build;
- :mod:`lkj_xl.xlsx.styles` — merging rendered styles into the user's ``xl/styles.xml``;
- :mod:`lkj_xl.xlsx.owned` — whose sheet it is, and what the user added inside output sheets;
- :mod:`lkj_xl.xlsx.graft` — writing the output sheets into the user's package losslessly.
"""

from lkj_xl.xlsx.graft import Graft, graft, graft_sheets
from lkj_xl.xlsx.opc import Package, check_package, open_package, uses_1904_dates
from lkj_xl.xlsx.owned import ADDITION_KINDS, Discarded, ForeignSheetError
from lkj_xl.xlsx.zipsafe import (
    MAX_MEMBERS,
    MAX_PART_SIZE,
    MAX_RATIO,
    MAX_TOTAL_SIZE,
    RATIO_MIN_SIZE,
    PackageError,
)

__all__ = [
    "ADDITION_KINDS",
    "MAX_MEMBERS",
    "MAX_PART_SIZE",
    "MAX_RATIO",
    "MAX_TOTAL_SIZE",
    "RATIO_MIN_SIZE",
    "Discarded",
    "ForeignSheetError",
    "Graft",
    "Package",
    "PackageError",
    "check_package",
    "graft",
    "graft_sheets",
    "open_package",
    "uses_1904_dates",
]
