"""Synthetic ~400-word Indonesian articles for the NER speed benchmark and the fast-path test.

Filler sentences with titled people, places and organisations (well-known public names, so the
tagger has something to find); with ``novel_names`` every sentence also quotes an invented person,
so the vocabulary keeps growing with the corpus.
"""

from __future__ import annotations

import random

_PEOPLE = ["Joko Widodo", "Fumio Kishida", "Jens Stoltenberg", "Sri Mulyani", "Retno Marsudi", "Budi Santoso"]
_TITLES = ["Presiden", "Perdana Menteri Jepang", "Sekjen NATO", "Menteri Keuangan", "Menteri Luar Negeri", "Bapak"]
_PLACES = ["Jakarta", "Tokyo", "Jawa Tengah", "Surabaya", "Selandia Baru", "Brussels", "Kabupaten Ponorogo"]
_ORGS = ["Pakta Pertahanan Atlantik Utara (NATO)", "Bank Indonesia", "Kementerian Keuangan", "DPR", "PT Pertamina"]
_FILLER = (
    "pemerintah akan terus mendorong kerja sama ekonomi yang saling menguntungkan bagi kedua negara "
    "dalam beberapa tahun ke depan sesuai dengan kesepakatan yang telah dicapai sebelumnya oleh para pihak"
).split()


_SYLLABLES = (
    "ba be bi bo bu da di do du ga gi ka ki ko ku la li lu ma mi mo na ni nu"
    " ra ri ro ru sa si so su ta ti to tu wa wi ya yu"
).split()


def _invented_name(rng: random.Random) -> str:
    """A person's name nobody has seen before (about 10^10 of them)."""
    return " ".join("".join(rng.choices(_SYLLABLES, k=3)).capitalize() for _ in range(2))


def synthetic_article(rng: random.Random, words: int = 400, novel_names: bool = False) -> str:
    """Paragraphs of filler sentences with titled people, places and organisations; with
    ``novel_names`` each sentence also quotes an invented person."""
    paragraphs: list[str] = []
    count = 0
    while count < words:
        sentences = []
        for _ in range(3):
            i = rng.randrange(len(_PEOPLE))
            filler = " ".join(rng.choices(_FILLER, k=rng.randint(8, 16)))
            sentence = (
                f"{_TITLES[i]} {_PEOPLE[i]} mengatakan di {rng.choice(_PLACES)} bahwa {rng.choice(_ORGS)} "
                f"{filler}, kata {_invented_name(rng) if novel_names else _PEOPLE[i].split()[-1]}."
            )
            sentences.append(sentence)
            count += len(sentence.split())
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)
