//! nkstance reads news about the North Korea dispute and tells, statement by
//! statement, who is conciliatory, who is hardline and who is neutral.
//!
//! The library is a pipeline of small stages:
//! [`text`] (normalise, tokenise, mark negation, stem) → [`features`]
//! (bag-of-words vectors) → [`model`] (linfa classifier, evaluation,
//! persistence).
//!
//! ```
//! use nkstance::{StanceModel, Stance};
//! let model = StanceModel::embedded();
//! let p = model.predict("No pressure comes off until they take real steps.");
//! assert_eq!(p.label(), Stance::Hardline);
//! ```
#![deny(missing_docs)]

pub mod article;
pub mod error;
pub mod features;
pub mod gold;
pub mod model;
pub mod quotes;
pub mod report;
pub mod score;
pub mod stance;
pub mod text;

pub use error::{Error, Result};
pub use features::Vectorizer;
pub use model::StanceModel;
pub use stance::{Probabilities, Stance};
pub use text::Analyzer;
