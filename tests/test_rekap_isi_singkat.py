"""`Rencana sama`'s abbreviation pairs (core/rekap_isi_singkat) are found from keys of the names' last
words, not by asking the rule of every pair across name lengths: the pairs must be those of the rule
asked of every pair (the loop before 2026-12-07, kept here as the oracle), and a province's thousands of
agencies of one plan with names of several lengths must not be compared pair by pair."""

from __future__ import annotations

import random

from lkj_xl.core import rekap_isi
from lkj_xl.core.rekap_isi_singkat import abbreviation_pairs
from tests.test_alike_groups import NAMES
from tests.test_rekap_rencana_sama_cabang import ONE_AGENCY as BRANCH_ONE
from tests.test_rekap_rencana_sama_cabang import TWO_AGENCIES as BRANCH_TWO
from tests.test_rekap_rencana_sama_singkatan import ONE_AGENCY, TWO_AGENCIES, _words

_ALL = sorted(
    {name for pair in ONE_AGENCY + TWO_AGENCIES + BRANCH_ONE + BRANCH_TWO for name in pair}
    | set(NAMES)
    | {
        "Dinas PPPA", "DP3A", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Dinsos P3A",
        "Dinas Sosial P3A", "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak", "Dinkes",
        "Dinas Kesehatan Kabupaten", "Kesbangpol", "Badan Kesatuan Bangsa dan Politik", "Dishub",
        "Dinas Perhubungan", "Bappelitbangda", "Setwan", "Sekretariat DPRD", "Dinas Dukcapil 2",
        "Dinas Kependudukan dan Pencatatan Sipil", "Diskominfo", "Dinas Komunikasi dan Informatika",
        "Dinas Kominfo dan Statistik", "Dinas Komunikasi Informatika dan Statistik", "Dinas Pertanian",
        "Dispertan", "BPBD", "Badan Penanggulangan Bencana Daerah", "Dinas Pendidikan Dan Kebudayaan",
        "Dinas Dikbud", "Dindik", "DPMPTSP", "Dinas PMPTSP", "dan", "Dinas dan", "Bagian Umum Setda",
    }
)  # fmt: skip


def _oracle(words: list[tuple[str, ...]]) -> set[frozenset]:
    """Every name against every longer one (or one word against one word), by the rule."""
    first = {
        name: i
        for i, name in reversed(list(enumerate(words)))
        if name and name[0] not in rekap_isi._PER_PLACE
    }
    found = set()
    for name in first:
        for other in first:
            longer = len(other) > len(name) or len(other) == len(name) == 1
            if longer and other != name and rekap_isi._abbreviated(name, other):
                found.add(frozenset((name, other)))
    return found


def _pairs(words: list[tuple[str, ...]]) -> set[frozenset]:
    return {
        frozenset((words[i], words[j]))
        for i, j in abbreviation_pairs(words, rekap_isi._PER_PLACE, rekap_isi._abbreviated)
    }


def test_the_pairs_of_the_named_kinds_are_the_rules():
    words = [_words(name) for name in _ALL]
    expected = _oracle(words)
    # the rule joins some of these (PUPR, Satpol PP, Perkim, ...): an oracle that is not empty
    assert len(expected) >= 20
    assert _pairs(words) == expected


def test_the_pairs_of_random_names_are_the_rules():
    # names made of the words of those above, 2-6 words at random: the keys miss no pair of the rule
    rng = random.Random(20261207)
    vocabulary = sorted({word for name in _ALL for word in _words(name)})
    for _ in range(40):
        words = [_words(name) for name in rng.sample(_ALL, 25)]
        words += [tuple(rng.choice(vocabulary) for _ in range(rng.randint(1, 6))) for _ in range(25)]
        assert _pairs(words) == _oracle(words)


def test_a_provinces_agencies_of_several_name_lengths_are_not_compared_pair_by_pair(monkeypatch):
    # 3.000 agencies of one plan, names of 3 to 6 words: the old loop asked the rule of each name
    # against every longer one (about 3.000 x 2.250 / 2, over 3 million times)
    asked = []

    def counted(short, long):
        asked.append((short, long))
        return False

    monkeypatch.setattr(rekap_isi, "_abbreviated", counted)
    places = ["Tempeh", "Rawa Indah", "Sumber Agung Barat", "Kali Putih Lor Wetan"]
    plan = [
        {"pemerintah_daerah": "Provinsi Jawa Timur", "perangkat_daerah": f"Dinas Urusan {i} {places[i % 4]}"}
        for i in range(3000)
    ]
    groups = rekap_isi._alike_groups(plan)
    assert len(groups) == 3000
    assert len(asked) < 3000 * 10
