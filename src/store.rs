//! The one module that touches Oxigraph's store: opening (with kg's own lock and marker),
//! replacing article graphs atomically, SPARQL queries, and dumps.

use anyhow::{anyhow, bail, Context, Result};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphNameRef, NamedNode, NamedNodeRef, Quad, TripleRef};
use oxigraph::sparql::{CancellationToken, QueryResults, SparqlEvaluator};
use oxigraph::store::{Store, StoreOptions};
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The file that marks a directory as a kg store.
const MARKER: &str = "KG_STORE";
const MARKER_TEXT: &str = "kg store, format 1\n";

/// Bulk loader settings: its sorting threads and a memory target per load (RocksDB's own
/// memory comes on top).
const BULK_THREADS: usize = 2;
const BULK_MEMORY_MB: usize = 64;

/// Writes article graphs, each replaced whole or not at all.
///
/// Graphs new to the store go to one Oxigraph bulk loader for the whole load: it sorts them
/// into files on background threads while the caller extracts the next batch, and
/// [`finish`](Self::finish) adds all the files at once (atomic, and several times faster than
/// a transaction). Until then the new graphs are invisible, and a load that fails or is
/// dropped before `finish` adds none of them. Graphs already stored with exactly the given
/// quads are left alone (reloading an unchanged article writes nothing); changed graphs are
/// replaced at once, one transaction per call of [`replace`](Self::replace).
pub struct GraphWriter<'a> {
    store: &'a KgStore,
    loader: oxigraph::store::BulkLoader<'a>,
}

impl GraphWriter<'_> {
    /// Replaces each given graph by its quads (graph names must not repeat within a load).
    pub fn replace(&mut self, batch: Vec<(NamedNode, Vec<Quad>)>) -> Result<()> {
        let mut fresh: Vec<Quad> = Vec::new();
        let mut changed: Vec<(NamedNode, Vec<Quad>)> = Vec::new();
        for (graph, quads) in batch {
            if !self.store.contains_graph(graph.as_ref())? {
                fresh.extend(quads);
            } else if !self.store.holds_exactly(graph.as_ref(), &quads)? {
                changed.push((graph, quads));
            }
        }
        if !fresh.is_empty() {
            self.loader
                .load_quads(fresh)
                .context("cannot write to the store")?;
        }
        if !changed.is_empty() {
            let mut tx = self
                .store
                .store
                .start_transaction()
                .context("cannot start a store transaction")?;
            for (graph, quads) in &changed {
                tx.clear_graph(graph.as_ref())
                    .context("cannot clear an article graph")?;
                tx.insert_named_graph(graph.as_ref());
                tx.extend(quads.iter());
            }
            tx.commit().context("cannot commit to the store")?;
        }
        Ok(())
    }

    /// Adds the new graphs to the store, then compacts its files. The bulk loader leaves many
    /// small sorted files, and every string a query decodes is then looked up in each of them;
    /// compacting merges them, which cuts the time of the saved queries by half or more.
    pub fn finish(self) -> Result<()> {
        self.loader.commit().context("cannot commit to the store")?;
        self.store
            .store
            .optimize()
            .context("cannot compact the store")
    }
}

/// Errors a caller may want to tell apart.
#[derive(Debug)]
pub enum StoreError {
    /// Another kg process holds the store.
    Busy(PathBuf),
    /// There is no store at that path.
    Missing(PathBuf),
    /// The directory exists but is not a kg store.
    NotAStore(PathBuf),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Busy(p) => write!(
                f,
                "store {} is in use by another kg process; wait for it to finish, or use another --store",
                p.display()
            ),
            StoreError::Missing(p) => {
                write!(f, "no kg store at {}: run `kg load --store {} ARTICLES` first", p.display(), p.display())
            }
            StoreError::NotAStore(p) => write!(
                f,
                "{} is not a kg store (it has no {MARKER} file); give --store an empty or new directory",
                p.display()
            ),
        }
    }
}

impl std::error::Error for StoreError {}

pub struct KgStore {
    store: Store,
    dir: PathBuf,
    _lock: File,
}

fn lock_file(dir: &Path, exclusive: bool) -> Result<File> {
    let path = dir.join("kg.lock");
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .or_else(|e| if exclusive { Err(e) } else { File::open(&path) })
        .with_context(|| format!("cannot open {}", path.display()))?;
    let locked = if exclusive {
        file.try_lock()
    } else {
        file.try_lock_shared()
    };
    locked.map_err(|_| StoreError::Busy(dir.to_path_buf()))?;
    Ok(file)
}

fn storage_error(dir: &Path, e: impl std::fmt::Display) -> anyhow::Error {
    let text = e.to_string();
    if text.contains("LOCK")
        || text.contains("lock hold")
        || text.contains("Resource temporarily unavailable")
    {
        return StoreError::Busy(dir.to_path_buf()).into();
    }
    anyhow!(
        "cannot open the store at {}: it may be damaged or written by another program ({text}); \
         load the articles again into a new --store",
        dir.display()
    )
}

impl KgStore {
    /// Opens (creating if needed) the store for writing, taking kg's exclusive lock.
    pub fn open_write(dir: &Path) -> Result<KgStore> {
        // Empty, or holding only the lock file of a load killed before it wrote the marker.
        let fresh = match fs::read_dir(dir) {
            Ok(entries) => entries.flatten().all(|e| e.file_name() == "kg.lock"),
            Err(_) => true,
        };
        if !fresh && !dir.join(MARKER).is_file() {
            return Err(StoreError::NotAStore(dir.to_path_buf()).into());
        }
        fs::create_dir_all(dir)
            .with_context(|| format!("cannot create store directory {}", dir.display()))?;
        let lock = lock_file(dir, true)?;
        if fresh {
            fs::write(dir.join(MARKER), MARKER_TEXT)
                .with_context(|| format!("cannot write {}", dir.join(MARKER).display()))?;
        }
        let store = Store::open_with_options(
            dir.join("db"),
            StoreOptions::default().with_max_open_files(512),
        )
        .map_err(|e| storage_error(dir, e))?;
        Ok(KgStore {
            store,
            dir: dir.to_path_buf(),
            _lock: lock,
        })
    }

    /// Opens an existing store read-only (shared lock: fails while a load writes).
    pub fn open_read(dir: &Path) -> Result<KgStore> {
        if !dir.exists() {
            return Err(StoreError::Missing(dir.to_path_buf()).into());
        }
        if !dir.join(MARKER).is_file() {
            return Err(StoreError::NotAStore(dir.to_path_buf()).into());
        }
        let lock = lock_file(dir, false)?;
        let store = Store::open_read_only(dir.join("db")).map_err(|e| storage_error(dir, e))?;
        Ok(KgStore {
            store,
            dir: dir.to_path_buf(),
            _lock: lock,
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Starts writing article graphs; see [`GraphWriter`].
    pub fn writer(&self) -> GraphWriter<'_> {
        GraphWriter {
            store: self,
            loader: self
                .store
                .bulk_loader()
                .with_num_threads(BULK_THREADS)
                .with_max_memory_size_in_megabytes(BULK_MEMORY_MB),
        }
    }

    /// The number of quads in the store.
    pub fn len(&self) -> Result<usize> {
        Ok(self.store.len()?)
    }

    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.store.is_empty()?)
    }

    /// All quads (of one graph if given), sorted so that dumps are byte-identical.
    pub fn quads(&self, graph: Option<NamedNodeRef>) -> Result<Vec<Quad>> {
        let g = graph.map(GraphNameRef::NamedNode);
        let mut quads = self
            .store
            .quads_for_pattern(None, None, None, g)
            .collect::<Result<Vec<_>, _>>()
            .context("cannot read the store")?;
        crate::rdf::sort_quads(&mut quads);
        Ok(quads)
    }

    /// Whether the stored graph holds exactly these quads.
    fn holds_exactly(&self, graph: NamedNodeRef, quads: &[Quad]) -> Result<bool> {
        let stored = self
            .store
            .quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(graph)))
            .collect::<Result<std::collections::HashSet<Quad>, _>>()
            .context("cannot read the store")?;
        let new: std::collections::HashSet<&Quad> = quads.iter().collect();
        Ok(new.len() == stored.len() && stored.iter().all(|q| new.contains(q)))
    }

    pub fn contains_graph(&self, graph: NamedNodeRef) -> Result<bool> {
        Ok(self.store.contains_named_graph(graph)?)
    }

    /// Runs a read-only SPARQL query over the union of all graphs. Update requests are refused.
    pub fn query(
        &self,
        text: &str,
        prefixes: &[(String, String)],
        timeout: Option<Duration>,
    ) -> Result<QueryResults<'static>> {
        let mut ev = SparqlEvaluator::new();
        for (p, iri) in prefixes {
            ev = ev
                .with_prefix(p, iri)
                .map_err(|e| anyhow!("bad prefix {p}: {e}"))?;
        }
        let token = CancellationToken::new();
        ev = ev.with_cancellation_token(token.clone());
        let mut prepared = match ev.clone().parse_query(text) {
            Ok(p) => p,
            Err(e) => {
                if SparqlEvaluator::new().parse_update(text).is_ok() {
                    bail!(
                        "kg query answers read-only queries; this is a SPARQL Update. The store \
                         changes only through `kg load` (which replaces an article's graph)"
                    );
                }
                return Err(syntax_error(text, &e.to_string()));
            }
        };
        prepared.dataset_mut().set_default_graph_as_union();
        if let Some(t) = timeout {
            // Oxigraph checks the token only between some steps; a read-only query may also be
            // stopped outright, so the watchdog ends the process if cancelling is not enough.
            std::thread::spawn(move || {
                std::thread::sleep(t);
                token.cancel();
                std::thread::sleep(Duration::from_millis(200));
                eprintln!("kg: error: {}", query_error("cancelled", Some(t)));
                std::process::exit(1);
            });
        }
        prepared
            .on_store(&self.store)
            .execute()
            .map_err(|e| query_error(e, timeout))
    }

    /// Serializes the store (or one graph) in `format`. Triple formats get the union of all
    /// graphs, de-duplicated; dataset formats keep the graphs.
    pub fn export(
        &self,
        format: RdfFormat,
        graph: Option<NamedNodeRef>,
        prefixes: &[(String, String)],
        writer: impl std::io::Write,
    ) -> Result<()> {
        let quads = self.quads(graph)?;
        write_quads(&quads, format, prefixes, writer)
    }
}

/// Turns an iterator error during result streaming into a readable message.
pub fn query_error(e: impl std::fmt::Display, timeout: Option<Duration>) -> anyhow::Error {
    let text = e.to_string();
    if text.to_lowercase().contains("cancel") {
        match timeout {
            Some(t) => anyhow!("the query was stopped after {} s (--timeout); make it more selective or raise the timeout", t.as_secs_f64()),
            None => anyhow!("the query was cancelled"),
        }
    } else {
        anyhow!("query failed: {text}")
    }
}

/// A syntax error with line, column and the offending line under a caret.
fn syntax_error(query: &str, msg: &str) -> anyhow::Error {
    let re = regex::Regex::new(r"(\d+):(\d+)").expect("static regex");
    if let Some(c) = re.captures(msg) {
        let line: usize = c[1].parse().unwrap_or(1);
        let col: usize = c[2].parse().unwrap_or(1);
        if let Some(text) = query.lines().nth(line.saturating_sub(1)) {
            let caret = " ".repeat(col.saturating_sub(1).min(text.chars().count()));
            return anyhow!(
                "SPARQL syntax error at line {line}, column {col}: {msg}\n  {text}\n  {caret}^"
            );
        }
    }
    anyhow!("SPARQL syntax error: {msg}")
}

pub fn write_quads(
    quads: &[Quad],
    format: RdfFormat,
    prefixes: &[(String, String)],
    writer: impl std::io::Write,
) -> Result<()> {
    let mut ser = RdfSerializer::from_format(format);
    if matches!(
        format,
        RdfFormat::Turtle | RdfFormat::TriG | RdfFormat::RdfXml | RdfFormat::JsonLd { .. }
    ) {
        for (p, iri) in prefixes {
            ser = ser
                .with_prefix(p, iri)
                .map_err(|e| anyhow!("bad prefix {p}: {e}"))?;
        }
    }
    let mut w = ser.for_writer(std::io::BufWriter::new(writer));
    if format.supports_datasets() {
        for q in quads {
            w.serialize_quad(q)?;
        }
    } else {
        let mut triples: Vec<_> = quads
            .iter()
            .map(|q| TripleRef::new(q.subject.as_ref(), q.predicate.as_ref(), q.object.as_ref()))
            .collect();
        crate::rdf::sort_dedup_triples(&mut triples);
        for t in triples {
            w.serialize_triple(t)?;
        }
    }
    use std::io::Write;
    w.finish()?.flush()?;
    Ok(())
}

/// Parses RDF in `format` into quads (used to load the ontology and by tests).
pub fn parse_rdf(data: &[u8], format: RdfFormat, graph: Option<NamedNodeRef>) -> Result<Vec<Quad>> {
    let mut parser = oxigraph::io::RdfParser::from_format(format);
    if let Some(g) = graph {
        parser = parser.with_default_graph(g).without_named_graphs();
    }
    parser
        .for_slice(data)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| anyhow!("cannot parse RDF: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::Literal;

    fn graph(name: &str, objects: &[&str]) -> (NamedNode, Vec<Quad>) {
        let g = NamedNode::new_unchecked(format!("https://example.org/{name}"));
        let quads = objects
            .iter()
            .map(|o| {
                Quad::new(
                    NamedNode::new_unchecked("https://example.org/s"),
                    NamedNode::new_unchecked("https://example.org/p"),
                    Literal::new_simple_literal(*o),
                    g.clone(),
                )
            })
            .collect();
        (g, quads)
    }

    #[test]
    fn new_graphs_are_stored_only_when_the_writer_finishes() {
        let dir = tempfile::tempdir().unwrap();
        let store = KgStore::open_write(dir.path()).unwrap();
        let (g, quads) = graph("a", &["one", "two"]);

        let mut writer = store.writer();
        writer.replace(vec![(g.clone(), quads.clone())]).unwrap();
        assert!(!store.contains_graph(g.as_ref()).unwrap());
        drop(writer); // a load that fails before the end
        assert!(store.is_empty().unwrap());

        let mut writer = store.writer();
        writer.replace(vec![(g.clone(), quads.clone())]).unwrap();
        writer.finish().unwrap();
        assert_eq!(store.quads(Some(g.as_ref())).unwrap(), quads);
    }

    #[test]
    fn a_changed_graph_is_replaced_whole() {
        let dir = tempfile::tempdir().unwrap();
        let store = KgStore::open_write(dir.path()).unwrap();
        let (g, old) = graph("a", &["one", "two"]);
        let (_, new) = graph("a", &["three"]);
        let (other, kept) = graph("b", &["four"]);

        let mut writer = store.writer();
        writer
            .replace(vec![(g.clone(), old), (other.clone(), kept.clone())])
            .unwrap();
        writer.finish().unwrap();
        let mut writer = store.writer();
        writer.replace(vec![(g.clone(), new.clone())]).unwrap();
        writer.finish().unwrap();
        assert_eq!(store.quads(Some(g.as_ref())).unwrap(), new);
        assert_eq!(store.quads(Some(other.as_ref())).unwrap(), kept);
    }
}
