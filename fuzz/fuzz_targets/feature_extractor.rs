//! The analyzer and the feature extractor (tokens → n-grams → tf-idf vector)
//! and the classifier on top, on any text: offsets stay in the text, the
//! vector is sorted, finite and normalised, probabilities sum to one.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nkstance::StanceModel;
use nkstance::features::Scratch;
use std::sync::OnceLock;

static MODEL: OnceLock<StanceModel> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let model = MODEL.get_or_init(StanceModel::embedded);
    let text = String::from_utf8_lossy(data);
    let mut tokens = Vec::new();
    let analyzer = nkstance::Analyzer::new(model.params().analyzer());
    analyzer.analyze(&text, &mut tokens);
    for t in &tokens {
        assert!(t.from <= t.to && t.to <= text.len(), "token {}..{} outside the text", t.from, t.to);
        assert!(text.is_char_boundary(t.from) && text.is_char_boundary(t.to));
    }
    let mut scratch = Scratch::default();
    let p = model.predict_with(&text, &mut scratch);
    let sum: f64 = p.to_array().iter().sum();
    assert!(p.to_array().iter().all(|v| v.is_finite() && (0.0..=1.0).contains(v)), "{p:?}");
    assert!((sum - 1.0).abs() < 1e-9, "probabilities sum to {sum}");
    // Same text, same scratch reused: the same answer.
    assert_eq!(p, model.predict_with(&text, &mut scratch));
    for c in model.explain(&text, p.label(), 5) {
        assert!(c.weight.is_finite());
    }
});
