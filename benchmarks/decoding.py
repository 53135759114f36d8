"""Decoding: what it costs on valid UTF-8, and how often it reads legacy bytes and mojibake right.

    pip install -e '.[bench]'
    python benchmarks/decoding.py --docs 2000

On the corpus of benchmarks/corpus.py (Korean, Russian and English pages), side by side:

- cost on valid UTF-8: MB/s of ``bytes.decode`` + ``clean_text`` (what reading cost before)
  against ``decode_bytes`` + ``repair_text`` + ``clean_text``; and documents/s of
  ``normalize_document`` with the repairs and with them skipped;
- detection: lines of the corpus written in CP949, EUC-KR, Windows-1251 and KOI8-R, cut to
  20, 60, 200 and 2,000 characters: the share that ``decode_bytes`` (chardet, kept only for
  bytes that are not UTF-8) gives back exactly, against charset-normalizer's best guess;
- mojibake: lines shown as UTF-8, CP949 or Windows-1251 read as Windows-1252: the share
  ``repair_text`` gives back exactly, and the share of untouched correct lines it changes.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from normalize import decoding
from normalize import documents as document_module
from normalize.decoding import decode_bytes, repair_text
from normalize.documents import normalize_document
from normalize.text import clean_text

sys.path.insert(0, str(Path(__file__).parent))
from corpus import documents

LEGACY = {"ko": ("cp949", "euc-kr"), "ru": ("cp1251", "koi8-r")}
LENGTHS = (20, 60, 200, 2000)
SAMPLES = 60


def _best_of(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def cost(pages: list[str]) -> None:
    raw = [page.encode() for page in pages]
    megabytes = sum(map(len, raw)) / 1e6

    def before() -> None:
        for data in raw:
            clean_text(data.decode("utf-8"))

    def now() -> None:
        for data in raw:
            clean_text(repair_text(decode_bytes(data).text).text)

    plain, repaired = _best_of(5, before), _best_of(5, now)  # CPU time of this process
    print(f"valid UTF-8, {len(raw):,} pages, {megabytes:.1f} MB")
    print(f"  decode + clean             {megabytes / plain:8.1f} MB/s")
    print(
        f"  decode_bytes + repair + clean {megabytes / repaired:5.1f} MB/s "
        f"(+{(repaired - plain) / len(raw) * 1e6:.0f} µs a page)"
    )
    sample = pages[:500]
    skipped = document_module.repair_text
    times: dict[bool, float] = {True: float("inf"), False: float("inf")}
    for _ in range(3):  # in turn, so that the machine's drift and warm caches hit both alike
        for repairing in (True, False):
            if not repairing:
                document_module.repair_text = lambda text: decoding.Decoded(text, [])  # type: ignore[assignment]
            try:
                started = time.process_time()
                for page in sample:
                    normalize_document(page)
                times[repairing] = min(times[repairing], time.process_time() - started)
            finally:
                document_module.repair_text = skipped
    print(
        f"  normalize_document         {len(sample) / times[True]:8.0f} docs/s with repairs, "
        f"{len(sample) / times[False]:.0f} without "
        f"({(times[True] / times[False] - 1) * 100:+.1f} % time)"
    )


def _lines(pages: list[str], lang: str) -> list[str]:
    script = (0xAC00, 0xD7A3) if lang == "ko" else (0x0400, 0x04FF)
    return [
        line
        for page in pages
        for line in page.split("\n")
        if len(line) > 30 and sum(script[0] <= ord(char) <= script[1] for char in line) > 10
    ]


def detection(pages: list[str], rng: random.Random) -> None:
    import charset_normalizer

    def ours(data: bytes) -> str:
        return decode_bytes(data).text

    def theirs(data: bytes) -> str:
        best = charset_normalizer.from_bytes(data).best()
        return str(best) if best is not None else ""

    print(
        "\ndetection: exact text back, of", SAMPLES, "texts each   normalize | charset-normalizer"
    )
    for lang, encodings in LEGACY.items():
        lines = _lines(pages, lang)
        for encoding in encodings:
            for length in LENGTHS:
                texts = []
                for _ in range(SAMPLES):
                    text = ""
                    while len(text) < length:
                        text += rng.choice(lines) + "\n"
                    texts.append(text[:length].encode(encoding, "ignore").decode(encoding))
                data = [text.encode(encoding) for text in texts]
                mine = sum(ours(raw) == text for raw, text in zip(data, texts, strict=True))
                peer = sum(theirs(raw) == text for raw, text in zip(data, texts, strict=True))
                shares = f"{mine / SAMPLES:7.0%}   | {peer / SAMPLES:7.0%}"
                print(f"  {encoding:8} {length:5} chars   {shares}")


def mojibake(pages: list[str]) -> None:
    lines = [line for page in pages for line in page.split("\n") if len(line) > 20]
    # Each encoding on the lines of its language (any line, for UTF-8).
    shown = {
        "utf-8 read as windows-1252": (
            lines,
            lambda text: text.encode("utf-8").decode("cp1252", "replace"),
        ),
        "cp949 read as windows-1252": (
            _lines(pages, "ko"),
            lambda text: text.encode("cp949").decode("latin-1"),
        ),
        "cp1251 read as windows-1252": (
            _lines(pages, "ru"),
            lambda text: text.encode("cp1251").decode("cp1252", "replace"),
        ),
    }
    print("\nmojibake: exact text back")
    for how, (originals, show) in shown.items():
        cases = []
        for line in originals:
            try:
                cases.append((show(line), line))
            except UnicodeEncodeError:
                continue  # a line the encoding cannot write (Korean in Windows-1251)
        cases = [(bad, good) for bad, good in cases if bad != good and "\ufffd" not in bad]
        fixed = sum(repair_text(bad).text == good for bad, good in cases)
        print(f"  {how:28} {fixed / max(len(cases), 1):7.1%} of {len(cases):,} lines")
    changed = sum(repair_text(line).text != line for line in lines)
    print(f"  correct lines changed        {changed / len(lines):7.2%} of {len(lines):,} lines")
    latin = _latin_lines(random.Random(11))
    changed = sum(repair_text(line).text != line for line in latin)
    print(
        f"  correct Latin lines changed  {changed / len(latin):7.2%} of {len(latin):,} lines "
        f"({', '.join(LATIN)}; words from wordfreq)"
    )


LATIN = ("fr", "de", "es", "pt", "sv", "it", "nl", "fi")


def _latin_lines(rng: random.Random, per_language: int = 2000) -> list[str]:
    """Lines in languages written in Latin-1's letters, which a repair must leave alone."""
    from wordfreq import top_n_list

    lines = []
    for lang in LATIN:
        words = [word for word in top_n_list(lang, 5000) if word.isalpha()]
        for _ in range(per_language):
            line = " ".join(rng.choices(words, k=rng.randint(3, 15)))
            lines.append(line[0].upper() + line[1:])
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2000)
    args = parser.parse_args()
    pages = list(documents(args.docs))
    cost(pages)
    detection(pages, random.Random(7))
    mojibake(pages)


if __name__ == "__main__":
    main()
