//! HTML pages: find the article amid the page furniture, keep its headline
//! and paragraphs as plain text, and find its publication date.
//!
//! Every walk over the tree is a loop over `traverse()` edges, never
//! recursion, so a deeply nested page cannot overflow the stack.

use std::collections::HashMap;
use std::sync::LazyLock;

use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use regex::Regex;
use scraper::{Html, Node};

use super::{Article, Limits, clutter, date, decode, nesting};

/// A node of the parsed page.
type NodeR<'a> = NodeRef<'a, Node>;

/// Meta tags that carry the publication date, most trusted first.
const DATE_METAS: &[(&str, &str)] = &[
    ("property", "article:published_time"),
    ("name", "date"),
    ("itemprop", "datePublished"),
    ("name", "pubdate"),
    ("name", "publish-date"),
    ("name", "dc.date"),
    ("property", "og:published_time"),
];

/// Elements that end one paragraph of text and start another.
#[rustfmt::skip]
const BREAKS: &[&str] = &[
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
    "blockquote", "pre", "section", "article", "main", "table", "tr", "td", "th", "br", "hr",
    "figure", "address", "center",
];

/// `"datePublished": "2019-03-04T…"` in JSON-LD metadata.
static JSON_LD_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#""datePublished"\s*:\s*"([^"]{1,64})""#)
        .unwrap_or_else(|e| panic!("bad JSON-LD date pattern: {e}"))
});

/// Reads one HTML page. The error is a message without the origin.
pub(super) fn parse_html(origin: &str, bytes: &[u8], limits: &Limits) -> Result<Article, String> {
    let source = decode::decode(bytes, limits)?;
    nesting::check(&source)?;
    let doc = Html::parse_document(&source);
    let root = content_root(&doc);
    let heading = first_element(root, "h1").filter(|h1| !collapsed_text(*h1).is_empty());
    let title = heading.map(collapsed_text).or_else(|| page_title(&doc));
    let paragraphs = paragraphs(root, heading.map(|h| h.id()));
    if paragraphs.is_empty() {
        return Err("no article text found in HTML".to_string());
    }
    let text = title
        .iter()
        .chain(&paragraphs)
        .cloned()
        .collect::<Vec<_>>()
        .join("\n\n");
    let date = time_date(root)
        .or_else(|| meta_date(&doc))
        .or_else(|| date::find_dateline(&text));
    Ok(Article {
        origin: origin.to_string(),
        id: None,
        title,
        date,
        url: None,
        text,
    })
}

/// The element holding the article: the top-level `<article>` with the most
/// text, else `<main>`, else the element with the most `<p>` text, else
/// the whole body.
fn content_root(doc: &Html) -> NodeR<'_> {
    let body = first_element(doc.tree.root(), "body").unwrap_or(doc.tree.root());
    let text_len = |node: NodeR<'_>| {
        paragraphs(node, None)
            .iter()
            .map(String::len)
            .sum::<usize>()
    };
    let best_article = top_level(body, "article")
        .into_iter()
        .map(|a| (text_len(a), a))
        .max_by_key(|(len, _)| *len);
    if let Some((len, article)) = best_article
        && len > 0
    {
        return article;
    }
    let main = top_level(body, "main")
        .into_iter()
        .find(|m| text_len(*m) > 0);
    main.or_else(|| densest_paragraphs(doc, body))
        .unwrap_or(body)
}

/// Elements named `name` under `root`, outside clutter and not inside one
/// another.
fn top_level<'a>(root: NodeR<'a>, name: &str) -> Vec<NodeR<'a>> {
    let mut found = Vec::new();
    let mut inside: Option<NodeId> = None;
    for edge in visible(root, None) {
        match edge {
            Edge::Open(node) if inside.is_none() && is_named(node, name) => {
                inside = Some(node.id());
                found.push(node);
            }
            Edge::Close(node) if inside == Some(node.id()) => inside = None,
            _ => {}
        }
    }
    found
}

/// The parent of the `<p>` elements with the most text between them, where
/// a page puts its paragraphs straight into a `<div>`.
fn densest_paragraphs<'a>(doc: &'a Html, root: NodeR<'a>) -> Option<NodeR<'a>> {
    let mut scores: HashMap<NodeId, usize> = HashMap::new();
    let mut open_p: Option<NodeId> = None;
    let mut length = 0;
    for edge in visible(root, None) {
        match edge {
            Edge::Open(node) if open_p.is_none() && is_named(node, "p") => {
                (open_p, length) = (Some(node.id()), 0)
            }
            Edge::Open(node) if open_p.is_some() => {
                length += node.value().as_text().map_or(0, |t| t.trim().len())
            }
            Edge::Close(node) if open_p == Some(node.id()) => {
                open_p = None;
                if let Some(parent) = node.parent() {
                    *scores.entry(parent.id()).or_default() += length;
                }
            }
            _ => {}
        }
    }
    let (best, score) = scores
        .into_iter()
        .max_by_key(|(id, score)| (*score, std::cmp::Reverse(*id)))?;
    (score > 0).then(|| doc.tree.get(best)).flatten()
}

/// The paragraphs of text under `root`, clutter and the `skip` element
/// (the headline) left out, inner whitespace collapsed.
fn paragraphs(root: NodeR<'_>, skip: Option<NodeId>) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for edge in visible(root, skip) {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Text(text) => current.push_str(text),
                Node::Element(e) if BREAKS.contains(&e.name()) => flush(&mut current, &mut out),
                _ => {}
            },
            Edge::Close(node)
                if node
                    .value()
                    .as_element()
                    .is_some_and(|e| BREAKS.contains(&e.name())) =>
            {
                flush(&mut current, &mut out)
            }
            Edge::Close(_) => {}
        }
    }
    flush(&mut current, &mut out);
    out
}

/// Ends the paragraph being gathered, if it has any text.
fn flush(current: &mut String, out: &mut Vec<String>) {
    let paragraph = collapse(current);
    if !paragraph.is_empty() {
        out.push(paragraph);
    }
    current.clear();
}

/// The edges of `root`'s subtree, less clutter and the `skip` element with
/// everything inside them. `root` itself is always kept.
fn visible<'a>(root: NodeR<'a>, skip: Option<NodeId>) -> impl Iterator<Item = Edge<'a, Node>> {
    let mut hidden: Option<NodeId> = None;
    root.traverse().filter(move |edge| match (hidden, edge) {
        (Some(id), Edge::Close(node)) if node.id() == id => {
            hidden = None;
            false
        }
        (Some(_), _) => false,
        (None, Edge::Open(node))
            if node.id() != root.id() && (Some(node.id()) == skip || is_clutter(*node)) =>
        {
            hidden = Some(node.id());
            false
        }
        _ => true,
    })
}

/// The first `<time>` in the article with a date in `datetime` or its text.
fn time_date(root: NodeR<'_>) -> Option<String> {
    root.descendants()
        .filter(|node| is_named(*node, "time"))
        .find_map(|node| match node.value().as_element()?.attr("datetime") {
            Some(value) => date::normalise(value),
            None => date::normalise(&collapsed_text(node)),
        })
}

/// The date from the first known meta tag that has one, else from JSON-LD.
fn meta_date(doc: &Html) -> Option<String> {
    let metas: Vec<_> = doc
        .tree
        .nodes()
        .filter_map(|n| n.value().as_element())
        .filter(|e| e.name() == "meta")
        .collect();
    let from_meta = DATE_METAS.iter().find_map(|(key, wanted)| {
        metas
            .iter()
            .filter(|m| m.attr(key).is_some_and(|v| v.eq_ignore_ascii_case(wanted)))
            .find_map(|m| date::normalise(m.attr("content")?))
    });
    from_meta.or_else(|| json_ld_date(doc))
}

/// `datePublished` from a `<script type="application/ld+json">` block.
fn json_ld_date(doc: &Html) -> Option<String> {
    doc.tree
        .nodes()
        .filter(|n| {
            n.value().as_element().is_some_and(|e| {
                e.name() == "script" && e.attr("type") == Some("application/ld+json")
            })
        })
        .flat_map(|script| {
            script
                .children()
                .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
        })
        .find_map(|json| date::normalise(JSON_LD_DATE.captures(&json)?.get(1)?.as_str()))
}

/// The `<title>`, less a trailing " | Site Name".
fn page_title(doc: &Html) -> Option<String> {
    let title = collapsed_text(first_element(doc.tree.root(), "title")?);
    let headline = title
        .split(" | ")
        .next()
        .unwrap_or(&title)
        .trim()
        .to_string();
    (!headline.is_empty()).then_some(headline)
}

/// The first element named `name` at or under `root`.
fn first_element<'a>(root: NodeR<'a>, name: &str) -> Option<NodeR<'a>> {
    root.descendants().find(|node| is_named(*node, name))
}

/// Whether `node` is an element named `name`.
fn is_named(node: NodeR<'_>, name: &str) -> bool {
    node.value().as_element().is_some_and(|e| e.name() == name)
}

/// Whether `node` is an element that is page clutter.
fn is_clutter(node: NodeR<'_>) -> bool {
    node.value().as_element().is_some_and(clutter::is_clutter)
}

/// All the text under `node`, whitespace collapsed.
fn collapsed_text(node: NodeR<'_>) -> String {
    let text: String = node
        .descendants()
        .filter_map(|n| n.value().as_text().map(|t| t.to_string()))
        .collect();
    collapse(&text)
}

/// Runs of whitespace (including no-break spaces) become one space.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(html: &str) -> Result<Article, String> {
        parse_html("p.html", html.as_bytes(), &Limits::default())
    }

    #[test]
    fn keeps_article_drops_furniture() {
        let page = r#"<!doctype html><html><head><title>Talks resume | Wire</title>
            <script>var x = "<p>not text</p>";</script><style>p{}</style></head>
            <body><nav><a>Home</a></nav>
            <article><header><h1>Talks  resume</h1><p class="byline">By staff</p></header>
            <p>SEOUL, Jan. 9, 2018 (Wire) - The Koreas &amp; allies met.</p>
            <div class="share-buttons">Share this</div>
            <p>&quot;We are ready,&quot; Park   said.<br>Next line.</p></article>
            <aside class="most-read"><p>"Decoy quote," says minister</p></aside>
            <footer><p>&copy; Wire</p></footer></body></html>"#;
        let a = parse(page).unwrap();
        assert_eq!(a.title.as_deref(), Some("Talks resume"));
        assert_eq!(
            a.text,
            "Talks resume\n\nSEOUL, Jan. 9, 2018 (Wire) - The Koreas & allies met.\n\n\"We are ready,\" Park said.\n\nNext line."
        );
        assert_eq!(a.date.as_deref(), Some("2018-01-09"));
    }

    #[test]
    fn date_from_time_then_meta_then_jsonld() {
        let time = r#"<meta name="date" content="2001-01-01"><article><time datetime="2018-04-27T09:00">x</time><p>Text.</p></article>"#;
        assert_eq!(parse(time).unwrap().date.as_deref(), Some("2018-04-27"));
        let meta = r#"<meta property="article:published_time" content="2018-04-27T21:40:00+09:00"><p>Text.</p>"#;
        assert_eq!(parse(meta).unwrap().date.as_deref(), Some("2018-04-27"));
        let ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-10-06T08:00:00Z"}</script><p>Text.</p>"#;
        assert_eq!(parse(ld).unwrap().date.as_deref(), Some("2019-10-06"));
        assert_eq!(parse("<p>Text on Sunday.</p>").unwrap().date, None);
    }

    #[test]
    fn title_from_title_tag_without_h1() {
        let a = parse("<html><head><title>Missile test | Wire World</title></head><body><p>Body.</p></body></html>").unwrap();
        assert_eq!(a.title.as_deref(), Some("Missile test"));
        assert_eq!(a.text, "Missile test\n\nBody.");
    }

    #[test]
    fn densest_paragraph_block_without_article_tag() {
        let page = r#"<body><div class="teasers"><p>Short teaser.</p></div>
            <div class="story"><p>First paragraph of the real story, long enough to win.</p>
            <p>Second paragraph of the story.</p></div></body>"#;
        let a = parse(page).unwrap();
        assert_eq!(
            a.text,
            "First paragraph of the real story, long enough to win.\n\nSecond paragraph of the story."
        );
    }

    #[test]
    fn main_when_no_article() {
        let page = "<body><div><p>Outside main, a longer paragraph of text here.</p></div><main><p>Inside.</p></main></body>";
        assert_eq!(parse(page).unwrap().text, "Inside.");
    }

    #[test]
    fn empty_article_tag_falls_back() {
        let page = "<body><article></article><div><p>Real text.</p></div></body>";
        assert_eq!(parse(page).unwrap().text, "Real text.");
    }

    #[test]
    fn no_text_is_an_error() {
        let err = parse(
            "<html><head><title>T</title></head><body><nav>Home</nav><script>x()</script></body></html>",
        );
        assert_eq!(err.unwrap_err(), "no article text found in HTML");
    }

    #[test]
    fn html_bomb_is_refused_quickly() {
        let start = std::time::Instant::now();
        for open in ["<div>", "<b>", "<table><tr><td>", "<p><table>"] {
            let page = format!(
                "<html><body>{}<p>deep</p></body></html>",
                open.repeat(100_000)
            );
            let err = parse(&page).unwrap_err();
            assert!(err.contains("nested more than"), "{open}: {err}");
        }
        // Wide rather than deep is fine: 100,000 sibling paragraphs.
        let wide = format!("<article>{}</article>", "<p>Words.</p>".repeat(100_000));
        assert_eq!(
            parse(&wide).unwrap().text.matches("Words.").count(),
            100_000
        );
        assert!(start.elapsed().as_secs() < 30, "took {:?}", start.elapsed());
    }

    #[test]
    fn deep_but_accepted_page_extracts_without_recursion() {
        let page = format!(
            "<body>{}<p>Deep text.</p>{}</body>",
            "<div>".repeat(500),
            "</div>".repeat(500)
        );
        assert_eq!(parse(&page).unwrap().text, "Deep text.");
    }

    #[test]
    fn entities_and_typographic_quotes_decoded() {
        let a = parse("<p>&#8220;Yes,&#8221; said Choi&rsquo;s aide&nbsp;today &lt;sic&gt;.</p>")
            .unwrap();
        assert_eq!(
            a.text,
            "\u{201C}Yes,\u{201D} said Choi\u{2019}s aide today <sic>."
        );
    }
}
