//! A headline the page cites again, whole and in quotation marks, on a short label's line below
//! it: a comment box's 'No Comments on "<title>"' (mirrors `normalize/cited_titles.py`). The
//! citation names the line as the post's title, however its writer closed it.

use crate::echo::{LineKeys, Placed, Searcher};
use crate::segment::chars;
use crate::text::split_words;

/// The quotation marks a title is cited between, each opening with its closing.
const QUOTE_PAIRS: [(char, char); 5] = [('"', '"'), ('“', '”'), ('«', '»'), ('„', '“'), ('‘', '’')];
/// A label citing a title holds this many words at most beside the quotation.
const LABEL_WORDS: usize = 4;
/// The stops that close a sentence: one followed by a space has another sentence after it.
const STOPS: [char; 4] = ['.', '!', '?', '…'];

/// Whether a line with text below the candidate (ranks `filled`) prints it whole between
/// quotation marks, opening its line or after a space, with `LABEL_WORDS` words at most beside
/// the quotation: a label citing the page's title. A title is one sentence: two or more are a
/// caption's, its copy an image's attribute (`alt="…"`), and a paragraph quoting a sentence
/// says more around it.
pub fn is_cited_below<S: AsRef<str>>(
    candidate: &Placed,
    lines: &LineKeys<S>,
    filled: &[usize],
) -> bool {
    let text = candidate.text.trim_matches(chars::is_space);
    let mut pairs = text.chars().zip(text.chars().skip(1));
    if text.is_empty() || pairs.any(|(stop, next)| STOPS.contains(&stop) && next == ' ') {
        return false;
    }
    // every quoted form holds the title whole: a line without it cites nothing
    let title = Searcher::new(text);
    filled.iter().skip(candidate.order + 1).any(|&index| {
        let line = lines.line(index);
        line.len() > text.len()
            && title.find(line.as_bytes()).is_some()
            && QUOTE_PAIRS.iter().any(|(opening, closing)| {
                let quote = format!("{opening}{text}{closing}");
                line.find(quote.as_str()).is_some_and(|at| {
                    let spaced = line[..at].chars().last().is_none_or(chars::is_space);
                    let beside = split_words(&line[..at]).count()
                        + split_words(&line[at + quote.len()..]).count();
                    spaced && beside <= LABEL_WORDS
                })
            })
    })
}
