//! kg: news articles to an RDF knowledge graph of who said what.
//!
//! read ([`reader`]) -> extract ([`extract`], plain data in [`model`]) -> map to RDF ([`rdf`],
//! terms in [`vocab`]) -> store ([`store`], the only module that opens Oxigraph) -> query /
//! export ([`app`]).
#[cfg(feature = "store")]
pub mod app;
#[cfg(feature = "store")]
pub mod cli;
pub mod extract;
#[cfg(feature = "store")]
pub mod formats;
#[cfg(feature = "store")]
pub mod load;
pub mod model;
#[cfg(feature = "store")]
pub mod rdf;
pub mod reader;
#[cfg(feature = "store")]
pub mod stats;
#[cfg(feature = "store")]
pub mod store;
#[cfg(feature = "store")]
pub mod table;
#[cfg(feature = "store")]
pub mod vocab;
