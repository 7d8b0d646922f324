//! The `nkstance` command: a thin layer over the library.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    match cli::run() {
        Ok(outcome) => outcome.exit_code(),
        Err(err) if cli::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) if cli::is_interrupted(&err) => {
            eprintln!("nkstance: {err:#}");
            ExitCode::from(130)
        }
        Err(err) => {
            eprintln!("nkstance: {err:#}");
            ExitCode::from(2)
        }
    }
}
