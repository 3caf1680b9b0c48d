//! What a tag means, in the learner's words (« les sources », « un
//! compilateur »), for the details of failed checks.

use crate::i18n::Lang;

/// Every tag the simulation puts on files, with the learner's name for
/// what it marks (French, English). `file:PATH` tags a file by its path.
const TAGS: &[(&str, &str, &str)] = &[
    (
        "base-image",
        "les fichiers de l’image de base",
        "the base image’s files",
    ),
    ("build-output", "le résultat du build", "the build output"),
    ("dependencies", "les dépendances", "the dependencies"),
    (
        "dev-dependencies",
        "les dépendances de développement",
        "the development dependencies",
    ),
    ("sources", "les sources", "the sources"),
    ("tests", "les tests", "the tests"),
    ("manifest", "le manifeste du projet", "the project manifest"),
    ("lockfile", "le fichier de verrouillage", "the lock file"),
    (
        "config",
        "la configuration du build",
        "the build configuration",
    ),
    ("docs", "la documentation", "the documentation"),
    ("vcs", "l’historique Git", "the Git history"),
    ("compiler", "un compilateur (gcc)", "a compiler (gcc)"),
    (
        "ca-certificates",
        "les certificats CA",
        "the CA certificates",
    ),
    ("binary", "un binaire", "a binary"),
    ("static-binary", "un binaire statique", "a static binary"),
    (
        "dynamic-binary",
        "un binaire lié dynamiquement",
        "a dynamically linked binary",
    ),
    ("wheels", "des wheels Python", "Python wheels"),
    (
        "venv",
        "un environnement virtuel Python",
        "a Python virtual environment",
    ),
    ("build-cache", "un cache de build", "a build cache"),
    (
        "apt-lists",
        "les listes de paquets apt",
        "the apt package lists",
    ),
    ("system-packages", "des paquets système", "system packages"),
    (
        "image-files",
        "des fichiers de l’image",
        "files of the image",
    ),
    ("download", "un fichier téléchargé", "a downloaded file"),
    ("other", "un fichier", "a file"),
    ("node", "Node.js", "Node.js"),
    ("python", "Python", "Python"),
    ("php", "PHP", "PHP"),
    ("composer", "Composer", "Composer"),
    ("go", "la chaîne Go", "the Go toolchain"),
    ("shell", "un shell", "a shell"),
    ("glibc", "la glibc", "glibc"),
    ("java", "Java", "Java"),
    ("pnpm", "pnpm", "pnpm"),
    ("uv", "uv", "uv"),
];

/// Whether checks may name `tag`: a misspelt tag would never match, and
/// the check would always pass (or always fail) without a word.
pub fn is_known_tag(tag: &str) -> bool {
    tag.strip_prefix("file:")
        .is_some_and(|path| !path.is_empty())
        || TAGS.iter().any(|(known, _, _)| *known == tag)
}

/// The known tags, for error messages.
pub fn known_tags() -> String {
    TAGS.iter()
        .map(|(tag, _, _)| *tag)
        .collect::<Vec<_>>()
        .join(", ")
        + ", file:PATH"
}

/// The learner's name for what a tag marks.
pub fn tag_label(tag: &str, lang: Lang) -> String {
    if let Some(file) = tag.strip_prefix("file:") {
        return format!("`{file}`");
    }
    match TAGS.iter().find(|(known, _, _)| *known == tag) {
        Some((_, fr, en)) => lang.pick(*fr, *en).to_string(),
        None => format!("`{tag}`"),
    }
}
