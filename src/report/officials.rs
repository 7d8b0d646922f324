//! The officials file: a user's list of known officials, to merge aliases
//! across articles and fill in roles and countries.
//!
//! JSON Lines, one official per line:
//! `{"name": "Martha Hale", "aliases": ["Hale", "M. Hale"], "role": "US deputy secretary of state", "country": "US"}`
//! Only `name` is required.

use crate::error::{Error, Result};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;

/// One line of the officials file.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficialEntry {
    /// Canonical name used in reports.
    pub name: String,
    /// Other names the articles use for this official.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Role to report.
    #[serde(default)]
    pub role: Option<String>,
    /// Country to report.
    #[serde(default)]
    pub country: Option<String>,
}

/// Known officials, looked up by any of their names (case-insensitive).
#[derive(Debug, Clone, Default)]
pub struct Officials {
    entries: Vec<OfficialEntry>,
    by_name: HashMap<String, usize>,
}

impl Officials {
    /// Reads an officials file.
    ///
    /// # Errors
    /// [`Error::BadLine`] naming the file and line of a malformed entry.
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let mut entries = Vec::new();
        for (number, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let entry: OfficialEntry = serde_json::from_str(line).map_err(|e| Error::BadLine {
                path: path.to_path_buf(),
                line: number + 1,
                message: format!("invalid official: {e}"),
            })?;
            entries.push(entry);
        }
        Ok(Self::from_entries(entries))
    }

    /// Builds from entries in memory.
    pub fn from_entries(entries: Vec<OfficialEntry>) -> Self {
        let mut by_name = HashMap::new();
        for (i, entry) in entries.iter().enumerate() {
            for name in std::iter::once(&entry.name).chain(&entry.aliases) {
                by_name.entry(name.to_lowercase()).or_insert(i);
            }
        }
        Officials { entries, by_name }
    }

    /// The entry known by `name` or one of its aliases.
    pub fn find(&self, name: &str) -> Option<&OfficialEntry> {
        self.by_name
            .get(&name.to_lowercase())
            .map(|&i| &self.entries[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_by_alias_ignoring_case() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("officials.jsonl");
        std::fs::write(
            &path,
            "{\"name\":\"Martha Hale\",\"aliases\":[\"Hale\"],\"country\":\"US\"}\n\n",
        )
        .unwrap();
        let officials = Officials::load(&path).unwrap();
        assert_eq!(officials.find("hale").unwrap().name, "Martha Hale");
        assert!(officials.find("Ri").is_none());
    }

    #[test]
    fn a_bad_line_names_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("o.jsonl");
        std::fs::write(&path, "{\"name\":\"A\"}\n{\"nam\":\"B\"}\n").unwrap();
        let err = Officials::load(&path).unwrap_err().to_string();
        assert!(
            err.contains("o.jsonl:2: invalid official: unknown field `nam`"),
            "{err}"
        );
    }
}
