//! Bad input, concurrent use and damaged stores: a clear message naming the file, a non-zero
//! exit, and the store exactly as it was.

mod common;
use common::*;
use predicates::prelude::*;
use std::fs;
use std::path::Path;
use tempfile::tempdir;

/// Loads `bad` into a store that already holds the fixtures; asserts failure with `message`
/// and an unchanged export.
fn assert_rejected(bad: &Path, message: &str) {
    let dir = tempdir().unwrap();
    let store = dir.path().join("s");
    load(&store, &[&fixtures()]);
    let before = export(&store, "nquads");
    let out = kg()
        .args(["load", "--store"])
        .arg(&store)
        .arg(bad)
        .output()
        .unwrap();
    assert!(!out.status.success(), "loading {} succeeded", bad.display());
    let err = stderr_of(&out);
    assert!(err.contains(message), "expected {message:?} in: {err}");
    assert_eq!(
        before,
        export(&store, "nquads"),
        "a failed load changed the store"
    );
}

#[test]
fn invalid_utf8_names_the_file_and_byte() {
    let dir = tempdir().unwrap();
    let bad = dir.path().join("latin1.txt");
    fs::write(&bad, b"Headline\n\nCaf\xe9 owners said prices rose.\n").unwrap();
    assert_rejected(&bad, "latin1.txt: not valid UTF-8 at byte 13");
}

#[test]
fn an_empty_file_is_rejected() {
    let dir = tempdir().unwrap();
    let bad = dir.path().join("empty.txt");
    fs::write(&bad, "").unwrap();
    assert_rejected(&bad, "empty.txt: the article has no text");
}

#[test]
fn a_binary_file_renamed_txt_is_rejected() {
    let dir = tempdir().unwrap();
    let bad = dir.path().join("photo.txt");
    fs::write(&bad, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10").unwrap();
    assert_rejected(&bad, "photo.txt");
}

#[test]
fn broken_front_matter_names_the_line() {
    let dir = tempdir().unwrap();
    let bad = dir.path().join("fm.md");
    fs::write(&bad, "+++\ntitle = \"ok\"\npublisher = \n+++\nText.\n").unwrap();
    assert_rejected(&bad, "fm.md: front matter, line 3");
}

#[test]
fn wrong_typed_published_date_is_rejected() {
    let dir = tempdir().unwrap();
    let bad = dir.path().join("date.md");
    fs::write(
        &bad,
        "+++\npublished = \"last week\"\n+++\nText of the story.\n",
    )
    .unwrap();
    assert_rejected(&bad, "`published` must be a date");
}

#[test]
fn a_malformed_json_line_names_its_line_and_nothing_is_stored() {
    let dir = tempdir().unwrap();
    let bad = dir.path().join("feed.jsonl");
    let mut text = String::new();
    for i in 0..50_000 {
        if i == 25_000 {
            text.push_str("{\"id\": \"broken\", \"text\": \n");
        } else {
            text.push_str(&format!("{{\"id\": \"a{i}\", \"title\": \"T{i}\", \"text\": \"The mayor said {i} roads will close.\"}}\n"));
        }
    }
    fs::write(&bad, text).unwrap();
    assert_rejected(&bad, "feed.jsonl:25001");
}

#[test]
fn keep_going_loads_the_good_articles_lists_the_bad_and_exits_non_zero() {
    let dir = tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    fs::copy(fixtures().join("clinic.txt"), input.join("a-clinic.txt")).unwrap();
    fs::write(input.join("b-bad.txt"), b"\xff\xfe\xfd").unwrap();
    fs::write(
        input.join("c-feed.jsonl"),
        "{\"id\":\"ok1\",\"text\":\"Officials said the road is open.\"}\nnot json\n",
    )
    .unwrap();
    let store = dir.path().join("s");
    let out = kg()
        .args(["load", "--keep-going", "--store"])
        .arg(&store)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    assert!(
        err.contains("b-bad.txt") && err.contains("c-feed.jsonl:2"),
        "{err}"
    );
    assert!(
        stdout_of(&out).contains("loaded 2 articles"),
        "{}",
        stdout_of(&out)
    );
    let ids = kg()
        .args(["query", "--format", "csv", "--store"])
        .arg(&store)
        .args([
            "-e",
            "SELECT ?id WHERE { ?a a kg:Article ; schema:identifier ?id } ORDER BY ?id",
        ])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&ids), "id\r\na-clinic\r\nok1\r\n");
}

#[test]
fn without_keep_going_a_bad_article_stops_the_load_before_anything_is_written() {
    let dir = tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    fs::copy(fixtures().join("clinic.txt"), input.join("a-clinic.txt")).unwrap();
    fs::write(input.join("b-bad.txt"), b"\xff").unwrap();
    let store = dir.path().join("s");
    kg().args(["load", "--store"])
        .arg(&store)
        .arg(&input)
        .assert()
        .failure()
        .stderr(
            predicate::str::contains("b-bad.txt")
                .and(predicate::str::contains("nothing was loaded")),
        );
    let out = kg()
        .args(["query", "--format", "csv", "--store"])
        .arg(&store)
        .args([
            "-e",
            "SELECT ?id WHERE { ?a a kg:Article ; schema:identifier ?id }",
        ])
        .output()
        .unwrap();
    assert_eq!(
        stdout_of(&out),
        "id\r\n",
        "an article was stored by a failed load"
    );
}

#[test]
fn duplicate_article_ids_are_an_error() {
    let dir = tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir_all(input.join("x")).unwrap();
    fs::copy(fixtures().join("clinic.txt"), input.join("clinic.txt")).unwrap();
    fs::copy(fixtures().join("clinic.txt"), input.join("x/clinic.txt")).unwrap();
    kg().args(["load", "--store"])
        .arg(dir.path().join("s"))
        .arg(&input)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "article id \"clinic\" is also the id of",
        ));
}

#[test]
fn awkward_text_loads_and_exports_valid_rdf() {
    let dir = tempdir().unwrap();
    let input = dir.path().join("odd.txt");
    let text = "\u{FEFF}Odd \"names\" <test>\r\n\r\nJohn \"Jack\" O'Neil <jack@example.org> \\ 🙂, a spokesman for the Ministry of Tests, said \"we are ready\r\n\r\n\"\"\" and \u{201C}unbalanced.\r\n";
    fs::write(&input, text).unwrap();
    let store = dir.path().join("s");
    load(&store, &[&input]);
    for fmt in ["turtle", "ntriples", "nquads", "trig", "rdfxml", "jsonld"] {
        let out = export(&store, fmt);
        let parsed =
            kg::store::parse_rdf(out.as_bytes(), kg::formats::rdf_format(fmt).unwrap(), None);
        assert!(parsed.is_ok(), "{fmt}: {:?}", parsed.err());
    }
    let nt = export(&store, "ntriples");
    assert!(!nt.contains('\r'), "CRLF survived into the article body");
    assert!(
        !nt.contains('\u{FEFF}'),
        "the BOM survived into the article body"
    );
}

#[test]
fn a_store_in_use_by_another_kg_process_is_reported_as_such() {
    let dir = tempdir().unwrap();
    let store = dir.path().join("s");
    load(&store, &[&fixtures()]);
    let held = kg::store::KgStore::open_write(&store).unwrap();
    kg().args(["load", "--store"])
        .arg(&store)
        .arg(fixtures())
        .assert()
        .failure()
        .stderr(predicate::str::contains("is in use by another kg process"));
    kg().args(["query", "--store"])
        .arg(&store)
        .args(["-e", "ASK {}"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("is in use by another kg process"));
    drop(held);
    kg().args(["query", "--store"])
        .arg(&store)
        .args(["-e", "ASK { ?s ?p ?o }"])
        .assert()
        .success()
        .stdout("true\n");
}

#[test]
fn a_directory_that_is_not_a_kg_store_is_refused() {
    let dir = tempdir().unwrap();
    let other = dir.path().join("photos");
    fs::create_dir(&other).unwrap();
    fs::write(other.join("cat.jpg"), b"meow").unwrap();
    kg().args(["load", "--store"])
        .arg(&other)
        .arg(fixtures())
        .assert()
        .failure()
        .stderr(predicate::str::contains("is not a kg store"));
    kg().args(["stats", "--store"])
        .arg(&other)
        .assert()
        .failure()
        .stderr(predicate::str::contains("is not a kg store"));
    assert_eq!(fs::read(other.join("cat.jpg")).unwrap(), b"meow");
}

#[test]
fn a_damaged_store_gives_a_message_not_a_panic() {
    let dir = tempdir().unwrap();
    let store = dir.path().join("s");
    load(&store, &[&fixtures()]);
    let db = store.join("db");
    for entry in fs::read_dir(&db).unwrap() {
        let p = entry.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if name.starts_with("MANIFEST") || name == "CURRENT" {
            fs::write(&p, b"garbage").unwrap();
        }
    }
    let out = kg()
        .args(["stats", "--store"])
        .arg(&store)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    assert!(
        err.contains("cannot open the store") && !err.contains("panicked"),
        "{err}"
    );
}

#[test]
fn sparql_syntax_errors_show_line_column_and_text() {
    let dir = tempdir().unwrap();
    let store = dir.path().join("s");
    load(&store, &[&fixtures()]);
    kg().args(["query", "--store"])
        .arg(&store)
        .args(["-e", "SELECT ?x\nWHERE { ?x a kg:Article \nFILTR(?x) }"])
        .assert()
        .failure()
        .stderr(
            predicate::str::contains("line 3")
                .and(predicate::str::contains("FILTR(?x) }"))
                .and(predicate::str::contains("^")),
        );
}

#[test]
fn query_refuses_updates_and_never_changes_the_store() {
    let dir = tempdir().unwrap();
    let store = dir.path().join("s");
    load(&store, &[&fixtures()]);
    let before = export(&store, "nquads");
    kg().args(["query", "--store"])
        .arg(&store)
        .args(["-e", "DELETE WHERE { ?s ?p ?o }"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("SPARQL Update").and(predicate::str::contains("kg load")));
    assert_eq!(before, export(&store, "nquads"));
}

#[test]
fn timeout_stops_a_runaway_query() {
    let dir = tempdir().unwrap();
    let store = dir.path().join("s");
    load(&store, &[&data()]);
    kg().args(["query", "--timeout", "0.5", "--store"])
        .arg(&store)
        .args([
            "-e",
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--timeout"));
}

#[test]
fn kill_9_mid_load_leaves_only_whole_articles_and_a_rerun_completes_the_load() {
    let dir = tempdir().unwrap();
    let corpus = dir.path().join("synthetic.jsonl");
    write_synthetic_corpus(&corpus, 2500);
    let reference = dir.path().join("reference");
    let started = std::time::Instant::now();
    load(&reference, &[&corpus]);
    let full = started.elapsed();
    let want = export(&reference, "nquads");
    let want_graphs = graphs_of(&want);

    let mut interrupted = 0;
    for (i, fraction) in [0.2, 0.5, 0.8].into_iter().enumerate() {
        let store = dir.path().join(format!("killed-{i}"));
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("kg"))
            .args(["load", "--quiet", "--store"])
            .arg(&store)
            .arg(&corpus)
            .env_remove("KG_STORE")
            .spawn()
            .unwrap();
        std::thread::sleep(full.mul_f64(fraction));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap(); // SIGKILL
            interrupted += 1;
        }
        child.wait().unwrap();

        // The store opens, and every article graph in it is exactly that of a full load.
        if store.join("KG_STORE").exists() {
            for (graph, quads) in graphs_of(&export(&store, "nquads")) {
                let whole = want_graphs
                    .get(&graph)
                    .unwrap_or_else(|| panic!("unknown graph {graph}"));
                assert_eq!(&quads, whole, "graph {graph} is not whole after kill -9");
            }
        }
        // Loading again finishes the job: the same export as an uninterrupted load.
        load(&store, &[&corpus]);
        assert_eq!(
            export(&store, "nquads"),
            want,
            "re-run after kill -9 differs"
        );
    }
    assert!(
        interrupted > 0,
        "the load always finished before it could be killed ({full:?})"
    );
}

#[test]
fn html_that_is_not_well_formed_still_loads_its_text() {
    let dir = tempdir().unwrap();
    let page = dir.path().join("broken.html");
    fs::write(
        &page,
        "<html><head><title>Port reopens</title><body><nav>Home | World</nav>\n\
         <div class=story><p>The port reopened on Monday.<p>\"Ships are moving again,\" said Ana Ruiz, \
         a spokeswoman for the Port Authority.</div></span></b>\n<p>Unclosed <i>italic and a stray &amp &lt; sign",
    )
    .unwrap();
    let out = kg()
        .args(["extract", "--format", "json"])
        .arg(&page)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let json = stdout_of(&out);
    assert!(json.contains("Ships are moving again"), "{json}");
    assert!(json.contains("Ana Ruiz"), "{json}");
    assert!(!json.contains("Home | World"), "navigation kept: {json}");
    let store = dir.path().join("s");
    load(&store, &[&page]);
}
