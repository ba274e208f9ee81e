//! Extraction alone over the BBC corpus (`../shared/corpus/bbc.jsonl`, or `KG_BENCH_CORPUS`),
//! on one thread and on all threads, reported as throughput in bytes (MB/s) and articles.
//!
//!     cargo bench --bench extract
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use kg::model::Article;
use rayon::prelude::*;
use std::path::PathBuf;

// The allocator of `kg` itself (src/main.rs).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn corpus() -> Vec<Article> {
    let path = std::env::var_os("KG_BENCH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            // At run time first: a cached bench binary may come from another clone.
            std::env::var_os("CARGO_MANIFEST_DIR")
                .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
                .join("../shared/corpus/bbc.jsonl")
        });
    let mut out = Vec::new();
    kg::reader::for_each_article(&path, |_, a| out.push(a.expect("corpus article")))
        .unwrap_or_else(|e| panic!("cannot read the benchmark corpus {}: {e:#}", path.display()));
    out
}

fn bench(c: &mut Criterion) {
    let articles = corpus();
    let bytes: u64 = articles.iter().map(|a| a.body.len() as u64).sum();
    let threads = rayon::current_num_threads();
    eprintln!(
        "corpus: {} articles, {:.2} MB, {threads} threads",
        articles.len(),
        bytes as f64 / 1e6
    );
    let mut g = c.benchmark_group("extract");
    g.sample_size(10);
    for (unit, tp) in [
        ("MB", Throughput::Bytes(bytes)),
        ("articles", Throughput::Elements(articles.len() as u64)),
    ] {
        g.throughput(tp);
        g.bench_function(format!("one thread ({unit})"), |b| {
            b.iter(|| {
                articles
                    .iter()
                    .map(|a| kg::extract::extract(a).claims.len())
                    .sum::<usize>()
            })
        });
        g.bench_function(format!("{threads} threads ({unit})"), |b| {
            b.iter(|| {
                articles
                    .par_iter()
                    .map(|a| kg::extract::extract(a).claims.len())
                    .sum::<usize>()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
