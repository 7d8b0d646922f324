//! Which HTML elements are page clutter rather than article: scripts,
//! navigation, headers and footers, side boxes, forms, and elements whose
//! class or id names a menu, an advert, a "related" or "most read" box.

use scraper::node::Element;

/// Elements never part of an article's running text. `header` goes too: it
/// holds the headline (taken separately) and the byline, not paragraphs.
#[rustfmt::skip]
const CLUTTER_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside", "form",
    "button", "select", "textarea", "iframe", "svg", "canvas", "object", "embed", "figcaption",
];

/// Containers that are never dropped for their class or id: a `<body
/// class="has-sidebar">` or `<article id="ad-free">` still holds the article.
const NEVER_CLUTTER: &[&str] = &["html", "body", "article", "main"];

/// Words in a class or id that mark clutter, compared whole after splitting
/// on `-`, `_` and case changes, so `header` does not match `ad`.
#[rustfmt::skip]
const CLUTTER_WORDS: &[&str] = &[
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "ad", "ads", "advert",
    "adverts", "advertisement", "adslot", "sponsor", "sponsored", "promo", "promoted", "related",
    "recommended", "share", "sharing", "social", "newsletter", "subscribe", "subscription",
    "paywall", "cookie", "cookies", "consent", "sidebar", "comments", "trending", "popular",
    "mostread", "mostpopular", "outbrain", "taboola", "banner", "toolbar", "masthead", "skip",
    // A pull quote repeats a line of the body in large type.
    "pullquote",
];

/// Words after "most" that make a "most read"-style box.
const MOST_WHAT: &[&str] = &[
    "read",
    "popular",
    "viewed",
    "shared",
    "commented",
    "emailed",
];

/// Words that turn a clutter word into a state of a wrapper (`has-sidebar`,
/// `nav-open`, `ads-enabled`): the element around them is still content.
const MODIFIER_WORDS: &[&str] = &[
    "has", "with", "no", "without", "free", "open", "enabled", "disabled", "active", "visible",
];

/// Whether the element and everything inside it are clutter.
pub(super) fn is_clutter(element: &Element) -> bool {
    let name = element.name();
    if CLUTTER_TAGS.contains(&name)
        || element.attr("hidden").is_some()
        || element.attr("aria-hidden") == Some("true")
    {
        return true;
    }
    if NEVER_CLUTTER.contains(&name) {
        return false;
    }
    element.classes().chain(element.id()).any(is_clutter_name)
}

/// Whether a single class name or id names clutter.
fn is_clutter_name(name: &str) -> bool {
    let words = words(name);
    let clutter = words.iter().any(|w| CLUTTER_WORDS.contains(&w.as_str()))
        || words.windows(2).any(|pair| {
            (pair[0] == "most" && MOST_WHAT.contains(&pair[1].as_str()))
                || (pair[0] == "pull" && pair[1] == "quote")
        });
    clutter && !words.iter().any(|w| MODIFIER_WORDS.contains(&w.as_str()))
}

/// `most-read__list`, `mostRead`, `related_links` → lower-case words.
fn words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut previous_lower = false;
    for c in name.chars() {
        let boundary = !c.is_alphanumeric() || (c.is_uppercase() && previous_lower);
        if boundary && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        if c.is_alphanumeric() {
            current.extend(c.to_lowercase());
        }
        previous_lower = c.is_lowercase();
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    fn first_element_is_clutter(html: &str) -> bool {
        let doc = Html::parse_fragment(html);
        let element = doc.root_element().child_elements().next().unwrap();
        is_clutter(element.value())
    }

    #[test]
    fn splits_names_into_words() {
        assert_eq!(words("most-read__list"), ["most", "read", "list"]);
        assert_eq!(words("mostRead"), ["most", "read"]);
        assert_eq!(words("site header"), ["site", "header"]);
    }

    #[test]
    fn clutter_by_tag() {
        assert!(first_element_is_clutter("<nav><a>Home</a></nav>"));
        assert!(first_element_is_clutter("<aside>Most read</aside>"));
        assert!(first_element_is_clutter("<p hidden>x</p>"));
    }

    #[test]
    fn clutter_by_class_or_id() {
        assert!(first_element_is_clutter("<div class=\"most-read\">x</div>"));
        assert!(first_element_is_clutter(
            "<div class=\"box mostPopular\">x</div>"
        ));
        assert!(first_element_is_clutter("<div id=\"main-menu\">x</div>"));
        assert!(first_element_is_clutter("<div class=\"ad-slot\">x</div>"));
        assert!(first_element_is_clutter(
            "<blockquote class=\"pullquote\">x</blockquote>"
        ));
        assert!(first_element_is_clutter(
            "<aside class=\"pull-quote\">x</aside>"
        ));
        assert!(first_element_is_clutter(
            "<div class=\"related_articles\">x</div>"
        ));
    }

    #[test]
    fn content_is_not_clutter() {
        assert!(!first_element_is_clutter(
            "<div class=\"article-body\">x</div>"
        ));
        assert!(!first_element_is_clutter(
            "<div class=\"header-image lead\">x</div>"
        ));
        assert!(!first_element_is_clutter(
            "<div class=\"layout has-sidebar\">x</div>"
        ));
        assert!(!first_element_is_clutter(
            "<article class=\"related\">x</article>"
        ));
        assert!(!first_element_is_clutter(
            "<p class=\"readmore-text\">x</p>"
        ));
    }
}
