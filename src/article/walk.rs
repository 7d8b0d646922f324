//! Where articles come from: files, folders walked in sorted order, and
//! standard input. Each article is handed on as soon as it is read, so a
//! large collection never sits in memory whole.

use std::fs::{self, File, FileType};
use std::io::{self, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};

use super::{Article, Format, Limits, decode, jsonl, parse};
use crate::Error;

/// Bytes read before choosing a format for an input without a known
/// extension (standard input, `notes`): enough to get past a doctype.
const SNIFF_BYTES: usize = 4096;

/// Gold annotation files (see tests/fixtures/GOLD_FORMAT.md) sit
/// beside the articles they describe; they are not articles themselves.
const GOLD_SUFFIX: &str = ".gold.json";

/// Reads every article of `paths`, calling `on_article` once per article
/// or failure, in order.
///
/// A path is a file (format by extension, else sniffed), `-` for standard
/// input (sniffed), or a folder: walked recursively in sorted order, taking
/// only files with a known extension, skipping hidden entries and
/// `*.gold.json` annotations, and not following symbolic links to folders
/// (so a link cycle cannot loop forever). Links to files are read. Named
/// pipes, sockets and devices met in a folder are reported, not opened.
pub fn read_inputs(
    paths: &[PathBuf],
    limits: &Limits,
    mut on_article: impl FnMut(Result<Article, Error>),
) {
    for path in paths {
        if path.as_os_str() == "-" {
            read_stream(
                "-",
                Path::new("-"),
                io::stdin().lock(),
                None,
                limits,
                &mut on_article,
            );
            continue;
        }
        match fs::metadata(path) {
            Err(e) => on_article(Err(Error::io(path, e))),
            Ok(meta) if meta.is_dir() => walk_dir(path, limits, &mut on_article),
            Ok(_) => read_file(path, Format::from_path(path), limits, &mut on_article),
        }
    }
}

/// Reads the articles of one file; `format` `None` means sniff it.
fn read_file(
    path: &Path,
    format: Option<Format>,
    limits: &Limits,
    on_article: &mut dyn FnMut(Result<Article, Error>),
) {
    let origin = path.display().to_string();
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) => return on_article(Err(Error::io(path, e))),
    };
    // Refuse an oversized single article before reading it. A JSON Lines
    // collection may be large (its lines are checked one by one), and an
    // unsniffed file may turn out to be one.
    if matches!(format, Some(Format::Text | Format::Html))
        && let Ok(meta) = file.metadata()
        && let Err(message) =
            decode::check_size(usize::try_from(meta.len()).unwrap_or(usize::MAX), limits)
    {
        return on_article(Err(Error::BadInput { origin, message }));
    }
    read_stream(&origin, path, file, format, limits, on_article);
}

/// Reads one input from `reader`: JSON Lines line by line, anything else
/// whole (at most one byte over the limit, enough to know it is over).
fn read_stream(
    origin: &str,
    path: &Path,
    mut reader: impl Read,
    format: Option<Format>,
    limits: &Limits,
    on_article: &mut dyn FnMut(Result<Article, Error>),
) {
    let mut head = Vec::new();
    if format.is_none()
        && let Err(e) = (&mut reader)
            .take(SNIFF_BYTES as u64)
            .read_to_end(&mut head)
    {
        return on_article(Err(Error::io(path, e)));
    }
    let format = format.unwrap_or_else(|| Format::sniff(&head));
    let reader = Cursor::new(head).chain(reader);
    if format == Format::JsonLines {
        return jsonl::parse_lines(origin, BufReader::new(reader), limits, on_article);
    }
    let mut bytes = Vec::new();
    let cap = u64::try_from(limits.max_article_bytes)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    match reader.take(cap).read_to_end(&mut bytes) {
        Ok(_) => parse::parse_into(origin, &bytes, format, limits, on_article),
        Err(e) => on_article(Err(Error::io(path, e))),
    }
}

/// Walks `root` depth first in sorted order, reading article files. An
/// explicit stack rather than recursion: depth costs heap, not stack.
fn walk_dir(root: &Path, limits: &Limits, on_article: &mut dyn FnMut(Result<Article, Error>)) {
    let mut pending: Vec<(PathBuf, FileType)> = Vec::new();
    push_children(root, &mut pending, on_article);
    while let Some((path, kind)) = pending.pop() {
        if kind.is_dir() {
            push_children(&path, &mut pending, on_article);
        } else if kind.is_symlink() {
            read_linked_file(&path, limits, on_article);
        } else if let Some(format) = article_format(&path) {
            if kind.is_file() {
                read_file(&path, Some(format), limits, on_article);
            } else {
                on_article(Err(not_regular(&path)));
            }
        }
    }
}

/// A named pipe, socket or device found in a folder. Opening a pipe waits
/// for a writer, perhaps forever, so a walk never reads one; named on the
/// command line it is read (`nkstance score <(curl …)`).
fn not_regular(path: &Path) -> Error {
    Error::BadInput {
        origin: path.display().to_string(),
        message: "not a regular file (a named pipe, socket or device); name it on the command line to read it"
            .to_string(),
    }
}

/// Pushes the visible entries of `dir` so that they pop in sorted order.
fn push_children(
    dir: &Path,
    pending: &mut Vec<(PathBuf, FileType)>,
    on_article: &mut dyn FnMut(Result<Article, Error>),
) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return on_article(Err(Error::io(dir, e))),
    };
    let mut children = Vec::new();
    for entry in entries {
        // `file_type` does not follow symbolic links, which is what keeps
        // a link to an enclosing folder from looping.
        match entry.and_then(|e| Ok((e.path(), e.file_type()?))) {
            Ok((path, kind)) if !is_hidden(&path) => children.push((path, kind)),
            Ok(_) => {}
            Err(e) => on_article(Err(Error::io(dir, e))),
        }
    }
    children.sort_by(|a, b| b.0.cmp(&a.0));
    pending.extend(children);
}

/// Reads a symbolic link found in a folder if it leads to an article file;
/// links to folders are not followed.
fn read_linked_file(
    path: &Path,
    limits: &Limits,
    on_article: &mut dyn FnMut(Result<Article, Error>),
) {
    let Some(format) = article_format(path) else {
        return;
    };
    match fs::metadata(path) {
        Ok(meta) if meta.is_file() => read_file(path, Some(format), limits, on_article),
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => on_article(Err(not_regular(path))),
        Err(e) => on_article(Err(Error::io(path, e))),
    }
}

/// The format of a file found in a folder, `None` for files to pass over.
fn article_format(path: &Path) -> Option<Format> {
    let name = path.file_name()?.to_str().unwrap_or_default();
    if name.to_ascii_lowercase().ends_with(GOLD_SUFFIX) {
        return None;
    }
    Format::from_path(path)
}

/// Whether a folder entry is hidden (`.git`, `.DS_Store`).
fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|name| name.to_string_lossy().starts_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(paths: &[PathBuf], limits: &Limits) -> Vec<Result<Article, Error>> {
        let mut out = Vec::new();
        read_inputs(paths, limits, |r| out.push(r));
        out
    }

    fn origins(out: &[Result<Article, Error>], root: &Path) -> Vec<String> {
        let root = root.display().to_string();
        out.iter()
            .map(|r| match r {
                Ok(a) => a.origin.replace(&root, ""),
                Err(e) => format!("ERR {}", e.to_string().replace(&root, "")),
            })
            .collect()
    }

    fn write(dir: &Path, name: &str, content: &str) {
        let path = dir.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, content).unwrap();
    }

    #[test]
    fn walks_folders_sorted_skipping_hidden_and_unknown() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        write(d, "b.txt", "B\n\nBody b.");
        write(d, "a.html", "<p>Body a.</p>");
        write(d, "sub/c.jsonl", "{\"text\": \"c1\"}\n{\"text\": \"c2\"}\n");
        write(d, "sub/.hidden.txt", "hidden");
        write(d, ".git/x.txt", "hidden");
        write(d, "notes.pdf", "%PDF");
        write(d, "README", "no extension");
        write(d, "a.gold.json", "{\n \"date\": null\n}\n");
        let out = read_all(&[d.to_path_buf()], &Limits::default());
        assert_eq!(
            origins(&out, d),
            ["/a.html", "/b.txt", "/sub/c.jsonl#1", "/sub/c.jsonl#2"]
        );
    }

    #[test]
    fn named_file_without_extension_is_sniffed() {
        let tmp = tempfile::tempdir().unwrap();
        write(tmp.path(), "page", "<p>Sniffed.</p>");
        write(
            tmp.path(),
            "lines",
            "{\"text\": \"x\"}\n{\"text\": \"y\"}\n",
        );
        // The collection is over the limit as a whole; no line is.
        let limits = Limits {
            max_article_bytes: 20,
        };
        let out = read_all(
            &[tmp.path().join("page"), tmp.path().join("lines")],
            &limits,
        );
        assert_eq!(out[0].as_ref().unwrap().text, "Sniffed.");
        assert!(out[1].as_ref().unwrap().origin.ends_with("lines#1"));
        assert_eq!(out[2].as_ref().unwrap().text, "y");
    }

    #[test]
    fn missing_and_oversized_files_are_errors() {
        let tmp = tempfile::tempdir().unwrap();
        write(tmp.path(), "big.txt", &"x".repeat(100));
        let paths = [tmp.path().join("missing.txt"), tmp.path().join("big.txt")];
        let out = read_all(
            &paths,
            &Limits {
                max_article_bytes: 10,
            },
        );
        assert_eq!(out.len(), 2);
        assert!(matches!(&out[0], Err(Error::Io { .. })));
        let message = out[1].as_ref().unwrap_err().to_string();
        assert!(
            message.contains("100 bytes") && message.contains("--max-article-bytes"),
            "{message}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn symlink_cycles_do_not_loop() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        write(d, "sub/a.txt", "A\n\nBody.");
        std::os::unix::fs::symlink(d, d.join("sub/loop")).unwrap();
        std::os::unix::fs::symlink(d.join("sub/a.txt"), d.join("link.txt")).unwrap();
        std::os::unix::fs::symlink(d.join("gone.txt"), d.join("broken.txt")).unwrap();
        let out = read_all(&[d.to_path_buf()], &Limits::default());
        let got = origins(&out, d);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got[0].starts_with("ERR /broken.txt"), "{got:?}");
        assert_eq!(got[1..], ["/link.txt", "/sub/a.txt"]);
    }

    /// Regression: a named pipe in a folder used to block the walk forever,
    /// waiting in `open` for a writer.
    #[cfg(unix)]
    #[test]
    fn fifos_in_folders_are_reported_not_opened() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        write(d, "b.txt", "B\n\nBody b.");
        let made = std::process::Command::new("mkfifo")
            .arg(d.join("a.txt"))
            .status()
            .unwrap();
        assert!(made.success());
        std::os::unix::fs::symlink(d.join("a.txt"), d.join("c.txt")).unwrap();
        // A pipe without an article extension is passed over like any such file.
        std::process::Command::new("mkfifo")
            .arg(d.join("d.fifo"))
            .status()
            .unwrap();
        let out = read_all(&[d.to_path_buf()], &Limits::default());
        let got = origins(&out, d);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(
            got[0].starts_with("ERR /a.txt: not a regular file"),
            "{got:?}"
        );
        assert_eq!(got[1], "/b.txt");
        assert!(
            got[2].starts_with("ERR /c.txt: not a regular file"),
            "{got:?}"
        );
    }

    #[test]
    fn stream_sniffs_and_streams_json_lines() {
        let input = "{\"text\": \"one\"}\n{bad\n{\"text\": \"three\"}\n";
        let mut out = Vec::new();
        read_stream(
            "-",
            Path::new("-"),
            input.as_bytes(),
            None,
            &Limits::default(),
            &mut |r| out.push(r),
        );
        assert_eq!(out.len(), 3);
        assert_eq!(out[0].as_ref().unwrap().origin, "-#1");
        assert!(
            out[1]
                .as_ref()
                .unwrap_err()
                .to_string()
                .starts_with("-:2: ")
        );
        let mut out = Vec::new();
        let html = format!(
            "<html>{}<p>Long page.</p></html>",
            " ".repeat(SNIFF_BYTES * 2)
        );
        read_stream(
            "-",
            Path::new("-"),
            html.as_bytes(),
            None,
            &Limits::default(),
            &mut |r| out.push(r),
        );
        assert_eq!(out[0].as_ref().unwrap().text, "Long page.");
    }

    #[test]
    fn stream_over_limit_is_refused() {
        let mut out = Vec::new();
        read_stream(
            "-",
            Path::new("-"),
            &b"0123456789"[..],
            None,
            &Limits {
                max_article_bytes: 4,
            },
            &mut |r| out.push(r),
        );
        assert!(
            out[0]
                .as_ref()
                .unwrap_err()
                .to_string()
                .contains("--max-article-bytes")
        );
    }
}
