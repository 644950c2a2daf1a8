"""What many test files share: where the project and its example workbook are, a free loopback port."""

from __future__ import annotations

import socket
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The seed report's workbook (workbooks/make_example.py writes it from the seed's raw data).
EXAMPLE = ROOT / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now (for a real server started by a test)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
