//! Where `score` and `report` write: standard output, or a file written
//! atomically, so an error or Ctrl-C never leaves a partial file behind.

use anyhow::Context;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// The `--output` flag.
#[derive(clap::Args)]
pub struct OutputArgs {
    /// Write to this file instead of standard output.
    ///
    /// The file is written to a temporary name beside it and renamed at the end, so
    /// an error or Ctrl-C leaves any previous file untouched and no partial one.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
}

/// An open destination; call [`Sink::finish`] to commit it.
pub enum Sink {
    /// Standard output.
    Stdout(BufWriter<std::io::StdoutLock<'static>>),
    /// A temporary file that becomes `path` on success.
    File {
        file: BufWriter<tempfile::NamedTempFile>,
        path: PathBuf,
    },
}

impl OutputArgs {
    /// Opens the destination.
    pub fn open(&self) -> anyhow::Result<Sink> {
        let Some(path) = &self.output else {
            return Ok(Sink::Stdout(BufWriter::new(std::io::stdout().lock())));
        };
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let file = tempfile::Builder::new()
            .prefix(".nkstance-output")
            .tempfile_in(dir)
            .with_context(|| format!("cannot write --output {}", path.display()))?;
        Ok(Sink::File {
            file: BufWriter::new(file),
            path: path.clone(),
        })
    }
}

impl Sink {
    /// Flushes, and for a file renames it into place.
    pub fn finish(self) -> anyhow::Result<()> {
        match self {
            Sink::Stdout(mut out) => Ok(out.flush()?),
            Sink::File { file, path } => {
                let file = file.into_inner().map_err(|e| e.into_error())?;
                // tempfile creates owner-only files; a report is ordinary shared output.
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    file.as_file()
                        .set_permissions(std::fs::Permissions::from_mode(0o644))?;
                }
                file.as_file().sync_all()?;
                file.persist(&path)
                    .with_context(|| format!("cannot write --output {}", path.display()))?;
                Ok(())
            }
        }
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Sink::Stdout(out) => out.write(buf),
            Sink::File { file, .. } => file.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sink::Stdout(out) => out.flush(),
            Sink::File { file, .. } => file.flush(),
        }
    }
}
