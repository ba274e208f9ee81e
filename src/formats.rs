//! Output format names: kg accepts both names ("turtle") and extensions ("ttl").

use anyhow::{bail, Result};
use oxigraph::io::RdfFormat;
use oxigraph::sparql::results::QueryResultsFormat;

pub fn rdf_format(name: &str) -> Result<RdfFormat> {
    let n = name.trim().trim_start_matches('.').to_ascii_lowercase();
    Ok(match n.as_str() {
        "turtle" | "ttl" => RdfFormat::Turtle,
        "ntriples" | "n-triples" | "nt" => RdfFormat::NTriples,
        "nquads" | "n-quads" | "nq" => RdfFormat::NQuads,
        "trig" => RdfFormat::TriG,
        "rdfxml" | "rdf-xml" | "rdf/xml" | "rdf" | "xml" | "owl" => RdfFormat::RdfXml,
        "jsonld" | "json-ld" => RdfFormat::JsonLd {
            profile: Default::default(),
        },
        _ => bail!(
            "unknown RDF format {name:?}: use turtle, ntriples, nquads, trig, rdfxml or jsonld \
             (or ttl, nt, nq, trig, rdf, jsonld)"
        ),
    })
}

/// A results format for SELECT/ASK, or None for the readable table.
pub fn results_format(name: &str) -> Result<Option<QueryResultsFormat>> {
    Ok(match name.trim().to_ascii_lowercase().as_str() {
        "table" | "text" => None,
        "csv" => Some(QueryResultsFormat::Csv),
        "tsv" => Some(QueryResultsFormat::Tsv),
        "json" | "srj" => Some(QueryResultsFormat::Json),
        "xml" | "srx" => Some(QueryResultsFormat::Xml),
        other => bail!("unknown results format {other:?}: use table, csv, tsv, json or xml"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_extensions_both_work() {
        assert_eq!(rdf_format("turtle").unwrap(), RdfFormat::Turtle);
        assert_eq!(rdf_format("TTL").unwrap(), RdfFormat::Turtle);
        assert_eq!(rdf_format("nq").unwrap(), RdfFormat::NQuads);
        assert!(rdf_format("yaml").is_err());
        assert_eq!(
            results_format("json").unwrap(),
            Some(QueryResultsFormat::Json)
        );
        assert_eq!(results_format("table").unwrap(), None);
        assert!(results_format("html").is_err());
    }
}
