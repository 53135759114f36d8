//! The shapes around a headline, as Python's patterns match them (`normalize/titles.py`),
//! compiled once.
//!
//! Rust's `regex` has no look-around: a look-ahead at the end of an alternative is matched and
//! captured (the cut is where the capture starts), and a look-behind of one character is
//! matched before a captured alternative. The text these patterns read is a normalized title:
//! one line, so Python's `$` is Rust's.

use crate::per_thread::per_thread;

use regex::Regex;

use crate::segment::chars::{caseless, LOWERCASE_LETTER};

#[derive(Clone)]
pub struct Patterns {
    pub bracketed_flag: Regex,
    pub word_flag: Regex,
    /// `^\s*(\p{Lu}{2,20})-(?=\p{Lu}\p{Ll})`, the look-ahead matched: the cut is after the
    /// hyphen, where the first capture ends.
    pub hyphen_flag: Regex,
    pub trailing_flag: Regex,
    /// `\s+(?:[|/·•:–—ㅣ-]|::)\s+|(?<=\S)::(?=\S)` without its look-around, which
    /// `site_separators` checks.
    pub site_separator: Regex,
    /// `\s+l\s+(?=\S+(?:\s\S+)?$)`, the look-ahead matched and captured: the words after the
    /// letter bar start where the capture does (`_LETTER_BAR`).
    pub letter_bar: Regex,
    /// What a page prints before a headline on its line (`_LEADING_MACHINERY`).
    pub leading_machinery: Regex,
    /// What a page prints after a headline on its line (`_TRAILING_MACHINERY`), one pattern
    /// per alternative, each anchored at the end.
    pub trailing_machinery: Vec<Regex>,
    pub guillemet_crumb: Regex,
    /// `\s+>\s+|>(?=\S)`, the look-ahead matched: a match that starts with ">" is ">" alone.
    pub angle_crumb: Regex,
    pub other_crumbs: Vec<Regex>,
    pub date_in_tail: Regex,
    /// `_DATE_IN_TAIL` as a whole text (`is_bare_date`).
    pub bare_date: Regex,
    /// The glued deck's look-ahead `(?!(?:이?라)?[고며는](?!\p{Hangul}))`, matched at the start
    /// of what follows a closing quote: the quotative ending its sentence goes on with.
    pub quotative: Regex,
    /// Flags in brackets alone, one or more: the text before a series label's look-behind
    /// `(?<!^(?:\s*[\[【][^\[\]【】]{1,40}[\]】])+)` in `_TRAILING_MACHINERY`.
    pub opening_labels: Regex,
}

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|error| panic!("{pattern}: {error}"))
}

/// The alternatives of `_LEADING_MACHINERY`, in order; a look-ahead is a capture group.
fn leading_machinery() -> String {
    let alternatives = [
        r"[■□▲△▶▷►◆◇●○•·※*×✕\-–—|]+\s*".to_string(), // a bullet, a dash, a bar, a close mark
        r"[»›❯](?:\s*[»›❯])*\s+".to_string(),        // a trail's mark, its crumbs dropped: "» "
        r"[^\s\[\]()]{1,6}\]\s*".to_string(),        // a flag cut from its bracket: "R]"
        r"\d{1,2}[.)]\s+(\p{L})".to_string(),        // a list number: "3. "
        // a scraper's meta date, maybe with its empty counter: "date 2021-05-14 0 Title" (a
        // headline's own number stays: "date 2021-05-14 3 Things to Know …")
        format!(r"date\s+\d{{4}}-\d\d(?:-\d\d)?\s+(?:0\s+(\p{{Lu}}{LOWERCASE_LETTER}))?"),
        // a numeric date, maybe a clock time, maybe glued: "15.02.2025Title"; a stop closes a
        // full year's only ("2.3.10." is a version)
        format!(
            r"(?:\d{{4}}[./-]\d{{1,2}}[./-]\d{{1,2}}\.?|\d{{1,2}}\.\d{{1,2}}\.(?:\d{{4}}\.?|\d{{2,3}}))(?:\s+\d{{1,2}}:\d\d(?::\d\d)?)?(?:\s+|(\p{{Lu}}{LOWERCASE_LETTER}))"
        ),
        r"\d{1,2}:\d\d(?::\d\d)?\s+".to_string(), // a clock time: "15:14 <headline>"
        r"@[\w.]+\s+".to_string(),                // a handle: "@Channel <headline>"
        // a flag glued on: "LiveBudget debate"
        format!(r"{}(\p{{Lu}}{LOWERCASE_LETTER})", caseless("live|breaking")),
        r"\(\d{1,2}\+\)\s*".to_string(), // an age rating: "(6+) "
        // a bare age rating glued to the headline's capital or opening quote: "6+Концерт …"
        r#"(?:0|6|12|16|18)\+([\p{Lu}«“„"'])"#.to_string(),
        format!(r"{}:\s*", caseless("re|fwd?|aw|отв")), // a reply's or forward's mark
        // a wiki's namespace glued on: "Category:Ferries", "User talk:Ann"
        r"[\p{Lu}\p{Lo}]\p{L}{0,15}(?:\s\p{Ll}{2,10})?:([\p{Lu}\p{Lo}])".to_string(),
        r"Speech\sto\sText\sfor\s+".to_string(), // a station's caption page: "Speech to Text for …"
        r"\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*\.\s+(\p{Lu})".to_string(), // an agency's place
        // a section and a bar: "Opinion | …"
        r"[^\s|ㅣ:]+(?:\s[^\s|ㅣ:]+)?\s+[|ㅣ]\s+(\S+\s+\S+\s+\S)".to_string(),
        // a Korean board's category, maybe with its part after a slash, before a flag:
        // "자유 [FA컵] …", "지역/경제 [속보] …"
        r"\p{Hangul}{1,8}(?:/\p{Hangul}{1,8})?\s+([\[【][^\]】]{1,16}[\]】]\s*\S+\s+\S)"
            .to_string(),
    ];
    format!("^(?:{})", alternatives.join("|"))
}

/// The alternatives of `_TRAILING_MACHINERY`, each to the end of the text; one with a
/// look-behind matches its character first and captures the rest.
fn trailing_machinery() -> Vec<String> {
    [
        r"\s*[|｜]\s*".to_string(),                           // a table cell's bar
        r"\s*[|/]\s*(?:[#＃][\p{L}\p{N}_]+\s*)+".to_string(), // hashtags after a bar
        r"[?!.…](\s*(?:[#＃][\p{L}\p{N}_]+\s*)+)".to_string(), // after a finished sentence
        r"(?:\s+[#＃][\p{L}\p{N}_]+){2,}\s*".to_string(),     // a run of two or more hashtags
        // a series label glued on, not to flags alone opening the line (`opening_labels`)
        r"\S(\[[^\[\]]{1,40}\][^\[\]]{0,40})".to_string(),
        // keywords glued with "_", two or more; not a date after it, nor a series' part, nor
        // a key before a colon naming the headline's subject ("pg_stat_statements: …")
        r"_[^_\d:][^_:]*(?:_[^_:]+)+".to_string(),
        // a date closing the line, not a title's own after a dash
        r"[^\s|/:·•–—-](\s+(?:\d{4}|\d\d)[./-]\d{1,2}[./-]\d{1,2}\.?)".to_string(),
        r"<br\s*/?>.*".to_string(), // raw markup, and the text after it
        // a paragraph's raw closing tag after text, another paragraph after it: "By Ana Ruiz
        // </p><p>…"; an opening one alone is a headline's word ("Why the <p> tag …")
        r"\S(\s*</p>.*)".to_string(),
        // a deck glued to a closing quote (not a quotative ending, which `quotative` checks),
        // not a sentence's end with its stop ("“…”전시를 엽니다."), though a capital opens a
        // deck ("“…”Work …")
        r"[”»](\p{Lu}[^”»]{11,}|\p{L}[^”»]{10,}[^”».。])".to_string(),
        // the outlet's domain, the dash or bar before it too: "… - Vostok.ru"
        r"(?:\s+[-–—|/·•])?\s+\S+\.(?:com|net|org|ru|ру|kr|co\.kr|io|tv|info|media)".to_string(),
        r"\s*\[[^\[\]]{1,24}\]".to_string(), // a bracketed flag: "[KEY UPDATES]"
        r"\s*【[^【】]{1,24}】".to_string(), // the same in lenticular brackets
        // (LEAD), (2ND LD): a wire's mark in Latin capitals; a word of another script is a flag
        // only when the flags name it: "(ФОТО)", not a report's kind, "(ФОТОРЕПОРТАЖ)"
        r"\s*\((?:[A-Z][A-Z\d\s]{0,15})\)".to_string(),
        // a read counter in round brackets: "(Read 113 times)", "(1,204 views)", "(조회 412)"
        concat!(
            r"\s*\((?i:read\s\d[\d,.]*\stimes|прочитано\s\d[\d\s]*\sраза?",
            r"|\d[\d,.]*\s(?:views?|просмотр\p{L}*)|(?:views?|просмотров|조회수?)\s?:?\s?\d[\d,.]*)\)"
        )
        .to_string(),
        // a word processor's change note glued on: "… Formatted: Font: 16 pt"
        r"\s+(?:Formatted|Deleted|Inserted|Style\sDefinition):\s.*".to_string(),
        // a photograph's alt text glued on: "<headline> 기사의 사진"
        r"\s+기사의\s?사진".to_string(),
        // a programme's name glued on by a slash after a closing quote or mark:
        // "…‘폭염 경보’/뉴스데스크"; a slash between words ("and/or") or figures ("1/2") stays
        r#"[’'"”」』»?!…](/\p{L}[\p{L}\p{N}]{1,11})"#.to_string(),
        // a clipping's day in brackets, its "자" closing it: the paper's, "… 열어(2017. 10. 19자)"
        r"\s*[(（]\s*\d{2,4}\s*[./년]\s*\d{1,2}\s*[./월]\s*\d{1,2}\s*[.일]?\s*자\s*[)）]".to_string(),
    ]
    .iter()
    .map(|alternative| format!("(?:{alternative})$"))
    .collect()
}

/// Run `read` with this thread's copy of the patterns (copies share the compiled programs).
pub fn with_patterns<T>(read: impl FnOnce(&Patterns) -> T) -> T {
    per_thread! {
        fn own() -> Patterns {
            compiled()
        }
    }
    read(&own())
}

/// The patterns, compiled once per process.
fn compiled() -> Patterns {
    Patterns {
        // Leading flags, 24 characters in brackets and 16 in round ones: "[속보]", "【단독】",
        // "<영상>", "(LEAD)", "(2nd LD)".
        bracketed_flag: compile(
            r"^\s*(?:[\[【<〈《]([^\]】>〉》]{1,24})[\]】>〉》]|\(([^)]{1,16})\))\s*",
        ),
        // "Video:", "BIG NEWS!!!", hyphened "Пресс-релиз:".
        word_flag: compile(r"^\s*([\p{L}\s][\p{L}\s-]{1,19}?)\s*(?:[:：|]|!+)\s*"),
        // A flag in capitals glued to the headline's first word by a hyphen: "UPDATE-Driver".
        hyphen_flag: compile(r"^\s*(\p{Lu}{2,20})-\p{Lu}\p{Ll}"),
        // Trailing flags: "… (영상)", "… [PHOTOS]", "… (2 фото + 1 видео)", a capitalised word
        // after the stop: "…. ВИДЕО".
        trailing_flag: compile(
            r"(?:\s*[\[【<(]([^\]】>)]{1,24})[\]】>)]|\.?\s+(\p{Lu}{2,16}))\s*$",
        ),
        // Separators between a headline and the outlet's name: "… | Site", "… - Yonhap";
        // a bare "::" is one only between two printed characters ("Title::Journal").
        site_separator: compile(r"\s+(?:[|/·•:–—ㅣ-]|::)\s+|::"),
        // A small letter "l" between spaces standing for a bar before the last one or two words.
        letter_bar: compile(r"\s+l\s+(\S+(?:\s\S+)?)$"),
        leading_machinery: compile(&leading_machinery()),
        trailing_machinery: trailing_machinery().iter().map(|p| compile(p)).collect(),
        guillemet_crumb: compile(r"\s*[»›]\s*"),
        angle_crumb: compile(r"\s+>\s+|>\S"),
        other_crumbs: [r"\s+<\s+|\s*‹\s*", r"\s+/\s+", r"\s+\|\s+"]
            .into_iter()
            .map(compile)
            .collect(),
        // A date in the tail of a title line: "/ 한빛방송 2023.02.14."
        date_in_tail: compile(r"\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}"),
        bare_date: compile(r"^(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})$"),
        quotative: compile(r"^(?:이?라)?[고며는](?:\P{Hangul}|$)"),
        opening_labels: compile(r"^(?:\s*[\[【][^\[\]【】]{1,40}[\]】])+$"),
    }
}
