//! A clip's caption track printed as a page (WebVTT, SubRip; mirrors
//! `normalize/caption_tracks.py`): each cue is a timing line, "00:00:01.905 --> 00:00:05.120",
//! and the words said in that span on the lines below it, a sentence's piece; a meeting's
//! transcript with its time marks, "[00:03:12]", each over what is said from then on. None of
//! them is the page's headline.

use regex::Regex;
use rustc_hash::FxHashSet;

use crate::per_thread::PerThread;

/// A caption track prints this many timing lines at least; one may be a page's quoted example.
const TIMINGS: usize = 2;

/// A transcript's time mark alone on its line: hours, minutes and seconds in square brackets.
static MARK: PerThread<Regex> = PerThread::new(|| {
    Regex::new(r"^[ \t]*\[[0-9]{1,2}:[0-9]{2}:[0-9]{2}\][ \t]*$").expect("a valid pattern")
});

/// A broadcast script's cue mark opening its line, a cue's word between pointers ("◀ANC▶",
/// "◁ 앵 커 ▷") or a cue's code in square brackets ("[VCR]"), maybe a speaker after it, a name
/// of a few words or one in brackets ("◀INT▶ 김 모 씨", "◀SYN▶(주민)"), with no sentence's stop.
static CUE: PerThread<Regex> = PerThread::new(|| {
    Regex::new(concat!(
        r"^[ \t]*(?:[◀◁]([^▶▷]{1,12})[▶▷]|\[([A-Za-z/ ]{2,8})\])",
        r"[ \t]*(?:\([^()]{1,20}\)|[^.!?。◀◁▶▷]{0,24})[ \t]*$",
    ))
    .expect("a valid pattern")
});

/// A briefing's note on the question an answer takes up, alone in round brackets on its line,
/// no credit's label or sign in it: "(항만 이전 시기를 묻는 질문에 대해)".
static NOTE: PerThread<Regex> =
    PerThread::new(|| Regex::new(r"^[ \t]*\(([^()=:/]+)\)[ \t]*$").expect("a valid pattern"));
/// A note holds this many words at least ("(Laughter)", "(중략)" are a speech's).
const NOTE_WORDS: usize = 3;

/// The cue's words a script prints (a closed class): the anchor's part, the report's footage, a
/// sound bite, an interview, a graphic, the end; each language's where scripts print it.
const CUE_WORDS: &[&str] = &[
    "ANC",
    "ANCHOR",
    "VCR",
    "SYN",
    "SOT",
    "INT",
    "CG",
    "C/G",
    "END",
    "VO",
    "EFFECT",
    "앵커",
    "리포트",
    "기자",
    "인터뷰",
    "녹취",
    "현장음",
    "이펙트",
    "ВЕДУЩИЙ",
    "СИНХРОН",
    "ЗК",
    "ИНТЕРВЬЮ",
    "ЛАЙФ",
    "КОНЕЦ",
];

/// A cue's timing line: its start and end, hours maybe left off, milliseconds after a dot
/// (WebVTT) or a comma (SubRip).
static TIMING: PerThread<Regex> = PerThread::new(|| {
    Regex::new(concat!(
        r"^[ \t]*(?:[0-9]{1,2}:)?[0-9]{2}:[0-9]{2}[.,][0-9]{3}[ \t]+-->[ \t]+",
        r"(?:[0-9]{1,2}:)?[0-9]{2}:[0-9]{2}[.,][0-9]{3}(?:[^0-9]|$)",
    ))
    .expect("a valid pattern")
});

/// The lines of a caption track's cues: on a page with two timing lines or more, the lines
/// with text right below each timing line, up to the blank line or timing line that ends it.
/// The last cue holds no more lines than the most another one holds: nothing but a blank line
/// would end it, and a page printed without any goes on with its own lines; the next cue's
/// number above its timing, SubRip's, is none of them (Python's `caption_cues`).
pub fn caption_cues<S: AsRef<str>>(lines: &[S]) -> FxHashSet<usize> {
    let timings: Vec<usize> = (0..lines.len())
        .filter(|&at| is_timing(lines[at].as_ref()))
        .collect();
    let mut cues = FxHashSet::default();
    if timings.len() < TIMINGS {
        return cues;
    }
    // the most lines a cue above the last one holds
    let mut most = 0;
    let last = timings[timings.len() - 1];
    for &timing in &timings {
        let mut below = timing + 1;
        while below < lines.len()
            && !lines[below].as_ref().is_empty()
            && !is_timing(lines[below].as_ref())
        {
            if timing == last && below - timing > most {
                break;
            }
            cues.insert(below);
            below += 1;
        }
        // the next cue's number above its timing
        let numbered = below < lines.len() && is_number(lines[below - 1].as_ref());
        most = most.max(below - timing - 1 - usize::from(numbered));
    }
    cues
}

/// Whether the line is a number alone, as SubRip numbers its cues (Python's `_is_number`).
fn is_number(line: &str) -> bool {
    !line.is_empty() && line.bytes().all(|b| b.is_ascii_digit())
}

/// Whether the line opens with a cue's timing ("00:00:01.500 --> 00:00:04.000"); a line
/// opening with no digit is left unread before the pattern is tried.
fn is_timing(line: &str) -> bool {
    let opening = line.trim_start_matches([' ', '\t']).as_bytes().first();
    opening.is_some_and(u8::is_ascii_digit) && line.contains("-->") && TIMING.get().is_match(line)
}

/// The lines of a transcript said under its time marks: on a page with two marks or more (a
/// bracketed clock of hours, minutes and seconds alone on its line, "[00:03:12]"), the lines
/// with text from each mark to the next. The last mark's lines are no more than the most
/// another one holds: the page's own lines may follow the transcript. A broadcast script's cue
/// marks ("◀ANC▶", "◀VCR▶", "◀INT▶ 김 모 씨") are such marks too: what the anchor, the report
/// and the people in it say is the script's, no headline, and so is each mark; so are a
/// briefing's notes on the questions, each over its answer (Python's `transcript_marks`).
pub fn transcript_marks<S: AsRef<str>>(lines: &[S]) -> FxHashSet<usize> {
    let marks: Vec<usize> = (0..lines.len())
        .filter(|&at| is_mark(lines[at].as_ref()) || notes_an_answer(lines, at))
        .collect();
    if marks.len() < TIMINGS {
        return FxHashSet::default();
    }
    // a mark is no headline either ("◀INT▶ 김 모 씨")
    let mut said: FxHashSet<usize> = marks.iter().copied().collect();
    // the most lines with text a mark above the last one holds
    let mut most = 0;
    for (k, &mark) in marks.iter().enumerate() {
        let end = marks.get(k + 1).copied().unwrap_or(lines.len());
        let mut spoken: Vec<usize> = (mark + 1..end)
            .filter(|&at| !lines[at].as_ref().is_empty())
            .collect();
        if end == lines.len() {
            spoken.truncate(most);
        }
        most = most.max(spoken.len());
        said.extend(spoken);
    }
    said
}

/// Whether line `at` is a briefing's note on the question an answer takes up, alone in round
/// brackets (`NOTE`), over the answer: the next line with text closes as a sentence does; a
/// photograph's note over a headline stands over no sentence (Python's `_notes_an_answer`).
fn notes_an_answer<S: AsRef<str>>(lines: &[S], at: usize) -> bool {
    let line = lines[at].as_ref();
    if !line.trim_start_matches([' ', '\t']).starts_with('(') {
        return false;
    }
    let noted = NOTE
        .get()
        .captures(line)
        .and_then(|note| note.get(1))
        .is_some_and(|inside| inside.as_str().split_whitespace().count() >= NOTE_WORDS);
    if !noted {
        return false;
    }
    let below = lines[at + 1..]
        .iter()
        .map(AsRef::as_ref)
        .find(|text| !text.is_empty())
        .unwrap_or("");
    crate::title_shapes::ends_sentence(below)
}

/// Whether the line is a transcript's time mark alone ("[00:03:12]"), a broadcast script's cue
/// mark ("◀VCR▶", "◀INT▶ 김 모 씨"); a line opening with no bracket or pointer is left unread
/// before the patterns are tried (Python's `_is_mark`).
fn is_mark(line: &str) -> bool {
    let opening = line.trim_start_matches([' ', '\t']).chars().next();
    if opening == Some('[') && MARK.get().is_match(line) {
        return true;
    }
    if !matches!(opening, Some('[' | '◀' | '◁')) {
        return false;
    }
    let Some(found) = CUE.get().captures(line) else {
        return false;
    };
    let Some(word) = found.get(1).or_else(|| found.get(2)) else {
        return false;
    };
    let word: String = word
        .as_str()
        .split_whitespace()
        .collect::<String>()
        .to_uppercase();
    CUE_WORDS.contains(&word.as_str())
}
