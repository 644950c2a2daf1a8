"""The ``kunci`` of the rekap's rows: an agency's, and each indicator's and budget row's within it,
stable across quarters and years (a join key for analysts, never printed). Pure."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from typing import Any

from lkj_xl.core.contract import normalize_label
from lkj_xl.core.model import Settings
from lkj_xl.core.rekap_ganda import agency_identity
from lkj_xl.core.rekap_nama import name_words, plain_label

KEY_DIGITS = 16  # hex digits of SHA-256 kept: 64 bits, no collision expected among millions of rows
# Before the digits: a key is never read as a number (Excel turns "1234567890123456" or "12e34..."
# of a CSV into a number, its digits lost; pandas' read_csv an all-digit column into int64).
KEY_PREFIX = "k"


def _key(digest: Any) -> str:
    return KEY_PREFIX + digest.hexdigest()[:KEY_DIGITS]


def _agency_hash(pemda: str, opd: str) -> Any:
    """SHA-256 fed with the agency's part of every key: Pemerintah Daerah and Perangkat Daerah as the
    duplicate check tells agencies apart (rekap_ganda.agency_identity: case, spaces and punctuation
    ignored, "Kab." read as Kabupaten, "&" as "dan", the Pemda's name after the agency's dropped), so
    an agency retyped another way next quarter keeps its keys; None for an agency without a name,
    which nothing identifies across quarters."""
    identity = agency_identity({"pemerintah_daerah": pemda, "perangkat_daerah": opd})
    if identity is None:
        return None
    return hashlib.sha256("\x1f".join(identity).encode())


def indicator_part(indikator: str) -> str:
    """An indicator's Indikator as its key reads it: its words as the agency's names are read (case,
    spaces and punctuation ignored), so "perundang - undangan" retyped "perundang-undangan." next
    quarter keeps its key (the parser already takes the two for one indicator within a workbook,
    node_rows.indicator_key)."""
    label = normalize_label(indikator)
    return label if plain_label(label) else " ".join(name_words(indikator))


def agency_key(settings: Settings) -> str | None:
    """The agency's ``kunci``: SHA-256 of "pemerintah daerah<US>perangkat daerah" (normalised, US the
    unit separator U+001F), its first 16 hex digits after a "k"."""
    return names_key(settings.pemerintah_daerah, settings.perangkat_daerah)


def names_key(pemda: str, opd: str) -> str | None:
    """:func:`agency_key` of an agency of these names: a file whose Pemda typed without its kind is
    read as another spelling's ("Lumajang" as Kabupaten Lumajang, core.rekap_pemda.joined) gets the
    keys of the Pemda it is shown as, so TW I typed in full joins TW II typed without the kind."""
    base = _agency_hash(pemda, opd)
    return _key(base) if base is not None else None


def row_keys(settings: Settings, parts: Sequence[tuple[str, ...]]) -> list[str | None]:
    """The ``kunci`` of each row of an agency whose identity within the agency is ``parts`` (an
    indicator: its Kode as typed and its Indikator normalised; a budget row: its Kode): SHA-256 of the
    agency's two names and the parts joined by U+001F, its first 16 hex digits after a "k". The same
    parts again (a Kode repeated or left blank in Anggaran, a galat there) get the number of the
    occurrence as one more part ("2", "3"), so a key is never shared within one workbook. None when
    the agency has no name."""
    return names_row_keys(settings.pemerintah_daerah, settings.perangkat_daerah, parts)


def names_row_keys(pemda: str, opd: str, parts: Sequence[tuple[str, ...]]) -> list[str | None]:
    """:func:`row_keys` of an agency of these names (:func:`names_key`)."""
    base = _agency_hash(pemda, opd)
    if base is None:
        return [None] * len(parts)
    texts = ["\x1f" + "\x1f".join(part) for part in parts]
    if len(set(texts)) < len(texts):  # nearly never: a Kode repeated in Anggaran
        seen: Counter[str] = Counter()
        for i, text in enumerate(texts):
            seen[text] += 1
            if seen[text] > 1:
                texts[i] = f"{text}\x1f{seen[text]}"
    keys: list[str | None] = []
    for text in texts:
        digest = base.copy()
        digest.update(text.encode())
        keys.append(_key(digest))
    return keys
