"""A count of documents typed with the kind of document it counts: `301 izin`, `12 SK`, `4 laporan`
under Satuan `dokumen`. An izin, a surat, an SK issued is one dokumen (the PK's indicator "Jumlah
rekomendasi/izin yang diterbitkan" counts them in dokumen): read, with a peringatan naming both words
(cell_reader). Never the other way round (`301 dokumen` under Satuan `izin`: an izin's berkas holds
several dokumen), nor a word of parts or bundles of documents (`lembar`, `eksemplar`, `berkas`, `buku`:
a dokumen has many sheets and copies, a berkas several dokumen). Pure."""

from __future__ import annotations

# The Satuan of documents in general ("dok." as staff abbreviate it)
_DOKUMEN = frozenset({"dokumen", "dok"})
# One document each, by the word typed after a figure (casefolded, without a trailing dot)
_JENIS = frozenset(
    {
        "izin",
        "ijin",
        "surat",
        "sk",
        "sertifikat",
        "rekomendasi",
        "naskah",
        "akta",
        "laporan",
        "perda",
        "perbup",
        "perwal",
        "perwali",
        "peraturan",
        "keputusan",
        "piagam",
        "kontrak",
    }
)


def _key(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(".")


def jenis_dokumen(words: list[str], satuan: str | None) -> str:
    """The kind of document ``words`` name (one word: "izin", "SK" as typed, without a trailing dot)
    when the Satuan counts dokumen; "" for any other words or Satuan."""
    if satuan is None or _key(satuan) not in _DOKUMEN or len(words) != 1:
        return ""
    return words[0].strip().rstrip(".") if _key(words[0]) in _JENIS else ""


def dibaca_dokumen(label: str, typed: str, read: str, kind: str, satuan: str) -> str:
    """The peringatan of a figure ``typed`` in ``kind`` (`301 izin`, a range `1.000-1.200 izin`) under
    Satuan ``satuan`` (dokumen), ``read`` as the figure(s) read: one dokumen each."""
    return (
        f"{label} \"{typed}\" dibaca {read} dokumen: setiap '{kind}' dihitung satu dokumen (Satuan indikator "
        f"'{satuan.strip()}'); bila satu {kind} terdiri dari beberapa dokumen, hitung dokumennya dan tulis "
        "angka itu saja"
    )
