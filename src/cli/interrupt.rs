//! Ctrl-C: instead of dying mid-write, the commands notice the request,
//! stop at the next article or before writing a model, and clean up
//! (temporary files are deleted as they are dropped).

use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// The error a command returns when it stops for Ctrl-C.
#[derive(Debug, thiserror::Error)]
#[error("interrupted: nothing was written")]
pub struct Interrupted;

/// Catches Ctrl-C (SIGINT/SIGTERM) from now on. A second Ctrl-C exits at once.
pub fn install() {
    // Failing to install (another handler exists) only loses the clean-up.
    let _ = ctrlc::set_handler(|| {
        if INTERRUPTED.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
    });
}

/// Fails with [`Interrupted`] once Ctrl-C has been pressed.
pub fn check() -> Result<(), Interrupted> {
    if INTERRUPTED.load(Ordering::SeqCst) {
        Err(Interrupted)
    } else {
        Ok(())
    }
}
