//! Running text told from a headline: a finished sentence, a clause left open, several
//! sentences on one line, or a long cry opening a report (mirrors `normalize/running_text.py`).
//!
//! A notice of several sentences on one line that closes with "!" or "?" ("Maintenance is
//! under way. Pages may load slowly. Thank you for your patience!") is no headline either,
//! though no full stop ends it: it is running text, as a reader's post or a lead of several
//! sentences is.
//!
//! A page printed in capitals throughout (a radio station's copy) marks no headline by its
//! capitals: a line in capitals closed by a stop beside another sentence in capitals is its
//! lead's sentence. On a page in mixed case a headline and its deck may both be in capitals and
//! closed by a stop: they stay headlines.
//!
//! A page that runs its Korean words together with no space (a blog service that dropped them)
//! tells no headline's length by its spaces: its title is one word as its sentences are.

use regex::Regex;
use rustc_hash::FxHashSet;

use crate::echo::Placed;
use crate::per_thread::per_thread;
use crate::segment::chars;
use crate::text::{count_words, split_words};
use crate::title_shapes::{ends_sentence, is_shouted, BODY_SENTENCE_WORDS};
use crate::titles::DASHES;
use crate::trailing_off::{trails_off, TITLE_CASE_LETTERS};

/// A Korean line run together with no space: one word of this many Hangul syllables at least,
/// as no Korean word is; a page prints this many such lines at least when it drops its spaces.
const RUN_TOGETHER_SYLLABLES: usize = 15;
const RUN_TOGETHER_LINES: usize = 3;
/// A line in title case: every long word of Latin letters (`TITLE_CASE_LETTERS` letters or
/// more) opens with a capital, this many such words at least ("Ferry Fares Rise Again. Here Is Why."), as no
/// English sentence is printed; fewer are a sentence of names ("Ana Ruiz won.")
/// (`_TITLE_CASE_LETTERS`, `_TITLE_CASE_WORDS`).
const TITLE_CASE_WORDS: usize = 5;
/// A headline of two short sentences ("Ferry sinks. Who pays?") has this many words at most.
const TWO_SENTENCE_HEAD_WORDS: usize = 10;
/// A lead's first sentence, closed by a full stop inside the line, has this many words at
/// least, and its next one, unclosed, this many, `LEAD_RUNNING_WORDS` of them running text.
const LEAD_SENTENCE_WORDS: usize = 8;
const LEAD_REST_WORDS: usize = 6;
const LEAD_RUNNING_WORDS: usize = 3;
/// A cry this long, a comma inside it, is a post's first sentence; a headline's cry is shorter
/// (`_LONG_CRY_WORDS`).
const LONG_CRY_WORDS: usize = 15;
/// What may follow a cry's mark, spaces too (`_AFTER_CRY`).
const AFTER_CRY: [char; 6] = ['"', '\'', '”', '’', '»', ')'];
/// Marks that open a quotation: a line that ends with one was broken where a quotation starts.
const OPENING_QUOTES: [char; 4] = ['“', '«', '「', '『'];
/// A low mark that opens a quotation the high one closes („…“).
const LOW_QUOTE: char = '„';

per_thread! {
    /// One sentence closed and another opened on a line: a word ending in three small
    /// letters or in a Hangul syllable, its stop, a space, a capital or a syllable
    /// (`_INNER_STOP`).
    fn inner_stop() -> Regex {
        Regex::new(r"(?:\p{Ll}{3}|\p{Hangul})[.!?]\p{White_Space}+(?:\p{Lu}|\p{Hangul})")
            .expect("a valid pattern")
    }
}

per_thread! {
    /// A line's last sentence closed by a mark, maybe inside a quotation or a bracket
    /// (`_CLOSED`).
    fn closed() -> Regex {
        Regex::new(r#"[.!?…]["'”’»)]*\p{White_Space}*$"#).expect("a valid pattern")
    }
}

per_thread! {
    /// A sentence closed by a full stop and another opened on a line (`_INNER_FULL_STOP`).
    fn inner_full_stop() -> Regex {
        Regex::new(r"(?:\p{Ll}{3}|\p{Hangul})\.\p{White_Space}+(?:\p{Lu}|\p{Hangul})")
            .expect("a valid pattern")
    }
}

per_thread! {
    /// A word of running text: it opens with a small letter or a letter of a script with no
    /// case (`_RUNNING_WORD`).
    fn running_word() -> Regex {
        Regex::new(r"(?:^|\p{White_Space})[\p{Ll}\p{Lo}]").expect("a valid pattern")
    }
}

per_thread! {
    /// A sentence's closing mark after a word in small letters, a capitalised name of three
    /// words at most glued right after it, closing the line: an aggregator's summary with its
    /// source's name run into it (`_GLUED_SOURCE`).
    fn glued_source() -> Regex {
        Regex::new(r"\p{Ll}{2}[.!?]\p{Lu}[^\s.!?]*(?:\s+[^\s.!?]+){0,2}$")
            .expect("a valid pattern")
    }
}

per_thread! {
    /// A wire story's dateline opening its lead: a place in capitals, its state, country or day
    /// after a comma, the agency's name in brackets, a colon or a dash, then the lead's words
    /// ("TAMALE, May 3 (Nordwire): The minister …"); no headline opens so, though a flag before
    /// a bracket does ("WATCH (VIDEO): …") (`_WIRE_DATELINE`).
    fn wire_dateline() -> Regex {
        Regex::new(concat!(
            r"^\p{Lu}{2,}[\p{Lu}\p{White_Space}.'’-]*",
            r",[^()]{1,30}",
            r"\p{White_Space}\(\p{Lu}[\p{L}-]*(?:\p{White_Space}\p{Lu}[\p{L}-]*){0,2}\)",
            r"\p{White_Space}*[:—–-]+\p{White_Space}*\p{L}",
        ))
        .expect("a valid pattern")
    }
}

/// Whether the line is a sentence of `BODY_SENTENCE_WORDS` words or more closed by its mark,
/// a source's capitalised name of three words at most glued right after it: a summary an
/// aggregator credits to the outlet it came from (Python's `_closes_before_source`).
fn closes_before_source(text: &str) -> bool {
    may_glue_a_source(text)
        && glued_source().find(text).is_some_and(|glued| {
            count_words(&text[..glued.start()], BODY_SENTENCE_WORDS) >= BODY_SENTENCE_WORDS
        })
}

/// Whether a sentence's closing mark stands right before an ASCII capital or a character
/// beyond ASCII, as before every source `glued_source` finds: a line with none is told
/// without the pattern.
fn may_glue_a_source(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(b'.', b'!', b'?', bytes).any(|at| {
        bytes
            .get(at + 1)
            .is_some_and(|&next| next.is_ascii_uppercase() || !next.is_ascii())
    })
}

/// Whether a sentence closes inside the line and another opens after it (Python's
/// `opens_another_sentence`).
pub fn opens_another_sentence(text: &str) -> bool {
    inner_stop().is_match(text)
}

/// Whether the line is running text of two sentences or more, its last one closed by a mark:
/// a site's notice, a reader's post, a lead; a headline of two short sentences
/// (`TWO_SENTENCE_HEAD_WORDS` words at most) may be so; a lead whose last sentence is cut
/// short is running text too (`is_long_pair`) (Python's `holds_sentences`).
pub fn holds_sentences(text: &str) -> bool {
    count_words(text, TWO_SENTENCE_HEAD_WORDS + 1) > TWO_SENTENCE_HEAD_WORDS
        && (closed().is_match(text) || is_long_pair(text))
        && inner_stop().is_match(text)
}

/// Whether the line stops where its clause goes on: after a colon or a comma, after a
/// quotation's opening mark (a sentence broken where the quotation starts), or after a dash set
/// off by a space (a dateline whose story starts on the next line) (Python's `leaves_open`).
fn leaves_open(text: &str) -> bool {
    let stripped = text.trim_end_matches(chars::is_space);
    let opened = stripped.ends_with(OPENING_QUOTES)
        && !(stripped.ends_with('“') && stripped.contains(LOW_QUOTE));
    let undashed = stripped.trim_end_matches(DASHES);
    let dangling = undashed.len() < stripped.len() && undashed.ends_with(chars::is_space);
    opened || dangling || stripped.ends_with([':', '：', ','])
}

/// Whether the line opens with a sentence of `LEAD_SENTENCE_WORDS` words or more closed by a
/// full stop, and `LEAD_REST_WORDS` words or more follow it, `LEAD_RUNNING_WORDS` of them
/// running text: a lead's two sentences, the last one cut short (Python's `_is_long_pair`).
fn is_long_pair(text: &str) -> bool {
    let Some(stop) = inner_full_stop().find(text) else {
        return false;
    };
    let end = stop.start() + text[stop.start()..].find('.').map_or(0, |at| at + 1);
    let rest = &text[end..];
    count_words(&text[..end], LEAD_SENTENCE_WORDS) >= LEAD_SENTENCE_WORDS
        && count_words(rest, LEAD_REST_WORDS) >= LEAD_REST_WORDS
        && running_word()
            .find_iter(rest)
            .take(LEAD_RUNNING_WORDS)
            .count()
            >= LEAD_RUNNING_WORDS
}

/// Whether the line reads as running text rather than a headline: a finished sentence, a
/// clause left open (`leaves_open`), several sentences (`holds_sentences`), one long cry
/// (`is_long_cry`) or a lead opened by a wire story's dateline (`wire_dateline`); text all of
/// whose letters are capitals is not running text, however it closes, nor is one word or two
/// trailing off ("Finally …", "Ice breaks…"); a letter's salutation is running text too
/// (`is_salutation`) (Python's `reads_as_sentence`).
pub fn reads_as_sentence(text: &str) -> bool {
    leaves_open(text)
        || (closes(text) && !is_shouted(text) && !is_titled_pair(text))
        || wire_dateline().is_match(text)
        || crate::chrome::is_salutation(text)
}

/// Whether the line is two sentences or more in title case (`in_title_case`): an English headline
/// and the short tag after its stop, as no lead is set; one sentence in title case closed by its
/// stop stays a sentence (Python's `_is_titled_pair`).
fn is_titled_pair(text: &str) -> bool {
    inner_stop().is_match(text) && in_title_case(text)
}

/// Whether the line is in title case: all its letters Latin, every word of `TITLE_CASE_LETTERS`
/// letters or more opening with a capital, `TITLE_CASE_WORDS` such words at least (fewer are a
/// sentence of names, "Ana Ruiz Won.") (Python's `in_title_case`).
pub fn in_title_case(text: &str) -> bool {
    let mut capitals = 0;
    for word in text.split(chars::is_space).filter(|word| !word.is_empty()) {
        let mut letters = word.chars().filter(|&c| chars::is(c, chars::L)).peekable();
        let Some(&first) = letters.peek() else {
            continue;
        };
        let mut count = 0;
        for c in letters {
            if !chars::is(c, chars::LATIN) {
                return false;
            }
            count += 1;
        }
        if chars::is(first, chars::LU) {
            capitals += usize::from(count >= TITLE_CASE_LETTERS);
        } else if count >= TITLE_CASE_LETTERS {
            return false;
        }
    }
    capitals >= TITLE_CASE_WORDS
}

/// Whether the line closes as a sentence does, holds sentences or is one long cry, whatever its case
/// (Python's `_closes`).
fn closes(text: &str) -> bool {
    (ends_sentence(text) && !trails_off(text))
        || holds_sentences(text)
        || is_long_cry(text)
        || closes_before_source(text)
}

/// The lines of the candidates in capitals that close as a sentence does (`closes`) right
/// above or below a sentence in capitals of `BODY_SENTENCE_WORDS` words or more, closed or left
/// open, on a page printed in capitals (`printed_in_capitals`), whose capitals mark no
/// headline: such a line is its lead's sentence (Python's `shouted_sentences`). `filled` holds
/// the lines with text, by rank.
pub fn shouted_sentences<S: AsRef<str>>(
    candidates: &[Placed],
    lines: &[S],
    filled: &[usize],
) -> FxHashSet<usize> {
    let is_shouted_sentence = |rank: usize| {
        filled.get(rank).is_some_and(|&index| {
            let text = lines[index].as_ref();
            is_shouted(text) && is_body_sentence(text)
        })
    };
    let found: FxHashSet<usize> = candidates
        .iter()
        .filter(|c| {
            is_shouted(&c.text)
                && closes(&c.text)
                && (c.order.checked_sub(1).is_some_and(is_shouted_sentence)
                    || is_shouted_sentence(c.order + 1))
        })
        .map(|c| c.line)
        .collect();
    if found.is_empty() || printed_in_capitals(filled.iter().map(|&k| lines[k].as_ref())) {
        found
    } else {
        FxHashSet::default()
    }
}

/// Whether more of the page's sentences (lines with text of `BODY_SENTENCE_WORDS` words or
/// more, closed or left open) are in capitals than not: the page is printed in capitals,
/// whatever its list of other stories' heads in mixed case (Python's `_printed_in_capitals`).
fn printed_in_capitals<'a>(texts: impl Iterator<Item = &'a str>) -> bool {
    let (mut shouted, mut spoken) = (0usize, 0usize);
    for text in texts.filter(|text| is_body_sentence(text)) {
        if is_shouted(text) {
            shouted += 1;
        } else {
            spoken += 1;
        }
    }
    shouted > spoken
}

/// Whether the line is a sentence of a story's body: `BODY_SENTENCE_WORDS` words or more,
/// closed as a sentence is (`closes`) or left open (`leaves_open`) (Python's
/// `_is_body_sentence`).
fn is_body_sentence(text: &str) -> bool {
    count_words(text, BODY_SENTENCE_WORDS) >= BODY_SENTENCE_WORDS
        && (closes(text) || leaves_open(text))
}

/// Whether the line is one long sentence closed by an exclamation mark, a comma inside it: a
/// report's opening words, not a headline's cry ("Book club nights are back!") (Python's
/// `_is_long_cry`).
fn is_long_cry(text: &str) -> bool {
    let closed = text.trim_end_matches(|c: char| AFTER_CRY.contains(&c) || chars::is_space(c));
    closed.ends_with(['!', '！'])
        && count_words(text, LONG_CRY_WORDS) >= LONG_CRY_WORDS
        && text.contains(", ")
}

/// Whether a text is Korean printed with no space: one word holding `syllables` Hangul
/// syllables at least (Python's `is_run_together`).
pub fn is_run_together(text: &str, syllables: usize) -> bool {
    let mut words = split_words(text);
    if words.next().is_none() || words.next().is_some() {
        return false;
    }
    text.chars()
        .filter(|c| ('\u{AC00}'..='\u{D7A3}').contains(c))
        .take(syllables)
        .count()
        >= syllables
}

/// Whether a page runs its Korean words together with no space: `RUN_TOGETHER_LINES` of its
/// lines at least are each one word of `RUN_TOGETHER_SYLLABLES` Hangul syllables or more
/// (Python's `runs_words_together`).
pub fn runs_words_together<'a>(texts: impl Iterator<Item = &'a str>) -> bool {
    texts
        .filter(|text| is_run_together(text, RUN_TOGETHER_SYLLABLES))
        .take(RUN_TOGETHER_LINES)
        .count()
        == RUN_TOGETHER_LINES
}
