//! Helpers shared by the end-to-end tests.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// The `nkstance` binary, run from a fresh temporary folder so that nothing
/// relies on the repository layout (the model must come from the binary).
pub fn nkstance(cwd: &Path) -> Command {
    let mut cmd = Command::cargo_bin("nkstance").expect("binary is built by cargo test");
    cmd.current_dir(cwd);
    cmd
}

/// Path of a file under tests/fixtures.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Path of a file in the repository.
pub fn repo(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}
