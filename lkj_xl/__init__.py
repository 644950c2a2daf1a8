"""lkj-xl: LKjIP performance-report tables computed inside the workbook staff already use.

Kept import-light on purpose: ``lkj-xl --help`` must start without pandas or openpyxl, so heavy
modules are imported by the functions that need them.
"""

__version__ = "0.1.0"
