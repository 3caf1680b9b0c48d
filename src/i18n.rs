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

/// serde's and toml's description of a file that does not fit its format,
/// in French: the usual mistakes of a pack's author (a misspelt field, a
/// missing one, a value of the wrong type, a key given twice). Any other
/// text stays as the library wrote it.
pub fn serde_problem_fr(problem: &str) -> String {
    let problem = problem.trim_end();
    let rest = |prefix: &str| problem.strip_prefix(prefix);
    let expected = |list: &str| {
        list.replace("expected one of ", "attendu parmi ")
            .replace("expected ", "attendu ")
            .replace("there are no fields", "aucun champ n’est attendu")
            .replace("` or `", "` ou `")
    };
    if let Some(rest) = rest("unknown field ") {
        return match rest.split_once(", ") {
            Some((field, list)) => format!("champ inconnu {field}\u{a0}; {}", expected(list)),
            None => format!("champ inconnu {rest}"),
        };
    }
    if let Some(rest) = rest("unknown variant ") {
        return match rest.split_once(", ") {
            Some((value, list)) => format!("valeur inconnue {value}\u{a0}; {}", expected(list)),
            None => format!("valeur inconnue {rest}"),
        };
    }
    if let Some(field) = rest("missing field ") {
        return format!("champ obligatoire absent\u{a0}: {field}");
    }
    if let Some(field) = rest("duplicate field ") {
        return format!("champ donné deux fois\u{a0}: {field}");
    }
    if let Some(key) = rest("duplicate key") {
        return format!("clé donnée deux fois{}", key.trim_end_matches(':'));
    }
    if let Some((found, wanted)) =
        rest("invalid type: ").and_then(|rest| rest.split_once(", expected "))
    {
        return format!(
            "type incorrect\u{a0}: {}, alors qu’il faut {}",
            serde_kind_fr(found),
            serde_kind_fr(wanted)
        );
    }
    problem.to_string()
}

/// serde's names for kinds of values, in French.
fn serde_kind_fr(kind: &str) -> String {
    const NAMES: [(&str, &str); 12] = [
        ("a string", "une chaîne"),
        ("string", "la chaîne"),
        ("a sequence", "une liste"),
        ("sequence", "une liste"),
        ("a boolean", "un booléen"),
        ("boolean", "le booléen"),
        ("integer", "l’entier"),
        ("a map", "une table"),
        ("map", "une table"),
        ("struct ", "la structure "),
        ("u32", "un entier positif"),
        ("u8", "un entier positif"),
    ];
    for (english, french) in NAMES {
        if let Some(rest) = kind.strip_prefix(english) {
            return format!("{french}{rest}");
        }
    }
    kind.to_string()
}

#[cfg(test)]
mod tests {
    use super::serde_problem_fr;

    #[test]
    fn serde_mistakes_read_in_french() {
        assert_eq!(
            serde_problem_fr("unknown field `variant`, expected one of `one_of`, `none_of`"),
            "champ inconnu `variant`\u{a0}; attendu parmi `one_of`, `none_of`"
        );
        assert_eq!(
            serde_problem_fr("missing field `title`"),
            "champ obligatoire absent\u{a0}: `title`"
        );
        assert_eq!(
            serde_problem_fr("invalid type: string \"3\", expected u32"),
            "type incorrect\u{a0}: la chaîne \"3\", alors qu’il faut un entier positif"
        );
        assert_eq!(
            serde_problem_fr("unknown variant `sometimes`, expected `always` or `never`"),
            "valeur inconnue `sometimes`\u{a0}; attendu `always` ou `never`"
        );
        assert_eq!(serde_problem_fr("something else"), "something else");
    }
}
