//! Reading the files learners and teachers hand to `multistage`: a path or
//! `-` for standard input, at most 1 MiB of UTF-8 text. Every way this can
//! fail is a variant of [`InputError`] that names its cause, so commands can
//! say what went wrong and exit 2 instead of panicking.

use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use crate::i18n::Lang;
use crate::safe_text::escape_controls;

/// The largest file `multistage` reads.
pub const MAX_INPUT_BYTES: usize = 1024 * 1024;

/// A text read from a file or from standard input.
#[derive(Debug, Clone)]
pub struct Source {
    /// How to name it in messages: the path as given, or `<stdin>`.
    pub name: String,
    pub text: String,
}

/// Why a file could not be read.
#[derive(Debug)]
pub enum InputError {
    NotFound,
    IsDirectory,
    /// A named pipe or a socket: opening it could wait forever.
    NotAFile,
    PermissionDenied,
    TooLarge,
    /// Not UTF-8: where the first bad byte is.
    NotUtf8 {
        line: usize,
        column: usize,
    },
    Other(io::Error),
}

impl InputError {
    /// The reason in the interface language.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            InputError::NotFound => lang.pick("fichier introuvable", "no such file").into(),
            InputError::IsDirectory => lang
                .pick(
                    "c’est un dossier, pas un fichier",
                    "is a directory, not a file",
                )
                .into(),
            InputError::NotAFile => lang
                .pick(
                    "ce n’est pas un fichier ordinaire (tube ou socket)",
                    "not a regular file (a pipe or a socket)",
                )
                .into(),
            InputError::PermissionDenied => lang
                .pick("lecture refusée (permissions)", "permission denied")
                .into(),
            InputError::TooLarge => lang
                .pick(
                    "fichier trop gros (1 Mio au plus)",
                    "file too large (1 MiB at most)",
                )
                .into(),
            InputError::NotUtf8 { line, column } => match lang {
                Lang::Fr => format!(
                    "ce n’est pas du texte UTF-8 (octet invalide ligne {line}, colonne {column})"
                ),
                Lang::En => {
                    format!("not UTF-8 text (invalid byte at line {line}, column {column})")
                }
            },
            InputError::Other(error) => lang.io_reason(error),
        }
    }
}

impl From<io::Error> for InputError {
    fn from(error: io::Error) -> Self {
        match error.kind() {
            io::ErrorKind::NotFound => InputError::NotFound,
            io::ErrorKind::IsADirectory => InputError::IsDirectory,
            io::ErrorKind::PermissionDenied => InputError::PermissionDenied,
            _ => InputError::Other(error),
        }
    }
}

/// A read failure together with the file it concerns.
#[derive(Debug)]
pub struct ReadError {
    pub name: String,
    pub cause: InputError,
}

impl ReadError {
    /// `FILE : reason`, control characters of the path escaped.
    pub fn describe(&self, lang: Lang) -> String {
        format!(
            "{}{}{}",
            escape_controls(&self.name),
            lang.colon(),
            self.cause.describe(lang)
        )
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for ReadError {}

/// Reads `path` (or standard input for `-`) as UTF-8 text of at most [`MAX_INPUT_BYTES`].
pub fn read_source(path: &str) -> Result<Source, ReadError> {
    let name = if path == "-" { "<stdin>" } else { path };
    read_bytes(path)
        .and_then(decode)
        .map(|text| Source {
            name: name.to_string(),
            text,
        })
        .map_err(|cause| ReadError {
            name: name.to_string(),
            cause,
        })
}

fn read_bytes(path: &str) -> Result<Vec<u8>, InputError> {
    let mut bytes = Vec::new();
    let limit = MAX_INPUT_BYTES as u64 + 1;
    if path == "-" {
        io::stdin().lock().take(limit).read_to_end(&mut bytes)?;
    } else {
        let path = Path::new(path);
        if path.is_dir() {
            return Err(InputError::IsDirectory);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            let kind = std::fs::metadata(path)?.file_type();
            if kind.is_fifo() || kind.is_socket() {
                return Err(InputError::NotAFile);
            }
        }
        File::open(path)?.take(limit).read_to_end(&mut bytes)?;
    }
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(InputError::TooLarge);
    }
    Ok(bytes)
}

fn decode(bytes: Vec<u8>) -> Result<String, InputError> {
    String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&valid[line_start..])
            .chars()
            .count()
            + 1;
        InputError::NotUtf8 {
            line: valid.iter().filter(|&&b| b == b'\n').count() + 1,
            column,
        }
    })
}
