//! Labelled statements: reading the JSON Lines training format, with every
//! bad line reported as `file:line`, and a content hash for provenance.

use crate::error::{Error, Result};
use crate::stance::Stance;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One labelled statement of the training corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// Unique id, `<source>-NNNN`.
    pub id: String,
    /// The statement: one sentence or one quoted fragment.
    pub text: String,
    /// Its stance label.
    pub label: Stance,
    /// The speaker's role ("US secretary of state"), never a name.
    pub speaker_role: String,
    /// The speaker's country or body ("US", "UN", "none").
    pub country: String,
    /// The batch it was written in; cross-validation keeps a batch on one side.
    pub source: String,
    /// Whether it is a hard case (negation, conditional offer, "X, but Y"...).
    pub hard: bool,
}

/// A validated set of labelled statements.
#[derive(Debug, Clone)]
pub struct Dataset {
    statements: Vec<Statement>,
}

impl Dataset {
    /// Reads a `.jsonl` file, or every `.jsonl` file under a folder (sorted by path).
    ///
    /// # Errors
    /// A malformed line gives [`Error::BadLine`] with its file and line; an
    /// unusable whole (no statements, a missing label, a duplicate id) gives
    /// [`Error::BadData`] or `BadLine`.
    pub fn load(path: &Path) -> Result<Self> {
        let files = jsonl_files(path)?;
        let mut statements = Vec::new();
        let mut first_seen: HashMap<String, (PathBuf, usize)> = HashMap::new();
        for file in &files {
            let bytes = std::fs::read(file).map_err(|e| Error::io(file, e))?;
            for (number, line) in bytes.split(|&b| b == b'\n').enumerate() {
                let line_no = number + 1;
                let Some(statement) = parse_line(file, line_no, line)? else {
                    continue;
                };
                if let Some((path, at)) = first_seen.get(&statement.id) {
                    let message = format!(
                        "duplicate id {:?} (first at {}:{at})",
                        statement.id,
                        path.display()
                    );
                    return Err(Error::BadLine {
                        path: file.clone(),
                        line: line_no,
                        message,
                    });
                }
                first_seen.insert(statement.id.clone(), (file.clone(), line_no));
                statements.push(statement);
            }
        }
        Self::from_statements(statements)
    }

    /// Validates statements built in memory.
    ///
    /// # Errors
    /// [`Error::BadData`] when there are none, or a label has no statement.
    pub fn from_statements(statements: Vec<Statement>) -> Result<Self> {
        if statements.is_empty() {
            return Err(Error::BadData("no statements found".into()));
        }
        for label in Stance::ALL {
            if !statements.iter().any(|s| s.label == label) {
                return Err(Error::BadData(format!(
                    "no statement is labelled {label}: every label needs examples"
                )));
            }
        }
        Ok(Dataset { statements })
    }

    /// The statements, in file order.
    pub fn statements(&self) -> &[Statement] {
        &self.statements
    }

    /// The texts, in file order.
    pub fn texts(&self) -> Vec<&str> {
        self.statements.iter().map(|s| s.text.as_str()).collect()
    }

    /// SHA-256 of the statements' canonical JSON, in order: identifies the
    /// training data inside a model file.
    pub fn content_hash(&self) -> String {
        let mut hasher = Sha256::new();
        for statement in &self.statements {
            let line = serde_json::to_vec(statement).expect("statements always serialise");
            hasher.update(&line);
            hasher.update(b"\n");
        }
        format!("sha256:{:x}", hasher.finalize())
    }

    /// Number of statements per label, in label-index order.
    pub fn label_counts(&self) -> [usize; 3] {
        let mut counts = [0; 3];
        for s in &self.statements {
            counts[s.label.index()] += 1;
        }
        counts
    }
}

fn parse_line(path: &Path, line_no: usize, line: &[u8]) -> Result<Option<Statement>> {
    let bad = |message: String| Error::BadLine {
        path: path.to_path_buf(),
        line: line_no,
        message,
    };
    let text = std::str::from_utf8(line).map_err(|e| bad(format!("not valid UTF-8 ({e})")))?;
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let statement: Statement =
        serde_json::from_str(text).map_err(|e| bad(format!("invalid statement: {e}")))?;
    if statement.text.trim().is_empty() {
        return Err(bad("empty \"text\"".into()));
    }
    if statement.id.trim().is_empty() {
        return Err(bad("empty \"id\"".into()));
    }
    Ok(Some(statement))
}

fn jsonl_files(path: &Path) -> Result<Vec<PathBuf>> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    collect_jsonl(path, &mut files)?;
    files.sort();
    if files.is_empty() {
        return Err(Error::BadData(format!(
            "no .jsonl files under {}",
            path.display()
        )));
    }
    Ok(files)
}

fn collect_jsonl(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
        let path = entry.map_err(|e| Error::io(dir, e))?.path();
        if path.is_dir() {
            collect_jsonl(&path, files)?;
        } else if path.extension().is_some_and(|e| e == "jsonl") {
            files.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A small valid corpus line.
    pub fn line(id: &str, text: &str, label: &str, source: &str) -> String {
        format!(
            r#"{{"id":"{id}","text":"{text}","label":"{label}","speaker_role":"analyst","country":"none","source":"{source}","hard":false}}"#
        )
    }

    fn write(content: &str) -> tempfile::NamedTempFile {
        let mut file = tempfile::Builder::new()
            .suffix(".jsonl")
            .tempfile()
            .unwrap();
        std::io::Write::write_all(&mut file, content.as_bytes()).unwrap();
        file
    }

    fn three_labels() -> String {
        [
            line("a", "we will talk", "conciliatory", "s"),
            line("b", "we will strike", "hardline", "s"),
            line("c", "the envoy arrived", "neutral", "s"),
        ]
        .join("\n")
    }

    #[test]
    fn loads_valid_lines_and_skips_blank_ones() {
        let file = write(&format!("{}\n\n", three_labels()));
        let data = Dataset::load(file.path()).unwrap();
        assert_eq!(data.label_counts(), [1, 1, 1]);
    }

    #[test]
    fn reports_file_and_line_of_a_bad_label() {
        let file = write(&format!(
            "{}\n{}",
            three_labels(),
            line("d", "x", "angry", "s")
        ));
        let err = Dataset::load(file.path()).unwrap_err().to_string();
        assert!(
            err.contains(":4: invalid statement: unknown variant `angry`"),
            "{err}"
        );
    }

    #[test]
    fn rejects_duplicate_ids_and_missing_labels() {
        let file = write(&format!(
            "{}\n{}",
            three_labels(),
            line("a", "again", "neutral", "s")
        ));
        assert!(
            Dataset::load(file.path())
                .unwrap_err()
                .to_string()
                .contains("duplicate id \"a\"")
        );
        let file = write(&line("a", "we will talk", "conciliatory", "s"));
        assert!(
            Dataset::load(file.path())
                .unwrap_err()
                .to_string()
                .contains("no statement is labelled hardline")
        );
    }

    #[test]
    fn hash_changes_with_content() {
        let a = Dataset::load(write(&three_labels()).path()).unwrap();
        let b = Dataset::load(write(&three_labels().replace("arrived", "left")).path()).unwrap();
        assert_ne!(a.content_hash(), b.content_hash());
        assert_eq!(
            a.content_hash(),
            Dataset::load(write(&three_labels()).path())
                .unwrap()
                .content_hash()
        );
    }
}
