"""Names of two Pemerintah Daerah told apart only by their kind: a Kota and a Kabupaten (Kota Blitar,
Kabupaten Blitar), or a Provinsi and its Kota (Provinsi Jambi, Kota Jambi). A file typing "Blitar"
beside files typing "Kota Blitar" may be Kabupaten Blitar's, so the rekap reads it as Kota Blitar
only when its agencies' names say so ("Dinas Sosial Kota Blitar", core.rekap_ganda.pemda_keys), and
else asks for the kind with both. From Kemendagri's list of
daerah otonom; names as core.rekap_ganda.pemda_key writes them. Pure."""

from __future__ import annotations

# fmt: off
_KOTA_KABUPATEN = frozenset((
    "bandung", "banjar", "bekasi", "bima", "blitar", "bogor", "cirebon", "gorontalo", "jayapura",
    "kediri", "kupang", "madiun", "magelang", "malang", "mojokerto", "pasuruan", "pekalongan",
    "probolinggo", "semarang", "serang", "solok", "sorong", "sukabumi", "tangerang", "tasikmalaya",
    "tegal",
))
# fmt: on
# "Yogyakarta": Kota Yogyakarta, and the Provinsi (Daerah Istimewa Yogyakarta) its people call so.
_PROVINSI_KOTA = frozenset(("bengkulu", "gorontalo", "jambi", "yogyakarta"))

# Each such name with the kinds of Pemda that bear it ("malang": kabupaten, kota).
TWIN_NAMES: dict[str, frozenset[str]] = {
    name: frozenset(
        ({"kabupaten", "kota"} if name in _KOTA_KABUPATEN else set())
        | ({"provinsi", "kota"} if name in _PROVINSI_KOTA else set())
    )
    for name in _KOTA_KABUPATEN | _PROVINSI_KOTA
}

# A Provinsi named by its special status in place of "Provinsi" ("Daerah Istimewa Yogyakarta", "DI
# Yogyakarta", "DIY", "DKI Jakarta"), with or without "Provinsi" before it: the words of its name as
# core.rekap_ganda._words gives them, and the name its key has after "provinsi".
PROVINSI_NAMES: dict[tuple[str, ...], str] = {
    ("daerah", "istimewa", "yogyakarta"): "yogyakarta",
    ("di", "yogyakarta"): "yogyakarta",
    ("diy",): "yogyakarta",
    ("daerah", "khusus", "ibukota", "jakarta"): "jakarta",
    ("daerah", "khusus", "ibu", "kota", "jakarta"): "jakarta",
    ("dki", "jakarta"): "jakarta",
    ("dki",): "jakarta",
    ("daerah", "khusus", "jakarta"): "jakarta",
    ("dk", "jakarta"): "jakarta",
    ("daerah", "istimewa", "aceh"): "aceh",
    ("nanggroe", "aceh", "darussalam"): "aceh",
}

# Such a Provinsi's name as staff should type it (the rekap's advice), by its key.
FULL_NAMES = {
    "provinsi yogyakarta": "Daerah Istimewa Yogyakarta",
    "provinsi jakarta": "Daerah Khusus Jakarta",
}


def provinsi_words(words: list[str]) -> list[str] | None:
    """["provinsi", name] of the words of a Provinsi named by its status (:data:`PROVINSI_NAMES`,
    "Provinsi" before it or not), None for any other name."""
    rest = words[1:] if words[:1] == ["provinsi"] else words
    name = PROVINSI_NAMES.get(tuple(rest))
    return ["provinsi", name] if name else None
