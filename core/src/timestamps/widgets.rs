//! The date of today a site prints atop a page without a headline beside its place: a day
//! alone on the page's first line, over the site's town and country ("Tamale, Ghana"), is the
//! site's widget, not a story's date (mirrors `normalize/timestamps/widgets.py`).

use rustc_hash::FxHashSet;

use super::country::names_town_and_country;
use super::datelines::Dateline;
use super::pychars::is_space;

/// The positions among `datelines` of the unlabelled days alone, with no clock time, on the
/// first line of text of a page without a headline (`near` is None) whose next line of text
/// names a town and its country (`names_town_and_country`): a site's date of today over its
/// place (Python's `place_widget_days`).
pub fn place_widget_days(
    datelines: &[Dateline],
    lines: &[&str],
    near: Option<usize>,
) -> FxHashSet<usize> {
    let mut filled =
        (0..lines.len()).filter(|&index| !lines[index].trim_matches(is_space).is_empty());
    let (None, Some(first), Some(second)) = (near, filled.next(), filled.next()) else {
        return FxHashSet::default();
    };
    if !names_town_and_country(lines[second]) {
        return FxHashSet::default();
    }
    datelines
        .iter()
        .enumerate()
        .filter(|(_, item)| {
            item.role.is_empty() && item.line == first && item.reading.shape == "date"
        })
        .map(|(order, _)| order)
        .collect()
}
