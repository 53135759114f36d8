//! Decks (mirrors `normalize/decks.py`).
//!
//! A deck is a line right below a headline, in a headline's shape, that says more of its story
//! (a subtitle, a subhead, a summary's points). A deck repeats more of the lead's words than its
//! headline does; its place tells it: it stands below the headline. Two kinds of headline are
//! known to have one: a story head that its lead echoes, and a quotation printed whole (an
//! interview's or a feature's headline is often its speaker's words, which the lead seldom
//! repeats; the line below, in the outlet's words, says what the story is).

use rustc_hash::FxHashSet;
use std::collections::{BTreeMap, BTreeSet};

use crate::captions::is_doubled_caption;
use crate::headline::{
    flag, is_deck_of, may_have_a_deck, printed_twice, set_signal, signal, Candidate,
};
use crate::segment::chars;
use crate::summaries::summary_points;
use crate::text::count_words;
use crate::timestamps::parse_timestamp;
use crate::title_shapes::is_body_shaped;
use crate::titles::DASHES;
use crate::wraps::split_openings;

/// A feature's headline above its deck has this many words at least (a kicker is shorter).
const FEATURE_HEAD_WORDS: usize = 4;
/// What no feature's headline is: a caption, machinery, a site's name, a sentence, longer than a
/// headline, a copy with machinery glued on, a line below the article's start, one in lower case.
const NO_HEAD: [&str; 8] = [
    "caption",
    "machinery",
    "site",
    "sentence",
    "long",
    "glued",
    "after_body",
    "lower_case",
];
/// The quotation marks that open a quotation, each with the one that closes it (`_QUOTES`).
const QUOTES: [(char, char); 4] = [('«', '»'), ('“', '”'), ('„', '“'), ('"', '"')];
/// Every quotation mark (`_MARKS`).
const MARKS: [char; 6] = ['«', '»', '“', '”', '„', '"'];
/// A quotation printed whole is a headline when it has this many words at least (a shorter one
/// is a name, a title of a work, a nickname).
const QUOTATION_WORDS: usize = 3;

/// The places of a deck whose lines open the page under a hash and a space ("# …"), as a
/// list's bullet marks them: the first line with text when it opens so and the next line stands
/// right below it, and the lines right below it, no blank between, up to the first paragraph.
/// `filled` holds the places of the lines with text, which `line` reads. A markdown heading
/// ("# Title") has a blank line below it, or its byline or dateline (one of `dated`) right below
/// it, and stays a headline (Python's `hash_deck_lines`).
pub fn hash_deck_lines<'a>(
    line: impl Fn(usize) -> &'a str,
    filled: &[usize],
    dated: &FxHashSet<usize>,
) -> Vec<usize> {
    let (Some(&first), Some(&second)) = (filled.first(), filled.get(1)) else {
        return Vec::new();
    };
    // a heading over its byline
    if !line(first).starts_with("# ") || second != first + 1 || dated.contains(&second) {
        return Vec::new();
    }
    let mut deck = vec![first];
    for pair in filled.windows(2) {
        let (above, index) = (pair[0], pair[1]);
        if index != above + 1 || is_body_shaped(line(index)) {
            break;
        }
        deck.push(index);
    }
    deck
}

/// Sets each candidate's `deck` (it stands below a headline that may have a deck, or it is a
/// point of a summary under the dateline, or a line opened by a dash right below a headline:
/// `dash_decks`) and `quoted_head` (it is a quotation printed whole with its deck right below
/// it, or a headline in capitals over its deck split in two: `heads_over_split_decks`); a
/// summary's point echoes no more than its headline, and neither does a dash's deck; a line of
/// the page (`lines`) printed twice above a photograph's credit, below the page's first headline
/// that may have a deck, is that photograph's caption; a quotation printed twice over a
/// headline nearer its dateline is a kicker (`quoted_kickers`), weighed as a deck, and no
/// headline with a deck. `dated` holds the ranks of the datelines and bylines, `body_start` the
/// rank of the article's first paragraph.
pub fn mark_decks<S: AsRef<str>>(
    candidates: &mut [Candidate],
    dated: &[i64],
    body_start: usize,
    lines: &[S],
) -> Result<(), String> {
    // no headline, and none a deck stands below
    let kickers = quoted_kickers(candidates);
    let heads: Vec<bool> = candidates
        .iter()
        .map(|c| Ok(may_have_a_deck(c, dated)? && !kickers.contains(&c.placed.line)))
        .collect::<Result<_, String>>()?;
    // a feature's short headline: decks below it, no caption rule
    let feature = feature_head(candidates, body_start)?;
    let mut points = dash_decks(candidates, lines);
    points.extend(summary_points(candidates, dated, body_start));
    let mut quoted = quoted_heads(candidates);
    quoted.extend(heads_over_split_decks(candidates, lines));
    let mut quoted_decks: BTreeSet<usize> = quoted.values().copied().collect();
    quoted_decks.extend(decks_past_datelines(candidates, &heads, dated, body_start));
    // the headlines a deck may stand below
    let heads_above: Vec<&Candidate> = candidates
        .iter()
        .zip(&heads)
        .filter(|(_, &may)| may)
        .map(|(head, _)| head)
        .chain(feature.map(|k| &candidates[k]))
        .collect();
    // a headline printed twice under no head: no deck of a line further up
    let twice = printed_twice(candidates, body_start, &heads_above, dated);
    let decked: Vec<bool> = candidates
        .iter()
        .map(|candidate| {
            !twice.contains(&candidate.placed.line)
                && heads_above
                    .iter()
                    .any(|head| is_deck_of(candidate, head) && !alt_copied(candidate, head, lines))
        })
        .collect();
    // the page's first headline that may have a deck: a caption printed twice below it is its
    // photograph's
    let first_head = candidates
        .iter()
        .zip(&heads)
        .find(|(_, &may)| may)
        .map(|(head, _)| head.placed.order);
    let echoes: BTreeMap<usize, f64> = candidates
        .iter()
        .map(|c| (c.placed.line, signal(&c.signals, "echo")))
        .collect();
    for (candidate, decked) in candidates.iter_mut().zip(decked) {
        let line = candidate.placed.line;
        let below_a_head = decked || points.contains_key(&line) || quoted_decks.contains(&line);
        candidate.signals.push(("deck", flag(below_a_head)));
        candidate
            .signals
            .push(("quoted_head", flag(quoted.contains_key(&line))));
        // a caption printed twice is printed again on the page (`repeated`), right under its
        // copy (`is_doubled_caption`)
        if first_head.is_some_and(|order| order < candidate.placed.order)
            && signal(&candidate.signals, "repeated") > 0.0
            && is_doubled_caption(lines, line)
        {
            set_signal(&mut candidate.signals, "caption", 1.0);
        }
        if let Some(head) = points.get(&line) {
            // a summary's point sums up its headline's story: its lead's words are no more its
            // own than its headline's
            let held = signal(&candidate.signals, "echo").min(echoes[head]);
            set_signal(&mut candidate.signals, "echo", held);
        }
    }
    mark_decks_below_decks(candidates, body_start);
    // a kicker is weighed as a deck, set above its headline
    for candidate in candidates.iter_mut() {
        if kickers.contains(&candidate.placed.line) {
            set_signal(&mut candidate.signals, "deck", 1.0);
        }
    }
    Ok(())
}

/// Whether a line further down the page (`lines`) opens with the candidate's text, a comma and
/// more words (an image's alt text with its number, "Headline, image No. 1"), and the line above
/// it (`head`) is printed nowhere else: a headline under a site's name, which an alt text repeats
/// as it seldom repeats a deck, and no deck of that name (Python's `_alt_copied`).
fn alt_copied<S: AsRef<str>>(candidate: &Candidate, head: &Candidate, lines: &[S]) -> bool {
    if signal(&head.signals, "repeated") != 0.0 {
        return false;
    }
    let opening = format!("{}, ", candidate.placed.text);
    lines
        .iter()
        .skip(candidate.placed.line + 2)
        .any(|line| line.as_ref().starts_with(&opening))
}

/// The lines of the decks a page opens with a dash under their headline, each with the line of
/// that headline (by their lines): the candidates on the lines with text right below a
/// candidate of a whole headline's length in no deck's line, no sentence, machinery or caption
/// (`NO_HEAD`), each line opening with a dash, glued to its first word or spaced ("-412호 2면
/// …을 읽고", "- 노후 주거지 …"), as a subtitle is set under its headline (Python's
/// `dash_decks`).
fn dash_decks<S: AsRef<str>>(candidates: &[Candidate], lines: &[S]) -> BTreeMap<usize, usize> {
    let dashed = |line: usize| lines[line].as_ref().starts_with(DASHES);
    let by_rank: BTreeMap<usize, &Candidate> =
        candidates.iter().map(|c| (c.placed.order, c)).collect();
    let mut found = BTreeMap::new();
    for head in candidates {
        if dashed(head.placed.line)
            || !is_deck_shaped(head)
            || NO_HEAD
                .iter()
                .any(|name| signal(&head.signals, name) != 0.0)
        {
            continue;
        }
        let mut below = by_rank.get(&(head.placed.order + 1));
        while let Some(deck) = below.filter(|deck| dashed(deck.placed.line)) {
            found.insert(deck.placed.line, head.placed.line);
            below = by_rank.get(&(deck.placed.order + 1));
        }
    }
    found
}

/// A feature's short headline, which its lead does not echo (a turn of phrase), by its index
/// (`_feature_heads`): the page's first candidate that states no time, of `FEATURE_HEAD_WORDS`
/// words at least, sharing a word with the article but none with its lead, no sentence, widget
/// or date, right above a longer candidate in a deck's shape and no sentence, the last one
/// before the article's first paragraph (at rank `body_start`), which says the story plainly;
/// a deck printed twice, its copy right below it, is one.
fn feature_head(candidates: &[Candidate], body_start: usize) -> Result<Option<usize>, String> {
    let mut before: Vec<usize> = Vec::new();
    for (k, candidate) in candidates.iter().enumerate() {
        // a deck printed twice, its copy right below it, is one deck
        let copy = before.last().is_some_and(|&last| {
            let above = &candidates[last].placed;
            above.order + 1 == candidate.placed.order && above.key == candidate.placed.key
        });
        if candidate.placed.order < body_start && !copy {
            before.push(k);
        }
    }
    let first_undated = before
        .iter()
        .position(|&k| signal(&candidates[k].signals, "dated") == 0.0);
    if before.len() < 2 || first_undated != Some(before.len() - 2) {
        return Ok(None);
    }
    let at = before[before.len() - 2];
    let (head, deck) = (&candidates[at], &candidates[before[before.len() - 1]]);
    let words = head.words(FEATURE_HEAD_WORDS);
    let shaped = words >= FEATURE_HEAD_WORDS
        && signal(&head.signals, "echo") > 0.0
        && signal(&head.signals, "lead_echo") == 0.0
        && !NO_HEAD
            .iter()
            .any(|name| signal(&head.signals, name) != 0.0);
    let below = deck.placed.order == head.placed.order + 1
        && deck.words(usize::MAX) > head.words(usize::MAX)
        && is_deck_shaped(deck)
        && signal(&deck.signals, "sentence") == 0.0
        && !head.placed.key.contains(deck.placed.key.as_str())
        && !deck.placed.key.contains(head.placed.key.as_str());
    if !(shaped && below) {
        return Ok(None);
    }
    let dated = parse_timestamp(&head.placed.text, None, None)
        .map_err(|error| error.to_string())?
        .is_some();
    Ok((!dated).then_some(at))
}

/// Marks a deck each candidate right below a deck, above the article's first paragraph (at
/// rank `body_start`), with a whole headline's length and no finished sentence: a headline's
/// second and third decks (`_mark_decks_below_decks`). A line the page prints again on the
/// next line is no deck: a headline printed twice below a site's header. In page order (the
/// candidates are in it, so the one on the line with text above is the one before, the one
/// below the one after), so each deck marked passes the mark on below.
/// The lines of the decks below a headline that may have one (`heads`), printed once or twice
/// on lines next to each other, over its byline and dateline block: the first candidate below
/// the headline (its lower copy) that is no machinery and no site's name, in a deck's shape and
/// no sentence, above the article's first paragraph (at rank `body_start`), with a dateline or
/// byline (ranks `dated`) between them. A short headline's subtitle stands below its date and
/// share box, a board post's below its poster's name and time.
fn decks_past_datelines(
    candidates: &[Candidate],
    heads: &[bool],
    dated: &[i64],
    body_start: usize,
) -> Vec<usize> {
    let keys: BTreeMap<usize, &str> = candidates
        .iter()
        .map(|c| (c.placed.order, c.placed.key.as_str()))
        .collect();
    let mut found = Vec::new();
    for (head, _) in candidates.iter().zip(heads).filter(|(_, &may)| may) {
        let order = head.placed.order;
        // the head's lower copy when it is printed twice, else the head itself
        let last = if keys.get(&(order + 1)) == Some(&head.placed.key.as_str()) {
            order + 1
        } else {
            order
        };
        let deck = candidates.iter().find(|c| {
            last < c.placed.order
                && c.placed.order < body_start
                && signal(&c.signals, "machinery") == 0.0
                && signal(&c.signals, "site") == 0.0
        });
        let Some(deck) = deck else { continue };
        let dated_between = dated.iter().any(|&rank| {
            usize::try_from(rank).is_ok_and(|rank| last < rank && rank < deck.placed.order)
        });
        if deck.placed.key != head.placed.key
            && is_deck_shaped(deck)
            && signal(&deck.signals, "sentence") == 0.0
            && dated_between
        {
            found.push(deck.placed.line);
        }
    }
    found
}

fn mark_decks_below_decks(candidates: &mut [Candidate], body_start: usize) {
    for k in 1..candidates.len() {
        let (above, candidate) = (&candidates[k - 1], &candidates[k]);
        let printed_again = candidates.get(k + 1).is_some_and(|below| {
            below.placed.order == candidate.placed.order + 1
                && below.placed.key == candidate.placed.key
        });
        if above.placed.order + 1 == candidate.placed.order
            && !printed_again
            && signal(&above.signals, "deck") != 0.0
            && candidate.placed.order < body_start
            && is_deck_shaped(candidate)
            && signal(&candidate.signals, "sentence") == 0.0
        {
            set_signal(&mut candidates[k].signals, "deck", 1.0);
        }
    }
}

/// The headlines printed as a quotation whole, each with the line of its deck (by their
/// lines): the candidate on the next line with text has a whole headline's length and stands
/// no nearer a dateline or byline than the quotation. A quotation above a headline that sits
/// on its dateline is a kicker, not the headline.
pub fn quoted_heads(candidates: &[Candidate]) -> BTreeMap<usize, usize> {
    let by_rank: BTreeMap<usize, &Candidate> =
        candidates.iter().map(|c| (c.placed.order, c)).collect();
    let mut found = BTreeMap::new();
    for head in candidates {
        let Some(below) = by_rank.get(&(head.placed.order + 1)) else {
            continue;
        };
        if !is_quotation(head) {
            continue;
        }
        if is_deck_shaped(below)
            && signal(&below.signals, "near_dateline") <= signal(&head.signals, "near_dateline")
        {
            found.insert(head.placed.line, below.placed.line);
        }
    }
    found
}

/// The lines of a quotation printed whole twice, its copy right below it, above a headline
/// that sits nearer its dateline or byline: a kicker, the story's words pulled out over its
/// head, which the story quotes and so echoes; it is no headline and has no deck. A quotation
/// printed once over a line nearer the dateline is a headline over its deck (`quoted_heads`)
/// (Python's `quoted_kickers`).
fn quoted_kickers(candidates: &[Candidate]) -> BTreeSet<usize> {
    let by_rank: BTreeMap<usize, &Candidate> =
        candidates.iter().map(|c| (c.placed.order, c)).collect();
    let mut found = BTreeSet::new();
    for quote in candidates {
        let order = quote.placed.order;
        let (Some(copy), Some(below)) = (by_rank.get(&(order + 1)), by_rank.get(&(order + 2)))
        else {
            continue;
        };
        if copy.placed.key != quote.placed.key || !is_quotation(quote) {
            continue;
        }
        let nearer =
            signal(&below.signals, "near_dateline") > signal(&copy.signals, "near_dateline");
        if nearer
            && is_deck_shaped(below)
            && signal(&below.signals, "sentence") == 0.0
            && !is_quotation(below)
        {
            found.extend([quote.placed.line, copy.placed.line]);
        }
    }
    found
}

/// The headlines in capitals, each with the line of the deck printed right below it over two
/// lines, its first words, then its rest in small letters (`split_openings`), by their lines
/// (Python's `heads_over_split_decks`): a feature's title, whose words its lead seldom
/// repeats, over the deck that says its story. A line in capitals that is a sentence, machinery
/// or below the article's start is none.
pub fn heads_over_split_decks<S: AsRef<str>>(
    candidates: &[Candidate],
    lines: &[S],
) -> BTreeMap<usize, usize> {
    let mut found = BTreeMap::new();
    for (k, trio) in candidates.windows(3).enumerate() {
        let (head, below, rest) = (&trio[0].placed, &trio[1].placed, &trio[2].placed);
        if below.order != head.order + 1
            || rest.order != head.order + 2
            || !chars::str_is_upper(&head.text)
        {
            continue;
        }
        if ["sentence", "machinery", "after_body"]
            .iter()
            .any(|name| signal(&trio[0].signals, name) != 0.0)
        {
            continue;
        }
        if split_openings(&candidates[k + 1..k + 3], lines).contains(&below.line) {
            found.insert(head.line, below.line);
        }
    }
    found
}

/// Whether the candidate is a quotation printed whole, before the article: it opens and closes
/// with a pair of quotation marks and holds no other, and has a headline's words.
pub fn is_quotation(candidate: &Candidate) -> bool {
    let text = &candidate.placed.text;
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let Some(&(_, closing)) = QUOTES.iter().find(|(opening, _)| *opening == first) else {
        return false;
    };
    let Some(last) = chars.next_back() else {
        return false;
    };
    let inner: Vec<char> = chars.collect();
    last == closing
        && !inner.is_empty()
        && !inner.iter().any(|c| MARKS.contains(c))
        && count_words(text, QUOTATION_WORDS) >= QUOTATION_WORDS
        && signal(&candidate.signals, "after_body") == 0.0
        && signal(&candidate.signals, "glued") == 0.0
}

/// Whether the candidate has a whole headline's length (a section's heading, "Introduction",
/// is shorter).
fn is_deck_shaped(candidate: &Candidate) -> bool {
    signal(&candidate.signals, "length") > 0.0
}
