"""Word formations Hunspell's de_DE lacks though German builds them freely: a verb particle
or a word-forming prefix before a known word ("vorbei" + "schweben", "raus" + "zu" +
"kommen", "super" + "massereiche", "un" + "gefälschter", "re" + "indizieren"), and verbs in
-ieren built on a noun ("versionierte", also "un" + "versionierte").

An adjective the dictionary lists only uninflected takes the regular endings ("kakophon" →
"kakophonen"): a lowercase word ending in -e, -en, -er, -es or -em whose stem of six letters
or more the dictionary knows in lowercase.

A lowercase inflected form simplemma lists is known when Hunspell knows its lemma
("stolzesten", ``inflected_known``).

A noun or adjective before a known word makes an adjective compound ("bergerfahrenen",
"formenschönen", "gutgeformten"), which German writes freely too.

Past participles of particle verbs (particle + "ge…": "hinaus" + "gefügt") are not accepted
this way: the dictionary lists those of the particle verbs it knows ("hinausgeführt"), and an
unknown one is the typical blend a machine translation makes ("darüber hinausgefügt").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..align.words import FUNCTION_WORDS
from ..lemmas import is_known, lemma
from .dictionary import german

PARTICLES = tuple(sorted(
    "ab an auf aus bei da dar dazu durch ein empor entgegen fest fort her herab heran herauf heraus "
    "herbei herein herüber herum herunter hervor hin hinab hinauf hinaus hinein hinüber hinunter hinweg "
    "hinzu los mit nach rauf raus rein rüber rum runter vor voran voraus vorbei vorüber weg weiter "
    "wieder zu zurecht zurück zusammen".split(), key=len, reverse=True))
PREFIXES = tuple(sorted(
    "aller anti de extra hyper mega multi nicht pseudo re selbst super über ultra un ur".split(),
    key=len, reverse=True))
_MIN_REST = 4
_ADJECTIVE_ENDINGS = ("en", "er", "es", "em", "e")
_MIN_ADJECTIVE = 6


def _known_rest(rest: str) -> bool:
    return len(rest) >= _MIN_REST and rest.islower() and (german(rest) or _ieren_formation(rest))


_IEREN = re.compile(r"(?P<base>[a-zäöüß]{4,}?)ier(?:en|e|t|te|ten|ter|tes|tem|st|end|ende|enden|ender|endes|endem)")


def _ieren_formation(word: str) -> bool:
    """A verb in -ieren built on a German noun, or a form of it: "versioniert" ← "Version",
    "partitionieren" ← "Partition" (German forms these freely; Hunspell lists some). The noun
    must be written as it stands: "linsiert" has none ("Lins"), and stays unknown."""
    match = _IEREN.fullmatch(word)
    return match is not None and german(match.group("base").capitalize())


@lru_cache(maxsize=65_536)
def derived(word: str) -> bool:
    """Is lowercase ``word`` a prefix or particle plus a word the dictionary knows, or an
    inflected adjective?"""
    for ending in _ADJECTIVE_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= _MIN_ADJECTIVE and stem.islower() and german(stem):
            return True
    for prefix in PREFIXES:
        if word.startswith(prefix) and _known_rest(word[len(prefix):]):
            return True
    for particle in PARTICLES:
        if not word.startswith(particle):
            continue
        rest = word[len(particle):]
        if rest.startswith("zu") and _known_rest(rest[2:]):
            return True
        if not rest.startswith("ge") and _known_rest(rest):
            return True
    return _adjective_compound(word) or _ieren_formation(word)


def inflected_known(word: str) -> bool:
    """An inflected form simplemma's lexicon lists whose lemma Hunspell knows ("stolzesten" →
    "stolz"): Hunspell lacks some superlatives. A form whose lemma Hunspell lacks too stays
    unknown ("linst" → "linsen"). For lowercase words only: a capitalised one may be a noun
    misspelt into a verb form ("Bespiel" → "bespielen")."""
    base = lemma(word, "de")
    return base != word and is_known(word) and german(base)


_FIRST_PARTS = frozenset(PARTICLES) | frozenset(PREFIXES)
_MIN_FIRST, _MIN_SECOND = 3, 5


def _adjective_compound(word: str) -> bool:
    """A noun or adjective before a known lowercase word ("berg" + "erfahrenen", "formen" +
    "schönen", "gut" + "geformten", "pflanzen" + "geographisch"); never a particle or prefix
    first ("hinaus" + "gefügt" is the blend MT makes, see above), nor a function word on either side or a
    present participle first ("wie" + "viele", "gar" + "nicht", "umleitend" + "enden" are
    slips)."""
    for cut in range(_MIN_FIRST, len(word) - _MIN_SECOND + 1):
        first, rest = word[:cut], word[cut:]
        if first in _FIRST_PARTS or first in FUNCTION_WORDS or first.endswith("end") or rest in FUNCTION_WORDS:
            continue  # "wieviele", "garnicht", "umleitendenden" are slips, not compounds
        if not rest.islower() or not german(rest):
            continue
        if german(first[0].upper() + first[1:]) or german(first):
            return True
    return False
