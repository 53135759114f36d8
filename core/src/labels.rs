//! A line of page machinery that looks like a headline: a menu's or a toolbar's labels run
//! together on one line or glued with no space, a transcript's turns (the twin of
//! `normalize/labels.py` and `normalize/turns.py`; a record's fields are `record_fields.rs`'s,
//! the weather reading and the promo banner stay in `headline.rs`).

use regex::Regex;
use rustc_hash::FxHashSet;

use crate::chrome::is_view_label;
use crate::per_thread::per_thread;
use crate::record_fields::line_label;
use crate::segment::{chars, is_word, Result, CASED_WORD_LISTS};
use crate::text::{count_words, split_words};

/// A run of labels has this many words at least (a Korean toolbar's, a Russian menu's).
const HANGUL_LABELS: usize = 7;
const CYRILLIC_LABELS: usize = 8;
/// A Korean label is a word of two or three syllables ("인쇄", "아래로"), most of them two.
const LABEL_SYLLABLES: std::ops::RangeInclusive<usize> = 2..=3;
const TWO_SYLLABLE_SHARE: f64 = 2.0 / 3.0;
/// A run of Hangul nouns whose lead repeats this share of it (its echo) is a headline, no menu
/// (Python's `_ECHOED_RUN`).
const ECHOED_RUN: f64 = 0.5;
/// A Russian menu capitalises most of its labels; a headline, its first word and names.
const CAPITALISED_SHARE: f64 = 0.7;
/// Russian prepositions and conjunctions, the closed class that joins a sentence's words; a
/// menu's labels stand side by side, none joined to the next (Python's `_JOINING_WORDS`).
const JOINING_WORDS: &str =
    "в во на с со к ко по о об от до из за для при про у без над под перед через и а но или";
/// The word a joining word joins has this many letters at least: an alphabet's letters join
/// nothing (`_JOINED_LETTERS`).
const JOINED_LETTERS: usize = 3;
/// The endings of a Russian adjective that agrees with the noun after it ("В НОВОМ ОБЛИКЕ"), on
/// a word of `ADJECTIVE_LETTERS` letters at least: a sentence joins a phrase, where a menu joins
/// its own labels' word pairs ("О НАС", "ВОПРОСЫ И ОТВЕТЫ"); endings nouns share often are left
/// out (`_ADJECTIVE_ENDINGS`).
const ADJECTIVE_ENDINGS: [&str; 19] = [
    "ЫЙ", "ОЙ", "АЯ", "ЯЯ", "ОЕ", "ЕЕ", "ЫЕ", "ОГО", "ЕГО", "ОМУ", "ЕМУ", "ЫМ", "ОМ", "УЮ", "ЮЮ",
    "ЫХ", "ИХ", "ЫМИ", "ИМИ",
];
const ADJECTIVE_LETTERS: usize = 4;

per_thread! {
    /// A label: letters and digits, a hyphen inside ("E-mail").
    fn label() -> Regex {
        Regex::new(r"^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$").expect("a valid pattern")
    }
}

per_thread! {
    /// An icon's label in small letters glued by a space before a capital: "заметка Мост …".
    fn icon_label() -> Regex {
        Regex::new(r"^(\p{Ll}+ )\p{Lu}").expect("a valid pattern")
    }
}

/// The label in small letters, with its space, that opens the line before a capital.
fn opening_icon_label(line: &str) -> Option<&str> {
    // a line that opens with no small letter has no such label, told without the pattern
    if !line.starts_with(char::is_lowercase) {
        return None;
    }
    Some(icon_label().captures(line)?.get(1)?.as_str())
}

/// The line without the label in small letters an icon's alt text glues before it, when
/// another line of the page (`text` gives each of its lines with text by its rank, `count` of
/// them; `line` opens the one at `rank`) opens with the same label before a capital too: a
/// page type's or a rubric's icon repeated over its items ("заметка <headline>", "заметка
/// Читайте также"). A line opening so once is the rest of a wrapped sentence.
pub fn without_icon_label<'a>(
    line: &'a str,
    text: impl Fn(usize) -> &'a str,
    count: usize,
    rank: usize,
) -> &'a str {
    let Some(label) = opening_icon_label(line) else {
        return line;
    };
    let repeated = (0..count).any(|k| k != rank && opening_icon_label(text(k)) == Some(label));
    if repeated {
        &line[label.len()..]
    } else {
        line
    }
}

per_thread! {
    /// A banner's call: a label of one to three words and a colon, then the name of what it
    /// calls for, an exclamation mark closing it ("Now Open: Seed Library!"); a rubric's label
    /// before a name calls for nothing ("Interview: Maria Lopez").
    fn banner_call() -> Regex {
        Regex::new(r"^\p{L}+(?: \p{L}+){0,2}: +(\p{L}[^:]*?)!$").expect("a valid pattern")
    }
}

/// The name a banner's call puts after its label and colon, without the label, when the next
/// line of the page (`text(rank + 1)`, of `count` lines with text; `line` opens the one at
/// `rank`) opens with that name and goes on, closed by no stop: the item's own title under a
/// promo's heading ("Now Open: Seed Library!" over "Seed Library Opens at the Eastside Branch")
/// (Python's `without_banner_label`).
pub fn without_banner_label<'a>(
    line: &'a str,
    text: impl Fn(usize) -> &'a str,
    count: usize,
    rank: usize,
) -> &'a str {
    // a line with no colon calls for nothing, told without the pattern
    if rank + 1 >= count || !line.contains(':') {
        return line;
    }
    let Some(name) = banner_call().captures(line).and_then(|found| found.get(1)) else {
        return line;
    };
    let below = text(rank + 1).trim();
    let opens = below
        .to_lowercase()
        .starts_with(&format!("{} ", name.as_str().to_lowercase()));
    if opens && !holds_sentence_stop(below) {
        &line[name.start()..]
    } else {
        line
    }
}

/// The labels of a toolbar's icons, the same in each language: print, e-mail, PDF.
const TOOLBAR_LABELS: [&str; 9] = [
    "print",
    "email",
    "e-mail",
    "pdf",
    "печать",
    "почта",
    "인쇄",
    "이메일",
    "메일",
];
/// A toolbar glued after a headline shows this many labels at least.
const TOOLBAR_RUN: usize = 2;

/// The line without the labels of a toolbar's icons glued after it, `TOOLBAR_RUN` of them at
/// least and nothing else after the text (a CMS prints its print and e-mail buttons on the
/// headline's line: "<headline> Печать E-mail", "<headline> PDF Print E-mail"); one such word
/// closing a line is the headline's own, and so are such words in small letters, a button's
/// label being capitalised ("… print PDF") (Python's `without_toolbar_tail`).
pub fn without_toolbar_tail(line: &str) -> &str {
    let (mut head, mut labels) = (line.trim_end_matches(chars::is_space), 0);
    while let Some(at) = head.rfind(' ') {
        let (rest, word) = (&head[..at], &head[at + 1..]);
        let folded = chars::casefold(word);
        // a button's label is capitalised: "… print PDF" is the headline's own
        if rest.trim_matches(chars::is_space).is_empty()
            || word.chars().next().is_some_and(char::is_lowercase)
            || !TOOLBAR_LABELS.contains(&folded.as_str())
        {
            break;
        }
        head = rest.trim_end_matches(chars::is_space);
        labels += 1;
    }
    if labels >= TOOLBAR_RUN {
        head
    } else {
        line
    }
}

/// What sets a site's name or section off after a headline on its line: "<headline> | <name>".
const BAR: &str = " | ";
/// A site's name or section printed after the bar has this many words at most.
const PRINTED_TAIL_WORDS: usize = 4;

/// The line without the words after its last bar when a line of the page above it (`text(k)`
/// for `k` below `rank`; `line` is the one at `rank`) prints them alone: the site's name in its
/// masthead, or the section's over its stories, not a dish's or a person's name the story
/// prints below (Python's `without_printed_tail`).
pub fn without_printed_tail<'a>(
    line: &'a str,
    text: impl Fn(usize) -> &'a str,
    count: usize,
    rank: usize,
) -> &'a str {
    // most lines hold no bar: one fast scan for its byte tells them (`rfind` reads backwards
    // a byte at a time)
    if memchr::memchr(b'|', line.as_bytes()).is_none() {
        return line;
    }
    let Some(at) = line.rfind(BAR) else {
        return line;
    };
    let (head, tail) = (line[..at].trim_end(), line[at + BAR.len()..].trim());
    if head.is_empty()
        || tail.is_empty()
        || count_words(tail, PRINTED_TAIL_WORDS + 1) > PRINTED_TAIL_WORDS
    {
        return line;
    }
    let printed = (0..rank.min(count)).any(|k| text(k).trim() == tail);
    if printed {
        head
    } else {
        line
    }
}

/// The fewest words of a headline that a page prints again without the word glued after it.
const ECHOED_HEAD_WORDS: usize = 3;

/// The line without its last word when a line of the page below it (`text` gives each of the
/// page's lines with text by its rank, `count` of them; `line` is the one at `rank`) prints the
/// rest alone, word for word: a blog skin's label glued after the post's title, which the post
/// prints again ("<headline> 본문" over "<headline>"). A rest of fewer than three words may be
/// a name or a section's, and stays whole; a word in capitals is a flag, which the title cuts
/// take off ("…. ВИДЕО"); a word with figures is the headline's own, its year or number ("…
/// returns 2024"); and a copy whose next line opens with the word is the headline wrapped ("…
/// over the" / "river").
pub fn without_echoed_head_tail<'a>(
    line: &'a str,
    text: impl Fn(usize) -> &'a str,
    count: usize,
    rank: usize,
) -> &'a str {
    let trimmed = line.trim_end();
    let Some(at) = trimmed.rfind(' ') else {
        return line;
    };
    let (head, tail) = (trimmed[..at].trim_end(), &trimmed[at + 1..]);
    // a word in capitals, as Python's `str.isupper` tells it: a cased letter, none in small ones
    let capitals = tail.chars().any(char::is_uppercase) && !tail.chars().any(char::is_lowercase);
    if tail.is_empty()
        || capitals
        || tail.chars().any(char::is_numeric)
        || count_words(head, ECHOED_HEAD_WORDS) < ECHOED_HEAD_WORDS
    {
        return line;
    }
    // the copy's next line opening with the word: the headline wrapped, no label cut off
    let wrapped = |k: usize| k + 1 < count && text(k + 1).split_whitespace().next() == Some(tail);
    // a line shorter than the rest is no copy of it, and is not trimmed (most lines are)
    let prints_head = |k: usize| text(k).len() >= head.len() && text(k).trim() == head;
    if (rank + 1..count).any(|k| prints_head(k) && !wrapped(k)) {
        head
    } else {
        line
    }
}

per_thread! {
    /// A word that opens with a capital (Unicode's category Lu).
    fn capitalised() -> Regex {
        Regex::new(r"^\p{Lu}").expect("a valid pattern")
    }
}

per_thread! {
    /// A word of five letters or more whose lower-case end runs into the next label's capital: two
    /// link labels printed with no space between. A brand joins shorter words, or is a word the
    /// word lists know whole; a capital word after it is a new label.
    fn glued_labels() -> Regex {
        Regex::new(r"(?:^|\s)(\p{L}\p{Ll}{4,}\p{Lu}\p{Ll}\p{L}*)").expect("a valid pattern")
    }
}

/// A transcript's turns: this many lines with text in a row at least, each opening with its
/// speaker's label, one speaker coming back after another's turn.
const TURN_LINES: usize = 3;

per_thread! {
    /// A dialogue's turn: a dash and a space open it, a sentence's or a question's mark closes
    /// it; a list of heads closes none of its items with a stop (`_DASHED_TURN`).
    fn dashed_turn() -> Regex {
        Regex::new(r#"^\s*[-–—]\s.*[.?!…][»”"]?\s*$"#).unwrap_or_else(|e| panic!("{e}"))
    }
}

/// A host's greeting that opens a programme's script: one of these phrases opens or closes a
/// line of this many words at most (`_GREETING_WORDS`).
const GREETING_WORDS: usize = 5;
/// The greetings, a closed class, the same in each language (`_GREETINGS`).
const GREETINGS: [&str; 10] = [
    "good evening",
    "good morning",
    "good afternoon",
    "hello and welcome",
    "добрый вечер",
    "добрый день",
    "доброе утро",
    "здравствуйте",
    "안녕하십니까",
    "안녕하세요",
];

/// The marks a greeting closes with, as said words do (`_SAID_CLOSE`).
const SAID_CLOSE: [char; 5] = ['.', '!', '?', ',', '…'];

per_thread! {
    /// What a greeting's key leaves out: every character but a word's (`_NOT_WORD`).
    fn not_word() -> Regex {
        Regex::new(r"[^\w\s]").unwrap_or_else(|e| panic!("{e}"))
    }
}

// A conversation's turns (here and below); Python holds them in normalize/turns.py.

/// The lines of a transcript's turns: lines with text one after another, each opening with its
/// speaker's label and a colon, a speaker coming back after another's line ("ANCHOR: …",
/// "REPORTER: …", "ANCHOR: …"); and a dialogue's (`dialogue_turns`); none is the page's
/// headline (`speaker_turns`).
pub fn speaker_turns<S: AsRef<str>>(lines: &[S]) -> FxHashSet<usize> {
    let mut turns = FxHashSet::default();
    for run in runs(lines, line_label) {
        let returns = run
            .windows(3)
            .any(|turn| turn[0].1 == turn[2].1 && turn[0].1 != turn[1].1);
        if run.len() >= TURN_LINES && returns {
            turns.extend(run.iter().map(|&(at, _)| at));
        }
    }
    turns.extend(dialogue_turns(lines));
    turns.extend(greeted_script(lines));
    turns
}

/// The lines of a script its host's greeting opens (`is_greeting`): the page's first line with
/// text greets the viewers, and every line is said; none is the page's headline, but one
/// printed above the greeting is the page's own (`greeted_script`).
fn greeted_script<S: AsRef<str>>(lines: &[S]) -> FxHashSet<usize> {
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&at| !lines[at].as_ref().is_empty())
        .collect();
    match filled.first() {
        Some(&first) if is_greeting(lines[first].as_ref()) => filled.into_iter().collect(),
        _ => FxHashSet::default(),
    }
}

/// Whether the line is a host's greeting: `GREETING_WORDS` words at most, one of `GREETINGS`
/// opening or closing them, its marks left out, the line closed by a mark as said words are
/// (`SAID_CLOSE`); a programme's name opening with a greeting closes with none (`is_greeting`).
fn is_greeting(line: &str) -> bool {
    if !line.trim_end().ends_with(SAID_CLOSE) {
        return false;
    }
    let lowered = line.to_lowercase();
    let spaced = not_word().replace_all(&lowered, " ");
    let words: Vec<&str> = spaced.split_whitespace().collect();
    if words.len() > GREETING_WORDS {
        return false;
    }
    let key = words.join(" ");
    GREETINGS.iter().any(|greeting| {
        key == *greeting
            || key
                .strip_prefix(greeting)
                .is_some_and(|rest| rest.starts_with(' '))
            || key
                .strip_suffix(greeting)
                .is_some_and(|rest| rest.ends_with(' '))
    })
}

/// The lines of a dialogue's turns: two lines with text or more one after another, each a
/// turn (`dashed_turn()`); none is the page's headline (`dialogue_turns`).
fn dialogue_turns<S: AsRef<str>>(lines: &[S]) -> FxHashSet<usize> {
    let turn = |line: &str| is_dashed_turn(line).then_some(());
    runs(lines, turn)
        .into_iter()
        .filter(|run| run.len() >= 2)
        .flat_map(|run| run.into_iter().map(|(at, ())| at))
        .collect()
}

/// Whether a line is a dialogue's turn: a dash and a space open it, a sentence's or a
/// question's mark closes it (Python's `is_dashed_turn`).
pub fn is_dashed_turn(line: &str) -> bool {
    // a turn's first character but for white space (`\s`) is its dash
    line.trim_start().starts_with(['-', '–', '—']) && dashed_turn().is_match(line)
}

/// The runs of lines with text one after another that `mark` marks, each line's index with
/// its mark; an empty line leaves a run open, a line it does not mark closes it (`_runs`).
fn runs<S: AsRef<str>, T>(lines: &[S], mark: impl Fn(&str) -> Option<T>) -> Vec<Vec<(usize, T)>> {
    let mut runs: Vec<Vec<(usize, T)>> = vec![Vec::new()];
    for (index, line) in lines.iter().map(AsRef::as_ref).enumerate() {
        if line.is_empty() {
            continue;
        }
        match mark(line) {
            Some(found) => runs.last_mut().expect("a run is open").push((index, found)),
            None if runs.last().is_some_and(|run| !run.is_empty()) => runs.push(Vec::new()),
            None => {}
        }
    }
    runs.retain(|run| !run.is_empty());
    runs
}

/// Whether the line holds a sentence's stop: a full stop, a question or an exclamation mark or
/// an ellipsis, closing the line or before a space, a quotation mark or a closing bracket
/// (Python's `_SENTENCE_STOP`).
fn holds_sentence_stop(line: &str) -> bool {
    // each stop is looked for by its bytes: an ASCII mark, or the ellipsis's three
    let closes = |end: usize| {
        line[end..].chars().next().is_none_or(|next| {
            next.is_whitespace() || matches!(next, '"' | '\'' | '”' | '’' | '»' | ')')
        })
    };
    let bytes = line.as_bytes();
    memchr::memchr3_iter(b'.', b'!', b'?', bytes).any(|at| closes(at + 1))
        || memchr::memmem::find_iter(bytes, "…".as_bytes()).any(|at| closes(at + '…'.len_utf8()))
}

/// Whether a line is a menu's labels glued with no space between and no sentence's stop
/// anywhere: Python's `is_run_together` but its printed-twice half (`headline.rs`'s
/// `is_doubled`).
pub fn is_glued_menu(line: &str) -> Result<bool> {
    Ok(!holds_sentence_stop(line) && glues_labels(line)?)
}

/// Whether the line is labels a page printed with no space between them: a word of five
/// letters or more ends in lower case and a capitalised word follows it without a space, and
/// the word lists do not know the glued word whole (`glues_labels`).
pub fn glues_labels(text: &str) -> Result<bool> {
    for glued in glued_labels().captures_iter(text) {
        let word = chars::lower(glued.get(1).map_or("", |word| word.as_str()));
        let mut known = false;
        for lang in CASED_WORD_LISTS {
            known = known || is_word(&word, lang)?;
        }
        if !known {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Whether the line is a menu's or a toolbar's labels run together: words and no
/// punctuation, either Hangul words of two or three
/// syllables, most of them two, or Cyrillic words most of them
/// capitalised, no sentence in capitals where a preposition or a conjunction joins an adjective
/// and its noun (`is_label_run`).
pub fn is_label_run(text: &str) -> bool {
    // Either run needs Cyrillic, or Hangul words alone: a text with neither is read once,
    // not split (most headlines end here).
    let cyrillic = holds_cyrillic(text);
    if !cyrillic && !text.chars().all(|c| is_hangul(c) || chars::is_space(c)) {
        return false;
    }
    let words: Vec<&str> = split_words(text).collect();
    if !cyrillic {
        // Hangul words alone, labels all (a syllable is a letter)
        if words.len() < HANGUL_LABELS {
            return false;
        }
        let two = words
            .iter()
            .filter(|word| word.chars().count() == 2)
            .count();
        return words
            .iter()
            .all(|word| LABEL_SYLLABLES.contains(&word.chars().count()))
            && two as f64 >= TWO_SYLLABLE_SHARE * words.len() as f64;
    }
    if words.len() < CYRILLIC_LABELS || words.iter().any(|word| !label().is_match(word)) {
        return false;
    }
    if chars::str_is_upper(text) && joins_phrase(&words) {
        return false; // a sentence in capitals
    }
    let capitalised = words
        .iter()
        .filter(|word| capitalised().is_match(word))
        .count();
    capitalised as f64 >= CAPITALISED_SHARE * words.len() as f64
}

/// Whether a preposition or a conjunction (`JOINING_WORDS`) stands before an adjective
/// (`ADJECTIVE_ENDINGS`) and a word of `JOINED_LETTERS` letters or more after it, a phrase as a
/// sentence joins its words ("В НОВОМ ОБЛИКЕ"; "О НАС", a menu's label, is none)
/// (`_joins_phrase`).
fn joins_phrase(words: &[&str]) -> bool {
    words.windows(3).any(|run| {
        let [word, adjective, noun] = [run[0], run[1], run[2]];
        if noun.chars().count() < JOINED_LETTERS || adjective.chars().count() < ADJECTIVE_LETTERS {
            return false;
        }
        let upper = adjective.to_uppercase();
        if !ADJECTIVE_ENDINGS
            .iter()
            .any(|ending| upper.ends_with(ending))
        {
            return false;
        }
        let word = chars::lower(word);
        JOINING_WORDS.split(' ').any(|joining| joining == word)
    })
}

/// A line that closes with the words it opened with names one thing on both sides of a
/// control's or a source's label; it has this many words at most (`_FRAMED_WORDS`).
const FRAMED_WORDS: usize = 8;

/// Whether the line closes with the capitalised words it opened with, other words between: a
/// region picker's or an aggregator's chrome that names its place or its source on both sides
/// of a control's label ("Томск пресс-служба Томск"); a headline does not end where it began
/// (`is_self_framed`).
pub fn is_self_framed(text: &str) -> bool {
    // a line of a word too many is counted, not listed
    if !(3..=FRAMED_WORDS).contains(&count_words(text, FRAMED_WORDS + 1)) {
        return false;
    }
    let words: Vec<&str> = split_words(text).collect();
    // the words are compared before the first one's capital is looked for
    (1..=(words.len() - 1) / 2).any(|size| words[..size] == words[words.len() - size..])
        && capitalised().is_match(words[0])
}

per_thread! {
    /// A print issue's number, then the paper's running number in brackets, five or six
    /// figures (no year): "№14 (20117)" (`_ISSUE_NUMBER`).
    fn issue_number() -> Regex {
        Regex::new(r"№\s?[0-9]{1,3}\s?\([0-9]{5,6}\)").expect("a valid pattern")
    }
}

/// Whether the line prints a newspaper issue's number with the paper's running number in
/// brackets (`issue_number()`), as a masthead does; no headline numbers an issue so (Python's
/// `is_issue_number`).
pub fn is_issue_number(text: &str) -> bool {
    text.contains('№') && issue_number().is_match(text)
}

/// What opens a template's placeholder that no script filled in: "{{title}}" (`_TEMPLATE_SLOT`).
const TEMPLATE_SLOT: &str = "{{";

/// Whether the line holds a template's placeholder (`TEMPLATE_SLOT`): a widget's text; a line
/// with no brace is not searched further.
pub fn holds_template_slot(line: &str) -> bool {
    line.as_bytes().contains(&b'{') && line.contains(TEMPLATE_SLOT)
}

/// Whether the candidate is a run of labels (`is_label_run`) for the headline chooser: not a
/// run of Hangul nouns that the text around it repeats (its `echo`), a headline of nouns (the
/// run in Python's `is_widget_text`).
pub fn is_unechoed_label_run(text: &str, echo: f64) -> bool {
    is_label_run(text) && (echo < ECHOED_RUN || holds_cyrillic(text))
}

/// The most words a column's label of its view has ("Editorial View"; `_VIEW_LABEL_WORDS`).
const VIEW_LABEL_WORDS: usize = 2;

/// Whether the candidate is a column's or a platform's label of the view it shows, of
/// `VIEW_LABEL_WORDS` words at most (`is_view_label`), whose words the text around it does not
/// repeat (its `echo`): a page's label where its headline would stand (Python's
/// `is_unechoed_view_label`).
pub fn is_unechoed_view_label(text: &str, echo: f64) -> bool {
    echo == 0.0
        && count_words(text, VIEW_LABEL_WORDS + 1) <= VIEW_LABEL_WORDS
        && is_view_label(text)
}

fn is_hangul(c: char) -> bool {
    ('\u{ac00}'..='\u{d7a3}').contains(&c)
}

/// Whether the text holds a Cyrillic character (U+0400 to U+04FF), told by its bytes: in
/// UTF-8 those characters, and only they, open with a byte of 0xD0 to 0xD3 (a character's
/// later bytes are 0x80 to 0xBF), so no character is decoded.
fn holds_cyrillic(text: &str) -> bool {
    text.bytes().any(|byte| (0xd0..=0xd3).contains(&byte))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cyrillic_is_told_by_its_opening_bytes_as_by_its_characters() {
        for text in [
            "Ferry fares rise",
            "Новости дня",
            "Ѐ and ӿ at the block's ends",
            "Ԁ, just past it; Ͽ just before it",
            "한빛 소식 ½ © é",
            "",
        ] {
            let by_characters = text.chars().any(|c| ('\u{0400}'..='\u{04ff}').contains(&c));
            assert_eq!(holds_cyrillic(text), by_characters, "{text:?}");
        }
    }

    #[test]
    fn an_icon_s_label_is_cut_where_the_page_repeats_it() {
        let page = [
            "новость Пожарные спасли кота с крыши",
            "Кот просидел на крыше два дня.",
            "новость Новости по теме",
        ];
        let cut = without_icon_label(page[0], |k| page[k], page.len(), 0);
        assert_eq!(cut, "Пожарные спасли кота с крыши");
        let alone = without_icon_label(page[0], |k| page[k], 2, 0);
        assert_eq!(alone, page[0]);
        assert_eq!(
            without_icon_label("Пожарные", |k| page[k], 3, 0),
            "Пожарные"
        );
        // the line's own full text is no other line, and a line printed twice is one
        let glued = ["новость Кот дома 12.03.2021 10:00", page[1]];
        let own = without_icon_label("новость Кот дома", |k| glued[k], 2, 0);
        assert_eq!(own, "новость Кот дома");
        let twice = ["новость Кот дома", "новость Кот дома"];
        assert_eq!(without_icon_label(twice[0], |k| twice[k], 2, 0), "Кот дома");
    }

    #[test]
    fn a_banner_s_label_goes_over_the_item_it_calls_for() {
        let page = [
            "Now Open: Seed Library!",
            "Seed Library Opens at the Eastside Branch",
            "Posted on 9/20",
        ];
        assert_eq!(
            without_banner_label(page[0], |k| page[k], page.len(), 0),
            "Seed Library!"
        );
        let told = [
            "Now Open: Seed Library!",
            "Seed Library opens at the Eastside Branch.",
        ];
        assert_eq!(without_banner_label(told[0], |k| told[k], 2, 0), told[0]);
        assert_eq!(without_banner_label(page[0], |k| page[k], 1, 0), page[0]);
    }

    #[test]
    fn a_line_closing_with_the_words_it_opened_with_is_framed() {
        assert!(is_self_framed("Томск пресс-служба Томск"));
        assert!(is_self_framed("Lake Ora close Lake Ora"));
        assert!(!is_self_framed("Томск встретил зиму"));
        assert!(!is_self_framed("Томск Томск"));
        assert!(!is_self_framed("after the storm, after"));
    }
}
