"""A program Kode whose last zero Excel dropped on one sheet only: `1.10` typed in a General cell of
Kinerja is kept as the number 1.1, beside `1.10` typed as text in Anggaran (or the reverse), so the
program has "no budget row". Said in that peringatan: the cell holding the number, and to type the Kode
as text. Never read as the same Kode: a `1.1` and a `1.10` may both be programs, and a budget joined to
the wrong one would print a wrong penyerapan without a word. Pure: standard library only."""

from __future__ import annotations

from collections.abc import Mapping


def _tanpa_nol(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is ``shorter`` with zeros after its last decimal (1.10, 1.100 of 1.1)."""
    return (
        "." in shorter
        and longer != shorter
        and longer.startswith(shorter)
        and not longer[len(shorter) :].strip("0")
    )


def nol_hilang(kode: str, sel: str, other: Mapping[str, str], sheet: str) -> str:
    """' (di sheet Anggaran ada Kode "1.10": ...)' after the peringatan of Kinerja's program ``kode``
    with no row on ``sheet``. ``sel``: its own Kode cell ("Kinerja!A8") when it holds a number, else "";
    ``other``: the other sheet's Kodes, each to its cell when it holds a number, else "". "" when no
    Kode there differs from ``kode`` by zeros dropped from a number only."""
    if sel:  # 1.1 here, "1.10" typed as text there
        meant = sorted(k for k, at in other.items() if not at and _tanpa_nol(k, kode))
        if meant:
            return (
                f' (di sheet {sheet} ada Kode "{meant[0]}", sedangkan sel {sel} berisi angka {kode}: '
                f"{meant[0]} yang diketik di sel General disimpan Excel sebagai {kode}, nol di belakangnya "
                f"hilang; ketik Kode sebagai teks, mis. '{meant[0]})"
            )
        return ""
    kept = sorted((k, at) for k, at in other.items() if at and _tanpa_nol(kode, k))
    if not kept:
        return ""
    number, at = kept[0]
    return (
        f" (di sheet {sheet} ada Kode {number} yang tersimpan sebagai angka di sel {at}: {kode} yang "
        f"diketik di sel General disimpan Excel sebagai {number}, nol di belakangnya hilang; ketik Kode di "
        f"sel itu sebagai teks, mis. '{kode})"
    )
