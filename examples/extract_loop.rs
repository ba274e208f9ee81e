//! Extraction alone, in a loop, for profilers (`perf record`, `valgrind --tool=callgrind`):
//!
//!     cargo run --release --no-default-features --features mimalloc --example extract_loop -- ../shared/corpus/bbc.jsonl 5
//!
//! With `KG_DUMP=1` it also prints every extraction as JSON Lines on stdout.
use std::path::PathBuf;

// The allocator of `kg` itself (src/main.rs).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = PathBuf::from(args.next().expect("usage: extract_loop FILE [ROUNDS]"));
    let rounds: usize = args
        .next()
        .map(|r| r.parse().expect("ROUNDS is a number"))
        .unwrap_or(1);
    let mut articles = Vec::new();
    kg::reader::for_each_article(&path, |_, a| articles.push(a.expect("article")))
        .expect("readable corpus");
    let bytes: usize = articles.iter().map(|a| a.body.len()).sum();
    let start = std::time::Instant::now();
    let mut claims = 0;
    for _ in 0..rounds {
        claims += articles
            .iter()
            .map(|a| kg::extract::extract(a).claims.len())
            .sum::<usize>();
    }
    let secs = start.elapsed().as_secs_f64();
    // KG_DUMP=1: print every extraction as JSON Lines, to compare two builds' output.
    if std::env::var_os("KG_DUMP").is_some() {
        for a in &articles {
            println!(
                "{}",
                serde_json::to_string(&kg::extract::extract(a)).expect("serializable")
            );
        }
    }
    eprintln!(
        "{} articles, {:.2} MB, {rounds} rounds, {claims} claims: {:.2} MB/s, {:.0} articles/s",
        articles.len(),
        bytes as f64 / 1e6,
        (bytes * rounds) as f64 / 1e6 / secs,
        (articles.len() * rounds) as f64 / secs
    );
}
