//! Criterion micro-benchmarks of the hot stages, run by `bench/run.sh`
//! (or `cargo bench --bench pipeline`):
//! tokenise+stem, vectorise, predict, quote extraction.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use nkstance::features::{Scratch, Vectorizer};
use nkstance::model::Dataset;
use nkstance::{Analyzer, StanceModel};
use std::hint::black_box;
use std::path::Path;

/// The statements of the shipped corpus, in file order.
fn statements() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("training-data/batches");
    let data = Dataset::load(&dir).expect("training-data/batches loads");
    data.texts().into_iter().map(str::to_string).collect()
}

/// A realistic article: the first gold test article.
fn article() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/articles/2017-09-05_sanctions_push.txt");
    std::fs::read_to_string(path).expect("fixture article")
}

fn stages(c: &mut Criterion) {
    let model = StanceModel::embedded();
    let texts = statements();
    let sample: Vec<&str> = texts
        .iter()
        .step_by(texts.len() / 500)
        .map(String::as_str)
        .take(500)
        .collect();
    let analyzer = Analyzer::new(model.params().analyzer());
    // A vectorizer fitted with the shipped model's settings on the shipped corpus
    // (the model keeps its own private; this one has the same parameters and
    // vocabulary source).
    let vectorizer = Vectorizer::fit(model.params().vectorizer(), &analyzer, &texts);

    let mut group = c.benchmark_group("statement");
    group.throughput(Throughput::Elements(sample.len() as u64));
    group.bench_function("analyze (tokenise+stem) x500", |b| {
        let mut tokens = Vec::new();
        b.iter(|| {
            for s in &sample {
                analyzer.analyze(black_box(s), &mut tokens);
                black_box(tokens.len());
            }
        })
    });
    group.bench_function("vectorize (Vectorizer::transform) x500", |b| {
        let mut scratch = Scratch::default();
        b.iter(|| {
            for s in &sample {
                black_box(vectorizer.transform(&analyzer, black_box(s), &mut scratch));
            }
        })
    });
    group.bench_function("predict (StanceModel::predict_with) x500", |b| {
        let mut scratch = Scratch::default();
        b.iter(|| {
            for s in &sample {
                black_box(model.predict_with(black_box(s), &mut scratch));
            }
        })
    });
    group.finish();

    let text = article();
    let mut group = c.benchmark_group("article");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("quotes::extract (one article)", |b| {
        b.iter(|| black_box(nkstance::quotes::extract(black_box(&text))))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(3))
        .sample_size(30);
    targets = stages
}
criterion_main!(benches);
