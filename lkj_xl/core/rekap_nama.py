"""The words of a name as the rekap compares agencies' and Pemda's names (core.rekap_ganda) and reads an
indicator's name into its kunci (core.rekap_kunci): case, spaces and punctuation ignored. Pure."""

from __future__ import annotations

from lkj_xl.core.contract import normalize_label

# Words a Pemda's name is written with: "Kab. Lumajang", "Pemkab Lumajang" are Kabupaten Lumajang.
_PEMDA_WORDS = {"kab": "kabupaten", "pemkab": "kabupaten", "pemkot": "kota", "prov": "provinsi"}
# Brackets of any kind are spaces ("[REVISI] Dinas Kesehatan"). "&" is read as "dan": "Dinas Koperasi & UKM" is the revision of "Dinas Koperasi dan UKM". Word's
# autocorrect is what it replaced: its dashes (" - " typed becomes an en dash) and the minus sign a
# hyphen ("Dinas Kesehatan \u2013 Kab. Lumajang" is "Dinas Kesehatan"), its curly quotes (and the
# low ones, acute and backtick typed for an apostrophe) straight ones, its ellipsis "...".
PUNCTUATION = str.maketrans(
    {ch: " " for ch in ".,;:()[]{}/-_'\"`\u00b4\u2010\u2011\u2012\u2013\u2014\u2015\u2212"}
    | {ch: " " for ch in "\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2026"}
    | {"&": " dan "}
)


def name_words(text: object) -> list[str]:
    """The words of a name as the rekap compares names: lower case, punctuation a space."""
    label = normalize_label(text)
    if plain_label(label):
        return label.split()
    return [_PEMDA_WORDS.get(word, word) for word in label.translate(PUNCTUATION).split()]


def plain_label(label: str) -> bool:
    """A label (normalize_label's) of letters and digits only, with no word :func:`name_words`
    respells: its words are its own (most names; every indicator's kunci reads one, so cheaply)."""
    return (
        label.replace(" ", "").isalnum()
        and "kab" not in label
        and "prov" not in label
        and "pemkot" not in label
    )
