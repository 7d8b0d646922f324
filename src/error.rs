//! The library's error type: every failure names what went wrong and, where
//! there is one, the file and line it came from.

use std::path::PathBuf;

/// Everything that can go wrong inside the nkstance library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file involved.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// One line of a training file could not be used.
    #[error("{path}:{line}: {message}")]
    BadLine {
        /// The training file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// A training set as a whole cannot be used (empty, missing a class...).
    #[error("training data: {0}")]
    BadData(String),
    /// A model file is corrupt, truncated, or from a newer format.
    #[error("model {origin}: {message}")]
    BadModel {
        /// Where the model came from (a path, or "embedded").
        origin: String,
        /// What is wrong with it.
        message: String,
    },
    /// A hyper-parameter is out of range.
    #[error("invalid parameter: {0}")]
    InvalidParam(String),
    /// An input article cannot be read as text.
    #[error("{origin}: {message}")]
    BadInput {
        /// Where the input came from.
        origin: String,
        /// What is wrong with it.
        message: String,
    },
    /// The classifier failed to fit.
    #[error("training failed: {0}")]
    Fit(String),
}

/// Shorthand for results carrying [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}
