"""The blank template an agency sent back unfilled: that agency has not reported.

core.rekap_kosong tells a blank template apart and the rekap lists it in Pemeriksaan as no agency's
row. The Bappeda's own copy (``Template LKjIP 2025/``, ``Format/``, beside the agencies' files) says
nothing more; but one in an agency's folder holding no other workbook (``13 Dinas Sosial/LKjIP
kosong.xlsx``) is named with that folder in :data:`JENIS_FOLDER`'s warning (core.rekap_berkas_lain
decides the folder as one holding no workbook), and one named for an agency among the agencies'
files (``LKjIP Dinsos TW II.xlsx``) in a warning beside it: each agency once. Pure."""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Mapping, Sequence
from pathlib import PurePath

from lkj_xl.core.rekap_berkas_lain import (
    AGENCY_ABBREVIATIONS,
    BELUM_DIISI,
    JENIS_FOLDER,
    NO_AGENCY,
    agency_named,
    archive_folder,
)
from lkj_xl.core.rekap_nama import name_words
from lkj_xl.core.rekap_singkatan import abbreviates, alone_in, name_starts, named_in, spelt_alone

# The key of a rekap's ``tanpa_buku_kerja`` for the blank templates an agency sent (no warning's jenis)
JENIS_KOSONG = "Templat kosong dari perangkat daerah"

# An agency named anywhere in a file's name ("LKjIP Dinsos TW II.xlsx", "LKjIP Dinas Sosial.xlsx"):
# by its kind or abbreviation (core.rekap_nama_folder.AGENCY_KINDS) after the report's words.
_AGENCY_IN_NAME = re.compile(
    r"(?:^|[\W_\d])(?:(?:dinas|badan|kantor|sekretariat|inspektorat|kecamatan|kelurahan|rsud|puskesmas)\b|"
    rf"(?:{AGENCY_ABBREVIATIONS})[^\W_]*)",
    re.IGNORECASE,
)
# ... its abbreviation, the word whole ("dinsos"), to find it in the name of a file counted beside it
_ABBREVIATION_IN_NAME = re.compile(rf"(?<![^\W\d_])(?:{AGENCY_ABBREVIATIONS})[^\W_]*", re.IGNORECASE)
# Words of the Bappeda's own copy's name ("Template LKjIP Bappeda.xlsx", "Format LKjIP Dinas.xlsx")
_TEMPLATE_WORDS = re.compile(r"templat|format|contoh", re.IGNORECASE)


def sent_templates(
    templates: Sequence[str],
    missing: Collection[str],
    roots: Collection[str],
    counted: Mapping[str, str],
) -> tuple[list[tuple[str, str]], list[str]]:
    """The warning on the blank templates (``templates``) named for an agency among the agencies'
    files, and every template an agency sent back unfilled: those in a folder named in
    :data:`JENIS_FOLDER`'s warning (``missing``) and those named. ``roots``: the folders given;
    ``counted``: the agencies counted (name as shown -> file), whose templates are never named."""
    folders = [PurePath(folder) for folder in missing]
    sent = [name for name in templates if any(folder in PurePath(name).parents for folder in folders)]
    apart = [
        name
        for name in templates
        if name not in sent and _named_for_agency(name, roots) and not _reported(name, counted)
    ]
    return ([_warning(apart)] if apart else []), sent + apart


def _named_for_agency(name: str, roots: Collection[str]) -> bool:
    """``name`` is named for an agency ("LKjIP Dinsos TW II.xlsx") and lies among the agencies' files:
    never in a folder of the Bappeda's ("Format/", "00 Template/", "Arsip/") nor in an agency's own
    folder (that agency's workbook lies in it: it reported), nor named as a template or format."""
    path = PurePath(name)
    under = [PurePath(root) for root in roots if PurePath(root) in path.parents]
    top = max(under, key=lambda root: len(root.parts)) if under else path.parent.parent
    below = [folder for folder in path.parents if top in folder.parents]
    if any(NO_AGENCY.match(f.name) or archive_folder(f.name) or agency_named(f.name) for f in below):
        return False
    return not _TEMPLATE_WORDS.search(path.stem) and bool(_AGENCY_IN_NAME.search(path.stem))


def _reported(name: str, counted: Mapping[str, str]) -> bool:
    """The agency the blank template ``name`` is named for was counted (``counted``) from another
    file: its name's words are the template's name's (core.rekap_singkatan.named_in: "LKjIP Dinas Sosial
    kosong.xlsx", Dinas Sosial counted; never "LKjIP Dinas Kesehatan Hewan.xlsx" for the Dinas
    Kesehatan), or an abbreviation of them (core.rekap_singkatan: "LKjIP Dinsos TW II.xlsx", Dinas Sosial
    counted; "LKjIP Dinas Sosial.xlsx", an agency typed "Dinsos"), or the abbreviation in the template's
    name is in the name of a file counted beside it ("LKjIP Dinsos TW II revisi.xlsx" beside "LKjIP
    Dinsos TW II.xlsx"); an abbreviation only with nothing but the file's own words and its Pemda's
    beside it in the template's name (core.rekap_singkatan.alone_in: never "LKjIP Dinkes Hewan.xlsx")."""
    words, tokens = name_words(PurePath(name).stem), abbreviations_in(PurePath(name).stem)
    for agency in counted:
        own = name_words(agency)
        if names_agency(own, tokens, words):
            return True
    # the start of one agency's name, up to its next field ("LKjIP Dinsos.xlsx" of the Dinas Sosial P3A):
    # only when nothing above fits and one agency only starts so
    if (
        sum(any(names_agency(start, tokens, words) for start in name_starts(agency)) for agency in counted)
        == 1
    ):
        return True
    beside = [
        name_words(PurePath(berkas).stem)
        for berkas in counted.values()
        if os.path.dirname(berkas) == os.path.dirname(name)
    ]
    return any(token in other and alone_in(token, words) for token in tokens for other in beside)


def abbreviations_in(stem: str) -> set[str]:
    """The agencies' abbreviations (lower case) a file's name (``stem``) holds, each with what follows
    it in its word ("dinsosp3a")."""
    return {token.casefold() for token in _ABBREVIATION_IN_NAME.findall(stem)}


def names_agency(own: Sequence[str], tokens: Collection[str], words: Sequence[str]) -> bool:
    """A file's name (``words``, its abbreviations ``tokens``) holds the name ``own``: whole, nothing
    of another agency's name around it, or by an abbreviation, either way: "LKjIP Dinsos.xlsx" of the
    Dinas Sosial (never "LKjIP Dinkes Hewan.xlsx"), "LKjIP Satpol PP.xlsx" of the Satuan Polisi Pamong
    Praja, "LKjIP Dinas Sosial.xlsx" of an agency typed "Dinsos"."""
    return (
        named_in(own, words)
        or any(abbreviates(spelt, own) for spelt in spelt_alone(tokens, words))
        or any(abbreviates(word, words) for word in own if _ABBREVIATION_IN_NAME.fullmatch(word))
    )


def _warning(names: Sequence[str]) -> tuple[str, str]:
    return (
        JENIS_FOLDER,
        f"{len(names)} berkas bernama perangkat daerah adalah {BELUM_DIISI}: {', '.join(names)}. "
        "Perangkat daerah itu tidak masuk peringkat, jumlah dan tabel: minta buku kerja LKjIP-nya yang "
        "sudah diisi lalu rekap ulang.",
    )
