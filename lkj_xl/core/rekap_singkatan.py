"""An agency's abbreviation and its name: "Dinsos" is the Dinas Sosial, "BPKAD" the Badan Pengelolaan
Keuangan dan Aset Daerah, "Dishub" the Dinas Perhubungan. Pure.

Used where a file named by the abbreviation is compared with the agencies counted
(core.rekap_templat_kiriman: a blank template named "LKjIP Dinsos TW II.xlsx" beside the Dinas
Sosial's filled workbook named otherwise). Never to join two agencies: the rekap tells agencies apart
by their names as typed (README: an abbreviation is another agency)."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence

from lkj_xl.core.nama_periode import HALF_WORDS, QUARTER_WORDS
from lkj_xl.core.rekap_nama import name_words

# Words an abbreviation leaves out ("BPKAD": Badan Pengelolaan Keuangan *dan* Aset Daerah)
_LEFT_OUT = frozenset({"dan", "serta"})
# What an abbreviation takes of a word besides its start: "dis" of Dinas ("Dishub"), "hub" of
# perhubungan (the affix dropped); "lit" of pe-ne-LIT-ian and "bang" of peng-em-BANG-an, whose roots
# (teliti, kembang) their affixes change ("Litbang", "Balitbangda", "Bappelitbangda")
_ALSO = {"dinas": ("dis",), "penelitian": ("lit",), "pengembangan": ("bang",)}
_AFFIXES = ("per", "pen", "pem", "peng", "pe", "ke", "ber")
_AFFIX_LEAST = 3
# Abbreviations not made of the words' starts: the words they stand for
_IRREGULAR = {
    "disdik": ("dinas", "pendidikan"),
    "dindik": ("dinas", "pendidikan"),
    "dispendik": ("dinas", "pendidikan"),
    "diknas": ("dinas", "pendidikan"),
    "disnaker": ("dinas", "tenaga", "kerja"),
    "disdukcapil": ("dinas", "kependudukan", "pencatatan", "sipil"),
    "dispendukcapil": ("dinas", "kependudukan", "pencatatan", "sipil"),
    "dukcapil": ("kependudukan", "pencatatan", "sipil"),
    "diskominfo": ("dinas", "komunikasi", "informatika"),
    "kominfo": ("komunikasi", "informatika"),
    "setda": ("sekretariat", "daerah"),
    "sekda": ("sekretariat", "daerah"),
    "setwan": ("sekretariat", "dprd"),
    "sekwan": ("sekretariat", "dprd"),
    "setdprd": ("sekretariat", "dprd"),
    "damkar": ("pemadam", "kebakaran"),
    "dispora": ("dinas", "pemuda", "olahraga"),
    "disnak": ("dinas", "peternakan"),  # nak of pe-ter-nak-an
    "disperkim": ("dinas", "perumahan", "kawasan", "permukiman"),  # kim of per-mu-kim-an
    "perkim": ("perumahan", "kawasan", "permukiman"),
    "disdikbud": ("dinas", "pendidikan", "kebudayaan"),
    "dikbud": ("pendidikan", "kebudayaan"),
    "disdikpora": ("dinas", "pendidikan", "pemuda", "olahraga"),  # pora of Pemuda OlahRAga
    "dikpora": ("pendidikan", "pemuda", "olahraga"),
}
_LEAST_WORDS = 2  # an abbreviation stands for two words at least ("Dinkes"; never "Din" of Dinas alone)
# Abbreviations of two agencies a Pemda often has both of: never taken as either (the Dinas Ketahanan
# Pangan's and the Dinas Kelautan dan Perikanan's DKP, the Badan Kepegawaian Daerah's and the Badan
# Keuangan Daerah's BKD). A match hides an agency's blank template; a miss only names one that reported.
_AMBIGUOUS = frozenset({"dkp", "bkd"})
# The kind an abbreviation may leave out before the words it spells ("Kesbangpol": *Badan* Kesatuan
# Bangsa dan Politik)
_KINDS = frozenset({"dinas", "badan", "kantor"})
# Words of a file's name around the agency's (the report's, the period's, the Pemda's kind, the file's
# state): "LKjIP Dinas Sosial TW II 2025 kosong", "LKjIP Diskan Tahunan", "TW ll" (a numeral's I typed
# as an L, as Pengaturan's Triwulan reads it). Any other word left over ("Hewan" of "Dinas Kesehatan
# Hewan", "Bagian Organisasi" before "Sekretariat Daerah") may make it another agency's name.
_AROUND = re.compile(
    rf"(?:\d+|[ivxl]{{1,4}}|(?:{'|'.join(QUARTER_WORDS)})(?:\d*|[ivxl]{{1,4}})|(?:{'|'.join(HALF_WORDS)})(?:\d*|ii|ll)|lkjip|lkj|lakip|laporan|kinerja|instansi|"
    r"pemerintah|tahun|tahunan|akhir|ta|anggaran|kosong|blank|belum|diisi|isi|final|revisi|rev|draft|draf|"
    r"fix|perbaikan|"
    r"baru|new|copy|salinan|kabupaten|kota|provinsi)"
)


def _starts(word: str) -> tuple[tuple[str, int], ...]:
    """What an abbreviation may take the start of, of ``word``, and how much at least: itself, its own
    (:data:`_ALSO`), or without an affix three letters at least ("hub" of perhubungan; never the "s"
    of kesenian)."""
    bare = tuple(
        (word[len(affix) :], _AFFIX_LEAST)
        for affix in _AFFIXES
        if word.startswith(affix) and len(word) > len(affix) + 2
    )
    return ((word, 1), *bare, *((own, len(own)) for own in _ALSO.get(word, ())))


@functools.cache
def _ends(token: str, words: tuple[str, ...]) -> frozenset[int]:
    """Where ``token`` spelt from the first of ``words`` may end (the count of words it covers): made
    of the starts of the words in turn, each taken, two words at least; those of :data:`_LEFT_OUT`
    skipped, never spelling a letter ("B-K-D" is not Badan Kepegawaian *dan* Pengembangan ...)."""
    if token in _IRREGULAR:
        kept = [at for at, word in enumerate(words) if word not in _LEFT_OUT or at == 0]
        full = _IRREGULAR[token]
        return frozenset(
            {kept[len(full) - 1] + 1}
            if kept and kept[0] == 0 and tuple(words[at] for at in kept[: len(full)]) == full
            else ()
        )
    ends: set[int] = set()

    def match(at: int, word: int, used: int) -> None:
        if at == len(token):
            if used >= _LEAST_WORDS:
                ends.add(word)
            return
        if word == len(words):
            return
        if words[word] in _LEFT_OUT:
            if used:  # within the words spelt, never at their start
                match(at, word + 1, used)
            return
        for start, least in _starts(words[word]):
            for size in range(min(len(start), len(token) - at), least - 1, -1):
                if token[at : at + size] == start[:size]:
                    match(at + size, word + 1, used + 1)

    match(0, 0, 0)
    return frozenset(ends)


# A letter and a digit in an abbreviation: the letter that many times ("DP3A": Dinas Pemberdayaan
# Perempuan dan Perlindungan Anak, P-P-P-A; "DP3AP2KB")
_REPEATED = re.compile(r"([a-z])([2-9])")


def _repeated(word: str) -> str:
    return _REPEATED.sub(lambda found: found[1] * int(found[2]), word)


# ... and the Pemda's name after its kind ("Kab Lumajang", "Kota Batu": one word)
_PEMDA_KINDS = frozenset({"kabupaten", "kota", "provinsi"})


def _around(words: Sequence[str]) -> bool:
    return all(
        _AROUND.fullmatch(word) or (at and words[at - 1] in _PEMDA_KINDS) for at, word in enumerate(words)
    )


def irregular(token: str) -> bool:
    """``token`` is an abbreviation not made of its words' starts (:data:`_IRREGULAR`: "perkim", "dukcapil")."""
    return token.casefold() in _IRREGULAR


def ambiguous(token: str) -> bool:
    """``token`` is an abbreviation of two agencies a Pemda often has both of (:data:`_AMBIGUOUS`)."""
    return token.casefold() in _AMBIGUOUS


def alone_in(token: str, words: Sequence[str]) -> bool:
    """``token`` (lower case) is a word of a file's name (``words``) with only the file's own words
    (:data:`_AROUND`) beside it: "dinsos" of "LKjIP Dinsos TW II kosong", not of "LKjIP Dinkes Hewan"
    nor "LKjIP Bag Hukum Setda" (more of another agency's name there)."""
    words = list(words)
    return token in words and _around([word for word in words if word != token])


def abbreviates(token: str, words: Sequence[str]) -> bool:
    """``token`` (a word, lower case: "dinsos") is an abbreviation of the name ``words`` stand for, or
    of the name among a file's words ("lkjip dinas sosial tw ii" holds "dinas sosial"): the words it
    spells (:func:`_ends`) with nothing but a leading kind (:data:`_KINDS`) and a file's own words
    (:data:`_AROUND`) left over, so never a part of another agency's name ("setda" of "Bagian
    Organisasi Sekretariat Daerah", "dinkes" of "Dinas Kesehatan Hewan"); never one of
    :data:`_AMBIGUOUS`. A heuristic on the safe side: a miss names an agency that did report."""
    token, words = token.casefold(), tuple(word for word in words if word)
    if token in _AMBIGUOUS:
        return False
    # "p3a": p-p-p-a, the token's and a name's word ("Dinas Sosial P3A" of "dinsosp3a")
    token, spelt = _repeated(token), tuple(_repeated(word) for word in words)
    for at in range(len(words)):
        before = words[:at]
        if before and before[-1] in _KINDS:
            before = before[:-1]
        if _around(before) and any(_around(words[at + end :]) for end in _ends(token, spelt[at:])):
            return True
    return False


def spelt_by_words(short: Sequence[str], long: Sequence[str]) -> bool:
    """The name ``short`` (its words) spells the name ``long`` word by word: each of its words, in turn,
    one of ``long``'s or the abbreviation of a run of two or more (:func:`_ends`: "pu" of pekerjaan
    umum, "dukcapil" of kependudukan dan pencatatan sipil, "damkar" of pemadam kebakaran), "dan" and
    "serta" of either passed over, ``long`` spelt whole and something abbreviated: "dinas pu dan pr"
    of "dinas pekerjaan umum dan penataan ruang", "satpol pp dan damkar" of "satuan polisi pamong
    praja dan pemadam kebakaran", "dinas pu sda" of "dinas pekerjaan umum sumber daya air" (never of
    "... bina marga"); never one of :data:`_AMBIGUOUS`."""
    # "p2kb": p-p-k-b, as :func:`abbreviates` reads a one- or two-word name ("Dinas Kesehatan P2KB")
    short, long = tuple(_repeated(word) for word in short), tuple(_repeated(word) for word in long)
    if len(short) >= len(long) or any(word in _AMBIGUOUS for word in short):
        return False

    @functools.cache
    def spells(at: int, word: int) -> bool:
        if at == len(short) or word == len(long):
            return (at, word) == (len(short), len(long)) or (
                word == len(long) and all(left in _LEFT_OUT for left in short[at:])
            )
        if short[at] in _LEFT_OUT and spells(at + 1, word):
            return True
        if long[word] in _LEFT_OUT and word and spells(at, word + 1):
            return True
        if short[at] == long[word] and spells(at + 1, word + 1):
            return True
        return any(spells(at + 1, word + end) for end in _ends(short[at], long[word:]))

    return spells(0, 0)


def held_name(words: Sequence[str]) -> tuple[int, int]:
    """Where a file's name (``words``) holds more than its own words (:data:`_AROUND`): the span between
    them ("dinas pemberdayaan masyarakat dan desa" of "laporan kinerja dinas pemberdayaan masyarakat dan
    desa kabupaten lumajang tw 2"); an empty span when it holds nothing else ("lkjip tw ii 2025")."""
    start = 0
    while start < len(words) and _around(words[: start + 1]):
        start += 1
    end = len(words)
    while end > start and _around(words[end - 1 :]):
        end -= 1
    return start, end


def abbreviates_run(token: str, words: Sequence[str]) -> bool:
    """``token`` spells a run of two words or more of ``words`` from their starts (:func:`_ends`): "pu" of
    "dinas pekerjaan umum dan penataan ruang", "perkim" of "dinas perumahan dan kawasan permukiman"."""
    token, spelt = _repeated(token.casefold()), tuple(_repeated(word) for word in words)
    return any(_ends(token, spelt[at:]) for at in range(len(spelt)))


def named_in(own: Sequence[str], words: Sequence[str]) -> bool:
    """The name ``own`` (its words) is the one a file's name (``words``) holds: in it whole, with only
    the file's own words around (:data:`_AROUND`): "LKjIP Dinas Sosial TW II kosong" holds the Dinas
    Sosial, "LKjIP Dinas Kesehatan Hewan" not the Dinas Kesehatan."""
    own, words = tuple(own), tuple(words)
    return bool(own) and any(
        words[at : at + len(own)] == own and _around(words[:at]) and _around(words[at + len(own) :])
        for at in range(len(words) - len(own) + 1)
    )


def spelt_alone(tokens: Collection[str], words: Sequence[str]) -> list[str]:
    """What the abbreviations ``tokens`` found in a file's name (``words``) spell with only the file's
    own words (:data:`_AROUND`) beside: the token alone ("dinsos" of "LKjIP Dinsos TW II"), or joined
    with the words after it up to the file's own ("dinsosp3a" of "LKjIP Dinsos P3A", "satpolpp" of
    "LKjIP Satpol PP"), for :func:`abbreviates` to read whole."""
    words = list(words)
    spelt = []
    for at, word in enumerate(words):
        if word not in tokens:
            continue
        end = at + 1
        while end < len(words) and not _around([words[end]]):
            end += 1
        if _around(words[:at]) and _around(words[end:]):
            spelt.append("".join(words[at:end]))
    return spelt


# Where a name's next field begins: a comma, "dan", "serta" ("Dinas Sosial, Pemberdayaan Perempuan
# ...", "Dinas Peternakan dan Kesehatan Hewan"), or an abbreviation: a word of letters and a digit ("Dinas
# Sosial P3A"; a number alone is the name's own: "UPT Puskesmas 2"), or typed in capitals in a name that
# is not ("Dinas Sosial PPPA")
_FIELD_WORDS = frozenset({"dan", "serta", "&"})
# ... and a start of one word that names no agency: its kind alone ("Dinas" of "Dinas PUPR", "Sekretariat"
# of "Sekretariat DPRD"), an abbreviation of two (:data:`_AMBIGUOUS`: "BKD" of "BKD PSDM")
_NO_START = _AMBIGUOUS | _KINDS | {"sekretariat", "satuan", "kecamatan", "bagian", "unit", "upt", "uptd"}
# A field beginning with a unit's kind makes the name a unit's under the agency its start names ("Dinas
# Kesehatan UPT Puskesmas Sukodono", "Sekretariat Daerah, Bagian Umum", "Kecamatan Sukodono, Kelurahan
# X"): that start is another agency's, whose blank template it never stands for. After "dan" a field is
# the agency's own ("Dinas Pemberdayaan Masyarakat dan Desa").
_UNIT_FIELDS = frozenset(
    {
        "upt",
        "uptd",
        "rsud",
        "rsu",
        "rs",
        "puskesmas",
        "bagian",
        "bag",
        "bidang",
        "bid",
        "sub",
        "subbag",
        "subbagian",
        "seksi",
        "balai",
        "kelurahan",
        "kel",
        "desa",
        "unit",
        "instalasi",
        "labkesda",
        "laboratorium",
        "cabang",
        "sekolah",
        "sd",
        "sdn",
        "smp",
        "smpn",
        "sma",
        "sman",
        "smk",
        "smkn",
        "tk",
        "paud",
        "kecamatan",
        "kec",
        "korwil",
        "gudang",
    }
)


def name_starts(name: str) -> list[list[str]]:
    """The starts of an agency's name as typed (``name``) that end where a next field begins (the
    words, as core.rekap_nama.name_words gives them): ["dinas", "sosial"] of "Dinas Sosial P3A" and of
    "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"; none of "Dinas Kesehatan Hewan"
    (Hewan is no next field: another agency than the Dinas Kesehatan); never one word of
    :data:`_NO_START`; none of a unit's name (:data:`_UNIT_FIELDS`: "Dinas Kesehatan UPT Puskesmas X")."""
    parts = re.findall(r"[^\s,]+|,", name)
    capitals = name.isupper()
    starts = []
    for at in range(1, len(parts)):
        part = parts[at]
        bare = re.sub(r"[\W_]", "", part)
        abbreviation = (any(ch.isdigit() for ch in bare) and not bare.isdigit()) or (  # "P3A"; not "2"
            not capitals and len(bare) > 1 and bare.isupper()
        )
        begins = parts[at + 1] if part == "," and at + 1 < len(parts) else part
        if (part == "," or abbreviation) and re.sub(r"[\W_]", "", begins).casefold() in _UNIT_FIELDS:
            return []
        if part == "," or part.casefold() in _FIELD_WORDS or abbreviation:
            start = name_words(" ".join(word for word in parts[:at] if word != ","))
            if start and start not in starts and not (len(start) == 1 and start[0] in _NO_START):
                starts.append(start)
    return starts


def end_keys(word: str) -> set[tuple[str, str]]:
    """Keys of the last word of a run an abbreviation spells (:func:`_ends`): the word itself ("w"), and
    each start of it an abbreviation may end with ("p": "h", "hu", "hub" ... of perhubungan's "hub...")."""
    keys = set()
    for typed in {word, _repeated(word)}:  # "p3a" spelt as "pppa" (:func:`spelt_by_words`)
        keys.add(("w", typed))
        for start, least in _starts(typed):
            keys.update(("p", start[:size]) for size in range(least, len(start) + 1))
    return keys


def spelling_letters(words: Sequence[str]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Of a name (``words``) as :func:`spelt_by_words` reads it as the longer: its words, the letters
    of its words, and the first letters of what an abbreviation may take of them (:func:`_starts`), for
    :func:`may_spell`."""
    spelt = [_repeated(word) for word in words]
    return (
        frozenset(spelt),
        frozenset("".join(spelt)),
        frozenset(start[0] for word in spelt for start, _ in _starts(word) if start),
    )


def spelling_tokens(short: Sequence[str]) -> tuple[str, ...]:
    """The words of ``short`` as :func:`spelt_by_words` reads them (a letter's count repeated), but
    "dan" / "serta" and irregular abbreviations, for :func:`may_spell`."""
    return tuple(word for word in map(_repeated, short) if word not in _LEFT_OUT and word not in _IRREGULAR)


def may_spell(tokens: Sequence[str], letters: tuple[frozenset[str], frozenset[str], frozenset[str]]) -> bool:
    """False only when :func:`spelt_by_words` of a shorter name whose :func:`spelling_tokens` are
    ``tokens`` and the longer name whose :func:`spelling_letters` are ``letters`` is False: a word of the
    shorter neither "dan" / "serta", nor one of the longer's words, nor an irregular abbreviation, nor an
    abbreviation of two of its words or more (two letters at least, beginning with what one of them may
    begin with, of their letters: "5" of "... Negeri 5 ..." abbreviates nothing of "... Negeri 16 ...").
    Cheap, so that thousands of names of one template sharing their last words are not each spelt
    against one another."""
    words, chars, firsts = letters
    return all(
        word in words or (len(word) >= 2 and word[0] in firsts and chars.issuperset(word)) for word in tokens
    )


def token_end_keys(token: str) -> set[tuple[str, str]]:
    """Keys (:func:`end_keys`) the last word of a run ``token`` spells has one of: the start it ends with
    (its letters after the first), or an irregular abbreviation's last word (:data:`_IRREGULAR`)."""
    repeated = _repeated(token)  # "p2kb" spells as "ppkb" (:func:`spelt_by_words`)
    keys = {("p", spelt[at:]) for spelt in {token, repeated} for at in range(1, len(spelt))}
    if token in _IRREGULAR:
        keys.add(("w", _IRREGULAR[token][-1]))
    return keys


def spelt_words(words: Sequence[str]) -> tuple[str, ...]:
    """The words :func:`spelt_by_words` spells in turn: without "dan" and "serta" (passed over), the
    first kept (never passed over)."""
    return tuple(word for at, word in enumerate(words) if not at or word not in _LEFT_OUT)


def abbreviation_ends(words: Sequence[str]) -> list[str]:
    """The words (letters repeated: "p3a" as "pppa") a run :func:`abbreviates` reads may end at: those
    followed only by a file's own words (:data:`_AROUND`)."""
    words = tuple(word for word in words if word)
    return [_repeated(words[at]) for at in range(len(words)) if _around(words[at + 1 :])]


def abbreviation_token(words: Sequence[str]) -> str:
    """The token :func:`abbreviates` reads of a name of one or two words ("dinas pupr": "dinaspupr")."""
    return _repeated("".join(words).casefold())
