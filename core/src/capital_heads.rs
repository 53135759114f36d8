//! A headline broken over two lines, as a print page sets a long head in a narrow column: in
//! capitals on lines side by side ("WINTER SCHOOL OF YOUNG GEOLOGISTS" / "DRAWS A RECORD
//! CROWD"), or in sentence case with blank lines between its pieces, the second opening in small
//! letters ("Dead fish found along six-mile" / "" / "stretch of the river after a leak"), or in
//! Korean side by side, the first closing on a verb's modifier form whose noun the second holds
//! ("2023년 연구로 증명한" / "지역 혁신 대학"): one headline (mirrors
//! `normalize/capital_heads.py`).

use rustc_hash::FxHashSet;

use crate::segment::chars::{is, is_space, L, LL, LU, M};
use crate::segment::rules;
use crate::text::split_words;
use crate::title_shapes::is_shouted;
use crate::titles::title_key;

/// What closes a sentence or leaves a line open for a list: no piece of a headline ends so.
const CLOSING_MARKS: &str = ".!?:;,…";
/// The two pieces hold this many words at least together (a menu's two labels fewer), and a
/// headline's most words at most.
const LEAST_WORDS: usize = 4;
const HEADLINE_WORDS: usize = 20;
/// Pieces in sentence case stand this many lines apart at most (two blank lines between them).
const WRAP_GAP: usize = 3;
/// A line of a paragraph set in print's lines holds this many words at least, and the next one
/// goes on in small letters: the page is a print page's text, whose heads wrap as its lines do.
const PRINT_LINE_WORDS: usize = 8;
/// A second piece in sentence case holds this many words at least: a tag, a file's name, "image"
/// or a caption's few words under a headline are none.
const WRAP_WORDS: usize = 5;
/// What closes a sentence: no second piece of a headline ends so.
const SENTENCE_MARKS: &str = ".!?…";
/// The noun a modifier form of 하다 or 되다 closes holds this many syllables at least.
const MODIFIED_NOUN: usize = 2;

/// The line of rank `rank` among the page's lines with text (`filled`, their places among the
/// page's lines, which `line` reads) joined with the next one, when the two stand alone
/// together between blank lines (or the page's edge), or a pair in capitals side by side
/// between lines not in capitals on both sides (`capitals_apart`; a menu in capitals atop the
/// page over a headline in capitals and its lead is no such pair), neither a line of `skip` (a masthead, a
/// section's label), and are the pieces of a headline (`are_pieces`). Else `None`:
/// a block of three lines is a paragraph or a menu (Python's `with_capitals_below`).
pub fn with_capitals_below<'a>(
    line: impl Fn(usize) -> &'a str,
    filled: &[usize],
    rank: usize,
    skip: &FxHashSet<usize>,
) -> Option<String> {
    let index = *filled.get(rank)?;
    let after = *filled.get(rank + 1)?;
    let apart = |neighbour: usize| capitals_apart(&line, neighbour, index, after);
    let above = rank.checked_sub(1).map(|before| filled[before]);
    let next_one = filled.get(rank + 2).copied();
    let between_blanks =
        above.is_none_or(|above| above + 1 < index) && next_one.is_none_or(|next| next > after + 1);
    let between_lines = above.is_some_and(&apart) && next_one.is_some_and(apart);
    let alone = after > index
        && (between_blanks || between_lines)
        && !skip.contains(&index)
        && !skip.contains(&after);
    if !alone {
        return None;
    }
    let first = line(index).trim_matches(is_space);
    let below = line(after).trim_matches(is_space);
    are_pieces(first, below, after - index, || {
        in_print_lines(&line, filled.last().map_or(0, |&last| last + 1))
    })
    .then(|| format!("{first} {below}"))
}

/// Whether lines `index` and `after`, side by side, are both in capitals and the line
/// `neighbour` right beside them (which `line` reads) is not: the capitals set the pair apart
/// from a paragraph or a line of code over it as blank lines would ("ОПОВЕЩЕНИЕ" / "О НАЧАЛЕ
/// ОБСУЖДЕНИЙ" between a template's comment and the notice's text) (Python's
/// `_capitals_apart`).
fn capitals_apart<'a>(
    line: &impl Fn(usize) -> &'a str,
    neighbour: usize,
    index: usize,
    after: usize,
) -> bool {
    after == index + 1
        && is_shouted(line(index).trim_matches(is_space))
        && is_shouted(line(after).trim_matches(is_space))
        && !is_shouted(line(neighbour).trim_matches(is_space))
}

/// Whether a headline read from the page's line `index` (which `line` reads, `count` lines in
/// all) is that line and the next one with text below it, pieces of a headline (`are_pieces`),
/// joined: the second piece prints no copy of it, and nothing is glued around it (Python's
/// `is_joined_below`).
pub fn is_joined_below<'a>(
    text: &str,
    index: usize,
    line: impl Fn(usize) -> &'a str,
    count: usize,
) -> bool {
    let first = line(index).trim_matches(is_space);
    let after = (index + 1..count)
        .find(|&k| !line(k).is_empty())
        .unwrap_or(index + 1);
    let below = if after < count {
        line(after).trim_matches(is_space)
    } else {
        ""
    };
    text.len() == first.len() + 1 + below.len()
        && text.starts_with(first)
        && text[first.len()..].starts_with(' ')
        && text.ends_with(below)
        && are_pieces(first, below, after - index, || in_print_lines(&line, count))
}

/// Whether two lines `gap` lines apart are the pieces of one headline: the first closed by no
/// mark, the two of a headline's length, and side by side both in capitals, or with two blank
/// lines between (`WRAP_GAP`) the first opening with a capital and the second's first word
/// wholly in small letters (`opens_in_small_letters`), of `WRAP_WORDS` words at least (a link
/// is one), not all of them the first's (a copy in small letters), closed by no sentence's
/// mark, on a page that sets its paragraphs in print's lines (`printed`, `in_print_lines`):
/// elsewhere a line in small letters below a headline is a caption's credit, a video's call to
/// subscribe or a lead's source.
fn are_pieces(first: &str, below: &str, gap: usize, printed: impl Fn() -> bool) -> bool {
    // counted up to one word past a headline's most: a paragraph below stops the count early
    let of_headline_length = || {
        let words = split_words(first).take(HEADLINE_WORDS + 1).count()
            + split_words(below).take(HEADLINE_WORDS + 1).count();
        (LEAST_WORDS..=HEADLINE_WORDS).contains(&words)
    };
    if first.ends_with(|c| CLOSING_MARKS.contains(c)) {
        return false;
    }
    if gap == 1 {
        let shouted = is_shouted(first) && is_shouted(below);
        return of_headline_length() && (shouted || modifies_below(first, below));
    }
    // the shape first, the keys of the two pieces only for a pair that has it
    gap <= WRAP_GAP
        && first.chars().next().is_some_and(|c| is(c, LU))
        && opens_in_small_letters(below)
        && !below.ends_with(|c| SENTENCE_MARKS.contains(c))
        && of_headline_length()
        && split_words(below).count() >= WRAP_WORDS
        && {
            let first_key = title_key(first);
            let first_words: FxHashSet<&str> = split_words(&first_key).collect();
            !split_words(&title_key(below)).all(|word| first_words.contains(word))
        }
        && printed()
}

/// Whether the first line closes on a Korean word in the modifier form of 하다 or 되다 (the
/// language's `modifier_forms` after a noun of `MODIFIED_NOUN` syllables at least: 증명한,
/// 선정된), which the noun it modifies must follow, and the line below goes on in Hangul,
/// closed by no sentence's mark: a headline set over two lines ("2023년 연구로 증명한" / "지역
/// 혁신 대학"). A noun closing so (제한, 권한) has fewer syllables before the form (Python's
/// `_modifies_below`).
fn modifies_below(first: &str, below: &str) -> bool {
    let syllable = |c: char| ('\u{ac00}'..='\u{d7a3}').contains(&c);
    let word = first.rsplit(is_space).next().unwrap_or("");
    let syllables = word.chars().count();
    syllables > MODIFIED_NOUN
        && word.chars().all(syllable)
        && word.chars().last().is_some_and(|form| {
            rules("ko")
                .modifier_forms
                .contains(form.encode_utf8(&mut [0; 4]) as &str)
        })
        && below.chars().next().is_some_and(syllable)
        && !below.ends_with(|c| SENTENCE_MARKS.contains(c))
}

/// Whether the page (its `count` lines, which `line` reads) sets a paragraph in print's lines:
/// a line of `PRINT_LINE_WORDS` words at least, closed by no sentence's mark, that the line
/// right below goes on in small letters (Python's `_in_print_lines`).
fn in_print_lines<'a>(line: &impl Fn(usize) -> &'a str, count: usize) -> bool {
    (1..count).any(|k| {
        let above = line(k - 1);
        split_words(above).count() >= PRINT_LINE_WORDS
            && !above
                .trim_end_matches(is_space)
                .ends_with(|c| SENTENCE_MARKS.contains(c))
            && opens_in_small_letters(line(k).trim_matches(is_space))
    })
}

/// Whether a line's first word is wholly in small letters: "iPhone", "eBay" open a headline of
/// their own (Python's `_SMALL_START`).
fn opens_in_small_letters(line: &str) -> bool {
    let rest = line.trim_start_matches(|c| is(c, LL));
    rest.len() < line.len() && !rest.chars().next().is_some_and(|c| is(c, L | M))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: [&str; 6] = [
        "Issue 12",
        "",
        "WINTER SCHOOL OF YOUNG GEOLOGISTS",
        "DRAWS A RECORD CROWD",
        "",
        "The school met for the twenty-first time.",
    ];

    #[test]
    fn two_lines_in_capitals_alone_are_one_headline() {
        let joined = with_capitals_below(|k| PAGE[k], &[0, 2, 3, 5], 1, &FxHashSet::default());
        let text = "WINTER SCHOOL OF YOUNG GEOLOGISTS DRAWS A RECORD CROWD";
        assert_eq!(joined.as_deref(), Some(text));
        assert!(is_joined_below(text, 2, |k| PAGE[k], PAGE.len()));
        for piece in [2, 3] {
            let skip = FxHashSet::from_iter([piece]);
            assert_eq!(
                with_capitals_below(|k| PAGE[k], &[0, 2, 3, 5], 1, &skip),
                None
            );
        }
    }
}
