"""Network helpers shared by the add-in server and the mail transport (standard library only)."""

from __future__ import annotations

import ipaddress


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback IP literals, decided without any DNS lookup."""
    h = host.strip().rstrip(".").lower()
    if h == "localhost" or h.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(h.strip("[]")).is_loopback
    except ValueError:
        return False


def host_port(host: str, port: int | str) -> str:
    """``host:port`` as an address is written: an IPv6 address in brackets (``[::1]:2525``, not
    ``::1:2525``, where the port reads as part of the address)."""
    return f"[{host}]:{port}" if ":" in host and not host.startswith("[") else f"{host}:{port}"
