//! The commands, wired from the parsed command line to the stages.

use crate::cli::{Cli, Command};
use crate::extract::extract;
use crate::formats::{rdf_format, results_format};
use crate::load::{load, LoadOptions};
use crate::model::{Article, Claimant, Extraction};
use crate::rdf::article_quads;
use crate::reader::{collect_inputs, for_each_article};
use crate::store::{query_error, write_quads, KgStore};
use crate::vocab;
use anyhow::{anyhow, bail, Context, Result};
use oxigraph::io::RdfFormat;
use oxigraph::model::{NamedNode, Term};
use oxigraph::sparql::results::QueryResultsSerializer;
use oxigraph::sparql::QueryResults;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Runs a command; returns the process exit code for outcomes that are not errors
/// (a `--keep-going` load with failures exits 1).
pub fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        Command::Load {
            paths,
            store,
            base,
            keep_going,
            quiet,
            threads,
        } => {
            check_base(&base)?;
            if let Some(n) = threads {
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n.max(1))
                    .build_global()
                    .ok();
            }
            let kg = KgStore::open_write(&store.store)?;
            let progress = !quiet && std::io::stderr().is_terminal();
            let report = load(
                &kg,
                &paths,
                &LoadOptions {
                    base,
                    keep_going,
                    progress,
                },
            )?;
            if !quiet {
                for f in &report.skipped_files {
                    eprintln!(
                        "note: skipped {} (not a .txt, .md, .html, .htm or .jsonl file)",
                        f.display()
                    );
                }
                let c = &report.counts;
                println!(
                    "loaded {} articles: {} people, {} organizations, {} places, {} roles, {} claims, {} events, {} triples in {:.2} s",
                    c.articles, c.people, c.organizations, c.places, c.roles, c.claims, c.events, c.triples, report.seconds
                );
            }
            if !report.failed.is_empty() {
                eprintln!(
                    "error: {} article(s) could not be loaded and were skipped:",
                    report.failed.len()
                );
                for f in &report.failed {
                    eprintln!("  {f}");
                }
                return Ok(1);
            }
            Ok(0)
        }
        Command::Query {
            file,
            expr,
            store,
            format,
            timeout,
        } => {
            let text = match (&file, expr) {
                (Some(f), _) => std::fs::read_to_string(f)
                    .with_context(|| format!("cannot read query file {}", f.display()))?,
                (None, Some(e)) => e,
                (None, None) => bail!("give a query file or -e 'SPARQL'"),
            };
            let timeout = match timeout {
                Some(t) if !(t > 0.0 && t.is_finite()) => {
                    bail!("--timeout must be a positive number of seconds")
                }
                Some(t) => Some(Duration::from_secs_f64(t)),
                None => None,
            };
            let kg = KgStore::open_read(&store.store)?;
            let results = kg
                .query(&text, &vocab::prefixes(vocab::DEFAULT_BASE), timeout)
                .with_context(|| match &file {
                    Some(f) => format!("in {}", f.display()),
                    None => "in the query given with -e".into(),
                })?;
            print_results(results, format.as_deref(), timeout)?;
            Ok(0)
        }
        Command::Export {
            store,
            format,
            graph,
            output,
        } => {
            let fmt = match (&format, &output) {
                (Some(f), _) => rdf_format(f)?,
                (None, Some(o)) => match o.extension().and_then(|e| e.to_str()) {
                    Some(ext) => rdf_format(ext).with_context(|| {
                        format!("cannot tell the format from {}; use --format", o.display())
                    })?,
                    None => RdfFormat::Turtle,
                },
                (None, None) => RdfFormat::Turtle,
            };
            let kg = KgStore::open_read(&store.store)?;
            let graph = match graph {
                Some(g) => {
                    let g = NamedNode::new(&g)
                        .map_err(|e| anyhow!("--graph {g:?} is not an IRI: {e}"))?;
                    if !kg.contains_graph(g.as_ref())? {
                        bail!(
                            "the store has no graph <{}>; `kg stats` lists the article graphs",
                            g.as_str()
                        );
                    }
                    Some(g)
                }
                None => None,
            };
            let prefixes = vocab::prefixes(vocab::DEFAULT_BASE);
            match output {
                Some(path) => write_atomically(&path, |w| {
                    kg.export(fmt, graph.as_ref().map(|g| g.as_ref()), &prefixes, w)
                })?,
                None => kg.export(
                    fmt,
                    graph.as_ref().map(|g| g.as_ref()),
                    &prefixes,
                    std::io::stdout().lock(),
                )?,
            }
            Ok(0)
        }
        Command::Extract {
            paths,
            format,
            base,
        } => {
            check_base(&base)?;
            let articles = read_all(&paths)?;
            let out = std::io::stdout().lock();
            if format.eq_ignore_ascii_case("json") {
                let items: Vec<serde_json::Value> = articles
                    .iter()
                    .map(|a| extraction_json(a, &extract(a)))
                    .collect();
                let mut out = std::io::BufWriter::new(out);
                serde_json::to_writer_pretty(&mut out, &items)?;
                writeln!(out)?;
            } else {
                let fmt = rdf_format(&format)?;
                let mut quads = Vec::new();
                for a in &articles {
                    quads.extend(article_quads(&base, a, &extract(a)));
                }
                write_quads(&quads, fmt, &vocab::prefixes(&base), out)?;
            }
            Ok(0)
        }
        Command::Stats { store, format } => {
            let kg = KgStore::open_read(&store.store)?;
            crate::stats::print(&kg, format.as_deref())?;
            Ok(0)
        }
    }
}

fn check_base(base: &str) -> Result<()> {
    NamedNode::new(base).map_err(|e| anyhow!("--base {base:?} is not an absolute IRI: {e}"))?;
    if !(base.ends_with('/') || base.ends_with('#')) {
        bail!("--base {base:?} must end with / or #");
    }
    Ok(())
}

fn read_all(paths: &[PathBuf]) -> Result<Vec<Article>> {
    let (files, _) = collect_inputs(paths)?;
    let mut out = Vec::new();
    for f in &files {
        let mut err = None;
        for_each_article(f, |_, a| match a {
            Ok(a) => out.push(a),
            Err(e) => {
                err.get_or_insert(e);
            }
        })?;
        if let Some(e) = err {
            return Err(e);
        }
    }
    Ok(out)
}

/// Writes to `path` through a temporary file renamed into place: never a half-written file.
fn write_atomically(path: &Path, f: impl FnOnce(&mut std::fs::File) -> Result<()>) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.kg-tmp",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("out")
    ));
    let mut file =
        std::fs::File::create(&tmp).with_context(|| format!("cannot write {}", tmp.display()))?;
    let res = f(&mut file).and_then(|_| Ok(file.sync_all()?));
    if let Err(e) = res {
        let _ = std::fs::remove_file(&tmp);
        return Err(e.context(format!("cannot write {}", path.display())));
    }
    std::fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

fn extraction_json(a: &Article, ex: &Extraction) -> serde_json::Value {
    use serde_json::json;
    let text = |s: crate::model::Span| s.text(&a.body).to_string();
    let name = |i: usize| ex.entities[i].name.clone();
    json!({
        "id": a.id, "title": a.title, "published": a.published.map(|d| d.to_string()),
        "publisher": a.publisher, "url": a.url,
        "entities": ex.entities.iter().map(|e| json!({
            "name": e.name, "kind": format!("{:?}", e.kind), "aliases": e.aliases,
            "mentions": e.mentions.len(),
        })).collect::<Vec<_>>(),
        "roles": ex.roles.iter().map(|r| json!({
            "holder": name(r.holder), "title": r.title, "organization": r.organization.map(name),
            "former": r.former, "evidence": text(r.evidence),
        })).collect::<Vec<_>>(),
        "claims": ex.claims.iter().map(|c| json!({
            "claimant": match &c.claimant { Claimant::Entity(i) => name(*i), Claimant::Unnamed(s) => format!("({s})") },
            "kind": crate::rdf::claim_kind_name(c.kind), "cue": c.cue, "told_to": c.told_to.map(name),
            "text": text(c.evidence),
        })).collect::<Vec<_>>(),
        "events": ex.events.iter().map(|e| json!({
            "kind": e.kind.name(), "name": e.name, "date": e.date.map(|d| d.to_string()),
            "place": e.place.map(name), "participants": e.participants.iter().map(|p| name(*p)).collect::<Vec<_>>(),
            "evidence": e.evidence.iter().map(|s| text(*s)).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

fn print_results(
    results: QueryResults<'static>,
    format: Option<&str>,
    timeout: Option<Duration>,
) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match results {
        QueryResults::Graph(triples) => {
            let fmt = rdf_format(format.unwrap_or("turtle"))?;
            let mut quads = Vec::new();
            for t in triples {
                let t = t.map_err(|e| query_error(e, timeout))?;
                quads.push(oxigraph::model::Quad::new(
                    t.subject,
                    t.predicate,
                    t.object,
                    oxigraph::model::GraphName::DefaultGraph,
                ));
            }
            crate::rdf::sort_quads(&mut quads);
            write_quads(&quads, fmt, &vocab::prefixes(vocab::DEFAULT_BASE), &mut out)?;
        }
        QueryResults::Boolean(b) => match results_format(format.unwrap_or("table"))? {
            None => writeln!(out, "{b}")?,
            Some(f) => {
                QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(&mut out, b)?;
                // The serializers end the answer without a newline; a shell prompt should not
                // follow "true" on the same line.
                writeln!(out)?;
            }
        },
        QueryResults::Solutions(solutions) => {
            let vars = solutions.variables().to_vec();
            match results_format(format.unwrap_or("table"))? {
                Some(f) => {
                    let mut w = QueryResultsSerializer::from_format(f)
                        .serialize_solutions_to_writer(&mut out, vars)?;
                    for s in solutions {
                        let s = s.map_err(|e| query_error(e, timeout))?;
                        w.serialize(&s)?;
                    }
                    w.finish()?;
                }
                None => {
                    let prefixes = vocab::prefixes(vocab::DEFAULT_BASE);
                    let mut rows = Vec::new();
                    for s in solutions {
                        let s = s.map_err(|e| query_error(e, timeout))?;
                        rows.push(
                            vars.iter()
                                .map(|v| s.get(v).map(|t| short(t, &prefixes)).unwrap_or_default())
                                .collect(),
                        );
                    }
                    let header: Vec<String> = vars.iter().map(|v| v.as_str().to_string()).collect();
                    let width = if std::io::stdout().is_terminal() {
                        Some(60)
                    } else {
                        None
                    };
                    crate::table::write(&mut out, &header, &rows, width)?;
                }
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// A term for the table: IRIs with a known prefix shortened, literals as their text.
fn short(t: &Term, prefixes: &[(String, String)]) -> String {
    match t {
        Term::NamedNode(n) => {
            let iri = n.as_str();
            prefixes
                .iter()
                .filter(|(_, ns)| iri.starts_with(ns.as_str()))
                .max_by_key(|(_, ns)| ns.len())
                .map(|(p, ns)| format!("{p}:{}", &iri[ns.len()..]))
                .unwrap_or_else(|| format!("<{iri}>"))
        }
        Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    }
}
