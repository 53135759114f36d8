//! A text split into its characters once, for the rooms that speak in code-point offsets:
//! each character, and where it starts in the text, so that a stretch is copied as bytes.

/// The characters of a text with the byte offset of each.
pub struct Letters<'a> {
    text: &'a str,
    chars: Vec<char>,
    /// Byte offset of each character, then the length of the text; empty for an ASCII
    /// text, whose characters start at their own indices.
    starts: Vec<usize>,
}

impl<'a> Letters<'a> {
    pub fn new(text: &'a str) -> Letters<'a> {
        if text.is_ascii() {
            return Letters {
                text,
                chars: text.bytes().map(char::from).collect(),
                starts: Vec::new(),
            };
        }
        // Both lists made at their length (counting is cheaper than decoding), then filled
        // in one pass: no growing, no test of room per character.
        let count = text.chars().count();
        let mut chars = vec!['\0'; count];
        let mut starts = vec![text.len(); count + 1];
        for ((letter, start), (at, c)) in chars.iter_mut().zip(&mut starts).zip(text.char_indices())
        {
            *letter = c;
            *start = at;
        }
        Letters {
            text,
            chars,
            starts,
        }
    }

    /// The text itself.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The characters, as `text.chars().collect()` gives them.
    pub fn chars(&self) -> &[char] {
        &self.chars
    }

    /// The index of the character that starts at byte `at` of the text (the number of
    /// characters when `at` is its length).
    pub fn index_of_byte(&self, at: usize) -> usize {
        if self.starts.is_empty() {
            return at.min(self.chars.len());
        }
        self.starts.partition_point(|&start| start < at)
    }

    /// `text[start:end]` in code points, bounds clamped to the text as Python's slices are.
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        let count = self.chars.len();
        let (start, end) = (start.min(count), end.min(count));
        if self.starts.is_empty() {
            return &self.text[start..end.max(start)];
        }
        &self.text[self.starts[start]..self.starts[end.max(start)]]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_are_the_characters_between_the_offsets() {
        for text in ["가a нё\u{301}x", "ab c"] {
            same_as_the_characters(text);
        }
    }

    fn same_as_the_characters(text: &str) {
        let letters = Letters::new(text);
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(letters.chars(), &chars[..]);
        for (index, (at, _)) in text.char_indices().enumerate() {
            assert_eq!(letters.index_of_byte(at), index, "{at}");
        }
        assert_eq!(letters.index_of_byte(text.len()), chars.len());
        for start in 0..=chars.len() + 1 {
            for end in 0..=chars.len() + 1 {
                let (s, e) = (start.min(chars.len()), end.min(chars.len()));
                let expected: String = chars[s..e.max(s)].iter().collect();
                assert_eq!(letters.slice(start, end), expected, "{start} {end}");
            }
        }
    }
}
