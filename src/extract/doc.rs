//! The extractor's internal boundary types, shared by its stages.

use super::tokens::{tokenize, Tok};
use super::{clean, segment};
use crate::model::{Article, Entity, EntityId, EntityKind, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// The headline repeated at the top of the body.
    Title,
    /// Site furniture: "Share this on", "Accessibility links", "SEE ALSO: ...".
    Chrome,
    /// A section heading inside the article ("Blame Game").
    Heading,
    /// A photo caption or credit: may yield people, roles, events; never claims.
    Caption,
    /// Running text of the article.
    Text,
    /// A paragraph identical to an earlier one: ignored.
    Repeat,
}

/// A paragraph (a run of non-blank lines) of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    pub span: Span,
    pub kind: BlockKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Index into `Doc::blocks`.
    pub block: usize,
}

/// A quotation: `inner` is the text between the marks, `outer` includes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    pub inner: Span,
    pub outer: Span,
    /// Index into `Doc::blocks` of the block where it opens.
    pub block: usize,
}

pub struct Doc<'a> {
    pub article: &'a Article,
    pub body: &'a str,
    /// The body with its ASCII letters lower-cased: the same byte offsets as `body`, so a
    /// token's lower-case form is `&lower[t.s..t.e]` (for comparing with word lists).
    pub lower: String,
    pub blocks: Vec<Block>,
    pub sentences: Vec<Sentence>,
    pub quotes: Vec<Quote>,
    /// The tokens of every content block: (index into `blocks`, tokens), in body order.
    pub tokens: Vec<(usize, Vec<Tok>)>,
}

impl<'a> Doc<'a> {
    /// Clean, segment and tokenize an article: what every later stage reads.
    pub fn new(article: &'a Article) -> Doc<'a> {
        let body = article.body.as_str();
        let blocks = clean::blocks(body, article.title.as_deref());
        let sentences = segment::sentences(body, &blocks);
        let quotes = segment::quotes(body, &blocks);
        let mut doc = Doc {
            article,
            body,
            lower: body.to_ascii_lowercase(),
            blocks,
            sentences,
            quotes,
            tokens: Vec::new(),
        };
        doc.tokens = doc
            .content_blocks()
            .map(|(i, b)| (i, tokenize(body, b.span)))
            .collect();
        doc
    }
    pub fn text(&self, span: Span) -> &'a str {
        &self.body[span.start..span.end]
    }
    /// Blocks whose text counts (Text and Caption), in order.
    pub fn content_blocks(&self) -> impl Iterator<Item = (usize, &Block)> {
        self.blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| matches!(b.kind, BlockKind::Text | BlockKind::Caption))
    }
    pub fn block_kind_at(&self, pos: usize) -> Option<BlockKind> {
        // blocks are in body order
        let i = self.blocks.partition_point(|b| b.span.end <= pos);
        self.blocks
            .get(i)
            .filter(|b| b.span.start <= pos && pos < b.span.end)
            .map(|b| b.kind)
    }
}

/// One naming of an entity in the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub entity: EntityId,
}

/// The entities of one article and where each is named. Built by `names`, merged by
/// `resolve`, and consulted (and extended) by roles, claims and events.
#[derive(Debug, Default, Clone)]
pub struct Entities {
    pub list: Vec<Entity>,
    /// Sorted by `span.start`.
    pub mentions: Vec<Mention>,
    /// The longest mention's length in bytes: bounds the binary searches below.
    pub longest: usize,
}

impl Entities {
    /// The entity named exactly at `span`, or by a mention inside it.
    pub fn at(&self, span: Span) -> Option<EntityId> {
        let from = self.mentions.partition_point(|m| m.span.start < span.start);
        self.mentions[from..]
            .iter()
            .take_while(|m| m.span.start <= span.end)
            .find(|m| m.span.end <= span.end)
            .map(|m| m.entity)
    }
    /// Mentions overlapping `span`, in order.
    pub fn within(&self, span: Span) -> impl Iterator<Item = &Mention> {
        // Only mentions starting at most `longest` bytes before `span` can overlap it.
        let from = self
            .mentions
            .partition_point(|m| m.span.start + self.longest < span.start);
        self.mentions[from..]
            .iter()
            .take_while(move |m| m.span.start < span.end)
            .filter(move |m| m.span.end > span.start)
    }
    pub fn kind(&self, id: EntityId) -> EntityKind {
        self.list[id].kind
    }
    pub fn is_person(&self, id: EntityId) -> bool {
        matches!(self.list[id].kind, EntityKind::Person)
    }
    /// Find an entity by canonical name or alias (exact, case-sensitive).
    pub fn by_name(&self, name: &str) -> Option<EntityId> {
        self.list
            .iter()
            .position(|e| e.name == name || e.aliases.iter().any(|a| a == name))
    }
    /// Add a mention (keeping `mentions` sorted) and record the entity's mention span.
    pub fn add_mention(&mut self, span: Span, entity: EntityId) {
        let at = self
            .mentions
            .partition_point(|m| m.span.start <= span.start);
        self.mentions.insert(at, Mention { span, entity });
        self.longest = self.longest.max(span.end.saturating_sub(span.start));
        self.list[entity].mentions.push(span);
    }
    /// The final entity list: mention spans sorted and de-duplicated.
    pub fn finish(mut self) -> Vec<Entity> {
        for e in &mut self.list {
            e.mentions.sort();
            e.mentions.dedup();
            e.aliases.sort();
            e.aliases.dedup();
            let name = e.name.clone();
            e.aliases.retain(|a| *a != name);
        }
        self.list
    }
}
