//! Hyper-parameter flags shared by `train` and `eval`.

use nkstance::features::{VectorizerParams, Weighting};
use nkstance::model::{Algorithm, TrainParams, TrainValidParams};
use nkstance::text::{AnalyzerConfig, Language};
use std::path::PathBuf;

/// Training data and hyper-parameters.
#[derive(clap::Args)]
pub struct TrainArgs {
    /// Training data: a JSON Lines file, or a folder whose .jsonl files are all read.
    ///
    /// Defaults to training-data/batches in the current folder (the shipped corpus).
    #[arg(long, value_name = "PATH", default_value = "training-data/batches")]
    pub data: PathBuf,
    /// Classifier to fit (default naive-bayes, which cross-validates best on the shipped corpus).
    #[arg(long, value_name = "NAME", value_enum, default_value = "naive-bayes")]
    pub algorithm: AlgorithmArg,
    /// L2 penalty of logistic regression (default 0.001).
    #[arg(long, value_name = "NUM", default_value_t = 0.001)]
    pub l2: f64,
    /// Additive smoothing of naive Bayes (default 0.1).
    #[arg(long, value_name = "NUM", default_value_t = 0.1)]
    pub smoothing: f64,
    /// Iteration cap of the logistic regression solver (default 200).
    #[arg(long, value_name = "NUM", default_value_t = 200)]
    pub max_iterations: u64,
    /// Drop terms found in fewer statements than this (default 1: keep all).
    #[arg(long, value_name = "NUM", default_value_t = 1)]
    pub min_df: usize,
    /// Keep at most this many terms, the most frequent (default 100000).
    #[arg(long, value_name = "NUM", default_value_t = 100_000)]
    pub max_features: usize,
    /// Longest word n-gram: 1 (words), 2 (and word pairs; default) or 3 (and triples).
    #[arg(long, value_name = "N", default_value_t = 2)]
    pub ngrams: usize,
    /// Count weighting before L2 normalisation (default tf-idf).
    #[arg(long, value_name = "NAME", value_enum, default_value = "tf-idf")]
    pub weighting: WeightingArg,
    /// Do not stem words.
    #[arg(long)]
    pub no_stem: bool,
    /// Do not mark words in the scope of a negation.
    #[arg(long)]
    pub no_negation: bool,
    /// Do not give the clause after "but" features of its own.
    #[arg(long)]
    pub no_contrast: bool,
}

/// `--algorithm` values.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum AlgorithmArg {
    /// Multinomial logistic regression.
    Logistic,
    /// Multinomial naive Bayes.
    NaiveBayes,
}

/// `--weighting` values.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum WeightingArg {
    /// (1 + ln tf) × idf.
    TfIdf,
    /// 1 + ln tf.
    LogCount,
}

impl TrainArgs {
    /// Validated training parameters.
    pub fn params(&self) -> anyhow::Result<TrainValidParams> {
        let vectorizer = VectorizerParams::new()
            .ngram_max(self.ngrams)
            .min_df(self.min_df)
            .max_features(self.max_features)
            .weighting(match self.weighting {
                WeightingArg::TfIdf => Weighting::TfIdf,
                WeightingArg::LogCount => Weighting::LogCount,
            });
        let analyzer = AnalyzerConfig {
            stem: (!self.no_stem).then_some(Language::English),
            negation: !self.no_negation,
            contrast: !self.no_contrast,
        };
        let algorithm = match self.algorithm {
            AlgorithmArg::Logistic => Algorithm::Logistic,
            AlgorithmArg::NaiveBayes => Algorithm::NaiveBayes,
        };
        Ok(TrainParams::new()
            .algorithm(algorithm)
            .l2(self.l2)
            .smoothing(self.smoothing)
            .max_iterations(self.max_iterations)
            .analyzer(analyzer)
            .vectorizer(vectorizer)
            .check()?)
    }
}
