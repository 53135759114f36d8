//! An ad slot's label: a short line that names its slot by the banner's size in pixels
//! ("Рекламный баннер 990x90px ban1", "Harbour Awards 728x90"), a widget of the page, never its
//! headline, however long and near the top it stands (mirrors `normalize/ad_slots.py`).

use crate::glued_datelines::holds_ascii_digit;
use crate::text::split_words;

/// The most words an ad slot's label has.
const AD_SLOT_WORDS: usize = 6;

/// Whether a line is an ad slot's label: at most six words, no colon, the last a banner's
/// size, or the one before it when the last holds a figure, the slot's number ("Рекламный
/// баннер 990x90px ban1"). A headline about such sizes has words after the size ("I Hate
/// 728×90 Banner Ads", "728×90 – Leaderboard", "Phone maker shows 2400x1080 screen").
pub fn is_ad_slot_label(line: &str) -> bool {
    // a banner's size is printed in ASCII figures: a line without one is no label, told
    // before its words are split
    if !holds_ascii_digit(line.as_bytes()) {
        return false;
    }
    let words: Vec<&str> = split_words(line).take(AD_SLOT_WORDS + 1).collect();
    if words.is_empty() || words.len() > AD_SLOT_WORDS || line.contains(':') {
        return false;
    }
    let last = words[words.len() - 1];
    if is_ad_size(last) {
        return true;
    }
    let slot_number = last.bytes().any(|b| b.is_ascii_digit());
    words.len() >= 2 && slot_number && is_ad_size(words[words.len() - 2])
}

/// Whether a word is a banner's size in pixels, width by height, in any case: "990x90px",
/// "300Х250", "728×90" (Python's `_AD_SIZE`).
fn is_ad_size(word: &str) -> bool {
    let lower = word.to_lowercase();
    let size = lower.strip_suffix("px").unwrap_or(&lower);
    let Some((width, height)) = size.split_once(['x', 'х', '×']) else {
        return false;
    };
    let pixels =
        |side: &str| (2..=4).contains(&side.len()) && side.bytes().all(|b| b.is_ascii_digit());
    pixels(width) && pixels(height)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ad_slot_s_label_names_a_banner_s_size() {
        assert!(is_ad_slot_label("Рекламный баннер 990x90px ban1"));
        assert!(is_ad_slot_label("Top 300X250"));
        assert!(!is_ad_slot_label("I Hate 728×90 Banner Ads"));
        assert!(!is_ad_slot_label("728×90 – Leaderboard"));
        assert!(!is_ad_slot_label("Sizes: 728x90"));
    }
}
