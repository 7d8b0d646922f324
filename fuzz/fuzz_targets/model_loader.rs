//! The model loader on any bytes: a model or a `BadModel` error, never a
//! panic; whatever loads saves to bytes that load again and save the same.
//!
//! Random bytes almost never get past the checksum, so every input is tried
//! twice: as a whole file, and as the body of a file whose checksum is made
//! to match, which sends the fuzzer into body parsing and the shape checks.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nkstance::StanceModel;
use sha2::{Digest, Sha256};

fn check(bytes: &[u8]) {
    match StanceModel::from_bytes(bytes, "fuzz") {
        Ok(model) => {
            let saved = model.to_bytes();
            let again = StanceModel::from_bytes(&saved, "again").expect("a saved model loads");
            assert_eq!(saved, again.to_bytes(), "save → load → save differs");
            // Whatever loaded must predict without panicking, with finite probabilities.
            let p = model.predict("We will never accept talks while the threats go on.");
            assert!(p.to_array().iter().all(|v| v.is_finite()), "{p:?}");
            let _ = model.explain("no talks but sanctions", p.label(), 3);
        }
        Err(err) => {
            let message = err.to_string();
            assert!(message.starts_with("model fuzz: "), "{message}");
        }
    }
}

fuzz_target!(|data: &[u8]| {
    check(data);
    if let Ok(body) = std::str::from_utf8(data) {
        let sum = format!("sha256:{:x}", Sha256::digest(body.as_bytes()));
        let file = format!("{{\"format_version\":1,\"checksum\":\"{sum}\",\"model\":{body}}}\n");
        check(file.as_bytes());
    }
});
