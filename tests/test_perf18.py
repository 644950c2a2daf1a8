"""perf18: pasted.lower_is_better skips its word rules when the name holds no word of either list
(_ANY_WORD, one search without word boundaries). The answer must be the full rule's for every name:
the rule as it stood before the shortcut (2ac00b1) is kept here as the oracle, run on hand-picked
names (places around the words, a word split by a place, progress and handling words, durations) and
on names drawn at random from the rule's own words."""

import random
import re

import pytest

from lkj_xl.core import nama_negatif, nama_sambung, pasted


def _full_rule(indikator: str, satuan: str) -> str:
    """lower_is_better as at 2ac00b1, before the shortcut (the same helpers, no _ANY_WORD), with the
    duration rule of newuser50; a hyphen inside a word of two read as its space (kinerja65: "jalan
    rusak-berat" as "jalan rusak berat", nama_sambung.spaced)."""
    text = nama_sambung.spaced(indikator.casefold())
    placeless = nama_negatif._PLACE.sub(" ", text)
    older = nama_negatif._LOWER_WORD.search(placeless)
    for found in nama_negatif._PLAIN_WORD.finditer(placeless, 0, older.start() if older else len(placeless)):
        if said := nama_negatif._plainly(placeless, found):
            return said
    if nama_negatif._PROGRESS.search(text):
        return _duration(text, satuan)
    if word := nama_negatif._LOWER_WORD.search(text):
        # (kinerja66: a negation right before it, "balita non-stunting", is no lower-is-better name)
        handled = nama_negatif._HANDLED_OF.search(text, 0, word.start()) or nama_sambung.negated(
            text, word.start()
        )
        return "" if handled else nama_negatif._ACRONYMS.get(word.group(1), word.group(1))
    return _duration(text, satuan)


def _duration(text: str, satuan: str) -> str:
    """The duration rule since newuser50: a progress word no longer silences a waiting time ("Waktu
    tanggap penanganan kebakaran" is one); only its fall or punctuality (_SHORTER) does, or a share's
    name (_SHARE: "Persentase response time kurang dari 15 menit", revnewuser50)."""
    if (
        not pasted.duration_unit(satuan)
        or nama_negatif._SHARE.match(text)
        or nama_negatif._SHORTER.search(text)
    ):
        return ""
    return time.group(1) if (time := nama_negatif._TIME_WORDS.search(text)) else ""


# Expected by reading the rule: a lower-is-better word names itself; a progress word anywhere silences
# it; "waktu"/"lama" only under a Satuan of time; a name without any of the words is "".
@pytest.mark.parametrize(
    ("indikator", "satuan", "word"),
    [
        ("Angka Kemiskinan di Kabupaten Lumajang", "%", "kemiskinan"),
        ("Tingkat Pengangguran Terbuka", "%", "pengangguran"),
        ("Persentase penurunan angka kemiskinan", "%", ""),  # "turun" inside "penurunan": progress
        ("Rata-rata waktu penerbitan izin", "Hari", "waktu"),  # no listed word: the duration
        ("Lama pelayanan perizinan", "Jam", "lama"),
        ("Rata-rata waktu penerbitan izin", "%", ""),  # a duration only in a unit of time
        ("Ketepatan waktu penyampaian laporan", "Hari", ""),  # progress ("ketepatan") silences it
        ("Persentase dokumen perencanaan yang tepat waktu", "Dokumen", ""),
        ("Jumlah dokumen perencanaan", "Dokumen", ""),
        ("Indeks Kepuasan Masyarakat", "Indeks", ""),
        ("", "%", ""),
    ],
)
def test_lower_is_better_as_read_by_hand(indikator, satuan, word):
    assert pasted.lower_is_better(indikator, satuan) == word
    assert _full_rule(indikator, satuan) == word  # the oracle reads them so too


_TRICKY = [
    "Persentase penduduk miskin di Kabupaten Lumajang",
    "Persentase rumah tangga miskin",
    "Cakupan pelayanan kesehatan penduduk miskin",
    "Jumlah desa yang masih tertinggal",
    "Persentase gizi di kabupaten lumajang buruk",  # a word split by a place: never joined
    "Angka kematian pasien di instalasi rehabilitasi medik",
    "Persentase pengentasan kemiskinan",
    "Persentase pengentasan  kemiskinan di Kota Malang",
    "Death Rate RSUD",
    "Net Death Rate (NDR)",
    "Gross Death Rate",
    "Prevalensi Stunting pada Balita",
    "Desa bebas stunting",
    "Pemberantasan buta aksara",
    "Rasio Gini",
    "Indeks Williamson Kabupaten",
    "Persentase RTLH yang dibangun",
    "Persentase rumah tidak layak huni",
    "Jumlah PMKS yang mendapat bantuan sosial",
    "Persentase ASN yang dijatuhi hukuman disiplin",
    "Tingkat kehilangan air PDAM",
    "Persentase temuan BPK yang ditindaklanjuti",
    "Case Fatality Rate DBD",
    "Angka kesakitan DBD di Kab. Lumajang",
    "Persentase kerawanan pangan",
    "Persentase desa rawan pangan",
    "Kawasan kumuh di Kota Probolinggo",
    "Ketimpangan pendapatan",
    "Angka putus sekolah SD",
    "Persentase siswa mengulang kelas",
    "Angka kriminalitas",
    "Jumlah kecelakaan lalu lintas",
    "Angka infeksi nosokomial (HAIs)",
    "Jumlah insiden keselamatan pasien",
    "Mortalitas bayi",
    "Inflasi daerah",
    "Tingkat inflasi yang terkendali",
    "Persentase pelanggaran perda yang ditangani",
    "Jumlah pelanggaran di kabupaten",
    "di Kabupaten Kemiskinan Raya",  # the listed word only inside a place's name
    "Rata-rata lama perawatan (LOS) di Kabupaten Lumajang",
    "Lamanya waktu tunggu",
    "KEMISKINAN",
    "Tingkat Pengangguran-Terbuka",
    "Persentase penduduk miskin.di Kabupaten Lumajang",
    "Persentase penduduk di Kab.miskin",
]
_FILLERS = [
    "persentase",
    "angka",
    "jumlah",
    "di",
    "kabupaten",
    "kota",
    "kab.",
    "lumajang",
    "yang",
    "tidak",
    "penduduk",
    "desa",
    "waktu",
    "lama",
    "penurunan",
    "pengentasan",
    "rehabilitasi",
    "(",
    ")",
    "-",
    "rata-rata",
    "tepat",
    "bebas",
    "Perbaikan",
    "DI",
    "KABUPATEN",
    "x",
]


def _random_names(count: int) -> list[str]:
    rng = random.Random(18)
    words = [*nama_negatif._LOWER_IS_BETTER, *nama_negatif._PLAIN_ONLY, *_FILLERS, *_FILLERS]
    names = []
    for _ in range(count):
        parts = rng.choices(words, k=rng.randint(1, 7))
        # joined by a space, by nothing (a word inside another) or by punctuation
        names.append("".join(p + rng.choice([" ", " ", " ", "", ".", "-", "  "]) for p in parts).strip())
    return names


@pytest.mark.parametrize("satuan", ["%", "Hari", "hari kerja", "Dokumen"])
def test_shortcut_reads_every_name_as_the_full_rule(satuan):
    names = _TRICKY + [n.upper() for n in _TRICKY] + _random_names(3000)
    wrong = [(n, pasted.lower_is_better(n, satuan), _full_rule(n, satuan)) for n in names]
    wrong = [w for w in wrong if w[1] != w[2]]
    assert not wrong, wrong[:5]
    # the corpus reaches both sides of the shortcut and each kind of answer
    found = {pasted.lower_is_better(n, satuan) for n in names}
    assert "" in found and "kemiskinan" in found
    assert any(not re.search(nama_negatif._ANY_WORD, n.casefold()) for n in names)


# rank and summed_level_unit ask their costlier question (the Satuan's words, a rate's pattern) only
# when the cheaper one leaves the answer open; the rules as at 2ac00b1 are the oracles.
def _rank_before(indikator: str, satuan: str) -> bool:
    unit = satuan.strip().casefold().rstrip(".")
    if unit in pasted._RANKS:
        return True
    first, words = indikator.casefold().split()[:1], re.findall(r"\w+", unit)
    return bool(first) and first[0] in pasted._RANKS and not (words and words[0] in pasted._NO_RANKS)


def _summed_level_unit_before(indikator: str, satuan: str) -> bool:
    if pasted._rate(satuan.casefold()):
        return True
    return pasted.rate_or_score_unit(satuan) and not indikator.strip().casefold().startswith("jumlah")


_SATUAN = [
    "%",
    "Peringkat",
    "peringkat.",
    " Ranking ",
    "skor",
    "Skor (1-5)",
    "Nilai",
    "Nilai (Rp)",
    "Tingkat",
    "Level",
    "predikat",
    "Kategori",
    "poin",
    "per 100.000 KH",
    "per1000",
    "‰",
    "Promil",
    "kasus per tahun",
    "Tahun",
    "Hari",
    "Dokumen",
    "",
    "Urutan ke",
    "kategori A",
]
_NAMES = [
    "Peringkat Kinerja Penyelenggaraan Pemerintahan Daerah",
    "peringkat",
    "Ranking  SAKIP",
    "PERINGKAT",
    "Jumlah kategori produk unggulan",
    "  jumlah predikat",
    "Angka Kematian Ibu",
    "Indeks Kepuasan Masyarakat",
    "Urutan kabupaten",
    "Rank",
    "",
    "Peringkat-Kota Sehat",
    "Nilai SAKIP",
    "Usia Harapan Hidup",
]


@pytest.mark.parametrize("satuan", _SATUAN)
def test_rank_and_summed_level_unit_as_before(satuan):
    for name in _NAMES + _TRICKY:
        assert pasted.rank(name, satuan) == _rank_before(name, satuan), (name, satuan)
        assert pasted.summed_level_unit(name, satuan) == _summed_level_unit_before(name, satuan), (
            name,
            satuan,
        )


def test_rank_and_summed_level_unit_by_hand():
    # a rank by its Satuan, or by its first word unless the Satuan is a score or level word
    assert pasted.rank("Peringkat Kabupaten Layak Anak", "Peringkat")
    assert pasted.rank("Peringkat Kabupaten Layak Anak", "Urutan ke")
    assert not pasted.rank("Peringkat Kabupaten Layak Anak", "Tingkat")
    assert not pasted.rank("Indeks Kepuasan Masyarakat", "%")
    # a rate always; a score or level word only when the name is no "Jumlah ..."
    assert pasted.summed_level_unit("Jumlah kasus", "per 100.000 KH")
    assert pasted.summed_level_unit("Nilai SAKIP", "Nilai")
    assert not pasted.summed_level_unit("Jumlah kategori produk unggulan", "kategori")
    assert not pasted.summed_level_unit("Jumlah dokumen", "Dokumen")
