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
    // A title names a speech by its English or Russian word opening it, or by the Korean word
    // closing it: one closing with no Korean word is told by its first character, in lower
    // case, before the pattern runs (a Hangul syllable folds to no Latin or Cyrillic letter;
    // another first character than an ASCII or a basic Cyrillic one is left to the pattern).
    if !KOREAN_SPEECHES.iter().any(|word| text.ends_with(word)) {
        let may_open = text.chars().next().is_some_and(|c| {
            if ('\u{ac00}'..='\u{d7a3}').contains(&c) {
                false
            } else if c.is_ascii() || ('\u{400}'..='\u{4ff}').contains(&c) {
                // each of them lowers to one character, the one it folds to
                c.to_lowercase()
                    .next()
                    .is_some_and(|lower| SPEECH_FIRSTS.contains(lower))
            } else {
                true
            }
        });
        if !may_open {
            return false;
        }
    }
    speech_title().is_match(text)
}

/// The first letters of the English and Russian words that open a speech's title in
/// `speech_title` (its part or its kind).
const SPEECH_FIRSTS: &str = "ocwkibsraвродп";

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

    #[test]
    fn a_title_opening_in_capitals_or_with_another_letter() {
        assert!(names_a_speech("KEYNOTE SPEECH BY ANA RUIZ"));
        assert!(names_a_speech("ПРИВЕТСТВИЕ губернатора"));
        assert!(names_a_speech("Budget statement to the council"));
        assert!(!names_a_speech("Harbour speech by Ana Ruiz"));
        assert!(!names_a_speech("Лучшее выступление года"));
        assert!(!names_a_speech(" Speech by Ana Ruiz"));
    }
}
