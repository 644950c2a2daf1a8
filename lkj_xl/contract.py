"""The workbook contract under its name from before the package was split (``lkj_xl.contract``):
outside scripts, among them the xlclient measuring tool's parity check, import it from here."""

from lkj_xl.core.contract import *  # noqa: F403
from lkj_xl.core.contract import OUTPUT_SHEETS as OUTPUT_SHEETS
