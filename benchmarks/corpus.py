"""A corpus of scraped pages in the shapes of fixtures/docs, with varied words, tags and times.

    python benchmarks/corpus.py OUT_FOLDER --docs 10000          # one .txt file per document
    python benchmarks/corpus.py OUT.jsonl --docs 1000000         # JSON Lines, {"id", "text"}

Every document is different: sentences are drawn from each language's common words
(wordfreq's lists), hashtags from the same words, times from a range of days in the printed
forms outlets use. The seed fixes the corpus: the same arguments write the same bytes.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

from wordfreq import top_n_list

START = datetime(2023, 1, 1, 6, 0)
SEED = 20240517
RU_MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"


@cache
def _words(lang: str) -> list[str]:
    return [word for word in top_n_list(lang, 3000) if word.isalpha() and len(word) > 1]


def _sentence(rng: random.Random, lang: str, low: int = 8, high: int = 22) -> str:
    words = rng.choices(_words(lang), k=rng.randint(low, high))
    words[0] = words[0].capitalize()
    return " ".join(words) + rng.choice(".........!?")


def _title(rng: random.Random, lang: str) -> str:
    words = rng.choices(_words(lang), k=rng.randint(5, 11))
    return " ".join([words[0].capitalize(), *words[1:]])


def _paragraphs(rng: random.Random, lang: str) -> list[str]:
    return [
        " ".join(_sentence(rng, lang) for _ in range(rng.randint(1, 4)))
        for _ in range(rng.randint(4, 12))
    ]


def _tag(rng: random.Random, lang: str) -> str:
    words = rng.choices(_words(lang), k=rng.randint(1, 3))
    if lang == "ko":
        return "#" + "".join(words)
    joined = "_" if rng.random() < 0.3 else ""
    return "#" + joined.join(word.capitalize() if lang == "en" else word for word in words)


def _when(rng: random.Random) -> datetime:
    return START + timedelta(minutes=rng.randrange(0, 60 * 24 * 600))


def video_page(rng: random.Random) -> str:
    title, variant, when = _title(rng, "en"), _title(rng, "ko"), _when(rng)
    tags = " ".join(
        [_tag(rng, "en") for _ in range(rng.randint(2, 5))] + [_tag(rng, "ko") for _ in range(2)]
    )
    return "\n\n".join(
        [
            title,
            f"Описание к видео {title}",
            variant,
            *_paragraphs(rng, "en"),
            tags,
            "📣 Facebook :   / examplenews\n📣 Homepage : https://example.com/",
            f"{when:%Y-%m-%d, %H:%M} (KST)",
            "Комментарии",
            "Информация по комментариям в разработке",
        ]
    )


def portal_page(rng: random.Random) -> str:
    teasers = [
        f"{rng.choice(['Entertainment', 'News', 'Sports'])}\n\n{_sentence(rng, 'en')[:-1]}..."
        for _ in range(3)
    ]
    return "\n\n".join(
        [
            "Connect with us",
            "Hi, what are you looking for?",
            "News",
            _title(rng, "en"),
            *_paragraphs(rng, "en"),
            "Click to comment\nSubscribe\nNotify of\nguest\n0 Comments",
            "You May Also Like",
            *teasers,
        ]
    )


def english_edition(rng: random.Random) -> str:
    posted = _when(rng)
    modified = posted + timedelta(minutes=rng.randrange(0, 300))
    return "\n\n".join(
        [
            _title(rng, "en"),
            f"Posted on : {posted:%Y-%m-%d %H:%M} KST Modified on : {modified:%Y-%m-%d %H:%M} KST",
            *_paragraphs(rng, "en"),
            "By Kim Min-ji, staff reporter",
            "button that move to original korean article (클릭시 원문으로 이동하는 버튼)",
            "Related stories",
            "Most viewed articles",
        ]
    )


def korean_article(rng: random.Random) -> str:
    when = _when(rng)
    return "\n\n".join(
        [
            f"[속보] {_title(rng, 'ko')}",
            f"입력 {when:%Y.%m.%d %H:%M}",
            *_paragraphs(rng, "ko"),
            "홍길동 기자 hong@example.co.kr",
            "무단 전재 및 재배포 금지",
            "관련기사",
            _title(rng, "ko"),
            "댓글",
        ]
    )


def russian_article(rng: random.Random) -> str:
    when = _when(rng)
    month = RU_MONTHS.split()[when.month - 1]
    return "\n\n".join(
        [
            "Политика",
            _title(rng, "ru"),
            f"{when.day} {month} {when.year}, {when:%H:%M}",
            *_paragraphs(rng, "ru"),
            " ".join(_tag(rng, "ru") for _ in range(3)),
            "Читайте также",
            _title(rng, "ru"),
            "Подписаться",
            "Комментарии",
        ]
    )


SHAPES: list[Callable[[random.Random], str]] = [
    video_page,
    portal_page,
    english_edition,
    korean_article,
    russian_article,
]


def documents(count: int, seed: int = 20240517) -> Iterator[str]:
    rng = random.Random(seed)
    for number in range(count):
        yield SHAPES[number % len(SHAPES)](rng)


def write(out: Path, count: int, seed: int) -> None:
    if out.suffix == ".jsonl":
        with out.open("w", encoding="utf-8") as handle:
            for number, text in enumerate(documents(count, seed)):
                handle.write(
                    json.dumps({"id": f"doc{number:07d}", "text": text}, ensure_ascii=False) + "\n"
                )
        return
    for number, text in enumerate(documents(count, seed)):
        folder = out / f"{number // 1000:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{number:07d}.txt").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="a folder (one .txt per document) or a .jsonl file")
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    write(args.out, args.docs, args.seed)


if __name__ == "__main__":
    main()
