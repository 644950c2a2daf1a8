"""A grade (predikat) read from a cell's text: the known scales' table (Opini BPK "WTP", Predikat SAKIP
"BB", Predikat KLA "Madya"), a grade typed with a plus or minus ("A-", no grade of these scales), with
a note ("WTP (LHP 2024)", "B (64,5)"), or in a form not read as one ("B B", "W.T.P", "Predikat: A"),
and the advice after a target's galat holding such a text. :mod:`lkj_xl.core.predikat` evaluates a
grade indicator with these (and re-exports the names its callers read a grade with). Pure."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from lkj_xl.core import contract as c
from lkj_xl.core.model import Value


@dataclass(frozen=True)
class Predikat:
    skala: str  # "Opini BPK"
    kode: str  # "WTP": the grade as the scale names it
    peringkat: int  # its rank on the scale: higher is better


@functools.cache
def _table() -> dict[str, Predikat]:
    table: dict[str, Predikat] = {}
    for skala, grades in c.PREDIKAT_SKALA.items():
        for rank, (kode, *others) in enumerate(grades):
            for word in (kode, *others):
                table[key_of(word)] = Predikat(skala, kode, rank)
    return table


def key_of(text: str) -> str:
    return " ".join(re.sub(r"[-_/]", " ", c.tidy_text(text)).casefold().rstrip(".").split())


_PAREN = re.compile(r"^(.*?)\s*\((.*)\)$")
# A grade with a plus or minus ("A-", "B+", "BB -"): a grade of another scale (an akreditasi, a school
# report); none of the scales here has signs, and A- is not A (read so, it reached a target "A").
# Any dash Word or a PDF types is the minus (en dash, em dash, hyphen U+2010). A sign glued to the code may be
# followed by a note ("A- (LHE 2024)", "A- LHE 2024", "A-*"); a spaced one by a footnote mark ("A -*)");
# "A - Memuaskan", "A-1", "WTP-DPP" are a code with a note or a name. Only the letters of Predikat SAKIP
# take a sign: "WTP -", "Madya-" is a grade with a stray dash (a note, see baca_awal); "WTP+" is signed.
_SIGN = "[-+\u2010-\u2015\u2212]"
_BERTANDA = re.compile(
    rf"^(.*?\w)(?:{_SIGN}(?:[\s(*\u00b9\u00b2\u00b3].*)?|\s+{_SIGN}(?:[*\u00b9\u00b2\u00b3].*)?)$"
)
_BERTANDA_SKALA = "Predikat SAKIP"
_SKALA_KATA_KATA = "Predikat KLA"  # the scale of grades in words, an accreditation's too


def baca(text: str | None) -> Predikat | None:
    """The grade a cell's text names ("WTP", "Opini WTP", "wajar tanpa pengecualian", "BB (Sangat
    Baik)", "KLA Madya"), or None when it names none (then it stays a status text, as before)."""
    if not text or len(text) > 80 or _BERTANDA.match(c.tidy_text(text)):
        return None  # (see bertanda; "WTP -" is WTP with a note)
    paren = _PAREN.match(text.strip())
    if paren:  # "WTP (Wajar Tanpa Pengecualian)", "BB (Sangat Baik)": both halves must agree
        outer, inner = baca(paren.group(1)), key_of(paren.group(2))
        if outer is None:
            return None
        same = _table().get(inner) == outer or (
            outer.skala == "Predikat SAKIP" and inner in _arti(outer.kode)
        )
        return outer if same else None
    key = key_of(text)
    found = _table().get(key)
    if found is None:
        for prefix in c.PREDIKAT_AWALAN:
            if key.startswith(prefix + " "):
                found = _table().get(key[len(prefix) + 1 :])
                break
    if found is None:
        for prefix in c.PREDIKAT_AWALAN_AKREDITASI:
            if key.startswith(prefix + " "):
                grade = _table().get(key[len(prefix) + 1 :])
                found = grade if grade is not None and grade.skala == _SKALA_KATA_KATA else None
                break
    return found


def _arti(kode: str) -> tuple[str, ...]:
    """The meanings written beside a SAKIP or an IKM code ("A (Sangat Baik)", "BB- Sangat Baik")."""
    return (*c.PREDIKAT_ARTI.get(kode, ()), *c.IKM_ARTI.get(kode, ()))


def bertanda(text: str | None) -> Predikat | None:
    """The grade whose code a grade with a plus or minus carries ("A-": A, "BB +": BB), None for any
    other text: such a text is no grade of the scales known here, never the bare code."""
    signed = _BERTANDA.match(c.tidy_text(text)) if text and len(text) <= 80 else None
    if signed is None or (grade := baca(signed.group(1))) is None:
        return None
    after = signed.group()[signed.end(1) :]
    meaning = after.lstrip("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212").rstrip(". ").strip()
    # "BB- Sangat Baik", "A- (Memuaskan).", "A- [Memuaskan]": the grade's own meaning after a dash is a note
    if key_of(meaning.strip("()[] ")) in _arti(grade.kode):
        return None
    # ("WTP -": a stray dash; "WTP+" no grade of its scale all the same)
    return grade if grade.skala == _BERTANDA_SKALA or "+" in signed.group()[signed.end(1) :] else None


# What follows a grade typed with a note: a footnote mark, a bracket, a slash or dash, a figure ("B
# (64,5)", "WTP*", "WTP 2024"), or a word of a note ("WTP ke-10", "WTP atas LKPD 2024").
_NOTE_AFTER = re.compile(
    r"[*¹²³(/,;:\-\u2013\u2014]|\d|(?:ke|tahun|th|thn|lhp|atas|untuk|berturut|nilai|skor|dengan)\b",
    re.IGNORECASE,
)


def baca_awal(text: str | None) -> tuple[Predikat, str] | None:
    """The grade a text begins with, followed by a note ("WTP (LHP 2024)", "B (64,5)", "WTP*", "Opini
    WTP ke-10"): (the grade, the words naming it); None for a grade alone or any other text. "TW" is
    not read so (a quarter: "TW II belum ada LHP")."""
    if not text or len(text) > 80 or baca(text) is not None or bertanda(text) is not None:
        return None  # ("A-": no A with a note "-")
    for end in range(len(text) - 1, 0, -1):
        if text[end - 1].isalnum() and text[end].isalnum():
            continue  # (within a word: "WTPX", "WTP2024" are no WTP)
        head, rest = text[:end].rstrip(" /,;:-\u2013\u2014"), text[end:].lstrip()
        if not head or not _NOTE_AFTER.match(rest):
            continue
        grade = baca(head)
        if grade is None and (grade := baca(_rapat(head))) is not None:  # "B-B (70,5)": BB, never B
            head = grade.kode
        after = baca(rest.lstrip(" :;,/-\u2013\u2014"))
        if after is not None and grade is not None and after.skala == grade.skala:
            continue  # ("KLA: Nindya": the programme's name, read alone as Paripurna, then the grade)
        if grade is not None and grade.kode != "TW":
            return grade, head
    return None


# A note saying the grade is not there yet ("WTP (menunggu LHP BPK)", "B (proses evaluasi 2025)", "WTP
# (target)"): a status (belum dapat diukur), never a grade with a note to type alone.
BELUM = re.compile(
    r"\b(?:menunggu|tunggu|belum|(?:di)?proses|(?:di)?target\w*|(?:di)?rencana\w*|proyeksi|sementara|"
    r"(?:di)?usul\w*|(?:di)?perkira\w*|estimasi|prognos\w*|(?:di)?harap\w*|akan|draft?|rancangan|konsep|"
    r"sedang|tahap|progres\w*|(?:di)?jadwal\w*|tentatif)\b"
)


# A label before the grade ("Predikat: A", "Hasil evaluasi: BB"), unless it says the grade is another
# year's or not there yet ("Tahun lalu: BB", "Target: A"); the LHE's score with its grade ("Nilai 72,5 (BB)").
_LABEL = re.compile(r"^([^\W\d_]+(?:\s+[^\W\d_]+)*)\s*[:=]\s*(.+)$")
_LAIN_WAKTU = re.compile(r"\b(?:lalu|sebelum\w*|kemarin)\b")
_NILAI_KODE = re.compile(r"^(?:nilai|skor)\s*:?\s*\d[\d.,]*\s*\((.+)\)$", re.IGNORECASE)


def _rapat(text: str) -> str:
    """``text`` without the spaces, dots and dashes between its letters and the quotes around it ("B B",
    "W.T.P", "B-B", '"BB"': "BB"); a dash after the last letter stays ("A-": a signed grade)."""
    return re.sub(r"(?<=\w)\s*[-\u2010-\u2015\u2212]\s*(?=\w)|[\s.]+", "", text).strip(_QUOTES)


_QUOTES = "\"'\u2018\u2019\u201c\u201d"


def unread_grade(text: str, grade: Predikat | None, loose: bool) -> Predikat | None:
    """The grade of ``grade``'s scale (None: of any) a text holds in a form :func:`baca` does not read:
    spaced, dotted or dashed letters ("B B", "W.T.P", "B-B"), in quotes ('"BB"'), with its meaning in
    brackets ("B-B (Sangat Baik)"), after a label ("Predikat: A") or an LHE score; with ``loose`` before
    a note in brackets too ("opini wdp (sementara)"). A status mentioning a grade's letters or words
    otherwise holds none: "s.d. TW II" no D nor TW (Tidak Wajar), "verifikasi KLA" no Paripurna, "Tahun
    lalu BB", "menuju Nindya", and (without ``loose``) "B (sementara)"."""
    forms = [_rapat(text)]
    if paren := _PAREN.match(text.strip()):  # "B-B (Sangat Baik)": baca checks the meaning is BB's
        forms.append(f"{_rapat(paren[1])} ({paren[2]})")
    label = _LABEL.match(text)
    if label and not (BELUM.search(label[1].casefold()) or _LAIN_WAKTU.search(label[1].casefold())):
        forms.append(_rapat(label[2]))
    if scored := _NILAI_KODE.match(text):
        forms.append(scored[1])
    if loose:  # the grade before a note in brackets ("opini wdp (sementara)", "B B (sementara)")
        head = text.split("(", 1)[0]
        forms += [head, _rapat(head)]
    found = (baca(w) for w in forms if w)
    return next((g for g in found if g is not None and (grade is None or g.skala == grade.skala)), None)


def saran_target(status: str) -> str:
    """The advice after a target's galat "bukan angka" whose text is a grade not read as one: typed
    unlike a grade ("B-B", "B B (Sangat Baik)": BB), with a note ("BB (70)"), or signed ("A-"); ""
    for any other text. Never "TW" (a quarter, not the Opini Tidak Wajar)."""
    unread = unread_grade(status, None, False)
    if unread is not None and unread.kode != "TW":
        return f'; bila targetnya predikat, tulis predikatnya saja ("{unread.kode}")'
    if (noted := baca_awal(status)) is not None:  # "BB (70)": a grade, no figure
        return f'; bila targetnya predikat, tulis predikatnya saja ("{noted[1]}") dan catatannya di kolom Keterangan'
    if bertanda(status) is not None:  # "A-": no known scale has signs
        return (
            "; predikat bertanda plus/minus tidak ada pada skala predikat yang dikenal (mis. Predikat "
            'SAKIP AA sampai D, Opini BPK "WTP"): tulis target sesuai skala predikatnya, atau angka'
        )
    return ""


def predikat_lain(value: Value) -> Predikat | None:
    """The grade a realisasi cell of a numeric indicator holds ("WTP" beside a target 100): a galat."""
    if not value.status or value.exact is not None:
        return None
    status = _GRADE_WORD.sub("", value.status)  # ("Nilai B" beside 80: the grade B, as "B" is)
    # ("A-" beside 100: a grade all the same; "B (sementara)": a grade not final, a grade still)
    return baca(status) or bertanda(status) or sementara(status)


# A note saying a grade is not final ("B (sementara)", "BB (draft)", "A (belum final)"): the grade typed,
# doubted (kinerja66: beside a numeric target it was a status, TW I scored; beside a grade's, TW I's grade).
_SEMENTARA = re.compile(r"sementara|tentatif|draft?|belum\s+final|belum\s+definitif", re.IGNORECASE)


def sementara(text: str) -> Predikat | None:
    """The grade ``text`` holds before a note in brackets saying it is not final ("B (sementara)",
    "Nilai BB (draft)"); None for any other text ("B (menunggu LHE)": no grade yet, a status)."""
    found = _PAREN.match(_GRADE_WORD.sub("", text.strip()))
    if found is None or not _SEMENTARA.fullmatch(found[2].strip(" .")):
        return None
    grade = baca(found[1].strip())
    return grade if grade is not None and grade.kode != "TW" else None


# A word naming the grade before it ("Nilai B", "Predikat: BB", "Kategori A"): the grade alone follows.
_GRADE_WORD = re.compile(r"^\s*(?:nilai|predikat|kategori|mutu)\b\s*:?\s*(?=\S)", re.IGNORECASE)
