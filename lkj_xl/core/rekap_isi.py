"""One workbook sent under two names: agencies of one Pemda and period whose indicators, figures and
budget are the same to the last digit ("Dinas Kesehatan" and, in a forwarded "Copy of ...", "Dinkes").
Pure.

The rekap tells agencies apart by their names (rekap_ganda), and an abbreviation is another agency to
it: both files are ranked, charted and summed, the agency counted twice in every total. Names cannot
tell, the content can: two agencies never report the same indicators with the same realisasi and the
same pagu and spending. The rekap still counts both (which name stands is the analyst's call) and
says so, naming the files.
"""

from __future__ import annotations

import hashlib
import io
import pickle
from collections import defaultdict
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from lkj_xl.core.kalimat import daftar
from lkj_xl.core.model import Report
from lkj_xl.core.rekap_ganda import agency_identity, agency_key, period_of, period_text, who
from lkj_xl.core.rekap_isi_singkat import abbreviation_pairs
from lkj_xl.core.rekap_singkatan import abbreviates, ambiguous, spelt_by_words


def measured(report: Report) -> bool:
    """Whether the agency filled anything of its own: a realisasi of an indicator (a number, or a
    grade such as WTP, also a quarter's when the year's is belum diketahui) or budget spending. Files of
    several agencies made from one template (one Kecamatan's indicators and targets copied for all) are
    alike to the last digit until then."""
    if any(
        ind.realisasi is not None
        or ind.realisasi_text
        or any(v is not None for v in ind.realisasi_tw)
        or any(ind.realisasi_tw_tertulis)  # (core.target_tertulis: a quarter's grade as typed)
        for ind in report.indicators
    ):
        return True
    return any(b.realisasi or any(b.realisasi_tw) for b in report.budgets)  # (0 spent is nothing spent)


def fingerprint(
    report: Report, indicators: Sequence[tuple], programs: Sequence[tuple], head: int, tail: int
) -> str | None:
    """SHA-256 of an agency's indicator and budget rows without their first ``head`` values (whose
    rows: names, file) and last ``tail`` (period and keys, made of the names), and the quarters as
    typed (:class:`~lkj_xl.core.model.IndicatorResult`'s, the budgets'); None without
    indicators (blank workbooks are alike and said apart, core.rekap_peringatan.warnings), and before the agency
    filled anything of its own (:func:`measured`: no warning "one workbook under two names" for the
    Kecamatan of one template)."""
    if not indicators or not measured(report):
        return None
    # what was typed in each quarter too: with the Triwulan unread every realisasi and capaian is galat,
    # the rows alike whatever each agency typed
    typed: list[tuple[object, ...]] = [(ind.realisasi_tw, ind.realisasi_tw_text) for ind in report.indicators]
    typed += [(budget.realisasi_tw,) for budget in report.budgets]
    return _digest(
        [[row[head : len(row) - tail] for row in table] for table in (indicators, programs)] + [typed]
    )


def _digest(tables: list[list[tuple]]) -> str:
    buffer = io.BytesIO()
    # Fast mode keeps no memo: equal values give equal bytes whichever objects hold them (a memo
    # would write a repeated "Positif" as a reference in one file and whole in another). Pickling is
    # 4 times faster than repr here: under 1 % of reading and computing the workbook.
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True
    pickler.dump(tables)
    return hashlib.sha256(buffer.getbuffer()).hexdigest()


def plan_fingerprint(
    report: Report, indicators: Sequence[tuple], programs: Sequence[tuple], kept: tuple[list[int], list[int]]
) -> str | None:
    """SHA-256 of what an agency planned: of each indicator and budget row the values at ``kept``
    (its Tingkat, Kode, Indikator, Satuan and target; its Kode and pagu), no realisasi. None without
    indicators or a pagu, and before it filled anything of its own (:func:`measured`)."""
    if not indicators or not any(b.pagu for b in report.budgets) or not measured(report):
        return None
    return _digest([list(map(_kept(at), table)) for table, at in zip((indicators, programs), kept)])


def _kept(at: Sequence[int]) -> Callable[[tuple], tuple]:
    """``tuple(row[i] for i in at)`` of a row: itemgetter's for two places or more (no generator per
    row), which for one place gives the value itself, not a tuple."""
    if len(at) > 1:
        return itemgetter(*at)
    return lambda row: tuple(row[i] for i in at)


def _groups(rows: Sequence[dict[str, Any]], key: str = "isi") -> list[list[dict[str, Any]]]:
    """The rows (file order) of each content (``key``: "isi", or "rencana", the plan) shared by
    agencies of different names, per Pemda and period."""
    groups: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row.get(key):
            identity = agency_identity(row)
            groups[(identity[0] if identity else None, period_of(row), row[key])].append(row)
    found = []
    for group in groups.values():
        names = {agency_key(row) for row in group}
        if len(names) > 1:
            found.append(group)
    return found


def _period_names(rows: Sequence[dict[str, Any]]) -> Callable[[tuple[Any, Any]], str]:
    """:func:`period_text` of a period over ``rows``, read once per period: once per group read every
    row again for each (groups x agencies)."""
    names: dict[tuple[Any, Any], str] = {}

    def named(period: tuple[Any, Any]) -> str:
        if period not in names:
            names[period] = period_text(period, rows)
        return names[period]

    return named


def same_content_warnings(rows: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    """(jenis, pesan) per content sent under several agency names (rows: the files counted)."""
    named = _period_names(rows)  # one name per period
    found = []
    for group in _groups(rows):
        times = "dua kali" if len(group) == 2 else f"{len(group)} kali"
        found.append(
            (
                "Isi sama",
                f"Pada {named(period_of(group[0]))}, {daftar([who(row) for row in group])} berisi "
                "indikator, target, realisasi dan anggaran yang sama persis dengan nama perangkat daerah yang "
                "berbeda: satu buku kerja yang dikirim dengan nama lain? Semuanya dihitung sebagai perangkat "
                f"daerah tersendiri, sehingga indikator, pagu dan realisasinya dihitung {times} dalam peringkat, "
                "jumlah dan tabel. Bila perangkat daerahnya sama (mis. namanya disingkat), pindahkan berkas "
                "yang tidak berlaku dari folder lalu rekap ulang.",
            )
        )
    return found


def _name_words(row: dict[str, Any]) -> tuple[str, ...]:
    """The words of the agency's name as the rekap reads it ("dinas koperasi dan ukm")."""
    identity = agency_identity(row)
    return tuple(identity[1].split()) if identity else ()


# Units that exist once per place, named by it ("Kecamatan Tempeh", "UPT Puskesmas Cilandak", "SD Negeri
# 2 Tempeh"): one template, maybe one pagu, yet different agencies. Never Dinas, Badan, Sekretariat,
# Inspektorat: there, two names sharing a start are one agency's revision.
_PER_PLACE = frozenset(
    {"kecamatan", "kelurahan", "desa", "upt", "uptd", "puskesmas", "sd", "sdn", "smp", "smpn", "sma", "sman",
     "smk", "smkn", "rsud"}
)  # fmt: skip


def _places(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two units of one per-place kind named by their place, of any word count ("upt puskesmas
    sukodono", "upt puskesmas rawat inap tempeh"; "kelurahan sukamaju", "kelurahan sukamaju baru")."""
    return a != b and a[0] == b[0] and a[0] in _PER_PLACE


def _abbreviated(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name the other's abbreviation, never of a per-place unit's: a name of one or two words
    spelling, joined, the other's longer one ("dinas pupr", "dpupr" of "dinas pekerjaan umum dan
    penataan ruang"; "satpol pp"), as a file's name is read (rekap_singkatan.abbreviates); a name of
    any length spelling it word by word ("dinas pu dan pr", "satpol pp dan damkar":
    rekap_singkatan.spelt_by_words); or one abbreviation the other with a letter or two more (:func:`_one_more`)."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if not short or {short[0], long[0]} & _PER_PLACE:
        return False
    if len(short) == len(long) == 1:
        return _one_more(short[0], long[0])
    if len(long) <= len(short):
        return False
    return (len(short) <= 2 and abbreviates("".join(short), long)) or spelt_by_words(short, long)


def _one_more(a: str, b: str) -> bool:
    """Two abbreviations of one agency, the later with a letter or two more inside ("bpkd", "bpkad": the
    Badan Pengelolaan Keuangan (dan Aset) Daerah; a Pemda has one finance agency): the shorter, three
    letters at least, in the longer in turn, the same first and last letter; never one of two
    agencies' (rekap_singkatan.ambiguous: "bkd", "bkpsdm")."""
    short, long = sorted((a, b), key=len)
    if (
        not (3 <= len(short) < len(long) <= len(short) + 2)
        or not (short + long).isalpha()
        or ambiguous(short)
    ):
        return False
    letters = iter(long)
    return short[0] == long[0] and short[-1] == long[-1] and all(letter in letters for letter in short)


# Words after which a name goes on with another field of the same agency ("Dinas Koperasi dan UKM"; "&"
# is read "dan"), and the word a name may end with or leave out ("Badan Pendapatan (Daerah)")
_FIELD_JOINS = frozenset({"dan", "serta"})
_TRAILING = "daerah"


def _trimmed(words: tuple[str, ...]) -> tuple[str, ...]:
    """The name without a last "daerah" when two words are left ("badan pendapatan daerah": "badan
    pendapatan"; "sekretariat daerah" kept whole, never the start of "sekretariat dprd")."""
    return words[:-1] if len(words) > 2 and words[-1] == _TRAILING else words


def _field(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words before the first "dan" / "serta": the agency's first field ("dinas koperasi" of "dinas
    koperasi dan ukm"); the whole name without one ("dinas pu bina marga")."""
    for at, word in enumerate(words):
        if word in _FIELD_JOINS:
            return words[:at]
    return words


def _alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Names one agency's revision may have been typed with: one the start of the other ("inspektorat",
    "inspektorat daerah"; "dinas pendidikan", "dinas pendidikan, pemuda dan olahraga"), a last "daerah"
    aside (:func:`_trimmed`); one beginning with the other's first field of two words or more, the one
    before its "dan" ("dinas koperasi dan ukm"; "dinas koperasi & usaha mikro", "dinas koperasi usaha
    mikro": :func:`_field`); or one the other's abbreviation ("dinas pupr": :func:`_abbreviated`);
    unless they name per-place units by their place (:func:`_places`). Two names going on apart from a
    shared start are two agencies ("dinas pu bina marga", "dinas pu sda"; "bagian administrasi
    pembangunan", "bagian administrasi perekonomian")."""
    if not a or not b:  # an agency without a name: nothing to compare
        return False
    if _places(a, b):
        return False
    short, long = sorted((_trimmed(a), _trimmed(b)), key=len)
    return (
        long[: len(short)] == short or _field_of(short, long) or _field_of(long, short) or _abbreviated(a, b)
    )


def _field_of(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """``other`` begins with the first field of ``one`` (two words or more, before its "dan")."""
    field = _field(one)
    return 2 <= len(field) < len(one) and other[: len(field)] == field


def _alike_groups(plan: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The rows of ``plan`` (file order) joined by alike names (:func:`_alike`, taken transitively), each
    group in file order, the groups in the order of their first rows. Found from each name's keys, not by
    comparing every pair (a province's agencies sharing one template): a name joins each of its starts
    that is another name or another's first field (:func:`_field_of`); per-place units only names alike to
    the letter; abbreviations by rekap_isi_singkat.abbreviation_pairs."""
    words = [_name_words(row) for row in plan]
    keys: list[tuple] = []
    for index, name in enumerate(words):
        if not name:  # no name: alike with none
            keys.append(("alone", index))
        elif name[0] in _PER_PLACE:
            keys.append(("place", name))
        else:
            keys.append(("name", _trimmed(name)))
    joined: dict[tuple, tuple] = {}

    def root(key: tuple) -> tuple:
        path = []
        while key in joined:
            path.append(key)
            key = joined[key]
        for step in path:  # (each key once more straight to its root: chains stay short)
            joined[step] = key
        return key

    def join(one: tuple, other: tuple) -> None:
        one, other = root(one), root(other)
        if one != other:
            joined[other] = one

    names = {key for key in keys if key[0] == "name"}
    # the first fields of names going on after them with "dan" ("dinas koperasi" of "dinas koperasi dan ukm")
    fields = {("field", _field(key[1])) for key in names if 2 <= len(_field(key[1])) < len(key[1])}
    for key in names:
        name = key[1]
        for end in range(1, len(name)):  # each start of the name that is another name or such a field
            for start in (("name", name[:end]), ("field", name[:end])):
                if start in names or start in fields:
                    join(start, key)
    # an abbreviation ("dinas pupr") joins the names it abbreviates
    for index, other in abbreviation_pairs(words, _PER_PLACE, lambda a, b: _abbreviated(a, b)):
        join(keys[index], keys[other])
    groups: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for row, key in zip(plan, keys):
        groups[root(key)].append(row)
    return list(groups.values())


def same_plan_warnings(rows: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    """(jenis, pesan) per plan (indicators, targets and pagu) sent under alike names ("Dinas Koperasi
    dan UKM", "Dinas Koperasi & Usaha Mikro"; "Inspektorat", "Inspektorat Daerah") with other
    realisasi: one agency's report sent again as a revision under a name the rekap cannot read as its
    own. Units of one kind named by their place ("Kecamatan Sukodono", "Kecamatan Tempeh"; "UPT
    Puskesmas Sukodono", "UPT Puskesmas Tempeh": a template, maybe one pagu) are not warned about;
    the same content to the last digit is said by :func:`same_content_warnings` alone."""
    named = _period_names(rows)  # one name per period
    found = []
    for plan in _groups(rows, "rencana"):
        for group in _alike_groups(plan):
            if len({agency_key(row) for row in group}) < 2 or len({row.get("isi") for row in group}) == 1:
                continue
            times = "dua kali" if len(group) == 2 else f"{len(group)} kali"
            found.append(
                (
                    "Rencana sama",
                    f"Pada {named(period_of(group[0]))}, {daftar([who(row) for row in group])} "
                    "berisi indikator, target dan pagu yang sama persis dengan nama perangkat daerah yang "
                    "berbeda; hanya realisasinya yang berbeda: laporan satu perangkat daerah yang dikirim "
                    "ulang dengan nama lain? Semuanya dihitung sebagai perangkat daerah tersendiri, sehingga "
                    f"pagunya dihitung {times} dalam jumlah. Bila perangkat daerahnya sama, pindahkan berkas "
                    "yang tidak berlaku dari folder lalu rekap ulang; bila memang berbeda, abaikan peringatan "
                    "ini.",
                )
            )
    return found


def same_content_notes(rows: Sequence[dict[str, Any]]) -> dict[str, str]:
    """Pemeriksaan's note of each such file (berkas: keterangan), naming the others."""
    notes = {}
    for group in _groups(rows):
        for row in group:
            others = daftar([who(other) for other in group if other is not row])
            notes[row["berkas"]] = (
                f"isinya sama persis dengan {others}: dihitung lebih dari sekali bila perangkat daerahnya "
                "sama (lihat peringatan Isi sama)"
            )
    return notes
