//! kg: news articles to an RDF knowledge graph of who said what.
//!
//! read ([`reader`]) -> extract ([`extract`], plain data in [`model`]) -> map to RDF ([`rdf`],
//! terms in [`vocab`]) -> store ([`store`], the only module that opens Oxigraph) -> query /
//! export ([`app`]).
pub mod app;
pub mod cli;
pub mod extract;
pub mod formats;
pub mod load;
pub mod model;
pub mod rdf;
pub mod reader;
pub mod stats;
pub mod store;
pub mod table;
pub mod vocab;
