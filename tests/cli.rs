//! End-to-end tests of each command against the real on-disk store.

mod common;
use common::*;
use oxigraph::io::RdfFormat;
use predicates::prelude::*;
use tempfile::tempdir;

#[test]
fn load_prints_a_one_line_summary() {
    let dir = tempdir().unwrap();
    let out = kg()
        .arg("load")
        .arg("--store")
        .arg(dir.path().join("s"))
        .arg(fixtures())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let s = stdout_of(&out);
    assert_eq!(s.lines().count(), 1, "{s}");
    assert!(s.starts_with("loaded 2 articles: "), "{s}");
    for w in [
        "people",
        "organizations",
        "roles",
        "claims",
        "events",
        "triples",
        " s\n",
    ] {
        assert!(s.contains(w), "missing {w:?} in {s}");
    }
}

#[test]
fn reloading_the_same_folder_leaves_the_export_byte_identical() {
    let dir = tempdir().unwrap();
    let store = dir.path().join("s");
    load(&store, &[&data(), &fixtures()]);
    let first = export(&store, "nquads");
    load(&store, &[&data(), &fixtures()]);
    assert_eq!(first, export(&store, "nquads"));
    let other = dir.path().join("t");
    load(&other, &[&fixtures(), &data()]);
    assert_eq!(
        first,
        export(&other, "nquads"),
        "load order changed the store"
    );
}

#[test]
fn thread_count_does_not_change_the_store() {
    let dir = tempdir().unwrap();
    let mut exports = Vec::new();
    for threads in ["1", "2", "3"] {
        let store = dir.path().join(threads);
        kg().args(["load", "--quiet", "--threads", threads, "--store"])
            .arg(&store)
            .arg(data())
            .arg(fixtures())
            .assert()
            .success();
        exports.push(export(&store, "nquads"));
    }
    assert_eq!(exports[0], exports[1]);
    assert_eq!(exports[0], exports[2]);
}

#[test]
fn exports_parse_back_to_the_same_graph_in_every_format() {
    let dir = tempdir().unwrap();
    let store = dir.path().join("s");
    load(&store, &[&fixtures()]);
    let nt = export(&store, "ntriples");
    let reference = kg::store::parse_rdf(nt.as_bytes(), RdfFormat::NTriples, None).unwrap();
    assert!(reference.len() > 50);
    for fmt in ["turtle", "rdfxml", "jsonld"] {
        let text = export(&store, fmt);
        let parsed =
            kg::store::parse_rdf(text.as_bytes(), kg::formats::rdf_format(fmt).unwrap(), None)
                .unwrap();
        let mut a: Vec<String> = reference.iter().map(|q| q.to_string()).collect();
        // JSON-LD keeps the named graphs: compare its triples, de-duplicated
        let mut b: Vec<String> = parsed
            .iter()
            .map(|q| {
                oxigraph::model::Quad::new(
                    q.subject.clone(),
                    q.predicate.clone(),
                    q.object.clone(),
                    oxigraph::model::GraphName::DefaultGraph,
                )
                .to_string()
            })
            .collect();
        a.sort();
        b.sort();
        b.dedup();
        assert_eq!(
            a, b,
            "{fmt} export does not parse back to the N-Triples graph"
        );
    }
    let nq = export(&store, "nquads");
    let trig = export(&store, "trig");
    let a = kg::store::parse_rdf(nq.as_bytes(), RdfFormat::NQuads, None).unwrap();
    let b = kg::store::parse_rdf(trig.as_bytes(), RdfFormat::TriG, None).unwrap();
    assert_eq!(a.len(), b.len());
    assert!(
        a.iter()
            .all(|q| !q.subject.is_blank_node() && !q.object.is_blank_node()),
        "blank nodes in export"
    );
}

#[test]
fn turtle_export_uses_readable_prefixes() {
    let dir = tempdir().unwrap();
    let store = dir.path().join("s");
    load(&store, &[&fixtures()]);
    let ttl = export(&store, "turtle");
    assert!(
        ttl.contains("@prefix kg: <https://w3id.org/newskg/ns#>"),
        "{}",
        &ttl[..500.min(ttl.len())]
    );
    assert!(
        ttl.contains("person:"),
        "people not written with the person: prefix"
    );
    assert!(!ttl.contains("\\/"), "escaped slashes in local names");
}

#[test]
fn export_format_comes_from_the_output_extension() {
    let dir = tempdir().unwrap();
    let store = dir.path().join("s");
    load(&store, &[&fixtures()]);
    let out = dir.path().join("dump.nq");
    kg().args(["export", "--store"])
        .arg(&store)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        kg::store::parse_rdf(text.as_bytes(), RdfFormat::NQuads, None)
            .unwrap()
            .iter()
            .all(|q| !q.graph_name.is_default_graph())
    );
}

#[test]
fn export_of_one_graph_holds_only_that_article() {
    let dir = tempdir().unwrap();
    let store = dir.path().join("s");
    load(&store, &[&fixtures()]);
    let out = kg()
        .args([
            "export",
            "--format",
            "ntriples",
            "--graph",
            "https://w3id.org/newskg/id/graph/harbor-2021",
            "--store",
        ])
        .arg(&store)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let s = stdout_of(&out);
    assert!(s.contains("harbor-2021"));
    assert!(
        !s.contains("article/clinic"),
        "another article leaked into the graph export"
    );
}

#[test]
fn every_evidence_exact_equals_the_body_slice() {
    let dir = tempdir().unwrap();
    let store = dir.path().join("s");
    load(&store, &[&data(), &fixtures()]);
    let nq = export(&store, "nquads");
    let quads = kg::store::parse_rdf(nq.as_bytes(), RdfFormat::NQuads, None).unwrap();
    let mut index = std::collections::HashMap::new();
    for q in &quads {
        let value = match &q.object {
            oxigraph::model::Term::Literal(l) => l.value().to_string(),
            t => t.to_string(),
        };
        index.insert(
            (q.subject.to_string(), q.predicate.as_str().to_string()),
            value,
        );
    }
    let get = |s: &str, p: &str| index.get(&(s.to_string(), p.to_string())).cloned();
    let evidence: std::collections::BTreeSet<String> = quads
        .iter()
        .filter(|q| {
            q.predicate.as_str() == kg::vocab::RDF_TYPE
                && q.object.to_string() == "<https://w3id.org/newskg/ns#Evidence>"
        })
        .map(|q| q.subject.to_string())
        .collect();
    assert!(
        evidence.len() > 20,
        "too little evidence: {}",
        evidence.len()
    );
    for ev in &evidence {
        let source = get(ev, "http://www.w3.org/ns/oa#hasSource").unwrap();
        let body = get(&source, "http://schema.org/articleBody").unwrap();
        let start: usize = get(ev, "http://www.w3.org/ns/oa#start")
            .unwrap()
            .parse()
            .unwrap();
        let end: usize = get(ev, "http://www.w3.org/ns/oa#end")
            .unwrap()
            .parse()
            .unwrap();
        let exact = get(ev, "http://www.w3.org/ns/oa#exact").unwrap();
        let slice: String = body.chars().skip(start).take(end - start).collect();
        assert_eq!(slice, exact, "evidence {ev}");
    }
}

#[test]
fn query_prints_a_table_and_standard_result_formats() {
    let dir = tempdir().unwrap();
    let store = dir.path().join("s");
    load(&store, &[&fixtures()]);
    let q = "SELECT ?id WHERE { ?a a kg:Article ; schema:identifier ?id } ORDER BY ?id";
    kg().args(["query", "--store"])
        .arg(&store)
        .args(["-e", q])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("id\n")
                .and(predicate::str::contains("harbor-2021"))
                .and(predicate::str::contains("(2 rows)")),
        );
    kg().args(["query", "--format", "csv", "--store"])
        .arg(&store)
        .args(["-e", q])
        .assert()
        .success()
        .stdout("id\r\nclinic\r\nharbor-2021\r\n");
    let json = kg()
        .args(["query", "--format", "json", "--store"])
        .arg(&store)
        .args(["-e", q])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["results"]["bindings"].as_array().unwrap().len(), 2);
    kg().args(["query", "--format", "tsv", "--store"])
        .arg(&store)
        .args(["-e", q])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("?id\n"));
    kg().args(["query", "--format", "xml", "--store"])
        .arg(&store)
        .args(["-e", q])
        .assert()
        .success()
        .stdout(predicate::str::contains("<sparql"));
}

#[test]
fn construct_queries_give_turtle() {
    let dir = tempdir().unwrap();
    let store = dir.path().join("s");
    load(&store, &[&fixtures()]);
    let out = kg().args(["query", "--store"]).arg(&store)
        .args(["-e", "CONSTRUCT { ?a schema:identifier ?id } WHERE { ?a a kg:Article ; schema:identifier ?id }"])
        .output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let ttl = stdout_of(&out);
    assert_eq!(
        kg::store::parse_rdf(ttl.as_bytes(), RdfFormat::Turtle, None)
            .unwrap()
            .len(),
        2,
        "{ttl}"
    );
}

#[test]
fn every_saved_query_runs_on_the_seed_articles() {
    let dir = tempdir().unwrap();
    let store = dir.path().join("s");
    load(&store, &[&data()]);
    let mut n = 0;
    for entry in std::fs::read_dir(root().join("queries")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("rq") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.starts_with('#'),
            "{} does not start with a comment",
            path.display()
        );
        let out = kg()
            .args(["query", "--format", "json", "--store"])
            .arg(&store)
            .arg(&path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}: {}",
            path.display(),
            stderr_of(&out)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(
            !v["results"]["bindings"].as_array().unwrap().is_empty(),
            "{} returned no rows",
            path.display()
        );
        n += 1;
    }
    assert!(n >= 7, "expected at least 7 saved queries, found {n}");
}

#[test]
fn stats_counts_classes_and_articles() {
    let dir = tempdir().unwrap();
    let store = dir.path().join("s");
    load(&store, &[&fixtures()]);
    let out = kg()
        .args(["stats", "--format", "json", "--store"])
        .arg(&store)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["articles"].as_array().unwrap().len(), 2);
    let nt = export(&store, "ntriples");
    assert_eq!(v["triples"].as_u64().unwrap() as usize, nt.lines().count());
    let classes: Vec<&str> = v["classes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["class"].as_str().unwrap())
        .collect();
    assert!(
        classes.contains(&"kg:Article") && classes.contains(&"kg:Claim"),
        "{classes:?}"
    );
}

#[test]
fn extract_prints_json_without_a_store() {
    let dir = tempdir().unwrap();
    let out = kg()
        .current_dir(dir.path())
        .args(["extract", "--format", "json"])
        .arg(fixtures().join("harbor.md"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["id"], "harbor-2021");
    assert!(v[0]["claims"].is_array() && v[0]["entities"].is_array());
    assert!(!dir.path().join(".kg").exists(), "extract created a store");
    let trig = kg()
        .args(["extract"])
        .arg(fixtures().join("harbor.md"))
        .output()
        .unwrap();
    assert!(
        kg::store::parse_rdf(&trig.stdout, RdfFormat::TriG, None)
            .unwrap()
            .len()
            > 10
    );
}

#[test]
fn the_store_defaults_to_dot_kg_or_kg_store() {
    let dir = tempdir().unwrap();
    kg().current_dir(dir.path())
        .args(["load", "--quiet"])
        .arg(fixtures())
        .assert()
        .success();
    assert!(dir.path().join(".kg").is_dir());
    let other = dir.path().join("elsewhere");
    kg().current_dir(dir.path())
        .env("KG_STORE", &other)
        .args(["load", "--quiet"])
        .arg(fixtures())
        .assert()
        .success();
    assert!(other.join("KG_STORE").is_file());
}

#[test]
fn help_and_version_work() {
    kg().arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("kg "));
    for cmd in ["load", "query", "export", "extract", "stats"] {
        kg().args([cmd, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Usage: kg"));
    }
}

#[test]
fn bad_arguments_fail_with_a_message() {
    let dir = tempdir().unwrap();
    kg().arg("load")
        .assert()
        .failure()
        .stderr(predicate::str::contains("PATH"));
    kg().args(["export", "--format", "yaml", "--store"])
        .arg(dir.path().join("none"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("unknown RDF format"));
    kg().args(["query", "--store"])
        .arg(dir.path().join("none"))
        .args(["-e", "ASK {}"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no kg store"));
    kg().args(["load", "--store"])
        .arg(dir.path().join("s"))
        .arg(dir.path().join("missing.txt"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("missing.txt"));
    kg().args(["load", "--base", "not an iri", "--store"])
        .arg(dir.path().join("s"))
        .arg(fixtures())
        .assert()
        .failure()
        .stderr(predicate::str::contains("--base"));
    kg().args(["query", "--format", "html", "--store"])
        .arg(dir.path().join("none"))
        .args(["-e", "ASK {}"])
        .assert()
        .failure();
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let dir = tempdir().unwrap();
    let store = dir.path().join("s");
    load(&store, &[&data()]);
    // Read one line of the export and close the pipe, like `kg export | head -1`.
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("kg"))
        .args(["export", "--format", "nquads", "--store"])
        .arg(&store)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status,
        stderr_of(&out)
    );
    assert!(
        !stderr_of(&out).contains("Broken pipe"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn ask_answers_end_with_a_newline_in_every_format() {
    let dir = tempdir().unwrap();
    let store = dir.path().join("s");
    load(&store, &[&fixtures()]);
    for (format, answer) in [("table", "true\n"), ("csv", "true\n"), ("tsv", "true\n")] {
        kg().args(["query", "--format", format, "--store"])
            .arg(&store)
            .args(["-e", "ASK { ?s ?p ?o }"])
            .assert()
            .success()
            .stdout(answer);
    }
    let json = kg()
        .args(["query", "--format", "json", "--store"])
        .arg(&store)
        .args(["-e", "ASK { ?s a <urn:none> }"])
        .output()
        .unwrap();
    let text = String::from_utf8(json.stdout).unwrap();
    assert!(
        text.ends_with("}\n") && text.contains("\"boolean\":false"),
        "{text}"
    );
}
