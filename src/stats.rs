//! `kg stats`: what the store holds, by class and by article.

use crate::store::KgStore;
use crate::vocab;
use anyhow::Result;
use oxigraph::sparql::QueryResults;
use std::io::Write;

const BY_CLASS: &str = "
SELECT ?class (COUNT(DISTINCT ?s) AS ?count) WHERE {
  ?s a ?class .
  FILTER(STRSTARTS(STR(?class), STR(kg:)))
} GROUP BY ?class ORDER BY ?class";

const BY_ARTICLE: &str = "
SELECT ?article ?graph
  (COUNT(DISTINCT ?claim) AS ?claims) (COUNT(DISTINCT ?role) AS ?roles)
  (COUNT(DISTINCT ?event) AS ?events) (COUNT(DISTINCT ?entity) AS ?entities)
WHERE {
  GRAPH ?graph { ?a a kg:Article ; schema:identifier ?article . }
  OPTIONAL { GRAPH ?graph { ?claim a kg:Claim } }
  OPTIONAL { GRAPH ?graph { ?role a kg:Role } }
  OPTIONAL { GRAPH ?graph { ?event a kg:Event } }
  OPTIONAL { GRAPH ?graph { ?entity kg:mentionedIn ?a } }
} GROUP BY ?article ?graph ORDER BY ?article";

fn rows(store: &KgStore, q: &str) -> Result<(Vec<String>, Vec<Vec<String>>)> {
    let prefixes = vocab::prefixes(vocab::DEFAULT_BASE);
    let QueryResults::Solutions(sol) = store.query(q, &prefixes, None)? else {
        unreachable!("a SELECT query gives solutions")
    };
    let vars = sol.variables().to_vec();
    let mut out = Vec::new();
    for s in sol {
        let s = s?;
        out.push(
            vars.iter()
                .map(|v| match s.get(v) {
                    Some(oxigraph::model::Term::Literal(l)) => l.value().to_string(),
                    Some(oxigraph::model::Term::NamedNode(n)) => {
                        let iri = n.as_str();
                        iri.strip_prefix(vocab::KG)
                            .map(|l| format!("kg:{l}"))
                            .unwrap_or_else(|| iri.to_string())
                    }
                    Some(t) => t.to_string(),
                    None => String::new(),
                })
                .collect(),
        );
    }
    Ok((vars.iter().map(|v| v.as_str().to_string()).collect(), out))
}

/// Quads in the store and distinct triples in the union of its graphs (what a triple-format
/// export holds).
pub fn totals(store: &KgStore) -> Result<(usize, usize)> {
    let quads = store.quads(None)?;
    let mut triples: Vec<_> = quads
        .iter()
        .map(|q| {
            oxigraph::model::TripleRef::new(
                q.subject.as_ref(),
                q.predicate.as_ref(),
                q.object.as_ref(),
            )
        })
        .collect();
    crate::rdf::sort_dedup_triples(&mut triples);
    Ok((quads.len(), triples.len()))
}

pub fn print(store: &KgStore, format: Option<&str>) -> Result<()> {
    let (quads, triples) = totals(store)?;
    let (ch, cr) = rows(store, BY_CLASS)?;
    let (ah, ar) = rows(store, BY_ARTICLE)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match format.map(|f| f.to_ascii_lowercase()) {
        None => {
            writeln!(out, "store: {}", store.dir().display())?;
            writeln!(out, "quads: {quads}")?;
            writeln!(out, "triples: {triples} (distinct, union of all graphs)")?;
            writeln!(out, "articles: {}\n", ar.len())?;
            crate::table::write(&mut out, &ch, &cr, None)?;
            writeln!(out)?;
            crate::table::write(&mut out, &ah, &ar, None)?;
        }
        Some(f) if f == "json" => {
            let obj = |h: &[String], r: &[Vec<String>]| -> Vec<serde_json::Value> {
                r.iter()
                    .map(|row| {
                        serde_json::Value::Object(
                            h.iter()
                                .cloned()
                                .zip(row.iter().map(|c| {
                                    c.parse::<u64>()
                                        .map(serde_json::Value::from)
                                        .unwrap_or_else(|_| serde_json::Value::from(c.clone()))
                                }))
                                .collect(),
                        )
                    })
                    .collect()
            };
            serde_json::to_writer_pretty(
                &mut out,
                &serde_json::json!({"quads": quads, "triples": triples, "classes": obj(&ch, &cr), "articles": obj(&ah, &ar)}),
            )?;
            writeln!(out)?;
        }
        Some(f) if f == "csv" || f == "tsv" => {
            let sep = if f == "csv" { "," } else { "\t" };
            let esc = |c: &str| {
                if f == "csv" && c.contains([',', '"', '\n']) {
                    format!("\"{}\"", c.replace('"', "\"\""))
                } else {
                    c.to_string()
                }
            };
            writeln!(out, "kind{sep}name{sep}count")?;
            writeln!(out, "total{sep}quads{sep}{quads}")?;
            writeln!(out, "total{sep}triples{sep}{triples}")?;
            for r in &cr {
                writeln!(out, "class{sep}{}{sep}{}", esc(&r[0]), r[1])?;
            }
            for r in &ar {
                writeln!(out, "article{sep}{}{sep}{}", esc(&r[0]), r[2])?;
            }
        }
        Some(other) => anyhow::bail!("unknown stats format {other:?}: use table, csv, tsv or json"),
    }
    out.flush()?;
    Ok(())
}
