//! Small helpers for the integration tests: a fresh store directory, the `kg` command, and
//! RDF parsing through the library.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};

pub fn kg() -> Command {
    let mut c = Command::cargo_bin("kg").expect("kg binary");
    c.env_remove("KG_STORE");
    c
}

/// The project root. `cargo test` sets CARGO_MANIFEST_DIR when it runs a test, which is right
/// even when the test binary comes from a cache built in another clone (cargo does not rebuild
/// for a moved checkout, so the compile-time value can name a directory that is gone).
pub fn root() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
}

pub fn fixtures() -> PathBuf {
    root().join("tests/fixtures")
}

pub fn data() -> PathBuf {
    root().join("data")
}

/// Loads `paths` into `store` and asserts success.
pub fn load(store: &Path, paths: &[&Path]) {
    let mut c = kg();
    c.arg("load").arg("--quiet").arg("--store").arg(store);
    for p in paths {
        c.arg(p);
    }
    c.assert().success();
}

/// The export of `store` in `format`, as a string.
pub fn export(store: &Path, format: &str) -> String {
    let out = kg()
        .args(["export", "--format", format, "--store"])
        .arg(store)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "export failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

pub fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Writes a JSON Lines file of `n` small made-up news articles (varied people, organizations,
/// quotes and events), for tests that need a load long enough to interrupt or reorder.
pub fn write_synthetic_corpus(path: &Path, n: usize) {
    const FIRST: [&str; 8] = [
        "Maria", "James", "Aiko", "Olu", "Petra", "Rahul", "Lena", "Tomas",
    ];
    const LAST: [&str; 8] = [
        "Lopez",
        "Whitfield",
        "Tanaka",
        "Adeyemi",
        "Novak",
        "Mehta",
        "Berg",
        "Silva",
    ];
    const ORG: [&str; 4] = [
        "Institute for Fiscal Studies",
        "Brookings Institution",
        "World Bank",
        "University of Oslo",
    ];
    const TITLE: [&str; 4] = [
        "an economist",
        "a senior fellow",
        "a research analyst",
        "a professor",
    ];
    let mut out = String::new();
    for i in 0..n {
        let who = format!("{} {}", FIRST[i % 8], LAST[(i / 8) % 8]);
        let other = format!("{} {}", FIRST[(i + 3) % 8], LAST[(i / 3) % 8]);
        let org = ORG[i % 4];
        let title = TITLE[(i / 4) % 4];
        let text = format!(
            "Talks on trade resume in Geneva\n\n\
             \"Prices will rise by {i} percent before the end of the year,\" said {who}, {title} at the {org}.\n\n\
             {other}, a spokesman for the Ministry of Finance, said the government would publish a report on Monday.\n\n\
             According to {other}, the talks in Geneva could last until March {}.\n",
            1 + i % 28
        );
        let line = serde_json::json!({
            "id": format!("synthetic-{i:05}"),
            "title": format!("Trade talks {i}"),
            "published": format!("2024-0{}-{:02}", 1 + i % 9, 1 + i % 28),
            "text": text,
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    std::fs::write(path, out).unwrap();
}

/// The quads of an N-Quads export, grouped by graph (the last term of each line).
pub fn graphs_of(
    nquads: &str,
) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let mut graphs =
        std::collections::BTreeMap::<String, std::collections::BTreeSet<String>>::new();
    for line in nquads.lines().filter(|l| !l.trim().is_empty()) {
        let body = line.trim_end().trim_end_matches('.').trim_end();
        let g = body
            .rsplit_once(' ')
            .map(|(_, g)| g)
            .unwrap_or("")
            .to_string();
        graphs.entry(g).or_default().insert(line.to_string());
    }
    graphs
}
