//! A form's field labels (the twin of `normalize/form_labels.py`): a record's form printed
//! empty, its labels short lines one under another that open with the same word ("Incident
//! Report", "Incident Number", "Incident Type"). None of them is a headline, the first one
//! either: it names the form, not a story.

use regex::Regex;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::headline::Candidate;
use crate::per_thread::per_thread;
use crate::text::split_words;

/// A form prints this many labels at least, each at most this many lines with text below the
/// one before it (a field's value may stand between two labels), two of them right one under
/// the other.
const FORM_LABELS: usize = 3;
const LABEL_STEP: usize = 2;
/// A field's value between two labels is this many words at most ("Dana Ruiz"): a headline's
/// lead says more.
const VALUE_WORDS: usize = 4;

per_thread! {
    /// A field's label: two or three words of letters and digits (a hyphen or an apostrophe
    /// inside), a letter opening it, one space between them; nothing closes it (`_LABEL`).
    fn label() -> Regex {
        Regex::new(r"^\p{L}[\p{L}\p{N}'’-]*(?: [\p{L}\p{N}][\p{L}\p{N}'’-]*){1,2}$")
            .expect("a valid pattern")
    }
}

/// The lines of candidates that are a form's field labels (`text(k)` the page's `k`-th line
/// with text): `FORM_LABELS` short lines at least, each a label's words alone on its line, that
/// open with the same word, one at most `LABEL_STEP` lines with text below the other, a
/// field's short value at most between them, and two of them right one under the other; a
/// headline over its story's subheads has its lead between them (`form_labels`).
pub fn form_labels<'a>(
    candidates: &[Candidate],
    text: impl Fn(usize) -> &'a str,
) -> FxHashSet<usize> {
    let pattern = label();
    let mut by_opening: FxHashMap<String, Vec<&Candidate>> = FxHashMap::default();
    let mut openings: Vec<String> = Vec::new();
    for candidate in candidates {
        let placed = &candidate.placed;
        if placed.text != text(placed.order) || !pattern.is_match(&placed.text) {
            continue;
        }
        let opening = placed.text.split(' ').next().unwrap_or("").to_lowercase();
        let group = by_opening.entry(opening.clone()).or_default();
        if group.is_empty() {
            openings.push(opening);
        }
        group.push(candidate);
    }
    let mut found = FxHashSet::default();
    for opening in &openings {
        let mut group = by_opening[opening].clone();
        group.sort_by_key(|c| c.placed.order);
        let mut run: Vec<&Candidate> = Vec::new();
        for label in group {
            if let Some(last) = run.last() {
                let (above, below) = (last.placed.order, label.placed.order);
                let long_between =
                    (above + 1..below).any(|k| split_words(text(k)).count() > VALUE_WORDS);
                if below - above > LABEL_STEP || long_between {
                    found.extend(form(&run));
                    run.clear();
                }
            }
            run.push(label);
        }
        found.extend(form(&run));
    }
    found
}

/// The lines of a run of labels sharing their first word, when it is a form's.
fn form(run: &[&Candidate]) -> Vec<usize> {
    let adjacent = run
        .windows(2)
        .any(|pair| pair[1].placed.order - pair[0].placed.order == 1);
    if run.len() >= FORM_LABELS && adjacent {
        run.iter().map(|c| c.placed.line).collect()
    } else {
        Vec::new()
    }
}
