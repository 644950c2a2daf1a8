"""An indicator's name that says its lower value is better ("Angka kemiskinan", "Indeks Risiko
Bencana", "Jumlah kejadian kebakaran", a "waktu" in menit): the word the peringatan of a blank Polaritas
names (parse), and whether a Satuan is one of time. Moved out of :mod:`lkj_xl.core.pasted` (which
re-exports :func:`lower_is_better` and :func:`duration_unit`) when its word lists grew. Pure."""

from __future__ import annotations

import functools
import re

from lkj_xl.core.kata_jumlah import COUNT_WORDS
from lkj_xl.core.nama_periode import HALF_WORD, QUARTER_WORD
from lkj_xl.core.nama_sambung import RUSAK, adjective_key, negated, past_more, spaced
from lkj_xl.core.satuan_laju import per_births, read_rate
from lkj_xl.core.word_filter import any_word

# Indicator words of a level where less is better (the report's "Bernilai Negatif": poverty, inflation,
# a death rate). A word of the fall itself ("penurunan angka kemiskinan") or of handling it
# ("pengendalian inflasi"), or of being free of it ("desa bebas stunting", "pemberantasan buta aksara"),
# measures progress: higher is better there.
_LOWER_IS_BETTER = (
    "kemiskinan",
    "pengangguran",
    "inflasi",
    "stunting",
    "gizi buruk",
    "kematian",
    "prevalensi",
    "gini",
    "kriminalitas",
    # (not the place: "lokasi rawan kecelakaan" is read as a _PLAIN_ONLY word, the work there quiet)
    r"(?<!rawan )kecelakaan",
    "putus sekolah",
    "buta aksara",
    "buta huruf",
    "mengulang",
    # a hospital's (RSUD): death rates as its reports name them, infections, patient safety incidents
    "death rate",
    "ndr",
    "gdr",
    "mortalitas",
    "infeksi",
    "hais",
    # (a Dinkes's "Insidensi Tuberkulosis", "Insidens TBC", malaria's "Annual Parasite Incidence": its
    # incidence; never the estimate a coverage is measured against, "terhadap estimasi insidens")
    r"(?<!estimasi )(?<!perkiraan )insiden(?:si|s)?",
    r"(?<!estimated )incidence(?! rate)",
)
# A district's (RPJMD): the poor, lagging villages, slums, disparity, morbidity, food insecurity,
# violations, audit findings, uninhabitable houses, social welfare problems, water losses. Most names
# with them measure the part served ("Cakupan pelayanan kesehatan penduduk miskin", "Persentase RTLH
# yang dibangun"): they count only where the name plainly measures the bad thing itself (_plainly).
_PLAIN_ONLY = (
    "miskin",
    "tertinggal",
    "kumuh",
    "ketimpangan",
    "williamson",
    "kesakitan",
    "case fatality rate",
    "cfr",
    "rawan pangan",
    "kerawanan pangan",
    "pelanggaran",
    "temuan",
    "tidak layak huni",
    "rtlh",
    "pmks",
    "penyandang masalah kesejahteraan sosial",
    "kehilangan air",
    "hukuman disiplin",
    # a BPBD's and a fire brigade's (Damkar): BNPB's disaster risk index, fires counted, lives lost; a
    # morbidity rate under its English name (Dinkes)
    "risiko bencana",
    "kejadian kebakaran",
    "kasus kebakaran",
    "kebakaran",
    "korban jiwa",
    "korban meninggal(?: dunia)?",
    # a BPBD's victims counted ("Jumlah korban bencana", "korban meninggal akibat bencana"), never those
    # served ("korban bencana yang tertangani", "bantuan bagi korban bencana": _HOLDERS, _PROGRESS)
    "korban",
    "incidence rate",
    # a Dinkes's undernourished mothers and children, anaemia, low birth weight
    "kurang energi kronis",
    "kek",
    "anemia",
    "bblr",
    "gizi kurang",
    "wasting",
    "underweight",
    # a Dinas Lingkungan Hidup's pollution and environmental damage counted ("Jumlah kasus pencemaran
    # lingkungan", "Indeks Pencemaran Air"), never the work against them (pengendalian, penanganan)
    "pencemaran",
    "kerusakan lingkungan",
    # a Dinas Pendidikan's children out of school (Anak Tidak Sekolah), a BPBD's disasters counted ("Jumlah
    # kejadian bencana"), never the work against them (penanganan, pencegahan) or the part handled
    "tidak (?:ber)?sekolah",
    "ats",
    "kejadian bencana",
    # a Dinas Perhubungan's accident-prone spots counted ("Jumlah titik rawan kecelakaan"), never the road
    # furniture put there ("Persentase ... perlengkapan jalan di lokasi rawan kecelakaan")
    "rawan kecelakaan",
    # a Dinkes's and a BPBD's outbreaks, losses, people affected or displaced, dengue and new HIV cases
    # counted ("Jumlah desa yang mengalami KLB", "Nilai kerugian akibat bencana", "Jumlah kasus baru HIV"),
    # never the work on them ("penanganan KLB") nor the part served ("penduduk terdampak yang menerima
    # bantuan", "pengungsi yang tertangani"); HIV cases found ("penemuan kasus HIV") are higher-is-better,
    # so only new cases are named
    "klb",
    "kejadian luar biasa",
    "kerugian",
    "terdampak",
    "pengungsi",
    r"(?:kasus|penderita) (?:baru )?(?:dbd|demam berdarah(?: dengue)?)",
    r"(?:kasus|penderita) (?:baru hiv(?:/aids)?|hiv(?:/aids)? baru)",
    # a Dinas Pertanian's pests and crop failures counted ("Jumlah kasus serangan OPT", "Luas serangan
    # OPT terhadap luas tanam", "Luas lahan puso", "kejadian gagal panen"), never the work against them
    # ("Pengendalian serangan OPT") nor the part handled ("... yang dikendalikan", "petani gagal panen
    # yang menerima asuransi"); "hama penyakit" often written without "dan"
    r"(?:serangan|terserang) (?:opt|organisme pengganggu tumbuhan|hama(?: (?:dan )?penyakit)?(?: tanaman)?)",
    "puso",
    "gagal panen",
    # a Dinas PUPR's and a Dinas Pendidikan's damaged roads, bridges and classrooms, a district's flooding
    # ("Persentase jalan kabupaten dalam kondisi rusak berat", "Jumlah ruang kelas rusak", "Luas genangan
    # banjir"), never the work on them ("Rehabilitasi jalan kondisi rusak", "... rusak yang diperbaiki")
    RUSAK,  # (its grades listed too: "rusak ringan/berat", "rusak sedang dan berat": nama_sambung)
    "kerusakan jalan",
    "genangan",
)
# "KEK" is also a Kawasan Ekonomi Khusus ("Luas kawasan KEK"): Kurang Energi Kronis only of these holders.
_KEK_HOLDERS = frozenset({"ibu", "hamil", "bumil", "remaja", "putri"})
# Adjectives: the peringatan names their noun phrase ("penduduk miskin"), never "indikator miskin".
_ADJECTIVES = frozenset(
    {"miskin", "tertinggal", "kumuh", "rawan pangan", "tidak layak huni", "tidak sekolah", "tidak bersekolah"}
    | {"rawan kecelakaan", "terdampak", "rusak", "rusak berat", "rusak ringan", "rusak sedang"}
)
# Nouns named with what follows them ("korban bencana", "korban meninggal akibat bencana").
_NAMED_WITH_TAIL = frozenset({"korban"})
# An age's figures and its unit after "usia" / "umur" ("penduduk usia 7-18 tahun", "usia 7 s.d. 18 th").
_AGE_WORDS = frozenset({"tahun", "th", "thn", "s", "d", "sd", "sampai", "hingga"})
# Adjectives that name the thing without their noun ("Angka Tidak Sekolah"): the children are meant.
_NAMED_ALONE = frozenset({"tidak sekolah", "tidak bersekolah"})
_LOWER_WORD = re.compile(rf"\b({'|'.join(_LOWER_IS_BETTER)})\b")  # one search per row
_PLAIN_WORD = re.compile(rf"\b({'|'.join(_PLAIN_ONLY)})\b")
# Either list's words' literal starts anywhere, without the word boundaries, as a tree of letters: a
# match of _LOWER_WORD or _PLAIN_WORD (in the name or in it without its place) holds one (word_filter;
# about 3x faster than the words' own alternation, whose lookbehinds lost C's scan for first letters).
_ANY_WORD = any_word(_LOWER_IS_BETTER + _PLAIN_ONLY)
# The words that may stand before a _PLAIN_ONLY word: a measure, then who or what has it ("Persentase
# rumah tangga miskin", "Persentase ASN yang dijatuhi hukuman disiplin", "Jumlah desa yang masih
# tertinggal"); any other word ("Cakupan pelayanan ...", "... yang tidak ...", "tanpa") and it is quiet.
_MEASURES = frozenset(
    [
        "persentase",
        "presentase",
        "prosentase",
        # "jumlah" and its shortenings are kata_jumlah's ("Jml kasus DBD", "Jlh. penderita HIV baru")
        *COUNT_WORDS,
        "luas",
        "luasan",
        "panjang",
        "angka",
        "tingkat",
        "rasio",
        "proporsi",
        "indeks",
        "index",
        "nilai",
        "banyaknya",
        "total",
        "rata",
        "frekuensi",
    ]
)
_HOLDERS = frozenset(
    [
        "penduduk",
        "rentan",  # ("penduduk rentan miskin")
        "rumah",
        "tangga",
        "rt",
        "keluarga",
        "kk",
        "desa",
        "kelurahan",
        "kawasan",
        "permukiman",
        "pemukiman",
        "lingkungan",
        "daerah",
        "wilayah",
        "kecamatan",
        "masyarakat",
        "warga",
        "jiwa",
        "asn",
        "pns",
        "pegawai",
        "kasus",
        "kampung",
        "yang",
        "yg",
        "dijatuhi",
        "terkena",
        "melakukan",
        "berstatus",
        "masih",
        "ibu",
        "hamil",
        "bumil",
        "balita",
        "baduta",
        "bayi",
        "anak",
        "remaja",
        "putri",
        # the spots of a Dinas Perhubungan's "titik / lokasi / ruas jalan rawan kecelakaan"
        "titik",
        "lokasi",
        "ruas",
        "jalan",
        # a Dinas Pendidikan's "anak usia sekolah yang tidak sekolah", "penduduk usia 7-18 tahun ..." (the
        # age's figures and "tahun" after "usia": _without_age)
        "usia",
        "umur",
        "sekolah",
        # a Dinkes's "Jumlah desa yang mengalami KLB", "Jumlah kejadian KLB", "Jumlah desa dengan KLB"
        "mengalami",
        "kejadian",
        "dengan",
        # the land of a Dinas Pertanian's "Luas lahan (sawah) puso", "luas areal serangan OPT"
        "lahan",
        "sawah",
        "areal",
        "tanaman",
        "pertanaman",
        # what a Dinas PUPR's and a Dinas Pendidikan's damage is of ("jalan kabupaten dalam kondisi rusak",
        # "jaringan irigasi rusak", "saluran drainase rusak", "ruang kelas rusak berat", "jembatan rusak")
        "kabupaten",
        "kota",
        "dalam",
        "kondisi",
        "jembatan",
        "jaringan",
        "irigasi",
        "saluran",
        "drainase",
        "bangunan",
        "gedung",
        "ruang",
        "kelas",
        # the school level and the shortened district of the same names ("ruang kelas SD dalam kondisi rusak",
        # "jalan Kab. rusak berat")
        "sd",
        "smp",
        "sma",
        "smk",
        "mts",
        "paud",
        "kab",
    ]
)
# After it, only a harmless tail keeps the name the bad thing itself ("... ekstrem", "... perkotaan", "temuan
# BPK atas laporan keuangan", "... di Kabupaten Lumajang", a year, a bracket); any other word ("RTLH
# dibangun", "temuan tuntas", "PMKS dilayani", "yang mendapat ...") and it is quiet: precision over
# recall. "yang belum/tidak/masih ..." is still the bad thing ("temuan BPK yang belum ditindaklanjuti"), and
# so is "(yang) berulang" (an Inspektorat's "Jumlah temuan berulang"; not "yang tidak berulang"): only its
# "yang" is dropped, what follows read as usual ("temuan yang berulang yang ditindaklanjuti": the part handled).
_STILL_BAD = re.compile(
    r"\s+(?:yang|yg)\s+(?:belum|tidak(?!\s+(?:berulang|terulang)\b)|masih)\b.*"
    r"|\s+(?:yang|yg)(?=\s+(?:berulang|terulang)\b)"
)
_TAIL_DROPPED = re.compile(r"\([^)]*\)|\b(?:19|20)\d\d\b|\bper\s+[\d.]+\s+penduduk\b")
_HARMLESS_TAIL = frozenset(
    [
        "ekstrem",
        "rentan",  # ("penduduk miskin dan rentan (miskin)": both bad; it was quiet, kinerja66)
        "miskin",
        "perkotaan",
        "perdesaan",
        "pedesaan",
        "di",
        "bpk",
        "inspektorat",
        "atas",
        "laporan",
        "keuangan",
        "hasil",
        "pemeriksaan",
        "oleh",
        "dbd",
        "malaria",
        "perda",
        "ketertiban",
        "umum",
        "lalu",
        "lintas",
        "pendapatan",
        "wilayah",
        "pdam",
        "nrw",
        "dan",
        "sangat",
        "tertinggal",
        "tahun",
        "indonesia",
        "akibat",
        "bencana",
        "alam",
        # what a BPBD's disasters are ("kejadian bencana hidrometeorologi", "... banjir dan tanah longsor")
        "hidrometeorologi",
        "banjir",
        "longsor",
        "kekeringan",
        "gempa",
        "bumi",
        "angin",
        "puting",
        "beliung",
        "kebakaran",
        "hutan",
        "lahan",
        # an Inspektorat's findings found again ("Jumlah temuan berulang")
        "berulang",
        "terulang",
        # what a DLH's pollution is of ("pencemaran lingkungan hidup", "Indeks Pencemaran Air sungai")
        "lingkungan",
        "hidup",
        # a BPBD's victims ("korban meninggal akibat bencana", "korban luka-luka")
        "meninggal",
        "dunia",
        "luka",
        "hilang",
        "air",
        "udara",
        "tanah",
        "sungai",
        "laut",
        # what a BPBD's losses are ("kerugian ekonomi langsung akibat bencana")
        "ekonomi",
        "langsung",
        "materiil",
        "materil",
        "material",
        "harta",
        "benda",
        # what a Dinkes's outbreaks are of ("Jumlah KLB campak", "KLB keracunan pangan"; "pangan" below)
        "campak",
        "difteri",
        "diare",
        "polio",
        "rabies",
        "hepatitis",
        "pertusis",
        "leptospirosis",
        "chikungunya",
        "antraks",
        "keracunan",
        "makanan",
        # the crops and the area a Dinas Pertanian's pests are counted of ("serangan OPT padi terhadap
        # luas tanam", "serangan organisme pengganggu tumbuhan (OPT)")
        "terhadap",
        "luas",
        "tanam",
        "tanaman",
        "pertanaman",
        "padi",
        "jagung",
        "kedelai",
        "pangan",
        "hortikultura",
        "perkebunan",
        "sawah",
        # whose roads are damaged ("kerusakan jalan kabupaten")
        "kabupaten",
        "kab",
        "kota",
    ]
)
# Those written as the hospital writes them in the peringatan.
_ACRONYMS = {
    "ndr": "NDR",
    "gdr": "GDR",
    "hais": "HAIs",
    "cfr": "CFR",
    "rtlh": "RTLH",
    "pmks": "PMKS",
    "williamson": "Williamson",
    "kek": "KEK",
    "bblr": "BBLR",
    "ats": "ATS",
    "klb": "KLB",
    "dbd": "DBD",
    "hiv": "HIV",
    "aids": "AIDS",
    "opt": "OPT",
}
# Progress on the thing (60f0e75's words): every lower-is-better word is quiet beside them.
_PROGRESS = re.compile(
    r"turun|nurun|berkurang|pengurangan|penanganan|penanggulangan|pencegahan|pengendalian|terkendali|tertangani|ketepatan|"
    r"tepat waktu|menekan|bebas|pemberantasan"
)
# The part handled (staff37's): only the RPJMD words (_PLAIN_ONLY) are quiet beside them; "Angka kematian
# pasien di instalasi rehabilitasi medik" is still a death rate.
_HANDLED = re.compile(
    r"pengentasan|tindak lanjut|tindaklanjut|penyelesaian|penegakan|penindakan|rehabilitasi|perbaikan|pemulihan|penataan"
)
_HANDLED_OF = re.compile(rf"\b(?:{_HANDLED.pattern})\s+$")
# The place itself, dropped before the words are read ("di Kabupaten Lumajang", "di kota malang", "DI
# KABUPATEN HULU SUNGAI SELATAN"): at most three words of its name, in any case, ending at a connecting
# word or a word of progress; what follows is read as usual ("... Yang Mendapat Bantuan Sosial": quiet).
_PLACE_ENDS = (
    "yang|yg|penerima|peserta|pada|dengan|tahun|dan|atau|serta|untuk|bagi|oleh|dalam|dari|ke|di|atas|"
    "terhadap|sebagai|melalui|menurut|berdasarkan|per|setelah|sesudah|sebelum|selama|sejak|hingga|sampai|"
    rf"sd|{QUARTER_WORD}|{HALF_WORD}|bulan|periode|tidak|belum|sudah|telah|masih|mendapat\w*|menerima|memperoleh|"
    "berhasil|meningkat|akibat|karena|sesuai"
)
_PLACE = re.compile(
    r"\bdi\s+(?:kabupaten|kota|provinsi|kab)\b\.?"
    rf"(?:\s+(?!(?:{_PLACE_ENDS})\b)(?![\w-]*(?:{_PROGRESS.pattern}|{_HANDLED.pattern}))[\w-]+\.?){{0,3}}"
)
# A duration in these units ("Rata-rata waktu penerbitan izin", Satuan Hari): shorter is better. A word of
# the work timed ("Waktu tanggap penanganan kebakaran", "waktu penanganan pengaduan") leaves it a waiting
# time; only its fall or its punctuality ("Penurunan waktu tunggu", "Ketepatan waktu") is higher-is-better.
_NON_WORD = re.compile(r"[^\w]+")
_TIME_UNITS = frozenset({"hari", "jam", "menit", "detik"})
_TIME_WORDS = re.compile(r"\b(waktu|lama|respons? time|response time)\b")
_SHORTER = re.compile(r"turun|nurun|berkurang|pengurangan|ketepatan|tepat waktu|menekan")
# A Dinas Pariwisata's length of stay (or of visit) of its guests ("Rata-rata lama tinggal wisatawan", "lama
# menginap tamu hotel", "lama kunjungan wisatawan"): the longer, the more they spend; a patient's stay is no guest's and stays lower-is-better.
_GUESTS_STAY = re.compile(
    r"\blama\s+(?:waktu\s+)?(?:tinggal|menginap|kunjungan|berkunjung)\b.*\b(?:wisatawan|wisman|wisnus|tamu|turis|pengunjung)\b"
)
# A share named so ("Persentase kejadian kebakaran tertangani sesuai waktu tanggap") is no duration, whatever
# Satuan of time is typed beside it.
_SHARE = re.compile(r"\W*(?:persentase|presentase|prosentase|cakupan|proporsi)\b")


@functools.lru_cache(maxsize=256)  # a workbook has a handful of Satuan over hundreds of rows
def duration_unit(satuan: str) -> bool:
    """A Satuan of time ("Hari", "hari kerja", "Jam", "Menit"): a duration is a level, never summed
    over the quarters (3 hari in TW I and 2 hari in TW II are no 5 hari)."""
    return not _TIME_UNITS.isdisjoint(_NON_WORD.split(satuan.casefold()))


def _plainly(text: str, found: re.Match[str]) -> str:
    """How the peringatan names a _PLAIN_ONLY word ``found`` in ``text`` (an indicator's casefolded
    name) that plainly measures the bad thing itself ("persentase penduduk miskin": '"penduduk
    miskin"'), "" where it does not."""
    # ("... yang belum ditindaklanjuti": no progress; "kumuh/tidak layak huni": both bad, nama_sambung)
    after = past_more(_STILL_BAD.sub("", text[found.end() :]), _PLAIN_WORD)
    tokens = list(re.finditer(r"\w+", text[: found.start()]))
    while tokens and tokens[0][0] in _MEASURES:
        tokens.pop(0)
    before = [t[0] for t in tokens]
    tail = re.findall(r"\w+", _TAIL_DROPPED.sub(" ", after))
    if (
        _PROGRESS.search(read := text[: found.end()] + after)
        or _HANDLED.search(read)
        or not _HOLDERS.issuperset(_without_age(before))
        or not _HARMLESS_TAIL.issuperset(tail)
    ):
        return ""
    word = found.group(1)
    if word == "kek" and _KEK_HOLDERS.isdisjoint(before):
        return ""
    if adjective_key(word) in _ADJECTIVES:
        named = before or word in _NAMED_ALONE  # ("desa tertinggal": the villages')
        # (as typed from its noun: "penduduk usia 7-18 tahun yang tidak sekolah")
        return (
            f'"{" ".join(text[tokens[0].start() if tokens else found.start() : found.end()].split())}"'
            if named
            else ""
        )
    if word in _NAMED_WITH_TAIL:
        return f'"{" ".join((word + _TAIL_DROPPED.sub(" ", after)).split())}"'  # (as typed: "luka-luka")
    return re.sub(r"\w+", lambda w: _ACRONYMS.get(w[0], w[0]), word)  # ("kasus DBD", "kasus baru HIV")


def _without_age(words: list[str]) -> list[str]:
    """``words`` without an age's figures and unit after "usia" / "umur" ("usia 7 18 tahun": "usia")."""
    out: list[str] = []
    for w in words:
        if out and out[-1] in ("usia", "umur") and (w.isdigit() or w in _AGE_WORDS):
            continue
        out.append(w)
    return out


def lower_is_better(indikator: str, satuan: str) -> str:
    """The word of ``indikator`` that says its lower value is better ("kemiskinan"; "waktu" for a
    duration in days or hours; '"penduduk miskin"', the noun phrase of an adjective), "" when nothing
    says so."""
    text = spaced(indikator.casefold())  # ("jalan rusak-berat": nama_sambung)
    if not _ANY_WORD.search(text):  # (most names: no word of either list, so nothing below can match)
        return _unit_word(text, satuan)
    # The words of before staff37 as they were read then (60f0e75): no clause silences them; staff37's
    # (_PLAIN_ONLY) only where the name plainly measures the thing itself. The first in the name is named.
    placeless = _PLACE.sub(" ", text)
    older = _LOWER_WORD.search(placeless)
    for found in _PLAIN_WORD.finditer(placeless, 0, older.start() if older else len(placeless)):
        if said := _plainly(placeless, found):
            return said
    if _PROGRESS.search(text):
        return _unit_word(text, satuan)
    if word := _LOWER_WORD.search(text):
        # (staff37's handling words only right before it: "Persentase pengentasan kemiskinan"; a negation
        # right before it, "balita non-stunting", nama_sambung)
        handled = _HANDLED_OF.search(text, 0, word.start()) or negated(text, word.start())
        return "" if handled else _ACRONYMS.get(word.group(1), word.group(1))
    return _unit_word(text, satuan)


# Pupils per teacher, class or study group (a Dinas Pendidikan's "Rasio guru:murid" typed as the PK's 20 murid
# per guru): more is worse. Named by the Satuan ("murid per guru", "siswa/rombel") or by a ratio's name
# ("Rasio guru murid", "Rasio siswa per rombel"); never teachers per pupils ("guru per 100 murid").
_PUPILS = r"(?:murid|siswa|peserta didik)"
_PER_PUPILS = re.compile(
    rf"\b{_PUPILS}\s*(?:per|/|:|terhadap)\s*(?:guru|kelas|ruang kelas|rombel|rombongan belajar)\b"
)
_TEACHERS_PER = re.compile(rf"\bguru\s*(?:per|/)\s*(?:[\d.]+\s*)?{_PUPILS}\b")
# (the name the ratio itself, "Rasio ..." from its start: "Jumlah sekolah dengan rasio guru:murid sesuai
# standar" counts schools, more is better; nor a standard met, "Rasio guru murid sesuai SPM", "... ideal")
_RATIO_NAME = re.compile(rf"\W*rasio\b.*\b(?:guru\b.*\b{_PUPILS}|{_PUPILS}\b.*\b(?:guru|kelas|rombel))\b")
_STANDARD_MET = re.compile(r"\b(?:sesuai|ideal|standar|memenuhi|terpenuhi|spm|proporsional|seimbang)\b")


@functools.lru_cache(maxsize=256)  # asked per indicator, a handful of Satuan a workbook
def _pupils_unit(satuan: str) -> bool:
    """A Satuan of pupils per teacher or class ("murid per guru", "siswa/rombel")."""
    return _PER_PUPILS.search(satuan.casefold()) is not None


# Those death rates by their initials under a rate's Satuan without its births ("AKB", Satuan "‰",
# "0/00", "per 1.000"; "AKI", "per 100.000"), as Dinkes profiles print them.
_DEATH_INITIALS = re.compile(r"\W*(aki|akb|akn|akaba)\b")


def death_rate_unit(satuan: str) -> bool:
    """A Satuan those death rates are printed in: a rate per 1.000 or more (satuan_laju's reading), never
    "per 100" or "per 10 km" ("AKN" is also an Akademi Komunitas Negeri)."""
    rate = read_rate(satuan)
    return rate is not None and (rate.base or 0) >= 1000


@functools.lru_cache(maxsize=256)  # asked per blank Polaritas, a handful of Satuan a workbook
def _unit_speaks(satuan: str) -> bool:
    """A Satuan under which :func:`_unit_word` may name a word whatever the name (a name without
    "rasio" needs one): of time, per live births, a death rate's, or of pupils per teacher or class."""
    return duration_unit(satuan) or per_births(satuan) or death_rate_unit(satuan) or _pupils_unit(satuan)


def _unit_word(text: str, satuan: str) -> str:
    """The word of a duration (:func:`_duration_word`), of a rate per live births (its Satuan quoted:
    a death rate) or of pupils per teacher or class in a name (casefolded) or its Satuan: "rasio murid
    per guru"; "" for any other, for its fall or a share."""
    # (nearly every row: each answer below needs its Satuan's kind or "rasio"; tests/test_speed60.py)
    if "rasio" not in text and not _unit_speaks(satuan):
        return ""
    if said := _duration_word(text, satuan):
        return said
    # (a rate per live births, satuan_laju's: a Dinkes's death rates, AKI, AKB, AKN, AKABA, stillbirths,
    # however its name is typed)
    if per_births(satuan) and not _PROGRESS.search(text) and not _SHARE.match(text):
        return f'dengan Satuan "{" ".join(satuan.split())}"'
    # (the Satuan first, cached: nearly every row's is no rate; tests/test_speed56.py. satuan_laju's
    # reading, per mil however spelt among them)
    if death_rate_unit(satuan) and (initials := _DEATH_INITIALS.match(text)):
        return initials.group(1).upper()
    # (a name without "rasio" under a Satuan naming no pupils, nearly every row: neither answer below
    # can be given, each needing one of the two; tests/test_speed54.py)
    if "rasio" not in text and not _pupils_unit(satuan):
        return ""
    unit = satuan.casefold()
    if _SHARE.match(text) or _SHORTER.search(text) or _TEACHERS_PER.search(unit):
        return ""
    if _PER_PUPILS.search(unit):
        return "rasio murid per guru"
    # (a ratio in %: teachers per 100 pupils, more is better; pupils per teacher is no percentage)
    ratio = (
        _RATIO_NAME.match(text)
        and not _STANDARD_MET.search(text)
        and "%" not in unit
        and "persen" not in unit
    )
    return "rasio murid per guru" if ratio else ""


def _duration_word(text: str, satuan: str) -> str:
    """The word of a duration in a name (casefolded) measured in a unit of time ("waktu", "lama",
    "response time": shorter is better), "" for any other, for its fall ("penurunan waktu tunggu") or for
    a share ("persentase response time kurang dari 15 menit")."""
    if not duration_unit(satuan) or _SHARE.match(text) or _SHORTER.search(text) or _GUESTS_STAY.search(text):
        return ""
    if time := _TIME_WORDS.search(text):
        return time.group(1)
    return ""
