"""Review of rekap54 (`Rencana sama` no longer joins names by their first two words): the same agency
sent twice under two names staff really type must still be warned.

Before rekap54, "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana" and its revision typed
"Dinas Kesehatan P2KB" shared their first two words and were warned; rekap54 leaves such a pair to the
abbreviation rule, which read "p3a" as p-p-p-a only in a one- or two-word name and never in a name
spelt word by word, so "P2KB" (p-p-k-b: Pengendalian Penduduk dan Keluarga Berencana) spelt nothing and
the revision's pagu was summed twice without a word. "Disdikpora" / "Dinas Dikpora" (Dinas Pendidikan,
Pemuda dan Olahraga: "dik" of pen-DIK-an, "pora" of Pemuda OlahRAga, not the words' starts) was never
read at all.
"""

from __future__ import annotations

import random

import pytest

from lkj_xl.core import rekap_isi
from lkj_xl.core.rekap_isi_singkat import abbreviation_pairs
from tests.test_alike_groups import _ids, _pairwise, _row
from tests.test_rekap_isi_singkat import _ALL, _oracle, _pairs
from tests.test_rekap_rencana_sama_singkatan import _twice, _words

ONE_AGENCY = [
    ("Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana", "Dinas Kesehatan P2KB"),
    ("Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana", "Dinkes P2KB"),
    ("Dinas Pengendalian Penduduk dan Keluarga Berencana", "Dinas P2KB"),
    ("Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak",
     "Dinas P2KBP3A"),
    ("Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak", "Dinas Sosial P3A"),
    ("Dinas Pendidikan, Pemuda dan Olahraga", "Disdikpora"),
    ("Dinas Pendidikan, Pemuda dan Olahraga", "Dinas Dikpora"),
    ("DINAS PENDIDIKAN PEMUDA DAN OLAHRAGA", "disdikpora (revisi)"),
]  # fmt: skip

TWO_AGENCIES = [
    # a P2KB of its own beside the Dinas Kesehatan: the health agency's name spells no P2KB
    ("Dinas Kesehatan", "Dinas P2KB"),
    ("Dinas Pemuda dan Olahraga", "Disdikpora"),
    ("Dinas Pendidikan dan Kebudayaan", "Disdikpora"),
]


@pytest.mark.parametrize(("full", "short"), ONE_AGENCY)
def test_one_agencys_short_names_with_a_number_or_pora_are_alike(full, short):
    assert rekap_isi._alike(_words(full), _words(short))
    assert rekap_isi._alike(_words(short), _words(full))


@pytest.mark.parametrize(("one", "other"), TWO_AGENCIES)
def test_two_agencies_stay_apart(one, other):
    assert not rekap_isi._alike(_words(one), _words(other))
    assert not rekap_isi._alike(_words(other), _words(one))


def test_the_revision_typed_p2kb_is_said_and_both_counted(tmp_path):
    full, short = ONE_AGENCY[0]
    result = _twice(tmp_path, full, short)
    said = result.peringatan[result.peringatan["jenis"] == "Rencana sama"]["pesan"].tolist()
    assert len(said) == 1, result.peringatan.to_dict("records")
    assert full in said[0] and short in said[0]
    # both still counted, as every Rencana sama: 85,4 M of each file, 85,4 M x 2 = 170,8 M in the Jumlah
    assert result.perangkat_daerah["pagu"].sum() == 170_800_000_000
    assert len(result.perangkat_daerah) == 2


_NAMES = [name for pair in ONE_AGENCY + TWO_AGENCIES for name in pair] + [
    "Dinas Kesehatan P2", "P2KB", "Dinas Sosial P3A Kab. Lumajang", "Dinas, dan", "dan Dinas", "&",
    "Dinas & Dinas", "Badan Keluarga Berencana", "Dinas Pemuda, Olahraga", "Dinas 2 Tempeh",
]  # fmt: skip


def test_key_pairs_with_numbers_in_names_are_the_rules():
    # the keys of rekap_isi_singkat find every pair the rule (asked of every pair) finds, names with
    # a letter's count ("P2KB", "P3A") and "pora" among them, with the earlier tests' names at random
    rng = random.Random(54)
    for _ in range(40):
        words = [_words(name) for name in _NAMES + rng.sample(_ALL, 30)]
        rng.shuffle(words)
        expected = _oracle(words)
        assert _pairs(words) == expected
    # and a non-empty oracle: the pairs above are among them
    assert frozenset((_words(ONE_AGENCY[0][0]), _words(ONE_AGENCY[0][1]))) in _oracle(
        [_words(name) for name in ONE_AGENCY[0]]
    )
    assert (
        list(abbreviation_pairs([_words("Dinas Kesehatan")], rekap_isi._PER_PLACE, rekap_isi._abbreviated))
        == []
    )


def test_groups_with_such_names_equal_the_pairwise_relation():
    rng = random.Random(5454)
    for _ in range(100):
        plan = [_row(rng.choice(_NAMES + _ALL)) for _ in range(rng.randint(1, 30))]
        assert _ids(rekap_isi._alike_groups(plan)) == _ids(_pairwise(plan))


def test_a_provinces_names_sharing_their_last_words_are_not_spelt_pair_by_pair(monkeypatch):
    # 600 agencies of one plan named as a province's Cabang Dinas are, two lengths sharing their last two
    # words ("... 5 Kabupaten Lumajang"): every 6-word name was spelt against every 7-word one, 300 x 300
    # = 90.000 times (3.000 names: 108 s). A number abbreviates nothing ("5" of "... Wilayah 16 ..."):
    # asked only of the few names it may spell.
    asked = []
    real = rekap_isi._abbreviated

    def counted(short, long):
        asked.append((short, long))
        return real(short, long)

    monkeypatch.setattr(rekap_isi, "_abbreviated", counted)
    plan = [
        {
            "pemerintah_daerah": "Provinsi Jawa Timur",
            "perangkat_daerah": f"Cabang Dinas {'Pendidikan' if i % 2 else 'Pendidikan Wilayah'} {i} Kabupaten Lumajang",
        }
        for i in range(600)
    ]
    groups = rekap_isi._alike_groups(plan)
    assert len(groups) == 600  # each its own agency: no number abbreviates another's words
    assert len(asked) < 600 * 10
