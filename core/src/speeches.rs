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
        Regex::new(
            r"(?xi)^(?:
                (?:(?:opening|closing|welcome|welcoming|keynote|inaugural|budget)\s+)?  # its part
                (?:speech|remarks|address|statement)\s+(?:by|at|of|to|before)\s+\w  # English
              | (?:выступление|речь|обращение|доклад|приветствие)\s+\w  # Russian
              | .*\s(?:축사|기념사|연설문|격려사|환영사|개회사)$  # Korean, closing the line
            )",
        )
        .expect("a valid pattern")
    }
}

/// Whether a headline's text names a speech, with its speaker or its occasion (Python's
/// `names_a_speech`).
pub fn names_a_speech(text: &str) -> bool {
    speech_title().is_match(text)
}

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
    }
}
