//! A speech's page: its title names the speech, with its speaker or its occasion ("Speech by
//! Minister Ana Ruiz at the Harbour Forum", "Выступление министра на форуме", "항만 개항 기념식
//! 축사"), over a heading of the speech's own; the title is the page's headline (mirrors
//! `normalize/speeches.py`).

use regex::Regex;

use crate::per_thread::per_thread;

per_thread! {
    /// The kind of speech a title names, and how it is joined to its speaker or occasion
    /// (`_SPEECH_TITLE`).
    fn speech_title() -> Regex {
        Regex::new(&format!(
            r"(?xi)^(?:
                (?:(?:opening|closing|welcome|welcoming|keynote|inaugural|budget)\s+)?  # its part
                (?:speech|remarks|address|statement)\s+(?:by|at|of|to|before)\s+\w  # English
              | (?:выступление|речь|обращение|доклад|приветствие)\s+\w  # Russian
              | .*\s(?:{})$  # Korean, closing the line
            )",
            KOREAN_SPEECHES.join("|"),
        ))
        .expect("a valid pattern")
    }
}

/// Whether a headline's text names a speech, with its speaker or its occasion (Python's
/// `names_a_speech`).
pub fn names_a_speech(text: &str) -> bool {
    // A title opening with a Hangul syllable (no case folds to a Latin or Cyrillic letter)
    // names a speech only by the Korean word closing it: without one, the pattern, which
    // would read the whole line for it, is not run.
    let hangul_first = text
        .chars()
        .next()
        .is_some_and(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c));
    if hangul_first && !KOREAN_SPEECHES.iter().any(|word| text.ends_with(word)) {
        return false;
    }
    speech_title().is_match(text)
}

/// The Korean words for a speech that `speech_title` reads closing a line.
const KOREAN_SPEECHES: [&str; 6] = ["축사", "기념사", "연설문", "격려사", "환영사", "개회사"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speech_titles_name_their_kind_and_speaker() {
        assert!(names_a_speech(
            "Speech by Minister Ana Ruiz at the Harbour Forum"
        ));
        assert!(names_a_speech("Opening remarks at press conference"));
        assert!(names_a_speech("Выступление министра на форуме"));
        assert!(names_a_speech("항만 개항 기념식 축사"));
        assert!(!names_a_speech("Minister's speech draws protests"));
        assert!(!names_a_speech("Address book"));
        assert!(!names_a_speech("항만 개항 기념식 축사 전문"));
        assert!(!names_a_speech("축사"));
    }
}
