//! The interface language. Learners read French by default; `--lang en` or
//! `MULTISTAGE_LANG=en` switches every interface text to English. Each text
//! is written in both languages where it is used, so none can exist in one
//! language only.

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    /// The text in this language.
    pub fn pick<T>(self, fr: T, en: T) -> T {
        match self {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }

    /// `text` in quotation marks: « text » in French, “text” in English.
    pub fn quote(self, text: &str) -> String {
        match self {
            Lang::Fr => format!("«\u{a0}{text}\u{a0}»"),
            Lang::En => format!("“{text}”"),
        }
    }

    /// Why a file operation failed, in this language (the system says it in English).
    pub fn io_reason(self, error: &std::io::Error) -> String {
        use std::io::ErrorKind;
        let (fr, en) = match (error.kind(), error.raw_os_error()) {
            (ErrorKind::NotFound, _) => {
                ("fichier ou dossier introuvable", "no such file or folder")
            }
            (ErrorKind::PermissionDenied, _) => ("permission refusée", "permission denied"),
            (ErrorKind::IsADirectory, _) => ("c’est un dossier", "is a directory"),
            (ErrorKind::NotADirectory | ErrorKind::AlreadyExists, _) => (
                "un fichier est là où il faut un dossier",
                "a file stands where a folder should be",
            ),
            (ErrorKind::ReadOnlyFilesystem, _) => (
                "système de fichiers en lecture seule",
                "read-only file system",
            ),
            (ErrorKind::StorageFull, _) | (_, Some(28)) => {
                ("plus de place sur le disque", "no space left on the disk")
            }
            // ELOOP
            (_, Some(40)) => (
                "trop de liens symboliques (une boucle\u{a0}?)",
                "too many symbolic links (a loop?)",
            ),
            _ => return crate::safe_text::escape_controls(&error.to_string()).into_owned(),
        };
        self.pick(fr, en).to_string()
    }

    /// A colon followed by a space; French puts a no-break space before it.
    pub fn colon(self) -> &'static str {
        self.pick("\u{a0}: ", ": ")
    }

    /// `n` and the noun that agrees with it: French takes the singular for
    /// 0 and 1, English for 1 only (`0 exercice`, `0 exercises`).
    pub fn count(self, n: usize, fr: (&str, &str), en: (&str, &str)) -> String {
        let word = match self {
            Lang::Fr if n <= 1 => fr.0,
            Lang::Fr => fr.1,
            Lang::En if n == 1 => en.0,
            Lang::En => en.1,
        };
        format!("{n}\u{a0}{word}")
    }
}
