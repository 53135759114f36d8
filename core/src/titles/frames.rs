//! The quotation marks or the square brackets a page sets around a headline as a frame, a
//! space inside each ("« … »", "[ … ]"): a cut of `cut_headline` like those of `cuts`, which a
//! quotation's marks, touching the words they quote, are not (Python's `normalize/frames.py`).

use super::cuts::HEADLINE_WORDS;
use crate::segment::chars::strip;
use crate::text::split_words;

/// Quotation marks a page sets around a headline as a frame, a space inside each: "« … »". A
/// quotation's marks touch the words they quote ("«Мы вернёмся»"), and a quoted headline keeps
/// them; arrows around links split by bars are a pager ("« March 2008 | Main | May 2008 »").
/// Square brackets spaced so are a site's markup around its headline ("[ … ]"), not a flag.
const FRAMES: [(&str, &str); 4] = [("« ", " »"), ("“ ", " ”"), ("\" ", " \""), ("[ ", " ]")];

/// Whether square brackets, a space inside each, frame the whole line and give a headline
/// (`without_frame`): "[ Harbour diary notes ]", not "[Diary]" (Python's `is_bracket_framed`).
pub fn is_bracket_framed(line: &str) -> bool {
    let text = strip(line);
    text.starts_with("[ ") && without_frame(text).len() != text.len()
}

/// The headline without the quotation marks a page sets around it as a frame, a space inside
/// each, when no other mark of the pair and no bar is inside and a headline's length is left.
pub fn without_frame(text: &str) -> &str {
    for (opening, closing) in FRAMES {
        if text.len() >= opening.len() + closing.len()
            && text.starts_with(opening)
            && text.ends_with(closing)
        {
            let inner = &text[opening.len()..text.len() - closing.len()];
            let marks = [opening.trim(), closing.trim(), "|"];
            if !marks.iter().any(|mark| inner.contains(mark))
                && split_words(inner).count() >= HEADLINE_WORDS
            {
                return strip(inner);
            }
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frame_of_spaced_quotation_marks_is_cut_and_a_quotation_is_kept() {
        let framed = "« Ferry service to Gull Island resumes »";
        assert_eq!(
            without_frame(framed),
            "Ferry service to Gull Island resumes"
        );
        let quoted = "«Мы вернёмся на этот берег»";
        assert_eq!(without_frame(quoted), quoted);
        let pair = "« Город » и « деревня »";
        assert_eq!(without_frame(pair), pair);
        let pager = "« March 2008 | Main | May 2008 »";
        assert_eq!(without_frame(pager), pager);
        assert_eq!(without_frame("\" \""), "\" \"");
    }
}
