//! The outlet's own domain: the host name a site prints as its own name, whose country code
//! gives the outlet's country (mirrors `normalize/timestamps/domains.py`). A Russian-language
//! outlet in Bishkek or Almaty names itself by its host name in its footer, its disclaimers
//! repeating it or its copyright line carrying it with a year; a story's source credit names
//! another outlet's host once and is no sign of where the page's own outlet is.

use super::country::{country_zones, footer_lines};
use crate::segment::chars::{self, L, N};

/// The country codes of the domains outlets of the former Soviet Union and Israel name
/// themselves by: codes a site takes for its country, not for the word they spell.
pub const OUTLET_DOMAINS: [&str; 15] = [
    "am", "az", "by", "ee", "ge", "il", "kg", "kz", "lt", "lv", "md", "tj", "tm", "ua", "uz",
];

/// The zone of the country whose code closes the page's own host name (see `own_hosts`),
/// when the page's language implies another zone than that one (`own`, see `language_zone`): a
/// Russian-language outlet in Bishkek prints its local time. None when `own` is None (the
/// caller gives the zone or the language gives none), the page prints no host of its own, or
/// its own hosts are of several zones.
pub fn domain_zone(text: &str, own: Option<&str>) -> Option<String> {
    let own = own?;
    let countries = country_zones();
    let mut named: Vec<&String> = Vec::new();
    for host in own_hosts(text) {
        let code = host.rsplit('.').next().unwrap_or("").to_ascii_uppercase();
        if let Some(zone) = countries.get(&code) {
            if !named.contains(&zone) {
                named.push(zone);
            }
        }
    }
    match named.as_slice() {
        [zone] if zone.as_str() != own => Some((*zone).clone()),
        _ => None,
    }
}

/// The footer's lowest lines, where a site's disclaimers stand at the page's foot.
const BOTTOM_LINES: usize = 3;

/// The host names a page prints as its own, in small letters and without "www.": one on two
/// or more of its footer's lines (see `footer_lines`), one of them among the footer's
/// `BOTTOM_LINES` lowest, or on a footer line with a copyright mark and a year ("© 2021
/// osh-info.kg"). A host printed once, a source's credit, is none, nor one credited twice
/// over the story's end, which the page's last lines do not name again.
pub fn own_hosts(text: &str) -> Vec<String> {
    let mut lines: Vec<(String, usize, bool)> = Vec::new();
    let mut own: Vec<String> = Vec::new();
    for (at, line) in footer_lines(text).enumerate() {
        let mut hosts = hosts_on(line);
        hosts.sort_unstable();
        hosts.dedup();
        if hosts.is_empty() {
            continue;
        }
        let copyright = has_copyright(line);
        for host in hosts {
            match lines.iter_mut().find(|(seen, _, _)| *seen == host) {
                Some((_, count, bottom)) => {
                    *count += 1;
                    *bottom |= at < BOTTOM_LINES;
                }
                None => lines.push((host.clone(), 1, at < BOTTOM_LINES)),
            }
            if copyright && !own.contains(&host) {
                own.push(host);
            }
        }
    }
    for (host, count, bottom) in lines {
        if count >= 2 && bottom && !own.contains(&host) {
            own.push(host);
        }
    }
    own
}

/// The host names a line prints whose last label is a country code of `OUTLET_DOMAINS`, in
/// small letters, without "www." or a sentence's closing full stop: labels of Latin letters,
/// digits and inner dashes parted by dots, glued to no letter, digit or "_".
pub fn hosts_on(line: &str) -> Vec<String> {
    let bytes = line.as_bytes();
    let in_run = |byte: u8| byte.is_ascii_alphanumeric() || byte == b'.' || byte == b'-';
    let glued = |c: Option<char>| c.is_some_and(|c| c == '_' || chars::is(c, L | N));
    let mut hosts = Vec::new();
    // the runs of `[A-Za-z0-9.-]+` that hold a dot (a run without one is a word, no host),
    // each read once from one of its dots
    let mut read = 0;
    for dot in memchr::memchr_iter(b'.', bytes) {
        if dot < read {
            continue;
        }
        let mut start = dot;
        while start > 0 && in_run(bytes[start - 1]) {
            start -= 1;
        }
        let mut at = dot + 1;
        while at < bytes.len() && in_run(bytes[at]) {
            at += 1;
        }
        read = at;
        let run = line[start..at].trim_end_matches('.');
        // a word without a dot between its labels, or closed by another code, is no host
        let Some((_, last)) = run.rsplit_once('.') else {
            continue;
        };
        if !OUTLET_DOMAINS
            .iter()
            .any(|code| code.eq_ignore_ascii_case(last))
        {
            continue;
        }
        if glued(line[..start].chars().next_back()) || glued(line[at..].chars().next()) {
            continue;
        }
        let host = run.to_ascii_lowercase();
        let well_formed = host
            .split('.')
            .all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'));
        if well_formed {
            hosts.push(host.strip_prefix("www.").unwrap_or(&host).to_string());
        }
    }
    hosts
}

/// Whether a line carries a copyright mark ("©", "(c)", "Copyright") and a year of four
/// digits opening with 19 or 20, no digit beside it: "© 2008–2024".
fn has_copyright(line: &str) -> bool {
    let low = line.to_lowercase();
    let marked = low.contains('©') || low.contains("(c)") || low.contains("copyright");
    let bytes = line.as_bytes();
    let year = (0..bytes.len().saturating_sub(3)).any(|at| {
        let four = &bytes[at..at + 4];
        (four.starts_with(b"19") || four.starts_with(b"20"))
            && four.iter().all(u8::is_ascii_digit)
            && (at == 0 || !bytes[at - 1].is_ascii_digit())
            && bytes.get(at + 4).is_none_or(|b| !b.is_ascii_digit())
    });
    marked && year
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_read_apart_from_words() {
        let line = "Источник: www.Osh-Info.kg. Фото: https://sputnik.kg/a-1.html, файл.kg";
        assert_eq!(hosts_on(line), ["osh-info.kg", "sputnik.kg"]);
    }

    #[test]
    fn hosts_are_the_runs_of_host_characters_the_pattern_finds() {
        let pattern = regex::Regex::new(r"[A-Za-z0-9.-]+").expect("a host's characters");
        let glued = |c: Option<char>| c.is_some_and(|c| c == '_' || chars::is(c, L | N));
        for line in [
            "Сайт www.Osh-Info.KG. Ещё: a.b.kz, x..kg, -y.kg- z.kg_ ...kg. я.kg 1.uz",
            "© 2021 stepnoy-vestnik.kz.. | news.am/ru tut.by",
            "e-mail: desk@press.ge, www.site.md.",
        ] {
            let mut expected = Vec::new();
            for found in pattern.find_iter(line) {
                let before = line[..found.start()].chars().next_back();
                let after = line[found.end()..].chars().next();
                if glued(before) || glued(after) {
                    continue;
                }
                let host = found.as_str().trim_end_matches('.').to_ascii_lowercase();
                let labels: Vec<&str> = host.split('.').collect();
                let last = labels.last().copied().unwrap_or("");
                let well_formed = labels.iter().all(|label| {
                    !label.is_empty() && !label.starts_with('-') && !label.ends_with('-')
                });
                if labels.len() >= 2 && OUTLET_DOMAINS.contains(&last) && well_formed {
                    expected.push(host.strip_prefix("www.").unwrap_or(&host).to_string());
                }
            }
            assert_eq!(hosts_on(line), expected, "{line:?}");
        }
    }

    #[test]
    fn a_host_twice_in_the_footer_is_the_site_s() {
        let text = "Источник: tazabak.kg\nО сайте www.Osh-Info.kg\nOSH-INFO.kg 18+";
        assert_eq!(own_hosts(text), ["osh-info.kg"]);
        assert_eq!(
            own_hosts("Текст\n© 2008–2024 stepnoy-vestnik.kz"),
            ["stepnoy-vestnik.kz"]
        );
        assert!(own_hosts("Текст\nИсточник: osh-info.kg\n© Вестник").is_empty());
        let credited = "Фото: tazabak.kg\nИсточник: tazabak.kg\nЕщё\nНовости\nО нас\nКонтакты";
        assert!(own_hosts(credited).is_empty());
    }
}
