//! Text hard-wrapped at a fixed width, as a print layout or an old board keeps it: which lines
//! are pieces of a sentence that runs on to the next line, which no headline is; and the rest
//! of a line split or cut short, which opens with a word in small letters; and a copy of a
//! paragraph the page's text stops inside (mirrors `normalize/wraps.py`).

use rustc_hash::FxHashSet;

use crate::headline::Candidate;
use crate::segment::chars::{self, is, HANGUL, L};

/// A piece's sentence closes within this many lines below it, none of them blank.
const RUN_LINES: usize = 4;
/// The lines below a wrapped line are no wider than this many quarters of it and this many
/// characters more.
const WIDER_QUARTERS: usize = 5;
const WIDER_CHARS: usize = 6;
/// A wrapping's width is this many characters at least: shorter lines are labels and names.
const NARROWEST: usize = 16;
/// Two pieces of the same wrapping differ in width by a fifth of the wider one at most.
const PEER_SPREAD: usize = 5;
/// The rest of a line split in two has this many words at least (a handle alone has one).
pub const SPLIT_REST_WORDS: usize = 3;
/// A web address opening a line, a page's address glued before its text (see
/// `glued_address`).
const ADDRESS_OPENINGS: [&str; 3] = ["http://", "https://", "www."];
/// Marks that close a line's sentence, and what may follow them.
const CLOSING_MARKS: [char; 5] = ['.', '!', '?', '。', '…'];
const AFTER_MARK: [char; 7] = ['"', '\'', '”', '’', '»', ')', ']'];
/// A copy the page's text stops inside has this many characters at least: a shorter last line
/// opening a paragraph (a letter, a syllable) is a label or a name (`_CUT_OFF_CHARS`).
const CUT_OFF_CHARS: usize = 16;
/// The stems before a verb's modifying ending 는 that a noun on the next line closes: 있다, 없다,
/// 하다 and 되다 (`_MODIFYING_ENDS` in `normalize/wraps.py`).
const MODIFYING_STEMS: [char; 4] = ['있', '없', '하', '되'];
/// A script broken into breath lines, as a broadcaster prints what its anchor reads: this many
/// sentences at least in a block with no blank line, each over two lines to this many, each
/// line this many characters at most.
const SCRIPT_SENTENCES: usize = 3;
const SCRIPT_LINES: usize = 8;
const SCRIPT_WIDTH: usize = 30;
/// What opens a list's item rather than a sentence's next words.
const ITEM_MARKS: [char; 13] = [
    '-', '–', '—', '•', '·', '*', '▪', '■', '□', '▶', '◆', '○', '●',
];

/// The lines before `end` that are pieces of hard-wrapped text: each runs on into the next
/// line (`runs_on`), and another such line has about its width (Python's `wrapped_pieces`
/// over the lines up to its last candidate's); a wrapping with a blank line after each of its
/// lines runs on across it into a word in small letters (`double_spaced_runs`); and a
/// script's breath lines anywhere (`script_pieces`).
pub fn wrapped_pieces<S: AsRef<str>>(lines: &[S], end: usize) -> FxHashSet<usize> {
    let mut found = wrapped_runs(lines, 0..end.min(lines.len()));
    found.extend(double_spaced_runs(lines, end));
    found.extend(script_pieces(lines));
    found
}

/// The lines among `indexes` that run on into the next (`runs_on`), each with another such
/// line of about its width (Python's `_wrapped_runs`).
fn wrapped_runs<S: AsRef<str>>(
    lines: &[S],
    indexes: impl Iterator<Item = usize>,
) -> FxHashSet<usize> {
    let mut widths: Vec<(usize, usize)> = indexes
        .filter(|&i| runs_on(lines, i))
        .map(|i| (lines[i].as_ref().chars().count(), i))
        .collect();
    widths.sort_unstable();
    let mut found = FxHashSet::default();
    for pair in widths.windows(2) {
        let ((width, index), (next_width, next_index)) = (pair[0], pair[1]);
        if PEER_SPREAD * (next_width - width) <= next_width {
            found.insert(index);
            found.insert(next_index);
        }
    }
    found
}

/// The lines before `end` that run on into the next line with text past the blank lines
/// between them, a word in small letters opening it (a letter of no case says nothing of a
/// sentence going on), each with another such line of about its width (Python's
/// `_double_spaced_runs`).
fn double_spaced_runs<S: AsRef<str>>(lines: &[S], end: usize) -> FxHashSet<usize> {
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].as_ref().is_empty())
        .collect();
    let texts: Vec<&str> = filled.iter().map(|&i| lines[i].as_ref()).collect();
    let ranks = (0..filled.len().saturating_sub(1))
        .filter(|&rank| filled[rank] < end && opens_in_small_letter(texts[rank + 1]));
    wrapped_runs(&texts, ranks)
        .into_iter()
        .map(|rank| filled[rank])
        .collect()
}

/// Whether the line's first letter is a small one (Python's `_opens_in_small_letter`).
fn opens_in_small_letter(line: &str) -> bool {
    line.chars()
        .find(|&c| is(c, L))
        .is_some_and(chars::is_lower)
}

/// The lines of a script broken into breath lines, as a broadcaster's page prints what its
/// anchor reads: a block of lines with no blank line between them holding `SCRIPT_SENTENCES`
/// sentences or more that each run over two lines to `SCRIPT_LINES`, each line
/// `SCRIPT_WIDTH` characters at most, or as many blocks or more that are each one such
/// sentence, every sentence its own block. All but a sentence's last line are pieces of it (its
/// first one too, however short), and none is a headline.
pub fn script_pieces<S: AsRef<str>>(lines: &[S]) -> FxHashSet<usize> {
    let mut found = FxHashSet::default();
    // the blocks that are each one sentence broken over lines
    let mut lone: Vec<Vec<usize>> = Vec::new();
    for block in lines
        .iter()
        .enumerate()
        .collect::<Vec<_>>()
        .split(|(_, line)| line.as_ref().is_empty())
    {
        let mut broken: Vec<&[(usize, &S)]> = Vec::new();
        let mut sentences = 0;
        let mut start = 0;
        for (at, (_, line)) in block.iter().enumerate() {
            if !closes_sentence(line.as_ref()) {
                continue;
            }
            let run = &block[start..=at];
            start = at + 1;
            sentences += 1;
            if is_breath_run(run) {
                broken.push(run);
            }
        }
        if broken.len() >= SCRIPT_SENTENCES {
            for run in broken {
                found.extend(run[..run.len() - 1].iter().map(|&(index, _)| index));
            }
        } else if sentences == 1 && start == block.len() {
            if let Some(run) = broken.first() {
                lone.push(
                    run[..run.len() - 1]
                        .iter()
                        .map(|&(index, _)| index)
                        .collect(),
                );
            }
        }
    }
    if lone.len() >= SCRIPT_SENTENCES {
        found.extend(lone.into_iter().flatten());
    }
    found
}

/// Whether a sentence's lines are a script's breath lines: two to `SCRIPT_LINES` of them, each
/// `SCRIPT_WIDTH` characters at most (Python's `_is_breath_run`).
fn is_breath_run<S: AsRef<str>>(run: &[(usize, &S)]) -> bool {
    (2..=SCRIPT_LINES).contains(&run.len())
        && run
            .iter()
            .all(|(_, line)| line.as_ref().chars().count() <= SCRIPT_WIDTH)
}

/// The lines of the candidates whose line goes on right below them in small letters (a line
/// split in two): the line below opens with a word all in small letters (not after a label
/// cut off it, nor a page's address glued before its text, `glued_address`) and has
/// `SPLIT_REST_WORDS` words or more, and the candidate closes no sentence; and those of the
/// candidates that carry a list on (`carries_a_list`) or whose last Korean word binds them to
/// the line below (`binds_on`) (Python's `split_openings`).
pub fn split_openings<S: AsRef<str>>(candidates: &[Candidate], lines: &[S]) -> FxHashSet<usize> {
    let carried = candidates
        .iter()
        .map(|c| c.placed.line)
        .filter(|&line| carries_a_list(lines, line) || binds_on(lines, line));
    candidates
        .windows(2)
        .filter(|pair| {
            let (above, below) = (&pair[0].placed, &pair[1]);
            below.placed.line == above.line + 1
                && below.words(SPLIT_REST_WORDS) >= SPLIT_REST_WORDS
                && lines.get(below.placed.line).is_some_and(|line| {
                    // no label cut off before it
                    line.as_ref()
                        .trim_start_matches(chars::is_space)
                        .starts_with(below.placed.text.as_str())
                        && opens_in_lower_case(&below.placed.text, line.as_ref())
                })
                && !glued_address(&below.placed.text)
                && !closes_sentence(&above.text)
        })
        .map(|pair| pair[0].placed.line)
        .chain(carried)
        .collect()
}

/// Whether the line's last word ends in a Korean particle that binds it to a word after it,
/// which no headline closes with, and the line right below goes on in Hangul, no list's item:
/// a sentence split over lines. The particles: the object's, 를 after an open syllable and 을
/// after a closed one (마을, 가을, 노을 are words of their own), on a line that stops a sentence
/// before its last word (a headline may close on an object, its verb left out: "농촌 청년에게
/// 희망을"), and the plural's genitive 들의; or in a verb's modifying ending, whose noun the next
/// line holds (Python's `binds_on`).
pub fn binds_on<S: AsRef<str>>(lines: &[S], index: usize) -> bool {
    let below = lines
        .get(index + 1)
        .map_or("", |line| line.as_ref().trim_start_matches(chars::is_space));
    let goes_on = below
        .chars()
        .find(|&c| is(c, L))
        .is_some_and(|c| is(c, HANGUL))
        && !below.starts_with(ITEM_MARKS);
    if !goes_on {
        return false;
    }
    let syllable = |c: char| ('\u{ac00}'..='\u{d7a3}').contains(&c);
    let word: Vec<char> = lines[index]
        .as_ref()
        .chars()
        .rev()
        .take_while(|&c| syllable(c))
        .collect(); // backwards: the last syllable first
    if word.len() < 2 {
        return false;
    }
    // the syllable before has a final consonant
    let closed = (u32::from(word[1]) - 0xAC00) % 28 != 0;
    // an object closing a headline is its wish, the verb left out ("농촌 청년에게 희망을"): only
    // a line that stops a sentence before it is a paragraph's
    let line = lines[index].as_ref();
    let before = &line[..line.len() - word.iter().map(|c| c.len_utf8()).sum::<usize>()];
    let objects = (word[0] == '을' && closed) || (word[0] == '를' && !closed);
    let modifying = word[0] == '는' && MODIFYING_STEMS.contains(&word[1]);
    (word[0] == '의' && word[1] == '들') || modifying || (objects && holds_stop(before, false))
}

/// The page's last line with text when it is the opening of another line of the page (of
/// `CUT_OFF_CHARS` characters or more) and stops inside one of its words, the other going on with
/// a letter where it ends: a page that prints a paragraph twice, its text cut short in the second
/// copy. That line is a piece of a sentence, no headline; else None (a headline that opens its
/// lead ends at a word's end) (Python's `cut_off_copy`).
pub fn cut_off_copy<S: AsRef<str>>(lines: &[S]) -> Option<usize> {
    let trimmed = |index: usize| lines[index].as_ref().trim_matches(chars::is_space);
    let last = (0..lines.len())
        .rev()
        .find(|&index| !trimmed(index).is_empty())?;
    let text = trimmed(last);
    if text.chars().count() < CUT_OFF_CHARS || !text.chars().next_back().is_some_and(|c| is(c, L)) {
        return None;
    }
    (0..last)
        .any(|index| {
            trimmed(index)
                .strip_prefix(text)
                .and_then(|rest| rest.chars().next())
                .is_some_and(|c| is(c, L))
        })
        .then_some(last)
}

/// Whether the text opens with a web address and goes on in capitals after it: a page's address
/// glued before its text, no word of a sentence (Python's `glued_address`).
pub fn glued_address(text: &str) -> bool {
    ADDRESS_OPENINGS
        .iter()
        .any(|opening| text.starts_with(opening))
        && text
            .split_whitespace()
            .nth(1)
            .and_then(|word| word.chars().next())
            .is_some_and(char::is_uppercase)
}

/// Whether the line is a list's next item: the line right above closes by a comma, inside a
/// list, under a line closed by a colon or a comma or over this line closed by a comma too; a
/// comma closing a line alone (an outlet's address, a byline) opens no list (Python's
/// `_carries_a_list`).
fn carries_a_list<S: AsRef<str>>(lines: &[S], index: usize) -> bool {
    let closing = |at: usize| {
        lines.get(at).and_then(|line| {
            line.as_ref()
                .trim_end_matches(chars::is_space)
                .chars()
                .next_back()
        })
    };
    index > 0
        && closing(index - 1) == Some(',')
        && ((index > 1 && matches!(closing(index - 2), Some(':' | ',')))
            || closing(index) == Some(','))
}

/// Whether the text ends with a closing mark, maybe before quotes or brackets (Python's
/// `closes_sentence`).
pub fn closes_sentence(text: &str) -> bool {
    text.trim_end_matches(|c| AFTER_MARK.contains(&c) || c == ' ')
        .ends_with(CLOSING_MARKS)
}

/// Whether the line is a piece of a sentence wrapped at a fixed width: as wide as text is
/// wrapped at, it ends with no closing mark, the line right below carries its sentence on (its
/// first letter is no capital, it opens no list's item), and that sentence closes within
/// `RUN_LINES` lines, each no wider than a line wrapped at this line's width.
pub fn runs_on<S: AsRef<str>>(lines: &[S], index: usize) -> bool {
    let line = lines[index].as_ref();
    let width = line.chars().count();
    if width < NARROWEST || closes_sentence(line) {
        return false;
    }
    let below = lines.get(index + 1).map_or("", |line| line.as_ref());
    // below a letter of no case, an ellipsis closes no sentence (a deck cut short)
    let ellipsis_stops = match below.chars().find(|&c| is(c, L)) {
        Some(first) if !chars::is_upper(first) => chars::is_lower(first),
        _ => return false,
    };
    if below
        .trim_start_matches(chars::is_space)
        .starts_with(ITEM_MARKS)
        || is_speaker_label(below)
    {
        return false; // a list's item or a speaker's turn opens below
    }
    // the widest a line below may be, in quarters of a character (whole numbers, no rounding)
    let widest = WIDER_QUARTERS * width + 4 * WIDER_CHARS;
    for later in lines.iter().skip(index + 1).take(RUN_LINES) {
        let later = later.as_ref();
        if later.is_empty() || 4 * later.chars().count() > widest {
            return false;
        }
        if holds_stop(later, ellipsis_stops) {
            return true;
        }
    }
    false
}

/// Whether the line is a speaker's label alone, a name of a word or two of letters closed by a
/// round bracket no mark opens ("한지민)"), as a transcript marks whose turn follows (Python's
/// `_SPEAKER_LABEL`).
fn is_speaker_label(line: &str) -> bool {
    let Some(name) = line.trim_matches(chars::is_space).strip_suffix(')') else {
        return false;
    };
    let mut words = name.split(chars::is_space);
    let letters = |word: &str| !word.is_empty() && word.chars().all(|c| is(c, L));
    let first = words.next().is_some_and(letters);
    let second = words.next().is_none_or(letters);
    first && second && words.next().is_none()
}

/// A label closed by one of these: the words after it keep its sentence's case.
const LABEL_COLONS: [char; 2] = [':', '：'];

/// Whether the candidate (`text`, cut from `line`) opens with a word all in small letters of a
/// cased script: the rest of a line wrapped or split above it, or what a cut left of its line,
/// which no headline is; not after a label and a colon (mirrors `opens_in_lower_case`).
pub fn opens_in_lower_case(text: &str, line: &str) -> bool {
    let Some(word) = crate::text::split_words(text).next() else {
        return false;
    };
    if !word.chars().next().is_some_and(chars::is_lower) {
        return false;
    }
    if !word.chars().filter(|&c| is(c, L)).all(chars::is_lower) {
        return false;
    }
    let before = &line[..line.find(word).unwrap_or(0)];
    !before
        .trim_end_matches(chars::is_space)
        .ends_with(LABEL_COLONS)
}

/// Whether a sentence stops in the line: a closing mark, maybe a quotation's or a bracket's
/// end, then a space or the line's end (Python's `STOP`).
/// Without `ellipsis_stops`, an ellipsis is none: "…", or a dot next to another (Python's
/// `_FULL_STOP`).
pub fn holds_stop(line: &str, ellipsis_stops: bool) -> bool {
    line.char_indices().any(|(at, c)| {
        CLOSING_MARKS.contains(&c) && (ellipsis_stops || !is_ellipsis_mark(line, at, c)) && {
            let rest = line[at + c.len_utf8()..].trim_start_matches(AFTER_MARK);
            rest.chars().next().is_none_or(char::is_whitespace)
        }
    })
}

/// Whether the closing mark `c` at byte `at` of the line is an ellipsis's: "…", or a dot with
/// a dot right before or after it.
fn is_ellipsis_mark(line: &str, at: usize, c: char) -> bool {
    c == '…'
        || (c == '.' && (line[..at].ends_with('.') || line[at + c.len_utf8()..].starts_with('.')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_line_stopping_inside_a_word_of_a_paragraph_is_its_cut_copy() {
        let page = [
            "Crews cleared the pass road on Monday after the slide.",
            "",
            "Crews cleared the pa",
        ];
        assert_eq!(cut_off_copy(&page), Some(2));
        let whole = [page[0], page[1], "Crews cleared the pass road"];
        assert_eq!(cut_off_copy(&whole), None);
    }

    #[test]
    fn a_line_that_runs_on_into_a_closing_sentence_is_a_piece() {
        let page = [
            "The council voted on Monday to keep the",
            "ferry running for a year.",
        ];
        assert!(runs_on(&page, 0));
        assert!(!runs_on(
            &["Ferry to keep running", "The council voted on it."],
            0
        ));
    }

    #[test]
    fn pieces_of_one_width_are_wrapped_text() {
        let page = [
            "Crews worked through the night to clear the",
            "pass road, and it opened at",
            "dawn.",
            "Drivers were told to carry chains until the",
            "end of the week.",
        ];
        let mut found: Vec<usize> = wrapped_pieces(&page, 4).into_iter().collect();
        found.sort_unstable();
        assert_eq!(found, vec![0, 3]);
    }

    #[test]
    fn pieces_double_spaced_run_on_across_the_blank_lines() {
        let page = [
            "Crews worked through the night to clear the",
            "",
            "pass road, and it opened at",
            "",
            "dawn.",
            "",
            "Drivers were told to carry chains until the",
            "",
            "end of the week.",
        ];
        let mut found: Vec<usize> = wrapped_pieces(&page, 7).into_iter().collect();
        found.sort_unstable();
        assert_eq!(found, vec![0, 6]);
    }
}
