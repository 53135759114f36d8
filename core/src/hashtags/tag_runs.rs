//! Whether a hashtag stands in a run of tags on its line: a flattened page's tag block between
//! its text and its footer, or the run that opens a quoted post; or inside a paragraph, closing
//! one of its sentences (mirrors `normalize/tag_runs.py`).

use super::{is_sign, is_tag_char};
use crate::segment::chars::{is, L, SPACE};

/// Where running text around a tag ends: a sentence's end, a closing quote or bracket, a bar.
pub(super) const CLAUSE_END: [char; 16] = [
    '.', '!', '?', '…', '。', '|', '»', '”', '"', '\'', ')', ']', '》', '」', '』', '›',
];
/// A sentence's stop: a tag closing a sentence that its paragraph goes on past is one of its
/// words.
const SENTENCE_STOPS: [char; 4] = ['.', '!', '?', '…'];
/// Such a sentence holds this many words before the tag at least, and the paragraph as many
/// before the sentence and after its stop.
const PROSE_WORDS: usize = 3;
/// The word that names what follows as a tag ("send a question with the tag #AskTheReeve"), the
/// same in each language: a tag so named in a paragraph's middle is spoken of, no tag of the post.
const TAG_NOUNS: [&str; 10] = [
    "tag",
    "hashtag",
    "тег",
    "тегом",
    "хэштег",
    "хэштегом",
    "хештег",
    "хештегом",
    "태그",
    "해시태그",
];

/// Whether the tag at `start..end` of a line, named as a tag by the word before it, closes a
/// sentence (a sentence's stop right after it) in the middle of a paragraph: `PROSE_WORDS`
/// words at least in the paragraph before that sentence, in the sentence before the tag and in
/// the paragraph after its stop. It is a word of the paragraph; a page's own tags close their
/// line, their post's last sentence or its first, or any sentence when no word names them
/// (`in_paragraph` in `normalize/tag_runs.py`).
pub(super) fn in_paragraph(line: &[char], start: usize, end: usize) -> bool {
    if !line.get(end).is_some_and(|c| SENTENCE_STOPS.contains(c)) || !named_a_tag(&line[..start]) {
        return false;
    }
    let opens = line[..start]
        .iter()
        .rposition(|c| CLAUSE_END.contains(c))
        .map_or(0, |at| at + 1);
    letter_words(&line[..opens]) >= PROSE_WORDS
        && letter_words(&line[opens..start]) >= PROSE_WORDS
        && letter_words(&line[end + 1..]) >= PROSE_WORDS
}

/// Whether the word closing a text, spaces or a colon after it, is one of `TAG_NOUNS`.
fn named_a_tag(before: &[char]) -> bool {
    let word_end = before
        .iter()
        .rposition(|&c| !(c.is_whitespace() || c == ':'))
        .map_or(0, |at| at + 1);
    let word_start = before[..word_end]
        .iter()
        .rposition(|&c| !is(c, L))
        .map_or(0, |at| at + 1);
    let word: String = before[word_start..word_end].iter().collect();
    !word.is_empty() && TAG_NOUNS.contains(&word.to_lowercase().as_str())
}

/// How many words of letters a text holds, each tag in it read as a space.
fn letter_words(text: &[char]) -> usize {
    let (mut count, mut in_word, mut index) = (0, false, 0);
    while index < text.len() {
        let c = text[index];
        index += 1;
        if is_sign(c) {
            index += text[index..]
                .iter()
                .take_while(|&&c| is_tag_char(c))
                .count();
            in_word = false;
        } else if is(c, L) {
            count += usize::from(!in_word);
            in_word = true;
        } else {
            in_word = false;
        }
    }
    count
}

/// Whether a tag stands in a run of two tags or more, spaces between, that words of its line
/// come before: a flattened page's tag block between its text and its footer (본문 끝 #태그
/// #태그 공감0). A run opening its line, words after it, opens a quoted post: its tags are
/// the post's.
pub(super) fn in_tag_run(line: &[char], start: usize, end: usize) -> bool {
    let space = |c: char| is(c, SPACE);
    let mut tags_before = 0;
    let mut index = start;
    while index > 0 && space(line[index - 1]) {
        let mut token_end = index - 1;
        while token_end > 0 && space(line[token_end - 1]) {
            token_end -= 1;
        }
        let mut token_start = token_end;
        while token_start > 0 && !space(line[token_start - 1]) {
            token_start -= 1;
        }
        if !is_tag_token(&line[token_start..token_end]) {
            break; // a word before the run (none where only spaces are left)
        }
        tags_before += 1;
        index = token_start;
    }
    let words_before = line[..index].iter().any(|&c| !space(c));
    words_before && (tags_before > 0 || is_tag_token(next_token(line, end)))
}

/// The token after spaces that follow `end` (empty where none, or where no space follows).
fn next_token(line: &[char], end: usize) -> &[char] {
    let space = |c: char| is(c, SPACE);
    let start = end + line[end..].iter().take_while(|&&c| space(c)).count();
    let stop = start + line[start..].iter().take_while(|&&c| !space(c)).count();
    if start > end {
        &line[start..stop]
    } else {
        &[]
    }
}

/// Whether a token is a tag of its own: the sign, then letters, marks, digits, underscores
/// and joiners, with a letter among them.
fn is_tag_token(token: &[char]) -> bool {
    match token.split_first() {
        Some((&sign, rest)) => {
            is_sign(sign) && rest.iter().all(|&c| is_tag_char(c)) && rest.iter().any(|&c| is(c, L))
        }
        None => false,
    }
}
