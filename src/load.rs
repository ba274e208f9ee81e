//! `kg load`: read, extract and store, in bounded batches, one named graph per article.
//!
//! Two passes: the first reads and checks every article (nothing is written), so that a bad
//! article stops the load before the store changes; the second extracts in parallel, batch by
//! batch, and hands each batch to the store's [`GraphWriter`], which adds the new article
//! graphs all at once when the load ends.

use crate::extract::extract;
use crate::model::{EntityKind, Extraction};
use crate::rdf::{article_quads, Minter};
use crate::reader::{collect_inputs, for_each_article};
use crate::store::{GraphWriter, KgStore};
use crate::vocab;
use anyhow::{anyhow, Result};
use oxigraph::model::NamedNode;
use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::time::Instant;

pub struct LoadOptions {
    pub base: String,
    pub keep_going: bool,
    pub progress: bool,
}

/// What a load did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Counts {
    pub articles: usize,
    pub people: usize,
    pub organizations: usize,
    pub places: usize,
    pub roles: usize,
    pub claims: usize,
    pub events: usize,
    pub triples: usize,
}

impl Counts {
    fn add(&mut self, ex: &Extraction, quads: usize) {
        self.articles += 1;
        for e in &ex.entities {
            match e.kind {
                EntityKind::Person => self.people += 1,
                EntityKind::Organization(_) => self.organizations += 1,
                EntityKind::Place(_) => self.places += 1,
            }
        }
        self.roles += ex.roles.len();
        self.claims += ex.claims.len();
        self.events += ex.events.len();
        self.triples += quads;
    }
}

pub struct Report {
    pub counts: Counts,
    pub seconds: f64,
    /// Files skipped because kg does not read their kind.
    pub skipped_files: Vec<PathBuf>,
    /// Articles not loaded (with --keep-going): where, and why.
    pub failed: Vec<String>,
}

const BATCH_ARTICLES: usize = 384;
const BATCH_BYTES: usize = 16 << 20;

/// The ontology, stored in its own graph with every load.
pub const ONTOLOGY_TTL: &str = include_str!("../ontology/kg.ttl");

pub fn load(store: &KgStore, paths: &[PathBuf], opts: &LoadOptions) -> Result<Report> {
    let started = Instant::now();
    let (files, skipped_files) = collect_inputs(paths)?;

    // Pass 1: read everything, write nothing.
    let mut failed: Vec<String> = Vec::new();
    let mut bad_sources: BTreeSet<String> = BTreeSet::new();
    let mut ids: HashMap<String, String> = HashMap::new();
    let mut total_bytes = 0u64;
    for f in &files {
        total_bytes += std::fs::metadata(f).map(|m| m.len()).unwrap_or(0);
        let mut first_error: Option<anyhow::Error> = None;
        for_each_article(f, |source, a| match a {
            Ok(a) => {
                let key = crate::rdf::slug(&a.id);
                if let Some(other) = ids.get(&key) {
                    let msg = format!(
                        "{}: article id {:?} is also the id of {other}; give one of them another `id`",
                        a.source, a.id
                    );
                    bad_sources.insert(a.source.clone());
                    failed.push(msg.clone());
                    first_error.get_or_insert_with(|| anyhow!(msg));
                } else {
                    ids.insert(key, a.source.clone());
                }
            }
            Err(e) => {
                bad_sources.insert(source.to_string());
                failed.push(format!("{e:#}"));
                first_error.get_or_insert(e);
            }
        })?;
        if let Some(e) = first_error {
            if !opts.keep_going {
                return Err(e.context("nothing was loaded: the store is as it was (use --keep-going to load the good articles)"));
            }
        }
    }
    drop(ids);

    // Pass 2: extract in parallel, store batch by batch.
    let progress = opts.progress.then(|| progress_bar(total_bytes));
    let mut counts = Counts::default();
    let ontology_graph = NamedNode::new_unchecked(vocab::ONTOLOGY_GRAPH);
    let ontology = crate::store::parse_rdf(
        ONTOLOGY_TTL.as_bytes(),
        oxigraph::io::RdfFormat::Turtle,
        Some(ontology_graph.as_ref()),
    )?;
    let ontology = crate::rdf::skolemize(ontology, vocab::ONTOLOGY_GRAPH);
    let mut writer = store.writer();
    writer.replace(vec![(ontology_graph, ontology)])?;

    let mut batch = Vec::new();
    let mut batch_bytes = 0;
    for f in &files {
        let mut result = Ok(());
        for_each_article(f, |_, a| {
            let Ok(a) = a else { return };
            if result.is_err() || bad_sources.contains(&a.source) {
                return;
            }
            batch_bytes += a.body.len();
            batch.push(a);
            if batch.len() >= BATCH_ARTICLES || batch_bytes >= BATCH_BYTES {
                result = flush(
                    &mut writer,
                    &mut batch,
                    &opts.base,
                    &mut counts,
                    progress.as_ref(),
                );
                batch_bytes = 0;
            }
        })?;
        result?;
    }
    flush(
        &mut writer,
        &mut batch,
        &opts.base,
        &mut counts,
        progress.as_ref(),
    )?;
    writer.finish()?;
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    Ok(Report {
        counts,
        seconds: started.elapsed().as_secs_f64(),
        skipped_files,
        failed,
    })
}

fn flush(
    writer: &mut GraphWriter,
    batch: &mut Vec<crate::model::Article>,
    base: &str,
    counts: &mut Counts,
    progress: Option<&indicatif::ProgressBar>,
) -> Result<()> {
    if batch.is_empty() {
        return Ok(());
    }
    let done: Vec<(NamedNode, Vec<oxigraph::model::Quad>, Extraction, u64)> = batch
        .par_iter()
        .map(|a| {
            let ex = extract(a);
            let quads = article_quads(base, a, &ex);
            (
                Minter::new(base, &a.id).graph(),
                quads,
                ex,
                a.body.len() as u64,
            )
        })
        .collect();
    let mut graphs = Vec::with_capacity(done.len());
    let mut bytes = 0;
    for (g, quads, ex, len) in done {
        counts.add(&ex, quads.len());
        bytes += len;
        graphs.push((g, quads));
    }
    writer.replace(graphs)?;
    if let Some(p) = progress {
        p.inc(bytes);
        p.set_message(format!("{} articles", counts.articles));
    }
    batch.clear();
    Ok(())
}

fn progress_bar(total: u64) -> indicatif::ProgressBar {
    let p = indicatif::ProgressBar::with_draw_target(
        Some(total),
        indicatif::ProgressDrawTarget::stderr(),
    );
    p.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} [{bar:30}] {bytes}/{total_bytes} {msg} ({bytes_per_sec}, ETA {eta})",
        )
        .expect("static template")
        .progress_chars("=> "),
    );
    p
}
