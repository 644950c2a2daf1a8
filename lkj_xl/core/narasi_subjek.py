"""Whether the words between a period opening a clause and its plan word are only the plan's subject.

The lead's decision (mend36h, after revF): "Pada Triwulan II ... akan ..." plans for Triwulan II only
when ``akan`` belongs to the same simple clause, the words between being a noun phrase ("Pada Triwulan
IV, kegiatan pameran akan dilaksanakan", "Pada triwulan III tahun ini kegiatan serupa akan ...",
"Untuk Triwulan III, Bidang Koperasi akan ..."). A clause boundary, a negation or aspect word or a
predicate between them makes the period the time of what that clause tells ("Pada Triwulan II capaian
kinerja belum optimal sehingga akan dilakukan evaluasi", "Pada triwulan II ditemukan kendala dalam
pendataan yang akan diatasi"): no plan for it.
"""

from __future__ import annotations

import re

# a clause boundary, a negation or aspect word, a predicate without a verb prefix
_PREDIKAT = re.compile(
    # boundaries
    r"sehingga|yang|karena|maka|namun|tetapi|agar|supaya|dan|serta|setelah|sesudah|sebelum|ketika|saat"
    r"|sedangkan|sementara|walaupun|meskipun|jika|apabila|bila|sebab|akibat|kemudian|lalu"
    # negation, aspect
    r"|belum|sudah|telah|masih|tidak|tak|bukan|baru|sedang|pernah|sempat"
    # predicates
    # ("lebih", "kurang", "cukup", "sesuai" also stand in a subject or an adjunct: "lebih dari 50
    # koperasi", "sesuai jadwal"; their predicate has a word here: "kurang optimal", "lebih tinggi")
    r"|ada|adalah|ialah|sebesar|sebanyak|optimal|maksimal|rendah|tinggi|naik|turun|baik|buruk|lambat"
    # ber-/ter- predicates (the prefixes also make the subject's modifiers: "koperasi berprestasi",
    # "UMKM terdampak", "OPD terkait", "kegiatan tersebut")
    r"|bertambah|berkurang|berada|berhasil|berlangsung|berakhir|berdampak|berpengaruh|bermasalah"
    r"|berjumlah|bervariasi|berfluktuasi|berhenti|terdapat|terjadi|terlihat|tergolong|terkendala"
    r"|terhambat|terlambat|terealisasi|terserap|tercapai|terlaksana|terpenuhi|tertunda|tersalurkan"
    r"|terhenti|terganggu",
    re.IGNORECASE,
)
# me-/di- verbs are predicates; these words spelled alike are not (nouns, a modifier, prepositions)
_VERBA = re.compile(r"(?:me|di)\w{3,}")
_BUKAN_VERBA = re.compile(
    r"media|medis|mesin|menu|meja|metode|mekanisme|merek|merk|menengah|menteri|mentor|meter|mebel\w*"
    r"|mereka|mendatang|melalui|mengenai|menjelang|menurut|menuju"
    r"|dinas|dinkes|disdik|disperindag|diskop\w*|disnaker\w*|dispend\w*|disbud\w*|dispar\w*|diskominfo"
    r"|distribusi|digital\w*|diklat|direktur|direktorat|diskusi|dimensi|dialog|diri|dini|divisi"
    r"|disabilitas|disiplin|diversifikasi|diploma|dimaksud|diantara\w*|disamping"
    # a hope or an effort governing "akan" is the plan's own ("diharapkan capaian akan meningkat")
    r"|diharapkan|diupayakan|ditargetkan",
)
# a purpose: its verb is the adjunct's, not a predicate ("untuk meningkatkan capaian")
_TUJUAN = frozenset(("untuk", "guna", "rangka"))
_NAMA = frozenset(("dan", "serta"))


def subjek_saja(kata: str) -> bool:
    """True when ``kata``, the words between a period opening a clause and the plan word after it, are
    only a subject's (none a boundary, a negation or aspect word or a predicate; a capitalised word
    is a name: "Dinas", "Disperindag", "Bidang")."""
    words = [mentah.strip("()\"'“”‘’-–,") for mentah in kata.split()]
    sebelum = ""
    for i, word in enumerate(words):
        lower = word.lower()
        # "Dinas Koperasi dan UKM", "Bidang Koperasi serta UKM": a name's "dan"
        nama = (
            lower in _NAMA
            and 0 < i < len(words) - 1
            and words[i - 1][:1].isupper()
            and words[i + 1][:1].isupper()
        )
        # "baik koperasi maupun UMKM": one subject
        maupun = lower == "baik" and "maupun" in kata.lower().split()
        # "sebanyak 20 koperasi": a quantity opening the subject
        jumlah = i == 0 and lower in ("sebanyak", "sebesar")
        if _PREDIKAT.fullmatch(word) and not (nama or maupun or jumlah):
            return False
        verba = word.islower() and _VERBA.fullmatch(word) and not _BUKAN_VERBA.fullmatch(word)
        if verba and sebelum not in _TUJUAN:
            return False
        sebelum = lower
    return True
