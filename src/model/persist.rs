//! Model files: one JSON document whose first field is the format version,
//! then a SHA-256 checksum of the model body, then the body. Written
//! atomically; loading checks version, checksum and shape before use.

use super::{LinearClassifier, Provenance, StanceModel, TrainValidParams};
use crate::error::{Error, Result};
use crate::features::Vectorizer;
use crate::stance::Stance;
use crate::text::Analyzer;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::Path;

/// The model-file format this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// The body of a model file: everything needed to reproduce preprocessing
/// and prediction exactly.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Body {
    labels: [Stance; 3],
    params: TrainValidParams,
    vocabulary: Vec<String>,
    idf: Vec<f64>,
    classifier: LinearClassifier,
    provenance: Provenance,
}

#[derive(Deserialize)]
struct Envelope<'a> {
    format_version: u32,
    checksum: String,
    #[serde(borrow)]
    model: &'a RawValue,
}

/// The whole file in one pass, for the embedded model whose checksum is
/// trusted: no raw body kept for hashing.
#[derive(Deserialize)]
struct Trusted {
    format_version: u32,
    model: Body,
}

/// Only the version, read first so a newer file gets the right message.
#[derive(Deserialize)]
struct VersionOnly {
    format_version: u32,
}

fn checksum(body: &str) -> String {
    format!("sha256:{:x}", Sha256::digest(body.as_bytes()))
}

pub(super) fn to_bytes(model: &StanceModel) -> Vec<u8> {
    let body = Body {
        labels: Stance::ALL,
        params: model.params.clone(),
        vocabulary: model.vectorizer.vocabulary().terms().to_vec(),
        idf: model.vectorizer.idf().to_vec(),
        classifier: model.classifier.clone(),
        provenance: model.provenance.clone(),
    };
    let body = serde_json::to_string(&body).expect("model bodies always serialise");
    format!(
        "{{\"format_version\":{FORMAT_VERSION},\"checksum\":\"{}\",\"model\":{body}}}\n",
        checksum(&body)
    )
    .into_bytes()
}

pub(super) fn save(model: &StanceModel, path: &Path) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let io = |e| Error::io(path, e);
    let mut file = tempfile::Builder::new()
        .prefix(".nkstance-model")
        .tempfile_in(dir)
        .map_err(io)?;
    file.write_all(&to_bytes(model)).map_err(io)?;
    // tempfile creates files readable by the owner only; a model is shared data.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))
            .map_err(io)?;
    }
    file.as_file().sync_all().map_err(io)?;
    file.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

pub(super) fn load(path: &Path) -> Result<StanceModel> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    from_bytes(&bytes, &path.display().to_string())
}

pub(super) fn from_bytes(bytes: &[u8], origin: &str) -> Result<StanceModel> {
    parse(bytes, origin, Checksum::Verify)
}

/// Whether to verify the body's checksum while loading.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Checksum {
    /// Files from outside: a flipped byte must be caught.
    Verify,
    /// The model compiled into the binary: the test suite checks it, and
    /// hashing 5 MB at every start-up would cost more than the rest of it.
    Trust,
}

pub(super) fn parse(bytes: &[u8], origin: &str, checksum_check: Checksum) -> Result<StanceModel> {
    let bad = |message: String| Error::BadModel {
        origin: origin.to_string(),
        message,
    };
    let text = std::str::from_utf8(bytes)
        .map_err(|_| bad("not a nkstance model (not UTF-8 text)".into()))?;
    if checksum_check == Checksum::Trust
        && let Ok(trusted) = serde_json::from_str::<Trusted>(text)
        && trusted.format_version == FORMAT_VERSION
    {
        return assemble(trusted.model).map_err(bad);
    }
    // One pass in the common case; the version alone is read only to explain a failure.
    let envelope: Envelope = serde_json::from_str(text).map_err(|e| match serde_json::from_str::<VersionOnly>(text) {
        Ok(v) if v.format_version > FORMAT_VERSION => bad(format!(
            "format version {} is newer than this nkstance reads ({FORMAT_VERSION}): upgrade nkstance",
            v.format_version
        )),
        Ok(_) => bad(format!("malformed model file ({e})")),
        Err(e) => bad(format!("not a readable nkstance model, truncated or corrupt ({e})")),
    })?;
    if envelope.format_version > FORMAT_VERSION {
        return Err(bad(format!(
            "format version {} is newer than this nkstance reads ({FORMAT_VERSION}): upgrade nkstance",
            envelope.format_version
        )));
    }
    if envelope.format_version != FORMAT_VERSION {
        return Err(bad(format!(
            "unsupported format version {}",
            envelope.format_version
        )));
    }
    let body = envelope.model.get();
    if checksum_check == Checksum::Verify && checksum(body) != envelope.checksum {
        return Err(bad(
            "checksum mismatch: the file is corrupt, retrain or restore it".into(),
        ));
    }
    let body: Body =
        serde_json::from_str(body).map_err(|e| bad(format!("malformed model body ({e})")))?;
    assemble(body).map_err(bad)
}

/// Checks a body's shape and builds the model from it.
fn assemble(body: Body) -> std::result::Result<StanceModel, String> {
    check_shape(&body)?;
    let vectorizer =
        Vectorizer::from_parts(body.params.vectorizer().clone(), body.vocabulary, body.idf);
    Ok(StanceModel {
        analyzer: Analyzer::new(body.params.analyzer()),
        params: body.params,
        vectorizer,
        classifier: body.classifier,
        provenance: body.provenance,
    })
}

fn check_shape(body: &Body) -> std::result::Result<(), String> {
    if body.labels != Stance::ALL {
        return Err(format!(
            "labels {:?} differ from conciliatory, hardline, neutral",
            body.labels
        ));
    }
    let n = body.vocabulary.len();
    if body.idf.len() != n || body.classifier.n_features() != n {
        return Err(format!(
            "inconsistent sizes: {n} terms, {} idf weights, {} classifier rows",
            body.idf.len(),
            body.classifier.n_features()
        ));
    }
    if !body.classifier.is_finite() || body.idf.iter().any(|v| !v.is_finite()) {
        return Err("non-finite weights".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Vec<u8> {
        StanceModel::embedded().to_bytes()
    }

    fn error_of(bytes: &[u8]) -> String {
        from_bytes(bytes, "test.model").unwrap_err().to_string()
    }

    #[test]
    fn save_load_save_is_byte_identical() {
        let bytes = shipped();
        let again = from_bytes(&bytes, "x").unwrap().to_bytes();
        assert_eq!(bytes, again);
    }

    #[test]
    fn truncated_file_is_reported() {
        let bytes = shipped();
        let err = error_of(&bytes[..bytes.len() / 2]);
        assert!(
            err.starts_with("model test.model: not a readable nkstance model, truncated"),
            "{err}"
        );
    }

    #[test]
    fn flipped_byte_fails_the_checksum() {
        // A changed digit keeps the JSON valid, so only the checksum can catch it.
        let mut bytes = shipped();
        let at = bytes
            .iter()
            .rposition(u8::is_ascii_digit)
            .expect("a model has numbers");
        bytes[at] = if bytes[at] == b'1' { b'2' } else { b'1' };
        let err = error_of(&bytes);
        assert!(err.contains("checksum mismatch"), "{err}");
    }

    #[test]
    fn newer_version_is_refused_with_advice() {
        let text = String::from_utf8(shipped()).unwrap().replacen(
            "\"format_version\":1",
            "\"format_version\":9",
            1,
        );
        assert!(error_of(text.as_bytes()).contains("newer than this nkstance reads (1): upgrade"));
    }

    #[test]
    fn binary_garbage_is_refused() {
        assert!(error_of(&[0xff, 0x00, 0x12]).contains("not UTF-8"));
        assert!(error_of(b"").contains("not a readable nkstance model"));
    }

    #[test]
    fn atomic_save_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.model");
        StanceModel::embedded().save(&path).unwrap();
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["m.model"]);
        assert_eq!(std::fs::read(&path).unwrap(), shipped());
    }
}
