//! A headline in capitals broken over two lines, as a print page sets a long head in a narrow
//! column ("WINTER SCHOOL OF YOUNG GEOLOGISTS" / "DRAWS A RECORD CROWD"): one headline
//! (mirrors `normalize/capital_heads.py`).

use rustc_hash::FxHashSet;

use crate::running_text::is_shouted;
use crate::segment::chars::is_space;
use crate::text::split_words;

/// What closes a sentence or leaves a line open for a list: no piece of a headline ends so.
const CLOSING_MARKS: &str = ".!?:;,…";
/// The two pieces hold this many words at least together (a menu's two labels fewer), and a
/// headline's most words at most.
const LEAST_WORDS: usize = 4;
const HEADLINE_WORDS: usize = 20;

/// The line of rank `rank` among the page's lines with text (`filled`, their places among the
/// page's lines, which `line` reads) joined with the next one, when the two stand alone
/// together between blank lines (or the page's edge), neither a line of `skip` (a masthead, a
/// section's label), and are the pieces of a headline in capitals (`are_pieces`). Else `None`:
/// a block of three lines is a paragraph or a menu (Python's `with_capitals_below`).
pub fn with_capitals_below<'a>(
    line: impl Fn(usize) -> &'a str,
    filled: &[usize],
    rank: usize,
    skip: &FxHashSet<usize>,
) -> Option<String> {
    let index = *filled.get(rank)?;
    let alone = filled.get(rank + 1) == Some(&(index + 1))
        && (rank == 0 || filled[rank - 1] + 1 < index)
        && filled.get(rank + 2).is_none_or(|&next| next > index + 2)
        && !skip.contains(&index)
        && !skip.contains(&(index + 1));
    if !alone {
        return None;
    }
    let first = line(index).trim_matches(is_space);
    let below = line(index + 1).trim_matches(is_space);
    are_pieces(first, below).then(|| format!("{first} {below}"))
}

/// Whether a headline read from the page's line `index` (which `line` reads, `count` lines in
/// all) is that line and the one right below it, pieces of a headline in capitals
/// (`are_pieces`), joined: the second piece prints no copy of it, and nothing is glued around
/// it (Python's `is_joined_below`).
pub fn is_joined_below<'a>(
    text: &str,
    index: usize,
    line: impl Fn(usize) -> &'a str,
    count: usize,
) -> bool {
    let first = line(index).trim_matches(is_space);
    let below = if index + 1 < count {
        line(index + 1).trim_matches(is_space)
    } else {
        ""
    };
    text.len() == first.len() + 1 + below.len()
        && text.starts_with(first)
        && text[first.len()..].starts_with(' ')
        && text.ends_with(below)
        && are_pieces(first, below)
}

/// Whether two lines are the pieces of one headline in capitals: both in capitals, the first
/// closed by no mark, the two of a headline's length.
fn are_pieces(first: &str, below: &str) -> bool {
    let words = split_words(first).count() + split_words(below).count();
    is_shouted(first)
        && is_shouted(below)
        && !first.ends_with(|c| CLOSING_MARKS.contains(c))
        && (LEAST_WORDS..=HEADLINE_WORDS).contains(&words)
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
