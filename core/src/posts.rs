//! Social posts a story embeds (mirrors `normalize/posts.py`): the line that signs one ("—
//! Jane Roe (@janeroe) June 9, 2018", as a post's embed code prints it below the post's text)
//! states the post's time, not the page's: the line above it is a post's text, not a head over
//! its own dateline.

use crate::segment::chars::is_space;

/// What may follow a post's handle on its signature line: its date, at most this long.
const SIGNATURE_TAIL_CHARS: usize = 40;
/// How far before the handle the dash that opens the signature stands: the author's name.
const SIGNATURE_NAME_CHARS: usize = 40;
/// The dashes an embed code opens a post's signature with.
const DASHES: [char; 3] = ['—', '–', '―'];
/// A social handle is this long at most.
const HANDLE_LONGEST: usize = 15;

/// Whether a line signs an embedded post: a dash, the author's name and handle in brackets, at
/// most a date after it, closing the line (a post's text may stand before it). An article's
/// byline is not set off by a dash (Python's `signs_a_post`).
pub fn signs_a_post(text: &str) -> bool {
    let Some(opening) = text.rfind("(@") else {
        return false;
    };
    let Some(closing) = text[opening..].find(')').map(|at| opening + at) else {
        return false;
    };
    let handle = &text[opening + 2..closing];
    if handle.is_empty()
        || handle.len() > HANDLE_LONGEST
        || !handle
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || byte == b'_')
    {
        return false;
    }
    let tail = &text[closing + 1..];
    let mut name = text[..opening].chars().rev().take(SIGNATURE_NAME_CHARS);
    tail.trim_matches(is_space).chars().count() <= SIGNATURE_TAIL_CHARS
        && !tail.contains(['(', ')'])
        && name.any(|c| DASHES.contains(&c))
}

#[cfg(test)]
mod tests {
    use super::signs_a_post;

    #[test]
    fn a_dash_name_and_handle_sign_a_post() {
        assert!(signs_a_post("— Jane Roe (@jane_roe) June 9, 2018"));
        assert!(signs_a_post(
            "Drains blocked again. pic.twitter.com/x1 — City Desk (@citydesk) May 2, 2019"
        ));
        assert!(!signs_a_post("By Jane Roe (@jane_roe) June 9, 2018"));
        assert!(!signs_a_post("— Jane Roe, June 9"));
    }
}
