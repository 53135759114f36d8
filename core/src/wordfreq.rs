//! wordfreq's word lists, read from its own data files (the "cBpack" format: a gzipped
//! msgpack list whose first item is a header and whose n-th list holds the words of
//! frequency -n centibels).

use std::io::Read;
use std::path::PathBuf;

use rmpv::Value;

use crate::data::paths;

/// The file of one wordfreq list (`small`, `large`) of one language.
pub fn list_path(wordlist: &str, lang: &str) -> Result<PathBuf, String> {
    Ok(paths()?
        .wordfreq
        .join(format!("{wordlist}_{lang}.msgpack.gz")))
}

/// The buckets of a cBpack file: bucket n holds the words of frequency -n centibels, each
/// sorted as wordfreq wrote them.
pub fn read_cbpack(path: &PathBuf) -> Result<Vec<Vec<String>>, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(file)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let value = rmpv::decode::read_value(&mut bytes.as_slice())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let Value::Array(items) = value else {
        return Err(format!("{}: not a cBpack list", path.display()));
    };
    let mut buckets = Vec::with_capacity(items.len().saturating_sub(1));
    for bucket in items.into_iter().skip(1) {
        let Value::Array(words) = bucket else {
            return Err(format!("{}: a bucket is not a list", path.display()));
        };
        buckets.push(
            words
                .into_iter()
                .filter_map(|w| w.as_str().map(str::to_string))
                .collect(),
        );
    }
    Ok(buckets)
}

/// A frequency in centibels as a probability, as wordfreq's `cB_to_freq` computes it.
pub fn cb_to_freq(centibels: i64) -> f64 {
    10f64.powf(centibels as f64 / 100.0)
}
