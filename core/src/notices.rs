//! A site's notice printed above an article: one short sentence that reads as a paragraph
//! but is not the article's start (mirrors `normalize/notices.py`).
//!
//! Pages may open with a line addressed to their reader (the site is under repair, the archive
//! being browsed, how to use a board) above the article's headline. Read as the article's
//! first paragraph, it makes the headline look as if it stood below the text. Such a notice is
//! short and shares no word with the paragraph under the headline, which echoes the headline.
//!
//! A preview is the other such line: the article's own first paragraph printed above it once
//! more (a page's description, a teaser above the sign-up prompts), which the page prints again
//! where the article starts, under its headline.
//!
//! A box of notices addressed to the reader (a payment that failed, a subscription about to
//! end, alerts to turn on) may stand above the headline too, each notice a sentence or two
//! longer than a short notice: none shares a word with the article's lead, and English speaks
//! to its reader as "you" (Russian's "вы" is an interviewer's too; Korean leaves the reader
//! unnamed).
//!
//! A prompt box is the site's too: a head, a notice addressed to the reader right below it, and
//! a button right below that which repeats the head's first word, its verb ("Follow the
//! Harbour Post on Telegram" / "Get every story on your phone." / "Follow now"). Its head is no
//! headline and its notice no paragraph of the article.
//!
//! A notification box is the site's as well: a close button's label naming the box it closes on
//! a line of its own ("Close notification", "Dismiss alert"), then the notice, a head over its
//! one sentence or that sentence alone. A close mark alone ("X") closes a pop-up the scraper
//! lost, above the headline.
//!
//! Nor is a line that opens with the headline, printed whole on a line of its own below it, and
//! runs on into the lead: a scraper glued the page's head and its description into one line.

use regex::Regex;

use crate::chrome::is_close_label;
use crate::echo::{LineKeys, Placed};
use crate::headline::LEAD_LINES;
use crate::page::EchoWords;
use crate::per_thread::per_thread;
use crate::running_text::{opens_another_sentence, reads_as_sentence};
use crate::segment::chars;
use crate::text::count_words;

/// A headline glued to the lead on the line above its own copy has this many words or more
/// (`_GLUED_HEAD_WORDS`).
const GLUED_HEAD_WORDS: usize = 3;

/// A teaser's paragraphs above a "read more" link: this many at most, the last one cut short
/// (`_TEASER_PARAGRAPHS`); the link has this many words at most (`_LINK_WORDS`).
const TEASER_PARAGRAPHS: usize = 3;
const LINK_WORDS: usize = 3;
/// A notice is one short sentence or two; a lead paragraph is longer.
const NOTICE_WORDS: usize = 10;
/// A notice addressed to the reader has this many words at most: a sentence or two, not a lead.
const READER_NOTICE_WORDS: usize = 40;
/// A prompt's button has this many words at most: "Follow now", "Subscribe".
const BUTTON_WORDS: usize = 2;
/// A quotation's speaker's line is one sentence of this many words at most, a name and an
/// office (`_SPEAKER_WORDS`).
const SPEAKER_WORDS: usize = 15;
per_thread! {
    /// A paragraph cut short: a word broken off by an ellipsis (`_CUT_SHORT`).
    fn cut_short() -> Regex {
        Regex::new(r"\p{L}(?:\.\.\.|…)$").expect("a valid pattern")
    }
}

per_thread! {
    /// A quotation's opening: a speech dash or a quotation mark (`_QUOTATION`).
    fn quotation() -> Regex {
        Regex::new(r#"^\s*(?:[—–«„“"]|-\s)"#).expect("a valid pattern")
    }
}

per_thread! {
    /// A number in a line (`_DIGIT`): a date's or a count's, which no "read more" link has.
    fn digit() -> Regex {
        Regex::new(r"\d").expect("a valid pattern")
    }
}

per_thread! {
    /// A quotation, whose words are its speaker's, not the notice's (`_QUOTED`).
    fn quoted() -> Regex {
        Regex::new(r#"«[^»]*»|“[^”]*”|"[^"]*""#).expect("a valid pattern")
    }
}

per_thread! {
    /// The words with which a notice speaks to its reader, no letter on either side: an English
    /// or a Russian second person's pronoun, or a Russian polite imperative opening it
    /// (`_READER`).
    fn reader() -> Regex {
        Regex::new(concat!(
            r"(?i)(?:^|\P{L})(?:you|yours?|вы|вас|вам|вами|ваш(?:а|е|и|его|ей|ему|им|ими|их|у)?)",
            r"(?:\P{L}|$)|^\P{L}*\p{Cyrillic}+(?:йте|ите)(?:сь)?(?:\P{L}|$)",
        ))
        .expect("a valid pattern")
    }
}

/// The article's paragraphs (ranks among the lines with text), the first ones left out while
/// each is printed twice in a row (`is_printed_twice`), and the quotation's speaker right below
/// them when they quote (`is_speaker_below`), then the first left out when it is a
/// site's notice: at most `NOTICE_WORDS` words, sharing no word with the next paragraph, with
/// a candidate between them whose words (`words`, one set per candidate) that paragraph (at
/// most `LEAD_LINES` below it) echoes; then the first ones left out when they are notices
/// addressed to the reader (`without_reader_notices`); then the first left out when it is a
/// preview (`is_preview`). Otherwise `body` as it is.
pub fn without_notice<'b, S: AsRef<str>>(
    body: &'b [usize],
    candidates: &[Placed],
    words: &[EchoWords],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> &'b [usize] {
    let mut body = body;
    let mut doubled = None;
    while let Some((&first, rest)) = body.split_first() {
        if !is_printed_twice(lines, filled, first) {
            break;
        }
        doubled = Some(first);
        body = rest;
    }
    if let (Some(quoted), Some((&first, rest))) = (doubled, body.split_first()) {
        if is_speaker_below(lines, filled, quoted, first) {
            body = rest;
        }
    }
    let body = without_glued_head(body, candidates, lines, filled);
    let body = without_teaser(body, candidates, words, lines, filled);
    let body = without_short_notice(body, candidates, words, lines, filled);
    let body = without_reader_notices(body, candidates, words, lines, filled);
    if is_preview(body, candidates, lines, filled) {
        body.get(1..).unwrap_or(body)
    } else {
        body
    }
}

/// `body` without its first paragraph when it opens with a candidate of `GLUED_HEAD_WORDS`
/// words or more that stands below it on a line of its own, a space and more words after it
/// on the paragraph's line: the headline glued to its lead, printed again alone below, no
/// paragraph of the article (Python's `_without_glued_head`).
fn without_glued_head<'b, S: AsRef<str>>(
    body: &'b [usize],
    candidates: &[Placed],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> &'b [usize] {
    let Some((&first, rest)) = body.split_first() else {
        return body;
    };
    let text = lines.filled_line(filled, first);
    let glued = candidates.iter().any(|c| {
        c.order > first
            && text
                .strip_prefix(c.text.as_str())
                .is_some_and(|after| after.starts_with(' '))
            && c.text.split_whitespace().count() >= GLUED_HEAD_WORDS
    });
    if glued {
        rest
    } else {
        body
    }
}

/// `body` without its first paragraphs when they are another story's teaser: one of the first
/// `TEASER_PARAGRAPHS` is cut short (a word broken off by an ellipsis), the next line with
/// text is no paragraph and no candidate but a link of `LINK_WORDS` words at most and no
/// number ("read more"), the paragraph after it is not cut short, and a candidate between the
/// link and that paragraph (`LEAD_LINES` above it at most) has words (`words`) it echoes: the
/// article, under its own headline, starts there (Python's `_without_teaser`).
fn without_teaser<'b, S: AsRef<str>>(
    body: &'b [usize],
    candidates: &[Placed],
    words: &[EchoWords],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> &'b [usize] {
    let text_at = |rank: usize| lines.filled_line(filled, rank);
    for (k, &rank) in body.iter().take(TEASER_PARAGRAPHS).enumerate() {
        if k + 1 == body.len() || !cut_short().is_match(text_at(rank)) {
            continue;
        }
        let lead = body[k + 1];
        let link = text_at(rank + 1);
        if lead == rank + 1
            || candidates.iter().any(|c| c.order == rank + 1)
            || cut_short().is_match(text_at(lead))
            || count_words(link, LINK_WORDS + 1) > LINK_WORDS
            || digit().is_match(link)
        {
            return body;
        }
        let Some(&lead_line) = filled.get(lead) else {
            return body;
        };
        let lead_words = lines.words(lead_line);
        let echoed_head = candidates.iter().zip(words).any(|(c, head_words)| {
            rank + 1 < c.order
                && c.order < lead
                && lead - c.order <= LEAD_LINES
                && head_words.shared_with(lead_words) > 0
        });
        return if echoed_head { &body[k + 1..] } else { body };
    }
    body
}

/// Whether the line with text at `rank` (among `filled`) is printed again on the line with
/// text next to it, above or below (the same key): a box shown twice, a caption and its copy
/// (Python's `is_printed_twice`).
fn is_printed_twice<S: AsRef<str>>(lines: &LineKeys<S>, filled: &[usize], rank: usize) -> bool {
    let Some(&index) = filled.get(rank) else {
        return false;
    };
    let key = lines.key(index);
    !key.is_empty()
        && [rank.checked_sub(1), Some(rank + 1)]
            .into_iter()
            .flatten()
            .filter_map(|near| filled.get(near))
            .any(|&near| lines.key(near) == key)
}

/// Whether the line with text at `rank`, right below the one at `quoted` (a speech dash or a
/// quotation mark opening it), names its speaker: one sentence of `SPEAKER_WORDS` words at most,
/// a name and an office under a box's quotation (Python's `is_speaker_below`).
fn is_speaker_below<S: AsRef<str>>(
    lines: &LineKeys<S>,
    filled: &[usize],
    quoted: usize,
    rank: usize,
) -> bool {
    let text_at = |rank: usize| lines.filled_line(filled, rank);
    let line = text_at(rank);
    rank == quoted + 1
        && quotation().is_match(text_at(quoted))
        && count_words(line, SPEAKER_WORDS + 1) <= SPEAKER_WORDS
        && !opens_another_sentence(line)
}

/// Whether the first paragraph of `body` (ranks among the lines with text, `filled`) is a
/// preview: the page prints it again as a candidate's lead below it, the first paragraph
/// under it (Python's `is_preview`).
fn is_preview<S: AsRef<str>>(
    body: &[usize],
    candidates: &[Placed],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> bool {
    let (Some(&first), Some(_)) = (body.first(), body.get(1)) else {
        return false;
    };
    let Some(&first_line) = filled.get(first) else {
        return false;
    };
    let text = lines.line(first_line);
    candidates.iter().filter(|c| c.order > first).any(|c| {
        body.iter()
            .find(|&&p| p > c.order)
            .and_then(|&p| filled.get(p))
            .is_some_and(|&i| lines.line(i) == text)
    })
}

/// `body` without its first paragraph when that is a short notice (`without_notice`).
fn without_short_notice<'b, S: AsRef<str>>(
    body: &'b [usize],
    candidates: &[Placed],
    words: &[EchoWords],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> &'b [usize] {
    let short = body.len() >= 2
        && body
            .first()
            .and_then(|&notice| filled.get(notice))
            .is_some_and(|&line| count_words(lines.line(line), NOTICE_WORDS + 1) <= NOTICE_WORDS);
    without_notices(body, usize::from(short), candidates, words, lines, filled)
}

/// `body` without its first paragraphs when they are notices addressed to the reader: each of
/// `READER_NOTICE_WORDS` words at most, speaking to the reader, and dropped as
/// `without_notices` drops them (Python's `_without_reader_notices`).
fn without_reader_notices<'b, S: AsRef<str>>(
    body: &'b [usize],
    candidates: &[Placed],
    words: &[EchoWords],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> &'b [usize] {
    let text_at = |rank: usize| lines.filled_line(filled, rank);
    let mut notices = 0;
    while notices + 1 < body.len() && addresses_reader(text_at(body[notices])) {
        notices += 1;
    }
    without_notices(body, notices, candidates, words, lines, filled)
}

/// `body` without its first `notices` paragraphs when none of them shares a word with the
/// paragraph after them (the lead) and a candidate between them and the lead (`LEAD_LINES`
/// above it at most) has words (`words`) the lead echoes; else `body` whole (Python's
/// `_without_notices`).
fn without_notices<'b, S: AsRef<str>>(
    body: &'b [usize],
    notices: usize,
    candidates: &[Placed],
    words: &[EchoWords],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> &'b [usize] {
    if notices == 0 || notices >= body.len() {
        return body;
    }
    let lead = body[notices];
    let Some(&lead_line) = filled.get(lead) else {
        return body;
    };
    let lead_words = lines.words(lead_line);
    let shared = body[..notices]
        .iter()
        .filter_map(|&notice| filled.get(notice))
        .any(|&notice| lines.words(notice).shared_with(lead_words) > 0);
    if shared {
        return body;
    }
    let last = body[notices - 1];
    let echoed_head = candidates.iter().zip(words).any(|(c, head_words)| {
        last < c.order
            && c.order < lead
            && lead - c.order <= LEAD_LINES
            && head_words.shared_with(lead_words) > 0
    });
    if echoed_head {
        &body[notices..]
    } else {
        body
    }
}

/// The ranks among the page's `count` lines with text (`text` gives each by its rank) of each
/// prompt box's head and notice: a line, right below it a notice addressed to the reader
/// (`addresses_reader`), right below that a button of `BUTTON_WORDS` words at most that opens
/// with the head's first word; and a question of `NOTICE_WORDS` words at most right above a
/// call of `BUTTON_WORDS` words at most closed by an exclamation mark, and that call ("Got a
/// story to tell?" / "Tell us!"), unless a sentence follows the call, which then answers a
/// headline's question (Python's `prompt_boxes`).
pub fn prompt_boxes<'a>(text: impl Fn(usize) -> &'a str, count: usize) -> Vec<usize> {
    let mut boxes = Vec::new();
    for rank in 1..count {
        if is_call(text(rank))
            && is_short_question(text(rank - 1))
            && !(rank + 1 < count && reads_as_sentence(text(rank + 1)))
        {
            boxes.extend([rank - 1, rank]);
        }
    }
    for rank in 2..count {
        let button = text(rank);
        if count_words(button, BUTTON_WORDS + 1) > BUTTON_WORDS {
            continue;
        }
        let verb = first_word(button);
        if verb.is_empty() {
            continue;
        }
        let head = first_word(text(rank - 2));
        let same = if verb.is_ascii() && head.is_ascii() {
            verb.eq_ignore_ascii_case(head)
        } else {
            verb.to_lowercase() == head.to_lowercase()
        };
        if same && addresses_reader(text(rank - 1)) {
            boxes.extend([rank - 2, rank - 1]);
        }
    }
    boxes
}

/// The ranks among the page's lines with text of each notification box: a close button's
/// label naming the box it closes on a line of its own, and the notice right below it, the
/// sentence on the next line or a head over the sentence on the line after it, with no sentence
/// right below that one, a story's lead (Python's `notification_boxes`).
pub fn notification_boxes<'a>(text: impl Fn(usize) -> &'a str, count: usize) -> Vec<usize> {
    let mut boxes = Vec::new();
    for rank in 0..count {
        if !is_close_label(text(rank)) {
            continue;
        }
        boxes.push(rank);
        let sentence = (rank + 1..count.min(rank + 3)).find(|&k| reads_as_sentence(text(k)));
        if let Some(sentence) = sentence {
            if !(sentence + 1 < count && reads_as_sentence(text(sentence + 1))) {
                boxes.extend(rank + 1..=sentence);
            }
        }
    }
    boxes
}

/// Whether the line is a call to the reader: `BUTTON_WORDS` words at most, closed by an
/// exclamation mark (Python's `_is_call`).
fn is_call(text: &str) -> bool {
    count_words(text, BUTTON_WORDS + 1) <= BUTTON_WORDS && text.trim_end().ends_with('!')
}

/// Whether the line is a question of `NOTICE_WORDS` words at most (Python's
/// `_is_short_question`).
fn is_short_question(text: &str) -> bool {
    count_words(text, NOTICE_WORDS + 1) <= NOTICE_WORDS && text.trim_end().ends_with('?')
}

/// A text's first word, its letters (`_WORD.search`), or "" when it has no letter.
fn first_word(text: &str) -> &str {
    let Some(start) = text.find(|c: char| chars::is(c, chars::L)) else {
        return "";
    };
    let rest = &text[start..];
    let end = rest
        .find(|c: char| !chars::is(c, chars::L))
        .unwrap_or(rest.len());
    &rest[..end]
}

/// Whether the paragraph is a notice's length and speaks to its reader (Python's
/// `_addresses_reader`).
fn addresses_reader(text: &str) -> bool {
    count_words(text, READER_NOTICE_WORDS + 1) <= READER_NOTICE_WORDS
        && reader().is_match(&quoted().replace_all(text, " "))
}

#[cfg(test)]
mod tests {
    use super::addresses_reader;

    #[test]
    fn a_russian_notice_speaks_to_its_reader_as_python_reads_it() {
        assert!(addresses_reader(
            "Войдите, чтобы сохранять статьи в закладки."
        ));
        assert!(addresses_reader(
            "Авторизуясь, вы соглашаетесь с правилами сайта."
        ));
        assert!(!addresses_reader(
            "В Вашингтоне прошли переговоры о пошлинах."
        ));
        assert!(!addresses_reader(
            "Строители сдали мост через Ольшанку досрочно."
        ));
        assert!(!addresses_reader(
            "«Прямо с поезда к вам», — сказал тренер и сел отвечать на вопросы."
        ));
    }
}
