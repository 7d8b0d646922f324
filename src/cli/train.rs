//! `nkstance train`: fit a model, report its cross-validated metrics, write it.

use super::Outcome;
use super::eval::print_cross_validation;
use super::train_args::TrainArgs;
use anyhow::Context;
use nkstance::StanceModel;
use nkstance::model::Dataset;
use std::path::PathBuf;

/// Flags of `nkstance train`.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    train: TrainArgs,
    /// Where to write the model (written atomically: a failed run leaves the old file).
    ///
    /// Defaults to models/nkstance.model.
    #[arg(long, value_name = "PATH", default_value = "models/nkstance.model")]
    model: PathBuf,
    /// Folds of grouped cross-validation to measure and store in the model; 0 skips it (default 5).
    #[arg(long, value_name = "K", default_value_t = 5)]
    folds: usize,
}

/// Runs `train`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let params = args.train.params()?;
    let data = Dataset::load(&args.train.data).context("cannot train: fix the training data")?;
    let counts = data.label_counts();
    eprintln!(
        "training on {} statements (conciliatory {}, hardline {}, neutral {})",
        data.statements().len(),
        counts[0],
        counts[1],
        counts[2]
    );
    let model = StanceModel::train(&params, &data, args.folds)?;
    if let Some(cv) = &model.provenance().cross_validation {
        print_cross_validation(cv, &mut std::io::stdout().lock())?;
    }
    super::interrupt::check()?;
    model.save(&args.model).context("cannot write the model")?;
    eprintln!(
        "wrote {} ({} features)",
        args.model.display(),
        model.n_features()
    );
    Ok(Outcome::Found)
}
