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
