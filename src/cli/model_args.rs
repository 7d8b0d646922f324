//! The `--model` flag shared by the commands that predict.

use anyhow::Context;
use nkstance::StanceModel;
use std::path::PathBuf;

/// Which model to use.
#[derive(clap::Args)]
pub struct ModelArgs {
    /// Model file to use.
    ///
    /// Defaults to the model shipped in models/nkstance.model, which is embedded
    /// in the binary, so no file is needed.
    #[arg(long, value_name = "PATH")]
    pub model: Option<PathBuf>,
}

impl ModelArgs {
    /// Loads the chosen model, or the embedded one.
    pub fn load(&self) -> anyhow::Result<StanceModel> {
        match &self.model {
            None => Ok(StanceModel::embedded()),
            Some(path) => StanceModel::load(path)
                .context("cannot use --model (retrain it with `nkstance train`)"),
        }
    }
}
