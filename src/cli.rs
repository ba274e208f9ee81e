//! Command-line definitions. Doc comments are the help text.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// kg turns news articles into an RDF knowledge graph of who said what: people,
/// organizations and places, their roles, the claims they make and the events reported,
/// each fact pointing to the characters of the text it came from.
#[derive(Parser, Debug)]
#[command(name = "kg", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args, Debug, Clone)]
pub struct StoreArg {
    /// Store directory (an embedded Oxigraph store on disk).
    #[arg(long, env = "KG_STORE", default_value = ".kg", value_name = "DIR")]
    pub store: PathBuf,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Read articles, extract who said what, and store one named graph per article.
    ///
    /// PATH may be a file (.txt, .md, .html, .htm, .jsonl) or a directory, walked
    /// recursively in sorted order. Loading an article again replaces its graph.
    Load {
        /// Article files or directories.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        store: StoreArg,
        /// Base IRI under which people, organizations, claims... are named.
        #[arg(long, default_value = crate::vocab::DEFAULT_BASE, value_name = "IRI")]
        base: String,
        /// Load every good article, skip bad ones and list them at the end (exit code still 1).
        #[arg(long)]
        keep_going: bool,
        /// Print nothing but errors.
        #[arg(long, short)]
        quiet: bool,
        /// Worker threads for extraction (default: all cores).
        #[arg(long, value_name = "N")]
        threads: Option<usize>,
    },
    /// Run a SPARQL query (a saved .rq file or -e TEXT) over the union of all graphs.
    Query {
        /// A file holding the query.
        #[arg(
            value_name = "FILE",
            required_unless_present = "expr",
            conflicts_with = "expr"
        )]
        file: Option<PathBuf>,
        /// The query text itself.
        #[arg(short = 'e', long = "expr", value_name = "SPARQL")]
        expr: Option<String>,
        #[command(flatten)]
        store: StoreArg,
        /// Output: table (default for SELECT), csv, tsv, json, xml; CONSTRUCT and DESCRIBE
        /// give turtle (default), ntriples, nquads, trig, rdfxml, jsonld.
        #[arg(long, short, value_name = "FORMAT")]
        format: Option<String>,
        /// Stop the query after this many seconds.
        #[arg(long, value_name = "SECS")]
        timeout: Option<f64>,
    },
    /// Write the graph in a standard RDF format, for any other triple store.
    Export {
        #[command(flatten)]
        store: StoreArg,
        /// turtle, ntriples, nquads, trig, rdfxml or jsonld (or an extension: ttl, nt, nq...).
        /// Default: from the -o extension, else turtle. Triple formats export the union of
        /// all graphs, de-duplicated.
        #[arg(long, short, value_name = "FORMAT")]
        format: Option<String>,
        /// Export only this named graph (an article's graph IRI).
        #[arg(long, value_name = "IRI")]
        graph: Option<String>,
        /// Write to this file instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Extract without a store and print the result (for pipes and debugging).
    Extract {
        /// Article files or directories.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// json (the extraction as plain data) or an RDF format (default: trig).
        #[arg(long, short, default_value = "trig", value_name = "FORMAT")]
        format: String,
        /// Base IRI for minted names.
        #[arg(long, default_value = crate::vocab::DEFAULT_BASE, value_name = "IRI")]
        base: String,
    },
    /// Count what the store holds, by class and by article.
    Stats {
        #[command(flatten)]
        store: StoreArg,
        /// Output: table (default), csv, tsv or json.
        #[arg(long, short, value_name = "FORMAT")]
        format: Option<String>,
    },
}
