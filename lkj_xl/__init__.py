"""lkj-xl: LKjIP performance-report tables computed inside the workbook staff already use.

The notebook API::

    import lkj_xl
    report = lkj_xl.load_report("laporan.xlsx")      # read, parse, compute (nothing written)
    frames = lkj_xl.to_frames(report)                # pandas DataFrames per table
    lkj_xl.build("laporan.xlsx")                     # write the output sheets into the workbook
    rekap = lkj_xl.rekap(["opd/"])                   # every agency workbook of a folder, as DataFrames

Kept import-light on purpose: ``lkj-xl --help`` must start without pandas or openpyxl, so the names
below are imported on first use (PEP 562 module ``__getattr__``).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

# Public name -> the module that defines it.
_API = {
    "load_report": "lkj_xl.build",
    "build": "lkj_xl.build",
    "LkjError": "lkj_xl.build",
    "rekap": "lkj_xl.agencies",
    "Rekap": "lkj_xl.agencies",
    "to_frames": "lkj_xl.core.export",
    "to_dict": "lkj_xl.core.export",
    "Report": "lkj_xl.core.model",
    "Finding": "lkj_xl.core.model",
    "capaian": "lkj_xl.core.engine",
    "kriteria": "lkj_xl.core.engine",
    "parse_number": "lkj_xl.core.numbers",
}

__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    if name == "__version__":  # computed on first use: it may ask git (lkj_xl.version)
        from lkj_xl.version import version

        globals()[name] = version()
        return globals()[name]
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'lkj_xl' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
