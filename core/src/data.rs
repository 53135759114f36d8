//! Where the core reads its data: the package's own files and the libraries' ones, given once
//! by the Python side (`normalize.core.configure`), each file parsed once on first use.

use std::path::PathBuf;
use std::sync::OnceLock;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

/// The folders the core reads: the package's `data/`, wordfreq's data, langdetect's profiles,
/// the IANA zone files of `tzdata` and unidecode's tables (the package's own folder).
#[derive(Debug, Clone)]
pub struct Paths {
    pub data: PathBuf,
    pub wordfreq: PathBuf,
    pub langdetect: PathBuf,
    pub zoneinfo: PathBuf,
    pub unidecode: PathBuf,
}

static PATHS: OnceLock<Paths> = OnceLock::new();

/// The folders, once configured; an error that says what to call when they are not.
pub fn paths() -> Result<&'static Paths, String> {
    PATHS
        .get()
        .ok_or_else(|| "the core is not configured: call normalize.core.configure()".to_string())
}

/// The package's own folders for the core's unit tests, which run without Python: its `data/`
/// (the language facts, the chrome tables) and its own folder for the libraries' data, which
/// such a test must not read.
#[cfg(test)]
pub fn configure_for_tests() {
    let package = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../normalize");
    let _ = PATHS.set(Paths {
        data: package.join("data"),
        wordfreq: package.clone(),
        langdetect: package.clone(),
        zoneinfo: package.clone(),
        unidecode: package,
    });
}

/// The text of a file of the package's `data/` folder.
pub fn data_text(name: &str) -> Result<String, String> {
    let path = paths()?.data.join(name);
    std::fs::read_to_string(&path).map_err(|error| format!("{}: {error}", path.display()))
}

#[pyfunction]
fn configure(
    data: PathBuf,
    wordfreq: PathBuf,
    langdetect: PathBuf,
    zoneinfo: PathBuf,
    unidecode: PathBuf,
) -> PyResult<()> {
    let given = Paths {
        data,
        wordfreq,
        langdetect,
        zoneinfo,
        unidecode,
    };
    match PATHS.get() {
        Some(known) if known.data != given.data => Err(PyValueError::new_err(format!(
            "the core reads its data from {}; it cannot switch to {}",
            known.data.display(),
            given.data.display()
        ))),
        Some(_) => Ok(()),
        None => {
            let _ = PATHS.set(given);
            Ok(())
        }
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(configure, m)?)
}
