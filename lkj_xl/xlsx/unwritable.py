"""Why this account may not write a file whose mode bits show it writable: a read-only mount, or
another account's file (a part of :mod:`lkj_xl.xlsx.safe_io`'s messages, for IT admins, in English)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

_WRITE_BITS = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH


def others_file(path: Path) -> str | None:
    """Why a file with write bits may not be written, as a clause ('it belongs to root (mode 644) and
    the account lkjxl may not write it; ...'): a nightly unit's User= meeting files root copied in,
    which "read-only" sent to attributes that show it writable. A file on a read-only mount
    (statvfs's ST_RDONLY: systemd's ReadOnlyPaths=, a share mounted ro) or of this account (without
    its owner's write bit: chmod u+w) is said as such: chown changes nothing there. None for a file
    read-only by its bits."""
    info = path.stat()
    if not info.st_mode & _WRITE_BITS:
        return None
    uid = getattr(info, "st_uid", None)
    me = os.geteuid() if hasattr(os, "geteuid") else None
    mode = stat.S_IMODE(info.st_mode)
    if _mounted_read_only(path):
        return (
            "its folder is on a disk or share mounted read-only (mount options, systemd's "
            "ReadOnlyPaths=); mount it writable"
        )
    if uid is not None and uid == me:
        if not info.st_mode & stat.S_IWUSR:  # 464: the group may write it, its owner (this account) not
            return (
                f"it is read-only for its owner, this account (mode {mode:o}); make it writable (chmod u+w)"
            )
        # an access list, an immutable attribute: nothing the mode bits show
        return f"this account may not write it though it owns it (mode {mode:o}); check its permissions"
    owner, account = _account(uid), _account(me)
    chown = account.removeprefix("uid ")
    return (
        f"it belongs to {owner} (mode {mode:o}) and the account {account} may not write it; give "
        f"{account} the right to write it (chown {chown})"
    )


def _mounted_read_only(path: Path) -> bool:
    """The file system holding ``path`` is mounted read-only (what EROFS says of a write)."""
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # Windows: no statvfs
        return False


def _account(uid: int | None) -> str:
    """The name of the account ``uid``, or ``uid 12345`` for one without a passwd entry (docker
    --user 12345): each looked up on its own, so a nameless one does not lose the other's name."""
    if uid is None:
        return "another account"
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return f"uid {uid}"
