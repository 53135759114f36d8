//! A digest: story heads printed one after another, each right above a paragraph of its own
//! (mirrors `normalize/digests.py`). Its heads are no page's headline; a long one makes the
//! page a listing. A teaser paraphrases its head as often as it repeats it, so the chain is
//! known by its shape and enough of its heads echoed by their paragraphs, not every one.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::echo::{LineKeys, ECHO_PRIOR_WORDS};
use crate::headline::{signal, Candidate};
use crate::labels::is_dashed_turn;
use crate::numbered::list_number;
use crate::page::EchoWords;

// A digest's item: a head of this many words at least, right above a paragraph of its own this
// many characters long at least; the head is echoed when the paragraph repeats this share of
// its words (with `ECHO_PRIOR_WORDS`); the next item's head follows within this many lines
// with text. A digest with a head shorter than a whole headline (a name, a label: an article's
// subheads are as short) has three heads, three of them echoed; else two.
const DIGEST_HEAD_WORDS: usize = 3;
const DIGEST_WHOLE_HEAD: usize = 5;
const DIGEST_SHORT_HEADS: usize = 3;
const DIGEST_PARAGRAPH: usize = 60;
const DIGEST_ECHO: f64 = 0.2;
const DIGEST_STEP: usize = 4;
// A head with a dateline or byline this near below it (two lines) is an article's headline.
const DIGEST_DATELINE: f64 = 0.75;
// A chain's last head is an article's headline when this many paragraphs at least stand
// within this many lines with text below the line right under it (its deck or first paragraph).
const LEAD_PARAGRAPHS: usize = 2;
const LEAD_LINES: usize = 2 * DIGEST_STEP;
// A chain of two heads whose first stands above this many paragraphs before the second is an
// article's headline, its lead, then a subhead: a digest's item has a teaser, not a lead.
const ARTICLE_LEAD: usize = 3;
/// A digest of more heads than this is a listing's body: each head has a teaser of its own, so
/// fewer of them make one than of the story heads `is_listing` counts.
const LISTING_DIGEST: usize = 2;
/// A digest whose heads each stand above their photograph's caption, their paragraph this many
/// lines below them, has this many heads at least.
const PICTURED_PLACE: usize = 2;
const PICTURED_HEADS: usize = 3;
/// Questions each above their answer are the body's subheads when this many at least.
const QUESTIONS: usize = 3;
/// A page's contents: this many heads at least on lines in a row, this many of them printed
/// again below, each over its own story.
const CONTENTS_HEADS: usize = 3;
const CONTENTS_COPIES: usize = 2;

/// The lines of the story heads that a digest prints one after another: two heads or more
/// (three when one is short), each right above a paragraph of its own, as many of them echoed
/// by their paragraphs, the next head a few lines below with nothing between but that
/// paragraph and machinery. `words` are the candidates' echo words, `filled` the page's lines
/// with text, in order, `body` the places among them of the lines shaped like a paragraph.
pub fn digest_items<S: AsRef<str>>(
    candidates: &[Candidate],
    words: &[EchoWords],
    lines: &LineKeys<S>,
    filled: &[usize],
    body: &[usize],
) -> FxHashSet<usize> {
    let mut heads: Vec<&Candidate> = Vec::new();
    let mut echoed: FxHashSet<usize> = FxHashSet::default();
    for (candidate, words) in candidates.iter().zip(words) {
        if heads_a_paragraph(candidate, words, lines, filled, 1) {
            heads.push(candidate);
            if is_echoed_by_paragraph(candidate, words, lines, filled, 1) {
                echoed.insert(candidate.placed.line);
            }
        }
    }
    let mut items = FxHashSet::default();
    for chain in heads.chunk_by(|last, head| follows(last, head, candidates, lines, filled)) {
        let chain_heads = without_article_head(without_lead_head(chain, body), lines, filled);
        let keys: FxHashSet<&str> = chain_heads.iter().map(|c| c.placed.key.as_str()).collect();
        let short = chain_heads
            .iter()
            .any(|c| c.words(DIGEST_WHOLE_HEAD) < DIGEST_WHOLE_HEAD);
        let least = if short { DIGEST_SHORT_HEADS } else { 2 };
        let heard = chain_heads
            .iter()
            .filter(|c| echoed.contains(&c.placed.line))
            .count();
        if keys.len() >= least && heard >= least {
            items.extend(chain_heads.iter().map(|c| c.placed.line));
        }
    }
    items.extend(pictured_items(candidates, words, lines, filled));
    items
}

/// The lines of the questions a page asks one after another, each right above the paragraph
/// that answers it: three different ones at least, in a row as a digest's heads are, none
/// asked to be echoed by its answer; the page's first candidate is none of them when a dateline
/// stands next to it (`question_items`).
pub fn question_items<S: AsRef<str>>(
    candidates: &[Candidate],
    words: &[EchoWords],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> FxHashSet<usize> {
    let heads = heads_where(candidates, words, |candidate, words| {
        candidate.placed.text.ends_with('?')
            && heads_a_paragraph(candidate, words, lines, filled, 1)
    });
    let mut items = distinct_runs(
        &heads,
        |last, head| follows(last, head, candidates, lines, filled),
        QUESTIONS,
    );
    // the page opens with its first question, dated: an article's headline asking, no subhead
    if let Some(first) = candidates.first() {
        if signal(&first.signals, "near_dateline") > 0.0 {
            items.remove(&first.placed.line);
        }
    }
    items
}

/// The lines of the heads a page lists as its contents and of their copies below (Python's
/// `contents_items`): heads on lines in a row, `CONTENTS_HEADS` at least from the first one
/// printed again, none a sentence, `CONTENTS_COPIES` or more of them printed again below the
/// list in the list's order, a paragraph (at a place in `body`) between each copy and the
/// next, as each heads its own story. The line above the list is the page's own title.
pub fn contents_items(candidates: &[Candidate], body: &[usize]) -> FxHashSet<usize> {
    let mut items = FxHashSet::default();
    for run in contents_lists(candidates) {
        let last = run.last().map_or(0, |head| head.placed.order);
        // each copy below the list, and the place in the list of the head it copies
        let copies: Vec<(&Candidate, usize)> = candidates
            .iter()
            .filter(|c| c.placed.order > last)
            .filter_map(|c| {
                let place = run.iter().position(|head| head.placed.key == c.placed.key);
                place.map(|place| (c, place))
            })
            .collect();
        let ordered = copies.windows(2).all(|pair| pair[0].1 < pair[1].1);
        if copies.len() < CONTENTS_COPIES || !ordered {
            continue;
        }
        let listed = &run[copies[0].1..];
        let told = copies.windows(2).all(|pair| {
            let (first, second) = (pair[0].0.placed.order, pair[1].0.placed.order);
            body.iter().any(|&place| first < place && place < second)
        });
        let plain = listed.iter().all(|c| signal(&c.signals, "sentence") == 0.0);
        if told && plain && listed.len() >= CONTENTS_HEADS {
            let copied = copies.iter().map(|(copy, _)| *copy);
            items.extend(listed.iter().chain(copied).map(|c| c.placed.line));
        }
    }
    items
}

/// The candidates in runs on lines in a row, each run's heads all different (a head printed
/// again opens the next run) (Python's `_lists`).
fn contents_lists(candidates: &[Candidate]) -> Vec<&[Candidate]> {
    let mut runs = Vec::new();
    let mut start = 0;
    for (k, head) in candidates.iter().enumerate().skip(1) {
        let apart = head.placed.order != candidates[k - 1].placed.order + 1;
        if apart
            || candidates[start..k]
                .iter()
                .any(|c| c.placed.key == head.placed.key)
        {
            runs.push(&candidates[start..k]);
            start = k;
        }
    }
    if start < candidates.len() {
        runs.push(&candidates[start..]);
    }
    runs
}

/// The lines of the heads' runs, each head of a run following the one before it, that hold
/// `least` different heads or more (Python's `_distinct_runs`).
fn distinct_runs(
    heads: &[&Candidate],
    follows: impl FnMut(&&Candidate, &&Candidate) -> bool,
    least: usize,
) -> FxHashSet<usize> {
    let mut items = FxHashSet::default();
    for run in heads.chunk_by(follows) {
        let keys: FxHashSet<&str> = run.iter().map(|c| c.placed.key.as_str()).collect();
        if keys.len() >= least {
            items.extend(run.iter().map(|c| c.placed.line));
        }
    }
    items
}

/// The candidates that `is_head` takes with their echo words, in the page's order.
fn heads_where<'c>(
    candidates: &'c [Candidate],
    words: &[EchoWords],
    is_head: impl Fn(&Candidate, &EchoWords) -> bool,
) -> Vec<&'c Candidate> {
    candidates
        .iter()
        .zip(words)
        .filter(|(candidate, words)| is_head(candidate, words))
        .map(|(head, _)| head)
        .collect()
}

/// The lines of the story heads a digest prints each above a short line (its photograph's
/// caption) and a paragraph of its own that echoes it: three heads at least in a row, each a
/// unit of those three lines below the one before (`_pictured_items`).
fn pictured_items<S: AsRef<str>>(
    candidates: &[Candidate],
    words: &[EchoWords],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> FxHashSet<usize> {
    let heads = heads_where(candidates, words, |candidate, words| {
        heads_a_paragraph(candidate, words, lines, filled, PICTURED_PLACE)
            && is_echoed_by_paragraph(candidate, words, lines, filled, PICTURED_PLACE)
    });
    let unit = PICTURED_PLACE + 1; // a head, its short line and its paragraph
    let mut items = distinct_runs(
        &heads,
        |last, head| head.placed.order == last.placed.order + unit,
        PICTURED_HEADS,
    );
    // the short line may be the head's copy without what is glued to it (a clip's duration)
    let above: FxHashMap<usize, &str> = heads
        .iter()
        .filter(|c| items.contains(&c.placed.line))
        .map(|c| (c.placed.order + 1, c.placed.key.as_str()))
        .collect();
    let copies: Vec<usize> = candidates
        .iter()
        .filter(|c| is_copy_below(c, above.get(&c.placed.order).copied()))
        .map(|c| c.placed.line)
        .collect();
    items.extend(copies);
    items
}

/// Whether the candidate is the copy of the head right above it (its key), without what the
/// head has glued to it (`_is_copy_below`).
fn is_copy_below(candidate: &Candidate, head: Option<&str>) -> bool {
    head.is_some_and(|head| {
        !candidate.placed.key.is_empty() && head.starts_with(&candidate.placed.key)
    })
}

/// Whether a digest's heads are as many as a listing's: the page is a listing, whatever stands
/// above them.
pub fn is_long_digest(items: &FxHashSet<usize>) -> bool {
    items.len() > LISTING_DIGEST
}

/// Whether the candidate is a story head above a paragraph of its own (right above it, or at
/// `place` lines above it with nothing but short lines between), not printed again apart from
/// it, with no dateline of its own just below.
fn heads_a_paragraph<S: AsRef<str>>(
    candidate: &Candidate,
    words: &EchoWords,
    lines: &LineKeys<S>,
    filled: &[usize],
    place: usize,
) -> bool {
    if candidate.words(DIGEST_HEAD_WORDS) < DIGEST_HEAD_WORDS
        || signal(&candidate.signals, "repeated") >= 1.0
        || signal(&candidate.signals, "near_dateline") >= DIGEST_DATELINE
        || ["sentence", "caption", "machinery", "site", "long"]
            .iter()
            .any(|name| signal(&candidate.signals, name) != 0.0)
    {
        return false;
    }
    let order = candidate.placed.order;
    let Some(&below) = filled.get(order + place) else {
        return false;
    };
    let short_between = filled[order + 1..order + place]
        .iter()
        .all(|&line| lines.chars(line) < DIGEST_PARAGRAPH);
    // an interview's question over its answer, each a dialogue's dashed turn, heads no story
    short_between
        && lines.chars(below) >= DIGEST_PARAGRAPH
        && !words.is_empty()
        && !(is_dashed_turn(lines.line(filled[order])) && is_dashed_turn(lines.line(below)))
}

/// The chain without its last head when that one stands above a lead of several paragraphs:
/// the article's headline below a box of other stories' heads, not its last item.
fn without_lead_head<'a>(chain: &'a [&'a Candidate], body: &[usize]) -> &'a [&'a Candidate] {
    let Some((last, rest)) = chain.split_last() else {
        return chain;
    };
    let below = last.placed.order + 1;
    let paragraphs = body
        .iter()
        .filter(|&&place| below < place && place < below + LEAD_LINES)
        .count();
    if paragraphs >= LEAD_PARAGRAPHS {
        rest
    } else {
        chain
    }
}

/// Whether the paragraph `place` lines below the candidate repeats enough of its words.
pub(crate) fn is_echoed_by_paragraph<S: AsRef<str>>(
    candidate: &Candidate,
    words: &EchoWords,
    lines: &LineKeys<S>,
    filled: &[usize],
    place: usize,
) -> bool {
    let Some(&below) = filled.get(candidate.placed.order + place) else {
        return false;
    };
    if words.is_empty() {
        return false;
    }
    let shared = words.shared_with(lines.words(below));
    shared as f64 / (words.len() + ECHO_PRIOR_WORDS) as f64 >= DIGEST_ECHO
}

/// The chain without its first head when that one is an article's headline above its
/// subheads, whose paragraphs run on as its lead: it has no list number and every head after
/// it has one (an intro, then numbered sections "1. …", "2. …"), it is a whole headline and
/// every head after it is short (a transcript's speakers, an interview's names), or it is one
/// of two heads and stands above three paragraphs before the other (a lead, then a subhead)
/// (`_without_article_head`).
fn without_article_head<'c, S: AsRef<str>>(
    chain: &'c [&'c Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> &'c [&'c Candidate] {
    let numbered = |c: &Candidate| {
        filled
            .get(c.placed.order)
            .is_some_and(|&line| list_number(lines.line(line)).is_some())
    };
    let whole = |c: &Candidate| c.words(DIGEST_WHOLE_HEAD) >= DIGEST_WHOLE_HEAD;
    let over_lead = |first: &Candidate, next: &Candidate| {
        filled[first.placed.order + 1..next.placed.order]
            .iter()
            .filter(|&&line| lines.chars(line) >= DIGEST_PARAGRAPH)
            .count()
            >= ARTICLE_LEAD
    };
    match chain {
        [first, rest @ ..]
            if !rest.is_empty()
                && ((!numbered(first) && rest.iter().all(|c| numbered(c)))
                    || (whole(first) && !rest.iter().any(|c| whole(c)))
                    || matches!(rest, [next] if over_lead(first, next))) =>
        {
            rest
        }
        _ => chain,
    }
}

/// Whether the other head is the next item after the head: a few lines below it, with no
/// candidate between them but the head's paragraph, machinery, and a line the page prints
/// again at the same place in the other head's item (a "Read more" link closing each).
fn follows<S: AsRef<str>>(
    head: &Candidate,
    other: &Candidate,
    candidates: &[Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> bool {
    let (from, to) = (head.placed.order, other.placed.order);
    if to < from + 2 || to - from > DIGEST_STEP {
        return false;
    }
    !candidates.iter().any(|c| {
        from + 1 < c.placed.order
            && c.placed.order < to
            && ["machinery", "site", "caption"]
                .iter()
                .all(|name| signal(&c.signals, name) == 0.0)
            && !printed_in_item(c.placed.order, to - from, lines, filled)
    })
}

/// Whether the page prints the line at this place again `step` lines below it: the same link
/// in the next item, at the same place.
fn printed_in_item<S: AsRef<str>>(
    order: usize,
    step: usize,
    lines: &LineKeys<S>,
    filled: &[usize],
) -> bool {
    filled
        .get(order + step)
        .is_some_and(|&at| lines.line(at) == lines.line(filled[order]))
}
