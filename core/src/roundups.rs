//! Roundups: pages of several stories, each under its own head, that no headline of the
//! page's own stands above (mirrors `normalize/roundups.py`). A story's head is echoed by its
//! own paragraphs and by none of the stories after it; an article's headline is echoed past
//! its subheads too, for the article tells one story throughout.

use regex::Regex;
use rustc_hash::FxHashSet;

use crate::cut_teasers::is_cut_teaser;
use crate::echo::LineKeys;
use crate::headline::{signal, Candidate, LEAD_LINES};
use crate::page::EchoWords;
use crate::per_thread::PerThread;

/// A head's own story echoes this share of its words at least (the words all the heads
/// share, the roundup's own label such as "district", left out).
const OWN_ECHO: f64 = 2.0 / 3.0;
/// The next story's head is echoed by its own paragraph, this share of its words at least.
const NEXT_HEAD_ECHO: f64 = 0.1;
/// A roundup with a head shorter than a whole headline (a name, a label: an article's
/// subheads are as short) has this many heads at least.
const WHOLE_HEAD: usize = 5;
const SHORT_HEADS: usize = 3;
/// A roundup's own title above its heads has this many words at least.
const TITLE_WORDS: usize = 3;
/// A head whose dateline or byline stands this near is an article's headline.
const HEAD_DATELINE: f64 = 0.75;
/// A brief's head opened by a bullet, a symbol set off by a space: "● Health talks for
/// residents".
static BULLETED_HEAD: PerThread<Regex> =
    PerThread::new(|| Regex::new(r"^\s*([\p{So}•▪◦])\s").expect("a valid pattern"));
/// A bullet run in after a sentence's stop, the next brief's head glued onto the paragraph
/// before it: "… the doctor said. ● New signs at the clinics".
static RUN_IN_MARK: PerThread<Regex> = PerThread::new(|| {
    Regex::new(r#"[.!?…]["'”’)]*\s+([\p{So}•▪◦])\s+\S"#).expect("a valid pattern")
});

/// The lines of a roundup's story heads: a head above a paragraph that echoes it, with other
/// heads below it (two at least when one is short), each above a paragraph of its own with no
/// dateline or byline near (an article below teasers has its own) and not cut short by an
/// ellipsis (a related box's teaser under an article, `over_cut_teaser`), when its own story (the lines down to
/// the next head) echoes most of its words and the stories below echo none of them. A roundup
/// under a title of its own (`may_title`) is left to the other rules. `words` are the candidates' echo words, `filled` the
/// page's lines with text, in order.
pub fn roundup_heads<S: AsRef<str>>(
    candidates: &[Candidate],
    words: &[EchoWords],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> FxHashSet<usize> {
    let heads: Vec<usize> = (0..candidates.len())
        .filter(|&k| heads_a_paragraph(&candidates[k]))
        .collect();
    let mut items = FxHashSet::default();
    for &k in &heads {
        let head = &candidates[k];
        let below: Vec<usize> = heads
            .iter()
            .copied()
            .filter(|&o| {
                let other = &candidates[o];
                other.placed.order > head.placed.order + 1
                    && other.placed.key != head.placed.key
                    && signal(&other.signals, "lead_echo") >= NEXT_HEAD_ECHO
                    && signal(&other.signals, "near_dateline") == 0.0
                    && !over_cut_teaser(other, lines, filled)
            })
            .collect();
        let titled = candidates
            .iter()
            .any(|c| c.placed.order < head.placed.order && may_title(c));
        let short = [k]
            .iter()
            .chain(&below)
            .any(|&c| candidates[c].words(WHOLE_HEAD) < WHOLE_HEAD);
        let enough = below.len() + 1 >= if short { SHORT_HEADS } else { 2 };
        if enough && !titled && tells_its_own_story(k, &below, candidates, words, lines, filled) {
            items.insert(head.placed.line);
            items.extend(below.iter().map(|&o| candidates[o].placed.line));
        }
    }
    items.extend(run_in_heads(candidates, lines, filled));
    items
}

/// The lines of briefs' heads, each opened by a bullet (a symbol set off by a space) that
/// another line of the page prints run in after a sentence's stop: a briefs column whose next
/// head the page glued onto the paragraph before it ("… he said. ● New signs at the
/// clinics"). Each bulleted head is one brief's of several, none the page's headline
/// (Python's `run_in_heads`).
fn run_in_heads<S: AsRef<str>>(
    candidates: &[Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> FxHashSet<usize> {
    let mut found = FxHashSet::default();
    let mut run_in: Option<Vec<(usize, &str)>> = None; // each line's run-in bullets, read once
    for candidate in candidates {
        let order = candidate.placed.order;
        let Some(mark) = BULLETED_HEAD
            .get()
            .captures(lines.line(filled[order]))
            .and_then(|opened| opened.get(1))
        else {
            continue;
        };
        let marks = run_in.get_or_insert_with(|| run_in_marks(lines, filled));
        if marks
            .iter()
            .any(|&(k, run)| k != order && run == mark.as_str())
        {
            found.insert(candidate.placed.line);
        }
    }
    found
}

/// Each line's bullets run in after a sentence's stop, by the rank of its line with text, every
/// start tried (overlapping runs, as Python's `findall(…, overlapped=True)`).
fn run_in_marks<'a, S: AsRef<str>>(
    lines: &'a LineKeys<S>,
    filled: &[usize],
) -> Vec<(usize, &'a str)> {
    let pattern = RUN_IN_MARK.get();
    let mut marks = Vec::new();
    for (k, &index) in filled.iter().enumerate() {
        let text = lines.line(index);
        let mut at = 0;
        while let Some(run) = pattern.captures_at(text, at) {
            let start = run.get(0).map_or(text.len(), |whole| whole.start());
            if let Some(mark) = run.get(1) {
                marks.push((k, mark.as_str()));
            }
            at = start + text[start..].chars().next().map_or(1, char::len_utf8);
        }
    }
    marks
}

/// Whether the line with text right under a head is a teaser cut short (`is_cut_teaser`): a
/// related box's teaser under an article, whose story the page does not tell, no roundup's
/// story told whole (Python's `_over_cut_teaser`).
fn over_cut_teaser<S: AsRef<str>>(head: &Candidate, lines: &LineKeys<S>, filled: &[usize]) -> bool {
    filled
        .get(head.placed.order + 1)
        .is_some_and(|&line| is_cut_teaser(lines.line(line)))
}

/// Whether the candidate may be a roundup's own title: a line the machinery rules take for
/// the outlet's name (a page's own name), or one of a head's length that is no widget,
/// sentence, caption or date.
fn may_title(candidate: &Candidate) -> bool {
    signal(&candidate.signals, "site") != 0.0
        || (candidate.words(TITLE_WORDS) >= TITLE_WORDS
            && ["machinery", "sentence", "caption", "dated"]
                .iter()
                .all(|name| signal(&candidate.signals, name) == 0.0))
}

/// What no story's head is: a sentence, a caption, a widget, an outlet's name, a lead's copy, a
/// line with a web address (`_NO_HEAD`).
const NO_HEAD: [&str; 6] = [
    "sentence",
    "caption",
    "machinery",
    "site",
    "long",
    "address",
];

/// Whether the candidate is a story's head whose lead echoes it, and no sentence, caption,
/// widget, web address (a link to the site's front page) or lead's copy, nor an article's
/// headline (printed again, or with its dateline or byline by it).
fn heads_a_paragraph(candidate: &Candidate) -> bool {
    signal(&candidate.signals, "lead_echo") > 0.0
        && signal(&candidate.signals, "repeated") < 1.0
        && signal(&candidate.signals, "near_dateline") < HEAD_DATELINE
        && NO_HEAD
            .iter()
            .all(|name| signal(&candidate.signals, name) == 0.0)
}

/// Whether the lines between the head (`head`, among `candidates`) and the next head echo
/// `OWN_ECHO` of its words, and the stories of the heads below (to `LEAD_LINES` past the last
/// head) none of them; the words every head shares are left out, and a copy of the head (a
/// page's title printed again over its story) echoes nothing.
fn tells_its_own_story<S: AsRef<str>>(
    head: usize,
    below: &[usize],
    candidates: &[Candidate],
    words: &[EchoWords],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> bool {
    let own_words = &words[head];
    let mut shared = vec![false; own_words.len()];
    for &other in below {
        own_words.mark_held(&words[other], &mut shared);
    }
    let shared_count = shared.iter().filter(|&&held| held).count();
    let count = own_words.len() - shared_count;
    if count == 0 {
        return false;
    }
    let (Some(&next), Some(&last)) = (below.first(), below.last()) else {
        return false;
    };
    let next = candidates[next].placed.order;
    let last = (candidates[last].placed.order + LEAD_LINES + 1).min(filled.len());
    let mut later = shared.clone();
    for &line in filled.get(next + 1..last).unwrap_or(&[]) {
        if own_words.mark_held(lines.words(line), &mut later) > shared_count {
            return false;
        }
    }
    let mut own = shared;
    let from = candidates[head].placed.order + 1;
    let key = &candidates[head].placed.key;
    let mut echoed = shared_count;
    for &line in filled.get(from..next).unwrap_or(&[]) {
        // the head's copy tells no story (a line of another count of words is none: its key
        // is not made)
        let held = lines.words(line);
        if held.len() != own_words.len() || lines.key(line) != key.as_str() {
            echoed = own_words.mark_held(held, &mut own);
        }
    }
    (echoed - shared_count) as f64 >= OWN_ECHO * count as f64
}
