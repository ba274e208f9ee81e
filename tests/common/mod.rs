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

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
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
    let out = kg().args(["export", "--format", format, "--store"]).arg(store).output().unwrap();
    assert!(out.status.success(), "export failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

pub fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}
