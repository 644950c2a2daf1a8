"""A Pemda typed without its kind ("Lumajang") read as the one Pemda of that name some file types with
its kind ("Kabupaten Lumajang"), name by name: in a province's rekap (Kab Lumajang/ beside Kota
Probolinggo/) as in a Kabupaten's own. Pure.

Joined only while the rekap's whole set of Pemda kept the kind-less name apart, the same files made a
third Pemda "Lumajang" in a province's rekap, its agency missing from Kabupaten Lumajang's Jumlah and
from every pivot over Pemerintah Daerah, while the Kabupaten's own folder joined them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from lkj_xl.core.pemda_kembar import TWIN_NAMES

_KINDS = ("kabupaten", "kota", "provinsi")


def own_name(key: str) -> str:
    """A kinded Pemda key's name without its kind: "kabupaten lumajang" -> "lumajang"."""
    return key.split(" ", 1)[-1]


def kinded_of(name: str, kinded: Iterable[str]) -> set[str]:
    """The kinded Pemda keys of ``kinded`` bearing ``name``."""
    return {key for key in kinded if own_name(key) == name}


def joined_keys(
    keys: Sequence[str], kinded: set[str], identities: Sequence[tuple[str, str] | None]
) -> list[str]:
    """``keys`` (rekap_ganda.pemda_key of each row; ``kinded`` those with a kind) with each kind-less
    name read as the one kinded Pemda of that name, when it is one (never a name two Pemda bear,
    :data:`TWIN_NAMES`, "Blitar" beside only "Kota Blitar") and no agency typing the name is named with
    another kind (``identities``: rekap_ganda.agency_identity of each row, "Dinas Kesehatan Kota
    Lumajang" of "Lumajang")."""
    read: dict[str, set[tuple[str, str] | None]] = defaultdict(set)
    for key, identity in zip(keys, identities):
        read[key].add(identity)
    joins: dict[str, str] = {}
    for name in read:
        found = kinded_of(name, kinded)
        if not name or name.split(" ", 1)[0] in _KINDS or len(found) != 1 or name in TWIN_NAMES:
            continue
        (only,) = found
        if all(identity is None or identity[0] in (name, only) for identity in read[name]):
            joins[name] = only
    return [joins.get(key, key) for key in keys]
